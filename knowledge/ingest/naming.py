"""Small helpers of the reader: English names of scopes and events, short names, keywords, partner lists."""
from __future__ import annotations

import re

from .figure import APPROX_YUE
from .figures import Figure
from ..glossary import en_variants
from .vocab import PARTNER_ALT, PARTNER_RANK, PARTNER_RE, Metric, partner_names

EVENT_EN = {"路演": "roadshow", "开始运营": "start of operations", "运营": "start of operations",
            "共建": "joint founding",
            "发布": "release", "举行": "event", "举办": "event", "召开": "meeting", "注册成立": "registration",
            "挂牌": "inauguration", "动工": "groundbreaking", "开园": "park opening", "首航": "maiden flight",
            "建成投用": "opening", "建成投运": "opening", "投入运营": "start of operations", "投入使用": "commissioning", "建成": "completion",
             "开通": "opening", "首发": "first departure", "开行": "first run", "投运": "start of operations",
             "揭牌": "inauguration", "开业": "opening", "签署": "signing", "签约": "signing", "成立": "founding",
             "启用": "commissioning", "通航": "first flight", "落户": "settling-in", "开工": "construction start",
             "竣工": "completion", "上线": "launch", "起飞": "first departure", "发车": "first departure",
             "出发": "departure", "启航": "sailing", "起航": "sailing",
             "启程": "first departure", "验收": "acceptance inspection", "封关运营": "customs closure and opening",
             "封关": "customs closure", "开幕": "opening", "闭幕": "closing", "落下帷幕": "closing", "落幕": "closing", "落子": "settling-in", "入驻": "moving in", "恢复": "resumption", "完成": "completion", "设立": "founding", "创办": "founding"}
SCOPE_EN = {"全国": "national", "全省": "provincial", "中部": "central China", "全球": "global", "世界": "world",
             "全市": "city", "中西部": "central and western China", "内陆": "inland",
             "全国内河": "national inland-port"}


def split_rank(rank: str) -> tuple[str, str]:
    """'全国内河第二' -> ('全国内河', '第二'); '全国首位' -> ('全国', '首位')."""
    at = rank.find("第")
    top = re.search(r"前[一二三四五六七八九十\d]{1,3}(?:强|位|名)", rank)
    at = at if at >= 0 else top.start() if top else max(len(rank) - 2, 0)     # 全国前20强
    return rank[:at], rank[at:]


def rank_en(rank: str) -> str:
    """第三 -> '3rd', 第十九 -> '19th', 首位 -> '1st (first)'."""
    top = re.fullmatch(r"第?前(.{1,3}?)(?:强|位|名)?", rank)
    if top and _cn_number(top.group(1)):
        return f"top {_cn_number(top.group(1))}"       # 前20强: top 20
    n = _cn_number(rank.lstrip("第").removesuffix("位").removesuffix("名"))
    if rank == "首位" or n == 1:
        return "1st (first)"
    if not n:
        return rank
    suffix = "th" if 10 < n % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_number(text: str) -> int:
    """19, 十九, 二十三 or 三 as a number; 0 for anything else."""
    if text.isdigit():
        return int(text)
    m = re.fullmatch(r"([一二两三四五六七八九])?(十)?([一二三四五六七八九])?", text)
    if not text or not m or (m.group(1) and m.group(3) and not m.group(2)):
        return 0
    if not m.group(2):
        return _DIGITS.get(m.group(1) or m.group(3), 0)
    return _DIGITS.get(m.group(1), 1) * 10 + _DIGITS.get(m.group(3), 0)


def short(name_zh: str) -> str:
    """The short Chinese name the base's statements use (湖北省 -> 湖北)."""
    return {"湖北省": "湖北", "武汉市": "武汉", "鄂州市": "鄂州"}.get(name_zh, name_zh)


def short_en(name_en: str) -> str:
    """The short English name the base's statements use (Hubei Province -> Hubei)."""
    return {"Hubei Province": "Hubei"}.get(name_en, name_en)


def keywords(fig: Figure, metric: Metric, sentence: str, context: str = "") -> list[str]:
    """The metric's words, the clause's own words (for paraphrases), the partner and the English names."""
    clause_start = max(sentence.rfind(c, 0, fig.start) for c in "，；。,;") + 1
    own = sentence[clause_start:fig.start]
    numbers = [m for m in re.finditer(r"\d[\d.,]*", own) if not re.match(r"个?(?:月|年|日|季度)", own[m.end():])]
    if numbers:                                         # 34个国家和地区的52座城市: 52's words start after 34's
        own = re.sub(r"^[^\u4e00-\u9fff]*(?:万|亿|多|余)?(?:个|家|条|座|项|列|吨|元|亿元|万元)?"
                     r"(?:[\u4e00-\u9fff]{1,8}?的)?", "", own[numbers[-1].end():])
    clause = re.sub(r"[\d.%]+|[，。；、“”《》（）()]", " ", own + " " + fig.tail)
    words = [w for w in clause.split() if 2 <= len(w) <= 16 and not w.startswith(("和", "及"))]
    out = list(dict.fromkeys([metric.zh, *metric.keywords, *words, context, metric.en]))
    return [w for w in out if w][:12] + en_variants(metric.en)[:2] + _short_partners(metric.zh)


def _short_partners(words: str) -> list[str]:
    """A partner named by one character in a metric (在港上市, 赴澳投资): its full names, so a question
    naming it in full (在香港上市) finds the fact."""
    found = re.findall(r"(?<=[在对赴来访与])([港澳])(?![口区湾])", words)
    names = (n for zh in found for n in partner_names(zh))
    return list(dict.fromkeys(names))



_PARTNER_LIST = re.compile(r"(?:对|与|同)" + PARTNER_RANK + r"((?:" + PARTNER_ALT + r")(?:(?:、|和|及|与)(?:"
                           + PARTNER_ALT + r"))+)"
                           r"(?:之间)?的?(?:分别)?(进出口|贸易|出口|进口)?")


_COUNTED_BY = re.compile(r"(?:(?:" + PARTNER_ALT + r")[（(]\d+家[）)][、和及与]?){2,}(?=等?(?:企业|公司|跨国公司))")
_FROM = re.compile(r"来自((?:" + PARTNER_ALT + r")(?:(?:、|和|及|与)(?:" + PARTNER_ALT + r"))*)"
                   r"(?:等[^，。；]{0,6})?的(?:实际)?(?:投资|外资|资金)")


def partner_lists(sentence: str, figs: list[Figure]) -> dict[int, tuple[str, str]]:
    """'对东盟、欧盟分别进出口x亿元、y亿元': each value's partner and trade flow, by id of the figure;
    '来自香港的实际投资x亿美元': the partner the investment comes from (flow '来自')."""
    out: dict[int, tuple[str, str]] = {}
    for m in _FROM.finditer(sentence):
        names = re.findall(PARTNER_ALT, m.group(1))
        stop = min([i for i in (sentence.find(c, m.end()) for c in "；。") if i >= 0] + [len(sentence)])
        group = [f for f in figs if m.end() <= f.start < stop and f.kind == "amount"][:len(names)]
        if len(group) == len(names):
            for f, name in zip(group, names):
                out[id(f)] = (name, "来自")
    for m in _PARTNER_LIST.finditer(sentence):
        names = re.findall(PARTNER_ALT, m.group(1))
        rest = sentence[m.end():]
        said = m.group(2) or (re.match(r"[^，。；]{0,6}?(进出口|贸易|出口|进口)", rest) or [None, ""])[1]
        if not said and not re.match(r"[^。；]*?分别", rest):
            continue                            # 为与日本、韩国之间的货物节省运输时间约50%: no flow of theirs
        flow = said or "进出口"
        stop = min([i for i in (sentence.find(c, m.end()) for c in "；。") if i >= 0] + [len(sentence)])
        group = [f for f in figs if m.end() <= f.start < stop and f.kind == "amount"][:len(names)]
        rates = [f for f in figs if m.end() <= f.start < stop and f.kind == "growth"][:len(names)]
        for f, name in zip(group if len(group) == len(names) else rates if not group else [], names):
            out[id(f)] = (name, flow)                   # 对A、B进出口分别增长x%、y%: each one's growth
    for m in _COUNTED_BY.finditer(sentence):       # 美国(61家)、日本(38家)…企业: the firms from each partner
        for name, count in re.findall(r"(" + PARTNER_ALT + r")[（(](\d+)家[）)]", m.group(0)):
            for f in figs:
                if m.start() <= f.start < m.end() and f.value == count and f.unit == "家":
                    out[id(f)] = (name, "企业")
    _listed_after(sentence, figs, out)
    return out


def _listed_after(sentence: str, figs: list[Figure], out: dict[int, tuple[str, str]]) -> None:
    """'对印度出口x亿元、墨西哥y亿元': a partner named alone before the next value of the list is that
    value's, with the same flow."""
    ordered = sorted(figs, key=lambda f: f.start)
    for m in PARTNER_RE.finditer(sentence):
        after = [f for f in ordered if f.start >= m.end() and f.kind == "amount"]
        for prev, f in zip(after, after[1:]):
            gap = re.fullmatch(r"[、，,]?(" + PARTNER_ALT + r")(?:为|达|约)?",
                               sentence[prev.end + len(prev.tail):f.start])
            if not gap:
                break
            out.setdefault(id(f), (gap.group(1), m.group(2)))


# Words before a figure that are no part of what it measures: connectives, period words, places it lies in.
_LEAD = re.compile(r"^(?:另一家|另有|另外|另|但是|但|并且|并|且|亦|也|还|和|及|与|或|而|均|其中|其|以上的?|以下的?|本季度|当季|"
                   r"当月|单月|首\d+个月|前\d+个月|位于的?|来自的?|在全国|在全省|明年将?|今年将|年内将?|将|已经|已|"
                   r"实现|累计|共计|合计|总计|约|的)+")
# A verb of change before the new value (压缩至1.5小时, 增至每周21班): the value is the measure's, the verb goes.
_CHANGE_TO = re.compile(r"(?:增长到|增长至|增长为|跃升至|跃升到|攀升至|攀升到|飙升至|"
                        r"加密至|加密到|加密为|增开至|增至|增加至|增加到|提升至|提高至|提升到|压缩至|压缩到|缩短至|缩短到|降至|降低至|减少至|下降至|升至|"
                        r"缩减至|缩减到|缩减为|减至|减少到|减少为|降低到|下降到|上升至|上升到|提高到|扩大到|增加为|"
                        r"扩大至|达到|高达|(?<![到抵送通直])达|可以|可|有望|预计|将|力争|突破|超过|超|压缩|缩短|降低|再|进一步|继续|不到|不足|"
                        r"保持在|稳定在|维持在|降到|减到|升到|增到|仅需|只需|约需|需要|(?<!内)需|(?:仅|只)用时|仅用|只用|耗时|历时|" + APPROX_YUE + r"|"
                        r"(?<=[量数额值])则|(?<=[量数额值])也|(?<=[量数额值])更|(?<=[量数额值比重率])接)+$")   # 总量则达到
FREQUENCY = {"每周": "weekly", "每日": "daily", "每天": "daily", "每月": "monthly", "每小时": "hourly"}
_FREQ = re.compile("|".join(FREQUENCY))
# 较去年缩短2天, 比上年增加14班: a difference from another time, no measure of its own.
_DELTA = re.compile(r"(?:^|较|比|同比)(?:[^，。；\d增减多少]{0,8}?(?:同类|同期|上次|上届|此前|活动|会议|展会))?"
                    r"(?:增加|减少|缩短|延长|提高|提升|下降|增多|多出|下滑|增长|减|增|多|少)了?$|"
                    r"净(?:增加|增|减少|减)了?$|"
                    r"(?:缩短|延长|节省|节约|缩减|增加|减少|增多|下滑)了?$|(?:提高|提升|下降|压缩|降低|增长)了$")   # 缩短了1天
# Words right after a figure that start a verb, not the noun it counts (由每周14班增至每周21班).
VERB_TAIL = re.compile(r"^(?:加密|增开|增至|增加|降至|降到|增到|升到|减到|减少|提升|提高|压缩|缩短|缩减|缩小|减至|降低|下降|上升|扩大|"
                       r"较|比|同比|按年|占|居|位居|排名|达|为|创)")


# A figure aimed at (力争, 目标) or expected (预计, 有望): its metric says so, the engine tells it from results.
_GOAL = re.compile(r"力争|争取|目标|计划|冲刺")
_FORECAST = re.compile(r"预计|有望|预期")


def aim_of(label: str) -> str:
    """'goal', 'forecast' or '' for the words before a figure."""
    return "goal" if _GOAL.search(label) else "forecast" if _FORECAST.search(label) else ""


# The earlier value of a before/after shape (由过去7天压缩至3.5天, 从5天缩短到2天, 由原来的每周3班增至8班).
_EARLIER = re.compile(r"(?:由|从)(?:过去|以往|此前|之前|原来|原先|以前|最初|早期|原)?的?(?:约|近|仅)?$")
# An approximation word left over from the value before (7天左右压缩至…): no part of the next label.
_APPROX_LEFT = re.compile(r"^(?:左右|上下|前后|许)")
# A preposition whose place was taken out (货物从武汉抵达上海的时间: 货物从的时间; 从阳逻港出发的: 从出发的), the
# 从 of a span between two events (从飞机落地到提离), 以…方式 around a trade mode (以一般贸易方式进出口): dropped.
_ORPHAN = re.compile(r"(?:从|由|自)(?:[到至]|抵达|直达|运抵|飞抵|出发|始发|启程|发出)?(?=的|$)|(?:从|由)为?零|"   # 从零增长到
                     r"^(?:从|自)(?=[\u4e00-\u9fff]{2,}[到至])|"
                     r"^以(?=[\u4e00-\u9fff]{2,8}方式)|(?<=\w)方式(?=进出口|出口|进口)")


_WIRE = re.compile(r"^(?:据)?(?:中新网|中新社|新华社|新华网|人民网|央广网|国际在线|中国新闻网)[\u4e00-\u9fff\d月日]{0,14}?(?:电|消息)")


def clean_label(label: str) -> tuple[str, str, bool]:
    """What a figure measures, its frequency (每周), and whether it is the old value (由…增至)."""
    label = re.sub(r"[（(][^）)]*[）)]|[（）()]", "", label).strip("，、 ")
    label = _WIRE.sub("", label)           # 中新网湖北秭归6月18日电 (…)128标箱的…: the dateline names nothing
    label = re.sub(r"^(?:和|及)[\u4e00-\u9fff]{1,4}的?$", "", label)    # 34个国家和地区的52座城市: 城市 names it
    label = re.sub(r"^[\u4e00-\u9fff、]{2,40}?等$", "", label)     # 新加坡、日本等27个国家: examples, not the measure
    label = re.sub(r"^[^，。]*?在内的", "", label)               # 含汽车、汽配在内的汽车产业出口额: what includes them
    label = re.sub(r"(?:力争|争取|预计|有望|预期|目标|计划)(?:将|要|在|于)?", "", label)
    freq = _FREQ.search(label)
    label = _FREQ.sub("", label)
    label = _APPROX_LEFT.sub("", label)
    was = bool(_EARLIER.search(label))
    label = _ORPHAN.sub("", _EARLIER.sub("", label))
    previous = None
    while previous != label:
        previous = label
        label = re.sub(r"的$", "", _CHANGE_TO.sub("", _LEAD.sub("", label))).strip("，、 ")
        label = _HOW_CHANGED.sub("", label) if len(label) > 4 else label      # 出口增幅大幅提升到: 出口增幅
        label = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:仅仅|仅|只)$", "", label)     # 出口仅增长3.7%: 出口
    return label, freq.group(0) if freq else "", was


# How a measure changed, left before its change word (增幅大幅提升到).
_HOW_CHANGED = re.compile(r"(?:大幅|明显|显著|稳步|快速|迅速|持续|不断|逐步|一举)$")


# Words no measure starts or ends with, and pieces of a sentence shape left in a label (从的, 比多, 左右).
_FRAGMENT = re.compile(r"^(?:由|从|以|比|较|而|或|及|与)|(?<!占)(?:从|由|比|较|和|及|与|在)$|从的|由的|比多|较多|左右|"
                       r"过去|^[\u4e00-\u9fff]$")


def label_fault(zh: str) -> str:
    """Why a metric's name is no phrase of a measure ('由湖北企业参数' starts with 由), or ''."""
    return f"the metric's words look like a fragment of the sentence ('{zh}')" if _FRAGMENT.search(zh) else ""


def is_delta(label: str) -> bool:
    """Whether the words before a figure only say it is a difference (较…增加14班)."""
    return bool(_DELTA.search(label.strip()))


# A total after a count (在港上市的企业有21家，总市值约605亿港元): the total is the counted things'.
_TOTAL_OF = re.compile(r"^(?:其|合计|累计)?(?:总|合计)(?!金额|额)[\u4e00-\u9fff]{1,4}|"   # 总金额: the deals' own
                       r"^(?:其)?(?:投资总额|总投资额?|计划总投资)$")     # 开工项目363个…；投资总额1921亿元: theirs


def counted_whole(label: str, unit: str, last: Metric | None) -> str:
    """The things a count just before named (在港上市的企业), when the figure is their total in money."""
    if not last or not last.zh.endswith("数") or "元" not in unit or not _TOTAL_OF.match(label.strip()):
        return ""
    return re.sub(r"^(?:新增|新设|累计)", "", last.zh.removesuffix("数"))
