"""Shared fixtures: a fresh store in a temporary folder, the curated base loaded once per session."""
from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from knowledge import Entity, Fact, FactStore, Source, ensure_loaded

if TYPE_CHECKING:
    from bot import Engine

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = Path(__file__).resolve().parent / "questions"


@pytest.fixture(autouse=True)
def _isolated_db(tmp_path, monkeypatch):
    """No test touches the project's own database."""
    monkeypatch.setenv("BOT_DB_PATH", str(tmp_path / "env.db"))


@pytest.fixture
def store(tmp_path) -> FactStore:
    """An empty store with one source and two entities."""
    s = FactStore(tmp_path / "facts.db")
    s.add_source(Source("src-a", "湖北日报", "Hubei Daily", "测试标题", "2025-12-25", page="05"), "test")
    s.put_entity(Entity("hubei", "region", "湖北省", "Hubei", ["湖北"]), "test")
    s.put_entity(Entity("wuhan", "region", "武汉市", "Wuhan", ["武汉"]), "test")
    yield s
    s.close()


def make_fact(**over) -> Fact:
    data = dict(id="t-trade", topic="trade", entity="hubei", metric="trade_value", metric_zh="进出口总额",
                metric_en="total trade", value="7502.3", unit="亿元", value_en="750.23 billion yuan",
                period_zh="2025年1-11月", period_en="January-November 2025", period_start="2025-01-01",
                period_end="2025-11-30", statement_zh="测试陈述。", statement_en="A test statement.",
                source="src-a", keywords=["外贸", "foreign trade"])
    data.update(over)
    return Fact.from_dict(data)


def facts_engine(store: FactStore, *facts: dict) -> "Engine":
    """An engine over the store once made-up facts are added: make_fact's fields, each dict changing some."""
    from bot import Engine

    for n, over in enumerate(facts):
        store.add_fact(make_fact(id=f"t-{n}", **over), "test")
    return Engine(store)


def wuhan_fact(metric_zh: str, metric_en: str, value: str, unit: str, value_en: str, period: dict, **over) -> dict:
    """The fields of a made-up fact about Wuhan (facts_engine's dicts): its measure, value and period; `over`
    changes others."""
    return dict(metric=f"m-{value}", metric_zh=metric_zh, metric_en=metric_en, value=value, unit=unit,
                value_en=value_en, entity="wuhan", topic="trade", keywords=[],
                statement_zh=f"武汉{metric_zh}为{value}{unit}。", statement_en=f"Wuhan's {metric_en}: {value_en}.",
                **period) | over


def said_fact(entity: str, metric_zh: str, metric_en: str, value: str, unit: str, value_en: str, period: dict,
              zh: str, en: str, **over) -> dict:
    """The fields of a made-up fact (facts_engine's dicts) about any entity, with its two statements; `over`
    changes others (topic 'trade' unless said)."""
    return dict(entity=entity, topic="trade", metric=f"m-{value}", metric_zh=metric_zh, metric_en=metric_en,
                value=value, unit=unit, value_en=value_en, keywords=[], statement_zh=zh, statement_en=en,
                **period) | over


def beside_curated(store: FactStore, title: str, date: str) -> FactStore:
    """The curated base with the made-up Hubei Daily source (src-a) that made-up facts cite: the curated
    words weigh beside them as in use."""
    store.add_source(Source("src-a", "湖北日报", "Hubei Daily", title, date), "test")
    return store


def period(zh: str, en: str, start: str | None, end: str) -> dict:
    """A made-up fact's period fields (said_fact's `period`)."""
    return dict(period_zh=zh, period_en=en, period_start=start, period_end=end)


def put_named(store: FactStore, eid: str, zh: str, en: str, kind: str = "firm", *aliases: str) -> None:
    """A made-up entity known by its two names (and any aliases)."""
    store.put_entity(Entity(eid, kind, zh, en, [zh, en, *aliases]), "test")


def made_up_store(source: Source, entities: Iterable[Entity], facts: Iterable[Fact]) -> FactStore:
    """An in-memory store holding one made-up source with its entities and facts."""
    s = FactStore(":memory:")
    s.add_source(source, "test")
    for entity in entities:
        s.put_entity(entity, "test")
    for fact in facts:
        s.add_fact(fact, "test")
    return s


def engine_over(s: FactStore) -> Iterator["Engine"]:
    """Yield an engine over the store, then close the store: a fixture's body is `yield from` this."""
    from bot import Engine

    yield Engine(s)
    s.close()


def proposed(store: FactStore, article: str) -> dict[str, dict]:
    """The facts read from an article (nothing applied), by their value as printed."""
    from knowledge.ingest import read_article

    return {p.fact["value"]: p.fact for p in read_article(article, store).proposals}


def ingested(store: FactStore, article: str) -> "Engine":
    """An engine over the store after an article's proposals are applied, as `facts ingest --apply` does."""
    from bot import Engine
    from knowledge.ingest import apply_reading, read_article

    apply_reading(store, read_article(article, store), actor="test")
    return Engine(store)


def first_line(engine, question: str) -> str:
    """The first line of the engine's rendered answer: the figure, or the decline."""
    from bot import render

    return render(engine.answer(question)).split("\n")[0]


def answer_ids(answer) -> list[str]:
    """The ids of the facts an answer gives, in order; none when nothing was found."""
    return [d.fact.id for d in answer.facts] if answer.found else []


@pytest.fixture(scope="session")
def curated_db(tmp_path_factory) -> Path:
    """The whole curated base, loaded once; tests copy it."""
    path = tmp_path_factory.mktemp("curated") / "base.db"
    s = FactStore(path)
    ensure_loaded(s)
    s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    return path


@pytest.fixture
def curated_store(curated_db, tmp_path) -> FactStore:
    path = tmp_path / "base.db"
    shutil.copy(curated_db, path)
    s = FactStore(path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def engine(curated_db):
    from bot import Engine

    return Engine(FactStore(curated_db))


def load_questions(name: str) -> list[dict]:
    lines = (QUESTIONS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture
def db(curated_db, tmp_path) -> Path:
    """A copy of the curated base, for one conversation test."""
    path = tmp_path / "bot.db"
    shutil.copy(curated_db, path)
    return path
