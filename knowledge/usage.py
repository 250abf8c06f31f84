"""What the bot keeps about its users and admins: language choices, the admin list, questions it
could not answer (no identity beyond a salted hash) and answer feedback."""
from __future__ import annotations

import hashlib
import json
import logging
import secrets
import sqlite3
from dataclasses import dataclass

from .models import StoreError
from .store import FactStore, now

log = logging.getLogger(__name__)

LANGS = ("zh", "en", "auto")


@dataclass
class Miss:
    text: str
    lang: str
    count: int
    last: str
    downvotes: int = 0


class Usage:
    """Verbs over the people tables of a FactStore's database."""

    def __init__(self, store: FactStore, salt: str = "hubei-open-economy"):
        self.db = store.db
        self.store = store
        self.salt = salt
        self._warned = False        # a failing question log is reported once, not per question

    def _soft_failure(self, what: str, exc: Exception) -> None:
        """Log (once) that a write about usage failed; answering goes on without it."""
        if not self._warned:
            log.warning("could not record %s (%s); answers go on, usage records are skipped", what, exc)
            self._warned = True

    def user_hash(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        return hashlib.sha256(f"{self.salt}:{user_id}".encode()).hexdigest()[:16]

    # -- language ------------------------------------------------------------------------
    def get_lang(self, user_id: int) -> str:
        row = next(self.db.query("SELECT lang FROM user_prefs WHERE user_id = ?", [user_id]), None)
        return row["lang"] if row else "auto"

    def set_lang(self, user_id: int, lang: str) -> None:
        if lang not in LANGS:
            raise ValueError(f"language must be one of {', '.join(LANGS)}")
        with self.store.atomic():
            self.db["user_prefs"].upsert({"user_id": user_id, "lang": lang, "updated_at": now()},
                                         pk="user_id")

    # -- admins --------------------------------------------------------------------------
    def admin_ids(self) -> set[int]:
        return {r["user_id"] for r in self.db.query("SELECT user_id FROM admins")}

    def add_admin(self, user_id: int, by: str) -> bool:
        with self.store.atomic():
            if self.db["admins"].count_where("user_id = ?", [user_id]):
                return False
            self.db["admins"].insert({"user_id": user_id, "added_by": by, "added_at": now()})
            self.store._audit(by, "add", "admin", str(user_id), None, {"user_id": user_id})
        return True

    def remove_admin(self, user_id: int, by: str) -> bool:
        with self.store.atomic():
            if not self.db["admins"].count_where("user_id = ?", [user_id]):
                return False
            self.db.execute("DELETE FROM admins WHERE user_id = ?", [user_id])
            self.store._audit(by, "delete", "admin", str(user_id), {"user_id": user_id}, None)
        return True

    # -- questions and feedback ----------------------------------------------------------
    @staticmethod
    def new_token() -> str:
        """An unguessable key for an answer's vote buttons (fits Telegram's 64-byte callback data)."""
        return secrets.token_urlsafe(12)

    def log_question(self, user_id: int | None, lang: str, text: str, found: bool, topic: str,
                     fact_ids: list[str], score: float, token: str | None = None) -> int | None:
        """Record an asked question; on a read-only, full or busy database log once and return None."""
        try:
            with self.store.atomic(patient=False):
                table = self.db["questions"].insert({
                    "at": now(), "user_hash": self.user_hash(user_id), "lang": lang, "text": text[:1000],
                    "found": int(found), "topic": topic or "", "fact_ids": json.dumps(fact_ids),
                    "score": score, "token": token or self.new_token()})
        except (StoreError, sqlite3.Error) as exc:
            self._soft_failure("a question", exc)
            return None
        return int(table.last_pk)

    def feedback(self, user_id: int | None, token: str, vote: int) -> bool:
        """Count a vote on an answer, only from the person who asked; False when it does not count."""
        voter = self.user_hash(user_id)
        try:
            row = next(self.db.query("SELECT id, user_hash, fact_ids FROM questions WHERE token = ?",
                                     [token]), None)
            if row is None or not voter or row["user_hash"] != voter:
                return False
            with self.store.atomic(patient=False):
                self.db.execute("DELETE FROM feedback WHERE user_hash = ? AND question = ?",
                                [voter, f"#{row['id']}"])
                self.db["feedback"].insert({"at": now(), "user_hash": voter, "question": f"#{row['id']}",
                                            "fact_ids": row["fact_ids"], "vote": 1 if vote > 0 else -1})
        except (StoreError, sqlite3.Error) as exc:
            self._soft_failure("a vote", exc)
            return False
        return True

    def stats(self, since: str) -> dict:
        rows = list(self.db.query(
            "SELECT lang, topic, found, count(*) AS n FROM questions WHERE at >= ? "
            "GROUP BY lang, topic, found",
            [since]))
        out = {"answered": 0, "declined": 0, "by_lang": {}, "by_topic": {}}
        for r in rows:
            key = "answered" if r["found"] else "declined"
            out[key] += r["n"]
            for group, name in (("by_lang", r["lang"] or "?"), ("by_topic", r["topic"] or "-")):
                slot = out[group].setdefault(name, {"answered": 0, "declined": 0})
                slot[key] += r["n"]
        votes = self.db.execute("SELECT coalesce(sum(vote > 0), 0), coalesce(sum(vote < 0), 0) "
                                "FROM feedback WHERE at >= ?", [since]).fetchone()
        out["up"], out["down"] = votes
        return out

    def misses(self, since: str) -> list[tuple[str, str, str, int]]:
        """(text, lang, at, downvotes) of declined questions and of answers voted down."""
        rows = [(r["text"], r["lang"], r["at"], 0) for r in self.db.query(
            "SELECT text, lang, at FROM questions WHERE found = 0 AND at >= ? ORDER BY at DESC LIMIT 2000",
            [since])]
        rows += [(r["text"], r["lang"], r["at"], 1) for r in self.db.query(
            "SELECT q.text, q.lang, f.at FROM feedback f JOIN questions q ON f.question = '#' || q.id "
            "WHERE f.vote < 0 AND f.at >= ? ORDER BY f.at DESC LIMIT 2000", [since])]
        return rows
