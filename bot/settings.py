"""Settings, read once from the environment into a frozen dataclass and passed in."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from knowledge import default_db_path


@dataclass(frozen=True)
class Settings:
    token: str = ""
    db_path: Path = field(default_factory=default_db_path)
    admin_ids: frozenset[int] = frozenset()
    api_base_url: str = ""
    webhook_url: str = ""
    webhook_secret: str = ""
    listen: str = "127.0.0.1"
    port: int = 8443
    hash_salt: str = "hubei-open-economy"
    flood_per_minute: int = 20
    max_sends_per_second: int = 30     # overall outgoing rate; 0: no overall cap (per-chat limits stay)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "Settings":
        env = dict(os.environ if env is None else env)
        ids = frozenset(int(x) for x in env.get("BOT_ADMIN_IDS", "").replace(";", ",").split(",")
                        if x.strip().lstrip("-").isdigit())
        return cls(
            token=env.get("TELEGRAM_BOT_TOKEN", "").strip(),
            db_path=Path(env.get("BOT_DB_PATH") or default_db_path()),
            admin_ids=ids,
            api_base_url=env.get("TELEGRAM_API_BASE_URL", "").strip().rstrip("/"),
            webhook_url=env.get("BOT_WEBHOOK_URL", "").strip(),
            webhook_secret=env.get("BOT_WEBHOOK_SECRET", "").strip(),
            listen=env.get("BOT_LISTEN", "127.0.0.1"),
            port=int(env.get("BOT_PORT", "8443") or 8443),
            hash_salt=env.get("BOT_HASH_SALT", "hubei-open-economy"),
            flood_per_minute=int(env.get("BOT_FLOOD_PER_MINUTE", "20") or 20),
            max_sends_per_second=_count(env, "BOT_MAX_SENDS_PER_SECOND", 30),
        )


def _count(env: dict[str, str], name: str, default: int) -> int:
    """A whole number of zero or more from the environment; a clear error otherwise."""
    text = env.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit():
        raise ValueError(f"{name} must be a whole number of zero or more, not {text[:20]!r}")
    return int(text)
