"""Bulk changes: an admin sends a CSV or JSON document, sees a preview (or every error with its line
and field), and confirms; /export sends the whole base back as a document."""
from __future__ import annotations

import datetime as _dt
import io
import logging
from html import escape

from telegram import InputFile, Update
from telegram.ext import ContextTypes

from knowledge import Conflict, StoreError
from knowledge.transfer import (MAX_IMPORT_BYTES, ImportRejected, apply_import, export_csv, export_json,
                                parse_file, plan_import)


from .admin_base import actor, confirm_keyboard, remember
from .common import send_html, services, ui_lang, with_retry

log = logging.getLogger(__name__)

T = {
    "not_file": {"zh": "请发送 .csv 或 .json 文件（格式见 README 的管理员指南），或 .txt/.md/.html/.docx 格式的文章。",
                 "en": "Please send a .csv or .json file (the format is in the README's admin guide), "
                       "or an article as .txt/.md/.html/.docx."},
    "too_big": {"zh": "文件太大（上限 {mb} MB）。", "en": "The file is too large (at most {mb} MB)."},
    "rejected": {"zh": "<b>导入被拒绝，没有任何改动。</b>共 {n} 处错误：\n{errors}",
                 "en": "<b>Import rejected; nothing was changed.</b> {n} error(s):\n{errors}"},
    "preview": {"zh": "<b>导入预览</b> {name}\n新增 {added} 条，修改 {changed} 条，不变 {unchanged} 条，新来源 {sources} 个，"
                      "新实体 {entities} 个。\n{lines}\n确认全部导入吗？",
                "en": "<b>Import preview</b> {name}\n{added} new, {changed} changed, {unchanged} unchanged, "
                      "{sources} new source(s), {entities} new entit(ies).\n{lines}\nApply all of it?"},
    "nothing": {"zh": "文件里的数据和资料库完全一样，无需导入。", "en": "Everything in the file is already in the base."},
    "applied": {"zh": "已导入：{summary}。", "en": "Imported: {summary}."},
    "not_applied": {"zh": "没有导入，没有任何改动：{why}", "en": "Not imported; nothing was changed: {why}"},
    "exported": {"zh": "全部 {n} 条数据。", "en": "All {n} facts."},
}


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Validate an uploaded CSV/JSON file and show what it would change, with confirm buttons."""
    svc, lang = services(context), ui_lang(update, context)
    document = update.effective_message.document
    name = document.file_name or "upload"
    if not name.lower().endswith((".csv", ".json")):
        await send_html(update.effective_message, T["not_file"][lang])
        return
    if (document.file_size or 0) > MAX_IMPORT_BYTES:
        await send_html(update.effective_message,
                        T["too_big"][lang].format(mb=MAX_IMPORT_BYTES // 1_000_000))
        return
    telegram_file = await with_retry(context.bot.get_file, document.file_id, idempotent=True)
    if (telegram_file.file_size or 0) > MAX_IMPORT_BYTES:     # sizes first: the message may not say
        await send_html(update.effective_message,
                        T["too_big"][lang].format(mb=MAX_IMPORT_BYTES // 1_000_000))
        return
    content = bytes(await telegram_file.download_as_bytearray())
    try:
        rows = parse_file(content, name)
        plan = plan_import(svc.store, rows)
    except ImportRejected as exc:
        await send_html(update.effective_message, _rejected(exc, lang))
        return
    if not plan.added and not plan.changed:
        await send_html(update.effective_message, T["nothing"][lang])
        return
    lines = [f"+ {escape(f.id)}: {escape(f.value)}{escape(f.unit)} ({escape(f.period_zh)})"
             for f in plan.added[:10]]
    for old, new in plan.changed[:10]:
        diffs = [k for k, v in new.editable().items() if old.editable().get(k) != v]
        lines.append(f"~ {escape(old.id)}: " + "; ".join(
            f"{escape(k)}: {escape(str(old.editable().get(k)))[:60]} → {escape(str(new.editable()[k]))[:60]}"
            for k in diffs[:3]))
    seen = {old.id: old.editable() for old, _ in plan.changed} | {f.id: None for f in plan.added}
    token = remember(svc, update, kind="import", rows=rows, name=name, seen=seen)
    text = T["preview"][lang].format(name=escape(name), added=len(plan.added), changed=len(plan.changed),
                                     unchanged=plan.unchanged, sources=len(plan.sources),
                                     entities=len(plan.entities), lines="\n".join(lines))
    await send_html(update.effective_message, text, confirm_keyboard(token, lang))


async def apply_pending_import(update: Update, context: ContextTypes.DEFAULT_TYPE, action: dict) -> None:
    """Apply a confirmed import: validated again against the base as it is now, then all at once."""
    svc, lang = services(context), ui_lang(update, context)
    message = update.callback_query.message
    try:
        with svc.store.atomic():       # checked and applied under the write lock: no edit slips in between
            plan = plan_import(svc.store, action["rows"])
            _unchanged_since_preview(plan, action.get("seen", {}))
            apply_import(svc.store, plan, actor(update))
    except ImportRejected as exc:
        await send_html(message, _rejected(exc, lang))
        return
    except StoreError as exc:
        await send_html(message, T["not_applied"][lang].format(why=escape(str(exc))))
        return
    await send_html(message, T["applied"][lang].format(summary=escape(plan.summary())))


def _unchanged_since_preview(plan, seen: dict) -> None:
    """Raise Conflict when a fact the import touches was changed by someone after the preview."""
    now = {old.id: old.editable() for old, _ in plan.changed} | {f.id: None for f in plan.added}
    moved = sorted(fid for fid in now if fid not in seen or seen[fid] != now[fid])
    if moved:
        raise Conflict(f"changed by someone else since the preview: {', '.join(moved[:10])}; "
                       "send the file again to see the new preview")


def _rejected(exc: ImportRejected, lang: str) -> str:
    errors = "\n".join(f"• {escape(str(e))}" for e in exc.errors[:20])
    if len(exc.errors) > 20:
        errors += f"\n… (+{len(exc.errors) - 20})"
    return T["rejected"][lang].format(n=len(exc.errors), errors=errors)


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the whole base as a JSON document (or CSV with /export csv), in the import format."""
    svc, lang = services(context), ui_lang(update, context)
    as_csv = bool(context.args) and context.args[0].lower() == "csv"
    text = export_csv(svc.store) if as_csv else export_json(svc.store)
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%d-%H%M")
    name = f"hubei-facts-{stamp}.{'csv' if as_csv else 'json'}"
    count = svc.store.counts()["facts"]
    await with_retry(update.effective_message.reply_document,
                     InputFile(io.BytesIO(text.encode("utf-8")), filename=name),
                     caption=T["exported"][lang].format(n=count))



