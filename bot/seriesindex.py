"""The chart series of a store, built on demand: only the (at most three) series a fact can belong to,
from the facts sharing its metric family, period or entity (indexed queries), each kept until a
change of the base touches it. An answer's chart button costs milliseconds at 100,000 facts, and an
admin's edit drops a few cached series instead of rebuilding them all."""
from __future__ import annotations

import logging

from knowledge import Entity, Fact, FactNotFound, FactStore, Source, StoreError

from .series import (
    FIRM_WORDS, MEASURES, MIN_BUTTON_POINTS, PARTNER_WORDS, TOP_HINTED, TOP_PLAIN, TREND_WORDS, Series,
    _across_entities, _across_metrics, _one_per, _trend, build_series, plain_number, plain_value)

log = logging.getLogger(__name__)

MAX_FOLLOWED = 2000     # more changed facts than this at once (an import, a bulk load): forget everything


def _names(fact: Fact) -> set[tuple[str, str]]:
    """The names that join a fact's metric family: its metric key, Chinese name, English name (any case)."""
    out = {("m", fact.metric)}
    if fact.metric_zh:
        out.add(("zh", fact.metric_zh))
    if fact.metric_en:
        out.add(("en", fact.metric_en.lower()))
    return out


def _measure(fact: Fact) -> str:
    measure = fact.metric_zh[-1:] if fact.metric_zh else ""
    return measure if measure in MEASURES else ""


class SeriesIndex:
    """Series by fact, built when first asked and cached; `series` (all of them) only when asked for."""

    def __init__(self, store: FactStore):
        self.store = store
        self.version = store.version
        self.families: dict[tuple[str, str], frozenset[str]] = {}   # a name -> the metric keys of its family
        self.built: dict[tuple, Series | None] = {}                   # series key -> series (None: no series)
        self.entities: dict[str, Entity | None] = {}
        self.sources: dict[str, Source | None] = {}
        self._all: list[Series] | None = None
        self.made = 0                                                    # series built (tests, benchmarks)

    # -- following the store ---------------------------------------------------------------
    def refresh(self) -> None:
        """Forget what the base's changes since the last look touched (everything after a large change)."""
        if self.store.version == self.version:
            return
        changes = self.store.changes_after(self.version, MAX_FOLLOWED + 1)
        if not changes:
            self.version = self.store.version
            return
        facts = [c for c in changes if c.kind == "fact"]
        if len(facts) > MAX_FOLLOWED or any(c.kind in ("entity", "source") for c in changes):
            self._forget_all()
        else:
            for change in facts:
                self._forget(change.target, [change.before, change.after])
        self._all = None
        self.version = changes[-1].id
        if len(changes) > MAX_FOLLOWED:        # more than read: start again from the store as it is now
            self._forget_all()
            self.version = self.store.version

    def _forget_all(self) -> None:
        self.families, self.built, self.entities, self.sources = {}, {}, {}, {}

    def _forget(self, fact_id: str, states: list[dict | None]) -> None:
        """Drop the families and series a changed fact was or is part of."""
        try:
            facts = [Fact.from_dict(s) for s in states if isinstance(s, dict) and s.get("metric")]
        except (TypeError, ValueError):
            facts = []
        try:
            facts.append(self.store.get_fact(fact_id))
        except FactNotFound:
            pass
        if not facts:               # nothing tells what the fact was: forget everything
            self._forget_all()
            return
        names = set().union(*(_names(f) for f in facts))
        dropped = {family for name, family in self.families.items() if name in names}
        self.families = {n: fam for n, fam in self.families.items() if fam not in dropped}
        kinds = {("k", f.entity, f.unit, f.period_start, f.period_end, _measure(f)) for f in facts}
        self.built = {k: s for k, s in self.built.items()
                      if k not in kinds and not (k[0] in "bt" and k[1] in dropped)}

    # -- lookups -------------------------------------------------------------------------------
    def _entity(self, entity_id: str) -> Entity | None:
        if entity_id not in self.entities:
            try:
                self.entities[entity_id] = self.store.get_entity(entity_id)
            except StoreError:
                self.entities[entity_id] = None
        return self.entities[entity_id]

    def _source(self, source_id: str) -> Source | None:
        if source_id not in self.sources:
            try:
                self.sources[source_id] = self.store.get_source(source_id)
            except StoreError:
                self.sources[source_id] = None
        return self.sources[source_id]

    def _plain(self, fact: Fact) -> bool:
        """A figure that can go into a series: one exact number, cited to a known source."""
        return plain_number(fact) is not None and self._source(fact.source) is not None

    def _family(self, fact: Fact) -> frozenset[str]:
        """The metric keys of the plain facts joined to this one by shared names (series._metric_groups)."""
        found = self.families.get(("m", fact.metric))
        if found is not None:
            return found
        metrics, zh, en = {fact.metric}, {fact.metric_zh} - {""}, {fact.metric_en.lower()} - {""}
        joined: set[tuple] = set()          # names of a plain fact, already added
        while True:
            size = len(metrics) + len(zh) + len(en)
            for metric, metric_zh, metric_en, value, value_en, unit, source in self.store.metric_rows(
                    metrics, zh, en):
                names = (metric, metric_zh or "", (metric_en or "").lower())
                if (names in joined or plain_value(value, value_en, unit) is None
                        or self._source(source) is None):
                    continue
                joined.add(names)
                metrics.add(metric)
                zh |= {names[1]} - {""}
                en |= {names[2]} - {""}
            if len(metrics) + len(zh) + len(en) == size:
                break
        family = frozenset(metrics)
        for name in [("m", m) for m in metrics] + [("zh", n) for n in zh] + [("en", n) for n in en]:
            self.families[name] = family
        return family

    # -- the series ----------------------------------------------------------------------------
    def of_fact(self, fact: Fact) -> list[Series]:
        """The series a plain fact can belong to (its breakdown, trend, kinds), built or from the cache."""
        if not self._plain(fact):
            return []
        family = self._family(fact)
        keys = [("b", family, fact.unit, fact.period_start, fact.period_end),
                ("t", family, fact.unit, fact.entity)]
        if _measure(fact):
            keys.append(("k", fact.entity, fact.unit, fact.period_start, fact.period_end, _measure(fact)))
        out = []
        for key in keys:
            if key not in self.built:
                self.built[key] = self._make(key)
                self.made += 1
            if self.built[key] is not None:
                out.append(self.built[key])
        return out

    def _make(self, key: tuple) -> Series | None:
        """Build one series from the facts its key selects, as series.build_series does for all."""
        if key[0] == "b":
            _, family, unit, start, end = key
            members = [f for f in self.store.list_facts(period=(start, end), metrics=family, unit=unit)
                       if self._plain(f)]
        elif key[0] == "t":
            _, family, unit, entity = key
            members = [f for f in self.store.list_facts(entity=entity, metrics=family, unit=unit)
                       if self._plain(f)]
        else:
            _, entity, unit, start, end, measure = key
            members = [f for f in self.store.list_facts(entity=entity, period=(start, end), unit=unit)
                       if _measure(f) == measure and self._plain(f)]
        if len(members) < 2:
            return None
        entities = {f.entity: e for f in members if (e := self._entity(f.entity)) is not None}
        sources = {f.source: self._source(f.source) for f in members}
        if key[0] == "b":
            return _across_entities(_one_per(members, lambda f: f.entity), entities, sources)
        if key[0] == "t":
            return _trend(_one_per(members, lambda f: (f.period_start, f.period_end)), entities, sources)
        members = _one_per(members, lambda f: f.metric_zh)
        return _across_metrics(members, entities.get(key[1]), sources, key[5]) if len(members) >= 2 else None

    def for_fact(self, fact_id: str, min_points: int = MIN_BUTTON_POINTS) -> Series | None:
        """The longest series the fact belongs to, if it has at least `min_points` points."""
        self.refresh()
        try:
            fact = self.store.get_fact(fact_id)
        except FactNotFound:
            return None
        found = [s for s in self.of_fact(fact) if fact_id in s.fact_ids and len(s.points) >= min_points]
        return max(found, key=lambda s: len(s.points)) if found else None

    @property
    def series(self) -> list[Series]:
        """Every series of the base (a full build, kept until the base changes): for examples and checks."""
        self.refresh()
        if self._all is None:
            sources = {s.id: s for s in self.store.list_sources()}
            entities = {e.id: e for e in self.store.list_entities()}
            facts = [f for f in self.store.list_facts()
                     if plain_number(f) is not None and f.source in sources]
            self._all = build_series(facts, entities, sources)
            log.info("%d series from %d plain figures", len(self._all), len(facts))
        return self._all

    def get(self, key: str) -> Series | None:
        return next((s for s in self.series if s.key == key), None)

    def find(self, text: str, ranked_ids: list[str], years: tuple[int, ...] = ()) -> Series | None:
        """The series that best fits a request, given the fact ids a search ranked for it (best first).
        A series counts only when one of its facts is among the first five found (ten when the
        request names its kind: a trend, partners, firms)."""
        self.refresh()
        rank = {fact_id: i for i, fact_id in enumerate(ranked_ids)}
        hinted = {"trend": bool(TREND_WORDS.search(text)), "partner": bool(PARTNER_WORDS.search(text)),
                  "firm": bool(FIRM_WORDS.search(text))}
        candidates: dict[int, Series] = {}
        for fact_id in ranked_ids[:TOP_HINTED]:        # a series none of these is in cannot count
            try:
                fact = self.store.get_fact(fact_id)
            except FactNotFound:
                continue
            for series in self.of_fact(fact):
                candidates.setdefault(id(series), series)
        best, best_score = None, 0.0
        for series in candidates.values():
            ranks = [rank[f] for f in series.fact_ids if f in rank]
            hint = hinted["trend"] and series.kind == "trend" or hinted.get(series.dimension, False)
            if not ranks or min(ranks) >= (TOP_HINTED if hint else TOP_PLAIN):
                continue
            score = sum(1 / (1 + r) for r in ranks) * (1.5 if hint else 1.0)
            if years and not any(str(y) in (p.fact.period_start or "") + (p.fact.period_end or "")
                                 for p in series.points for y in years):
                score *= 0.3
            if score > best_score:
                best, best_score = series, score
        return best
