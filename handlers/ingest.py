"""/ingest: an admin sends an article (pasted after /ingest, or as a .txt/.md/.html/.docx document),
sees what the bot read (a summary, and the proposals as an import CSV to edit and send back), and
applies all new facts, only the confident ones, or nothing. /undoingest (or /undo, or the button under
the result) takes a whole ingestion back. Admin rights are checked again when a button is pressed."""
from __future__ import annotations

import dataclasses
import io
import logging
import re
import warnings
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import (Application, CallbackQueryHandler, CommandHandler, ContextTypes,
                          ConversationHandler, MessageHandler, filters)

from knowledge import StoreError
from knowledge.batches import last_batch, undo_batch
from knowledge.ingest import IngestError, NoDateFound, Reading, apply_reading, proposals_csv, read_article
from knowledge.ingest.extract import MAX_ARTICLE_BYTES, SUFFIXES, extract_text

from .admin_base import T as ADMIN_T
from .admin_base import actor, command_text, remember
from .common import send_html, services, ui_lang, with_retry

log = logging.getLogger(__name__)

WAIT_ARTICLE, WAIT_DATE = range(2)
MIN_CONFIDENCE = 0.8
SHOWN = 20
KEPT_ARTICLES = 20          # articles awaiting apply/cancel kept in memory; older buttons expire
_OPTION = re.compile(r'(date|publication|title|page)=(?:"([^"]*)"|(\S+))')
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?|月)?")

T = {
    "ask_article": {"zh": "请发来文章：直接粘贴正文（长文请发文件），或发送 .txt/.md/.html/.docx 文件。/cancel 取消。",
                    "en": "Send the article: paste its text (a long one as a file), or send it as a "
                          ".txt/.md/.html/.docx file. /cancel stops."},
    "ask_date": {"zh": "没有在文章开头找到日期。请回复文章的发表日期（如 2025-01-07 或 2025年1月7日），"
                       "也可以写 /ingest date=2025-01-07。文章已保留；/cancel 放弃。",
                 "en": "I found no date in the article's first lines. Reply with the date it was published "
                       "(e.g. 2025-01-07), or send /ingest date=2025-01-07. The article is kept; "
                       "/cancel drops it."},
    "not_date": {"zh": "这不是日期。请回复如 2025-01-07 的日期，或 /cancel。",
                 "en": "That is not a date. Reply with a date like 2025-01-07, or /cancel."},
    "not_read": {"zh": "没能读取这篇文章，没有任何改动：{why}",
                 "en": "Could not read the article; nothing was changed: {why}"},
    "too_big": {"zh": "文件太大（{mb} MB），文章文件上限 {max} MB，没有下载。",
                "en": "The file is too large ({mb} MB); an article file may be at most {max} MB. "
                      "It was not downloaded."},
    "summary": {"zh": "<b>读到的文章</b>：{source}\n提议 {proposed} 条：新 {new}，已有 {known}，冲突 {conflict}；"
                      "新实体 {new_entities} 个；高把握（≥{pct}%）{sure} 条。\n{lines}{warnings}\n\n"
                      "按按钮之前不会保存任何内容。CSV 文件是新的和有冲突的提议（导入格式，已有的不含）："
                      "可以修改后发回，走普通导入预览（保留的冲突行会作为另一条数据加入）。",
                "en": "<b>Article read</b>: {source}\nProposed {proposed}: {new} new, {known} already "
                      "known, {conflict} conflicting; {new_entities} new entit(ies); {sure} confident "
                      "(≥{pct}%).\n{lines}{warnings}\n\nNothing is saved until you press a button. The CSV "
                      "holds the new and conflicting proposals in the import format (known ones left out): "
                      "edit it and send it back to go through the usual import preview (a conflicting row "
                      "kept is added as another fact)."},
    "more": {"zh": "……另有 {n} 条见 CSV", "en": "… {n} more in the CSV"},
    "csv_caption": {"zh": "提议的数据（导入格式）", "en": "Proposed facts (import format)"},
    "all": {"zh": "✅ 全部新数据（{n}）", "en": "✅ Apply all new ({n})"},
    "sure": {"zh": "✅ 只要高把握的（{n}）", "en": "✅ Only confident ones ({n})"},
    "no": {"zh": "❌ 取消", "en": "❌ Cancel"},
    "undo_button": {"zh": "↩️ 撤销这次导入", "en": "↩️ Undo this ingestion"},
    "applied": {"zh": "已添加 {added} 条数据（来源 {source}），跳过 {skipped} 条。{skips}\n"
                      "整批撤销：/undoingest 或下面的按钮。",
                "en": "Added {added} fact(s) (source {source}); skipped {skipped}.{skips}\n"
                      "To take the whole ingestion back: /undoingest or the button below."},
    "nothing_new": {"zh": "没有可添加的新数据（都已存在、有冲突或把握不够），没有任何改动。",
                    "en": "Nothing new to add (all known, conflicting or not confident enough); "
                          "nothing was changed."},
    "cancelled": ADMIN_T["cancelled"],
    "expired": ADMIN_T["expired"],
    "undone": ADMIN_T["undone_batch"],
    "no_batch": {"zh": "你没有可撤销的导入。", "en": "You have no ingestion to undo."},
    "not_undone": {"zh": "没有撤销：{why}", "en": "Nothing undone: {why}"},
}
MARKS = {"new": "🆕", "known": "✔️", "conflict": "⚠️"}


def parse_options(text: str) -> tuple[dict[str, str], str]:
    """Leading name=value options, then the article: 'date=2025-01-07 正文' -> ({'date': ...}, '正文')."""
    options: dict[str, str] = {}
    rest = text.lstrip()
    while (m := _OPTION.match(rest)) is not None:
        options[m.group(1)] = m.group(2) if m.group(2) is not None else m.group(3)
        rest = rest[m.end():].lstrip()
    return options, rest


def parse_date(text: str) -> str | None:
    """'2025-01-07', '2025年1月7日', '2025/1/7' -> '2025-01-07'; '2025-04', '2025年4月' -> '2025-04'."""
    m = _DATE.search(text or "")
    if not m:
        return None
    year, month, day = m.group(1), int(m.group(2)), m.group(3)
    if not 1 <= month <= 12:
        return None
    return f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"


# -- receiving the article ---------------------------------------------------------------------
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/ingest [date=.. publication=.. title=.. page=..] [article text]."""
    options, article = parse_options(command_text(update))
    pending = context.user_data.get("ingest")
    if not article and pending and pending.get("text") and options:    # the date for the article kept
        pending["options"] |= options
        return await _read(update, context)
    context.user_data["ingest"] = {"text": article, "options": options, "filename": None}
    if not article:
        await send_html(update.effective_message, escape(T["ask_article"][ui_lang(update, context)]))
        return WAIT_ARTICLE
    return await _read(update, context)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The article pasted after a bare /ingest."""
    pending = context.user_data.setdefault("ingest", {"options": {}, "filename": None})
    options, pending["text"] = parse_options(update.effective_message.text or "")
    pending["options"] = pending.get("options", {}) | options
    return await _read(update, context)


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """An article sent as a file: its declared size checked before downloading, then its text read."""
    lang = ui_lang(update, context)
    document = update.effective_message.document
    name = document.file_name or "article.txt"
    if (document.file_size or 0) > MAX_ARTICLE_BYTES:
        await send_html(update.effective_message, escape(T["too_big"][lang].format(
            mb=round(document.file_size / 1_000_000, 1), max=MAX_ARTICLE_BYTES // 1_000_000)))
        context.user_data.pop("ingest", None)
        return ConversationHandler.END
    telegram_file = await with_retry(context.bot.get_file, document.file_id)
    data = bytes(await telegram_file.download_as_bytearray())
    try:
        text = extract_text(name, data)
    except IngestError as exc:
        await send_html(update.effective_message, T["not_read"][lang].format(why=escape(str(exc))))
        context.user_data.pop("ingest", None)
        return ConversationHandler.END
    before = (context.user_data.get("ingest") or {}).get("options", {})
    caption = re.sub(r"^/ingest(@\w+)?\s*", "", update.effective_message.caption or "")
    options = before | parse_options(caption)[0]
    context.user_data["ingest"] = {"text": text, "options": options, "filename": name}
    return await _read(update, context)


async def on_date(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The date the admin gives for an article whose date was not found."""
    options, rest = parse_options(update.effective_message.text or "")
    date = options.get("date") or parse_date(rest)
    pending = context.user_data.get("ingest")
    if not pending:
        return ConversationHandler.END
    if not date:
        await send_html(update.effective_message, escape(T["not_date"][ui_lang(update, context)]))
        return WAIT_DATE
    pending["options"] |= options | {"date": date}
    return await _read(update, context)


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Drop the pending article; nothing is saved."""
    context.user_data.pop("ingest", None)
    await send_html(update.effective_message, T["cancelled"][ui_lang(update, context)])
    return ConversationHandler.END


def _read_pending(store, pending: dict) -> Reading:
    return read_article(pending["text"], store, filename=pending.get("filename"),
                        **pending.get("options", {}))


async def _read(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Read the pending article and show what it proposes, or ask for its date, or say why not."""
    svc, lang = services(context), ui_lang(update, context)
    pending = context.user_data["ingest"]
    message = update.effective_message
    try:
        reading = _read_pending(svc.store, pending)
    except NoDateFound:
        await send_html(message, escape(T["ask_date"][lang]))
        return WAIT_DATE
    except IngestError as exc:
        context.user_data.pop("ingest", None)
        await send_html(message, T["not_read"][lang].format(why=escape(str(exc))))
        return ConversationHandler.END
    context.user_data.pop("ingest", None)
    log.info("admin %s read an article: %s", update.effective_user.id, reading.counts())
    token = remember(svc, update, kind="ingest", text=pending["text"], options=dict(pending["options"]),
                     filename=pending.get("filename"))
    _forget_old_articles(svc.pending)
    editable = dataclasses.replace(reading, proposals=[p for p in reading.proposals if p.status != "known"])
    if editable.proposals:      # facts the base holds already would come back as duplicates: left out
        name = f"proposals-{reading.source.get('id') or 'article'}.csv"
        data = io.BytesIO(proposals_csv(editable).encode("utf-8"))
        await with_retry(message.reply_document, InputFile(data, filename=name),
                         caption=T["csv_caption"][lang])
    names = {e.id: (e.name_zh if lang == "zh" else e.name_en) or e.name_zh
             for e in svc.store.list_entities()}
    await send_html(message, summary_text(reading, lang, names), _keyboard(token, reading, lang))
    return ConversationHandler.END


def _forget_old_articles(pending: dict[str, dict]) -> None:
    """Keep the texts of the last KEPT_ARTICLES articles awaiting a button, not hundreds of them."""
    waiting = [token for token, action in pending.items() if action.get("kind") == "ingest"]
    for token in waiting[:-KEPT_ARTICLES]:
        pending.pop(token, None)


def _confident(reading: Reading) -> int:
    return sum(1 for p in reading.proposals if p.status == "new" and p.confidence >= MIN_CONFIDENCE)


def summary_text(reading: Reading, lang: str, names: dict[str, str] | None = None) -> str:
    """What was read: the source, the counts, a line per proposal (up to SHOWN) and the reader's warnings."""
    src = reading.source
    source = " ".join(str(x) for x in (src.get("publication_zh"), src.get("date"),
                                        f"第{src['page']}版" if src.get("page") else "") if x)
    source = escape(f"{source} 《{src.get('title') or ''}》 ({src.get('id')})")
    lines = []
    side = "zh" if lang == "zh" else "en"
    for p in reading.proposals[:SHOWN]:
        f = p.fact
        entity = ((names or {}).get(f.get("entity")) or f.get(f"entity_{side}") or f.get("entity_zh")
                  or f.get("entity"))
        what = f"{entity} {f.get(f'metric_{side}') or f.get('metric_zh') or f.get('metric')}"
        figure = escape(f"{f.get('value')}{f.get('unit') or ''}")
        period = escape(str(f.get(f"period_{side}") or f.get("period_zh") or ""))
        comma = "，" if side == "zh" else ", "
        share = round(p.confidence * 100)
        line = f"{MARKS.get(p.status, '•')} {figure} — {escape(what)}{comma}{period} ({share}%)"
        if p.status == "conflict" and p.conflict_with:
            line += f" ≠ {escape(p.conflict_with)}"
        if p.reason and p.confidence < MIN_CONFIDENCE:
            line += f" — {escape(p.reason[:80])}"
        lines.append(line)
    if len(reading.proposals) > SHOWN:
        lines.append(T["more"][lang].format(n=len(reading.proposals) - SHOWN))
    warned = "".join(f"\n⚠️ {escape(w)}" for w in reading.warnings[:5])
    return T["summary"][lang].format(source=source, **reading.counts(), sure=_confident(reading),
                                     pct=round(MIN_CONFIDENCE * 100), lines="\n".join(lines),
                                     warnings=warned)


def _keyboard(token: str, reading: Reading, lang: str) -> InlineKeyboardMarkup:
    counts = reading.counts()
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(T["all"][lang].format(n=counts["new"]), callback_data=f"ig:{token}:all")],
        [InlineKeyboardButton(T["sure"][lang].format(n=_confident(reading)),
                              callback_data=f"ig:{token}:sure")],
        [InlineKeyboardButton(T["no"][lang], callback_data=f"ig:{token}:no")]])


# -- applying and undoing ----------------------------------------------------------------------
async def _pending_action(update: Update, context: ContextTypes.DEFAULT_TYPE,
                          kind: str) -> tuple[dict, str] | None:
    """The pending action of a pressed button, for the admin who asked and is still an admin."""
    query = update.callback_query
    svc, lang = services(context), ui_lang(update, context)
    parts = (query.data or "").split(":")
    token, choice = (parts + ["", ""])[1:3]
    action = svc.pending.get(token)
    if action is None or action.get("kind") != kind or action["user"] != update.effective_user.id:
        await query.answer(T["expired"][lang][:190])
        return None
    svc.pending.pop(token, None)
    if not svc.is_admin(update.effective_user.id):
        log.info("button of a former admin %s refused", update.effective_user.id)
        await query.answer(ADMIN_T["refused"][lang][:190])
        return None
    await query.answer()
    return action, choice


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Apply all new proposals, only the confident ones, or nothing (ig:TOKEN:all|sure|no)."""
    got = await _pending_action(update, context, "ingest")
    if got is None:
        return
    action, choice = got
    svc, lang = services(context), ui_lang(update, context)
    message = update.callback_query.message
    if choice not in ("all", "sure"):
        await send_html(message, T["cancelled"][lang])
        return
    try:   # read again against the base as it is now, so what changed meanwhile is known, not doubled
        reading = _read_pending(svc.store, action)
        result = apply_reading(svc.store, reading, actor(update), only_confident=choice == "sure",
                               min_confidence=MIN_CONFIDENCE)
    except IngestError as exc:
        await send_html(message, T["not_read"][lang].format(why=escape(str(exc))))
        return
    if not result.added:
        await send_html(message, T["nothing_new"][lang])
        return
    skips = "".join(f"\n• {escape(fid)}: {escape(why)}" for fid, why in result.skipped[:10])
    token = remember(svc, update, kind="undo_ingest", batch=result.batch)
    undo_button = InlineKeyboardButton(T["undo_button"][lang], callback_data=f"iu:{token}")
    markup = InlineKeyboardMarkup([[undo_button]])
    text = T["applied"][lang].format(added=len(result.added), skipped=len(result.skipped),
                                     source=escape(reading.source.get("id", "")), skips=skips)
    await send_html(message, text, markup)


async def on_undo_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Take back the ingestion the button was shown under."""
    got = await _pending_action(update, context, "undo_ingest")
    if got is not None:
        await _undo(update, context, got[0]["batch"], update.callback_query.message)


async def undoingest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/undoingest [BATCH]: take back the admin's last ingestion (or import), or the batch named, whole."""
    svc, lang = services(context), ui_lang(update, context)
    batch = context.args[0] if context.args else last_batch(svc.store, actor(update))
    if not batch:
        await send_html(update.effective_message, T["no_batch"][lang])
        return
    await _undo(update, context, batch, update.effective_message)


async def _undo(update: Update, context: ContextTypes.DEFAULT_TYPE, batch: str, message) -> None:
    svc, lang = services(context), ui_lang(update, context)
    try:
        done = undo_batch(svc.store, batch, actor(update))
    except StoreError as exc:
        await send_html(message, T["not_undone"][lang].format(why=escape(str(exc))))
        return
    await send_html(message, T["undone"][lang].format(batch=escape(batch), facts=len(done.facts),
                                                      entities=len(done.entities),
                                                      sources=len(done.sources)))


def register(application: Application) -> None:
    """The ingestion conversation and buttons, for admins; before the CSV/JSON upload handler."""
    only = application.bot_data["services"].admin_filter
    articles = filters.Document.FileExtension(SUFFIXES[0].lstrip("."))
    for suffix in SUFFIXES[1:]:
        articles = articles | filters.Document.FileExtension(suffix.lstrip("."))
    text = filters.TEXT & ~filters.COMMAND
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        application.add_handler(ConversationHandler(
            entry_points=[CommandHandler("ingest", start, filters=only),
                          MessageHandler(articles & only, on_document)],
            states={WAIT_ARTICLE: [MessageHandler(articles, on_document), MessageHandler(text, on_text)],
                    WAIT_DATE: [MessageHandler(text, on_date)]},
            fallbacks=[CommandHandler("cancel", cancel)],
            allow_reentry=True, conversation_timeout=1800))
    application.add_handler(CommandHandler("undoingest", undoingest, filters=only))
    application.add_handler(CallbackQueryHandler(on_button, pattern=r"^ig:"))
    application.add_handler(CallbackQueryHandler(on_undo_button, pattern=r"^iu:"))
