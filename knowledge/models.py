"""Dataclasses for what the store holds, their validation, and the store's named exceptions."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, fields
from typing import Any

TOPICS = ("trade", "logistics", "firm", "policy", "investment", "industry", "economy")
ENTITY_TYPES = ("region", "zone", "hub", "route", "firm", "partner", "product", "event", "org")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,79}$")
MAX_TEXT = 2000

# The river in a firm's English name: users write it Changjiang or Yangtze River.
_CHANGJIANG = re.compile(r"\bChangjiang\b")


class StoreError(Exception):
    """Base class of the store's errors; the message is meant for the person who caused it."""


class FactNotFound(StoreError):
    pass


class EntityNotFound(StoreError):
    pass


class SourceNotFound(StoreError):
    pass


class DuplicateId(StoreError):
    pass


class ReadOnly(StoreError):
    """The database cannot be written (read-only file or folder, or a full disk)."""


class Conflict(StoreError):
    """Someone changed the data since it was shown; nothing was written."""


class ValidationError(StoreError):
    """One or more fields are wrong. `problems` lists (field, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{f}: {m}" for f, m in problems))


def is_date(text: str | None) -> bool:
    if text is None or text == "":
        return True
    try:
        _dt.date.fromisoformat(text)
        return True
    except (TypeError, ValueError):
        return False


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SEPARATORS = re.compile(r"[|;；]")


def _clean(value: Any) -> str:
    """A field as text: stripped, with control characters removed."""
    if value is None:
        return ""
    return _CONTROL.sub("", str(value)).strip()


@dataclass
class Source:
    id: str
    publication_zh: str
    publication_en: str
    title: str
    date: str
    title_en: str = ""
    page: str = ""
    reprinted_by: str = ""
    seed: str = ""

    def validate(self) -> None:
        problems = []
        if not ID_RE.match(self.id or ""):
            problems.append(("id", "use 2-80 lowercase letters, digits or '-'"))
        for name in ("publication_zh", "publication_en", "title", "date"):
            if not getattr(self, name):
                problems.append((name, "is required"))
        if self.date and not re.match(r"^\d{4}-\d{2}(-\d{2})?$", self.date):
            problems.append(("date", "use YYYY-MM-DD or YYYY-MM"))
        if problems:
            raise ValidationError(problems)

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def citation(self, lang: str) -> str:
        """Publication, date, page, title (and reprint), as a reader cites it in that language."""
        if lang == "zh":
            page = f"第{self.page}版，" if self.page else ""
            reprint = f"（{self.reprinted_by}转载）" if self.reprinted_by else ""
            return f"《{self.publication_zh}》{self.date}，{page}《{self.title}》{reprint}"
        page = f"p. {self.page}, " if self.page else ""
        reprint = f", reprinted by {self.reprinted_by}" if self.reprinted_by else ""
        return (f"{self.publication_en} ({self.publication_zh}), {self.date}, "
                f"{page}\"{self.title_en or self.title}\"{reprint}")

    @classmethod
    def from_dict(cls, data: dict) -> "Source":
        names = {f.name for f in fields(cls)}
        return cls(**{k: _clean(v) for k, v in data.items() if k in names})


@dataclass
class Entity:
    id: str
    type: str
    name_zh: str
    name_en: str
    aliases: list[str] = field(default_factory=list)

    def validate(self) -> None:
        problems = []
        if not ID_RE.match(self.id or ""):
            problems.append(("id", "use 2-80 lowercase letters, digits or '-'"))
        if self.type not in ENTITY_TYPES:
            problems.append(("type", f"must be one of {', '.join(ENTITY_TYPES)}"))
        if not self.name_zh and not self.name_en:
            problems.append(("name_zh", "a Chinese or English name is required"))
        if problems:
            raise ValidationError(problems)

    def names(self) -> list[str]:
        seen: list[str] = []
        for name in [self.name_zh, self.name_en, *self.aliases]:
            if name and name not in seen:
                seen.append(name)
        for name in list(seen):             # 长江 in an English name: Changjiang or Yangtze River, as typed
            other = _CHANGJIANG.sub("Yangtze River", name) if _CHANGJIANG.search(name) else ""
            if other and other not in seen:
                seen.append(other)
        return seen

    @classmethod
    def from_dict(cls, data: dict) -> "Entity":
        aliases = data.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a for a in _SEPARATORS.split(aliases)]
        return cls(id=_clean(data.get("id")), type=_clean(data.get("type")) or "org",
                   name_zh=_clean(data.get("name_zh")), name_en=_clean(data.get("name_en")),
                   aliases=[_clean(a) for a in aliases if _clean(a)])

    def to_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "name_zh": self.name_zh, "name_en": self.name_en,
                "aliases": list(self.aliases)}


# Fields an admin may set on a fact, in the order exports write them.
FACT_FIELDS = ("id", "topic", "entity", "metric", "metric_zh", "metric_en", "value", "unit", "value_en",
               "change_zh", "change_en", "period_zh", "period_en", "period_start", "period_end",
               "statement_zh", "statement_en", "keywords", "source")
REQUIRED = ("id", "topic", "entity", "metric", "value", "period_zh", "period_en",
            "statement_zh", "statement_en", "source")


@dataclass
class Fact:
    id: str
    topic: str
    entity: str
    metric: str
    value: str
    period_zh: str
    period_en: str
    statement_zh: str
    statement_en: str
    source: str
    metric_zh: str = ""
    metric_en: str = ""
    unit: str = ""
    value_en: str = ""
    change_zh: str = ""
    change_en: str = ""
    period_start: str | None = None
    period_end: str | None = None
    keywords: list[str] = field(default_factory=list)
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    deleted_at: str | None = None

    def validate(self) -> None:
        problems = []
        for name in REQUIRED:
            if not getattr(self, name):
                problems.append((name, "is required"))
        if self.id and not ID_RE.match(self.id):
            problems.append(("id", "use 2-80 lowercase letters, digits or '-'"))
        if self.topic and self.topic not in TOPICS:
            problems.append(("topic", f"must be one of {', '.join(TOPICS)}"))
        for name in ("period_start", "period_end"):
            if not is_date(getattr(self, name)):
                problems.append((name, "use a date like 2025-11-30, or leave it empty"))
        if (self.period_start and self.period_end and is_date(self.period_start)
                and is_date(self.period_end) and self.period_start > self.period_end):
            problems.append(("period_start", "is after period_end"))
        for name in FACT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str) and len(value) > MAX_TEXT:
                problems.append((name, f"is longer than {MAX_TEXT} characters"))
        if problems:
            raise ValidationError(problems)

    def to_dict(self) -> dict:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["keywords"] = list(self.keywords)
        return out

    def editable(self) -> dict:
        return {name: getattr(self, name) for name in FACT_FIELDS}

    @classmethod
    def from_dict(cls, data: dict) -> "Fact":
        """Build from a flat dict (store, CSV) or the curated/export shape (nested period, source)."""
        flat = dict(data)
        period = flat.pop("period", None)
        if isinstance(period, dict):
            for key, name in (("zh", "period_zh"), ("en", "period_en"), ("start", "period_start"),
                              ("end", "period_end")):
                if key in period:
                    flat[name] = period[key]
        elif isinstance(period, str):
            flat.setdefault("period_zh", period)
        source = flat.get("source")
        if isinstance(source, dict):
            flat["source"] = source.get("id", "")
        keywords = flat.get("keywords") or []
        if isinstance(keywords, str):
            keywords = _SEPARATORS.split(keywords)
        flat["keywords"] = [_clean(k) for k in keywords if _clean(k)]
        names = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in flat.items():
            if key not in names:
                continue
            if key == "keywords":
                kwargs[key] = value
            elif key in ("period_start", "period_end", "deleted_at"):
                kwargs[key] = _clean(value) or None
            else:
                kwargs[key] = _clean(value)
        for name in REQUIRED:
            kwargs.setdefault(name, "")
        return cls(**kwargs)


@dataclass
class Change:
    """One line of the audit trail."""
    id: int
    at: str
    actor: str
    action: str
    kind: str
    target: str
    before: dict | None
    after: dict | None
    batch: str | None = None
