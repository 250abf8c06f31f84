"""Lists of firms (进博会湖北展区产业开放板块有哪些企业参展, which companies exhibited …): when the base holds the
asked measure for several firms of one story (one fact each: 东风汽车 exhibited, 芯擎科技 exhibited), the answer
is all of them; None when the question asks no list of firms or fewer than two facts fit."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .answers import Answer, FactDoc, Query
from .checks import FOUND_REGION
from .lexicon import COMPARE, FIRMS_ASKED
from .periods import fits

if TYPE_CHECKING:
    from .engine import Engine
    from .ranking import Ranked

LIST_DEPTH = 12         # the candidates a list's facts are taken from
UNNAMED_PENALTY = 20    # what ranking takes from an unnamed firm's fact when the question names a hub or fair


def firm_list(engine: Engine, q: Query, ranked: list[Ranked]) -> Answer | None:
    """Two or more firms' facts of one measure and one story, each fitting the question (kind 'compare')."""
    if not FIRMS_ASKED.search(q.unnamed) or COMPARE.search(q.text):
        return None
    named = {h.entity for h in q.hits}
    groups: dict[tuple[str, str], list[tuple[float, FactDoc]]] = {}
    for conf, _, i in ranked[:LIST_DEPTH]:
        doc = engine.docs[i]
        if doc.entity.type not in ("firm", "org") or doc.fact.entity in named:
            continue                    # the answer names the firms: the question does not
        groups.setdefault((doc.fact.metric, doc.source.id), []).append((conf, doc))
    for (metric, source), members in groups.items():
        if (len({d.fact.entity for _, d in members}) < 2
                or max(c for c, _ in members) + UNNAMED_PENALTY < FOUND_REGION):
            continue
        docs = [d for _, d in sorted(members, key=lambda m: -m[0])
                if not engine.checks.mismatch(q, d, 100, named)
                and (not q.period.explicit or fits(q.period, d.fact.period_start, d.fact.period_end, d.text))]
        if len({d.fact.entity for d in docs}) >= 2:
            return Answer(q.raw, q.lang, True, "compare", docs[:6], score=70, topic=docs[0].fact.topic)
    return None
