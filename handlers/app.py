"""Building and running the Telegram application (python-telegram-bot v22)."""
from __future__ import annotations

import asyncio
import logging
from collections import deque
from urllib.parse import urlparse

from telegram import BotCommand, BotCommandScopeDefault, Update
from telegram.ext import (AIORateLimiter, Application, ApplicationBuilder, ApplicationHandlerStop,
                          CallbackQueryHandler, CommandHandler, InlineQueryHandler, MessageHandler,
                          TypeHandler, filters)

from bot import Engine, Settings
from knowledge import FactStore, ensure_loaded
from knowledge.usage import Usage

from . import admin, ask, chart, ingest, inline, lookup
from .common import Services
from .concurrency import PerChatProcessor
from .errors import on_error
from .texts import TOPICS, USER_COMMANDS

log = logging.getLogger(__name__)


def build_application(settings: Settings, store: FactStore | None = None, **builder_options) -> Application:
    """The whole bot: services in bot_data, handlers registered, commands set on start-up.

    `builder_options` go to ApplicationBuilder (tests pass `request` and `get_updates_request`).
    """
    builder = ApplicationBuilder().token(settings.token).post_init(_post_init).post_shutdown(_post_shutdown)
    if settings.api_base_url:
        builder = (builder.base_url(f"{settings.api_base_url}/bot")
                   .base_file_url(f"{settings.api_base_url}/file/bot"))
    if builder_options.pop("rate_limiter", True):
        # Telegram's limits: 20 messages a minute per group, and an overall rate (30/s for bulk
        # sending) that BOT_MAX_SENDS_PER_SECOND sets (0: no overall cap).
        builder = builder.rate_limiter(AIORateLimiter(overall_max_rate=settings.max_sends_per_second,
                                                      overall_time_period=1, max_retries=2))
    builder = builder.concurrent_updates(PerChatProcessor())
    for name, value in builder_options.items():
        builder = getattr(builder, name)(value)
    application = builder.build()
    store = store or FactStore(settings.db_path)
    ensure_loaded(store)
    application.bot_data["services"] = Services(settings, store, Engine(store),
                                                Usage(store, settings.hash_salt))

    application.add_handler(TypeHandler(Update, _once), group=-1)
    application.add_handler(CommandHandler("start", lookup.start))
    application.add_handler(CommandHandler("help", lookup.help_command))
    application.add_handler(CommandHandler("topics", lookup.topics))
    application.add_handler(CommandHandler(list(TOPICS), lookup.lookup))
    application.add_handler(CommandHandler("source", lookup.source))
    application.add_handler(CommandHandler("lang", lookup.set_lang))
    application.add_handler(CommandHandler("about", lookup.about))
    application.add_handler(CommandHandler("chart", chart.chart_command))
    application.add_handler(CommandHandler("new", chart.new_command))
    ingest.register(application)          # before admin's: article files here, .csv/.json to the bulk import
    admin.register(application)
    application.add_handler(CallbackQueryHandler(ask.on_button, pattern=r"^[sftv]:"))
    application.add_handler(CallbackQueryHandler(chart.on_chart_button, pattern=r"^c[ze]:"))
    application.add_handler(InlineQueryHandler(inline.on_inline))
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND,
                                           ask.on_text))
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    application.add_handler(MessageHandler(private & filters.COMMAND, ask.on_unknown_command))
    application.add_handler(MessageHandler(private & ~filters.TEXT, ask.on_not_text))
    application.add_handler(CallbackQueryHandler(ask.on_stale_button))
    application.add_error_handler(on_error)
    return application


async def _once(update: Update, context) -> None:
    """Let each update through once: a server that resends updates (an emulator ignoring getUpdates'
    offset, a webhook retried after a timeout) must not get every answer twice."""
    seen: deque = context.application.bot_data.setdefault("seen_updates", deque(maxlen=2000))
    if update.update_id in seen:
        raise ApplicationHandlerStop
    seen.append(update.update_id)


async def _post_init(application: Application) -> None:
    """Register the command menus, in Chinese and English."""
    bot = application.bot
    for lang in ("zh", "en"):
        commands = [BotCommand(cmd, zh if lang == "zh" else en) for cmd, zh, en in USER_COMMANDS]
        await bot.set_my_commands(commands, scope=BotCommandScopeDefault(), language_code=lang)
    await bot.set_my_commands([BotCommand(cmd, en) for cmd, zh, en in USER_COMMANDS],
                              scope=BotCommandScopeDefault())
    await admin.set_admin_commands(application)


async def _post_shutdown(application: Application) -> None:
    """Close the store."""
    services = application.bot_data.get("services")
    if services is not None:
        services.store.close()


def serve(settings: Settings, webhook_url: str | None = None) -> int:
    """Run until stopped (SIGINT/SIGTERM end it cleanly): long polling, or a webhook when a URL is given."""
    application = build_application(settings)
    if webhook_url:
        from .webhook import run_webhook, webhook_secret

        try:
            secret = webhook_secret(settings)
        except ValueError as exc:       # a secret Telegram would not accept: refuse to start
            log.error("not serving by webhook: %s", exc)
            return 2
        path = urlparse(webhook_url).path.strip("/") or "telegram"
        asyncio.run(run_webhook(application, settings, webhook_url, path, secret))
    else:
        log.warning("serving by long polling")
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
