"""The curated data files: read and validate them, load them into the store, write the store back.

Loading never loses an admin's work: a fact that someone other than the curated files has
changed (or deleted) since it was loaded is left as it is, and reported.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from .models import Entity, Fact, Source, StoreError, ValidationError
from .store import CURATED, FactStore

log = logging.getLogger(__name__)

CURATED_DIR = Path(__file__).resolve().parent / "data" / "curated"
ENTITIES_FILE = "_entities.json"


@dataclass
class CuratedSet:
    sources: list[Source] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


@dataclass
class LoadReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)      # edited or deleted by an admin: left alone
    unchanged: int = 0

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.updated)} updated from the files, "
                f"{len(self.kept)} kept as edited by admins, {self.unchanged} unchanged")


def read_curated(directory: Path = CURATED_DIR) -> CuratedSet:
    """Read every curated file; raise ValidationError naming the file and field of each problem."""
    out = CuratedSet()
    problems: list[tuple[str, str]] = []
    entities: dict[str, Entity] = {}
    files = sorted(Path(directory).glob("*.json"))
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append((path.name, f"cannot be read as JSON: {exc}"))
            continue
        for raw in data.get("entities", []):
            entity = Entity.from_dict(raw)
            try:
                entity.validate()
            except ValidationError as exc:
                problems.append((f"{path.name} entity {entity.id}", str(exc)))
                continue
            if entity.id in entities:
                old = entities[entity.id]
                old.aliases += [a for a in entity.names() if a not in old.names()]
            else:
                entities[entity.id] = entity
        if "source" not in data:
            continue
        source = Source.from_dict(data["source"])
        try:
            source.validate()
        except ValidationError as exc:
            problems.append((f"{path.name} source", str(exc)))
            continue
        out.sources.append(source)
        for i, raw in enumerate(data.get("facts", []), 1):
            fact = Fact.from_dict(raw | {"source": source.id})
            try:
                fact.validate()
            except ValidationError as exc:
                problems.append((f"{path.name} fact #{i} ({fact.id})", str(exc)))
                continue
            out.facts.append(fact)
    out.entities = list(entities.values())
    seen: set[str] = set()
    known = set(entities)
    for fact in out.facts:
        if fact.id in seen:
            problems.append((f"fact {fact.id}", "id used twice"))
        seen.add(fact.id)
        if fact.entity not in known:
            problems.append((f"fact {fact.id}", f"entity {fact.entity!r} is not defined"))
    if problems:
        raise ValidationError(problems)
    return out


def fact_hash(fact: Fact) -> str:
    text = json.dumps(fact.editable(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def load_curated(store: FactStore, directory: Path = CURATED_DIR) -> LoadReport:
    """Bring the store up to date with the curated files, all in one transaction."""
    data = read_curated(directory)
    report = LoadReport()
    with store.atomic():
        for source in data.sources:
            store.put_source(source, CURATED)
        for entity in data.entities:
            store.put_entity(entity, CURATED)
        rows = store.db.query("SELECT id, updated_by, deleted_at, curated_hash FROM facts")
        known = {r["id"]: r for r in rows}
        new: list[Fact] = []
        hashes: dict[str, str] = {}
        for fact in data.facts:
            digest = fact_hash(fact)
            row = known.get(fact.id)
            if row is None:
                new.append(fact)
                hashes[fact.id] = digest
                report.added.append(fact.id)
            elif row["updated_by"] != CURATED or row["deleted_at"]:
                report.kept.append(fact.id)
            elif row["curated_hash"] == digest:
                report.unchanged += 1
            else:
                store.update_fact(fact.id, {k: v for k, v in fact.editable().items() if k != "id"}, CURATED)
                store.db["facts"].update(fact.id, {"curated_hash": digest})
                report.updated.append(fact.id)
        store.add_facts_bulk(new, CURATED, hashes)
    if report.kept:
        log.info("kept %d admin-edited facts: %s", len(report.kept), ", ".join(report.kept[:10]))
    return report


def ensure_loaded(store: FactStore, directory: Path = CURATED_DIR) -> LoadReport | None:
    """Load the curated files when the store has never seen them, or when they changed."""
    if store.read_only:
        log.warning("the database is read-only: answering from it as it is, curated files not loaded")
        return None
    stamp = _dir_stamp(directory)
    meta = store.db["meta"]
    row = next(store.db.query("SELECT value FROM meta WHERE key = 'curated_stamp'"), None) \
        if meta.exists() else None
    if row and row["value"] == stamp:
        return None
    report = load_curated(store, directory)
    with store.atomic():
        store.db["meta"].upsert({"key": "curated_stamp", "value": stamp}, pk="key")
    return report


def _dir_stamp(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(Path(directory).glob("*.json")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def export_curated(store: FactStore, directory: Path) -> list[Path]:
    """Write the store back as curated files, one per source plus the entities file."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    facts = store.list_facts()
    entities = {e.id: e for e in store.list_entities()}
    written = []
    used_by_source: dict[str, set[str]] = {}
    for fact in facts:
        used_by_source.setdefault(fact.source, set()).add(fact.entity)
    shared = {eid for eid in entities
              if sum(eid in used for used in used_by_source.values()) != 1}
    path = directory / ENTITIES_FILE
    path.write_text(_dump({"entities": [entities[e].to_dict() for e in sorted(shared)]}), encoding="utf-8")
    written.append(path)
    for source in store.list_sources():
        own = sorted(used_by_source.get(source.id, set()) - shared)
        body = {"source": source.to_dict(),
                "entities": [entities[e].to_dict() for e in own if e in entities],
                "facts": [curated_fact(f) for f in facts if f.source == source.id]}
        path = directory / f"{source.id}.json"
        path.write_text(_dump(body), encoding="utf-8")
        written.append(path)
    return written


def curated_fact(fact: Fact) -> dict:
    """A fact in the curated files' shape (nested period, no source: the file gives it)."""
    out: dict = {}
    for key, value in fact.editable().items():
        if key in ("period_zh", "period_en", "period_start", "period_end", "source"):
            continue
        out[key] = value
        if key == "change_en":
            out["period"] = {"zh": fact.period_zh, "en": fact.period_en,
                             "start": fact.period_start, "end": fact.period_end}
    return out


def _dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


__all__ = ["CURATED_DIR", "CuratedSet", "LoadReport", "read_curated", "load_curated", "ensure_loaded",
           "export_curated", "curated_fact", "StoreError"]
