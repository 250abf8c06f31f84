"""Shared pieces of the Telegram face: the services in bot_data, the reply language, sending long
HTML safely (split under 4096 characters, retried on network errors), and answer keyboards."""
from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

import httpx

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import ContextTypes, filters

from bot import Answer, Engine, Settings
from bot.reply import related_questions
from bot.seriesindex import SeriesIndex
from knowledge import FactStore
from knowledge.usage import Usage

from .texts import BUTTONS

log = logging.getLogger(__name__)

LIMIT = 4096
SEND_ATTEMPTS = 3


@dataclass
class Services:
    """Long-lived objects, kept in application.bot_data['services']."""
    settings: Settings
    store: FactStore
    engine: Engine
    usage: Usage
    callback_ids: dict[str, str] = field(default_factory=dict)    # short hash -> fact id
    recent: dict[int, deque] = field(default_factory=lambda: defaultdict(deque))
    warned: dict[int, float] = field(default_factory=dict)
    pending: dict[str, dict] = field(default_factory=dict)         # admin confirmations, by token
    admin_filter: filters.User = field(default_factory=filters.User)
    charts: SeriesIndex | None = None

    def __post_init__(self) -> None:
        if self.charts is None:
            self.charts = SeriesIndex(self.store)
        self.admin_filter.add_user_ids(set(self.settings.admin_ids) | self.usage.admin_ids())

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and (user_id in self.settings.admin_ids
                                        or user_id in self.usage.admin_ids())

    def is_owner(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admin_ids

    def flooding(self, user_id: int) -> bool:
        """More than flood_per_minute messages from this user in the last minute."""
        now = time.monotonic()
        stamps = self.recent[user_id]
        while stamps and now - stamps[0] > 60:
            stamps.popleft()
        stamps.append(now)
        return len(stamps) > self.settings.flood_per_minute

    def fact_key(self, fact_id: str) -> str:
        """A callback-data-sized key for a fact id (Telegram allows 64 bytes)."""
        if len(fact_id.encode()) <= 60:
            return fact_id
        short = "#" + hashlib.sha1(fact_id.encode()).hexdigest()[:12]
        self.callback_ids[short] = fact_id
        return short

    def fact_id(self, key: str) -> str:
        return self.callback_ids.get(key, key)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


def user_lang(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str = "") -> str | None:
    """The language to answer in: the user's /lang choice, else None (the engine detects it)."""
    user = update.effective_user
    if user is None:
        return None
    chosen = services(context).usage.get_lang(user.id)
    return None if chosen == "auto" else chosen


def ui_lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The language for menus and help: the /lang choice, else the Telegram client's language."""
    chosen = user_lang(update, context)
    if chosen:
        return chosen
    code = (update.effective_user.language_code or "") if update.effective_user else ""
    return "zh" if code.startswith("zh") else "en"


def split_html(text: str, limit: int = LIMIT) -> list[str]:
    """Split at line ends under the limit; a line that is longer alone is cut outside any &entity;.
    Our HTML only has tags within single lines, so every part stays well-formed."""
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = limit
            amp = line.rfind("&", 0, cut)
            if amp != -1 and ";" not in line[amp:cut]:
                cut = amp
            tag = line.rfind("<", 0, cut)
            if tag != -1 and ">" not in line[tag:cut]:
                cut = tag
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current or not parts:
        parts.append(current)
    return [p for p in parts if p.strip()] or ["…"]


def never_sent(exc: NetworkError) -> bool:
    """True when the request surely did not reach Telegram (no connection was made), so resending
    cannot duplicate it; a timeout or a dropped response may follow a delivered message."""
    return isinstance(exc.__cause__, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


async def with_retry(call, *args, idempotent: bool = False, **kwargs):
    """Run a Bot API call, retrying flood waits and failures that surely did not deliver it (a few
    times, then give up). Other network errors are retried only for idempotent calls (getFile...):
    resending a message whose response was lost would show the user the answer twice."""
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await call(*args, **kwargs)
        except RetryAfter as exc:
            if attempt == SEND_ATTEMPTS:
                raise
            wait = exc.retry_after
            seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
            await asyncio.sleep(min(seconds, 30))
        except BadRequest:          # a NetworkError in PTB, but final: Telegram refused the request
            raise
        except (TimedOut, NetworkError) as exc:
            if attempt == SEND_ATTEMPTS or not (idempotent or never_sent(exc)):
                raise
            await asyncio.sleep(0.5 * attempt)


async def send_html(message: Message, text: str,
                    markup: InlineKeyboardMarkup | None = None) -> Message | None:
    """Reply with HTML, split under Telegram's limit; the keyboard goes under the last part.
    A reply whose fate is unknown (timed out, connection lost) is not sent again: logged instead."""
    parts = split_html(text)
    sent = None
    for k, part in enumerate(parts):
        try:
            sent = await with_retry(message.reply_html, part, disable_web_page_preview=True,
                                    reply_markup=markup if k == len(parts) - 1 else None)
        except NetworkError as exc:
            if isinstance(exc, BadRequest) or never_sent(exc):
                raise
            log.warning("a reply may or may not have been delivered (%s); not sending it again", exc)
            return None
    return sent


def answer_keyboard(svc: Services, answer: Answer, vote_token: str | None) -> InlineKeyboardMarkup | None:
    """Source button, 👍/👎, a chart button when the fact is in a series of three or more, and up to
    three related questions (or 'did you mean' choices)."""
    rows: list[list[InlineKeyboardButton]] = []
    lang = answer.lang if answer.lang in ("zh", "en") else "zh"
    if answer.found and answer.facts:
        top = [InlineKeyboardButton(BUTTONS["source"][lang],
                                    callback_data=f"s:{svc.fact_key(answer.facts[0].fact.id)}")]
        if vote_token is not None:
            top += [InlineKeyboardButton("👍", callback_data=f"v:+:{vote_token}"),
                    InlineKeyboardButton("👎", callback_data=f"v:-:{vote_token}")]
        rows.append(top)
        top_id = answer.facts[0].fact.id
        if svc.charts.for_fact(top_id) is not None:
            code = "cz" if lang == "zh" else "ce"
            chart = InlineKeyboardButton(BUTTONS["chart"][lang],
                                         callback_data=f"{code}:{svc.fact_key(top_id)}")
            rows.append([chart])
    for label, fact_id in related_questions(answer):
        rows.append([InlineKeyboardButton(_short(label), callback_data=f"f:{svc.fact_key(fact_id)}")])
    return InlineKeyboardMarkup(rows) if rows else None


def _short(label: str, size: int = 48) -> str:
    return label if len(label) <= size else label[: size - 1] + "…"
