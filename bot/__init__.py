"""How we answer: normalise a question, match it, compose a cited reply. No Telegram here."""
from .engine import Answer, Engine
from .reply import render, to_json
from .settings import Settings

__all__ = ["Answer", "Engine", "Settings", "render", "to_json"]
