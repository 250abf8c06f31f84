"""The one error handler: log with the traceback, reply briefly, never show a traceback."""
from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from knowledge import ReadOnly

from .texts import ERROR, READ_ONLY

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error and tell the user, politely, that it did not work."""
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update):
        return
    code = (update.effective_user.language_code or "") if update.effective_user else ""
    lang = "zh" if code.startswith("zh") else "en"
    text = (READ_ONLY if isinstance(context.error, ReadOnly) else ERROR)[lang]
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(text[:190], show_alert=False)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(text)
    except Exception:  # noqa: BLE001 - the reply itself failed; the log has the original error
        log.warning("could not tell the user about the error", exc_info=True)
