"""Lists filtered by a threshold (光谷有哪些重点企业的外贸增速超过了20%, which firms grew faster than 20%):
the firms whose facts state a growth at or above it, each fact shown; None when the question asks no such list
or the base holds no such firm."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .answers import Answer, FactDoc, Query
from .compare import growth_rate
from .lexicon import FIRMS_ASKED, REGION_TYPES
from .periods import fits

if TYPE_CHECKING:
    from .engine import Engine
    from .ranking import Ranked

_ABOVE = re.compile(r"(?:超过|超出|高于|达到|在|above|over|more than|exceed(?:ed|ing)?|at least)\s*了?\s*"
                    r"(\d+(?:\.\d+)?)\s*(?:%|％|\s*percent)(?:以上)?")
_GROWTH = re.compile(r"增速|增长|增幅|growth|grew|grow")
_RATE_WORDS = re.compile(r"增速|增长率?|增幅|同比|growth|rate")


def threshold_list(engine: Engine, q: Query, ranked: list[Ranked]) -> Answer | None:
    """The firms whose growth reaches the threshold the question names, best first (kind 'compare')."""
    above = _ABOVE.search(q.text)
    if not above or not FIRMS_ASKED.search(q.text) or not _GROWTH.search(q.text):
        return None
    least = float(above.group(1))
    regions = {h.entity for h in q.hits if engine.entities.get(h.entity) is not None
               and engine.entities[h.entity].type in REGION_TYPES}
    sources = {engine.docs[i].source.id for e in regions for i in engine.index.by_entity.get(e, ())} \
        if regions else None
    found: list[tuple[float, FactDoc]] = []
    for _, _, i in ranked:
        doc = engine.docs[i]
        rate = growth_rate(doc)
        if (doc.entity.type not in ("firm", "org") or rate is None or rate < least
                or doc.fact.entity in {d.fact.entity for _, d in found}):
            continue
        if sources is not None and doc.source.id not in sources:
            continue                    # 光谷有哪些企业: firms of the story that tells of that place
        if q.period.explicit and not fits(q.period, doc.fact.period_start, doc.fact.period_end, doc.text):
            continue
        measures = (_RATE_WORDS.sub("", doc.fact.metric_zh),
                    _RATE_WORDS.sub("", doc.fact.metric_en.lower()).strip())
        if not any(m and m in q.text for m in measures):
            continue                    # 外贸增速 for 外贸增速超过20%: the measure asked, not another's growth
        found.append((rate, doc))
    if not found:
        return None
    docs = [d for _, d in sorted(found, key=lambda f: -f[0])]
    return Answer(q.raw, q.lang, True, "compare", docs[:6], score=80, topic=docs[0].fact.topic)
