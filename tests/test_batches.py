"""A batch (an ingested article, an import) is undone as a whole, with audit lines, or not at all."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Entity, Source, StoreError, ValidationError
from knowledge.batches import last_batch, undo_batch, undo_last
from knowledge.transfer import apply_import, parse_file, plan_import

from conftest import make_fact


def ingest_like(store, actor="tg:1"):
    """What applying an article does: a new source, a new entity, an alias on a known one, two facts."""
    with store.batch("ingest") as batch:
        store.add_source(Source("src-new", "楚天晨报", "Chutian Morning", "测试标题", "2025-03-04"), actor)
        store.put_entity(Entity("test-port", "hub", "测试港", "Test Port"), actor)
        store.put_entity(Entity("hubei", "region", "湖北省", "Hubei", ["鄂"]), actor)
        store.add_fact(make_fact(id="n-one", source="src-new", entity="test-port"), actor)
        store.add_fact(make_fact(id="n-two", source="src-new", value="88.8"), actor)
    return batch


def test_a_batch_is_undone_whole_with_audit_lines(store):
    before = store.counts()
    batch = ingest_like(store)
    assert batch.startswith("ingest-") and store.counts()["facts"] == before["facts"] + 2
    assert {c.batch for c in store.history("n-one")} == {batch}
    done = undo_batch(store, batch, "tg:2")
    assert sorted(done.facts) == ["n-one", "n-two"] and done.sources == ["src-new"]
    assert sorted(done.entities) == ["hubei", "test-port"]
    assert store.counts() == before
    assert store.get_entity("hubei").aliases == ["湖北"]
    assert [c.action for c in store.history("n-two")] == ["add", "undo"]
    assert store.history("src-new", kind="source")[-1].actor == "tg:2"
    with pytest.raises(StoreError, match="undone already"):
        undo_batch(store, batch, "tg:2")
    with pytest.raises(StoreError, match="no batch"):
        undo_batch(store, "ingest-nothing", "tg:2")
    with pytest.raises(ValidationError, match="no source"):     # its source went with the batch
        store.restore_fact("n-two", "tg:2")


def test_a_fact_changed_since_blocks_the_undo_and_nothing_changes(store):
    batch = ingest_like(store)
    store.update_fact("n-two", {"value": "99.9"}, "tg:3")
    version = store.version
    with pytest.raises(StoreError, match="n-two was changed since"):
        undo_batch(store, batch, "tg:1")
    assert store.version == version and store.get_fact("n-one").value == "7502.3"


def test_a_fact_deleted_since_does_not_block_it(store):
    batch = ingest_like(store)
    store.delete_fact("n-one", "tg:3")
    assert undo_batch(store, batch, "tg:1").facts == ["n-two"]


def test_a_new_source_used_by_a_later_fact_blocks_the_undo(store):
    batch = ingest_like(store)
    store.add_fact(make_fact(id="later", source="src-new"), "tg:3")
    with pytest.raises(StoreError, match="source src-new is now used by fact later"):
        undo_batch(store, batch, "tg:1")
    assert store.get_fact("n-one")


def test_undo_last_takes_back_the_whole_batch_or_one_change(store):
    store.add_fact(make_fact(id="single"), "tg:1")
    assert last_batch(store, "tg:1") is None
    batch = ingest_like(store)
    assert last_batch(store, "tg:1") == batch and last_batch(store, "tg:9") is None
    assert undo_last(store, "tg:1").batch == batch
    assert store.get_fact("single")                        # the change before the batch stays
    assert undo_last(store, "tg:1").target == "single"
    with pytest.raises(StoreError):
        store.get_fact("single")


def test_an_import_is_one_batch_and_is_undone_whole(store):
    csv = ("id,topic,entity,metric,value,unit,period_zh,period_en,statement_zh,statement_en,source,"
           "entity_type,entity_zh,entity_en\n"
           "i-1,trade,new-zone,exports,5,亿元,2025年,2025,新区出口5亿元。,New Zone exported 0.5 billion yuan.,src-a,"
           "zone,新区,New Zone\n"
           "t-trade,trade,hubei,trade_value,1,亿元,2025年,2025,湖北1亿元。,Hubei 0.1 billion yuan.,src-a,,,\n")
    store.add_fact(make_fact(), "tg:1")
    plan = apply_import(store, plan_import(store, parse_file(csv.encode(), "x.csv")), "tg:1")
    assert plan.batch.startswith("import-") and store.get_fact("t-trade").value == "1"
    done = undo_last(store, "tg:1")
    assert sorted(done.facts) == ["i-1", "t-trade"] and done.entities == ["new-zone"]
    assert store.get_fact("t-trade").value == "7502.3"


def test_a_failed_batch_writes_nothing(store):
    version = store.version
    with pytest.raises(StoreError):
        with store.batch("ingest"):
            store.add_fact(make_fact(id="ok-one"), "tg:1")
            store.add_fact(make_fact(id="bad", entity="nowhere"), "tg:1")
    assert store.version == version
    with pytest.raises(StoreError):
        store.get_fact("ok-one", include_deleted=True)


def test_an_applied_article_is_undone_whole(curated_store):
    from knowledge.ingest import apply_reading, read_article, undo_batch

    text = (Path(__file__).parent / "ingest" / "cns_dateline.txt").read_text(encoding="utf-8")
    store = curated_store
    before, version = store.counts(), store.version
    reading = read_article(text, store, date="2024-01-07")
    result = apply_reading(store, reading, "tg:1")
    assert result.added and store.counts()["facts"] == before["facts"] + len(result.added)
    assert last_batch(store, "tg:1") == result.batch
    done = undo_batch(store, result.batch, "tg:1")
    assert sorted(done.facts) == sorted(result.added)
    assert store.counts() == before and store.version > version
    assert last_batch(store, "tg:1") is None
    with pytest.raises(StoreError, match="undone already"):
        undo_batch(store, result.batch, "tg:1")


def test_cli_undoes_an_applied_article_by_its_batch(capsys, tmp_path):
    import re

    import run_bot

    article = tmp_path / "article.txt"
    article.write_text("湖北日报 2026年3月4日 第03版\n\n测试\n\n今年前两个月，鄂州花湖国际机场完成货邮吞吐量25.6万吨。\n",
                       encoding="utf-8")
    assert run_bot.main(["facts", "ingest", str(article), "--apply"]) == 0
    batch = re.search(r"batch (\S+?)\)", capsys.readouterr().out).group(1)
    assert run_bot.main(["facts", "undo", batch]) == 0
    assert "1 fact(s), 0 entit(ies), 1 source(s) taken back" in capsys.readouterr().out
    assert run_bot.main(["facts", "undo", batch]) == 1
    assert "undone already" in capsys.readouterr().err


def test_a_read_only_base_refuses_the_undo_clearly(store, tmp_path):
    from knowledge import FactStore

    ingest_like(store)
    store.close()
    read_only = FactStore(tmp_path / "facts.db", read_only=True)
    assert last_batch(read_only, "tg:1") is None
    with pytest.raises(StoreError):
        undo_last(read_only, "tg:1")
    read_only.close()
