"""Whether a fact answers a question: confidence, period, kind of figure, subject (region, firm,
partner, place), kind of answer (amount, share, ranking, name, count). FactChecks checks over an
index (bot/index.py's Index, or anything with the two tables of CheckIndex); kind_fit() needs none."""
from __future__ import annotations

import logging
import re
from typing import Protocol

from knowledge import Entity

from .answers import FactDoc, Query
from .asides import aside_spans, blank, names_only_blanked
from .clash import metric_clash
from .colloquial import asking_text
from .lexicon import (COUNT_OF_THINGS, ASK_YEAR, MONEY_VALUE, QUALIFIER_SCOPE, OTHER_LEG, PARTNER_RE,
                      REGION_TYPES, OPPOSITE, PLACES_MOVED, ROUND_TRIP, TOTAL)
from .units import (AMOUNT_ASKED, AREA_VALUE, ASK_DESTINATION, BALANCE, CHANGE_WORDS, CLOCK_ASKED, CLOCK_HELD,
                    DESTINATION_HELD, DISTANCE_VALUE, DURATION_VALUE, LENGTH_VALUE, MARGIN_ASKED, MARGIN_HELD,
                    POINTS_ASKED, SPAN_SAID, kinds_asked, other_rank_scope, rate_unmet, span_scales)
from .matching import HOMOPHONE
from .parts import another_kind, member_for_group, part_for_whole, trade_flow
from .periods import period_held, reported_as_span_ends
from .figure_kinds import other_kind
from .abroad import home_for_abroad, unmet_abroad
from .counted import not_firms, wrong_count
from .distinguish import (asks_product, located, other_whole, restates_given, set_aside, unmet_place,
                          unmet_word, wrong_name_kind)
from .fitness import (asks_money, asks_share, covers_asked, figure_for_name, is_growth, is_money,
                      not_a_person, not_firms_kind, other_place_ranked, role_unmet, unasked_bracket,
                      unmet_threshold)
from .qualifiers import (level_for_change, one_market_for_abroad, one_scope_for_both, other_origin,
                         story_words, unasked_cargo_scope, unasked_group, unasked_qualifier, unasked_sector)
from .text import normalise
from .when_asked import dated, milestone_missing, other_ordinal, span_of_years_for_less
from .wording import forecast_for_outcome, goal_for_past, neighbour_mismatch, outcome_for_forecast

log = logging.getLogger(__name__)

# Confidence, 0-100, is the share of the question's weighted terms that the chosen fact covers,
# raised when the question names the fact's entity. Thresholds below are on that scale.
FOUND_NAMED = 30        # the question names the fact's entity
FOUND_REGION = 45       # the fact is about a region the question does not name
FOUND_UNNAMED = 62      # the fact is about a firm or hub the question does not name
BROADER = "broader figure: "   # the reason given when only a broader figure fits
# The words of asking a place (排第几, 位居, rank): no measure, so no sign that a ranking is of the one asked.
RANK_TERMS = frozenset({"排名", "位居", "第", "第几", "国排", "省排", "排第", "名次", "rank", "ranking", "ranks", "place",
                        "全国", "全省", "中部", "ranked", "national", "nationally", "nationwide", "position",
                        "standing", "provinces", "provincial", "china", "central"})
THIN_COVER = 70         # under this, a named entity's fact must hold a word the question asks (covers_asked)
LATIN_NAMED = 83        # a misspelt name of two words or more this close names its firm (FUZZY_MIN - 5)


# A count asked in so many words (生产线 数量, 企业个数): never an amount of money.

_PART_OF_WHOLE = re.compile(r"(?<![独])占(?!地|用|据)[^，,。?？]{1,20}?的?(?:多少|几成|几分之几|比例|比重|份额)|"
                            r"\bwhat (?:share|proportion|fraction|percentage) of\b")
# Units of a flow over time (tonnes, boxes, passengers, trains): one day's figure is no span's total.
_FLOW_UNIT = re.compile(r"万?(?:吨|标箱|人次|票|列|架次)")
# Units of a measure of size or count (公里, 吨, 家): never a share.
_MEASURED = re.compile(r"万?(?:公里|千米|米|吨|标箱|平方公里|平方米|亩|家|个|条|列|架次|人次|人|艘|辆)")
# A share asked among firms (有进出口实绩的企业中民营企业占比, what share of the firms): a share of trade answers no such.
_FIRMS_SHARE_ASKED = re.compile(r"(?:企业|公司|商家)(?:中|里|当中)[^，,。？?]{0,30}?(?:占比|比例|比重|几成|百分之几)|"
                                r"\b(?:share|percentage|proportion) of (?:the )?(?:[\w'-]+ ){0,2}"
                                r"(?:firms|companies|enterprises)\b")
_TRADE_SHARE_HELD = re.compile(r"(?:进出口|出口|进口|外贸|贸易)(?:额|值|总值|总额|总量)?占|\b(?:trade|exports|imports) "
                               r"(?:value )?as a share\b")
# A fact that measures by how much a level changed (价格每吨提高额, 净增, 增加额).
_CHANGE_HELD = re.compile(r"(?:提高|上涨|增加|下降|降低|减少)额$|净增|增量$")
_ADDED_ASKED = re.compile(r"\badd(?:ed|ing|s|itional)?\b|\bnew\b|新增|净增|多出")

class CheckIndex(Protocol):
    """What the checks need of the index: the entities and their normalised names, the terms' weights."""

    entities: dict[str, Entity]
    entity_names: dict[str, list[str]]
    idf: dict[str, float]


class FactChecks:
    """`mismatch(q, doc, conf, named)` says why a fact does not answer a question, over one index."""

    def __init__(self, index: CheckIndex) -> None:
        self.index = index
        self._said: dict[tuple, tuple[Query, FactDoc, str]] = {}   # the last answers' checks, by question

    def mismatch(self, q: Query, doc: FactDoc, conf: float, named: set[str]) -> str:
        """Why this fact does not answer the question ('' when it does). One answer asks of a fact several
        times, at several confidences (as a candidate, the newest of its measure, a related figure): only
        the checks of the confidence run again, the others once."""
        unsure = self._unsure(q, doc, conf, named)
        if unsure:
            return unsure
        key = (id(q), id(doc), frozenset(named))
        said = self._said.get(key)
        if said is not None and said[0] is q and said[1] is doc:    # the very objects: no id reused
            return said[2]
        if len(self._said) >= 512:
            self._said.clear()
        why = self._mismatch(q, doc, named)
        self._said[key] = (q, doc, why)
        return why

    def _unsure(self, q: Query, doc: FactDoc, conf: float, named: set[str]) -> str:
        """The checks that depend on how surely the fact was found (its confidence)."""
        vague = not named and len(set(q.terms)) <= 2 and not (
            len(doc.fact.value) >= 2 and not doc.numeric_value and doc.fact.value in q.text)   # 陈波, not 111
        need = self._needed_confidence(doc, named, q.asks_who, vague=vague)
        if conf < need:
            return f"low confidence {conf:.0f} < {need}"
        if (q.asks == "which" and conf < THIN_COVER and doc.fact.entity in named
                and not (asks_product(q.text) and not doc.numeric_value)     # 什么设备: a product named
                and not covers_asked(q, doc, self.index.idf)):
            return "says nothing asked beyond the name"     # 在哪个城市举办: not its head's name
        if (q.asks == "rank" and conf < THIN_COVER and doc.fact.entity in named
                and not covers_asked(q, doc, self.index.idf, RANK_TERMS)):
            return "the ranking of another measure"     # 航道总里程排第几: not the contracting turnover's place
        return ""

    def _mismatch(self, q: Query, doc: FactDoc, named: set[str]) -> str:
        missing = self._missing_metric(q, doc)
        if missing:
            return f"metric not held: {missing}"
        narrower = (unasked_qualifier(q, doc, self.index.entity_names.get(doc.fact.entity, []))
                    or unasked_cargo_scope(q, doc) or one_scope_for_both(q, doc)
                    or unasked_group(q, doc) or unasked_sector(q, doc) or level_for_change(q, doc)
                    or unmet_word(q, doc) or other_origin(q, doc)
                    or wrong_name_kind(q, doc) or unmet_threshold(q, doc) or unasked_bracket(q, doc)
                    or one_market_for_abroad(q, doc)
                    or unmet_place(q, doc, self.index.entities, self.index.entity_names)
                    or unmet_abroad(q, doc) or home_for_abroad(q, doc))
        if narrower:
            return narrower
        if forecast_for_outcome(q.text, doc.fact):
            return "a forecast, the outcome asked"
        if not q.several and outcome_for_forecast(asking_text(q.text), doc.fact):    # not 听说…预计…，那它…
            return "an outcome, a forecast asked"       # was expected to export 25万吨: not the 20万吨 done
        if goal_for_past(q.text, doc.fact):
            return "a goal or plan, what happened in a past period asked"
        other = self._other_subject(q, doc)
        if other:
            return other
        wrong = (self._wrong_kind(q, doc) or not_firms(self.index, q, doc, named)
                 or neighbour_mismatch(q.asked, doc.fact, doc.text, q.several) or restates_given(q, doc)
                 or set_aside(q, doc) or other_whole(q, doc))
        if wrong:
            return wrong
        start, end = doc.fact.period_start, doc.fact.period_end
        if span_of_years_for_less(q.text, start, end):
            return "a span of years asked, a year or less held"   # 入世20年来…累计: not 2025年1-11月
        if (q.period.spans or q.period.quarter or q.period.second_half) and start and start == end \
                and _FLOW_UNIT.fullmatch(doc.fact.unit):
            return "one day's figure, a span's asked"   # 上半年国际货邮多少: not one flight's 30吨 on 21 January
        if (q.period.explicit and not period_held(q.period, start, end, doc.text, q.text)
                and not (q.asks == "rank" and doc.rank_value
                         and reported_as_span_ends(q.period, start, end))):
            return "period not held"        # checked last: only then is the period the whole reason
        return self._broader(q, doc)

    def _broader(self, q: Query, doc: FactDoc) -> str:
        """The fact fits but for a word narrowing what is asked: all cargo routes for the international
        ones, Wuhan's figure for a district's. Such a fact is offered as what it is, never as the answer."""
        said = f"{doc.said} {normalise(doc.fact.metric_zh + ' ' + doc.fact.metric_en)} {story_words(doc)}"
        names = self.index.entity_names.get(doc.fact.entity, ())
        for name in names:
            said = said.replace(name, " ")          # 花湖国际机场: the name says 国际, the figure need not
        tails = [n[i:] for n in names for i in range(len(n) - 3) if n[i:] in q.text] if q.qualifiers else []
        rest = q.text
        for tail in sorted(tails, key=len, reverse=True):
            rest = rest.replace(tail, " ")          # the question without the names it says (鄂州那个跨境电商产业园)
        for scope in q.qualifiers:
            if any(_says(word, said) or any(word in tail for tail in tails) and word not in rest
                   for word in QUALIFIER_SCOPE[scope]):
                continue                            # said of the figure, or only in a name the question says
            if scope in OPPOSITE and any(_says(word, said) for word in OPPOSITE[scope]):
                return f"another scope, not the {scope} one"    # 新开国内航线10条 for the international ones
            other = OTHER_LEG.get(scope)            # a leg of a trip: the other leg is another figure,
            if other and any(_says(word, said) for word in QUALIFIER_SCOPE[other]):
                return f"the {other} leg, not the {scope} one"
            if other and not ROUND_TRIP.search(said):
                continue                            # ... and one naming no leg is not judged
            return f"{BROADER}{scope}"
        firm = [h.alias for h in q.hits if h.entity == doc.fact.entity] if doc.entity.type == "firm" else []
        for district in q.districts:
            if district not in doc.text and not located(q.text, firm, district):     # where the firm is
                # a region's figure is broader; a firm's is another subject
                return f"{BROADER}{district}" if doc.entity.type in REGION_TYPES else f"not about {district}"
        return ""

    def _other_subject(self, q: Query, doc: FactDoc) -> str:
        """The question is about another region, firm or partner than the fact."""
        for name in q.unknown_names:
            if normalise(name) not in doc.text and not any(d in normalise(name) for d in q.districts):
                return f"unknown name {name}"
        entities = self.index.entities
        asides = aside_spans(q.text, doc.text)      # 据…的报道, 对美国、欧盟等传统市场: names there are
        free = blank(q.text, asides)                # not the subject
        aside_names = names_only_blanked(q.text, free, q.hits) if asides else set()
        named = [h for h in q.hits if h.confidence == 100 and h.entity in entities]
        wholes = {h.alias for h in named if q.text.count(h.alias) == 1      # 占全省的比重, 比全省平均水平高出:
                  and re.search(f"(?:占了?|比|高于|低于|快于|慢于)(?:同期)?{re.escape(h.alias)}", q.text)}  # the whole
        regions = [entities[h.entity] for h in named if entities[h.entity].type in REGION_TYPES
                   and (h.alias not in wholes or len({x.entity for x in q.hits}) == len(wholes))]
        exact = [entities[h.entity] for h in named if h.alias not in aside_names]
        if (regions and doc.entity.type in (*REGION_TYPES, "partner")
                and doc.entity.id not in {e.id for e in regions}
                and not any(n in doc.said for e in regions for n in self.index.entity_names[e.id])):
            return f"fact is about {doc.entity.id}, not {regions[0].id}"     # Hubei's figure for Wuhan
        heard = [entities[h.entity] for h in q.hits if h.entity in entities and h.confidence < 100 and (
            HOMOPHONE <= h.confidence and len(h.alias) >= 4       # 千企百战: a long name misheard is still named
            or h.start < 0 and h.confidence >= LATIN_NAMED and " " in h.alias)
            and h.alias not in aside_names]    # Changjiang Shanghui
        specific = [e for e in exact + heard if e.type not in REGION_TYPES]
        if specific and doc.entity.id not in {e.id for e in specific} and not any(
                n in doc.text for e in specific for n in self.index.entity_names[e.id]):
            return f"fact is not about {specific[0].id}"
        for place in q.places:      # 荆州楚源集团: where the firm is, not whose figure
            names = [n for n in self.index.entity_names[doc.entity.id] if len(n) >= 3]
            where = doc.entity.type in ("firm", "hub", "region") and (any(     # 荆州楚源集团, 随州广水市: where
                f"{place}{sep}{n}" in q.text for n in names for sep in ("", " "))
                or located(q.text, names, place))
            if place not in doc.text and place in free and not where and not self._venue(q, place):
                return f"question is about {place}"
        if (doc.entity.type in REGION_TYPES and ONE_FIRM.search(q.text)
                and not FIRM_SAID.search(f"{doc.fact.statement_zh} {doc.fact.metric_zh}")):
            return "a place's figure, not the firm described"   # 革新大道上那家空调工厂: not the belt's output
        partners = frozenset(p for p in q.partners if PARTNER_RE[p].search(free))
        if partners and partners.isdisjoint(doc.partners):
            return f"fact does not concern {', '.join(sorted(partners))}"
        if not q.partners and doc.partners and doc.entity.type != "partner" and TOTAL.search(q.text):
            said = doc.said
            for name in self.index.entity_names.get(doc.fact.entity, ()):
                said = said.replace(name, " ")      # 中欧班列 names Europe; its figures are not Europe's part
            part = sorted(p for p in doc.partners     # 一共注册了多少家台资企业: Taiwan's firms are asked
                          if PARTNER_RE[p].search(said) and not PARTNER_RE[p].search(q.text))
            if part:
                return f"a part ({', '.join(part)}), not the total"    # 一共卖了多少: not Italy's first 100
        return ""

    def _venue(self, q: Query, place: str) -> bool:
        """The place is where a fair the question names is held (去上海参加进博会, 上海那个进口博览会)."""
        fairs = [h.alias for h in q.hits if getattr(self.index.entities.get(h.entity), "type", "") == "event"]
        return bool(re.search(rf"(?:去|到|在|赴|前往){place}(?:参加|参展|出席|举办|举行|召开)", q.text) or any(
            f"{place}{sep}{fair}" in q.text for fair in fairs for sep in ("那个", "这个", "举办的")))

    def _needed_confidence(self, doc: FactDoc, named: set[str], asks_who: bool = False,
                           vague: bool = False) -> int:
        if doc.fact.entity in named:
            return FOUND_NAMED
        if vague:
            return 101                  # "出口呢？" names nothing and asks little: offer choices instead
        if asks_who:
            return FOUND_REGION          # "which firm built ...": the answer names the entity
        named_entities = [self.index.entities[e] for e in named if e in self.index.entities]
        if any(e.type in REGION_TYPES and any(n in doc.entity.name_zh for n in e.names() if len(n) >= 2)
               for e in named_entities):
            return FOUND_REGION          # 武汉 names 武汉市商务局 in part
        if doc.entity.type in REGION_TYPES and not any(e.type not in REGION_TYPES for e in named_entities):
            return FOUND_REGION
        return FOUND_UNNAMED

    def _missing_metric(self, q: Query, doc: FactDoc) -> str:
        missing = [group for group in q.metric_groups if group not in doc.metric_groups]
        if missing and len(missing) == len(q.metric_groups) or missing and not q.several:
            return missing[0]       # a comparison of two kinds of figure needs only one of them here
        return "" if q.several else metric_clash(q.unnamed, doc.fact.metric_zh, doc.fact.metric_en)

    def _wrong_kind(self, q: Query, doc: FactDoc) -> str:
        """A 'how many' question answered by a name, 'how many trains' by a count of routes, an amount
        of money by a share, exports alone by total trade."""
        if q.asks == "date" and not doc.date_value and not dated(doc, ASK_YEAR.search(q.text) is not None):
            return "not a date"
        if q.asks == "date" and not doc.date_value and q.period.month and len(q.period.years) == 1 \
                and doc.fact.period_start[:7] == f"{q.period.years[0]}-{q.period.month:02d}":
            return "the month the question states"  # 4月回暖，此前从何时开始下滑: not April's own figure
        if (q.asks == "date" and not doc.date_value and q.numbers and doc.figure
                and doc.figure not in q.numbers):
            return "the day of another figure"      # 那40头秦川牛几号到的: not the day 120头 of pigs came
        if figure_for_name(q, doc):
            return "a figure for a name"     # 总经理是谁, 品牌叫什么: not the year it was founded
        counted = q.asks == "quantity" and bool(COUNT_OF_THINGS.search(q.text))
        if counted and doc.date_value and "月" in doc.fact.value:
            return "a date for a count"      # how many trade fairs: 96, not the day data were released
        if counted and is_money(doc) and not asks_money(q):
            return "an amount of money for a count"     # how many measures: 18, not 2.64亿美元 of FDI
        if role := role_unmet(q, doc):
            return role                      # 岚图的CEO叫啥: not the palace its cars were shown in
        if CLOCK_ASKED.search(q.text) and not CLOCK_HELD.search(f"{doc.fact.value} {doc.fact.value_en}"):
            return "not a time of day"       # 几点起飞: 8时04分, not the 32 tonnes it carried
        if q.asks == "date" and not doc.date_value and milestone_missing(q.text, doc):
            return "the day of another figure"   # 哪天突破100万吨: not the day a capacity of 60万吨 was set
        if who := not_a_person(q, doc) or not_firms_kind(q, doc):
            return who          # 是谁说的: not the belt's scale; 进了哪类企业的供应链: not the equipment it sold
        if placed := other_place_ranked(q, doc):
            return placed                        # which province ranked first: not Hubei's third
        if other_ordinal(q.text, doc):
            return "another one in order"        # 第5000架次国际货运航班: not the 10,000th
        if ASK_DESTINATION.search(q.text) and not DESTINATION_HELD.search(
                f"{doc.fact.metric_zh} {doc.fact.metric_en.lower()} {doc.fact.value_en.lower()}"):
            return "not where to"           # 飞去哪了: the destinations, not the station's standing
        if (doc.figure and re.match(r"第|\d+(?:st|nd|rd|th)\b", doc.fact.value) and q.asks in ("quantity", "")
                and re.search(rf"第{doc.figure}(?![\d.])|(?<![\d.]){doc.figure}(?:st|nd|rd|th)\b", q.text)):
            return "the question states this ordinal"   # how big at the 7th expo: not '7th'
        said = f"{doc.fact.value} {doc.said}"
        kinds = kinds_asked(q.text, q.unnamed)
        value = f"{doc.fact.unit} {doc.fact.value} {doc.fact.value_en} {doc.fact.value}{doc.fact.unit}"
        if kinds.length and not LENGTH_VALUE.search(f"{doc.fact.unit} {doc.fact.value_en.lower()}"):
            return "not a length"           # 分拣线有多长, how long are the lines: km or metres, no time
        if not kinds.length and kinds.duration and doc.date_value and not DURATION_VALUE.search(said):
            return "a date for a duration"  # 隔了多久: 4个月, not 去年8月
        if (not kinds.length and kinds.span and not DURATION_VALUE.search(value)
                and not SPAN_SAID.search(doc.said)):
            return "not a span of time"     # how many years before: 6年, not 近半 (开工4个月后上市 says it)
        if kinds.span_scale and (held := span_scales(value)) and kinds.span_scale not in held:
            return "a span in other units"  # 早到了几天: not 开行11年 or 连续三年
        if kinds.area and not q.several and not AREA_VALUE.search(value):
            return "not an area"        # how big is the pavilion: 810平方米, not the expo's edition
        for held, reason in kinds.units:
            if not held.search(f"{value} {doc.fact.change_zh} {doc.fact.change_en}"):
                return reason           # how many cubic metres: not the tonnes it exported
        if q.asks in ("quantity", "") and not q.asked.growth and (rate := rate_unmet(
                q.unnamed, f"{value} {doc.fact.metric_en}", doc.fact.metric_zh, doc.said)):
            return rate                 # 首创率是多少: 83%, not the 30项 replicated nationwide
        if kinds.distance and not DISTANCE_VALUE.search(
                f"{doc.fact.unit} {doc.fact.value} {doc.fact.value_en.lower()}"):
            return "not a distance"         # 距离多少: 1万多公里, not the product sold
        if q.asks == "rank" and not doc.rank_value:
            return "not a ranking"          # 排第几 is not answered by the amount ranked
        held = f"{doc.fact.metric_zh} {doc.fact.metric_en}"
        if q.asks == "rank" and (scope := other_rank_scope(q.text, held)):
            return scope                    # 在内河港口中排名第几: not its place among all China's ports
        if PLACES_MOVED.search(q.text) and (doc.rank_value or not (
                doc.fact.unit in ("个名次", "个位次", "位") or re.search(r"名次|位次|places", doc.fact.metric_en))):
            return "not the places moved in a ranking"    # 提升了几个名次: 33, not its place (第33位)
        if other := other_kind(q, doc):
            return other                    # 进口增速排第几: not the rank of total trade's value; …
        if q.asks in ("quantity", "") and asks_share(q) and is_money(doc):
            return "an amount of money for a share"     # 占全省出口的比例: not 251.1亿元
        if q.asks in ("quantity", "") and _PART_OF_WHOLE.search(q.text) \
                and _MEASURED.fullmatch(doc.fact.unit):
            return "a measure for a share"              # 约占长江干线总里程的多少: not the 483公里 of its own
        if q.asks in ("quantity", "") and asks_share(q, strict=True) and is_growth(doc):
            return "a growth rate for a share"          # 占全省出口的比重: not its growth of 18.1%
        if q.asks in ("quantity", "") and _FIRMS_SHARE_ASKED.search(q.text) \
                and _TRADE_SHARE_HELD.search(held):
            return "a share of trade, a share of the firms asked"   # 企业中民营企业占比: 87.4%, not 超六成 of trade
        if bool(BALANCE.search(held)) != bool(BALANCE.search(q.text)):
            return "a trade balance for trade, or trade for a balance"   # 双边贸易增长了多少: no surplus
        points = doc.fact.unit == "个百分点" and not POINTS_ASKED.search(q.text)   # 增长多少: not 43.4个百分点
        if q.asks in ("quantity", "") and (MARGIN_HELD.search(held) or points) \
                and not MARGIN_ASKED.search(q.text):
            return "a margin over another rate"         # 进口增速是多少: 3.7%, not 1.4 points above the nation's
        if q.asks in ("quantity", "") and is_growth(doc) and AMOUNT_ASKED.search(q.text) \
                and not CHANGE_WORDS.search(q.text):
            return "a growth rate for an amount"        # 合同外资是多少: 22亿美元, not its net increase's +52%
        if q.asks in ("quantity", "") and _CHANGE_HELD.search(doc.fact.metric_zh) \
                and not CHANGE_WORDS.search(q.text) and not _ADDED_ASKED.search(q.text):
            return "a change for a level"               # 价格每吨多少元: 4200元, not the 700元 it rose by
        if q.asks in ("quantity", ""):
            money = asks_money(q)
            if money and (not MONEY_VALUE.search(doc.fact.unit + doc.fact.value + doc.fact.value_en)
                          or re.fullmatch(r"万?(?:人次?|家|个|项|列|吨|标箱|辆|艘|件|套)", doc.fact.unit)):
                return "not an amount of money"
            asked = trade_flow(q.unnamed)
            held = trade_flow(doc.fact.metric_zh + " " + doc.fact.metric_en.lower())
            if asked in ("exports", "imports") and (held != asked if money else held and held != asked):
                return f"{held or 'another figure'} for {asked}"
            named = (not q.partners.isdisjoint(doc.partners) or doc.entity.type not in REGION_TYPES
                     and doc.fact.entity in {h.entity for h in q.hits})      # 欧盟 for 湖北对欧盟进出口额
            part = part_for_whole(q.text, q.unnamed, doc.fact, self._firm_of_region(q, doc), named)
            if part:
                return part
            member = doc.numeric_value and member_for_group(
                q.unnamed, doc.fact, self.index.entity_names.get(doc.fact.entity, []), q.text)
            if member:
                return member
        elif q.asks == "rank" and (kind := another_kind(q.text, doc.fact)):
            return kind                 # 绿茶出口排名第几: not 红茶出口's place
        return wrong_count(self.index, q, doc)

    def _firm_of_region(self, q: Query, doc: FactDoc) -> bool:
        """The question names regions only (exactly, no firm asked for) and the fact is about another,
        smaller subject (a firm, a hub) the question does not name."""
        named = [self.index.entities[h.entity] for h in q.hits if h.entity in self.index.entities]
        return (bool(named) and not q.asks_who and all(e.type in REGION_TYPES for e in named)
                and doc.entity.type not in (*REGION_TYPES, "partner")
                and doc.fact.entity not in {e.id for e in named})





# One firm described, not named (那家空调超级工厂, that drone maker): a place's figure is not its figure.
ONE_FIRM = re.compile(r"(?:那|这|该)(?:家|座)[^，,。？?的]{0,8}(?:工厂|企业|公司|厂|集团)(?![^，,。？?]{0,4}所在)|"
                      r"\b(?:that|this) (?:[\w-]+ ){0,4}(?:factory|plant|company|firm|maker|manufacturer)\b")
FIRM_SAID = re.compile(r"公司|企业|工厂|厂商|机构")        # a fact of a firm it does not name, filed under its city


def _says(word: str, text: str) -> bool:
    """The text says the word: an English one as a word's start (national is not in international)."""
    return word in text if not word.isascii() else re.search(rf"\b{re.escape(word)}", text) is not None
