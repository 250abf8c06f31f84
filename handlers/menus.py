"""Topic menus: the topic buttons and a topic's headline facts as buttons, shared by the lookup
commands and the answer buttons (so neither module imports the other)."""
from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.declines import suggestion

from .common import send_html, services, ui_lang
from .texts import MENU, TOPICS


def topic_keyboard(lang: str) -> InlineKeyboardMarkup:
    """The topic buttons, in the menu language."""
    buttons = [InlineKeyboardButton(zh if lang == "zh" else en, callback_data=f"t:{cmd}")
               for cmd, (_, zh, en) in TOPICS.items()]
    return InlineKeyboardMarkup([buttons[:3], buttons[3:]])


async def send_topic_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, command: str) -> None:
    """A short menu of a topic's headline facts, as buttons."""
    if command not in TOPICS:
        return
    svc = services(context)
    lang = ui_lang(update, context)
    topic, zh, en = TOPICS[command]
    rows = [[InlineKeyboardButton(_short(suggestion(doc, lang)),
                                  callback_data=f"f:{svc.fact_key(doc.fact.id)}")]
            for doc in svc.engine.topic_facts(topic)]
    label = zh if lang == "zh" else en
    await send_html(update.effective_message, MENU[lang].format(label=escape(label), cmd=command),
                    InlineKeyboardMarkup(rows) if rows else None)


def _short(label: str, size: int = 48) -> str:
    return label if len(label) <= size else label[: size - 1] + "…"
