"""Charts in Telegram: /chart TEXT, the 📊 button under an answer, and /new (what was added lately)."""
from __future__ import annotations

import asyncio
import logging

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.chart_text import caption, no_series
from bot.charts import render_png
from bot.news import whats_new
from bot.series import Series, chart_for
from bot.text import detect_lang

from .common import send_html, services, ui_lang, user_lang, with_retry
from .texts import TOO_FAST

log = logging.getLogger(__name__)


async def send_chart(message: Message, series: Series, lang: str) -> None:
    """The chart as a photo, its caption citing every source (the rest in a message if it is long)."""
    png = await asyncio.to_thread(render_png, series, lang)
    text, rest = caption(series, lang)
    await with_retry(message.reply_photo, photo=png, caption=text, parse_mode=ParseMode.HTML,
                     filename="chart.png")
    if rest:
        await send_html(message, rest)


async def chart_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Draw what the text asks for: /chart 湖北 2025 贸易伙伴, /chart Wuhan trade by quarter."""
    svc = services(context)
    user = update.effective_user
    if user is not None and svc.flooding(user.id):      # a chart costs more than an answer: same limit
        await send_html(update.effective_message, TOO_FAST[ui_lang(update, context)])
        return
    text = " ".join(context.args or []).strip()
    lang = user_lang(update, context) or (detect_lang(text) if text else ui_lang(update, context))
    log.debug("chart request: %r", text)
    series = chart_for(svc.engine, svc.charts, text) if text else None
    if series is None:
        await send_html(update.effective_message, no_series(svc.engine, svc.charts, text, lang))
        return
    await send_chart(update.effective_message, series, lang)


async def on_chart_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The 📊 button under an answer: the chart of the series its fact belongs to."""
    query = update.callback_query
    await query.answer()
    svc = services(context)
    code, _, key = (query.data or "").partition(":")
    lang = "zh" if code == "cz" else "en"
    series = svc.charts.for_fact(svc.fact_id(key))
    if query.message is None:
        return
    if series is None:        # the fact was changed or deleted since the answer was sent
        await send_html(query.message, no_series(svc.engine, svc.charts, "", lang))
        return
    await send_chart(query.message, series, lang)


async def new_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the facts and sources added most recently, newest first."""
    svc = services(context)
    lang = ui_lang(update, context)
    await send_html(update.effective_message, whats_new(svc.store, svc.engine, lang))
