"""A figure narrowed by words of its own metric (a product, a mode of trade, a kind of firm: 医疗器械出口额,
市场采购出口, exports of market procurement) is not the answer to a question naming none of them: the plain
'how much did Hubei export' is declined with choices, never answered by one product's exports. General over
free metric names (ingested articles name their own): what is left of the metric once the words of any
measure, the entity's names and filler are taken out must be met, in part, by the question."""
from __future__ import annotations

import logging
import os
import re
from functools import lru_cache

from knowledge.glossary import en_variants
from knowledge.year_parts import CAPITAL_PLACES

from .answers import FactDoc, Query
from .colloquial import asking_text
from .lexicon import ANY_PARTNER, PARTNER_RE
from .qualifier_words import QUALIFIER_SCOPE, QUALIFIERS
from .text import normalise

log = logging.getLogger(__name__)

# Words saying what kind of measure a figure is (not what it is narrowed to), longest first.
_MEASURE_ZH = sorted((
    "进出口", "出口", "进口", "外贸", "贸易额", "创汇", "总值", "总额", "总量", "金额", "货值", "规模", "增速", "增幅",
    "增长", "同比", "环比", "比重", "占比", "比例", "份额", "数量", "人数", "个数", "家数", "净增", "新增",
    "累计", "实现", "完成", "达到", "其中", "合计", "共计", "全年", "当月", "同期", "全省", "全市", "我省",
    "我市", "本省", "全国", "排名", "位次", "数", "额", "值", "量", "率", "的", "和", "及", "与", "对", "向", "为", "了",
    "实际使用外资", "使用外资", "利用外资", "外资", "投资", "企业", "货物", "使用", "发送", "开行", "运输",
    "对外", "实际", "直接", "带动", "拉动", "来自", "高于", "低于", "快于", "加快", "放缓", "回落", "提高", "提升", "较", "比", "上年",
    "去年", "上半年", "下半年", "一季度", "前三季度", "季度", "月份", "年均", "平均"), key=len, reverse=True)
_MEASURE_ZH_RE = re.compile("|".join(map(re.escape, _MEASURE_ZH)))
_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
# Asking and period words: what is left of a question without them (and measure words) is what it narrows to.
_ASKING = re.compile(r"多少|几|是|什么|怎样|如何|哪|呢|吗|请问|个月|季度|半年|年|月|日|前|今|去|截至|底|共|总共|一共")
_FLOW = re.compile(r"出口|进口|贸易|外资|投资|创汇")      # the measures a product, mode or kind of firm narrows
# Amounts, rates and shares (超五成, more than half), not counts of firms or trains.
_AMOUNT = re.compile(r"元|%|％|倍|百分点|[一二三四五六七八九]成|一半|\bhalf\b|\bthirds?\b")

# English words of any measure or filler; what else a metric's English name holds narrows it.
_MEASURE_EN = frozenset("""
exports export exported exporting imports import imported importing trade traded total totals value
values amount amounts volume volumes growth grew grow rate share shares proportion number numbers count
of in and the a an to from by for with as on its at year yuan billion million percent per cent firms
firm companies enterprises foreign goods overall actual actually used utilised utilized investment
direct net increase rise change rank ranking position figure figures stood level levels all versus than
compared acceleration faster slower higher lower previous earlier first half quarter h1 h2 q1 average
annual provincial national nationally nationwide national central exchange earnings earned earn""".split())
_EN_WORD = re.compile(r"[a-z][a-z']+")     # hyphenated words by their parts: hi-tech meets high-tech
_COMPOUND_ENDS = frozenset({"build", "building", "builder", "builders", "yard", "yards", "maker", "makers",
                            "making"})
_STEM = 5       # words compared by their first letters: vehicle / vehicles, procure / procurement


def qualifier_zh(doc: FactDoc, names: list[str]) -> list[str]:
    """The narrowing words of the fact's Chinese metric: runs of two characters or more left once
    measure words and the entity's names are taken out (医疗仪器及器械出口额 -> ['医疗仪器', '器械'])."""
    metric = normalise(doc.fact.metric_zh)
    for name in sorted(names, key=len, reverse=True):
        if len(name) >= 2:
            metric = metric.replace(name, " ")
    return _CJK_RUN.findall(_MEASURE_ZH_RE.sub(" ", metric))


def qualifier_en(doc: FactDoc, names: list[str], variants: bool = False) -> list[str]:
    """The narrowing words of the fact's English metric (exports of market procurement -> market,
    procurement), the entity's names taken out; with variants, also the other words the glossary knows
    users type for them (garments: clothing, apparel)."""
    metric = normalise(" ".join([doc.fact.metric_en, *(en_variants(doc.fact.metric_en) if variants else [])]))
    for name in sorted(names, key=len, reverse=True):
        if name.isascii() and len(name) >= 3:
            metric = metric.replace(name, " ")
    return [w for w in _EN_WORD.findall(metric) if w not in _MEASURE_EN]


def _met_zh(runs: list[str], text: str) -> bool:
    """Some run is met by the question: two of its characters in a row (高新区 meets 高新技术产业开发区) or
    half of its characters (外资企业 meets 外商投资企业's 外商)."""
    return any(sum(ch in text for ch in set(run)) * 2 >= len(set(run))
               or any(run[i:i + 2] in text for i in range(len(run) - 1)) for run in runs)


def _stem(word: str) -> str:
    """A word's first letters, a plural's s taken off first (cars / car, vehicles / vehicle)."""
    return word.removesuffix("s")[:_STEM]


def _met_en(words: list[str], text: str) -> bool:
    """Some narrowing word is met by the question's words (by their first letters), or begins a compound
    of them (ship: shipbuilding, shipyard)."""
    found = _EN_WORD.findall(text)
    asked = {_stem(w) for w in found}
    return any(_stem(w) in asked or any(a.startswith(w) and a[len(w):] in _COMPOUND_ENDS for a in found)
               for w in words)


def _named_in_statement(q: Query, doc: FactDoc, names: list[str], text: str) -> bool:
    """The question narrows the measure by words of its own that the fact's statement says (members of
    a group named in the statement: 风机、储能柜和氢燃料电池 for 绿色三件套)."""
    for name in sorted([*names, *(h.alias for h in q.hits)], key=len, reverse=True):
        if len(name) >= 2:
            text = text.replace(name, " ")
    runs = _CJK_RUN.findall(_MEASURE_ZH_RE.sub(" ", _ASKING.sub(" ", text)))
    return any(run in doc.said for run in runs)


def unasked_qualifier(q: Query, doc: FactDoc, names: list[str]) -> str:
    """Why the fact is narrower than the question ('' when the question names its narrowing words or
    the fact has none): its metric holds a product, mode or kind of firm the question does not name."""
    fact = doc.fact
    if (q.several or not _FLOW.search(fact.metric_zh)
            or not (_AMOUNT.search(f"{fact.unit} {fact.value} {fact.value_en}")
                    or q.asks == "rank" and doc.rank_value)      # 出口总量排第几: not auto parts' 第1
            or doc.entity.type == "partner"
            or doc.entity.type in ("firm", "org") and fact.entity in {h.entity for h in q.hits}):
        return ""       # counts, other measures, a partner's trade (checked as such), a firm's asked by name
    runs = qualifier_zh(doc, names)
    if not runs:
        return ""
    text = normalise(f"{q.raw} {q.text}")
    said = {w[:4] for w in _EN_WORD.findall(text)}
    text += " " + " ".join(t for t in q.terms if t.isascii() and t[:4] in said and t not in text)   # respelt
    words = qualifier_en(doc, names)
    chinese = re.search(r"[\u3400-\u9fff]", text) is not None
    if chinese and (_met_zh(runs, text) or _named_in_statement(q, doc, names, text)):
        return ""
    if words and _met_en(qualifier_en(doc, names, variants=True), text):
        return ""                   # a question mixing the languages may name it either way
    return f"a figure of {'/'.join(words or runs)} only"


# Both scopes of a pair named (国内和国际, domestic and international): their total is asked, not one of them.
_SCOPE_PAIRS = ((re.compile(r"国际|international"), re.compile(r"国内|domestic")),)


def one_scope_for_both(q: Query, doc: FactDoc) -> str:
    """Why a figure of one scope (国际旅客吞吐量) does not answer a question naming both (in total, domestic and
    international): '' when the question names one or none, or the fact both or neither."""
    held = f"{doc.fact.metric_zh} {doc.fact.metric_en.lower()}"
    text = q.text
    for hit in sorted(q.hits, key=lambda h: len(h.alias), reverse=True):
        text = text.replace(hit.alias, " ") if len(hit.alias) >= 3 else text    # 花湖国际机场: a name, no scope
    for one, other in _SCOPE_PAIRS:
        if q.several or not (one.search(text) and other.search(text)):
            continue
        if bool(one.search(held)) != bool(other.search(held)):
            return f"a figure of {(one if one.search(held) else other).search(held).group()} only"
    return ""


_CARGO_SCOPES = ("foreign-trade cargo", "domestic-trade cargo", "transit")     # 空空中转货物: not all cargo


def unasked_cargo_scope(q: Query, doc: FactDoc) -> str:
    """Why a tonnage or a count of boxes of foreign-trade (or domestic-trade) cargo alone does not answer a
    question about all cargo (武汉港货物吞吐量, Wuhan port's total cargo throughput): '' when the question says
    that scope, or the fact is of no such part."""
    if q.several:
        return ""
    held = f"{doc.fact.metric_zh} {doc.fact.metric_en.lower()}"
    scope = next((s for s in _CARGO_SCOPES if QUALIFIERS[s].search(held)), "")
    if not scope:
        return ""
    text = normalise(f"{q.raw} {q.text}").lower()
    return "" if any(word in text for word in QUALIFIER_SCOPE[scope]) else f"a figure of {scope} only"


# A group of partners a count is narrowed to (通达17个共建“一带一路”国家): not all countries reached.
_GROUP = re.compile(r"一带一路|rcep|东盟|欧盟|金砖|上合|belt and road|\bbri\b|asean|\beu\b|brics|"
                    r"european union")


def unasked_group(q: Query, doc: FactDoc) -> str:
    """Why a count of countries or places is narrower than the question: its metric names a group of
    partners (Belt and Road, ASEAN) the question does not ('' otherwise)."""
    fact = doc.fact
    if q.several or doc.entity.type == "partner" or _AMOUNT.search(f"{fact.unit} {fact.value_en}"):
        return ""
    group = _GROUP.search(normalise(f"{fact.metric_zh} {fact.metric_en}"))
    if not group or _GROUP.search(normalise(f"{q.raw} {q.text}")):
        return ""
    return f"a figure of {group.group(0)} only"


# A net change asked (净增多少家, 比上年增加了几班, the net increase, how many more): a level is not its answer.
_NET_ASKED = re.compile(r"净增|净减|(?<![同环])[比较][^,，?？]{0,15}?(?:增加|减少|多出?)了?(?:几|多少)|"
                        r"\bnet (?:increase|addition|gain|rise|decrease|change)|how many more")
_NET_SAID = re.compile(r"净增|净减|\bnet\b|how many more|多出")
_RATE_METRIC = re.compile(r"增长|增幅|增速|涨幅|\bgrowth\b")
_CHANGE_HELD = re.compile(r"净增|净减|增加|减少|新增|多出|\bnet\b|\bmore\b|increase|added|addition|fewer")


def level_for_change(q: Query, doc: FactDoc) -> str:
    """Why the fact is a level when the question asks its net change ('' when it is not)."""
    if q.several or not _NET_ASKED.search(normalise(f"{q.raw} {q.text}")):
        return ""
    fact = doc.fact
    held = normalise(f"{fact.metric_zh} {fact.metric_en} {fact.change_zh} {fact.change_en} {doc.said}")
    if _CHANGE_HELD.search(held) or _RATE_METRIC.search(normalise(f"{fact.metric_zh} {fact.metric_en}")):
        return ""       # 海外订单同比增长 近半: the change itself, as a rate
    if "%" in fact.change_zh and not _NET_SAID.search(normalise(f"{q.raw} {q.text}")):
        return ""       # 出口汽车的数量比上年增加了多少: 14.4万辆, up 37.5% (净增 asks the count itself)
    return "a level, not its net change"


# The whole abroad asked (海外卖了多少, overseas sales) with no partner named: a figure of one market is a part.
_ABROAD = re.compile(r"海外|境外|国外|全球|overseas|abroad|foreign markets?|worldwide")


def one_market_for_abroad(q: Query, doc: FactDoc) -> str:
    """Why the fact is one market's figure when the question asks all markets abroad ('' when it is not)."""
    if q.partners or not _ABROAD.search(q.text):
        return ""
    metric = normalise(f"{doc.fact.metric_zh} {doc.fact.metric_en}")
    named = [name for name, pattern in PARTNER_RE.items() if pattern.search(metric)]
    if len(named) != 1 or re.search(r"等|\bother\b", metric):
        return ""               # 欧洲、东南亚等高端市场: markets given as examples of the whole
    return f"a figure of {named[0]} only"


# Sectors and kinds of firm a figure may be narrowed to (建筑业实际使用外资, 外商独资项目).
_SECTORS = ("construction", "manufacturing", "services sector", "financial sector", "real estate",
            "wholly foreign-owned", "joint ventures")


def unasked_sector(q: Query, doc: FactDoc) -> str:
    """Why the fact is one sector's or one kind of firm's figure when the question names none ('' when not):
    a sector in the subject's own name (服务业扩大开放综合试点) narrows nothing."""
    held = f"{doc.fact.metric_zh} {doc.fact.metric_en.lower()}"
    if not doc.number_value or not _ANY_SECTOR.search(held):
        return ""           # 中部首个什么综合试点: a name asked, the sector may be the answer
    said = normalise(f"{q.raw} {q.text}")
    names = " ".join(doc.entity.names()).lower()
    asked = [s for s in _SECTORS if any(word in said for word in QUALIFIER_SCOPE[s])]
    for scope in _SECTORS:
        if (QUALIFIERS[scope].search(held) and not QUALIFIERS[scope].search(names)
                and not any(word in said for word in QUALIFIER_SCOPE[scope])
                and not (scope in _PARENT_SECTORS and set(asked) & _PARENT_SECTORS[scope])):
            return f"a figure of {scope} only"      # (服务业金融业: the financial sector's, within services)
    return ""


# A sector and the sectors within it (金融业 is a service): a figure of one within it is also the parent's.
_PARENT_SECTORS = {"services sector": {"financial sector", "real estate"}}


_ANY_SECTOR = re.compile("|".join(QUALIFIERS[scope].pattern for scope in _SECTORS))


def story_words(doc: FactDoc) -> str:
    """The words of the story's title, when it names the figure's subject, for a figure its metric does
    not tie to a flow of trade (天门服装电商带火一座城:
    its 交易额 and 年均增速 are the garment e-commerce's); nothing for flows of trade or investment, which name
    their own scope."""
    title = normalise(doc.source.title)
    about = any(len(n) >= 2 and normalise(n) in title for n in doc.entity.names())
    if _FLOW.search(doc.fact.metric_zh) or not about:
        return ""           # a flow names its own scope; a title on another subject says nothing of it
    return title


_OWNED = {name: re.compile(f"(?:{pattern.pattern})(?:企业|公司|客商|独资|资企业)", re.I)
          for name, pattern in PARTNER_RE.items()}


@lru_cache(maxsize=4096)
def _origins(text: str) -> frozenset[str]:
    """The countries whose firms a text counts (日本企业), once per text."""
    if not _FIRM_WORD.search(text):
        return frozenset()
    short = frozenset(_SHORT_OWNER[m.group(1)] for m in _SHORT_OWNED.finditer(text))   # 德资企业, 法资企业
    return frozenset(name for name, owned in _OWNED.items() if owned.search(text)) | short


# Firms named by their capital's place in one character (德资企业, 法资企业, 台资企业).
_SHORT_OWNER = {"德": "germany", "法": "france", "英": "uk", "日": "japan", "韩": "korea", "美": "us",
                "台": "taiwan", "港": "hong_kong"}
_SHORT_OWNED = re.compile(f"([{''.join(_SHORT_OWNER)}])资(?:企业|公司)")

_FIRM_WORD = re.compile(r"企业|公司|客商|独资|资企业")


def other_origin(q: Query, doc: FactDoc) -> str:
    """Firms of one country asked (在武汉投资的韩国企业), the fact counting another's (日本企业): another figure."""
    capital = _CAPITAL_FROM.search(doc.fact.metric_zh)
    if capital and re.search(r"外资|外商|foreign (?:direct )?invest|\bfdi\b", q.text) and not re.search(
            _CAPITAL_ASKED[capital.group(1)], q.text):
        return f"capital from {capital.group(0)}, all foreign capital asked"    # 实际使用外资总额: not 台资
    if _FUNDED_ASKED.search(q.text) and _LISTED.search(f"{doc.fact.metric_zh} {doc.fact.metric_en.lower()}") \
            and not _LISTED.search(q.text):
        return "firms listed there, not firms funded from there"    # 港资企业: not 在港上市企业
    asked = _origins(q.text)
    held = _origins(doc.fact.metric_zh) if asked else frozenset()
    return f"firms of {', '.join(sorted(held))}, not {', '.join(sorted(asked))}" \
        if held and asked.isdisjoint(held) else ""


# Firms asked by where their capital is from (港资企业, Hong Kong-funded enterprises), and firms held by where
# they are listed (在港上市企业, Hong Kong-listed firms): neither answers the other.
_FUNDED_ASKED = re.compile(r"[\u4e00-\u9fff]资(?:企业|公司)|外商投资企业|-(?:funded|invested|owned) "
                           r"(?:firms?|enterprises?|compan)")
_LISTED = re.compile(r"上市|\blisted\b")
# Capital from one place (实际使用台资, 港资), and the words that ask for it.
_CAPITAL_FROM = re.compile(f"([{CAPITAL_PLACES}])资")
_CAPITAL_ASKED = {"台": r"台|taiwan", "港": r"港|hong kong", "澳": r"澳|macao|macau", "日": r"日|japan",
                  "韩": r"韩|korea", "美": r"美|united states|america|\bus\b", "欧": r"欧|europe|\beu\b",
                  "德": r"德|german", "法": r"法国|法资|法企|france|french", "英": r"英国|英资|brit|\buk\b"}


def common_tail(a: str, b: str) -> int:
    """How many characters two metric names end alike (集装箱吞吐量 of 汉亚直航集装箱吞吐量 and 集装箱吞吐量: 6)."""
    return len(os.path.commonprefix([a[::-1], b[::-1]]))


def narrowed_by_neighbour(q: Query, doc: FactDoc, neighbours: list[FactDoc]) -> str:
    """The words by which a neighbour names the same measure narrowed as the question asks and this fact does
    not (汉亚直航集装箱吞吐量 for 汉亚直航…集装箱运输量): '' when none does. Words told as background before
    the question (往返开了502列，其中始发的有几列) narrow nothing."""
    said = asking_text(q.text)
    measure = doc.fact.metric_zh
    for other_doc in neighbours:
        other = other_doc.fact.metric_zh
        shared = common_tail(measure, other)    # the same measure: 集装箱吞吐量
        extra = other[:-shared] if shared >= 3 else ""
        if _said_mostly(measure[:-shared], said):
            continue                # this one's own narrowing is asked too (在全国复制推广的, not 省级)
        if 2 <= len(extra) <= 8 and extra in said and extra not in doc.text \
                and not re.search(r"出口|进口|总|占|比|额|量|率|数|增|降", extra) \
                and not ANY_PARTNER.search(extra) and not any(h.alias in extra for h in q.hits):
            return extra            # a route or service, not a measure, a partner or a name
    return ""


def _said_mostly(words: str, text: str) -> bool:
    """Most of the character pairs of `words` (two or more) are in the text."""
    pairs = [words[k:k + 2] for k in range(len(words) - 1)]
    return len(pairs) >= 2 and sum(p in text for p in pairs) * 2 >= len(pairs)


# Words narrowing a measure to a subset of its cases (the most popular shows, the peak day).
_SUBSET = re.compile(r"热门|最热|最受欢迎|高峰|峰值|单日|\bmost popular\b|(?<![a-z])hot(?:test)?(?![a-z])|"
                     r"\bbusiest\b|\bpeak\b|"
                     r"\bbest[- ]selling\b")


def twins(q: Query, doc: FactDoc, other: FactDoc) -> bool:
    """Two measures of one entity told apart by a word the question names for neither (二级医院… and
    三级医院人工智能产品应用比例 for 'hospitals'): when they score alike, which is meant cannot be told."""
    a, b = doc.fact.metric_zh, other.fact.metric_zh
    shared = common_tail(a, b)
    if shared < 4 or not 1 <= len(a) - shared <= 4 or not 1 <= len(b) - shared <= 4 or _SUBSET.search(a + b):
        return False            # 热门场次… and …: the subset is not asked (subset_unasked)
    said = f"{q.text} {' '.join(q.terms)}"
    return a[:-shared] not in said and b[:-shared] not in said


def subset_unasked(q: Query, doc: FactDoc, neighbours: list[FactDoc]) -> str:
    """Why a figure of a subset (热门场次外地观众占比) does not answer a question naming no such subset while a
    neighbour gives the measure over all (演唱会外地观众占比): '' when the question names it or no neighbour does."""
    held = _SUBSET.search(f"{doc.fact.metric_zh} {doc.fact.metric_en.lower()}")
    if not held or _SUBSET.search(f"{q.raw.lower()} {q.text}"):
        return ""
    measure = doc.fact.metric_zh
    for other in neighbours:
        fact = other.fact
        if (other is not doc and fact.entity == doc.fact.entity and fact.period_end == doc.fact.period_end
                and fact.value != doc.fact.value
                and not _SUBSET.search(f"{fact.metric_zh} {fact.metric_en.lower()}")
                and common_tail(measure, fact.metric_zh) >= 3):
            return f"a figure of the {held.group()} ones only"
    return ""
