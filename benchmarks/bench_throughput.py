#!/usr/bin/env python3
"""Throughput with many users at once: prints figures, asserts nothing.

    python benchmarks/bench_throughput.py [--users 50] [--questions 10] [--delay 0.1]

The project's fake Bot API (tests/fake_telegram.py) answers every Bot API call after `--delay`
seconds (a round trip to Telegram). U users each send K questions at once (follow-ups among them);
the bot (with BOT_MAX_SENDS_PER_SECOND=0) and, in the same run, a minimal PTB echo bot with
concurrent updates answer them; both rates are printed, with their ratio. Every question must be
answered exactly once, and each follow-up in the context of the question before it.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from telegram import Update  # noqa: E402
from telegram.ext import ApplicationBuilder, MessageHandler, filters  # noqa: E402

from bot import Settings  # noqa: E402
from fake_telegram import FakeBotAPI  # noqa: E402
from handlers.app import build_application  # noqa: E402
from knowledge import FactStore, ensure_loaded  # noqa: E402

TOKEN = "123456:BENCH-token"
# (question, a figure its answer must hold); a follow-up right after the question it follows
QUESTIONS = [("2024年上半年武汉进出口多少", "1751.5"), ("那出口呢？", "1111.4"),
             ("湖北2025年前11个月进出口总额是多少？", "7502.3"), ("花湖机场有多少条货运航线", "111"),
             ("How much did Wuhan export in the first half of 2024?", "111.14"),
             ("中欧班列（武汉）一共开通了多少条线路", ""), ("联想武汉", ""), ("光谷今年外贸咋样", ""),
             ("Huahu airport how many cargo routes", "111"), ("湖北前11个月进出口多少", "7502.3")]


async def echo(update: Update, context) -> None:
    """Send the text back."""
    await update.effective_message.reply_text(update.effective_message.text)


async def drive(app_factory, users: int, per_user: int, delay: float) -> tuple[float, dict[int, list[str]]]:
    """Seconds from the first update queued to the last answer, and the answers per chat."""
    api = FakeBotAPI(TOKEN)
    await api.start()
    app = app_factory(api.root)
    try:
        async with app:
            await app.start()
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            api.delay = delay
            mark = api.mark()
            started = time.perf_counter()
            for k in range(per_user):
                for uid in range(1, users + 1):
                    api.send_text(QUESTIONS[k % len(QUESTIONS)][0], uid=10_000 + uid)
            await api.wait("sendMessage", mark, count=users * per_user, timeout=600)
            elapsed = time.perf_counter() - started
            await api.quiet(mark, 0.5)              # anything answered twice would show up now
            await app.updater.stop()
            await app.stop()
    finally:
        await api.stop()
    chats: dict[int, list[str]] = {}
    for call in api.calls[mark:]:
        if call.method == "sendMessage":
            chats.setdefault(int(call.params["chat_id"]), []).append(call.params["text"])
    return elapsed, chats


def check(chats: dict[int, list[str]], users: int, per_user: int) -> str:
    """'ok', or what went wrong: a question answered twice or never, a follow-up out of context."""
    if len(chats) != users or any(len(texts) != per_user for texts in chats.values()):
        return f"answers per chat: {sorted({len(t) for t in chats.values()})}, chats {len(chats)}"
    for texts in chats.values():
        for k, text in enumerate(texts):
            figure = QUESTIONS[k % len(QUESTIONS)][1]
            if figure and figure not in text:
                return f"answer {k + 1} lacks {figure}: {text[:60]!r}"
    return "ok"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--delay", type=float, default=0.1)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        store = FactStore(db)
        ensure_loaded(store)
        store.close()
        shutil.copy(db, Path(tmp) / "copy.db")

        def our_bot(root: str):
            settings = Settings(token=TOKEN, db_path=db, api_base_url=root, flood_per_minute=1000,
                                max_sends_per_second=0)
            return build_application(settings)

        def echo_bot(root: str):
            app = (ApplicationBuilder().token(TOKEN).base_url(f"{root}/bot").concurrent_updates(True).build())
            app.add_handler(MessageHandler(filters.TEXT, echo))
            return app

        total = args.users * args.questions
        ours, chats = asyncio.run(drive(our_bot, args.users, args.questions, args.delay))
        verdict = check(chats, args.users, args.questions)
        theirs, echoed = asyncio.run(drive(echo_bot, args.users, args.questions, args.delay))
    print(f"load: {args.users} users x {args.questions} questions, "
          f"every Bot API call delayed {args.delay * 1000:.0f} ms")
    print(f"this bot:  {total} answered in {ours:.2f} s = {total / ours:.1f} updates/s ({verdict})")
    echoes = sum(map(len, echoed.values()))
    print(f"echo bot:  {echoes} answered in {theirs:.2f} s = {total / theirs:.1f} updates/s")
    print(f"ratio:     {theirs / ours:.2f} of the echo bot's rate")


if __name__ == "__main__":
    main()
