"""What the bot learnt lately: the facts and sources added most recently, newest first (from the
store's audit trail), as Telegram HTML with everything from the store escaped."""
from __future__ import annotations

from html import escape

from knowledge import FactStore, SourceNotFound

from .engine import Engine
from .reply import figure

TITLE = {"zh": "<b>最近新增</b>（最新的在前）", "en": "<b>Added lately</b> (newest first)"}
NOTHING = {"zh": "资料库还没有新增记录。", "en": "Nothing has been added to the fact base yet."}
NEW_SOURCE = {"zh": "📰 新来源", "en": "📰 New source"}


def whats_new(store: FactStore, engine: Engine, lang: str, limit: int = 10) -> str:
    """The latest additions: each fact with its figure and source, each new source article."""
    lines = [TITLE[lang]]
    for change in store.recent_additions(limit):
        day = escape(change.at[:10])
        if change.kind == "source":
            try:
                citation = store.get_source(change.target).citation(lang)
            except SourceNotFound:
                continue
            lines.append(f"{day} {NEW_SOURCE[lang]}: {escape(citation)}")
            continue
        doc = engine.doc(change.target)
        if doc is None:
            continue
        name = doc.entity.name_zh if lang == "zh" else doc.entity.name_en or doc.entity.name_zh
        metric = doc.fact.metric_zh if lang == "zh" else doc.fact.metric_en or doc.fact.metric
        lines.append(f"{day} • {escape(name)} · {escape(metric)}: {escape(figure(doc, lang))}\n"
                     f"   {escape(doc.source.citation(lang))} · /source {escape(doc.fact.id)}")
    return "\n".join(lines) if len(lines) > 1 else NOTHING[lang]
