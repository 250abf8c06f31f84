"""Opening the SQLite database and starting write transactions: read-only fallback, the write lock
taken first (BEGIN IMMEDIATE) and retried, and errors turned into messages a person can act on."""
from __future__ import annotations

import logging
import random
import sqlite3
import time
from pathlib import Path

from sqlite_utils import Database

from .models import ReadOnly, StoreError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000      # each attempt to start a write waits this long for another writer
BEGIN_ATTEMPTS = 4          # then gives up with "the database is busy"
IMPATIENT_MS = 500          # how long a usage record (question log, vote) waits for the lock
READ_ONLY_MESSAGE = "the database is read-only (or full); nothing was changed"


def begin_immediate(db: Database, attempts: int = BEGIN_ATTEMPTS) -> None:
    """BEGIN IMMEDIATE, retried a few times with jitter when other writers hold the lock."""
    for attempt in range(1, attempts + 1):
        try:
            db.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or attempt == attempts:
                raise store_error(exc) from exc
            log.info("database busy, write attempt %d of %d", attempt, attempts)
            time.sleep(random.uniform(0.05, 0.2) * attempt)


def open_read_only(path: Path) -> Database:
    """The database opened for reading only; `immutable` when even the -shm file cannot be made."""
    uri = path.resolve().as_uri()
    for mode in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{mode}", uri=True, check_same_thread=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return Database(conn)
        except sqlite3.OperationalError as exc:
            error = exc
    raise ReadOnly(f"cannot open the database {path} even for reading: {error}")


def is_busy(exc: sqlite3.OperationalError) -> bool:
    """Another connection holds the lock."""
    return "locked" in str(exc) or "busy" in str(exc)


def store_error(exc: sqlite3.OperationalError) -> Exception:
    """A write failure the user can act on: read-only or full becomes ReadOnly, busy a StoreError."""
    text = str(exc)
    if "readonly" in text or "read-only" in text or "full" in text or "unable to open" in text:
        return ReadOnly(READ_ONLY_MESSAGE)
    if is_busy(exc):
        return StoreError("the database is busy with other changes; nothing was changed, please try again")
    return exc
