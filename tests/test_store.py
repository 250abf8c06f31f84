"""The store: migrations, every verb, restore, history, undo, one transaction per write."""
from __future__ import annotations

import pytest

from knowledge import DuplicateId, FactNotFound, FactStore, StoreError, ValidationError
from knowledge.schema import migrations

from conftest import make_fact


def test_migrations_run_twice_without_harm(tmp_path):
    path = tmp_path / "m.db"
    first = FactStore(path)
    first.close()
    second = FactStore(path)
    second.migrate()
    assert {"sources", "entities", "facts", "audit", "admins", "meta"} <= set(second.db.table_names())
    assert migrations.pending(second.db) == []
    second.close()


def test_store_uses_wal_mode(tmp_path):
    s = FactStore(tmp_path / "w.db")
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_add_then_get_returns_the_same_fact(store):
    store.add_fact(make_fact(), "alice")
    got = store.get_fact("t-trade")
    assert got.value == "7502.3" and got.unit == "亿元"
    assert got.keywords == ["外贸", "foreign trade"]
    assert got.created_by == "alice" and got.created_at


def test_add_rejects_a_duplicate_id(store):
    store.add_fact(make_fact(), "alice")
    with pytest.raises(DuplicateId):
        store.add_fact(make_fact(), "bob")


def test_add_rejects_unknown_entity_and_source_naming_the_fields(store):
    with pytest.raises(ValidationError) as err:
        store.add_fact(make_fact(entity="guangdong", source="nowhere"), "alice")
    assert {f for f, _ in err.value.problems} == {"entity", "source"}
    assert store.list_facts() == []


def test_add_rejects_missing_fields_and_bad_dates(store):
    with pytest.raises(ValidationError) as err:
        store.add_fact(make_fact(statement_en="", period_end="2025-13-40", topic="gossip"), "alice")
    fields = {f for f, _ in err.value.problems}
    assert fields == {"statement_en", "period_end", "topic"}


def test_update_changes_fields_and_records_before_and_after(store):
    store.add_fact(make_fact(), "alice")
    store.update_fact("t-trade", {"value": "7600", "keywords": ["贸易额"]}, "bob")
    got = store.get_fact("t-trade")
    assert got.value == "7600" and got.updated_by == "bob" and got.created_by == "alice"
    last = store.history("t-trade")[-1]
    assert last.action == "update" and last.actor == "bob"
    assert last.before["value"] == "7502.3" and last.after["value"] == "7600"


def test_update_refuses_unknown_fields_and_the_id(store):
    store.add_fact(make_fact(), "alice")
    with pytest.raises(ValidationError):
        store.update_fact("t-trade", {"colour": "red"}, "bob")
    with pytest.raises(ValidationError):
        store.update_fact("t-trade", {"id": "other"}, "bob")
    assert store.get_fact("t-trade").value == "7502.3"


def test_a_failed_update_changes_nothing(store):
    store.add_fact(make_fact(), "alice")
    before = len(store.history("t-trade"))
    with pytest.raises(ValidationError):
        store.update_fact("t-trade", {"value": "1", "entity": "nowhere"}, "bob")
    assert store.get_fact("t-trade").value == "7502.3"
    assert len(store.history("t-trade")) == before


def test_delete_hides_and_restore_brings_back(store):
    store.add_fact(make_fact(), "alice")
    store.delete_fact("t-trade", "bob")
    with pytest.raises(FactNotFound):
        store.get_fact("t-trade")
    assert store.list_facts() == []
    assert store.get_fact("t-trade", include_deleted=True).deleted_at
    store.restore_fact("t-trade", "bob")
    assert store.get_fact("t-trade").value == "7502.3"
    assert [c.action for c in store.history("t-trade")] == ["add", "delete", "restore"]


def test_restore_of_a_live_fact_is_refused(store):
    store.add_fact(make_fact(), "alice")
    with pytest.raises(StoreError):
        store.restore_fact("t-trade", "bob")


def test_get_unknown_fact_raises_fact_not_found(store):
    with pytest.raises(FactNotFound, match="no fact with id 'nope'"):
        store.get_fact("nope")


def test_list_filters_by_topic_and_entity(store):
    store.add_fact(make_fact(), "a")
    store.add_fact(make_fact(id="t-wh", entity="wuhan", topic="economy"), "a")
    assert [f.id for f in store.list_facts(topic="economy")] == ["t-wh"]
    assert [f.id for f in store.list_facts(entity="hubei")] == ["t-trade"]


def test_search_finds_by_entity_alias_and_keyword(store):
    store.add_fact(make_fact(), "a")
    assert [f.id for f in store.search("湖北")] == ["t-trade"]
    assert [f.id for f in store.search("foreign trade")] == ["t-trade"]
    assert store.search("花湖") == []


def test_undo_reverses_only_the_actors_own_last_change(store):
    store.add_fact(make_fact(), "alice")
    store.update_fact("t-trade", {"value": "1"}, "alice")
    store.update_fact("t-trade", {"unit": "万元"}, "bob")
    store.undo("alice")
    got = store.get_fact("t-trade")
    assert got.value == "7502.3"          # alice's edit undone
    assert got.unit == "万元"              # bob's edit kept
    store.undo("alice")                    # then her add: the fact goes, restorably
    with pytest.raises(FactNotFound):
        store.get_fact("t-trade")
    with pytest.raises(StoreError, match="no change to undo"):
        store.undo("alice")


def test_version_grows_with_every_change(store):
    v0 = store.version
    store.add_fact(make_fact(), "a")
    assert store.version > v0


def test_entity_aliases_merge_and_are_never_dropped(store):
    from knowledge import Entity

    store.put_entity(Entity("hubei", "region", "湖北省", "Hubei", ["鄂"]), "b")
    assert store.get_entity("hubei").aliases == ["湖北", "鄂"]


def test_recent_additions_are_newest_first_without_deleted_facts(store):
    from knowledge import Source

    store.add_fact(make_fact(id="first-fact"), "test")
    store.add_fact(make_fact(id="second-fact"), "test")
    store.add_source(Source("src-b", "长江日报", "Changjiang Daily", "另一篇", "2025-12-26"), "test")
    assert [(c.kind, c.target) for c in store.recent_additions(3)] == [
        ("source", "src-b"), ("fact", "second-fact"), ("fact", "first-fact")]
    store.delete_fact("second-fact", "test")
    assert [c.target for c in store.recent_additions(10) if c.kind == "fact"] == ["first-fact"]
    store.restore_fact("second-fact", "test")
    assert [c.target for c in store.recent_additions(10)][:2] == ["second-fact", "src-b"]
