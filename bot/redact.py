"""Keeping secrets (the bot token, the webhook secret) out of every log line and traceback."""
from __future__ import annotations

import logging
import sys
import traceback
from urllib.parse import quote

log = logging.getLogger(__name__)

MASK = "[REDACTED]"


class Redactor(logging.Filter):
    """A logging filter that rewrites each record with its secrets masked: message, arguments,
    exception text and stack; installed on the root handlers by the entry point."""

    def __init__(self, secrets: list[str]):
        super().__init__()
        found: set[str] = set()
        for secret in secrets:
            if not secret:
                continue
            found |= {secret, quote(secret, safe=""), quote(secret)}
            _, _, tail = secret.partition(":")        # a token's secret half alone is a secret too
            if len(tail) >= 8:
                found.add(tail)
        self.secrets = sorted(found, key=len, reverse=True)

    def redact(self, text: str) -> str:
        """The text with every secret replaced by [REDACTED]."""
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask secrets in the record in place; never drop it."""
        if not self.secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string: keep what there is
            message = str(record.msg)
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True

    def excepthook(self, kind, value, tb) -> None:
        """sys.excepthook: an uncaught exception's traceback, masked, on standard error."""
        sys.stderr.write(self.redact("".join(traceback.format_exception(kind, value, tb))))


def install(secrets: list[str]) -> Redactor:
    """Mask the secrets in everything the root logger's handlers and sys.excepthook print."""
    redactor = Redactor(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)
    sys.excepthook = redactor.excepthook
    return redactor
