"""Ranking the facts for a read question: BM25 over the index, then weighed by what the question names
(its entity, partner, period, kind of figure) and by the kind of answer it asks for."""
from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Protocol

from knowledge import Entity

from .answers import FactDoc, Query
from .fitness import kind_fit
from .lexicon import REGION_TYPES
from .matching import EntityHit
from .periods import fits, year_weight

log = logging.getLogger(__name__)

RANK_DEPTH = 25        # candidates that get the finer (and slower) checks
NAMED_BOOST = 1.6       # the question names the fact's firm, hub, route...
NAMED_REGION_BOOST = 1.25  # ... or its region (a weaker sign: 武汉 is in half the questions)
REGION_ONLY_PENALTY = 0.6  # only a region named: a firm's fact is a weaker answer
BACKGROUND = 0.35       # the weight of a term told only as background before the question (我们是…，听说…)
DESCRIBED_MIN = 62      # a firm's facts together covering this much of a 'which firm' question name it
UNIT_FIT = 12           # confidence added, when no fact fits, to one in the very unit asked (几项: 4项)

# The unit a question asks its figure in, when it is a telling one (几项, 多少棵, 多少平方公里); the common
# ones (个, 家, 名, 元, %) say too little to vouch for a fact.
ASKED_UNIT = re.compile(r"(?:多少|(?<!哪)几)(平方公里|平方米|公里|公顷|亩|项|座|棵|株|棒|艘|架次|架|辆|台|套|列|趟|"
                        r"场|批|吨|公斤|类|种|所|头)")

Ranked = tuple[float, float, int]      # (confidence 0-100, raw score, slot of the fact)


class RankIndex(Protocol):
    """What ranking needs of the index: term weights, the facts, their entities and the BM25 scorer."""

    idf: dict[str, float]
    unknown_idf: float
    entities: dict[str, Entity]
    entity_of: list[str]
    by_entity: dict[str, list[int]]
    docs: Sequence[FactDoc]

    def score(self, weights: dict[str, float], extra: list[int], named: set[str],
              boosts: tuple[float, float, float, float],
              depth: int) -> tuple[list[tuple[float, int]], Mapping[int, float]]: ...


def by_entity_index(index: RankIndex, hits: list[EntityHit]) -> list[int]:
    """The facts of the firms, hubs, routes... a question names (not of its regions: too many)."""
    entities = index.entities
    return [i for h in hits if h.entity in entities and entities[h.entity].type not in REGION_TYPES
            for i in index.by_entity.get(h.entity, ())]


def rank(index: RankIndex, q: Query) -> list[Ranked]:
    """(confidence 0-100, raw score, doc index), best first (the best RANK_DEPTH only)."""
    if not q.terms:
        return []
    weights = _weights(index, q)
    total = sum(weights.values()) or 1.0
    named = {h.entity for h in q.hits}
    specific = any(index.entities[e].type not in REGION_TYPES for e in named if e in index.entities)
    entity_of = index.entity_of
    # the named entities' facts are candidates too; an unnamed fact weighs less when something is named
    other_region = 0.5 if specific else 0.8 if named else 1.0
    other = 0.5 if specific else (REGION_ONLY_PENALTY if not q.asks_who else 0.8) if named else 1.0
    base, covered = index.score(weights, by_entity_index(index, q.hits), named,
                                (NAMED_REGION_BOOST, NAMED_BOOST, other_region, other), RANK_DEPTH)
    out = []
    described: dict[str, float] = {}
    for raw, i in base[:RANK_DEPTH]:
        doc = index.docs[i]
        conf = 100 * covered[i] / total
        if q.asks_who and entity_of[i] not in named and doc.entity.type not in REGION_TYPES:
            whole = _described(index, weights, total, entity_of[i], described)
            conf = whole if whole >= DESCRIBED_MIN and whole > conf else conf
        if entity_of[i] in named:
            conf += 25 if doc.entity.type not in REGION_TYPES else 12
        elif specific:
            conf -= 20
        elif named:
            conf -= 8
        if q.topic and doc.fact.topic != q.topic:
            raw *= 0.75
        if q.numbers and doc.figure in q.numbers and not (q.asked.growth and doc.fact.change_zh):
            raw *= 0.5          # the question states this figure: it asks about something else (or its
                                # growth: 突破100万吨时增长了多少)
        if q.asks_who and doc.fact.entity not in named and doc.entity.type not in REGION_TYPES:
            raw *= 1.3          # "which firm signed ...": the answer is a firm the question cannot name
        raw *= kind_fit(q, doc)
        if q.partners:                  # about the partner asked for (智利, ASEAN, Africa)?
            raw *= 1.4 if not q.partners.isdisjoint(doc.partners) else 0.6
        if q.metric_groups and not set(q.metric_groups) <= doc.metric_groups:
            raw *= 0.6
        if q.period.explicit:
            if fits(q.period, doc.fact.period_start, doc.fact.period_end, doc.text):
                raw *= 1.25
                if q.asks == "quantity" or (not q.asks and q.metric_groups):   # a figure, not a date
                    raw *= year_weight(q.period, doc.fact.period_start, doc.fact.period_end, q.text)
            else:
                raw *= 0.55
        out.append((min(conf, 100.0), raw, i))
    out.sort(key=lambda r: (-r[1], -r[0]))
    return out




def _weights(index: RankIndex, q: Query) -> dict[str, float]:
    """Each term of the question weighed by how telling it is (a term said twice counts twice at most, one
    told only as background less)."""
    return {t: index.idf.get(t, index.unknown_idf) * min(c, 2) * (BACKGROUND if t in q.background else 1.0)
            for t, c in Counter(q.terms).items()}


def unit_vouched(q: Query, ranked: list[Ranked], docs: Sequence[FactDoc]) -> list[Ranked] | None:
    """The ranking again, with UNIT_FIT more confidence for the facts whose figure is in the telling unit
    the question asks (几项: 4项, 多少平方公里: 3平方公里); None when it asks none or none is in it. Tried only
    when no fact fits without it: a neighbour in the same unit (462项 formed, 28项 copied) must not win."""
    unit = ASKED_UNIT.search(q.text)
    if not unit or not any(in_unit(docs[i], unit.group(1)) for _, _, i in ranked):
        return None
    return [(min(conf + UNIT_FIT, 100.0) if in_unit(docs[i], unit.group(1)) else conf, raw, i)
            for conf, raw, i in ranked]


# A firm described rather than named (给AI智算中心供应800G光模块的那家企业, that bee-products maker, a Wuhan
# 'little giant' display supplier): the firm whose facts together cover most of the question is the one meant.
DESCRIBED_FIRM = re.compile(r"(?:那|这|该|某)(?:家|个)|的那|一家(?![^，,。？?]{0,6}(?:多少|几))|"
                            r"\b(?:a|an|the|that|this)\s+(?:[\w'’-]+\s+){0,5}"
                            r"(?:maker|manufacturer|supplier|producer|firm|company|exporter|enterprise|"
                            r"start-?up|developer|operator)\b")
DESCRIBED_COVER = 45    # the share of the question the described firm's facts together cover, at least
DESCRIBED_LEAD = 1.3    # ... and this many times the next firm's
UNMARKED_COVER = 50     # the same when no word says a firm is meant (怒江用无人机运草果一趟要多久)
UNMARKED_LEAD = 2.5


def described_firm(index: RankIndex, q: Query, ranked: list[Ranked], unmarked: bool = False,
                   description: str = "") -> str:
    """The firm a question describes without naming it, when it asks a figure, a place or a date of it
    ('' when it names one, asks a name (那家小微企业拿到的是什么贷款: a neighbour's name would be a wrong
    answer), or none stands out). `unmarked`: also when no word says a firm is meant (the engine asks so only
    when nothing fits otherwise: 武汉上半年出口了多少 is Wuhan's figure, not a firm's). What the `description`
    names (给联想华为做主板的那家公司: its customers) is neither the firm nor a firm named."""
    aside = {h.entity for h in q.hits if description and h.alias and h.alias.lower() in description}
    if q.asks in ("which", "") or q.asks_who or any(
            index.entities[e].type in ("firm", "org")
            for e in {h.entity for h in q.hits} - aside if e in index.entities):
        return ""               # a firm named (a fair or a region may be: 那家老字号第几回参加进博会)
    marked = description or DESCRIBED_FIRM.search(q.text)      # 那家…企业, the … maker: said to be one firm
    if not marked and (not unmarked or any(index.entities[h.entity].type != "region"
                                           for h in q.hits if h.entity in index.entities)):
        return ""           # unmarked: only when nothing else fits; 湖北自贸区什么时候成立的 asks of the zone
    weights = _weights(index, q)
    total = sum(weights.values()) or 1.0
    seen: dict[str, float] = {}
    for _, _, i in ranked:
        if index.docs[i].entity.type in ("firm", "org") and index.entity_of[i] not in aside:
            _described(index, weights, total, index.entity_of[i], seen)
    best = sorted(seen.items(), key=lambda kv: -kv[1])[:2]
    lead = best[0][1] / best[1][1] if len(best) == 2 and best[1][1] > 0 else 10.0 if best else 0.0
    if best and best[0][1] >= (DESCRIBED_COVER if marked else UNMARKED_COVER) and lead >= (
            DESCRIBED_LEAD if marked else UNMARKED_LEAD):
        return best[0][0]               # 怒江用无人机运草果: only one firm's facts tell of that
    return ""


def _described(index: RankIndex, weights: dict[str, float], total: float, entity: str,
               seen: dict[str, float]) -> float:
    """'Which firm built a 10,000 sq m drone base in two months?': the share of the question's weighted
    terms that the facts of one firm together cover (one fact says the area, another the two months)."""
    if entity not in seen:
        held: set[str] = set()
        for j in index.by_entity.get(entity, ()):
            held.update(index.docs[j].terms)
        seen[entity] = 100 * sum(w for t, w in weights.items() if t in held) / total
    return seen[entity]


def in_unit(doc: FactDoc, unit: str) -> bool:
    """The fact's figure is counted in this unit: 4项, 3 平方公里, 突破千列 (a number right before it)."""
    return bool(re.search(rf"[\d一二三四五六七八九十两百千万亿多余]\s*{unit}$", doc.fact.value + doc.fact.unit))
