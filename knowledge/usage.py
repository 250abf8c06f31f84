"""What the bot keeps about its users and admins: language choices, the admin list, questions it
could not answer (no identity beyond a salted hash) and answer feedback."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from .store import FactStore, now

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
        with self.db.atomic():
            self.db["user_prefs"].upsert({"user_id": user_id, "lang": lang, "updated_at": now()}, pk="user_id")

    # -- admins --------------------------------------------------------------------------
    def admin_ids(self) -> set[int]:
        return {r["user_id"] for r in self.db.query("SELECT user_id FROM admins")}

    def add_admin(self, user_id: int, by: str) -> bool:
        with self.db.atomic():
            if self.db["admins"].count_where("user_id = ?", [user_id]):
                return False
            self.db["admins"].insert({"user_id": user_id, "added_by": by, "added_at": now()})
            self.store._audit(by, "add", "admin", str(user_id), None, {"user_id": user_id})
        return True

    def remove_admin(self, user_id: int, by: str) -> bool:
        with self.db.atomic():
            if not self.db["admins"].count_where("user_id = ?", [user_id]):
                return False
            self.db.execute("DELETE FROM admins WHERE user_id = ?", [user_id])
            self.store._audit(by, "delete", "admin", str(user_id), {"user_id": user_id}, None)
        return True

    # -- questions and feedback ----------------------------------------------------------
    def log_question(self, user_id: int | None, lang: str, text: str, found: bool, topic: str,
                     fact_ids: list[str], score: float) -> int:
        with self.db.atomic():
            table = self.db["questions"].insert({
                "at": now(), "user_hash": self.user_hash(user_id), "lang": lang, "text": text[:1000],
                "found": int(found), "topic": topic or "", "fact_ids": json.dumps(fact_ids), "score": score})
        return int(table.last_pk)

    def feedback(self, user_id: int | None, question_id: int, vote: int) -> None:
        row = next(self.db.query("SELECT text, fact_ids FROM questions WHERE id = ?", [question_id]), None)
        if row is None:
            return
        with self.db.atomic():
            self.db.execute("DELETE FROM feedback WHERE user_hash = ? AND question = ?",
                            [self.user_hash(user_id), f"#{question_id}"])
            self.db["feedback"].insert({"at": now(), "user_hash": self.user_hash(user_id),
                                        "question": f"#{question_id}", "fact_ids": row["fact_ids"],
                                        "vote": 1 if vote > 0 else -1})

    def stats(self, since: str) -> dict:
        rows = list(self.db.query(
            "SELECT lang, topic, found, count(*) AS n FROM questions WHERE at >= ? GROUP BY lang, topic, found",
            [since]))
        out = {"answered": 0, "declined": 0, "by_lang": {}, "by_topic": {}}
        for r in rows:
            key = "answered" if r["found"] else "declined"
            out[key] += r["n"]
            for group, name in (("by_lang", r["lang"] or "?"), ("by_topic", r["topic"] or "-")):
                slot = out[group].setdefault(name, {"answered": 0, "declined": 0})
                slot[key] += r["n"]
        votes = self.db.execute("SELECT coalesce(sum(vote > 0), 0), coalesce(sum(vote < 0), 0) FROM feedback "
                                "WHERE at >= ?", [since]).fetchone()
        out["up"], out["down"] = votes
        return out

    def misses(self, since: str) -> list[tuple[str, str, str, int]]:
        """(text, lang, at, downvotes) of declined questions and of answers voted down."""
        rows = [(r["text"], r["lang"], r["at"], 0) for r in self.db.query(
            "SELECT text, lang, at FROM questions WHERE found = 0 AND at >= ? ORDER BY at DESC LIMIT 2000", [since])]
        rows += [(r["text"], r["lang"], r["at"], 1) for r in self.db.query(
            "SELECT q.text, q.lang, f.at FROM feedback f JOIN questions q ON f.question = '#' || q.id "
            "WHERE f.vote < 0 AND f.at >= ? ORDER BY f.at DESC LIMIT 2000", [since])]
        return rows
