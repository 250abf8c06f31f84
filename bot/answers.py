"""What the engine works with: an indexed fact, a read question, and an answer."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from knowledge import Entity, Fact, Source

from .matching import EntityHit
from .periods import QueryPeriod
from .wording import Asked


@dataclass
class FactDoc:
    fact: Fact
    entity: Entity
    source: Source
    terms: Counter
    length: int
    text: str           # normalised text of everything about the fact, for metric checks
    date_value: bool = False
    numeric_value: bool = False     # the value starts with a digit
    number_value: bool = False      # the value is a quantity (digits or Chinese numerals)
    rank_value: bool = False        # the value is a ranking (第三, 全省第一, 榜首, top five)
    partners: frozenset[str] = frozenset()        # trade partners the fact concerns
    metric_groups: frozenset[str] = frozenset()   # kinds of figure it speaks of (METRIC_GROUPS)
    said: str = ""          # the normalised statements alone (what the fact says, not its names)
    figure: str = ""        # the number the value starts with (7502.3, 第七届 -> 7)


@dataclass
class Answer:
    question: str
    lang: str
    found: bool
    kind: str               # fact | profile | compare | list | broader | decline | greeting | empty
    facts: list[FactDoc] = field(default_factory=list)
    related: list[FactDoc] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    suggestion_ids: list[str] = field(default_factory=list)    # the fact each suggestion leads to
    score: int = 0
    reason: str = ""
    topic: str = ""
    missing: list[str] = field(default_factory=list)   # compared things the base has no figure for
    larger: int = -1        # a comparison of two like figures: the index of the larger fact
    by_growth: bool = False     # ... larger by its growth rate (哪个增长更快, which grew faster)
    margin: str = ""            # ... by so many percentage points (41.1% against 20.6%: 20.5)


@dataclass
class Query:
    raw: str
    text: str
    lang: str
    topic: str | None
    hits: list[EntityHit]
    period: QueryPeriod
    terms: list[str]
    focus: str = ""
    asks: str = ""      # date | quantity | which | ""
    places: tuple[str, ...] = ()    # places outside Hubei the question names
    unnamed: str = ""               # the text without the names it matched ("import expo" is no import)
    numbers: frozenset[str] = frozenset()   # figures written in the question (not years)
    partners: frozenset[str] = frozenset()  # trade partners it asks about
    metric_groups: tuple[str, ...] = ()     # kinds of figure it asks for (METRIC_GROUPS)
    asks_who: bool = False
    several: bool = False           # asks for two figures (分别, 哪个更, compare)
    wants_list: bool = False        # asks for several names (哪两种, which two)
    unknown_names: tuple[str, ...] = ()   # names the base does not know (a firm we have no facts on)
    qualifiers: tuple[str, ...] = ()      # words narrowing the figure asked (国际: international routes only)
    districts: tuple[str, ...] = ()       # districts or counties named (黄陂区): Wuhan's figure is broader
    asked: Asked = Asked()                # its wording: not wanted (不是新签合同额), growth, goal, signed
    background: frozenset[str] = frozenset()    # terms only of background told before the question
