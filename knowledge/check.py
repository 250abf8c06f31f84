"""Checks of the fact base: every fact complete, and (given the articles) every value in its article."""
from __future__ import annotations

import re
from pathlib import Path

from .restate import statement_problems
from .store import FactStore

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SPACE.sub("", text)


def check_store(store: FactStore, sources_dir: Path | None = None) -> list[str]:
    """Problems found, one line each; an empty list means all is well."""
    problems: list[str] = []
    sources = {s.id: s for s in store.list_sources()}
    texts: dict[str, str] = {}
    if sources_dir is not None:
        for source in sources.values():
            if source.seed and (Path(sources_dir) / source.seed).exists():
                texts[source.id] = squash((Path(sources_dir) / source.seed).read_text(encoding="utf-8"))
    entities = {e.id for e in store.list_entities()}
    for fact in store.list_facts():
        where = f"fact {fact.id}"
        if fact.source not in sources:
            problems.append(f"{where}: no source")
        if not (fact.period_zh and fact.period_en):
            problems.append(f"{where}: no period")
        if not fact.statement_zh or not fact.statement_en:
            problems.append(f"{where}: a statement is missing")
        problems.extend(f"{where}: {p}" for p in statement_problems(fact))
        if fact.entity not in entities:
            problems.append(f"{where}: unknown entity {fact.entity!r}")
        if sources_dir is not None and fact.source in sources:
            text = texts.get(fact.source)
            if text is None:
                problems.append(f"{where}: the article of source {fact.source} is not in {sources_dir}")
            elif squash(fact.value) not in text:
                problems.append(f"{where}: value {fact.value!r} does not appear in its article")
    return problems
