"""Ties among facts that fit a question about as well: a fact of the same entity holding every word of the
question the first holds and a rare one more is the one asked; of two that cannot be told apart, a third that
fits surely better is."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .answers import FactDoc, Query
from .qualifiers import common_tail, twins

if TYPE_CHECKING:
    from .engine import Engine
    from .ranking import Ranked

RIVAL_RATIO = 0.97      # a fitting fact with another figure this close makes the question ambiguous
TWIN_RATIO = 0.99       # ... of the same entity, when a word the question does not name tells them apart
RARER_RATIO = 0.9       # a fact this close holding more of the question's rare words is the one asked
RARE_IDF = 3.9          # a word held by about twenty facts or fewer is rare


def rarer(engine: Engine, q: Query, doc: FactDoc, raw: float, candidates: list[Ranked], ranked: list[Ranked],
          named: set[str]) -> FactDoc:
    """A fact of the same entity scored nearly as well that holds every word of the question this one holds
    and a rare one more (未来研发 in 未来研发载重多少公斤的无人机: the drone planned, not the range made now)."""
    words = {t for t in q.terms if t not in q.background and not any(ch.isdigit() for ch in t)}
    held = {t for t in words if t in doc.terms}
    for c, r, j in candidates:
        other = engine.docs[j]
        if (other is doc or r < raw * RARER_RATIO or other.fact.entity != doc.fact.entity
                or (other.number_value, other.date_value) != (doc.number_value, doc.date_value)):
            continue                # 多重: 7.3吨, not the airport the batch flew from
        more = {t for t in words if t in other.terms} - held
        if held <= set(other.terms) and any(engine.index.idf.get(t, 0.0) >= RARE_IDF for t in more) \
                and not engine.checks.mismatch(q, other, c, named) and not engine.narrowed(q, other, ranked):
            return other
    return doc


def surer(engine: Engine, q: Query, conf: float, raw: float, candidates: list[Ranked], named: set[str],
          pair: tuple[FactDoc, FactDoc]) -> tuple[FactDoc, None] | None:
    """Of two measures that cannot be told apart (去程, 回程 for 全国中欧班列开行了多少列), a third fact that
    fits the question surely better (the nation's total), or the measure they narrow (开行列数 of 对欧洲开行列数 and
    对中亚开行列数), and nearly as well by score: (it, None)."""
    a, b = pair[0].fact.metric_zh, pair[1].fact.metric_zh
    shared = a[len(a) - common_tail(a, b):]
    for c, r, j in candidates:
        other = engine.docs[j]
        whole = other.fact.entity == pair[0].fact.entity and other.fact.metric_zh == shared
        if other in pair or (c <= conf + 2 and not whole) or r < raw * RARER_RATIO:
            continue
        if not engine.checks.mismatch(q, other, c, named) and not engine.narrowed(q, other, candidates):
            return other, None
    return None


def rival_of(engine: Engine, q: Query, doc: FactDoc, conf: float, raw: float, ranked: list[Ranked],
             named: set[str]) -> FactDoc | None:
    """Another fact with a different figure that fits the question as well (within RIVAL_RATIO of its
    score and confidence), about another entity the question does not name: it is ambiguous."""
    if q.several or not doc.fact.value:
        return None
    for c, r, j in ranked[:4]:
        other = engine.docs[j]
        if other is doc or r < raw * RIVAL_RATIO or c < conf - 5 or other.fact.value == doc.fact.value:
            continue
        if other.fact.entity == doc.fact.entity and not (r >= raw * TWIN_RATIO and twins(q, doc, other)):
            continue                    # the entity asked about: the ranking's finer checks chose
        if other.fact.entity != doc.fact.entity and other.fact.entity in named:
            continue
        if not engine.checks.mismatch(q, other, c, named):
            return other
    return None
