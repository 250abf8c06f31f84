"""Commands: /start, /help, /topics, the topic lookups, /source, /lang, /about."""
from __future__ import annotations

from html import escape

from telegram import Update
from telegram.ext import ContextTypes

from bot.reply import source_details

from .ask import answer_question
from .common import send_html, services, ui_lang
from .menus import send_topic_menu, topic_keyboard
from .texts import (ABOUT, ADMIN_COMMANDS, ADMIN_HELP, HELP, LANG_SET, LANG_USAGE, NO_FACT, SOURCE_USAGE,
                    TOPICS, TOPICS_TITLE, USER_COMMANDS, WELCOME)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome the user; a deep-link payload (t.me/bot?start=trade) opens that topic."""
    lang = ui_lang(update, context)
    if context.args and context.args[0] in TOPICS:
        await send_topic_menu(update, context, context.args[0])
        return
    await send_html(update.effective_message, WELCOME[lang], topic_keyboard(lang))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List what the bot does and every command (admins also see theirs)."""
    lang = ui_lang(update, context)
    lines = "\n".join(f"/{cmd} — {escape(zh if lang == 'zh' else en)}" for cmd, zh, en in USER_COMMANDS)
    text = HELP[lang].format(commands=lines, bot=escape(context.bot.username or "bot"))
    if services(context).is_admin(update.effective_user.id if update.effective_user else None):
        admin_lines = "\n".join(f"/{cmd} — {escape(zh if lang == 'zh' else en)}"
                                for cmd, zh, en in ADMIN_COMMANDS)
        text += ADMIN_HELP[lang].format(commands=admin_lines)
    await send_html(update.effective_message, text)


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the topic buttons."""
    lang = ui_lang(update, context)
    await send_html(update.effective_message, TOPICS_TITLE[lang], topic_keyboard(lang))


async def lookup(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/trade, /hub, /firm, /policy, /invest: answer the text after it, or show the topic's menu."""
    command = update.effective_message.text.split()[0].lstrip("/").split("@")[0].lower()
    if not context.args:
        await send_topic_menu(update, context, command)
        return
    await answer_question(update, context, f"/{command} " + " ".join(context.args))


async def source(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show where a fact comes from: /source ID."""
    svc = services(context)
    lang = ui_lang(update, context)
    if not context.args:
        await send_html(update.effective_message, SOURCE_USAGE[lang])
        return
    doc = svc.engine.doc(context.args[0].strip())
    if doc is None:
        await send_html(update.effective_message, NO_FACT[lang].format(id=escape(context.args[0][:80])))
        return
    await send_html(update.effective_message, source_details(doc, lang))


async def set_lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Choose the reply language: /lang zh|en|auto (remembered across restarts)."""
    choice = (context.args[0].lower() if context.args else "").strip()
    choice = {"中文": "zh", "cn": "zh", "chinese": "zh", "english": "en", "英文": "en",
              "自动": "auto"}.get(choice, choice)
    if choice not in ("zh", "en", "auto"):
        await send_html(update.effective_message, LANG_USAGE)
        return
    services(context).usage.set_lang(update.effective_user.id, choice)
    await send_html(update.effective_message, LANG_SET[choice])


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """How many facts and sources, and when the base last changed."""
    svc = services(context)
    lang = ui_lang(update, context)
    counts = svc.store.counts()
    listing = "\n".join(f"• {escape(s.publication_zh if lang == 'zh' else s.publication_en)} "
                        f"{escape(s.date)} — {escape(s.title if lang == 'zh' else s.title_en or s.title)}"
                        for s in svc.store.list_sources())
    text = ABOUT[lang].format(facts=counts["facts"], sources=counts["sources"], entities=counts["entities"],
                              updated=escape(svc.store.last_update() or "-"), list=listing)
    await send_html(update.effective_message, text)
