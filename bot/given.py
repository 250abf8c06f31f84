"""What a conversation has given: its subject, period and measure, the facts of its last two
answers, and how a new answer relates to them (a repeat, the same measure, its growth, the year before)."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from knowledge import Fact

from .answers import Answer, FactDoc, Query
from .measures import same_measure
from .periods import fits
from .wording import growth_of_same, holds_growth

if TYPE_CHECKING:
    from .engine import Engine

log = logging.getLogger(__name__)

FORECAST = re.compile(r"^年|全年|年度|预期|预计|预测")


@dataclass
class Context:
    subject: str = ""       # the name of what the last answer was about
    entity: str = ""        # ... and its entity id
    period: str = ""        # the period words the conversation is about (2024年 上半年)
    rest: str = ""          # what was asked about it, without names and period (进出口 多少)
    facts: list[list[str]] = field(default_factory=list)   # the fact ids of the last two answers
    growth: bool = False    # the last measure was asked as a growth (增长多少), which a new period keeps


def of_last_measures(engine: Engine, answer: Answer, context: Context) -> bool:
    """The answer gives one of the measures the last two answers gave, for their entity."""
    last = [engine.doc(i) for group in context.facts[-2:] for i in group]
    return any(d.fact.entity == doc.fact.entity and same_measure(d.fact, doc.fact)
               for d in answer.facts for doc in last if doc is not None)


def already_given(answer: Answer, context: Context) -> bool:
    """A follow-up that changes something is not answered by the facts the conversation just gave."""
    given = {fact_id for group in context.facts for fact_id in group}
    return bool(given) and {d.fact.id for d in answer.facts} <= given


def fits_new_period(q: Query, answer: Answer) -> bool:
    """A follow-up naming only another period ('全年预计呢') may get a fact already given when that
    fact is for the period now asked."""
    if not q.period.explicit or q.partners:
        return False
    return all(fits(q.period, d.fact.period_start, d.fact.period_end, "") for d in answer.facts)


def kin_answer(engine: Engine, answer: Answer, context: Context) -> bool:
    """The answer found without the subject's name is about the subject or a kin of it (联影智融 of
    联影集团: the names share their first word), and was not given before."""
    if not answer.found or not answer.facts or already_given(answer, context):
        return False
    subject = engine.entities.get(context.entity)
    entity = answer.facts[0].entity
    if subject is None or subject.type in ("region", "zone", "partner"):
        return entity.id == context.entity
    if entity.id == subject.id:
        return True
    zh, en = subject.name_zh or "", (subject.name_en or "").lower().split()
    return (len(zh) >= 2 and (entity.name_zh or "").startswith(zh[:2])
            or bool(en) and (entity.name_en or "").lower().split()[:1] == en[:1])


def year_of(period: str) -> str:
    """The year words of the conversation's period ('2024年 前3季度' -> '2024年'), or ''."""
    match = re.search(r"(?<!\d)20[0-4]\d(?!\d)年?", period)
    return match.group(0) if match else ""


def last_year(engine: Engine, context: Context) -> int | None:
    """The year of the last figure given (to move when a follow-up says 去年 and named no year)."""
    last = engine.doc(context.facts[-1][0]) if context.facts and context.facts[-1] else None
    end = last.fact.period_end if last is not None else ""
    return int(end[:4]) if end and end[:4].isdigit() else None


def year_before(engine: Engine, doc: FactDoc, year: int | None = None) -> FactDoc | None:
    """The same entity's same measure for the same span one year earlier (or in `year`), when held."""
    start, end = doc.fact.period_start or "", doc.fact.period_end or ""
    if not (start[:4].isdigit() and end[:4].isdigit()):
        return None
    shift = int(start[:4]) - year if year else 1
    if shift <= 0:
        return None
    want = (f"{int(start[:4]) - shift}{start[4:]}", f"{int(end[:4]) - shift}{end[4:]}")
    for i in engine.by_entity.get(doc.fact.entity, ()):
        other = engine.docs[i]
        if (other.fact.period_start, other.fact.period_end) == want and same_measure(other.fact, doc.fact):
            return other
    return None


def growth_of_last(engine: Engine, q: Query, context: Context, lang: str,
                   both: bool = False) -> Answer | None:
    """'增长了多少？' / 'how fast did that grow?' after a figure: that figure's growth, when it holds one;
    '增速分别是多少' (or `both`: which grew faster) after two figures: both growths."""
    ids = context.facts[-2:] if (q.several or both) and len(context.facts) >= 2 else context.facts[-1:]
    docs = [engine.doc(group[0]) for group in ids if group]
    if not docs or any(d is None or not holds_growth(d.fact) for d in docs):
        return None
    if q.period.explicit and not all(fits(q.period, d.fact.period_start, d.fact.period_end, d.text)
                                     for d in docs):
        return None
    kind = "compare" if len(docs) > 1 else "fact"
    return Answer(q.raw, lang, True, kind, docs, score=90, topic=docs[0].fact.topic)


def same_measure_as_last(engine: Engine, answer: Answer, context: Context) -> bool:
    """A follow-up naming only a period ('And in 2024?') asks the last measure for it: an answer
    measuring something else is no answer."""
    last = engine.doc(context.facts[-1][0]) if context.facts and context.facts[-1] else None
    return last is None or any(same_measure(d.fact, last.fact) or _core(d.fact) == _core(last.fact)
                               or context.growth and _growth_of_last(last, d)   # 第三季度呢: its growth
                               for d in answer.facts)


def _growth_of_last(last: FactDoc, doc: FactDoc) -> bool:
    """The fact is a growth of the last fact's measure: named by it, or of its kind (营收增速 of 营业收入)."""
    return doc.fact.entity == last.fact.entity and holds_growth(doc.fact) and (
        growth_of_same(last.fact, doc.fact) or bool(set(doc.metric_groups) & set(last.metric_groups)))


def _core(fact: Fact) -> str:
    """The metric without the words of a forecast or span (全年营收预期 is 营收): the figure expected
    for a year and the year's figure measure the same thing."""
    return FORECAST.sub("", fact.metric_zh or fact.metric) or fact.metric
