"""Figures of a sentence: each number with its unit, the words before it, and its growth rate."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

UNITS = ("万亿元", "亿美元", "万美元", "亿港元", "亿欧元", "亿元", "万元", "美元", "港元", "元", "个百分点", "%", "倍", "万标箱", "标箱",
         "TEU", "万吨", "吨", "公斤", "架次", "架", "国", "班次", "国家和地区", "个", "家", "列", "条", "项", "批", "座", "台",
         "辆", "艘",
         "万人次", "人次", "万人", "名", "位", "场", "票", "万件", "件", "单", "平方公里", "平方米", "万平方米", "亩", "公里", "千米",
         "小时", "分钟", "天", "种", "大类", "类", "套", "场次", "款", "所", "户", "班", "趟", "航线", "个小时", "米/秒", "万套",
         "万台", "万辆", "万架次", "米", "航次", "艘次", "万航次", "万人", "人")
_UNIT_RE = "|".join(map(re.escape, sorted(UNITS, key=len, reverse=True)))
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
FIGURE = re.compile(r"(?<![A-Za-z\d.\-—])(近|超过|超|约|逾|达)?(" + _NUM + r"(?:(?:—|-|~|～|至|到)" + _NUM + r")?)"
                    r"(万亿|亿|万|千)?(多|余)?"
                    r"(?:(" + _UNIT_RE + r"|(?<=[多余])年)(?![A-Za-z]|级))(?!个?月|年|日|号|周岁)")
DATE_EVENT = re.compile(r"(?<!\d年)(?<![\d\-—至到前])((?:20\d\d年|今年|去年)?\d{1,2}月(?:\d{1,2}日)?)"
                        r"(?!份|以来|底|末|[上中下]旬)[，,]?"
                        r"([^。；]{0,40}?)(正式)?(建成投用|投入运营|投入使用|建成|开通|首发|开行|投运|揭牌|挂牌|开业|签署|"
                        r"签约|注册成立|成立|启用|通航|落户|开工|动工|竣工|上线|开园|首航|发布|举行|举办|召开|路演|起飞|发车|启程)")
YEAR_EVENT = re.compile(r"(?:成立|创立|创办|始建|组建)于((?:19|20)\d\d)年()|((?:19|20)\d\d)年"
                        r"(?:在[\u4e00-\u9fff]{2,6}?)?(?:正式|开始|起|已经?|就)?"
                        r"(成立|创立|创办|组建|开园|开始运营|运营|投运|建成|落户|共建|"
                        r"(?:开行|开通|开航|通航|启用|开业)(?=以来))")          # 自2012年开行以来: its first year
RANK = re.compile(r"(?:位?居|排名?|排在|位列|列)(全国|全省|中部|全球|世界|全市|中西部|内陆)?(?:第([一二三四五六七八九十\d]{1,3})|首位)")
_GROWTH_END = re.compile(r"(同比|环比|按年|按年度|比上年|较上年|比去年|较去年|比上年同期|较上年同期|比去年同期|较去年同期|"
                         r"[比较](?:19|20)\d\d年(?:同期)?)?(增长|增加|上升|"
                         r"提高|提升|下降|减少|回落|下滑|增|降|增速为|增速达|增速|增幅为|增幅达|增幅)(了|为|达|高达)?$")
_SHARE_END = re.compile(r"(占|占比|比重|份额)[^，。]{0,16}?(为|达|超过|约)?$")
_DOWN = ("下降", "减少", "回落", "下滑", "降")
APPROX = {"近": "nearly ", "超过": "over ", "超": "over ", "约": "about ", "逾": "over ", "多": "more than ",
          "余": "more than "}


_PER = re.compile(r"(?:每|一)(秒|分钟|小时|天|日|周)$|每(月|年)$")
_PER_UNIT = {"日": "天"}
ORDINAL = re.compile(r"第(\d{1,3}|[二三四五六七八九十]|[一二三四五六七八九十]{2,3}|一(?=届))(届|次)")


@dataclass
class Figure:
    """One number with its unit in a sentence."""
    start: int
    end: int
    value: str                 # as printed: 近400, 1000多, 7502.3
    number: str                # the digits: 7502.3
    mult: str                  # 亿, 万 ...
    unit: str                  # the printed unit with its multiplier: 亿元
    approx: str                # 近/超过/多/余 or ''
    label: str = ""            # the words before it in its clause
    tail: str = ""             # the noun right after it (400家企业 -> 企业)
    kind: str = "amount"       # amount | growth | share | rank
    down: bool = False
    yoy: bool = False
    basis: str = ""            # 同比 (year on year) or 环比 (on the month before)
    change: "Figure | None" = None
    ranks: list[str] = field(default_factory=list)
    attached: bool = False
    period_words: str = ""     # its own period from a list of periods: 一、二季度…分别为 -> 二季度
    bracket: tuple[str, str, str, str, str] | None = None   # the size bracket it counts within:
    #                                                         (measure, number, mult, unit, 以上/以下)
    item: str = ""             # its own item of a 分别 list (出口增速 of 进出口增速、出口增速分别高出…)


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding position pos begins."""
    cut = max(text.rfind(c, 0, pos) for c in "，；。,;：:！？")
    return cut + 1


# Words that only give examples of what a figure measures: 以锂电池、储能设备为代表的 / 包括…在内的 (their
# list is no label of its own), and a bracket's members (传统市场（美国、欧盟）: the market is measured).
_EXAMPLES = re.compile(r"(?:以|由)[^，。；]{1,30}?(?:为代表|为主|领衔)的?|包括[^，。；]{1,30}?在内的|[（(][^）)]*[）)]")


# What a size bracket measures (总投资5000万美元以上项目): the words right before its amount.
_BRACKET_OF = re.compile(r"(?:总投资|投资额|投资|合同外资|注册资本|实际使用外资|实际外资|营业收入|营收|产值|进出口额|进出口|"
                         r"出口额|出口|进口额|进口|规模)(?:在|达)?$")


def _last_item(words: str) -> str:
    """The label of a figure from the words before it: the last item of a 、 list, examples left out."""
    return _EXAMPLES.sub("", words).strip(" 、，,（(").split("、")[-1]


def figures(sentence: str) -> list[Figure]:
    """Every figure with a unit in the sentence, labelled, growth rates attached to their values."""
    out: list[Figure] = []
    brackets: list[int] = []                          # where a size bracket (1亿美元以上的) ends
    sizes: dict[int, tuple[str, str, str, str, str]] = {}     # the bracket ending there
    for m in FIGURE.finditer(sentence):
        if m.start() > 0 and sentence[m.start() - 1] == "第":
            continue
        prefix, number, unit = m.group(1) or "", m.group(2), m.group(5)
        mult, suffix = m.group(3) or "", m.group(4) or ""
        if re.fullmatch(r"(19|20)\d\d", number) and not mult and not suffix and unit in ("个", "家", "项", "条"):
            continue
        if unit == "国" and re.match(r"[家内际外企有产]", sentence[m.end():m.end() + 1]):
            continue                                  # 60国 is a count; 5国家级 is not
        bracket = re.match(r"(以上|以下)的?(?=(?:[\u4e00-\u9fff]{0,4})(?:企业|项目|公司|工厂))", sentence[m.end():])
        if bracket:                                   # 1000万美元以上企业36家: a bracket, not a figure,
            brackets.append(m.end() + bracket.end())  # nor part of the next figure's label, but its size
            measure = _BRACKET_OF.search(sentence[clause_start(sentence, m.start()):m.start()])
            sizes[brackets[-1]] = (measure.group(0) if measure else "", number, mult, unit, bracket.group(1))
            continue
        if unit == "个小时":
            unit = "小时"
        spoken = unit == "个" and not mult and not suffix and sentence[m.end():m.end() + 1] == "亿"
        m_end = m.end() + 1 if spoken else m.end()
        shown_prefix = "" if prefix == "达" else prefix
        if suffix and mult:                           # 1万多公里: printed as 1万多 + 公里
            value, full_unit = shown_prefix + number + mult + suffix, unit
        else:
            value = shown_prefix + number + (mult if unit in ("%",) else "") + suffix
            full_unit = (mult + unit) if unit != "%" else unit
        if spoken:                                    # 1个亿: spoken for 1亿元
            value, mult, full_unit = value + "个亿", "亿", "元"
        start = m.start() + (len(prefix) if prefix == "达" else 0)
        rate = _PER.search(sentence[:start]) if not prefix else None
        if rate:                                      # 每秒10米, 一周7列: a rate, 10 米/秒
            per = rate.group(1) or rate.group(2)
            full_unit = f"{full_unit}/{_PER_UNIT.get(per, per)}"
            start = rate.start()
        fig = Figure(start, m_end, value, number, mult, full_unit, shown_prefix or suffix)
        ends = [f.end + len(f.tail) for f in out if f.end <= start] + [b for b in brackets if b <= start]
        prev_end = max(ends + [clause_start(sentence, start)])
        fig.label = _last_item(sentence[prev_end:start])
        fig.bracket = sizes.get(prev_end) if prev_end in brackets else None
        tail = re.match(r"[\u4e00-\u9fff“”]{1,10}", sentence[m_end:])
        fig.tail = re.split(r"[的，、和及与，等]|[增降升减]至|同比|增长|比上|较上|人民币|左右|以上|上下|规模",
                            tail.group(0))[0] if tail else ""
        if unit in ("大类", "类") and not fig.tail:       # 6大类19项改革事项: kinds of what the next counts
            nxt = re.match(r"\d+(?:项|个|条|种)([\u4e00-\u9fff]{2,8})", sentence[m_end:])
            fig.tail = re.split(r"[的，、和及与]", nxt.group(1))[0] if nxt else ""
        prev = out[-1] if out else None
        if not fig.label and prev and sentence[prev.end + len(prev.tail):start].strip() == "、":
            fig.label = prev.label                   # 通达40个国家、115个城市: the same verb
        g = _GROWTH_END.search(fig.label)
        if g and unit in ("%", "倍", "个百分点"):
            fig.kind, fig.down, fig.yoy = "growth", g.group(2) in _DOWN, bool(g.group(1))
            fig.basis = ("环比" if g.group(1) == "环比" else g.group(1) if re.search(r"\d", g.group(1) or "")
                         else "同比" if g.group(1) else "")           # 较2024年同期: said as printed
        elif unit in ("%", "个百分点") and _SHARE_END.search(fig.label):
            fig.kind = "share"
        out.append(fig)
    out = sorted(_thresholds(sentence, _shared_unit(sentence, out)) + _runs(sentence) + _spelled(sentence),
                 key=lambda f: f.start)
    _split_lists(sentence, out)
    _attach_growth(sentence, out)
    _attach_ranks(sentence, out)
    return out


# 连续19个月增长, 连续6个月保持正增长: how long a run of growth lasts, a figure of its own.
_RUN = re.compile(r"连续(\d{1,3}|[一二三四五六七八九十]{1,3})个(月|季度)(?:同比)?(?:实现|保持)?(?:正)?(增长|下降|增加|减少)")


def _runs(sentence: str) -> list[Figure]:
    """Runs of months of growth (连续19个月增长): the count of months, labelled by what grew."""
    out = []
    for m in _RUN.finditer(sentence):
        fig = Figure(m.start(1), m.end(2), m.group(1), m.group(1), "", "个" + m.group(2), "")
        down = m.group(3) in _DOWN or m.group(3) == "减少"
        fig.label = _last_item(sentence[clause_start(sentence, m.start()):m.start()]) + \
            ("连续下降" if down else "连续增长")
        out.append(fig)
    return out


# 涵盖三个片区, 经由五个口岸进出境: a small count spelled out, of places a zone or a service spans.
_SPELLED = re.compile(r"(?<![第一二三四五六七八九十两几])([两二三四五六七八九十])个"
                      r"(片区|口岸|园区|港区|港口|机场|综保区|城市|市州|国家|基地|枢纽)(进出境|出入境)?(?=[，。；、：:（(的]|$)")
_SPELLED_N = {"两": "2", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
              "十": "10"}


def _spelled(sentence: str) -> list[Figure]:
    """Counts spelled in Chinese numerals before a place noun (三个片区): the numeral as printed, its digits."""
    out = []
    for m in _SPELLED.finditer(sentence):
        fig = Figure(m.start(1), m.end(1) + 1, m.group(1), _SPELLED_N[m.group(1)], "", "个", "")
        fig.tail = (m.group(3) or "") + m.group(2)           # named by what it counts, not the verb before
        out.append(fig)
    return out


_BARE_LIST = re.compile(r"分别[^，。；\d]{0,16}?((?:\d+(?:\.\d+)?(?:、|和|及|与))+)$")


def _shared_unit(sentence: str, figs: list[Figure]) -> list[Figure]:
    """'分别高出19.8、26.1和10.4个百分点': the numbers before the last share its unit, each its own figure."""
    out: list[Figure] = []
    for f in figs:
        m = _BARE_LIST.search(sentence[:f.start]) if not f.approx and not f.mult else None
        if m:
            label = f.label if "分别" in f.label else ""
            for n in re.finditer(r"\d+(?:\.\d+)?", m.group(1)):
                start = m.start(1) + n.start()
                value = n.group(0) + ("%" if f.unit == "%" else "")
                out.append(Figure(start, m.start(1) + n.end(), value, n.group(0), "", f.unit, "", label=label,
                                  kind=f.kind))
            f.label = label
        out.append(f)
    return out


def _thresholds(sentence: str, figs: list[Figure]) -> list[Figure]:
    """'突破100万吨，达到107.2万吨': the milestone goes, the value keeps its words."""
    drop: set[int] = set()
    for a, b in zip(figs, figs[1:]):
        if a.unit == b.unit and re.search(r"(突破|超过|超|迈上|跨越|站上)$", a.label) \
                and re.fullmatch(r"[，,]?(?:达到|达|为|至|增至|升至)?", sentence[a.end + len(a.tail):b.start]):
            b.label = re.sub(r"(突破|超过|超|迈上|跨越|站上)$", "", a.label)
            drop.add(id(a))
    return [f for f in figs if id(f) not in drop]


def _split_lists(sentence: str, figs: list[Figure]) -> None:
    """'A、B分别为x、y': each value gets its label; '分别增长x%、y%': each rate goes to its value."""
    for m in re.finditer(r"分别(?:为|是|达|达到|实现|完成|占|(同比)?(增长|下降|增加|减少|增)了?|"
                         r"(高出|高于|快于|低于|慢于)(?:同期)?(全国|全省)(?:平均水平|平均|水平)?)?", sentence):
        group = [f for f in figs if f.start >= m.end() and not sentence[m.end():f.start].strip("、，,和及与 %")
                 or f.start >= m.end() and _only_list_between(sentence, m.end(), f.start, figs)]
        group = [f for f in group if f.start < _next_stop(sentence, m.end())]
        if len(group) < 2:
            continue
        if m.group(2):                                 # 分别增长 x%、y%: rates of the values before
            yoy = bool(m.group(1)) or sentence[:m.start()].endswith("同比")    # 同比分别增长
            for f in group:
                own = re.search(r"(下降|减少|增长|增加)$", sentence[:f.start])     # …、7.2%和下降3.4%
                f.kind, f.yoy = "growth", yoy
                f.down = (own.group(1) if own else m.group(2)) in _DOWN
                f.basis = "同比" if yoy else ""
            amounts = [f for f in figs if f.end <= m.start() and f.kind == "amount" and f.change is None]
            if len(amounts) < len(group):             # 进出口、出口分别增长x%和y%: rates of the things named
                _label_rates(sentence[clause_start(sentence, m.start()):m.start()], m.group(2), group)
                continue
            for amount, rate in zip(amounts[-len(group):], group):
                amount.change, rate.attached = rate, True
            continue
        head = sentence[clause_start(sentence, m.start()):m.start()]
        if _period_list(sentence[:m.start()], head, group):
            continue
        labels = [x for x in re.split(r"、|和|及|与|以及", head) if x.strip()]
        if len(labels) == len(group):
            for f, label in zip(group, labels):
                f.label, f.item = label.strip(), label.strip()
                if m.group(3):                        # 分别高出全国x、y个百分点: each one's margin
                    f.label += ("低于" if m.group(3) in ("低于", "慢于") else "高于") + m.group(4)
            if m.group(0).endswith("占"):
                for f in group:
                    f.kind = "share"


def _label_rates(head: str, verb: str, group: list[Figure]) -> None:
    """Rates listed after the things they are of (A、B分别增长x%和y%): each rate named by its own thing."""
    labels = [x.strip() for x in re.split(r"、|和|及|与|以及", head) if x.strip()]
    if len(labels) == len(group):
        for f, label in zip(group, labels):
            f.label = label + verb


_PERIOD_LIST = re.compile(r"((?:(?:19|20)\d\d年|今年|去年|上年)?)(?:"
                          r"([一二三四1-4](?:[、和及与至][一二三四1-4])+)季度|"
                          r"(\d{1,2}(?:月?[、和及与]\d{1,2})+)月(?:份)?)")


def _period_list(before: str, head: str, group: list[Figure]) -> bool:
    """'一、二、三季度进出口分别为x、y、z': each value takes its own period and the shared label."""
    m = _PERIOD_LIST.search(head)
    label = (head[:m.start()] + m.group(1) + head[m.end():]).strip() if m else head.strip()
    m = m or ([None] + list(_PERIOD_LIST.finditer(before)))[-1]    # 今年一、二季度，某市…分别为
    if not m:
        return False
    items = re.split(r"月?[、和及与至]", m.group(2) or m.group(3))
    if len(items) != len(group):
        return False
    for f, item in zip(group, items):
        f.label = label
        f.period_words = m.group(1) + (f"{item}季度" if m.group(2) else f"{item}月")
    return True


def _only_list_between(sentence: str, a: int, b: int, figs: list[Figure]) -> bool:
    """Whether only other figures and list marks stand between a and b."""
    between = sentence[a:b]
    for f in figs:
        if a <= f.start and f.end <= b:
            between = between.replace(sentence[f.start:f.end], "")
    return not re.sub(r"下降|减少|增长|增加", "", between).strip("、，,和及与 ")


def _next_stop(sentence: str, pos: int) -> int:
    """Where the sentence's next semicolon or full stop is."""
    stops = [i for i in (sentence.find(c, pos) for c in "；;。") if i >= 0]
    return min(stops) if stops else len(sentence)


# A value named only to be compared with (超过去年全年4305.2亿元规模): no growth rate after it is its own.
_COMPARED = re.compile(r"^(?:超过|超出|高于|多于|相当于)(?:去年|上年|前年|(?:19|20)\d\d年)")
_COMPARED_CLAUSE = re.compile(r"[，,](?:超过|超出|高于|多于|相当于)(?:去年|上年|前年|(?:19|20)\d\d年)[^，,]*")


def _attach_growth(sentence: str, figs: list[Figure]) -> None:
    """A growth rate goes with the nearest value before it in the same or the previous clause."""
    for i, f in enumerate(figs):
        if f.kind != "growth" or f.attached:
            continue
        for g in reversed(figs[:i]):
            if g.kind in ("amount", "share") and g.change is None and _COMPARED.match(g.label):
                continue                              # 超过去年全年4305.2亿元，比2019年增长x%: not its rate
            if g.kind in ("amount", "share") and g.change is None:
                gap = re.sub(r"（[^）]*）|\([^)]*\)", "", sentence[g.end:f.start])   # （人民币，下同）
                gap = _COMPARED_CLAUSE.sub("", gap)
                if gap.count("，") + gap.count(",") <= 1 and "；" not in gap and len(gap) <= 24 \
                        and not re.search(r"[\u4e00-\u9fff]{2,}(?:进出口|出口|进口)",
                                          gap.split("，")[-1][:-6] or "") \
                        and not _own_subject(gap, g):
                    g.change, f.attached = f, True
                break
            if g.kind == "growth":
                break


_RATE_WORDS = re.compile(r"同比|环比|按年|[比较](?:上年|去年|(?:19|20)\d\d年)(?:同期)?|同期|增长|增加|上升|提高|提升|下降|减少|回落|下滑|增速|"
                         r"增幅|增|降|为|达|了|其中|分别|均|规模|总量|总值|金额|整体|[，,\s]")


def _own_subject(gap: str, value: Figure) -> bool:
    """'265列，发运量同比增48.88%': the rate's clause names another measure, so it is not the value's."""
    if "，" not in gap and "," not in gap:
        return False
    last = re.split(r"[，,]", gap)[-1]
    rest = _RATE_WORDS.sub("", last).replace(value.tail, "", 1) if value.tail else _RATE_WORDS.sub("", last)
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2


# Words before a ranking that name no measure of their own (规模居中部第一, 连续第二年位居全国第五):
# the ranking is the value's before them.
_NO_MEASURE = re.compile(r"^(?:连续(?:第?[一二三四五六七八九十两\d]+)?(?:年|个月|季度)|多年|已经?|均|仍|继续|稳|稳定|"
                         r"再次|首次|规模|总量|总体|总额|体量|[（）()])*$")
_RANKS_LISTED = re.compile(r"分别(?:排在|排名|位居|居|位列|列)(全国|全省|中部|全球|世界|全市|中西部|内陆)"
                           r"((?:第[一二三四五六七八九十\d]{1,3}位?(?:、|和|及|与))+第[一二三四五六七八九十\d]{1,3})")


def _in_brackets(sentence: str, fig: Figure) -> bool:
    """Whether a figure stands inside brackets (…114.57万吨(国际货量49.6万吨)): an aside, not the subject."""
    before = sentence[:fig.start]
    return max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))


def _listed_ranks(sentence: str, figs: list[Figure]) -> bool:
    """'A、B、C分别高出…x、y、z，分别排在全国第8、第7和第13位': each item's own ranking."""
    m = _RANKS_LISTED.search(sentence)
    items = [f for f in figs if f.item and f.end <= (m.start() if m else 0)]
    places = re.findall(r"第[一二三四五六七八九十\d]{1,3}", m.group(2)) if m else []
    if not m or len(places) != len(items):
        return False
    for f, place in zip(items, places):
        rank = Figure(m.start(), m.end(), place, place, "", "", "", kind="rank")
        rank.label, rank.ranks = f.item, [m.group(1) + place]
        figs.append(rank)
    return True


def _attach_ranks(sentence: str, figs: list[Figure]) -> None:
    """'居全国第三、中部第一' after a value: its rankings."""
    if _listed_ranks(sentence, figs):
        return
    for m in RANK.finditer(sentence):
        before = [f for f in figs if f.end <= m.start() and f.kind in ("amount", "share")]
        gap = sentence[before[-1].end + len(before[-1].tail):m.start()] if before else \
            "，" + sentence[clause_start(sentence, m.start()):m.start()]      # 进出口值居全国第12位: no value
        target = before[-1] if before else None
        own = re.search(r"[，,]([^，,]*[\u4e00-\u9fff]{2,}[^，,]*)$", gap)
        if own and target and _NO_MEASURE.match(re.sub(r"位$", "", own.group(1).strip())):
            own = None                           # 规模居中部第一: the value's own ranking
            target = next((f for f in reversed(before) if not _in_brackets(sentence, f)), target)
        if not target and not own:
            continue
        if own:                                  # '…，货运航班量排名全国第四': a ranking of its own
            first = re.search(r"第[一二三四五六七八九十\d]{1,3}|首位", m.group(0))
            if first:
                rank = Figure(m.start(), m.end(), first.group(0), first.group(0), "", "", "", kind="rank")
                rank.label = own.group(1).strip()
                rank.ranks = [(m.group(1) or "全国") + first.group(0)]
                figs.append(rank)
            continue
        tail = sentence[m.start():_next_stop(sentence, m.start())]
        ranks = re.findall(r"(全国|全省|中部|全球|世界|全市|中西部|内陆)(第[一二三四五六七八九十\d]{1,3}|首位)", tail)
        for scope, rank in ranks:
            if scope + rank not in target.ranks:
                target.ranks.append(scope + rank)
        first = re.search(r"第[一二三四五六七八九十\d]{1,3}|首位", m.group(0))
        if m.group(1) and first and (m.group(1) + first.group(0)) not in target.ranks:
            target.ranks.append(m.group(1) + first.group(0))
