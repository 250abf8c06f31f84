"""Serving updates by webhook: every request must carry Telegram's secret token (one is generated
when BOT_WEBHOOK_SECRET is unset, and given to Telegram by setWebhook); malformed bodies get 400."""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import secrets
import signal
from http import HTTPStatus

import tornado.httpserver
import tornado.web
from telegram import Update
from telegram.ext import Application

from bot import Settings

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")      # what setWebhook accepts


def webhook_secret(settings: Settings) -> str:
    """BOT_WEBHOOK_SECRET, checked; without it a random one for this run (never no secret)."""
    if settings.webhook_secret:
        if not SECRET_RE.match(settings.webhook_secret):
            raise ValueError("BOT_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return settings.webhook_secret
    log.warning("BOT_WEBHOOK_SECRET is not set: using a random secret for this run, so that only Telegram "
                "(told it by setWebhook) can post updates; set one to keep it across restarts")
    return secrets.token_urlsafe(32)


class UpdateHandler(tornado.web.RequestHandler):
    """POST /PATH: an update from Telegram, queued for the application."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, bot_application: Application, secret: str) -> None:
        """Keep the bot's application and the secret for this request."""
        self.app = bot_application
        self.secret = secret

    async def post(self) -> None:
        """Check the secret (in constant time), parse the update, queue it."""
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            log.warning("refused a webhook request without the right secret token from %s",
                        self.request.remote_ip)
            self.set_status(HTTPStatus.FORBIDDEN)
            return
        try:
            data = json.loads(self.request.body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update object")
            update = Update.de_json(data, self.app.bot)
        except Exception as exc:  # noqa: BLE001 - any malformed body is the sender's error, not ours
            log.warning("refused a malformed webhook body (%s)", type(exc).__name__)
            self.set_status(HTTPStatus.BAD_REQUEST)
            return
        await self.app.update_queue.put(update)
        self.set_status(HTTPStatus.OK)

    def log_exception(self, typ, value, tb) -> None:
        """Our own logging, without the request (it may hold the secret header)."""
        log.error("webhook handler failed", exc_info=(typ, value, tb) if typ and value else None)


def webhook_app(application: Application, path: str, secret: str) -> tornado.web.Application:
    """The tornado application serving the update path."""
    options = {"bot_application": application, "secret": secret}
    route = (rf"/{re.escape(path.strip('/'))}/?", UpdateHandler, options)
    return tornado.web.Application([route], log_function=lambda handler: None)


async def run_webhook(application: Application, settings: Settings, webhook_url: str, path: str,
                      secret: str, stop: asyncio.Event | None = None) -> None:
    """Listen, tell Telegram the URL and secret, process updates until SIGINT/SIGTERM (or `stop`),
    then shut down cleanly."""
    server = tornado.httpserver.HTTPServer(webhook_app(application, path, secret))
    server.listen(settings.port, settings.listen)
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
    try:
        async with application:
            if application.post_init:
                await application.post_init(application)
            await application.start()
            await application.bot.set_webhook(webhook_url, secret_token=secret,
                                              allowed_updates=Update.ALL_TYPES)
            log.warning("serving by webhook on %s:%s/%s", settings.listen, settings.port, path)
            await stop.wait()
            await application.stop()
        if application.post_shutdown:
            await application.post_shutdown(application)
    finally:
        server.stop()
        await server.close_all_connections()
