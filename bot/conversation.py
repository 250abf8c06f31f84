"""Follow-up questions. After "2024年上半年武汉进出口多少", "那出口呢？" is read as Wuhan's exports
in that period, and "湖北呢？" as Hubei's trade in it. A Context is kept per user (or per console
session); questions answered in a batch have none."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .engine import Answer, Engine
from .periods import period_text, strip_period
from .text import normalise

RETRY_REASONS = ("low confidence", "nothing", "period not held", "metric not held")
FOLLOW_UP = re.compile(r"^(?:那|那么|和|还有|再问|另外|以及|至于|换成)|呢[?？!！。.]*$|"
                       r"^(?:and|what about|how about|and what about|same for)\b")
FILLER = re.compile(r"^(?:那么|那|和|还有|再问|另外|以及|至于|换成)|呢|[?？!！。.,，]|"
                    r"\b(?:and|what|how|about|same|for|the)\b")


@dataclass
class Context:
    subject: str = ""       # the name of what the last answer was about
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
    names_new = bool(q.hits or q.places or q.unknown_names)
    period = "" if q.period.explicit else context.period
    retry_text = ""
    if context.subject and not q.topic and answer.kind in ("decline", "fact", "profile"):
        if not names_new and (follow_up or not answer.found and answer.reason.startswith(RETRY_REASONS)):
            retry_text = f"{context.subject} {period} {question}"
        elif names_new and follow_up and context.rest:
            retry_text = f"{question} {context.rest} {period}"
    if retry_text:
        retry = engine.answer(retry_text.strip(), lang)
        if retry.found:
            retry.question = answer.question
            answer = retry
    if answer.found and answer.facts:
        entity = answer.facts[0].entity
        context.subject = entity.name_zh if answer.lang == "zh" else (entity.name_en or entity.name_zh)
        own_period = period_text(q.text)
        context.period = own_period or (context.period if follow_up or retry_text else "")
        rest = _rest(engine, question)
        if rest or not (follow_up or retry_text):
            context.rest = rest
    return answer


def _rest(engine: Engine, question: str) -> str:
    """The question without its names, period and follow-up words: what it asks about."""
    q = engine.parse(question)
    text = strip_period(q.unnamed)
    text = FILLER.sub(" ", normalise(text))
    return " ".join(text.split())
