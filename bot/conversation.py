"""Follow-up questions. After "2024年上半年武汉进出口多少", "那出口呢？" is read as Wuhan's exports
in that period, and "湖北呢？" as Hubei's trade in it. A Context is kept per user (or per console
session); questions answered in a batch have none."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .engine import Answer, Engine, same_measure, suggestion
from .periods import fits, period_text, strip_period
from .wording import holds_growth
from .text import normalise

RETRY_REASONS = ("low confidence", "nothing", "period not held", "metric not held")
FOLLOW_UP = re.compile(r"^(?:那|那么|和|还有|再问|另外|以及|至于|换成)|呢[?？!！。.]*$|"
                       r"^(?:and|what about|how about|and what about|same for)\b")
FILLER = re.compile(r"^(?:那么|那|和|还有|再问|另外|以及|至于|换成)|呢|[?？!！。.,，]|"
                    r"\b(?:and|what|how|about|same|for|the)\b")


# "其中 / of which": a part of the last measure (其中出口: the exports among the trade just given).
PART = re.compile(r"其中|当中|^of (?:which|that|those)|\bof which\b|\bof that\b")
FLOW = re.compile(r"进出口|出口|进口|外贸|\bexports?\b|\bimports?\b|\btrade\b")
ASKING = re.compile(r"是|多少|几|呢|有|的|\b(?:what|how|much|many|is|was|were|the|did|do|does)\b")
GROWTH_WORDS = (r"两者|二者|它们|两项|比|较|去年|上年|同期|同比|增长|增加|增速|增幅|涨幅|涨|上涨|下降|减少|了|多少|几|分别|是|百分点|"
                r"\b(?:how|fast|did|does|do|it|that|this|grow|grew|growth|rate|much|by|was|were|is|its|"
                r"year|on|"
                r"rise|rose|increase|percent|respectively|their|they|each|both|them|two)\b")

# Words that name a region as the scope of a ranking or a share, not as a new subject: after
# 联想武汉's exports, "出口额在全省排第几" asks about 联想武汉's rank in the province.
SCOPE_WORDS = frozenset({"全省", "全市", "全国", "本省", "本市", "省内", "市内"})


@dataclass
class Context:
    subject: str = ""       # the name of what the last answer was about
    entity: str = ""        # ... and its entity id
    period: str = ""        # the period words the conversation is about (2024年 上半年)
    rest: str = ""          # what was asked about it, without names and period (进出口 多少)
    facts: list[list[str]] = field(default_factory=list)   # the fact ids of the last two answers


def answer_in_context(engine: Engine, question: str, context: Context | None,
                      lang: str | None = None) -> Answer:
    """Answer the question; when it names nothing of its own, or reads like a follow-up, try it
    with what the conversation was about. Remember what this answer was about."""
    answer = engine.answer(question, lang)
    if context is None:
        return answer
    q = engine.parse(question, lang)
    growth = q.asked.growth
    follow_up = bool(FOLLOW_UP.search(q.text) or PART.search(q.text)) or growth
    hits = [h for h in q.hits if h.alias.strip() not in SCOPE_WORDS]
    names_new = bool(hits or q.places or q.unknown_names or q.partners)
    period = "" if q.period.explicit else context.period
    retry_texts: list[str] = []
    own = _rest(engine, question)
    if context.facts and not q.topic and not names_new and growth and not _new_metric(own):
        reused = _growth_of_last(engine, q, context, answer.lang)
        if reused is not None:          # '增长了多少？': the growth of the figure just given
            _remember(engine, reused, q, context, question, True)
            return reused
    if context.subject and not q.topic and answer.kind in ("decline", "fact", "profile"):
        if not names_new:
            if context.rest and (not own or growth or _flow_part(q.text, own)):    # the same measure
                retry_texts.append(f"{context.subject} {period} {_merged(context.rest, q.text)} {question}")
            if own and (follow_up or not answer.found and answer.reason.startswith(RETRY_REASONS)
                        or not _names_anything(q)):
                retry_texts.append(f"{context.subject} {period} {question}")
        elif follow_up and context.rest:     # a growth asked is its own measure, not the last one's
            retry_texts.append(f"{question} {'' if growth else _merged(context.rest, q.text)} {period}")
    for retry_text in retry_texts:
        retry = engine.answer(" ".join(retry_text.split()), lang)
        if retry.found and not own and not _same_measure_as_last(engine, retry, context):
            retry = engine._decline(q, "the measure asked is not held for that period", [])
        last = retry_text == retry_texts[-1]
        declined = last and follow_up and retry.kind in ("decline", "broader") and answer.kind != "profile"
        if retry.found or declined:
            retry.question = answer.question        # '武汉呢？' is about what was asked, or declined
            answer = retry
            break
    if not answer.found and answer.kind == "decline" and context.entity and not names_new:
        _suggest_on_subject(engine, answer, context, question)
    _remember(engine, answer, q, context, question, follow_up or bool(retry_texts))
    return answer


def _remember(engine: Engine, answer: Answer, q, context: Context, question: str, in_context: bool) -> None:
    """Keep what this answer was about: its subject, period, measure and facts."""
    if not (answer.found and answer.facts):
        return
    entity = answer.facts[0].entity
    context.entity = entity.id
    context.subject = entity.name_zh if answer.lang == "zh" else (entity.name_en or entity.name_zh)
    own_period = period_text(q.text)
    context.period = own_period or (context.period if in_context else "")
    rest = _rest(engine, question)
    if rest and in_context and context.rest and _flow_part(q.text, rest):
        rest = _merged(context.rest, q.text) + " " + rest       # 其中出口: the exports of the same measure
    if rest or not in_context:
        context.rest = rest
    context.facts = [*context.facts[-1:], [d.fact.id for d in answer.facts]]


def _growth_of_last(engine: Engine, q, context: Context, lang: str) -> Answer | None:
    """'增长了多少？' / 'how fast did that grow?' after a figure: that figure's growth, when it holds one;
    '增速分别是多少' after two figures: both growths."""
    ids = context.facts[-2:] if q.several and len(context.facts) >= 2 else context.facts[-1:]
    docs = [engine.doc(group[0]) for group in ids if group]
    if not docs or any(d is None or not holds_growth(d.fact) for d in docs):
        return None
    if q.period.explicit and not all(fits(q.period, d.fact.period_start, d.fact.period_end, d.text)
                                     for d in docs):
        return None
    kind = "compare" if len(docs) > 1 else "fact"
    return Answer(q.raw, lang, True, kind, docs, score=90, topic=docs[0].fact.topic)


def _same_measure_as_last(engine: Engine, answer: Answer, context: Context) -> bool:
    """A follow-up naming only a period ('And in 2024?') asks the last measure for it: an answer
    measuring something else is no answer."""
    last = engine.doc(context.facts[-1][0]) if context.facts and context.facts[-1] else None
    return last is None or any(same_measure(d.fact, last.fact) for d in answer.facts)


def _new_metric(own: str) -> bool:
    """The follow-up names a measure of its own besides the growth it asks ('出口增长多少')."""
    return bool(re.sub(GROWTH_WORDS, " ", own).split())


def _merged(rest: str, text: str) -> str:
    """The last measure, with its trade flow replaced when the follow-up names one: after
    '高新技术产品进出口额', '其中出口呢' keeps 高新技术产品 and asks exports."""
    return FLOW.sub(" ", rest) if FLOW.search(text) else rest


def _flow_part(text: str, own: str) -> bool:
    """'其中出口呢': a part of the last measure named by its trade flow alone."""
    return bool(PART.search(text)) and not ASKING.sub(" ", PART.sub(" ", FLOW.sub(" ", own))).split()


def _names_anything(q) -> bool:
    """The question names an entity, a place or a partner of its own."""
    return bool(q.hits or q.places or q.unknown_names or q.partners)


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
