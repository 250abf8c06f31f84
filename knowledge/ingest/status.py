"""Each proposal compared with the base: already known, a conflict to decide, or new."""
from __future__ import annotations

import re

from ..store import FactStore
from .model import Reading


def _same_value(a_value: str, a_unit: str, b_value: str, b_unit: str) -> bool:
    """Whether two values with their units are the same printed figure."""
    norm = lambda v, u: re.sub(r"\s|,", "", f"{v}{u}")  # noqa: E731
    return norm(a_value, a_unit) == norm(b_value, b_unit)


def _keys(entity: str, metric: str, metric_zh: str, start: str | None, end: str | None) -> list[tuple]:
    """The keys a fact is known by: entity, metric (and Chinese metric name), period."""
    period = (start or "", end or "")
    return [(entity, metric, *period)] + ([(entity, "zh:" + metric_zh, *period)] if metric_zh else [])


def mark_status(store: FactStore, reading: Reading) -> None:
    """Mark proposals equal to a live fact (same entity, metric, period, value) 'known'; same key, other value
    'conflict' (with the fact's id); the rest 'new'."""
    of_entity: dict[str, dict[tuple, list]] = {}      # only the proposals' entities' facts, by key (indexed)
    for p in reading.proposals:
        f = p.fact
        by_key = of_entity.get(f["entity"])
        if by_key is None:
            by_key = of_entity[f["entity"]] = {}
            for fact in store.list_facts(entity=f["entity"]):
                keys = _keys(fact.entity, fact.metric, fact.metric_zh, fact.period_start, fact.period_end)
                for key in keys:
                    by_key.setdefault(key, []).append(fact)
        keys = [(f["entity"], f["metric"], f["period_start"] or "", f["period_end"] or ""),
                (f["entity"], "zh:" + f["metric_zh"], f["period_start"] or "", f["period_end"] or "")]
        matches = [old for key in keys for old in by_key.get(key, [])]
        if not matches:
            p.status, p.conflict_with = "new", None
            continue
        same = next((old for old in matches if _same_value(old.value, old.unit, f["value"], f["unit"])), None)
        if same is not None:
            p.status, p.conflict_with = "known", None
            p.reason = "; ".join(x for x in (p.reason, f"already in the base as {same.id}") if x)
        else:
            p.status, p.conflict_with = "conflict", matches[0].id
            p.reason = "; ".join(x for x in (p.reason, f"the base has {matches[0].value}{matches[0].unit} "
                                                        f"for the same key ({matches[0].id})") if x)
