"""Inline mode: '@bot 花湖' in any chat offers fact cards to send."""
from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.engine import Answer
from bot.reply import render, statement
from bot.text import detect_lang

from .common import services, split_html, user_lang


async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer up to eight fact cards matching the query."""
    query = update.inline_query
    text = (query.query or "").strip()[:200]
    svc = services(context)
    lang = user_lang(update, context) or (detect_lang(text) if text else "zh")
    if not text:
        await query.answer([], cache_time=5)
        return
    results = []
    for doc in svc.engine.search(text, limit=8):
        card = render(Answer(text, lang, True, "fact", [doc]), html=True)
        title = (doc.entity.name_zh if lang == "zh" else doc.entity.name_en or doc.entity.name_zh)
        figure = (f"{doc.fact.value}{doc.fact.unit}" if lang == "zh"
                  else (doc.fact.value_en or doc.fact.value))
        results.append(InlineQueryResultArticle(
            id=svc.fact_key(doc.fact.id), title=f"{title}: {figure}"[:100],
            description=statement(doc, lang)[:200],
            input_message_content=InputTextMessageContent(split_html(card)[0], parse_mode=ParseMode.HTML)))
    await query.answer(results, cache_time=30)

