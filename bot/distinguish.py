"""A question's distinguishing words (issue 8, class W): words that tell a figure from its neighbours
of the same subject and period (outbound vs return trains, transit cargo vs all cargo, a record day vs
the half-year's total, how many months in a row vs the period's amount, a gap to the national rate vs
the rate itself, how many zones vs how many kinds of reform, when a service started vs how many it
ran). When the question says such a word and the chosen fact does not, the fact is a neighbour: it is
declined with choices rather than given as the answer. Pure functions over a question and a fact."""
from __future__ import annotations

import datetime as _dt
import logging
import re
from functools import lru_cache

from knowledge import Entity

from .answers import FactDoc, Query
from .asides import blank, names_only_blanked, source_spans
from .neighbour_words import WORDS, Word
from .lexicon import ANY_PARTNER, ASK_DATE, ASK_FIRM, GROWTH, PARTNER_RE, VERIFY
from .periods import asking_clause
from .text import normalise
from .wording import without_negated

log = logging.getLogger(__name__)


# A count asked of a kind of thing named after its counter (几个片区, 多少个口岸, 几大类): the fact counts it.
_COUNTED_NOUN = (r"片区|口岸|国家|城市|地区|省份|市州|园区|港口|机场|站点|领域|行业|产业|平台|中心|基地|通道|线路|"
                 r"品类|门类|板块|类|案例|成果|举措")
# 几个片区 and 片区有几个 / 案例共有多少个: the thing counted, before or after the question word.
_COUNT_ASKED = re.compile(rf"(?<!哪)(?:几|多少)(?:个|大|座|种)(?:停靠|停留|经停|合作|重点)?({_COUNTED_NOUN})|"
                          rf"({_COUNTED_NOUN})(?:累计|一共|总共|共)?(?:有|是)?(?:几|多少)(?:个|项|座|种)"
                          r"(?=[?？呢吗啊,，。\s]|$)|"
                          r"(?<!哪)(?:几|多少)大([\u4e00-\u9fff]{2,6}?)(?=[?？呢吗啊,，。\s]|$)")   # 几大功能区块: any
_NOT_A_COUNT = re.compile(r"平方|公里|元|吨|%|％|标箱|百分点")
# When a service started (哪一年开行, 哪天开通, when was it launched): its date, not what it ran since.
_START = re.compile(r"开行|开通|首发|启动|开始|开启|开航|开工|成立|设立|创办|启用|落地|投运|投产|签约|发车|"
                    r"\blaunch|\bstart|\bopen|\binaugur|\bestablish|\bset up\b|\bbegin|\bbegan\b|\bfirst\b")
_START_HELD = re.compile(r"日期|时间|时点|首|始于|开始|起始|date|first|launch|start|inaugur|maiden")
_FIRST_ASKED = re.compile(r"首[趟条列班批个家次单架航]|"
                          r"\bfirst (?:[a-z-]+ ){0,3}"
                          r"(?:trains?|routes?|flights?|batch|services?|shipments?|lines?)\b")
_FIRST_HELD = re.compile(r"首|第一|first|inaugural|maiden")
# The province holds every city's figure: naming it narrows nothing.
_WHOLE = frozenset({"hubei", "wuhan", "china"})
# A part named of a zone (襄阳片区, the Wuhan area of the FTZ) is that part's figure, not the zone's.
_PART = re.compile(r"([\u4e00-\u9fff]{2})片区")
_NOT_PART = re.compile(r"^(?:几个|多少|哪些|哪个|各个|三个|个|各|每个|三大|大)$")


# A total asked (一共有几家, how many in total) is not answered by how many are new (新获批2家).
_TOTAL_ASKED = re.compile(r"一共|总共|共有|合计|总计|\bin total\b|\baltogether\b|\ball told\b")
# 光谷有几家, 目前有多少: how many there are, when no period or first time is asked, is a total too.
_STOCK_ASKED = re.compile(r"(?:现在|目前|如今|现有|已有|有)(?:多少|几)")
_NOT_STOCK = re.compile(r"首次|首批|第一次|\bfirst\b")
_NEW_ASKED = re.compile(r"新(?:增|开|设|推出|获批|引进|落户|签|批)|\bnew(?:ly)?\b")
_NEW_HELD = re.compile(r"新(?:增|开|设|推出|获批|引进|落户|批)|\bnew(?:ly)? (?:approved|added|opened|set up|launched)\b")


def _own(doc: FactDoc) -> str:
    """The fact's own naming: its metric (both languages), value and unit, normalised."""
    fact = doc.fact
    return normalise(f"{fact.metric_zh} {fact.metric_en} {fact.value} {fact.value_en} {fact.unit} "
                     f"{fact.change_zh} {fact.change_en} {fact.period_zh} {fact.period_en}")


# The present asked (现在, 目前, now) and a measure named as what it was before (此前有进出口实绩的企业数).
_NOW_ASKED = re.compile(r"现在|目前|如今|现有|\bnow\b|\bcurrently\b|\btoday\b")
_EARLIER_HELD = re.compile(r"^(?:此前|之前|原来|原先|以前|过去)")


def unmet_word(q: Query, doc: FactDoc) -> str:
    """Why the fact is a neighbour of the figure asked: a distinguishing word of the question it does
    not hold ('' when it holds them all or the question says none)."""
    text, words, total = _asked(q.raw, q.text, q.period.explicit)
    own = _own(doc)
    for word in words:
        held = doc.text if word.text_too else f"{own} {doc.said}" if word.said_too else own
        if not word.held.search(held):
            return f"not the {word.name} figure asked"
    if _NOW_ASKED.search(text) and _EARLIER_HELD.search(doc.fact.metric_zh):
        return "an earlier figure, the present one asked"   # 现在有多少家: 549, not the 323 before
    if total and _NEW_HELD.search(f"{own} {doc.said}"):
        return "the new ones, not the total asked"      # 一共有几家: not the 2 newly approved of the 3
    return (_unmet_count(q, doc, own) or _unmet_start(q, doc, text, own) or _unmet_part(q, doc)
            or _other_phase(text, f"{own} {doc.text}"))


# A phase of a port or a project (白洋港二期, phase two): a figure of another phase named does not answer it (one
# naming no phase may be the phase's, reported as the port's).
_PHASE_WORDS = ((1, "一期|首期", "(?:one|1|i)", "first"), (2, "二期", "(?:two|2|ii)", "second"),
                (3, "三期", "(?:three|3|iii)", "third"), (4, "四期", "(?:four|4|iv)", "fourth"))
_PHASES = tuple((n, re.compile(rf"{zh}|\bphase {en}\b|\b{nth} phase\b")) for n, zh, en, nth in _PHASE_WORDS)


def _other_phase(asked: str, held: str) -> str:
    """'not the phase N figure asked' when the fact names only other phases than the question's, else ''."""
    wanted = _phases(asked)
    if not wanted:
        return ""
    named = _phases(held)
    if not named and _PLANNED.search(held):
        return f"the whole plan's figure, not phase {min(wanted)}'s"    # 一期泊位: 4, not the 21 planned
    return f"not the phase {min(wanted)} figure asked" if named and not wanted & named else ""


_PLANNED = re.compile(r"规划|\bplanned\b")


@lru_cache(maxsize=4096)
def _phases(text: str) -> frozenset[int]:
    """The phases a text names (一期, phase two), once per text."""
    return frozenset(n for n, words in _PHASES if words.search(text))


@lru_cache(maxsize=4096)
def _asked(raw: str, text: str, explicit: bool) -> tuple[str, tuple[Word, ...], bool]:
    """unmet_word's reading of the question, once per question (the checks read many facts): its words
    without what it negates (不算回程: the return trains are not asked), the distinguishing words it says,
    and whether it asks a total rather than the new ones (一共有几家, 目前有多少)."""
    said = without_negated(normalise(f"{raw} {text}"))
    words = tuple(word for word in WORDS if word.asked.search(said))
    total = bool(_TOTAL_ASKED.search(said) or (_STOCK_ASKED.search(said) and not explicit
                                               and not _NOT_STOCK.search(said)))
    return said, words, total and not _NEW_ASKED.search(said)


def unmet_place(q: Query, doc: FactDoc, entities: dict[str, Entity], names: dict[str, list[str]]) -> str:
    """A city the question names (宜昌 supplying the trains' cargo) that the fact is not about and does
    not say: the fact is the whole's figure, not the city's share of it. Not a place the question gives
    only as its source's subject (据…关于新洲的报道), nor where the firm asked about is (某服饰在新洲的项目)."""
    free = blank(q.text, source_spans(q.text))
    aside = names_only_blanked(q.text, free, q.hits) if free != q.text else set()
    placed = doc.entity.type in ("firm", "hub", "zone")      # 秭归茅坪港: where the port is, as for a firm
    firm = [h.alias for h in q.hits if h.entity == doc.fact.entity] if placed else []
    for hit in q.hits:
        entity = entities.get(hit.entity)
        if hit.entity == doc.fact.entity or not entity or entity.type != "region" or hit.entity in _WHOLE:
            continue
        if hit.alias in aside or located(q.text, firm, hit.alias):
            continue
        if any(hit.alias + name in q.text for name in names.get(doc.fact.entity, ()) if len(name) >= 2):
            continue                    # 随州广水市: where the county-level city is, not a second subject
        if not any(name in doc.text for name in names.get(hit.entity, [hit.alias]) if len(name) >= 2):
            return f"not about {hit.alias}"
    return ""


# A place named as where the firm is: 某服饰在新洲的, 新洲的某服饰, 新洲区某服饰, X (short name) from
# Xinzhou, Xinzhou's X.
_SITE_WORD = r"(?:\s*(?:area|zone|district|park))?"     # the Xiaohe port area in Xiangyang
_AT = r"\s*(?:\([^()]{1,30}\)\s*)?(?:在|位于|落户于?|地处|from|in|at|based in)\s*"


def located(text: str, firms: list[str], place: str) -> bool:
    """The question names the place right next to one of the firm's names, as where the firm is."""
    return any(_located(place, f).search(text) for f in firms if f)


@lru_cache(maxsize=8192)
def _located(place: str, firm: str) -> re.Pattern[str]:
    """located's pattern for one place and one name, compiled once (the checks ask per candidate)."""
    place, firm = re.escape(place), re.escape(firm)
    return re.compile(rf"{place}(?:区|县|市)?(?:的|'s)?\s*{firm}|{firm}{_SITE_WORD}{_AT}{place}|"
                      # the Shanghai medical-imaging group United Imaging, 上海的医疗影像集团联影
                      rf"{place}(?:-based)?\s+(?:[a-z-]+\s+){{0,3}}{_FIRM_NOUN}\s+{firm}|"
                      rf"{place}的?[\u4e00-\u9fff]{{0,8}}?(?:集团|公司|企业|厂商|巨头){firm}")


_FIRM_NOUN = r"(?:group|company|firm|maker|manufacturer|giant|enterprise|developer|producer)"


# A count's unit that is its noun written short: 60国 counts 国家.
UNIT_NOUNS = {"国": ("国家", "国家和地区"), "市": ("城市",), "校": ("学校", "高校"), "企": ("企业",)}


def _unmet_count(q: Query, doc: FactDoc, own: str) -> str:
    """几个片区 answered by 6大类: the thing counted is not the thing the question counts."""
    for m in _COUNT_ASKED.finditer(without_negated(q.text)):
        noun = m.group(1) or m.group(2) or m.group(3)[-2:]     # 几大功能区块: its head, 区块
        if q.several:
            continue
        held = f"{own} {doc.said}"
        if _NOT_A_COUNT.search(f"{doc.fact.unit} {doc.fact.value}"):
            return f"not a count of {noun}"     # 几个片区: not one zone's 70平方公里
        unit = doc.fact.unit.removeprefix("个")
        if noun not in held and not (len(noun) == 2 and noun[1] in "数类" and noun[0] in held) and not (
                len(unit) == 1 and noun in UNIT_NOUNS.get(unit, ())):      # 60国: a count of 国家
            return f"counts something else than {noun}"
    return ""


def _unmet_start(q: Query, doc: FactDoc, text: str, own: str) -> str:
    """哪一年开行 answered by a year's count of trains: the date it started is asked."""
    if not ASK_DATE.search(text) or not _START.search(text):
        return ""
    own = normalise(f"{doc.fact.metric_zh} {doc.fact.metric_en} {doc.fact.value} {doc.fact.value_en}")
    if _FIRST_ASKED.search(text) and not _FIRST_HELD.search(own):
        return "not the first one's date"
    if not doc.date_value and not _short(doc) and not _START_HELD.search(own):
        return "not when it started"
    return ""


def _short(doc: FactDoc) -> bool:
    """The fact's period is a day or a month: the question's when is its period."""
    try:
        start = _dt.date.fromisoformat(doc.fact.period_start or "")
        end = _dt.date.fromisoformat(doc.fact.period_end or "")
    except ValueError:
        return False
    return (end - start).days <= 31


def _unmet_part(q: Query, doc: FactDoc) -> str:
    """襄阳片区's area answered by the whole zone's: the part named must be the fact's. A fact of a part
    of a whole its metric names (签约项目中协议项目数) answers only a question naming the part (协议, agreement)."""
    for m in _PART.finditer(q.text):
        inside = any(h.alias and h.alias in q.text[m.end():] for h in q.hits)    # 武汉片区包含的东湖综保区
        if not _NOT_PART.match(m.group(1)) and not inside and m.group(1) not in doc.text:
            return f"not the {m.group(1)} part's figure"
    part = _PART_OF.match(doc.fact.metric_zh)
    own = part.group(2).split(part.group(1)[-2:])[0] if part and part.group(1)[-2:] in part.group(2) else ""
    if len(own) < 2 or own in q.text:
        return ""
    en = _PART_OF_EN.match(doc.fact.metric_en.lower())
    words = set(re.findall(r"[a-z]{3,}", en.group(1))) - set(re.findall(r"[a-z]{3,}", en.group(2))) \
        if en else set()
    if any(re.search(rf"\b{w[:5]}", q.text) for w in words - _PART_MEASURES):
        return ""
    return f"a part ({own}), not the whole"      # 签约项目一共多少个: 433, not the 143 agreement projects


# A whole and its part in a metric's name (签约项目中协议项目数; agreement projects among the projects signed).
_PART_OF = re.compile(r"^([\u4e00-\u9fff]{2,10}?)中([\u4e00-\u9fff]{2,12})$")
_PART_OF_EN = re.compile(r"^(.+?) among (.+)$")
_PART_MEASURES = frozenset({"number", "investment", "total", "value", "amount", "count"})


# A name of a kind asked (哪个城市, 什么产品): a place given for a product, a country for a city, is not it.
_ASK_CITY = re.compile(r"哪(?:个|座|些)?城市|什么城市|\b(?:which|what) (?:city|cities)\b")
_ASK_PRODUCT = re.compile(r"(?:什么|哪些|哪种|哪类|哪款|啥)\s*(?:产品|设备|商品|货物|东西|products?|goods|equipment)|"
                          r"\b(?:which|what) (?:kind of |type of )?(?:products?|equipment|goods|devices?)\b")
_PARTS = re.compile(r"[、，,；;和及与]|\band\b")
_ASK_PLACE = re.compile(r"哪(?:个|座|些)?(?:城市|国家|地区|地方)|哪国|在哪(?:里|儿)?举办|举办地|什么地方|"
                        r"\b(?:which|what) (?:city|cities|country|countries|places?)\b|"
                        r"\bwhere (?:is|was|were) .{0,40}held\b")
_ASK_BRAND = re.compile(r"(?:什么|啥|哪个)牌子|(?:牌子|品牌|商标)(?:的)?(?:名字|名称)?(?:叫|是)(?:什么|啥)|"
                        r"\bbrand name\b|\bunder (?:what|which) (?:brand|label)|"
                        r"\b(?:what|which) brand (?:does|do|did|is|are|was)\b")
_BRAND_MEASURE = re.compile(r"(?:品牌|牌子|商标)(?:名称)?\s|\bbrand(?: name)?$")
_ASK_COUNTRY = re.compile(r"哪(?:些|个|几个)?国家|哪国|什么国家|\b(?:which|what) (?:[a-z-]+ )?countr(?:y|ies)\b")
# Industries and fields (汽车制造, 新能源, 低空经济, 光电子信息, 生物医药): no place's name.
_INDUSTRY = re.compile(r"(?:制造|能源|经济|信息|医药|产业|产品|技术|设备|服务|领域|行业|材料|装备|电子)$")
_REGION_WORD = re.compile(r"(?:国|洲|地区|中东|东盟)$|^(?:some|a) (?:country|countries)\b")


def asks_product(text: str) -> bool:
    """The question asks what product or equipment (什么设备, which products): a thing's name answers it."""
    return bool(_ASK_PRODUCT.search(text))


def _other_partner(statement: str, asked: str) -> bool:
    """The statement names a country or market the question does not (欧洲 in the centre's name is no answer
    to 依托哪个国家的科技园)."""
    if not ANY_PARTNER.search(statement):
        return False
    return any(p.search(statement) and not p.search(asked) for p in PARTNER_RE.values())


def _is_country(part: str) -> bool:
    return bool(part) and (any(p.fullmatch(part) or p.search(part) and len(part) <= 6
                               for p in PARTNER_RE.values()) or bool(_REGION_WORD.search(part)))


def wrong_name_kind(q: Query, doc: FactDoc) -> str:
    """哪个城市 answered by 澳大利亚, 卖的是什么产品 by 欧洲某国: the name given is a country or region, not
    the city, product or firm asked; a place asked (哪个城市, 哪些国家, where was it held) answered by industries;
    a brand asked (牌子叫啥) answered by what the firm makes."""
    if _ASK_BRAND.search(q.text) and not _BRAND_MEASURE.search(f"{doc.fact.metric_zh} {doc.fact.metric_en}"):
        return "not the brand asked"
    city, product = _ASK_CITY.search(q.text), _ASK_PRODUCT.search(q.text)
    firm = ASK_FIRM.search(q.text) and not _ASK_PLACE.search(q.text)
    if doc.numeric_value or not (city or product or firm or _ASK_PLACE.search(q.text)):
        return ""
    parts = [p.strip() for p in _PARTS.split(normalise(doc.fact.value)) if p.strip()]
    if product and _TIME_SPAN.search(doc.fact.value):
        return "a length of time, not the product asked"    # 卖给日本客户的是什么产品: not 长达数年
    if not product and parts and all(_INDUSTRY.search(p) for p in parts):
        return "industries, not the place asked"      # 在哪个城市举办: not 汽车制造、新能源
    if (_ASK_COUNTRY.search(q.text) and parts
            and not any(_is_country(p) and (_other_partner(p, q.text) or _REGION_WORD.search(p))
                        for p in parts)
            and not _other_partner(doc.fact.statement_zh, q.text)):    # 马恩, the host from 南非, answers
        return "no country, not the countries asked"  # 进入了哪些国家: not its CEO's name
    if not (city or product or firm):
        return ""
    if city or product:
        if parts and all(_is_country(p) for p in parts):
            return "a country or region, not the city asked" if city else "a place, not the product asked"
    elif parts and all(any(p.fullmatch(part) for p in PARTNER_RE.values()) for part in parts):
        return "a country or region, not the firm asked"        # which Japanese manufacturer: not 日本
    return ""


_TIME_SPAN = re.compile(r"(?:长达|历时|耗时)|^(?:近|约|逾)?(?:数|多|几|十几|数十|\d+)(?:个)?(?:年|月|天|周)$")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def restates_given(q: Query, doc: FactDoc) -> str:
    """'Revenue grew 24.29% in Q1-Q3; what was the Q3 growth?': the fact whose answer is the figure the
    question itself states is what the asker knows, not what is asked."""
    if not q.numbers or VERIFY.search(q.text) or q.several or q.asks in ("date", "rank", "which"):
        return ""           # when / which: the figure stated names the thing, the answer is another word
    clause, before = asking_clause(q.text)
    stated = set(_FIGURE.findall(before))               # figures a clause before the asking one states
    growth = q.asked.growth or bool(GROWTH.search(clause))
    figures = set(_FIGURE.findall((doc.fact.change_zh if growth else doc.fact.value) or ""))
    english = (doc.fact.change_en if growth else doc.fact.value_en) if q.lang == "en" else ""
    said_en = set(_FIGURE.findall(english or ""))        # 1个亿 said as 100 million yuan
    if figures and figures <= stated or said_en and said_en <= stated:
        return "restates the figure the question gives"
    return ""


# 除了绿色金融，另一个方向是什么 / besides green finance, what else: the one set aside is not the answer.
_ASIDE = re.compile(r"(?:除了|除去|除开|\bapart from|\bbesides|\bexcept(?: for)?|\bother than)\s*"
                    r"([^,，。?？;；]{2,30}?)(?:以外|之外|(?=[,，。?？;；]|$))")
_LIST = re.compile(r"[、,，;；]|和|\band\b")


# The whole a share is of (占湖北省总量的, 占长江中上游港口总量的比重), and the names one whole goes by.
_SHARE_OF = re.compile(r"占(?![有比])([\u4e00-\u9fff]{2,16}?)(?:的|总量|总额|总值|比重|比例|份额|多少|几成|$)")
_PLACE_WHOLE = re.compile(r"省|市|国|湖北|武汉|长江|中部|港口")     # wholes that are places (not 占外贸总值)
_WHOLE_NAMES = (("湖北", ("全省", "我省", "湖北省", "湖北")), ("武汉", ("全市", "武汉市", "武汉")),
                ("全国", ("全国", "我国", "中国")))


def _whole(words: str) -> str:
    for name, said in _WHOLE_NAMES:
        for word in said:
            words = words.replace(word, name)
    return words


def other_whole(q: Query, doc: FactDoc) -> str:
    """A share of one whole asked (占长江中上游港口总量的比重), the fact's of another (占湖北省总量): another figure."""
    asked, held = _SHARE_OF.search(q.text), _SHARE_OF.search(doc.fact.metric_zh)
    if not asked or not held or doc.fact.unit != "%":
        return ""
    a, h = _whole(asked.group(1)), _whole(held.group(1))
    if not (_PLACE_WHOLE.search(asked.group(1)) and _PLACE_WHOLE.search(held.group(1))):
        return ""
    if a in h or h in a or {a[i:i + 2] for i in range(len(a) - 1)} & {h[i:i + 2] for i in range(len(h) - 1)}:
        return ""
    return f"a share of {held.group(1)}, not of {asked.group(1)}"


def set_aside(q: Query, doc: FactDoc) -> str:
    """The fact's value is the one thing the question sets aside (除了X, apart from X): not its answer.
    A list holding it and others still answers ('apart from Algeria': the other markets are there)."""
    if _LIST.search(normalise(doc.fact.value)):
        return ""
    value = f"{normalise(doc.fact.value)} | {normalise(doc.fact.value_en)}"
    for m in _ASIDE.finditer(q.text):
        aside = m.group(1).strip()
        if len(aside) >= 2 and aside in value:
            return f"what the question sets aside ({aside})"
    return ""
