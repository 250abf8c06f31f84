"""Import (CSV and JSON, validated whole, all or nothing) and export, round trip included."""
from __future__ import annotations

import json

import pytest

from knowledge import FactStore
from knowledge.transfer import ImportRejected, export_csv, export_json, import_file, parse_file, plan_import

from conftest import make_fact

CSV_HEAD = "id,topic,entity,metric,value,unit,period_zh,period_en,period_start,period_end,statement_zh,statement_en,source\n"
GOOD_ROW = "n-one,trade,hubei,exports,100,亿元,2025年,2025,2025-01-01,2025-12-31,湖北出口100亿元。,Hubei exported 10 billion yuan.,src-a\n"


def test_a_good_csv_is_applied(store):
    plan = import_file(store, (CSV_HEAD + GOOD_ROW).encode(), "new.csv", "admin:1")
    assert len(plan.added) == 1
    assert store.get_fact("n-one").statement_en == "Hubei exported 10 billion yuan."


def test_one_bad_csv_row_rejects_the_whole_file_naming_line_and_field(store):
    bad = GOOD_ROW.replace("n-one", "n-two").replace(",trade,", ",gossip,")
    content = (CSV_HEAD + GOOD_ROW + bad).encode()
    with pytest.raises(ImportRejected) as err:
        import_file(store, content, "bad.csv", "admin:1")
    assert [(e.line, e.field) for e in err.value.errors] == [(3, "topic")]
    assert store.list_facts() == []


def test_bad_json_is_rejected_with_the_line_of_each_bad_item(store):
    good = make_fact(id="j-one").editable()
    bad = make_fact(id="j-two").editable() | {"period_end": "soon", "entity": "atlantis"}
    text = json.dumps([good, bad], ensure_ascii=False, indent=2)
    with pytest.raises(ImportRejected) as err:
        import_file(store, text.encode(), "facts.json", "admin:1")
    starts = [n for n, line in enumerate(text.splitlines(), 1) if line == "  {"]
    bad_line = starts[1]
    assert bad_line > 2
    assert {(e.line, e.field) for e in err.value.errors} == {(bad_line, "entity"), (bad_line, "period_end")}
    assert store.list_facts() == []


def test_a_new_source_and_entity_that_do_not_validate_are_named_by_their_fields(store):
    row = make_fact(id="j-new", entity="qingshan-port").editable() | {
        "source": {"id": "src-new", "publication_zh": "示例报", "title": "示例标题", "date": "next week"},
        "entity_type": "planet", "entity_zh": "青山港"}
    text = json.dumps([row], ensure_ascii=False)
    with pytest.raises(ImportRejected) as err:
        import_file(store, text.encode(), "facts.json", "admin:1")
    assert {e.field for e in err.value.errors} >= {"source.date", "entity.type"}
    assert store.list_facts() == [] and [s.id for s in store.list_sources()] == ["src-a"]


@pytest.mark.parametrize("content,name,field", [
    (b"", "x.csv", "header"),
    (b"\xff\xfe\x00garbage", "x.csv", "file"),
    (b"{not json", "x.json", "file"),
    (b'{"a": 1}', "x.json", "file"),
    (b"[1, 2]", "x.json", "row"),
    (b"id,colour\nx,red\n", "x.csv", "colour"),
    (b"id,topic\n", "x.csv", "file"),
    (CSV_HEAD.encode(), "x.txt", "file"),
])
def test_malformed_files_are_rejected_clearly(store, content, name, field):
    with pytest.raises(ImportRejected) as err:
        plan_import(store, parse_file(content, name))
    assert err.value.errors[0].field == field


def test_duplicate_ids_in_one_file_are_rejected(store):
    with pytest.raises(ImportRejected, match="appears twice"):
        import_file(store, (CSV_HEAD + GOOD_ROW + GOOD_ROW).encode(), "d.csv", "a")


def test_import_of_existing_ids_is_a_change_with_a_preview(store):
    store.add_fact(make_fact(), "a")
    changed = make_fact(value="8000").editable()
    plan = plan_import(store, parse_file(json.dumps([changed]).encode(), "c.json"))
    assert [(old.value, new.value) for old, new in plan.changed] == [("7502.3", "8000")]
    assert store.get_fact("t-trade").value == "7502.3"     # a plan applies nothing


def test_json_export_has_the_contract_fields(curated_store):
    records = json.loads(export_json(curated_store))
    assert len(records) == len(curated_store.list_facts())
    first = records[0]
    for key in ("id", "topic", "entity", "metric", "value", "unit", "period", "statement_zh", "statement_en",
                "source"):
        assert key in first
    assert {"publication", "title", "date"} <= set(first["source"])


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_then_import_into_an_empty_store_is_lossless(curated_store, tmp_path, fmt):
    text = export_json(curated_store) if fmt == "json" else export_csv(curated_store)
    fresh = FactStore(tmp_path / f"fresh-{fmt}.db")
    plan = import_file(fresh, text.encode(), f"all.{fmt}", "admin:1")
    assert len(plan.added) == len(curated_store.list_facts())
    a = {f.id: f.editable() for f in curated_store.list_facts()}
    b = {f.id: f.editable() for f in fresh.list_facts()}
    assert a == b
    again = import_file(fresh, text.encode(), f"all.{fmt}", "admin:1")
    assert again.added == [] and again.changed == []
