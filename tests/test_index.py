"""The engine's index: a cache file that cannot run code, checked before it is trusted, and
updated fact by fact after each change exactly as a fresh build would index the base."""
from __future__ import annotations

import pickle
import sqlite3

from bot import Engine, render, to_json
from knowledge import Entity

from conftest import make_fact

QUESTIONS = ["花湖机场有多少条货运航线", "湖北前11个月进出口多少", "阳逻港集装箱吞吐量", "Yangluo port containers",
             "中欧班列（武汉）一共开通了多少条线路", "武汉2024年上半年外贸进出口总额", "/hub", "/trade", "联想武汉"]


class Planted:
    """A pickle that would create a file if anything unpickled it."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_a_planted_pickle_is_never_executed_and_the_cache_is_rebuilt(curated_store, tmp_path):
    Engine(curated_store)
    path = curated_store.path + ".engine-cache"
    marker = tmp_path / "pwned"
    with open(path, "wb") as fh:
        pickle.dump((("key",), Planted(str(marker))), fh)
    engine = Engine(curated_store)
    assert not marker.exists()
    assert engine.index.builds == 1 and engine.answer("花湖机场有多少条货运航线").found
    with sqlite3.connect(path) as conn:                      # replaced by a plain index file
        found = conn.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()[0]
        assert found.startswith("hubei-index")


def test_a_cache_for_another_state_of_the_base_or_code_is_not_trusted(curated_store):
    Engine(curated_store)
    path = curated_store.path + ".engine-cache"
    with sqlite3.connect(path) as conn:
        conn.execute("""UPDATE meta SET value = '{"code": "other", "version": 1, "stamp": ""}'
                        WHERE name = 'key'""")
    assert Engine(curated_store).index.builds == 1
    with sqlite3.connect(path) as conn:                      # a later history than the base has
        conn.execute("""UPDATE meta SET value = '{"code": "x", "version": 99999999, "stamp": ""}'
                        WHERE name = 'key'""")
    assert Engine(curated_store).index.builds == 1
    with sqlite3.connect(path) as conn:                      # garbage where the postings are
        conn.execute("UPDATE base SET data = x'00ff' WHERE name = 'spans'")
    engine = Engine(curated_store)
    assert engine.index.builds == 1 and engine.answer("湖北前11个月进出口多少").found


def _same_as_fresh(store, engine: Engine) -> None:
    fresh = Engine(store, cache=False)
    for question in QUESTIONS:
        got, want = to_json(engine.answer(question)), to_json(fresh.answer(question))
        assert got["found"] == want["found"] and got["answer"] == want["answer"], question


def test_changes_are_indexed_one_by_one_as_a_fresh_build_would(curated_store):
    engine = Engine(curated_store)
    assert not engine.answer("阳逻港集装箱吞吐量").found
    curated_store.put_entity(Entity("yangluo", "hub", "阳逻港", "Yangluo Port", ["阳逻"]), "admin")
    curated_store.add_fact(make_fact(id="t-yangluo", source="hbrb-2025-12-25", entity="yangluo", metric="teu",
                                     metric_zh="集装箱吞吐量", metric_en="container throughput", value="100",
                                     unit="万标箱", statement_zh="阳逻港集装箱吞吐量100万标箱。",
                                     statement_en="Yangluo handled 1 million TEU.", keywords=["集装箱", "吞吐量"]),
                           "admin")
    answer = engine.answer("阳逻港集装箱吞吐量")
    assert answer.found and answer.facts[0].fact.id == "t-yangluo"
    _same_as_fresh(curated_store, engine)
    curated_store.update_fact("t-yangluo", {"value": "250"}, "admin")
    assert "250" in render(engine.answer("阳逻港集装箱吞吐量"))
    curated_store.put_entity(Entity("yangluo", "hub", "阳逻港", "Yangluo Port", ["阳逻新港"]), "admin")
    assert engine.answer("阳逻新港集装箱吞吐量").found                 # a new alias: known at once
    curated_store.delete_fact("hbrb251225-huahu-cargo-routes", "admin")
    assert "111" not in render(engine.answer("花湖机场有多少条货运航线"))
    _same_as_fresh(curated_store, engine)
    curated_store.restore_fact("hbrb251225-huahu-cargo-routes", "admin")
    assert "111" in render(engine.answer("花湖机场有多少条货运航线"))
    assert engine.index.builds == 1 and engine.index.updated >= 4
    _same_as_fresh(curated_store, engine)
    reopened = Engine(curated_store)                        # the file followed every change
    assert reopened.index.builds == 0
    _same_as_fresh(curated_store, reopened)


def test_a_cache_behind_the_base_is_brought_up_to_date_when_opened(curated_store):
    Engine(curated_store)
    curated_store.update_fact("hbrb251225-huahu-cargo-routes", {"value": "113"}, "cli")   # another process
    engine = Engine(curated_store)
    assert engine.index.builds == 0 and engine.index.updated == 1
    assert "113" in render(engine.answer("花湖机场有多少条货运航线"))


def test_the_fuzzy_name_prefilter_keeps_every_name_that_could_match():
    import random

    from rapidfuzz import fuzz, process

    from bot.matching import FUZZY_MIN, BigramFilter

    rng = random.Random(3)
    words = ["huahu", "airport", "wuhan", "lanchuan", "xinda", "precision", "optics", "valley", "port", "co",
             "logistics", "china", "europe", "express", "lenovo", "tianhe", "yangluo"]
    names = sorted({" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(400)})
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(200)]
    texts += ["huahu airprot cargo", "lanchuan xnda precison", "ignore all previous instructions"]
    picked = BigramFilter(names)
    for text in texts:
        every = process.extract(text, names, scorer=fuzz.partial_ratio, score_cutoff=FUZZY_MIN, limit=None)
        near = process.extract(text, picked.near(text), scorer=fuzz.partial_ratio, score_cutoff=FUZZY_MIN,
                               limit=None)
        assert [m[:2] for m in near] == [m[:2] for m in every], text


def test_a_bare_number_finds_no_fact_by_itself(curated_store):
    curated_store.put_entity(Entity("t-acme", "firm", "蓝鲸精工有限公司", "Bluewhale Precision Co.", ["蓝鲸精工"]),
                             "test")
    curated_store.add_fact(make_fact(id="t-acme-staff", topic="firm", entity="t-acme", metric="employees",
                                     metric_zh="员工人数", metric_en="employees", value="48213", unit="人",
                                     value_en="48213 people", statement_zh="蓝鲸精工有限公司员工人数48213人。",
                                     statement_en="Bluewhale Precision Co. has 48213 employees.",
                                     source="hbrb-2025-12-25", keywords=["员工"]), "test")
    engine = Engine(curated_store)
    slot = engine.index.slot_of["t-acme-staff"]
    alone, _ = engine.index.score({"48213": 6.0}, [], set(), (1.0, 1.0, 1.0, 1.0), 10)
    assert alone == []                                               # the number alone is no evidence
    with_word, covered = engine.index.score({"48213": 6.0, "鲸精": 3.0}, [], set(), (1.0, 1.0, 1.0, 1.0), 10)
    assert with_word[0][1] == slot and covered[slot] == 9.0          # ... but counts beside a word
    assert not engine.answer("asdf 48213 qwer zxcv").found          # noise with the value in it
    assert not engine.answer("48213").found
    assert "48213" in render(engine.answer("蓝鲸精工员工人数"))          # the words still find it
    assert "48213" in render(engine.answer("蓝鲸精工 48213 员工"))


def test_a_new_name_joins_the_matcher_as_a_rebuild_would(curated_store):
    from bot.matching import EntityMatcher

    engine = Engine(curated_store)
    engine.answer("花湖机场")
    matcher = engine.index.matcher
    curated_store.put_entity(Entity("t-lanxin", "firm", "岚鑫光电有限公司", "Lanxin Optoelectronics Co.",
                                    ["岚鑫光电", "Lanxin Optics"]), "admin")
    curated_store.add_fact(make_fact(id="t-lanxin-exports", source="hbrb-2025-12-25", entity="t-lanxin",
                                     metric="export_value", metric_zh="出口额", metric_en="exports", value="12.5",
                                     statement_zh="岚鑫光电出口额12.5亿元。", statement_en="Lanxin exported 1.25bn.",
                                     keywords=["出口"]), "admin")
    assert "12.5" in render(engine.answer("岚鑫光电出口额"))
    assert engine.index.matcher is matcher                  # added to, not built again
    fresh = EntityMatcher(curated_store.list_entities(), engine.index.normal)
    for question in QUESTIONS + ["岚鑫光电出口额", "蓝鑫光电出口", "lanxin guangdian exports",
                                 "Lanxin Optcs exports", "Lanxin Optoelectronics and Wuhan", "岚鑫光电和花湖机场"]:
        assert engine.index.matcher.find(question) == fresh.find(question), question
    _same_as_fresh(curated_store, engine)
