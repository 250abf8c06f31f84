"""The curated files: valid, complete, loaded without losing admin work, exported back."""
from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from knowledge import CURATED_DIR, FactNotFound, FactStore, ValidationError, load_curated, read_curated
from knowledge.check import check_store
from knowledge.curated import ensure_loaded, export_curated

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_curated_files_cover_all_five_articles_with_well_over_200_facts():
    data = read_curated()
    assert len(data.sources) == 5
    assert len(data.facts) > 250
    per_source = Counter(f.source for f in data.facts)
    assert all(n >= 25 for n in per_source.values()), per_source


def test_every_curated_fact_has_period_statements_and_a_known_topic():
    for fact in read_curated().facts:
        assert fact.period_zh and fact.period_en, fact.id
        assert fact.statement_zh and fact.statement_en, fact.id
        assert fact.value, fact.id


def test_statements_are_in_the_right_language():
    for fact in read_curated().facts:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in fact.statement_zh), fact.id
        assert sum(ch.isascii() for ch in fact.statement_en) > 0.8 * len(fact.statement_en), fact.id


def test_loaded_base_passes_the_check(curated_store):
    assert check_store(curated_store) == []


@pytest.mark.skipif(not SEEDS.exists(), reason="the source articles are not beside this checkout")
def test_every_value_appears_in_its_article(curated_store):
    assert check_store(curated_store, SEEDS) == []


def test_loading_twice_changes_nothing(tmp_path):
    store = FactStore(tmp_path / "a.db")
    first = load_curated(store)
    version = store.version
    second = load_curated(store)
    assert len(first.added) > 250
    assert second.added == [] and second.updated == [] and store.version == version


def test_an_admin_edit_survives_a_reload_of_the_curated_files(curated_store):
    fact = curated_store.list_facts()[0]
    curated_store.update_fact(fact.id, {"value": "999", "statement_en": "Edited by an admin."}, "admin:1")
    report = load_curated(curated_store)
    assert fact.id in report.kept
    assert curated_store.get_fact(fact.id).value == "999"


def test_an_admin_delete_survives_a_reload(curated_store):
    fact = curated_store.list_facts()[0]
    curated_store.delete_fact(fact.id, "admin:1")
    load_curated(curated_store)
    with pytest.raises(FactNotFound):
        curated_store.get_fact(fact.id)


def test_a_changed_curated_file_updates_unedited_facts_only(tmp_path):
    folder = tmp_path / "curated"
    shutil.copytree(CURATED_DIR, folder)
    store = FactStore(tmp_path / "b.db")
    ensure_loaded(store, folder)
    path = sorted(folder.glob("0*.json"))[0]
    data = json.loads(path.read_text(encoding="utf-8"))
    first, second = data["facts"][0]["id"], data["facts"][1]["id"]
    store.update_fact(second, {"unit": "admin-unit"}, "admin:7")
    data["facts"][0]["statement_en"] = "Curator's corrected statement."
    data["facts"][1]["statement_en"] = "Curator's other statement."
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = ensure_loaded(store, folder)
    assert report.updated == [first] and second in report.kept
    assert store.get_fact(first).statement_en == "Curator's corrected statement."
    assert store.get_fact(second).unit == "admin-unit"
    assert ensure_loaded(store, folder) is None      # nothing new: not even read again


def test_a_broken_curated_file_is_rejected_naming_the_fact(tmp_path):
    folder = tmp_path / "curated"
    shutil.copytree(CURATED_DIR, folder)
    path = sorted(folder.glob("0*.json"))[0]
    data = json.loads(path.read_text(encoding="utf-8"))
    data["facts"][3]["topic"] = "gossip"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    store = FactStore(tmp_path / "c.db")
    with pytest.raises(ValidationError, match="topic"):
        load_curated(store, folder)
    assert store.list_facts() == []


def test_export_to_the_curated_format_reloads_to_the_same_facts(curated_store, tmp_path):
    written = export_curated(curated_store, tmp_path / "out")
    assert len(written) == 6
    again = FactStore(tmp_path / "again.db")
    load_curated(again, tmp_path / "out")
    key = lambda s: sorted((f.editable() | {"keywords": tuple(f.keywords)}).items() for f in s.list_facts())  # noqa: E731
    assert key(again) == key(curated_store)
