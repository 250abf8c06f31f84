"""Applying a Reading to the store in one transaction, and the proposals as an import CSV."""
from __future__ import annotations

import csv
import io
import logging

from ..models import Entity, Fact, Source, StoreError
from ..store import FactStore, now
from ..transfer import CSV_COLUMNS, SOURCE_COLUMNS
from .model import ApplyResult, IngestError, Reading

log = logging.getLogger(__name__)


def batch_id(reading: Reading) -> str:
    """An id naming one ingestion, so all it added can be found (and undone) together."""
    stamp = now().replace("-", "").replace(":", "").replace("T", "").rstrip("Z")
    return f"ingest-{reading.source['id']}-{stamp}"


def apply_reading(store: FactStore, reading: Reading, actor: str, only_confident: bool = False,
                  min_confidence: float = 0.8) -> ApplyResult:
    """Add the source, new entities and the 'new' facts in one transaction, each with its audit line.

    Known facts and conflicts are skipped (never overwritten); with only_confident, so are proposals
    below min_confidence. A last audit line (kind 'batch') lists everything the batch added.
    """
    result = ApplyResult(batch=batch_id(reading))
    chosen: list[Fact] = []
    for p in reading.proposals:
        fid = p.fact["id"]
        if p.status == "known":
            result.skipped.append((fid, "already known"))
        elif p.status == "conflict":
            result.skipped.append((fid, f"conflicts with {p.conflict_with}"))
        elif only_confident and p.confidence < min_confidence:
            result.skipped.append((fid, f"confidence {p.confidence:.2f} below {min_confidence:.2f}"))
        else:
            chosen.append(Fact.from_dict({k: v for k, v in p.fact.items()
                                          if k not in ("entity_type", "entity_zh", "entity_en")}))
    if not chosen:
        return result
    needed = {f.entity for f in chosen}
    entities = [Entity.from_dict(e) for e in reading.new_entities if e["id"] in needed]
    source = Source.from_dict(reading.source)
    added_source = False
    try:
        with store.atomic():
            try:
                store.get_source(source.id)
            except StoreError:
                store.add_source(source, actor)
                added_source = True
            for entity in entities:
                store.put_entity(entity, actor)
            for fact in chosen:
                store.add_fact(fact, actor)
                result.added.append(fact.id)
            store._audit(actor, "ingest", "batch", result.batch, None,
                         {"source": source.id if added_source else None,
                          "entities": [e.id for e in entities], "facts": list(result.added)})
    except StoreError as exc:
        log.warning("ingestion of %s not applied: %s", source.id, exc)
        raise IngestError(f"nothing was applied: {exc}") from exc
    return result


def proposals_csv(reading: Reading) -> str:
    """The proposals in the import CSV format (with the source's columns), for an admin to edit."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    src = reading.source
    for p in reading.proposals:
        row = dict(p.fact)
        row["keywords"] = "|".join(row.get("keywords") or [])
        row |= {f"source_{c}": src.get(c) or "" for c in SOURCE_COLUMNS}
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()
