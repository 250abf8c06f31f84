"""The database schema, as numbered migrations that are safe to run twice."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("hubei_open_economy")


@migrations(name="0001_core")
def m0001_core(db: Database) -> None:
    db["sources"].create({
        "id": str, "publication_zh": str, "publication_en": str, "title": str, "title_en": str,
        "date": str, "page": str, "reprinted_by": str, "seed": str,
        "origin": str, "updated_at": str, "updated_by": str,
    }, pk="id", if_not_exists=True)
    db["entities"].create({
        "id": str, "type": str, "name_zh": str, "name_en": str, "aliases": str,
        "origin": str, "updated_at": str, "updated_by": str,
    }, pk="id", if_not_exists=True)
    db["facts"].create({
        "id": str, "topic": str, "entity": str, "metric": str, "metric_zh": str, "metric_en": str,
        "value": str, "unit": str, "value_en": str, "change_zh": str, "change_en": str,
        "period_zh": str, "period_en": str, "period_start": str, "period_end": str,
        "statement_zh": str, "statement_en": str, "keywords": str, "source": str,
        "created_at": str, "created_by": str, "updated_at": str, "updated_by": str,
        "deleted_at": str, "curated_hash": str,
    }, pk="id", if_not_exists=True)
    db["audit"].create({
        "id": int, "at": str, "actor": str, "action": str, "kind": str, "target": str,
        "before": str, "after": str, "undone": int,
    }, pk="id", if_not_exists=True)
    db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db.execute("CREATE INDEX IF NOT EXISTS audit_target ON audit(kind, target)")
    db.execute("CREATE INDEX IF NOT EXISTS facts_entity ON facts(entity)")


@migrations(name="0002_people")
def m0002_people(db: Database) -> None:
    db["admins"].create({"user_id": int, "added_by": str, "added_at": str}, pk="user_id",
                        if_not_exists=True)
    db["user_prefs"].create({"user_id": int, "lang": str, "updated_at": str}, pk="user_id",
                            if_not_exists=True)


@migrations(name="0003_misses")
def m0003_misses(db: Database) -> None:
    db["questions"].create({
        "id": int, "at": str, "user_hash": str, "lang": str, "text": str, "found": int,
        "topic": str, "fact_ids": str, "score": float,
    }, pk="id", if_not_exists=True)
    db["feedback"].create({
        "id": int, "at": str, "user_hash": str, "question": str, "fact_ids": str,
        "vote": int,
    }, pk="id", if_not_exists=True)


@migrations(name="0004_question_tokens")
def m0004_question_tokens(db: Database) -> None:
    """Answers carry an unguessable token (for their vote buttons) instead of the row id."""
    if "token" not in db["questions"].columns_dict:
        db["questions"].add_column("token", str)
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS questions_token ON questions(token)")


@migrations(name="0005_batches")
def m0005_batches(db: Database) -> None:
    """Audit lines written together (an ingestion, an import) share a batch id, to be undone as one."""
    if "batch" not in db["audit"].columns_dict:
        db["audit"].add_column("batch", str)
    db.execute("CREATE INDEX IF NOT EXISTS audit_batch ON audit(batch)")


@migrations(name="0006_fact_lookups")
def m0006_fact_lookups(db: Database) -> None:
    """Facts looked up by metric name and period (chart series, ingestion) without reading the whole base."""
    db.execute("CREATE INDEX IF NOT EXISTS facts_metric ON facts(metric)")
    db.execute("CREATE INDEX IF NOT EXISTS facts_metric_zh ON facts(metric_zh)")
    db.execute("CREATE INDEX IF NOT EXISTS facts_metric_en ON facts(lower(metric_en))")
    db.execute("CREATE INDEX IF NOT EXISTS facts_period ON facts(period_start, period_end)")
