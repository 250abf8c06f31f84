"""Ranking the facts for a read question: BM25 over the index, then weighed by what the question names
(its entity, partner, period, kind of figure) and by the kind of answer it asks for."""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Protocol

from knowledge import Entity

from .answers import FactDoc, Query
from .checks import kind_fit
from .lexicon import REGION_TYPES
from .matching import EntityHit
from .periods import fits, year_weight

log = logging.getLogger(__name__)

RANK_DEPTH = 25        # candidates that get the finer (and slower) checks
NAMED_BOOST = 1.6       # the question names the fact's firm, hub, route...
NAMED_REGION_BOOST = 1.25  # ... or its region (a weaker sign: 武汉 is in half the questions)
REGION_ONLY_PENALTY = 0.6  # only a region named: a firm's fact is a weaker answer

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
    qterms = Counter(q.terms)
    if not qterms:
        return []
    weights = {t: index.idf.get(t, index.unknown_idf) * min(c, 2) for t, c in qterms.items()}
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
    for raw, i in base[:RANK_DEPTH]:
        doc = index.docs[i]
        conf = 100 * covered[i] / total
        if entity_of[i] in named:
            conf += 25 if doc.entity.type not in REGION_TYPES else 12
        elif specific:
            conf -= 20
        elif named:
            conf -= 8
        if q.topic and doc.fact.topic != q.topic:
            raw *= 0.75
        if q.numbers and doc.figure in q.numbers:
            raw *= 0.5          # the question states this figure: it asks about something else
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
