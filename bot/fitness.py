"""How well a fact's value is of the kind a question asks: a name for which, a date for when, a figure
for how many, money for how much, a share for what share; weights for ranking and readings the checks
share (asks_share, asks_money)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from .answers import FactDoc, Query
from .colloquial import asking_text
from .lexicon import ASK_MONEY, ASK_RANK, COUNTED, GROWTH, MONEY_VALUE, RANK_VALUE, SHARE, VERIFY
from .text import terms
from .units import DURATION_VALUE, kinds_asked
from .wording import fact_is_goal

GOAL_WEIGHT = 0.8       # a goal or plan, when the question asks for none

# A person or a name asked in so many words: a figure or a date never answers it.
NAME_ASKED = re.compile(r"是谁|谁是|由谁|有谁|(?<![\u4e00-\u9fff])谁(?:[？?]|$)|叫什么|叫啥|名字|名称|什么品牌|品牌(?:叫|是)|"
                        r"车次|航班号|编号|"
                        r"\bwho (?:is|was|are|were|heads?|leads?|runs?|founded|chairs?)\b|"
                        r"\bwhat is the name\b|"
                        r"\b(?:brand|full) name\b|\b(?:is|are) called\b|"
                        r"\b(?:train|flight) (?:number|no)\b", re.I)


# What kinds of things asked (哪些地方, 生产啥, what does it make): names, never a figure or a date.
KIND_ASKED = re.compile(r"哪些(?!年|月)|(?:生产|制造|做|卖|造|研发|主营|出口|进口|展示|展出|签约)(?:了|的是)?(?:什么|啥)(?!时候)|"
                        r"(?:什么|啥)(?:产品|方式|领域|行业|业务|品牌|设备|技术|项目|资质|地方|城市|国家|主题)|主题(?:是什么|是啥)|"
                        r"\bwhat (?:does|do|did) [^?]{2,60}\b(?:make|produce|build|show)\b|"
                        r"\bwhat (?:products?|kinds?|types?|sectors?|fields?|industries|ways?|"
                        r"places?)\b", re.I)


MODEL_NAME = re.compile(r"[A-Za-z]")        # 400G, M0: a model's or a grade's name, not a figure
# 2018, 约80, 第三, 三十多场; not 亿元级项目
FIGURE_VALUE = re.compile(r"[约近超逾过达多]{0,2}\d|第[一二三四五六七八九十\d]|"
                          r"[约近超逾过达]{0,2}[一二三四五六七八九十两百千万]+[多余]?[场家个条项列次批座台辆套人名架艘件]")
# A thing or a place singled out (哪个证书, 哪家部门, 位于哪里, where is it located): a bare figure or date
# never names it.
THING_ASKED = re.compile(r"哪(?:个|家|座|所|条|款|项|种|类|些|位)"
                         r"(?!月|年|季度|时候|时间|阶段|更|较|[快多大高低少长](?:[些点？?，,。呢啊的了吗]|$))|"
                         r"(?:位于|坐落于?|设在|在)哪(?!一?(?:天|日|年|月|个月|季度|时))|"
                         r"\bwhere (?:is|are)\b|\blocated\b|"
                         r"\bwhich (?:[a-z-]+ ){0,2}(?:parks?|zones?|airports?|ports?|stations?|"
                         r"hospitals?)\b", re.I)
# The place asked in English (which logistics park): a bare figure whose statement names none is no answer.
_PLACE_ASKED_EN = re.compile(r"\bwhich (?:[a-z-]+ ){0,2}(park|zone|airport|port|station|hospital)s?\b")
BARE_FIGURE = re.compile(r"[约近超逾过达多]{0,2}[\d.,，]+(?:[万亿千百]|多|余)*(?:[年月日号]\d*[月日号]?)*(?:多|余|左右)?|"
                         r"第[一二三四五六七八九十百\d]+[届次位名个批期]?")      # 2023年7月, 1, 第七届
HOW_MANY_TOO = re.compile(r"几|多少|\bhow (?:many|much)\b", re.I)     # 几条线路？通往哪些城市: a count too


# A role asked (CEO是谁, who is the general manager): the fact must name that role.
ROLES = ((re.compile(r"CEO|首席执行官|\bchief executive", re.I), re.compile(r"ceo|首席执行官|chief executive")),
         (re.compile(r"(?<!副)总经理|\bgeneral manager\b|\bGM\b", re.I), re.compile(r"总经理|general manager")),
         (re.compile(r"董事长|\bchair(?:man|woman|person)?\b", re.I), re.compile(r"董事长|chair")),
         (re.compile(r"(?<![副执行])总裁|\bpresident\b", re.I), re.compile(r"总裁|president")),
         (re.compile(r"创始人|\bfounder\b", re.I), re.compile(r"创始人|创办|founder|founded")),
         (re.compile(r"负责人|\bhead\b|\bheads\b", re.I),
          re.compile(r"负责人|经理|董事长|局长|主任|总监|总裁|head|chief|director|manager")))


@lru_cache(maxsize=4096)
def names_asked(text: str, unnamed: str) -> tuple[bool, bool | str, tuple[re.Pattern, ...]]:
    """Read once per question (the checks read many facts): whether a person or a name is asked, whether a
    kind of thing is asked without a count, and what the facts must say of a role asked."""
    name = bool(NAME_ASKED.search(text))
    kind = bool(KIND_ASKED.search(text)) and not HOW_MANY_TOO.search(text)
    roles = tuple(named for asked, named in ROLES if asked.search(unnamed)) if name or "谁" in text else ()
    thing = (bool(THING_ASKED.search(text)) and not HOW_MANY_TOO.search(text) and not ASK_RANK.search(text)
             and not re.search(r"哪[个家].*?[更较]", text))          # 哪个与湖北的进出口额更大 compares
    return name, kind or thing and "thing", roles


def role_unmet(q: Query, doc: FactDoc) -> str:
    """'Who is X's CEO' answered by a fact naming no CEO (a place, a product, the chairman)."""
    roles = names_asked(q.text, q.unnamed)[2]
    held = f"{doc.fact.metric_zh} {doc.fact.metric_en} {doc.said}".lower() if roles else ""
    return "not the role asked" if any(not named.search(held) for named in roles) else ""


def figure_for_name(q: Query, doc: FactDoc) -> bool:
    """A person, a name or a kind of thing asked (总经理是谁, 品牌叫什么, 生产什么产品, 哪些地方) and the fact's
    value a figure or a dated figure (2018年, 约80), not a name; a question asking a count too is not judged."""
    name, kind, _ = names_asked(q.text, q.unnamed)
    if kind == "thing" and not name:    # a thing or place singled out: only a bare figure is no name of one
        noun = re.search(r"哪(?:个|家|座|所|条|款|项|种|类|些|位)([\u4e00-\u9fff]{2})", q.text)
        place = _PLACE_ASKED_EN.search(q.text)
        counts_noun = noun is not None and f"{noun.group(1)}数" in doc.fact.metric_zh      # 辐射城市数: a count
        return (not q.several and bool(BARE_FIGURE.fullmatch(doc.fact.value.strip()))
                and not (noun and noun.group(1) in doc.said and not counts_noun)  # 设在哪个自贸港: it names it
                and not (place and place.group(1) in doc.said.lower()))
    value = doc.fact.value.strip()
    figure = FIGURE_VALUE.match(value) and not MODEL_NAME.search(value) and doc.number_value  # 2025…论坛: name
    return bool((name or kind) and not q.several and (figure or SPAN_ONLY.fullmatch(value)))   # 长达数年: no name


# The one at a place asked (which province ranked first, 哪个省份排全国第一): a fact holding its subject's own
# place answers only when that place is the one asked (Hubei ranked third answers who ranked third).
_ORDINALS = {"一": 1, "1": 1, "first": 1, "1st": 1, "top": 1, "no.1": 1, "no. 1": 1, "number one": 1, "榜首": 1,
             "首位": 1, "二": 2, "2": 2, "second": 2, "2nd": 2, "三": 3, "3": 3, "third": 3, "3rd": 3}
_WHO_PLACED = re.compile(r"\bwhich (?:province|city|county|district|country|region|firm|company|airport|"
                         r"port)s?\b[^?]{0,60}?"
                         r"\b(?:rank(?:ed|s)?|came|was|is|stood|placed|finished)\s+(?:\w+\s+){0,2}?"
                         r"(first|second|third|top|1st|2nd|3rd|no\. ?1|number one)\b|"
                         r"哪(?:个|一个)?(?:省份|省|城市|市|县|区|国家|地区|企业|公司|机场|港口)[^？?，,]{0,24}?"
                         r"(?:排名?|位居|居|位列|名列)(?:全国|中部)?(?:第([一二三1-3])|(榜首|首位))", re.I)
_PLACE_HELD = re.compile(r"第([一二三四五六七八九十\d]+)|(榜首|首位|first|top)|\b(second|third|\d+(?:st|nd|rd|th))\b")


def other_place_ranked(q: Query, doc: FactDoc) -> str:
    """'Which province ranked first': its subject's own place (third) is no answer; the same place is."""
    asked = _WHO_PLACED.search(q.text)
    held = _PLACE_HELD.search(doc.fact.value) if asked and doc.rank_value else None
    if held is None:
        return ""
    want = _ORDINALS.get(next(g for g in asked.groups() if g).lower())
    have = _ORDINALS.get(next(g for g in held.groups() if g).lower())
    return f"its own place, not the one placed {want} asked" if want and have != want else ""


# A kind of firm asked (进了哪类企业的供应链, what kind of companies): only a value naming firms answers it.
# (not what kind of firm the subject itself is: 是一家什么样的企业, what kind of company is it)
_FIRM_KIND_ASKED = re.compile(r"(?<!是)(?<!是一)(?<!是一家)(?<!是家)(?<!是个)(?<!是一个)"
                              r"(?:哪类|哪种|哪一类|什么类型的?|什么样的?|啥样的?)(?:企业|公司|厂商|客户)|"
                              r"\bwhat (?:kind|type|sort)s? of "
                              r"(?:firms?|compan(?:y|ies)|customers?|clients?)\b"
                              r"(?! (?:is|was)\b)")
_FIRM_KIND_HELD = re.compile(r"企业|公司|厂|商|客户|\bfirms?\b|compan|makers?\b|customers?\b|clients?\b")


def not_firms_kind(q: Query, doc: FactDoc) -> str:
    """'Which kind of firm's supply chain did it enter': its equipment is no kind of firm."""
    held = f"{doc.fact.value} {doc.fact.value_en}"
    asked = _FIRM_KIND_ASKED.search(q.text)
    return "not a kind of firm" if asked and not _FIRM_KIND_HELD.search(held) else ""


# Who said it asked (是谁说的, who argued): only a fact naming a person in a role answers.
_SAID_BY_ASKED = re.compile(r"谁说的|谁讲的|谁介绍的|谁提出的|\bwho (?:said|says|told|stated|argued|noted)\b")
_PERSON_HELD = re.compile(r"书记|局长|处长|主任|经理|总监|总裁|董事长|负责人|专家|研究员|教授|院长|市长|省长|区长|发言人|"
                          r"secretary|director|manager|\bhead\b|chair|president|expert|researcher|professor|"
                          r"\bceo\b|mayor|governor|spokes", re.I)


def not_a_person(q: Query, doc: FactDoc) -> str:
    """'Who said the belt's output would reach 20 billion': the belt's scale is no person."""
    held = f"{doc.fact.metric_zh} {doc.fact.metric_en}"
    return "not a person" if _SAID_BY_ASKED.search(q.text) and not _PERSON_HELD.search(held) else ""


# A value that is only a length of time (长达数年, 近两个月, 3年多).
SPAN_ONLY = re.compile(r"(?:长达|近|约|超过|不到)?(?:数|几|多|\d+|[一二三四五六七八九十两半]+)个?(?:年|月|天|周|小时|分钟)"
                       r"(?:多|之久|以上|左右)?")


def kind_fit(q: Query, doc: FactDoc) -> float:
    """Prefer names for 'which/what/where' questions, dates for 'when', figures for 'how many',
    and facts about the thing asked for ('哪些客户' -> customers)."""
    fit = (1.3 if q.focus in doc.terms else 0.85) if q.focus else 1.0
    if not q.asked.target and fact_is_goal(doc.fact):
        fit *= GOAL_WEIGHT                      # a goal set is a weaker answer to what was achieved
    if q.wants_list and ("、" in doc.fact.value or "和" in doc.fact.value):
        fit *= 1.3                              # 哪两种钻头: 金刚石钻头、牙轮钻头
    kinds = kinds_asked(q.text, q.unnamed)
    if kinds.duration and not kinds.length:     # a length asked is no time
        # 多久: 4个月 (said even if the value is 北交所), not 去年8月
        fit *= 1.4 if DURATION_VALUE.search(doc.fact.value + " " + doc.said) else 0.7
    if q.asks in ("quantity", "") and asks_money(q):     # 投资了多少: 10亿美元, not 177家
        fit *= 1.0 if MONEY_VALUE.search(doc.fact.unit + doc.fact.value + doc.fact.value_en) else 0.6
    return fit * _asked_kind_fit(q, doc)


PART_OR_SHARE = re.compile(r"how much of|多少(?:是)?(?:来自|出自)|多少是")


# A share in so many words (not 'by what percentage', which asks a rate as often).
SHARE_SAID = re.compile(r"占比|比重|份额|多大比例|比例(?:是|为)?(?:多少|几)|占.{0,12}(?:多少|几|比例)|\bshare\b|"
                        r"\bproportion\b")


def asks_share(q: Query, strict: bool = False) -> bool:
    """The question asks a share (占比, 比重, 占...多少, what share / percentage of), not a growth; 'how
    much of X was Y' and 多少来自 ask the part, as an amount or a share, and are no share alone. Strict:
    it says share in so many words."""
    said = not strict or bool(SHARE_SAID.search(q.unnamed))
    return _share_asked(q.unnamed) and not q.asked.growth and said


@lru_cache(maxsize=4096)
def _share_asked(unnamed: str) -> bool:
    """asks_share's reading of the words, once per question (ranking asks per candidate)."""
    return bool(SHARE.search(PART_OR_SHARE.sub(" ", unnamed)))


def is_money(doc: FactDoc) -> bool:
    """The fact's figure is an amount of money (亿元, billion dollars), not a share of one."""
    said = f"{doc.fact.metric_zh} {doc.fact.metric_en.lower()}"
    return (bool(re.search(r"元|美元", doc.fact.unit)) and not SHARE.search(said)
            and not re.search(r"占|比重|比例|份额|share|proportion|percent", said))


def is_growth(doc: FactDoc) -> bool:
    """The fact's figure is a rate of growth (增速, growth in), not a share (占比, share of)."""
    said = f"{doc.fact.metric_zh} {doc.fact.metric_en.lower()}"
    return (bool(re.search(r"增速|增幅|增长率?$|涨幅|\bgrowth\b|\bgrew\b", said))
            and not SHARE.search(said) and not re.search(r"占|比重|比例|份额", said))


def asks_money(q: Query) -> bool:
    """The question asks an amount of money (出口额, 投资了多少, how much revenue), not its growth or share."""
    return _money_asked(q.unnamed)


@lru_cache(maxsize=4096)
def _money_asked(unnamed: str) -> bool:
    """asks_money's reading of the words, once per question (ranking asks per candidate)."""
    return bool(ASK_MONEY.search(unnamed) and not GROWTH.search(unnamed) and not SHARE.search(unnamed)
                and not COUNTED.search(unnamed))     # 进出口额超亿元企业有多少家 counts firms


def _asked_kind_fit(q: Query, doc: FactDoc) -> float:
    """How well the fact's value is of the kind asked (a date, a ranking, a figure, a name)."""
    if q.asks == "date":
        return 1.2 if doc.date_value else 1.0
    if q.asks == "rank":
        return 1.3 if doc.rank_value else 0.8
    if q.asks == "quantity" and not doc.number_value:
        return 0.6
    if q.asks == "which" and doc.numeric_value:
        return 0.55
    if q.asks == "which" and RANK_VALUE.match(doc.fact.value) and not ASK_RANK.search(q.text):
        return 0.8
    return 1.0


_ASKED_CACHE: dict[int, tuple[Query, frozenset[str]]] = {}


def covers_asked(q: Query, doc: FactDoc, known: Mapping[str, float],
                 skip: frozenset[str] = frozenset()) -> bool:
    """The fact holds a word the question asks beyond the names it matched, of the words the base knows
    (`known`: its terms' weights). A fact about the entity asked that shares none of them answers
    something else about it (哪些国家 answered by its CEO's name); words no fact uses (a paraphrase, 投钱)
    are no evidence either way. `skip`: words that name no measure (排第几, rank), left out of the asked ones."""
    cached = _ASKED_CACHE.get(id(q))
    if cached is None or cached[0] is not q:
        names = set(terms(" ".join(h.alias for h in q.hits)))
        cached = (q, frozenset(t for t in q.terms if t not in names and t in known))
        if len(_ASKED_CACHE) > 256:
            _ASKED_CACHE.clear()
        _ASKED_CACHE[id(q)] = cached
    asked = cached[1] - skip if skip else cached[1]
    return not asked or any(t in doc.terms for t in asked)


# A threshold the question sets on what it counts (投资总额1000万美元以上的企业, firms above US$10 million): the
# fact must be about things over that line, so it must state the same number.
THRESHOLD = re.compile(r"(\d+(?:\.\d+)?)\s*(?:万|亿|千)?\s*(?:美元|元|人民币|吨|平方米)?\s*(?:及|或)?(?:以上|以下|以内)|"
                       r"\b(?:above|over|more than|at least|below|under|exceeding)\s*(?:us\$|\$|rmb|usd)?\s*"
                       r"(\d+(?:\.\d+)?)\s*(?:million|billion|thousand|万|亿)?\s*"
                       r"(?:us dollars|dollars|yuan|usd)?|"
                       r"\b(\d+(?:\.\d+)?)\s*(?:m|bn|million|billion|thousand)?[- ]?"
                       r"(?:us dollars|dollars|yuan|usd)?"
                       r"(?:\s*or (?:more|above|over)|\s*and (?:above|over)|-plus\b|\+)",
                       re.I)


@lru_cache(maxsize=4096)
def _thresholds(text: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The lines a question draws, read once per question (the checks run per candidate); a figure told as
    background (So Wuhan staged 50+ concerts — what was the attendance rate) draws none."""
    text = asking_text(text)
    numbers = (m.group(1) or m.group(2) or m.group(3) for m in THRESHOLD.finditer(text))
    return tuple((n, re.compile(rf"(?<![\d.]){re.escape(n)}(?![\d.])")) for n in numbers)


# A count of the things of one size only (10亿元以上项目, 过亿元项目, projects of 1 billion yuan or more), and the
# words by which a question draws any such line.
_BRACKET_HELD = re.compile(r"元(?:以上|以下)|过亿元?|过\d+(?:\.\d+)?(?:万|亿)|\d—\d+(?:\.\d+)?(?:万|亿)?元|"
                           r"\bor (?:more|less)\b|\bof over \d|\bover \d+ (?:million|billion)")
_BRACKET_ASKED = re.compile(r"以上|以下|超过|超|过|不少于|不低于|\d+(?:\.\d+)?(?:万|亿)|亿元|大项目|重大|单体|"
                            r"\b(?:more than|over|above|at least|or more|under|below|million|billion|large|"
                            r"major)\b|"
                            r"\d\s*(?:bn|m)\b|\d\+")


def unasked_bracket(q: Query, doc: FactDoc) -> str:
    """Why a count of things of one size (签约项目中10亿元以上项目数) does not answer a count of all of them."""
    held = f"{doc.fact.metric_zh} {doc.fact.metric_en}"
    if doc.fact.unit in ("个", "家", "项") and _BRACKET_HELD.search(held) and not _BRACKET_ASKED.search(q.text):
        return "a count of one size of them only"
    return ""


def unmet_threshold(q: Query, doc: FactDoc) -> str:
    """Why the fact is not about things over the line the question draws ('' when it is, or none is drawn)."""
    for number, stated in _thresholds(q.text):
        if VERIFY.search(q.text) and doc.figure and float(doc.figure) >= float(number):
            continue                # is it true that it runs more than 100 routes? 111: the claim checked
        if not stated.search(doc.text):
            return f"not the things over {number}"
    return ""
