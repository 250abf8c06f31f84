"""Admin commands: who is an admin, editing facts from Telegram, history and undo.

Owners are the numeric ids in BOT_ADMIN_IDS; they add and remove admins, whose list lives in the
database. Admin handlers are registered behind a live `filters.User`, and the same commands from
anyone else get a refusal with nothing changed.
"""
from __future__ import annotations

import logging
import re
from html import escape

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import (Application, CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler,
                          filters)

from knowledge import StoreError, ValidationError
from knowledge.batches import BatchUndo, undo_last
from knowledge.models import FACT_FIELDS, Source
from knowledge.restate import Restatement, restate_value

from . import addfact, bulk, insights
from .admin_base import (T, actor, command_text, confirm_keyboard, not_saved, parse_pairs, remember,
                         still_admin)
from .common import Services, send_html, services, ui_lang
from .texts import ADMIN_COMMANDS, USER_COMMANDS

log = logging.getLogger(__name__)

# (command, Chinese description, English description), in menu order.

ADMIN_NAMES = [cmd for cmd, _, _ in ADMIN_COMMANDS]


# -- editing ------------------------------------------------------------------------------------
async def editfact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Preview a one-field change, then apply it on confirmation: /editfact ID field value."""
    svc, lang = services(context), ui_lang(update, context)
    parts = command_text(update).split(maxsplit=2)
    editable = [f for f in FACT_FIELDS if f != "id"]
    if len(parts) < 3 or parts[1] not in editable:
        await send_html(update.effective_message, T["usage_edit"][lang].format(fields=", ".join(editable)))
        return
    fact_id, name, value = parts
    try:
        fact = svc.store.get_fact(fact_id)
        new_value = ([k.strip() for k in re.split(r"[|;；]", value) if k.strip()] if name == "keywords"
                     else value)
        restated = restate_value(fact, new_value) if name == "value" else Restatement()
        changes = restated.changes | {name: new_value}
        candidate = type(fact).from_dict(fact.to_dict() | changes)
        svc.store.check_fact(candidate)
    except (StoreError, ValidationError) as exc:
        await not_saved(update.effective_message, lang, exc)
        return
    token = remember(svc, update, kind="edit", fact=fact_id, changes=changes,
                     expected={key: getattr(fact, key) for key in changes})
    text = T["preview_edit"][lang].format(id=escape(fact_id), field=escape(name),
                                          before=escape(str(getattr(fact, name))),
                                          after=escape(str(new_value)),
                                          also=_restatement_text(fact, restated, lang))
    await send_html(update.effective_message, text, confirm_keyboard(token, lang))


def _restatement_text(fact, restated: Restatement, lang: str) -> str:
    """The other fields a value edit updates (before/after), and those it could not, to check by hand."""
    lines = []
    for key, after in restated.changes.items():
        lines.append(T["also_changes"][lang].format(field=escape(key),
                                                    before=escape(str(getattr(fact, key))),
                                                    after=escape(after)))
    lines += [f"⚠️ {escape(flag)}" for flag in restated.flags]
    return ("\n" + "\n".join(lines)) if lines else ""


async def delfact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Delete a fact, restorably: /delfact ID."""
    await _by_id(update, context, "delfact", lambda svc, fid, who: svc.store.delete_fact(fid, who),
                 "deleted")


async def restore(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Bring a deleted fact back: /restore ID."""
    await _by_id(update, context, "restore", lambda svc, fid, who: svc.store.restore_fact(fid, who),
                 "restored")


async def _by_id(update: Update, context: ContextTypes.DEFAULT_TYPE, cmd: str, action, done: str) -> None:
    svc, lang = services(context), ui_lang(update, context)
    if not context.args:
        await send_html(update.effective_message, T["usage_id"][lang].format(cmd=cmd))
        return
    fact_id = context.args[0]
    try:
        action(svc, fact_id, actor(update))
    except StoreError as exc:
        await not_saved(update.effective_message, lang, exc)
        return
    await send_html(update.effective_message, T[done][lang].format(id=escape(fact_id)))


async def history(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A fact's audit trail: who changed what, when."""
    svc, lang = services(context), ui_lang(update, context)
    if not context.args:
        await send_html(update.effective_message, T["usage_id"][lang].format(cmd="history"))
        return
    fact_id = context.args[0]
    changes = svc.store.history(fact_id)
    if not changes:
        await send_html(update.effective_message, T["no_history"][lang].format(id=escape(fact_id)))
        return
    lines = [f"<b>{escape(fact_id)}</b>"]
    for c in changes[-20:]:
        lines.append(f"{escape(c.at)} {escape(c.actor)} <b>{escape(c.action)}</b>")
        if c.before and c.after:
            for key in c.after:
                if c.before.get(key) != c.after.get(key):
                    lines.append(f"  {escape(key)}: {escape(str(c.before.get(key)))} → "
                                 f"{escape(str(c.after.get(key)))}")
    await send_html(update.effective_message, "\n".join(lines))


async def undo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reverse the admin's own last change."""
    svc, lang = services(context), ui_lang(update, context)
    try:
        change = undo_last(svc.store, actor(update))
    except StoreError as exc:
        await not_saved(update.effective_message, lang, exc)
        return
    if isinstance(change, BatchUndo):
        await send_html(update.effective_message, T["undone_batch"][lang].format(
            batch=escape(change.batch), facts=len(change.facts), entities=len(change.entities),
            sources=len(change.sources)))
        return
    await send_html(update.effective_message, T["undone"][lang].format(id=escape(change.target),
                                                                       action=escape(change.action)))


async def addsource(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Add a source article in one line of name=value pairs."""
    svc, lang = services(context), ui_lang(update, context)
    text = command_text(update)
    if not text:
        await send_html(update.effective_message, T["usage_source"][lang])
        return
    try:
        pairs = parse_pairs(text)
        pairs.setdefault("publication_en", pairs.get("publication_zh", ""))
        unknown = set(pairs) - set(Source.__dataclass_fields__)
        if unknown:
            raise ValidationError([(k, "is not a source field") for k in sorted(unknown)])
        source = svc.store.add_source(Source.from_dict(pairs), actor(update))
    except (StoreError, ValidationError) as exc:
        await not_saved(update.effective_message, lang, exc)
        return
    await send_html(update.effective_message, T["source_added"][lang].format(id=escape(source.id)))


async def addalias(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Teach the bot more names for an entity: /addalias ENTITY alias1|alias2 (works at once)."""
    svc, lang = services(context), ui_lang(update, context)
    parts = command_text(update).split(maxsplit=1)
    if len(parts) < 2:
        await send_html(update.effective_message, T["usage_alias"][lang])
        return
    target, names = parts
    ids = {e.id for e in svc.store.list_entities()}
    if target not in ids:
        hits = svc.engine.matcher.find(target)
        target = hits[0].entity if hits else target
    aliases = [a.strip() for a in re.split(r"[|;；]", names) if a.strip()][:20]
    try:
        entity = svc.store.get_entity(target)
        entity.aliases = [a[:80] for a in aliases]
        entity = svc.store.put_entity(entity, actor(update))
    except (StoreError, ValidationError) as exc:
        await not_saved(update.effective_message, lang, exc)
        return
    await send_html(update.effective_message, T["alias_added"][lang].format(
        id=escape(entity.id), names=escape(" | ".join(entity.names()))))


async def on_confirm(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Apply or drop a previewed edit or import (ac:TOKEN:yes|no), for the admin who asked only."""
    query = update.callback_query
    svc, lang = services(context), ui_lang(update, context)
    data = query.data or ""
    _, token, choice = data.split(":", 2) if data.count(":") == 2 else ("", "", "")
    action = svc.pending.get(token)
    if action is None or action["user"] != update.effective_user.id:
        await query.answer(T["expired"][lang][:190])
        return
    svc.pending.pop(token, None)
    if not still_admin(update, context):     # removed (/rmadmin) since the preview
        await query.answer(T["refused"][lang][:190], show_alert=True)
        return
    await query.answer()
    if choice != "yes":
        await send_html(query.message, T["cancelled"][lang])
        return
    if action["kind"] == "import":
        await bulk.apply_pending_import(update, context, action)
        return
    try:
        fact = svc.store.update_fact(action["fact"], action["changes"], actor(update),
                                     expected=action.get("expected"))
    except (StoreError, ValidationError) as exc:
        await not_saved(query.message, lang, exc)
        return
    await send_html(query.message, T["saved"][lang].format(id=escape(fact.id)))


# -- who is an admin ----------------------------------------------------------------------------
async def admins(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List owners and admins."""
    svc, lang = services(context), ui_lang(update, context)
    owners = ", ".join(str(i) for i in sorted(svc.settings.admin_ids)) or "-"
    others = ", ".join(str(i) for i in sorted(svc.usage.admin_ids())) or "-"
    await send_html(update.effective_message, T["admins"][lang].format(owners=owners, admins=others))


async def addadmin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Owners only: make a user (by numeric id) an admin."""
    await _change_admin(update, context, "addadmin", adding=True)


async def rmadmin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Owners only: remove an admin."""
    await _change_admin(update, context, "rmadmin", adding=False)


async def _change_admin(update: Update, context: ContextTypes.DEFAULT_TYPE, cmd: str, adding: bool) -> None:
    svc, lang = services(context), ui_lang(update, context)
    if not svc.is_owner(update.effective_user.id):
        await send_html(update.effective_message, T["owners"][lang])
        return
    if not context.args or not context.args[0].isdigit():
        await send_html(update.effective_message, T["usage_admin"][lang].format(cmd=cmd))
        return
    uid = int(context.args[0])
    if adding:
        changed = svc.usage.add_admin(uid, actor(update))
        svc.admin_filter.add_user_ids(uid)
        await _set_menu(context.application, uid, admin=True)
        key = "admin_added" if changed else "admin_exists"
    else:
        changed = svc.usage.remove_admin(uid, actor(update))
        if changed and uid not in svc.settings.admin_ids:
            svc.admin_filter.remove_user_ids(uid)
            await _set_menu(context.application, uid, admin=False)
        key = "admin_removed" if changed else "admin_missing"
    await send_html(update.effective_message, T[key][lang].format(id=uid))


async def refuse(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An admin command from someone who is not an admin: refuse, change nothing."""
    log.info("refused admin command from user %s",
             update.effective_user.id if update.effective_user else "?")
    await send_html(update.effective_message, T["refused"][ui_lang(update, context)])


# -- menus and registration ---------------------------------------------------------------------
async def _set_menu(application: Application, user_id: int, admin: bool) -> None:
    """Admins see user and admin commands in their private chat with the bot; others the default."""
    scope = BotCommandScopeChat(chat_id=user_id)
    try:
        if not admin:
            for lang in (None, "zh", "en"):
                await application.bot.delete_my_commands(scope=scope, language_code=lang)
            return
        for lang in (None, "zh", "en"):
            commands = [BotCommand(c, zh if lang == "zh" else en)
                        for c, zh, en in USER_COMMANDS + ADMIN_COMMANDS]
            await application.bot.set_my_commands(commands, scope=scope, language_code=lang)
    except TelegramError as exc:     # the admin has not opened a chat with the bot yet
        log.warning("could not set the command menu of admin %s: %s", user_id, exc)


async def set_admin_commands(application: Application) -> None:
    """Show the admin commands in admins' command menus only."""
    svc: Services = application.bot_data["services"]
    for uid in sorted(set(svc.settings.admin_ids) | svc.usage.admin_ids()):
        await _set_menu(application, uid, admin=True)


def register(application: Application) -> None:
    """Add the admin handlers: behind the live admin filter, then a refusal for everyone else."""
    svc: Services = application.bot_data["services"]
    only = svc.admin_filter
    application.add_handler(addfact.conversation(only))
    for name, callback in [("editfact", editfact), ("delfact", delfact), ("restore", restore),
                           ("addsource", addsource), ("addalias", addalias), ("history", history),
                           ("undo", undo), ("export", bulk.export), ("gaps", insights.gaps),
                           ("stats", insights.stats), ("admins", admins), ("addadmin", addadmin),
                           ("rmadmin", rmadmin)]:
        application.add_handler(CommandHandler(name, callback, filters=only))
    application.add_handler(CommandHandler([n for n in ADMIN_NAMES if n != "cancel"], refuse))
    application.add_handler(CallbackQueryHandler(on_confirm, pattern=r"^ac:"))
    application.add_handler(MessageHandler(filters.Document.ALL & only, bulk.on_document))
