"""Follow-up questions. After "2024年上半年武汉进出口多少", "那出口呢？" is read as Wuhan's exports
in that period, and "湖北呢？" as Hubei's trade in it. A Context is kept per user (or per console
session); questions answered in a batch have none."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .engine import Answer, Engine, suggestion
from .periods import period_text, strip_period
from .text import normalise

RETRY_REASONS = ("low confidence", "nothing", "period not held", "metric not held")
FOLLOW_UP = re.compile(r"^(?:那|那么|和|还有|再问|另外|以及|至于|换成)|呢[?？!！。.]*$|"
                       r"^(?:and|what about|how about|and what about|same for)\b")
FILLER = re.compile(r"^(?:那么|那|和|还有|再问|另外|以及|至于|换成)|呢|[?？!！。.,，]|"
                    r"\b(?:and|what|how|about|same|for|the)\b")


# Words that name a region as the scope of a ranking or a share, not as a new subject: after
# 联想武汉's exports, "出口额在全省排第几" asks about 联想武汉's rank in the province.
SCOPE_WORDS = frozenset({"全省", "全市", "全国", "本省", "本市", "省内", "市内"})


@dataclass
class Context:
    subject: str = ""       # the name of what the last answer was about
    entity: str = ""        # ... and its entity id
    period: str = ""        # the period words the conversation is about (2024年 上半年)
    rest: str = ""          # what was asked about it, without names and period (进出口 多少)


def answer_in_context(engine: Engine, question: str, context: Context | None, lang: str | None = None) -> Answer:
    """Answer the question; when it names nothing of its own, or reads like a follow-up, try it
    with what the conversation was about. Remember what this answer was about."""
    answer = engine.answer(question, lang)
    if context is None:
        return answer
    q = engine.parse(question, lang)
    follow_up = bool(FOLLOW_UP.search(q.text))
    hits = [h for h in q.hits if h.alias.strip() not in SCOPE_WORDS]
    names_new = bool(hits or q.places or q.unknown_names)
    period = "" if q.period.explicit else context.period
    retry_text = ""
    if context.subject and not q.topic and answer.kind in ("decline", "fact", "profile"):
        if not names_new and (follow_up or not answer.found and answer.reason.startswith(RETRY_REASONS)):
            retry_text = f"{context.subject} {period} {question}"
        elif names_new and follow_up and context.rest:
            retry_text = f"{question} {context.rest} {period}"
    if retry_text:
        retry = engine.answer(retry_text.strip(), lang)
        if retry.found or follow_up and retry.kind in ("decline", "broader") and answer.kind != "profile":
            retry.question = answer.question        # '武汉呢？' is about what was asked, or declined
            answer = retry
    if not answer.found and answer.kind == "decline" and context.entity and not names_new:
        _suggest_on_subject(engine, answer, context, question)
    if answer.found and answer.facts:
        entity = answer.facts[0].entity
        context.entity = entity.id
        context.subject = entity.name_zh if answer.lang == "zh" else (entity.name_en or entity.name_zh)
        own_period = period_text(q.text)
        context.period = own_period or (context.period if follow_up or retry_text else "")
        rest = _rest(engine, question)
        if rest or not (follow_up or retry_text):
            context.rest = rest
    return answer


def answer_conversation(engine: Engine, questions: list[str], lang: str | None = None) -> list[Answer]:
    """The answers to a conversation's turns, each read in the context of the turns before it."""
    context = Context()
    return [answer_in_context(engine, question, context, lang) for question in questions]


def _suggest_on_subject(engine: Engine, answer: Answer, context: Context, question: str) -> None:
    """'Did you mean' choices about the conversation's subject, not whatever the words match
    elsewhere ('进口呢？' after Wuhan's trade: Wuhan's figures, not the import expo)."""
    ranked = engine.search(f"{context.subject} {context.period} {context.rest} {question}", limit=25)
    docs = [d for d in ranked if d.fact.entity == context.entity]
    if len(docs) < 3:
        held = [engine.docs[i] for i in engine.by_entity.get(context.entity, ())]   # not all the docs: 100k
        held = [d for d in held if d not in docs]
        docs += sorted(held, key=lambda d: d.fact.period_end or "", reverse=True)
    docs = docs[:3]
    if docs:
        answer.suggestions = [suggestion(d, answer.lang) for d in docs]
        answer.suggestion_ids = [d.fact.id for d in docs]


def _rest(engine: Engine, question: str) -> str:
    """The question without its names, period and follow-up words: what it asks about."""
    q = engine.parse(question)
    text = strip_period(q.unnamed)
    text = FILLER.sub(" ", normalise(text))
    return " ".join(text.split())
