"""/addfact: a guided conversation (entity, topic, metric, value and unit, period, source, Chinese
and English statements, preview, confirm), /cancel at any step; or one line of name=value pairs."""
from __future__ import annotations

import functools
import re
import warnings
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (CallbackQueryHandler, CommandHandler, ContextTypes, ConversationHandler,
                          MessageHandler, filters)

from knowledge import Entity, StoreError, ValidationError
from knowledge.models import ENTITY_TYPES, TOPICS, Fact, is_date

from .admin_base import T, actor, command_text, not_saved, parse_pairs, still_admin
from .common import send_html, services, ui_lang

ENTITY, TOPIC, METRIC, VALUE, PERIOD, SOURCE, STATEMENT_ZH, STATEMENT_EN, CONFIRM = range(9)

ASK = {
    ENTITY: {"zh": "第1步：这条数据是关于谁的？发实体编号或名称（如 花湖机场、hubei）。\n新实体请写：new 中文名 | English name | 类型"
                   "（{types}）。随时 /cancel 取消。",
             "en": "Step 1: who is the fact about? Send an entity id or name (e.g. Huahu airport, hubei).\n"
                   "For a new entity: new 中文名 | English name | type ({types}). /cancel at any time."},
    TOPIC: {"zh": "第2步：选择主题。", "en": "Step 2: choose the topic."},
    METRIC: {"zh": "第3步：指标名称，中文 | 英文，例如：货运航线数量 | number of cargo routes",
             "en": "Step 3: the metric, Chinese | English, e.g. 货运航线数量 | number of cargo routes"},
    VALUE: {"zh": "第4步：数值和单位，原样照抄，例如：111 条 或 7502.3 亿元（可加英文写法：7502.3 亿元 | 750.23 billion yuan）",
            "en": "Step 4: the value and unit as published, e.g. 111 条 or 7502.3 亿元 "
                  "(optionally | English form)"},
    PERIOD: {"zh": "第5步：时期，中文 | 英文 | 开始日期 | 结束日期，例如：2025年1-11月 | January-November 2025 | "
                   "2025-01-01 | 2025-11-30（某时点的数据开始日期留空）",
             "en": "Step 5: the period, Chinese | English | start | end, e.g. 2025年1-11月 | "
                   "January-November 2025 | 2025-01-01 | 2025-11-30 (leave the start empty for a state at a "
                   "date)"},
    SOURCE: {"zh": "第6步：来源编号（可选：{sources}）。新来源先用 /addsource 添加。",
             "en": "Step 6: the source id (one of: {sources}). Add a new one first with /addsource."},
    STATEMENT_ZH: {"zh": "第7步：用自己的话写一句中文陈述（含数字、单位和时期）。",
                   "en": "Step 7: one sentence in Chinese, in your own words (figure, unit and period)."},
    STATEMENT_EN: {"zh": "第8步：同样的内容写一句英文陈述。", "en": "Step 8: the same in one English sentence."},
}
PREVIEW = {"zh": "<b>预览</b>\n{body}\n\n保存吗？", "en": "<b>Preview</b>\n{body}\n\nSave it?"}
BAD = {"zh": "格式不对：{why}。请再发一次，或 /cancel。",
       "en": "That does not fit: {why}. Please send it again, or /cancel."}


def _draft(context: ContextTypes.DEFAULT_TYPE) -> dict:
    return context.user_data.setdefault("addfact", {})


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Begin the guided form, or save a one-line form at once."""
    lang = ui_lang(update, context)
    text = command_text(update)
    if text:
        await _one_line(update, context, text)
        return ConversationHandler.END
    context.user_data["addfact"] = {}
    types = ", ".join(ENTITY_TYPES)
    await send_html(update.effective_message, escape(ASK[ENTITY][lang].format(types=types)))
    return ENTITY


async def _one_line(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    svc, lang = services(context), ui_lang(update, context)
    try:
        fields = parse_pairs(text)
        if "keywords" in fields:
            fields["keywords"] = [k for k in re.split(r"[|;；]", fields["keywords"]) if k.strip()]
        fields.setdefault("id", _new_id(svc, fields.get("entity", ""), fields.get("metric", "fact"),
                                        fields.get("period_end") or ""))
        fact = svc.store.add_fact(Fact.from_dict(fields), actor(update))
    except (StoreError, ValidationError) as exc:
        await not_saved(update.effective_message, lang, exc)
        return
    await send_html(update.effective_message, T["saved"][lang].format(id=escape(fact.id)))


async def entity_step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    svc, lang = services(context), ui_lang(update, context)
    text = update.effective_message.text.strip()
    draft = _draft(context)
    if text.lower().startswith("new "):
        parts = [p.strip() for p in text[4:].split("|")]
        if len(parts) != 3 or parts[2] not in ENTITY_TYPES:
            why = "new 中文名 | English name | type"
            await send_html(update.effective_message, escape(BAD[lang].format(why=why)))
            return ENTITY
        slug = _slug(parts[1]) or "entity"
        draft["new_entity"] = Entity(slug, parts[2], parts[0], parts[1], [])
        draft["entity"] = slug
    else:
        found = _find_entity(svc, text)
        if found is None:
            why = f"no entity named {text[:40]} (new one: new 中文名 | English name | type)"
            await send_html(update.effective_message, escape(BAD[lang].format(why=why)))
            return ENTITY
        draft["entity"] = found
    rows = [[InlineKeyboardButton(t, callback_data=f"aft:{t}") for t in TOPICS[i:i + 4]]
            for i in range(0, len(TOPICS), 4)]
    await send_html(update.effective_message, ASK[TOPIC][lang], InlineKeyboardMarkup(rows))
    return TOPIC


async def topic_step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    await query.answer()
    topic = (query.data or "").split(":", 1)[1]
    if topic not in TOPICS:
        return TOPIC
    _draft(context)["topic"] = topic
    await send_html(query.message, escape(ASK[METRIC][ui_lang(update, context)]))
    return METRIC


async def metric_step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    lang = ui_lang(update, context)
    parts = [p.strip() for p in update.effective_message.text.split("|")]
    if len(parts) != 2 or not all(parts):
        await send_html(update.effective_message, escape(BAD[lang].format(why="中文 | English")))
        return METRIC
    draft = _draft(context)
    draft["metric_zh"], draft["metric_en"] = parts
    draft["metric"] = _slug(parts[1]).replace("-", "_") or "metric"
    await send_html(update.effective_message, escape(ASK[VALUE][lang]))
    return VALUE


async def value_step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    lang = ui_lang(update, context)
    text, _, english = update.effective_message.text.partition("|")
    m = re.match(r"^\s*([\d.,]+%?|[^\s]+)\s*(.*?)\s*$", text)
    if not m or not m.group(1):
        await send_html(update.effective_message, escape(BAD[lang].format(why="111 条")))
        return VALUE
    draft = _draft(context)
    draft["value"], draft["unit"], draft["value_en"] = m.group(1), m.group(2), english.strip()
    await send_html(update.effective_message, escape(ASK[PERIOD][lang]))
    return PERIOD


async def period_step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    lang = ui_lang(update, context)
    parts = [p.strip() for p in update.effective_message.text.split("|")] + ["", ""]
    if not parts[0] or not parts[1]:
        await send_html(update.effective_message, escape(BAD[lang].format(why="中文 | English | start | end")))
        return PERIOD
    draft = _draft(context)
    draft.update(period_zh=parts[0], period_en=parts[1], period_start=parts[2] or None,
                 period_end=parts[3] or None)
    bad = [d for d in (draft["period_start"], draft["period_end"]) if d and not is_date(d)]
    if bad:
        why = f"{bad[0]} is not a date like 2025-11-30"
        await send_html(update.effective_message, escape(BAD[lang].format(why=why)))
        return PERIOD
    svc = services(context)
    sources = ", ".join(s.id for s in svc.store.list_sources())
    await send_html(update.effective_message, escape(ASK[SOURCE][lang].format(sources=sources)))
    return SOURCE


async def source_step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    svc, lang = services(context), ui_lang(update, context)
    source_id = update.effective_message.text.strip()
    if source_id not in {s.id for s in svc.store.list_sources()}:
        why = f"no source {source_id[:40]}"
        await send_html(update.effective_message, escape(BAD[lang].format(why=why)))
        return SOURCE
    _draft(context)["source"] = source_id
    await send_html(update.effective_message, escape(ASK[STATEMENT_ZH][lang]))
    return STATEMENT_ZH


async def statement_zh_step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    _draft(context)["statement_zh"] = update.effective_message.text.strip()
    await send_html(update.effective_message, escape(ASK[STATEMENT_EN][ui_lang(update, context)]))
    return STATEMENT_EN


async def statement_en_step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    svc, lang = services(context), ui_lang(update, context)
    draft = _draft(context)
    draft["statement_en"] = update.effective_message.text.strip()
    draft["keywords"] = [draft["metric_zh"], draft["metric_en"]]
    draft["id"] = _new_id(svc, draft["entity"], draft["metric"], draft.get("period_end") or "")
    fact = Fact.from_dict({k: v for k, v in draft.items() if k != "new_entity"})
    lines = [f"{escape(k)}: {escape(str(v))}" for k, v in fact.editable().items() if v]
    if draft.get("new_entity"):
        e = draft["new_entity"]
        lines.insert(0, f"new entity: {escape(e.id)} {escape(e.name_zh)} / {escape(e.name_en)} "
                        f"({escape(e.type)})")
    buttons = InlineKeyboardMarkup([[InlineKeyboardButton(T["yes"][lang], callback_data="afc:yes"),
                                     InlineKeyboardButton(T["no"][lang], callback_data="afc:no")]])
    await send_html(update.effective_message, PREVIEW[lang].format(body="\n".join(lines)), buttons)
    return CONFIRM


async def confirm_step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    await query.answer()
    svc, lang = services(context), ui_lang(update, context)
    draft = context.user_data.pop("addfact", {})
    if query.data != "afc:yes":
        await send_html(query.message, T["cancelled"][lang])
        return ConversationHandler.END
    try:
        with svc.store.atomic():
            if draft.get("new_entity"):
                svc.store.put_entity(draft["new_entity"], actor(update))
            fact = svc.store.add_fact(Fact.from_dict({k: v for k, v in draft.items() if k != "new_entity"}),
                                      actor(update))
    except (StoreError, ValidationError) as exc:
        await not_saved(query.message, lang, exc)
        return ConversationHandler.END
    await send_html(query.message, T["saved"][lang].format(id=escape(fact.id)))
    return ConversationHandler.END


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Drop the draft; nothing is saved."""
    context.user_data.pop("addfact", None)
    await send_html(update.effective_message, T["cancelled"][ui_lang(update, context)])
    return ConversationHandler.END


def _find_entity(svc, text: str) -> str | None:
    ids = {e.id for e in svc.store.list_entities()}
    if text in ids:
        return text
    hits = svc.engine.matcher.find(text)
    return hits[0].entity if hits else None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def _new_id(svc, entity: str, metric: str, end: str) -> str:
    base = _slug(f"{entity}-{metric}-{end}") or "fact"
    candidate, n = base, 2
    while True:
        try:
            svc.store.get_fact(candidate, include_deleted=True)
        except StoreError:
            return candidate
        candidate, n = f"{base}-{n}", n + 1


def admin_step(step):
    """Run a form step only while its user is still an admin; otherwise end the form, unsaved."""
    @functools.wraps(step)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        if still_admin(update, context):
            return await step(update, context)
        context.user_data.pop("addfact", None)
        if update.callback_query is not None:
            await update.callback_query.answer()
        if update.effective_message is not None:
            await send_html(update.effective_message, T["refused"][ui_lang(update, context)])
        return ConversationHandler.END
    return guarded


def conversation(only_admins: filters.BaseFilter) -> ConversationHandler:
    text = filters.TEXT & ~filters.COMMAND
    with warnings.catch_warnings():       # buttons inside a per-chat conversation are intended here
        warnings.simplefilter("ignore")
        return ConversationHandler(
            entry_points=[CommandHandler("addfact", start, filters=only_admins)],
            states={
                ENTITY: [MessageHandler(text, admin_step(entity_step))],
                TOPIC: [CallbackQueryHandler(admin_step(topic_step), pattern=r"^aft:")],
                METRIC: [MessageHandler(text, admin_step(metric_step))],
                VALUE: [MessageHandler(text, admin_step(value_step))],
                PERIOD: [MessageHandler(text, admin_step(period_step))],
                SOURCE: [MessageHandler(text, admin_step(source_step))],
                STATEMENT_ZH: [MessageHandler(text, admin_step(statement_zh_step))],
                STATEMENT_EN: [MessageHandler(text, admin_step(statement_en_step))],
                CONFIRM: [CallbackQueryHandler(admin_step(confirm_step), pattern=r"^afc:")],
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            conversation_timeout=1800,
        )
