"""Questions in plain text, and the buttons under answers."""
from __future__ import annotations

import logging
import time

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import render
from bot.conversation import Context, answer_in_context
from bot.reply import source_details
from bot.text import scrub

from .common import answer_keyboard, send_html, services, ui_lang, user_lang, with_retry
from .menus import send_topic_menu
from .texts import NO_FACT, NOT_TEXT, NOT_YOURS, THANKS, TOO_FAST, UNKNOWN_COMMAND

log = logging.getLogger(__name__)


def addressed_text(update: Update, bot_username: str, bot_id: int) -> str | None:
    """The question in a message meant for the bot: any private message; in groups only a mention
    or a reply to the bot (with the mention taken out). None when the message is not for us."""
    message = update.effective_message
    text = message.text or ""
    if update.effective_chat.type == ChatType.PRIVATE:
        return text
    mention = f"@{bot_username}".lower()
    if bot_username and mention in text.lower():
        start = text.lower().index(mention)
        return (text[:start] + text[start + len(mention):]).strip()
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == bot_id:
        return text
    return None


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Answer a question with the engine: cited HTML, buttons, and a line in the question log."""
    svc = services(context)
    user = update.effective_user
    if user is not None and svc.flooding(user.id):
        now = time.monotonic()
        if now - svc.warned.get(user.id, -1e9) > 60:       # say it once a minute, not per message
            svc.warned[user.id] = now
            await send_html(update.effective_message, TOO_FAST[ui_lang(update, context)])
        return
    question = scrub(question)          # lone surrogates (JSON escapes) cannot be stored or converted
    log.debug("question from %s: %r", user.id if user else "?", question)
    conversation = (context.user_data.setdefault("conversation", Context())
                    if context.user_data is not None else None)
    answer = answer_in_context(svc.engine, question, conversation, lang=user_lang(update, context))
    reply = render(answer, html=True)
    if answer.kind in ("empty", "greeting"):
        await send_html(update.effective_message, reply, answer_keyboard(svc, answer, None))
        return
    token = svc.usage.new_token()
    try:
        await send_html(update.effective_message, reply, answer_keyboard(svc, answer, token))
    finally:    # logged after the reply, and a failed log (read-only, full, locked) never stops one
        svc.usage.log_question(user.id if user else None, answer.lang, question, answer.found, answer.topic,
                               [d.fact.id for d in answer.facts], answer.score, token=token)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a text message addressed to the bot."""
    question = addressed_text(update, context.bot.username, context.bot.id)
    if question is None:
        return
    await answer_question(update, context, question)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a pressed button: a fact's source (s:), a related fact (f:), a vote (v:), a topic (t:)."""
    query = update.callback_query
    svc = services(context)
    data = query.data or ""
    kind, _, rest = data.partition(":")
    lang = user_lang(update, context) or ui_lang(update, context)
    if kind == "v":                     # v:+:TOKEN, counted only from the person who asked
        sign, _, token = rest.partition(":")
        counted = svc.usage.feedback(update.effective_user.id, token, 1 if sign == "+" else -1)
        await query.answer(THANKS[lang] if counted else NOT_YOURS[lang])
        return
    await query.answer()
    if query.message is None:      # a button under a message sent inline: nowhere to reply
        return
    if kind == "t":
        await send_topic_menu(update, context, rest)
        return
    fact_id = svc.fact_id(rest)
    answer = svc.engine.fact_answer(fact_id, lang)
    if answer is None:
        await with_retry(query.message.reply_html, NO_FACT[lang].format(id=_esc(fact_id)))
        return
    if kind == "s":
        await send_html(query.message, source_details(answer.facts[0], lang))
    elif kind == "f":
        await send_html(query.message, render(answer, html=True), answer_keyboard(svc, answer, None))


def _esc(text: str) -> str:
    from html import escape

    return escape(text)


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point to /help for a command the bot does not have."""
    await send_html(update.effective_message, UNKNOWN_COMMAND[ui_lang(update, context)])


async def on_not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say that only text questions are read (stickers, photos, voice...)."""
    await send_html(update.effective_message, NOT_TEXT[ui_lang(update, context)])


async def on_stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button the bot no longer knows (an old message, a finished form): just acknowledge it."""
    await update.callback_query.answer()
