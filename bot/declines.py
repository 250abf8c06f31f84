"""Declining honestly: the answer saying a figure is not known, with the facts closest to the question
offered as questions the engine does answer ("did you mean")."""
from __future__ import annotations

import logging
import re

from .answers import Answer, FactDoc, Query

log = logging.getLogger(__name__)

MAX_SUGGESTIONS = 3


def decline(q: Query, reason: str, close: list[FactDoc]) -> Answer:
    """A decline giving its reason, with up to MAX_SUGGESTIONS distinct close facts as suggestions."""
    seen: list[str] = []
    suggestions = []
    for doc in close:
        if doc.fact.id in seen:
            continue
        seen.append(doc.fact.id)
        suggestions.append(suggestion(doc, q.lang))
    return Answer(q.raw, q.lang, False, "decline", suggestions=suggestions[:MAX_SUGGESTIONS],
                  suggestion_ids=seen[:MAX_SUGGESTIONS], reason=reason, topic=q.topic or "")


def suggestion(doc: FactDoc, lang: str) -> str:
    """A question that the engine answers with this fact, in the asker's language."""
    if lang == "zh":
        name = _short(doc.entity.name_zh, doc.entity.aliases)
        return f"{name} {doc.fact.metric_zh or doc.fact.metric} {doc.fact.period_zh}".strip()
    name = doc.entity.name_en or doc.entity.name_zh
    return f"{name} {doc.fact.metric_en or doc.fact.metric.replace('_', ' ')} {doc.fact.period_en}".strip()


def _short(name: str, aliases: list[str]) -> str:
    """A long Chinese name's shortest Chinese alias."""
    zh = [a for a in aliases if re.search(r"[\u3400-\u9fff]", a)]
    return min(zh, key=len) if zh and len(name) > 8 else name
