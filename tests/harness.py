"""Running the real application against the fake Bot API, the way it runs in production."""
from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from bot import Settings
from handlers.app import build_application

from fake_telegram import FakeBotAPI

TOKEN = "123456:TEST-token"


@contextlib.asynccontextmanager
async def running_bot(db_path: Path, admin_ids: frozenset[int] = frozenset(), flood_per_minute: int = 100,
                      store=None):
    """Start the fake API and the bot (long polling through TELEGRAM_API_BASE_URL); yield (api, app).
    `store` replaces the store the bot would open at db_path (a read-only one, say)."""
    api = FakeBotAPI(TOKEN)
    await api.start()
    settings = Settings(token=TOKEN, db_path=Path(db_path), admin_ids=admin_ids, api_base_url=api.root,
                        flood_per_minute=flood_per_minute)
    app = build_application(settings, store=store)
    try:
        async with app:
            await app.post_init(app)
            await app.start()
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            try:
                yield api, app
            finally:
                await app.updater.stop()
                await app.stop()
        await app.post_shutdown(app)
    finally:
        await api.stop()


def run(coro):
    return asyncio.run(coro)


def buttons(call) -> list[tuple[str, str]]:
    """(text, callback data) of every inline button of a sent message."""
    markup = call.params.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]


async def say(api, text: str, uid: int, lang: str = "zh-hans"):
    """Send a text message as user `uid`; the last message the bot sent back."""
    mark = api.mark()
    api.send_text(text, uid=uid, lang=lang)
    return (await api.wait("sendMessage", mark))[-1]


async def press(api, data: str, uid: int):
    """Press a button as user `uid`; the last message the bot sent after answering the callback."""
    mark = api.mark()
    api.press(data, uid=uid)
    await api.wait("answerCallbackQuery", mark)
    return (await api.wait("sendMessage", mark))[-1]
