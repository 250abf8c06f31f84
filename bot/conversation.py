"""Follow-up questions. After "2024年上半年武汉进出口多少", "那出口呢？" is read as Wuhan's exports
in that period, and "湖北呢？" as Hubei's trade in it. A Context is kept per user (or per console
session); questions answered in a batch have none."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from .engine import Answer, Engine, same_measure, suggestion
from .followup import (SCOPE_WORDS, asks_pace, compares_with_last, growth_alone, points_back, relative_year,
                       shifted_period, without_relative_year)
from .periods import fits, parse_period, period_text, strip_period
from .wording import holds_growth
from .text import normalise

log = logging.getLogger(__name__)

RETRY_REASONS = ("low confidence", "nothing", "period not held", "metric not held")
FOLLOW_UP = re.compile(r"^(?:那|那么|和|还有|再问|另外|以及|至于|换成)|呢[?？!！。.]*$|"
                       r"^(?:and|what about|how about|and what about|same for)\b")
FILLER = re.compile(r"^(?:那么|那|和|还有|再问|另外|以及|至于|换成)|呢|的|又|[?？!！。.,，]|"
                    r"\b(?:and|what|how|about|same|for|the)\b")


# "其中 / of which": a part of the last measure (其中出口: the exports among the trade just given).
PART = re.compile(r"其中|当中|^of (?:which|that|those)|\bof which\b|\bof that\b")
FLOW = re.compile(r"进出口|出口|进口|外贸|\bexports?\b|\bimports?\b|\btrade\b")
FORECAST = re.compile(r"^年|全年|年度|预期|预计|预测")
YEAR = re.compile(r"(?<!\d)20[0-4]\d(?!\d)")
ASKING = re.compile(r"是|多少|几|呢|有|的|\b(?:what|how|much|many|is|was|were|the|did|do|does)\b")
GROWTH_WORDS = (r"两者|二者|它们|两项|比|较|去年|上年|同期|同比|增长|增加|增速|增幅|涨幅|涨|上涨|下降|减少|了|多少|几|分别|是|百分点|"
                r"\b(?:how|fast|did|does|do|it|that|this|grow|grew|growth|rate|much|by|was|were|is|its|"
                r"year|on|"
                r"rise|rose|increase|percent|respectively|their|they|each|both|them|two)\b")

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
    if context is None:
        return engine.answer(question, lang)
    q = engine.parse(question, lang)
    hits = [h for h in q.hits if h.alias.strip() not in SCOPE_WORDS]
    if not hits and q.hits and not _rest(engine, question):
        hits = q.hits                   # '全省呢' alone: the province is the new subject
    new_subject = bool(hits and not _partners_only(engine, hits) or q.places or q.unknown_names)
    if context.facts and not new_subject and compares_with_last(q.text):   # 跟去年比呢: the figure's growth
        answer = _against_year_before(engine, q, context)
        _remember(engine, answer, q, context, question, True)
        return answer
    shift = relative_year(q.text) if context.subject and not q.period.years else 0
    unanchored = bool(shift) and not YEAR.search(context.period)   # 明年 after 今年: which year is not known
    if shift and not unanchored:        # 去年呢 after a 2024 figure: 2023
        moved = shifted_period(context.period, shift, _last_year(engine, context))
        if moved:
            question = f"{without_relative_year(q.text)} {moved}"
            q = engine.parse(question, lang)
    answer = engine.answer(question, lang)
    growth = q.asked.growth or growth_alone(q.text)
    follow_up = bool(FOLLOW_UP.search(q.text) or PART.search(q.text)) or growth or bool(shift)
    named = {h.entity for h in hits}
    pointing = bool(context.subject) and points_back(q.text) and context.entity not in named
    names_new = bool(hits or q.places or q.unknown_names or q.partners)
    partner_only = names_new and not new_subject
    period = (_year_of(context.period) if q.period.explicit and not q.period.years
              else "" if q.period.explicit or q.period.latest else context.period)   # 上半年呢: of the same year
    retry_texts: list[str] = []
    any_period = ""                     # the retry without the conversation's period: the subject's only
    own = _rest(engine, question)
    if context.facts and not q.topic and not names_new and growth and not _new_metric(own):
        reused = _growth_of_last(engine, q, context, answer.lang)
        if reused is not None:          # '增长了多少？': the growth of the figure just given
            _remember(engine, reused, q, context, question, True)
            return reused
    if pointing:                        # 'How many countries does it reach?': it is the subject
        retry_texts.append(f"{context.subject} {period} {question}")
        if period and not follow_up:    # '它的董事长是谁': a measure of its own, in any period
            any_period = f"{context.subject} {question}"
            retry_texts.append(any_period)
    elif context.subject and not q.topic and answer.kind in ("decline", "fact", "profile"):
        rest = _merged(context.rest, q.text)
        pace = asks_pace(q.text)
        if pace:                        # '比上半年快了多少': the pace of the last measure
            rest = " ".join([*FLOW.findall(rest), "增速"])
        if not names_new:
            if context.rest and (not own or growth or pace or _flow_part(q.text, own)):    # the same measure
                retry_texts.append(f"{context.subject} {period} {rest} {question}")
            if own and (follow_up or not answer.found and answer.reason.startswith(RETRY_REASONS)
                        or not (hits or q.places or q.unknown_names or q.partners)):
                retry_texts.append(f"{context.subject} {period} {question}")
                if period and not follow_up and not q.period.explicit:    # '董事长是谁': in any period
                    any_period = f"{context.subject} {question}"
                    retry_texts.append(any_period)
        elif partner_only and follow_up and context.rest:    # '对欧盟呢': the subject's trade with it
            subject = "" if _is_partner(engine, context.entity) else context.subject
            retry_texts.append(f"{subject} {question} {'' if growth else rest} {period}")
        elif follow_up and context.rest:     # a growth asked is its own measure, not the last one's
            retry_texts.append(f"{question} {'' if growth else rest} {period}")
    original = answer

    def repeats(given: Answer) -> bool:
        """The answer only repeats facts just given, which this follow-up does not ask again."""
        return (not growth and _already_given(given, context) and not _fits_new_period(q, given)
                and not (q.period.latest and not q.period.explicit) and not unanchored)
    for retry_text in retry_texts:
        retry = engine.answer(" ".join(retry_text.split()), lang)
        if pointing and not (retry.found and not _already_given(retry, context)) and _kin_answer(
                engine, original, context):
            break                       # '它的总部基地': the subject's own base, found without its name
        if retry.found and not own and not _same_measure_as_last(engine, retry, context):
            retry = engine._decline(q, "the measure asked is not held for that period", [])
        last = retry_text == retry_texts[-1]
        keep_profile = answer.kind == "profile" and not partner_only and not context.rest
        declined = (last and (follow_up or pointing) and retry.kind in ("decline", "broader")
                    and not keep_profile)
        if retry.found and retry_text == any_period and retry.facts[0].fact.entity != context.entity:
            continue
        if retry.found and not last and repeats(retry):
            continue                    # the figure just given: another reading may find the new one
        if retry.found or declined:
            retry.question = answer.question        # '武汉呢？' is about what was asked, or declined
            answer = retry
            break
    if answer.found and (follow_up or pointing or retry_texts) and repeats(answer):
        alone = original.found and not repeats(original) and not pointing and not PART.search(q.text)
        answer = original if alone else engine._decline(
            q, "the follow-up asks what the last answers do not hold", [])
    if not answer.found and answer.kind == "decline" and context.entity and (not new_subject or pointing):
        _suggest_on_subject(engine, answer, context, question)
    _remember(engine, answer, q, context, question, follow_up or pointing or bool(retry_texts))
    return answer


def _partners_only(engine: Engine, hits) -> bool:
    """Every name the question matched is a trade partner (欧盟, ASEAN): the subject stays."""
    return all(_is_partner(engine, h.entity) for h in hits)


def _is_partner(engine: Engine, entity_id: str) -> bool:
    """The entity is a trade partner (欧盟, 东盟), not a place, firm or hub of its own."""
    entity = engine.entities.get(entity_id)
    return entity is not None and entity.type == "partner"


def _already_given(answer: Answer, context: Context) -> bool:
    """A follow-up that changes something is not answered by the facts the conversation just gave."""
    given = {fact_id for group in context.facts for fact_id in group}
    return bool(given) and {d.fact.id for d in answer.facts} <= given


def _fits_new_period(q, answer: Answer) -> bool:
    """A follow-up naming only another period ('全年预计呢') may get a fact already given when that
    fact is for the period now asked."""
    if not q.period.explicit or q.partners:
        return False
    return all(fits(q.period, d.fact.period_start, d.fact.period_end, "") for d in answer.facts)


def _kin_answer(engine: Engine, answer: Answer, context: Context) -> bool:
    """The answer found without the subject's name is about the subject or a kin of it (联影智融 of
    联影集团: the names share their first word), and was not given before."""
    if not answer.found or not answer.facts or _already_given(answer, context):
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


def _year_of(period: str) -> str:
    """The year words of the conversation's period ('2024年 前3季度' -> '2024年'), or ''."""
    match = re.search(r"(?<!\d)20[0-4]\d(?!\d)年?", period)
    return match.group(0) if match else ""


def _last_year(engine: Engine, context: Context) -> int | None:
    """The year of the last figure given (to move when a follow-up says 去年 and named no year)."""
    last = engine.doc(context.facts[-1][0]) if context.facts and context.facts[-1] else None
    end = last.fact.period_end if last is not None else ""
    return int(end[:4]) if end and end[:4].isdigit() else None


def _against_year_before(engine: Engine, q, context: Context) -> Answer:
    """'跟去年比呢' / 'is that more than last year?': the last figure's growth when it holds one, else
    the same measure a year before beside it; declined (on the subject) when neither is held."""
    last = engine.doc(context.facts[-1][0]) if context.facts[-1] else None
    if last is not None and holds_growth(last.fact):
        return Answer(q.raw, q.lang, True, "fact", [last], score=90, topic=last.fact.topic)
    before = _year_before(engine, last) if last is not None else None
    if before is not None:
        return Answer(q.raw, q.lang, True, "compare", [before, last], score=90, topic=last.fact.topic)
    answer = engine._decline(q, "the year before is not held", [])
    _suggest_on_subject(engine, answer, context, q.raw)
    return answer


def _year_before(engine: Engine, doc):
    """The same entity's same measure for the same span one year earlier, when the base holds it."""
    start, end = doc.fact.period_start or "", doc.fact.period_end or ""
    if not (start[:4].isdigit() and end[:4].isdigit()):
        return None
    want = (f"{int(start[:4]) - 1}{start[4:]}", f"{int(end[:4]) - 1}{end[4:]}")
    for i in engine.by_entity.get(doc.fact.entity, ()):
        other = engine.docs[i]
        if (other.fact.period_start, other.fact.period_end) == want and same_measure(other.fact, doc.fact):
            return other
    return None


def _remember(engine: Engine, answer: Answer, q, context: Context, question: str, in_context: bool) -> None:
    """Keep what this answer was about: its subject, period, measure and facts."""
    if not (answer.found and answer.facts):
        return
    entity = answer.facts[0].entity
    context.entity = entity.id
    context.subject = entity.name_zh if answer.lang == "zh" else (entity.name_en or entity.name_zh)
    own_period = period_text(q.text)
    if own_period and in_context and not YEAR.search(own_period):
        own_period = f"{_year_of(context.period)} {own_period}".strip()     # 上半年 of the year talked about
    context.period = own_period or (context.period if in_context else "")
    fact = answer.facts[0].fact
    if context.period and not fits(parse_period(normalise(context.period)), fact.period_start, fact.period_end, ""):
        context.period = ""             # a chairman 'as of August 2024' after 2023's revenue: no period holds
    rest = _rest(engine, question)
    if rest and in_context and context.rest and _flow_part(q.text, rest):
        rest = _merged(context.rest, q.text) + " " + rest       # 其中出口: the exports of the same measure
    if (rest or not in_context) and not (in_context and context.rest and not _new_metric(rest)):
        context.rest = rest             # '同比增长多少' asks the growth of the measure, which stays
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
    return last is None or any(same_measure(d.fact, last.fact) or _core(d.fact) == _core(last.fact)
                               for d in answer.facts)


def _core(fact) -> str:
    """The metric without the words of a forecast or span (全年营收预期 is 营收): the figure expected
    for a year and the year's figure measure the same thing."""
    return FORECAST.sub("", fact.metric_zh or fact.metric) or fact.metric


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
    docs: list = []
    for text in (f"{context.subject} {context.period} {context.rest} {question}",
                 f"{context.subject} {context.period} {context.rest}"):     # then the measure talked about
        ranked = engine.search(" ".join(text.split()), limit=25)
        docs += [d for d in ranked if d.fact.entity == context.entity and d not in docs]
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
