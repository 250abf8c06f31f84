"""The ingestion API's data: a Reading of an article, its Proposals, and the errors it raises."""
from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("new", "known", "conflict")


class IngestError(ValueError):
    """The article cannot be read; the message says why, for the person who sent it."""


class NoDateFound(IngestError):
    """Neither the caller nor the article gives the article's date."""


@dataclass
class Proposal:
    """One proposed fact (a row in the import format) and how it relates to the base."""
    fact: dict
    status: str = "new"
    conflict_with: str | None = None
    confidence: float = 1.0
    reason: str = ""


@dataclass
class Reading:
    """What was read from one article: its source, the proposed facts and new entities."""
    source: dict
    date_found: bool
    proposals: list[Proposal] = field(default_factory=list)
    new_entities: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """How many proposals there are, by status, and how many new entities."""
        out = {"proposed": len(self.proposals), "new": 0, "known": 0, "conflict": 0,
               "new_entities": len(self.new_entities)}
        for p in self.proposals:
            out[p.status] = out.get(p.status, 0) + 1
        return out


@dataclass
class ApplyResult:
    """What apply_reading wrote: fact ids added, proposals skipped with why, and the batch id."""
    added: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    batch: str = ""
