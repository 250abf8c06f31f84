"""The fact store: SQLite through sqlite-utils, every write one transaction with its audit line."""
from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import secrets
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from .connection import (BUSY_TIMEOUT_MS, IMPATIENT_MS, READ_ONLY_MESSAGE, begin_immediate, open_read_only,
                         store_error)
from .models import (FACT_FIELDS, Change, Conflict, DuplicateId, Entity, EntityNotFound, Fact, FactNotFound,
                     ReadOnly, Source, SourceNotFound, StoreError, ValidationError)
from .schema import migrations

log = logging.getLogger(__name__)

DEFAULT_DB = Path(__file__).resolve().parent.parent / "data" / "hubei_open_economy.db"
CURATED = "curated"


def now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_db_path() -> Path:
    return Path(os.environ.get("BOT_DB_PATH") or DEFAULT_DB)


class FactStore:
    """Sources, entities, facts and their audit trail.

    >>> store = FactStore(":memory:")
    """

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        path = default_db_path() if path is None else path
        self.path = str(path)
        self.read_only = read_only
        self._batch: str | None = None       # the batch id audit lines get, inside store.batch()
        if str(path) == ":memory:":
            self.db = Database(memory=True)
        elif not read_only:
            try:
                self._open_writable(Path(path))
            except (sqlite3.OperationalError, OSError) as exc:
                log.warning("cannot write the database %s (%s): answering from it read-only", path, exc)
                self.read_only = True
        if self.read_only:
            self.db = open_read_only(Path(path))
        self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not self.read_only:
            self.migrate()

    def _open_writable(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = Database(str(path))
        try:
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.db.enable_wal()
            self.migrate()
        except sqlite3.OperationalError:
            self.db.close()
            raise

    def migrate(self) -> None:
        migrations.apply(self.db)

    def close(self) -> None:
        self.db.close()

    # -- reading -------------------------------------------------------------------------
    @property
    def version(self) -> int:
        """Grows with every change, from this process or another one."""
        row = self.db.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()
        return int(row[0])

    def get_fact(self, fact_id: str, include_deleted: bool = False) -> Fact:
        row = next(self.db.query("SELECT * FROM facts WHERE id = ?", [fact_id]), None)
        if row is None or (row["deleted_at"] and not include_deleted):
            raise FactNotFound(f"no fact with id {fact_id!r}; try 'facts list'")
        return _fact(row)

    def list_facts(self, topic: str | None = None, entity: str | None = None, include_deleted: bool = False,
                   period: tuple[str | None, str | None] | None = None,
                   metrics: Collection[str] | None = None, unit: str | None = None) -> list[Fact]:
        """Facts by id, of a topic, entity, period (start, end), metric keys, unit (each indexed)."""
        where, params = [], []
        if not include_deleted:
            where.append("deleted_at IS NULL")
        if period is not None:
            where.append("period_start IS ? AND period_end IS ?")
            params += list(period)
        if metrics is not None:
            where.append(f"metric IN ({', '.join('?' * len(metrics))})")
            params += sorted(metrics)
        if unit is not None:
            where.append("unit = ?")
            params.append(unit)
        if topic:
            where.append("topic = ?")
            params.append(topic)
        if entity:
            where.append("entity = ?")
            params.append(entity)
        sql = "SELECT * FROM facts" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        return [_fact(r) for r in self.db.query(sql, params)]

    def iter_facts(self) -> Iterator[Fact]:
        """Every live fact by id, read one at a time (a large base need not fit in a list)."""
        for row in self.db.query("SELECT * FROM facts WHERE deleted_at IS NULL ORDER BY id"):
            yield _fact(row)

    def metric_rows(self, metrics: set[str], names_zh: set[str], names_en: set[str]) -> list[tuple]:
        """(metric, metric_zh, metric_en, value, value_en, unit, source) of the live facts sharing a metric
        key, Chinese or English name (any case) with the ones given and bringing a name not among them."""
        m, zh, en = sorted(metrics), sorted(names_zh | {""}), sorted(n.lower() for n in names_en | {""})
        marks = lambda names: ", ".join("?" * len(names))  # noqa: E731
        sql = (f"SELECT metric, metric_zh, metric_en, value, value_en, unit, source FROM facts "
               f"WHERE deleted_at IS NULL AND (metric IN ({marks(m)}) OR metric_zh IN ({marks(zh[1:])}) "
               f"OR lower(metric_en) IN ({marks(en[1:])})) AND NOT (metric IN ({marks(m)}) "
               f"AND coalesce(metric_zh, '') IN ({marks(zh)}) "
               f"AND lower(coalesce(metric_en, '')) IN ({marks(en)}))")
        return self.db.execute(sql, m + zh[1:] + en[1:] + m + zh + en).fetchall()

    def search(self, text: str, limit: int = 20) -> list[Fact]:
        """Facts whose id, metric, value, statements, keywords or entity names contain `text`."""
        like = f"%{text.strip()}%"
        sql = """SELECT f.* FROM facts f JOIN entities e ON e.id = f.entity
                 WHERE f.deleted_at IS NULL AND (f.id LIKE :q OR f.metric LIKE :q OR f.metric_zh LIKE :q
                   OR f.metric_en LIKE :q OR f.value LIKE :q OR f.statement_zh LIKE :q
                   OR f.statement_en LIKE :q OR f.keywords LIKE :q OR e.name_zh LIKE :q
                   OR e.name_en LIKE :q OR e.aliases LIKE :q)
                 ORDER BY f.id LIMIT :limit"""
        return [_fact(r) for r in self.db.query(sql, {"q": like, "limit": limit})]

    def get_entity(self, entity_id: str) -> Entity:
        row = next(self.db.query("SELECT * FROM entities WHERE id = ?", [entity_id]), None)
        if row is None:
            raise EntityNotFound(f"no entity with id {entity_id!r}")
        return _entity(row)

    def list_entities(self) -> list[Entity]:
        return [_entity(r) for r in self.db.query("SELECT * FROM entities ORDER BY id")]

    def get_source(self, source_id: str) -> Source:
        row = next(self.db.query("SELECT * FROM sources WHERE id = ?", [source_id]), None)
        if row is None:
            raise SourceNotFound(f"no source with id {source_id!r}")
        return _source(row)

    def list_sources(self) -> list[Source]:
        return [_source(r) for r in self.db.query("SELECT * FROM sources ORDER BY date, id")]

    def history(self, target: str, kind: str = "fact") -> list[Change]:
        rows = self.db.query("SELECT * FROM audit WHERE kind = ? AND target = ? ORDER BY id",
                             [kind, target])
        return [_change(r) for r in rows]

    def recent_changes(self, limit: int = 20) -> list[Change]:
        return [_change(r) for r in self.db.query("SELECT * FROM audit ORDER BY id DESC LIMIT ?", [limit])]

    def recent_additions(self, limit: int = 10) -> list[Change]:
        """The facts and sources added (or restored) most recently, newest first, each once; facts
        deleted since are left out."""
        rows = self.db.query(
            "SELECT a.* FROM audit a LEFT JOIN facts f ON a.kind = 'fact' AND f.id = a.target "
            "WHERE a.action IN ('add', 'restore') AND a.kind IN ('fact', 'source') "
            "AND coalesce(a.undone, 0) = 0 "
            "AND (a.kind = 'source' OR f.deleted_at IS NULL AND f.id IS NOT NULL) "
            "ORDER BY a.id DESC LIMIT ?", [limit * 3])
        seen: set[tuple[str, str]] = set()
        out: list[Change] = []
        for row in rows:
            if (row["kind"], row["target"]) not in seen and len(out) < limit:
                seen.add((row["kind"], row["target"]))
                out.append(_change(row))
        return out

    def changes_after(self, version: int, limit: int = 100_000) -> list[Change]:
        """The audit lines after `version` (see `version`), oldest first."""
        rows = self.db.query("SELECT * FROM audit WHERE id > ? ORDER BY id LIMIT ?", [version, limit])
        return [_change(r) for r in rows]

    def stamp(self, version: int) -> str:
        """When the change numbered `version` was made ('' when there is none): with the number,
        it tells one history of the base from another."""
        row = self.db.execute("SELECT at FROM audit WHERE id = ?", [version]).fetchone()
        return row[0] if row else ""

    def last_update(self) -> str:
        row = self.db.execute("SELECT max(at) FROM audit").fetchone()
        return row[0] or ""

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {"facts": one("SELECT count(*) FROM facts WHERE deleted_at IS NULL"),
                "sources": one("SELECT count(*) FROM sources"),
                "entities": one("SELECT count(*) FROM entities")}

    # -- writing -------------------------------------------------------------------------
    @contextmanager
    def atomic(self, patient: bool = True) -> Iterator[Database]:
        """One write transaction. It takes the write lock first (BEGIN IMMEDIATE), waiting for other
        writers, so it never fails half-way with "database is locked"; nested blocks are savepoints.
        `patient=False` (usage records written while answering) waits a moment only, and once."""
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        if self.read_only:
            raise ReadOnly(READ_ONLY_MESSAGE)
        if patient:
            begin_immediate(self.db)
        else:
            self.db.execute(f"PRAGMA busy_timeout = {IMPATIENT_MS}")
            try:
                begin_immediate(self.db, attempts=1)
            finally:
                self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            yield self.db
            self.db.conn.commit()
        except sqlite3.OperationalError as exc:
            self.db.conn.rollback()
            raise store_error(exc) from exc
        except BaseException:
            self.db.conn.rollback()
            raise

    @contextmanager
    def batch(self, kind: str = "batch") -> Iterator[str]:
        """One transaction whose audit lines share a new batch id (yielded), so it can be undone whole."""
        if self._batch is not None:          # already inside a batch: the outer one holds it all
            yield self._batch
            return
        stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%d%H%M%S")
        self._batch = f"{kind}-{stamp}-{secrets.token_hex(3)}"
        try:
            with self.atomic():
                yield self._batch
        finally:
            self._batch = None

    def add_source(self, source: Source, actor: str) -> Source:
        source.validate()
        with self.atomic():
            if self.db["sources"].count_where("id = ?", [source.id]):
                raise DuplicateId(f"a source with id {source.id!r} exists already")
            self._write_source(source, actor, "add", None)
        return source

    def put_source(self, source: Source, actor: str) -> Source:
        """Add the source, or replace it when one with its id exists."""
        source.validate()
        with self.atomic():
            try:
                before = self.get_source(source.id).to_dict()
            except SourceNotFound:
                before = None
            if before != source.to_dict():
                self._write_source(source, actor, "update" if before else "add", before)
        return source

    def _write_source(self, source: Source, actor: str, action: str, before: dict | None) -> None:
        row = source.to_dict() | {"origin": actor, "updated_at": now(), "updated_by": actor}
        self.db["sources"].upsert(row, pk="id")
        self._audit(actor, action, "source", source.id, before, source.to_dict())

    def put_entity(self, entity: Entity, actor: str) -> Entity:
        """Add the entity, or update it; aliases are merged, never dropped."""
        entity.validate()
        with self.atomic():
            try:
                old = self.get_entity(entity.id)
            except EntityNotFound:
                old = None
            if old is not None:
                aliases = old.aliases + [a for a in entity.aliases if a not in old.aliases]
                entity = Entity(entity.id, entity.type or old.type, entity.name_zh or old.name_zh,
                                entity.name_en or old.name_en, aliases)
                if entity == old:
                    return entity
            row = entity.to_dict() | {"aliases": json.dumps(entity.aliases, ensure_ascii=False),
                                      "origin": actor, "updated_at": now(), "updated_by": actor}
            self.db["entities"].upsert(row, pk="id")
            self._audit(actor, "update" if old else "add", "entity", entity.id,
                        old.to_dict() if old else None, entity.to_dict())
        return entity

    def add_fact(self, fact: Fact, actor: str) -> Fact:
        with self.atomic():
            if self.db["facts"].count_where("id = ?", [fact.id]):
                raise DuplicateId(f"a fact with id {fact.id!r} exists already (it may be deleted: "
                                  f"try 'facts restore {fact.id}')")
            self.check_fact(fact)
            stamp = now()
            fact.created_at = fact.updated_at = stamp
            fact.created_by = fact.updated_by = actor
            fact.deleted_at = None
            self._write_fact(fact)
            self._audit(actor, "add", "fact", fact.id, None, fact.editable())
        return fact

    def update_fact(self, fact_id: str, changes: dict, actor: str, expected: dict | None = None) -> Fact:
        """Change fields of a fact. `expected` holds the values the editor saw (field -> value); if the
        fact differs from them now, nothing is written and Conflict says what changed meanwhile."""
        unknown = sorted(set(changes) - set(FACT_FIELDS) - {"period"})
        if unknown or "id" in changes:
            raise ValidationError([(name, "is not a field you can change") for name in unknown or ["id"]])
        with self.atomic():
            old = self.get_fact(fact_id)
            live = old.editable()
            moved = [k for k, v in (expected or {}).items() if live.get(k) != v]
            if moved:
                raise Conflict(f"fact {fact_id} was changed by someone else since you saw it "
                               f"({', '.join(f'{k}: now {live.get(k)!r}' for k in moved)}); nothing saved")
            merged = Fact.from_dict(old.to_dict() | changes)
            merged.created_at, merged.created_by = old.created_at, old.created_by
            self.check_fact(merged)
            if merged.editable() == old.editable():
                return old
            merged.updated_at, merged.updated_by = now(), actor
            self._write_fact(merged)
            self._audit(actor, "update", "fact", fact_id, old.editable(), merged.editable())
        return merged

    def delete_fact(self, fact_id: str, actor: str) -> Fact:
        with self.atomic():
            fact = self.get_fact(fact_id)
            stamp = now()
            self.db["facts"].update(fact_id, {"deleted_at": stamp, "updated_at": stamp, "updated_by": actor})
            self._audit(actor, "delete", "fact", fact_id, fact.editable(), None)
        return fact

    def restore_fact(self, fact_id: str, actor: str) -> Fact:
        with self.atomic():
            fact = self.get_fact(fact_id, include_deleted=True)
            if not fact.deleted_at:
                raise StoreError(f"fact {fact_id!r} is not deleted")
            self.check_fact(fact)            # its entity and source may have gone with an undone batch
            self.db["facts"].update(fact_id, {"deleted_at": None, "updated_at": now(), "updated_by": actor})
            self._audit(actor, "restore", "fact", fact_id, None, fact.editable())
        return self.get_fact(fact_id)

    def undo(self, actor: str) -> Change:
        """Reverse the actor's own last change to a fact that is not undone yet."""
        with self.atomic():
            row = next(self.db.query(
                "SELECT * FROM audit WHERE actor = ? AND kind = 'fact' AND action != 'undo' "
                "AND coalesce(undone, 0) = 0 ORDER BY id DESC LIMIT 1", [actor]), None)
            if row is None:
                raise StoreError("you have no change to undo")
            change = _change(row)
            current = next(self.db.query("SELECT * FROM facts WHERE id = ?", [change.target]), None)
            now_fact = _fact(current) if current else None
            if change.before is None:  # an add, or a restore: the fact goes (restorably)
                self.db["facts"].update(change.target, {"deleted_at": now(), "updated_by": actor})
            elif change.after is None:  # a delete: the fact comes back
                self.db["facts"].update(change.target, {"deleted_at": None, "updated_at": now(),
                                                        "updated_by": actor})
            else:  # an update: put back only the fields it changed, unless someone changed them since
                fields_changed = [k for k in change.after if change.before.get(k) != change.after.get(k)]
                live = now_fact.editable() if now_fact else {}
                clash = [k for k in fields_changed if live.get(k) != change.after.get(k)]
                if clash:
                    raise StoreError(f"fact {change.target} was changed again since ({', '.join(clash)}); "
                                     "nothing undone: edit it instead")
                merged = Fact.from_dict(now_fact.to_dict() | {k: change.before[k] for k in fields_changed})
                merged.created_at, merged.created_by = now_fact.created_at, now_fact.created_by
                merged.updated_at, merged.updated_by = now(), actor
                self.check_fact(merged)
                self._write_fact(merged)
            self.db["audit"].update(change.id, {"undone": 1})
            after = self.get_fact(change.target, include_deleted=True)
            self._audit(actor, "undo", "fact", change.target,
                        now_fact.editable() if now_fact else None,
                        None if after.deleted_at else after.editable())
        return change

    def add_facts_bulk(self, facts: list[Fact], actor: str, hashes: dict[str, str]) -> None:
        """Add many new facts in one statement each for facts and audit (loading an empty base)."""
        entities = {r[0] for r in self.db.execute("SELECT id FROM entities").fetchall()}
        sources = {r[0] for r in self.db.execute("SELECT id FROM sources").fetchall()}
        stamp = now()
        rows, audit = [], []
        for fact in facts:
            fact.validate()
            if fact.entity not in entities or fact.source not in sources:
                self.check_fact(fact)           # raises with the exact problem
            fact.created_at = fact.updated_at = stamp
            fact.created_by = fact.updated_by = actor
            rows.append(fact.to_dict() | {"keywords": json.dumps(fact.keywords, ensure_ascii=False),
                                          "curated_hash": hashes.get(fact.id)})
            audit.append({"at": stamp, "actor": actor, "action": "add", "kind": "fact", "target": fact.id,
                          "before": None, "after": json.dumps(fact.editable(), ensure_ascii=False),
                          "undone": 0, "batch": self._batch})
        with self.atomic():
            self.db["facts"].insert_all(rows, pk="id")
            self.db["audit"].insert_all(audit)

    def check_fact(self, fact: Fact) -> None:
        """Validate the fact's fields and that its entity and source exist."""
        problems: list[tuple[str, str]] = []
        try:
            fact.validate()
        except ValidationError as exc:
            problems.extend(exc.problems)
        if fact.entity and not self.db["entities"].count_where("id = ?", [fact.entity]):
            problems.append(("entity", f"no entity {fact.entity!r}; add it first or use an existing id"))
        if fact.source and not self.db["sources"].count_where("id = ?", [fact.source]):
            problems.append(("source", f"no source {fact.source!r}; add it first (/addsource)"))
        if problems:
            raise ValidationError(problems)

    def _write_fact(self, fact: Fact, curated_hash: str | None = None) -> None:
        row = fact.to_dict() | {"keywords": json.dumps(fact.keywords, ensure_ascii=False)}
        if curated_hash is not None:
            row["curated_hash"] = curated_hash
        self.db["facts"].upsert(row, pk="id")

    def _audit(self, actor: str, action: str, kind: str, target: str,
               before: dict | None, after: dict | None, batch: str | None = None) -> None:
        dump = lambda d: None if d is None else json.dumps(d, ensure_ascii=False)  # noqa: E731
        self.db["audit"].insert({"at": now(), "actor": actor, "action": action, "kind": kind,
                                 "target": target, "before": dump(before), "after": dump(after),
                                 "undone": 0, "batch": batch or self._batch})


def _fact(row: dict) -> Fact:
    data = {k: v for k, v in row.items() if k != "curated_hash"}
    data["keywords"] = json.loads(row["keywords"] or "[]")
    return Fact.from_dict(data)


def _entity(row: dict) -> Entity:
    return Entity(row["id"], row["type"], row["name_zh"] or "", row["name_en"] or "",
                  json.loads(row["aliases"] or "[]"))


def _source(row: dict) -> Source:
    return Source.from_dict({k: v for k, v in row.items()
                             if k not in ("origin", "updated_at", "updated_by")})


def _change(row: dict) -> Change:
    load = lambda t: None if t is None else json.loads(t)  # noqa: E731
    return Change(row["id"], row["at"], row["actor"], row["action"], row["kind"], row["target"],
                  load(row["before"]), load(row["after"]), row.get("batch"))
