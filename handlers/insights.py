"""What users miss: /gaps (frequent unanswered or down-voted questions, near-duplicates grouped)
and /stats (answered and declined, by topic and language, and the votes)."""
from __future__ import annotations

import datetime as _dt
from html import escape

from rapidfuzz import fuzz
from telegram import Update
from telegram.ext import ContextTypes

from bot.text import normalise

from .common import send_html, services, ui_lang

SAME_QUESTION = 82        # rapidfuzz ratio (0-100) above which two questions count as one

T = {
    "gaps": {"zh": "<b>最近 {days} 天没答上的问题</b>（次数 · 问题 · 语言）\n{lines}",
             "en": "<b>Unanswered questions, last {days} days</b> (times · question · language)\n{lines}"},
    "no_gaps": {"zh": "最近 {days} 天没有没答上的问题。", "en": "No unanswered questions in the last {days} days."},
    "stats": {"zh": "<b>最近 {days} 天</b>\n已回答 {answered}，未回答 {declined}，👍 {up}，👎 {down}\n\n"
                    "<b>按语言</b>\n{langs}\n\n<b>按主题</b>\n{topics}",
              "en": "<b>Last {days} days</b>\nAnswered {answered}, declined {declined}, 👍 {up}, 👎 {down}\n\n"
                    "<b>By language</b>\n{langs}\n\n<b>By topic</b>\n{topics}"},
}


def _days(context: ContextTypes.DEFAULT_TYPE) -> int:
    if context.args and context.args[0].isdigit():
        return max(1, min(int(context.args[0]), 365))
    return 7


def _since(days: int) -> str:
    return (_dt.datetime.now(_dt.timezone.utc) - _dt.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")


def group_questions(rows: list[tuple[str, str, str, int]]) -> list[dict]:
    """Group near-duplicate questions; most frequent first."""
    groups: list[dict] = []
    for text, lang, at, down in rows:
        key = normalise(text)
        for group in groups:
            if fuzz.ratio(key, group["key"]) >= SAME_QUESTION:
                group["count"] += 1
                group["down"] += down
                group["langs"].add(lang)
                break
        else:
            groups.append({"key": key, "text": text, "count": 1, "down": down, "langs": {lang}})
    return sorted(groups, key=lambda g: (-g["count"], g["text"]))


async def gaps(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The most frequent questions the bot declined (or answered and got 👎), grouped."""
    svc, lang = services(context), ui_lang(update, context)
    days = _days(context)
    groups = group_questions(svc.usage.misses(_since(days)))
    if not groups:
        await send_html(update.effective_message, T["no_gaps"][lang].format(days=days))
        return
    lines = [f"{g['count']}× {escape(g['text'][:120])} · {'/'.join(sorted(g['langs']))}"
             + (f" · 👎{g['down']}" if g["down"] else "") for g in groups[:20]]
    await send_html(update.effective_message, T["gaps"][lang].format(days=days, lines="\n".join(lines)))


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Questions answered and declined, by language and topic, and the votes."""
    svc, lang = services(context), ui_lang(update, context)
    days = _days(context)
    data = svc.usage.stats(_since(days))
    fmt = lambda d: "\n".join(f"{escape(k)}: ✅ {v['answered']} · ❌ {v['declined']}"   # noqa: E731
                              for k, v in sorted(d.items())) or "-"
    await send_html(update.effective_message, T["stats"][lang].format(
        days=days, answered=data["answered"], declined=data["declined"], up=data["up"], down=data["down"],
        langs=fmt(data["by_lang"]), topics=fmt(data["by_topic"])))
