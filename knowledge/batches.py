"""Undoing a batch (an ingested article, an import) as a whole, from the audit lines it wrote."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from .models import Change, Entity, Fact, Source, StoreError
from .store import FactStore, _change, now

log = logging.getLogger(__name__)


@dataclass
class BatchUndo:
    """What undoing a batch took back: fact, entity and source ids."""
    batch: str
    facts: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.facts)} fact(s), {len(self.entities)} entit(ies), "
                f"{len(self.sources)} source(s) taken back")


def batch_changes(store: FactStore, batch: str) -> list[Change]:
    """The batch's own audit lines that are not undone yet, oldest first.

    A batch is either the lines written inside store.batch() (their batch column), or a marker line
    (kind 'batch', target the batch id, `after` listing its source, entities and facts) written last
    in the transaction that made them; then the batch is the marker and each listed item's last line."""
    live = "action != 'undo' AND coalesce(undone, 0) = 0"
    rows = list(store.db.query(f"SELECT * FROM audit WHERE batch = ? AND {live} ORDER BY id", [batch]))
    marker = next(store.db.query(f"SELECT * FROM audit WHERE kind = 'batch' AND target = ? AND {live}",
                                 [batch]), None)
    if marker is not None and not rows:
        listed = json.loads(marker["after"] or "{}")
        targets = [("source", listed.get("source"))] + [("entity", e) for e in listed.get("entities") or []]
        targets += [("fact", f) for f in listed.get("facts") or []]
        for kind, target in targets:
            if not target:
                continue
            row = next(store.db.query(
                f"SELECT * FROM audit WHERE kind = ? AND target = ? AND actor = ? AND id < ? AND {live} "
                "ORDER BY id DESC LIMIT 1", [kind, target, marker["actor"], marker["id"]]), None)
            if row is not None:
                rows.append(row)
    if marker is not None and all(r["id"] != marker["id"] for r in rows):
        rows.append(marker)
    return [_change(r) for r in sorted(rows, key=lambda r: r["id"])]


def last_batch(store: FactStore, actor: str) -> str | None:
    """The batch of the actor's last change that is not undone, if that change was part of one."""
    if store.read_only:           # it may predate the batch column; nothing can be undone there anyway
        return None
    row = next(store.db.query("SELECT kind, target, batch FROM audit WHERE actor = ? "
                              "AND kind IN ('fact', 'batch') AND action != 'undo' "
                              "AND coalesce(undone, 0) = 0 "
                              "ORDER BY id DESC LIMIT 1", [actor]), None)
    if row is None:
        return None
    return row["target"] if row["kind"] == "batch" else row["batch"]


def undo_last(store: FactStore, actor: str) -> Change | BatchUndo:
    """Undo the actor's last change: a whole batch when it was one, else that one change."""
    batch = last_batch(store, actor)
    return undo_batch(store, batch, actor) if batch else store.undo(actor)


def undo_batch(store: FactStore, batch: str, actor: str) -> BatchUndo:
    """Take back everything the batch added or changed, in one transaction with audit lines.

    Refused, with nothing changed, when a fact of the batch was changed since by something else,
    or when a fact outside the batch now uses a source or entity the batch added."""
    done = BatchUndo(batch)
    with store.atomic():
        changes = batch_changes(store, batch)
        if not changes:
            known = store.db.execute("SELECT count(*) FROM audit WHERE batch = ? "
                                     "OR (kind = 'batch' AND target = ?)", [batch, batch]).fetchone()[0]
            raise StoreError(f"batch {batch} was undone already" if known else f"no batch {batch!r} to undo")
        _refuse_if_changed_since(store, batch, changes)
        reverse = _Reverse(store, actor, batch, done)
        steps = {"fact": reverse.fact, "entity": reverse.entity, "source": reverse.source,
                 "batch": reverse.marker}
        for change in reversed(changes):
            steps[change.kind](change)
        ids = [c.id for c in changes]
        store.db.execute(f"UPDATE audit SET undone = 1 WHERE id IN ({','.join('?' * len(ids))})", ids)
    log.info("batch %s undone by %s: %s", batch, actor, done.summary())
    return done


def _refuse_if_changed_since(store: FactStore, batch: str, changes: list[Change]) -> None:
    last = max(c.id for c in changes)
    problems: list[str] = []
    fact_ids = {c.target for c in changes if c.kind == "fact"}
    for fact_id in sorted(fact_ids):
        later = next(store.db.query(
            "SELECT actor, action FROM audit WHERE kind = 'fact' AND target = ? AND id > ? "
            "AND action != 'undo' AND coalesce(undone, 0) = 0 AND coalesce(batch, '') != ? "
            "ORDER BY id DESC LIMIT 1",
            [fact_id, last, batch]), None)
        if later and later["action"] != "delete":
            problems.append(f"fact {fact_id} was changed since ({later['action']} by {later['actor']})")
    for kind, column in (("source", "source"), ("entity", "entity")):
        for target in sorted({c.target for c in changes if c.kind == kind and c.before is None}):
            users = [r[0] for r in store.db.execute(
                f"SELECT id FROM facts WHERE {column} = ? AND deleted_at IS NULL", [target]).fetchall()
                if r[0] not in fact_ids]
            if users:
                problems.append(f"{kind} {target} is now used by fact {users[0]}"
                                + (f" and {len(users) - 1} more" if len(users) > 1 else ""))
    if problems:
        raise StoreError("nothing undone: " + "; ".join(problems[:5])
                         + ("; ..." if len(problems) > 5 else "") + ". Edit or delete those first.")


class _Reverse:
    """Reverse one audit line of a batch, writing the 'undo' audit line for it."""

    def __init__(self, store: FactStore, actor: str, batch: str, done: BatchUndo):
        self.store, self.actor, self.batch, self.done = store, actor, batch, done

    def _audit(self, kind: str, target: str, before: dict | None, after: dict | None) -> None:
        self.store._audit(self.actor, "undo", kind, target, before, after, batch=self.batch)

    def marker(self, change: Change) -> None:
        """The marker that listed the batch: its undo line says the batch is undone."""
        self._audit("batch", change.target, change.after, None)

    def fact(self, change: Change) -> None:
        store = self.store
        row = next(store.db.query("SELECT * FROM facts WHERE id = ?", [change.target]), None)
        if row is None:
            return
        current = store.get_fact(change.target, include_deleted=True)
        live = None if current.deleted_at else current.editable()
        if change.before is None:                      # added (or restored): it goes, restorably
            if live is None:
                return
            store.db["facts"].update(change.target, {"deleted_at": now(), "updated_by": self.actor})
            self._audit("fact", change.target, live, None)
        elif change.after is None:                     # deleted: it comes back
            store.db["facts"].update(change.target, {"deleted_at": None, "updated_at": now(),
                                                     "updated_by": self.actor})
            self._audit("fact", change.target, None, current.editable())
        else:                                          # updated: the fields it changed go back
            fields = {k: change.before.get(k) for k in change.after
                      if change.before.get(k) != change.after.get(k)}
            merged = Fact.from_dict(current.to_dict() | fields)
            merged.created_at, merged.created_by = current.created_at, current.created_by
            merged.updated_at, merged.updated_by = now(), self.actor
            store._write_fact(merged)
            self._audit("fact", change.target, current.editable(), merged.editable())
        self.done.facts.append(change.target)

    def entity(self, change: Change) -> None:
        store = self.store
        row = next(store.db.query("SELECT * FROM entities WHERE id = ?", [change.target]), None)
        if row is None:
            return
        current = store.get_entity(change.target)
        if change.before is None:
            store.db["entities"].delete(change.target)
            self._audit("entity", change.target, current.to_dict(), None)
        else:
            added = set(change.after.get("aliases", [])) - set(change.before.get("aliases", []))
            kept = [a for a in current.aliases if a not in added]
            back = Entity.from_dict(change.before | {"aliases": kept})
            store.db["entities"].upsert(back.to_dict() | {
                "aliases": json.dumps(back.aliases, ensure_ascii=False), "updated_at": now(),
                "updated_by": self.actor}, pk="id")
            self._audit("entity", change.target, current.to_dict(), back.to_dict())
        self.done.entities.append(change.target)

    def source(self, change: Change) -> None:
        store = self.store
        row = next(store.db.query("SELECT * FROM sources WHERE id = ?", [change.target]), None)
        if row is None:
            return
        current = store.get_source(change.target)
        if change.before is None:
            store.db["sources"].delete(change.target)
            self._audit("source", change.target, current.to_dict(), None)
        else:
            back = Source.from_dict(change.before)
            store.db["sources"].upsert(back.to_dict() | {"updated_at": now(), "updated_by": self.actor},
                                       pk="id")
            self._audit("source", change.target, current.to_dict(), back.to_dict())
        self.done.sources.append(change.target)
