"""Handling many users at once: updates of different chats run concurrently, while the updates of
one chat, and of one user, run one after the other in the order they came (a follow-up after its
question, an /addfact step after the one before, a vote after its answer).

PTB warns that a ConversationHandler (our /addfact form) relies on updates being processed one by
one: it keys conversations by (chat, user), and no two updates of the same chat or user ever run at
the same time here, so each form sees its updates one by one and in order, as it needs.

Everything the handlers keep (the store's one SQLite connection, the conversation contexts, the
flood guard's counters) is touched only from the event loop's thread, between awaits, so no two
updates ever write to it at the same time."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)

MAX_CONCURRENT_UPDATES = 256


def order_keys(update: object) -> list[tuple[str, int]]:
    """What an update must wait for: its chat, then its user (inline queries and buttons under inline
    messages have no chat). Always in this order, so two updates can never wait for each other."""
    if not isinstance(update, Update):
        return []
    keys = []
    if update.effective_chat is not None:
        keys.append(("chat", update.effective_chat.id))
    if update.effective_user is not None:
        keys.append(("user", update.effective_user.id))
    return keys


class PerChatProcessor(BaseUpdateProcessor):
    """PTB's concurrent update processing, one at a time per chat and per user."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES):
        super().__init__(max_concurrent_updates)
        self.locks: dict[tuple[str, int], asyncio.Lock] = {}
        self.users: dict[tuple[str, int], int] = {}      # updates holding or waiting for each lock

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the update's handlers once every earlier update of its chat and user is done."""
        keys = order_keys(update)
        for key in keys:
            self.users[key] = self.users.get(key, 0) + 1
        held: list[asyncio.Lock] = []
        started = False
        try:
            for key in keys:
                lock = self.locks.setdefault(key, asyncio.Lock())
                await lock.acquire()
                held.append(lock)
            started = True
            await coroutine
        finally:
            if not started and hasattr(coroutine, "close"):
                coroutine.close()                 # cancelled while waiting: never run
            for lock in reversed(held):
                lock.release()
            for key in keys:
                self.users[key] -= 1
                if not self.users[key]:          # nobody else waits: forget the lock
                    del self.users[key]
                    self.locks.pop(key, None)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free."""
