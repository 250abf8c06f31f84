"""Follow-up questions. After "2024年上半年武汉进出口多少", "那出口呢？" is read as Wuhan's exports
in that period, and "湖北呢？" as Hubei's trade in it. A Context is kept per user (or per console
session); questions answered in a batch have none."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .answers import Answer, Query
from .fitness import asks_share
from .declines import decline, suggestion
from .engine import Engine
from .given import (Context, already_given, fits_new_period, growth_of_last, kin_answer, last_year,
                    of_last_measures, same_measure_as_last, year_before, year_of)
from .followup import (COMPARE_LAST, QUALIFYING_PLACES, SCOPE_WORDS, asks_pace, both_growths,
                       compares_with_last,
                       growth_alone, points_back, relative_year, shifted_period, without_relative_year)
from .periods import fits, parse_period, period_text, strip_period
from .wording import holds_growth
from .lexicon import COMMANDS, PARTNER_RE, ZH_STOP
from .text import normalise, terms

log = logging.getLogger(__name__)

RETRY_REASONS = ("low confidence", "nothing", "period not held", "metric not held")
FOLLOW_UP = re.compile(r"^(?:那|那么|和|还有|再问|另外|以及|至于|换成)|呢[?？!！。.]*$|"
                       r"^(?:and|what about|how about|and what about|same for)\b")
ASKED_WORDS = frozenset({"多少", "几个", "是多",
                         "what", "how", "much", "mani", "many", "about", "wa", "was", "is"})
LEADING = re.compile(r"^(?:那么|那|还有|再问|另外|以及|至于|换成|and what about|what about|how about|and|same for)"
                     r"(?:\s+|(?=[\u4e00-\u9fff]))", re.I)
FILLER = re.compile(r"^(?:那么|那|和|还有|再问|另外|以及|至于|换成)|呢|的|又|[?？!！。.,，]|"
                    r"\b(?:and|what|how|about|same|for|the|so|then|ok|okay|well)\b")


# "其中 / of which": a part of the last measure (其中出口: the exports among the trade just given).
PART = re.compile(r"其中|当中|^of (?:which|that|those)|\bof which\b|\bof that\b")
FLOW = re.compile(r"进出口|出口|进口|外贸|\bexports?\b|\bimports?\b|\btrade\b")
YEAR = re.compile(r"(?<!\d)20[0-4]\d(?!\d)")
THIS_YEAR = re.compile(r"今年|本年|目前|当前|现在|最新|\bthis year\b|\blatest\b|\bcurrent\b|\bnow\b")
ASKING = re.compile(r"是|多少|几|呢|有|的|\b(?:what|how|much|many|is|was|were|the|did|do|does)\b")
GROWTH_WORDS = (r"哪个|谁|更快|得|两者|二者|它们|两项|比|较|去年|上年|同期|同比|增长|增加|增速|增幅|涨幅|涨|上涨|下降|减少|了|多少|几|分别|是|百分点|"
                r"\b(?:how|fast|did|does|do|it|that|this|has|have|grow|grew|grown|growing|growth|rate|"
                r"much|by|"
                r"was|were|is|its|"
                r"year|on|which|of|one|faster|quicker|more|"
                r"rise|rose|increase|percent|respectively|their|they|each|both|them|two)\b")

@dataclass
class Turn:
    """A question read in a conversation: what it names, and what kind of follow-up it is."""
    q: Query
    question: str           # the text answered (a year named relative to the conversation's made absolute)
    hits: list              # the names it matched, without scope words (全省, nationwide)
    new_subject: bool       # it names a subject of its own (not only a trade partner)
    names_new: bool         # ... or at least a partner, a place or a name
    growth: bool            # it asks a growth ('增长了多少', 'And the growth?')
    follow_up: bool         # it reads like a follow-up ('那出口呢', 'and imports?', 其中...)
    pointing: bool          # a pronoun for the subject (它, 该公司, its, there)
    unanchored: bool        # a relative year with no year to move (明年 after 今年)
    own: str                # what it asks, without names, period and follow-up words
    period: str             # the period words a retry adds


# A share asked with no part named before it (占全省出口多大比例, what share of the total): the share of
# the measure just given; 外地观众占比多少 names a part of its own.
SHARE_OF_LAST = re.compile(r"(?:那|那么|它|这|其|这个|这些)?(?:所|在[^，,？?]{1,8}中)?占|"
                           r"(?:and )?(?:what|which) (?:share|proportion|percentage) of "
                           r"(?:the )?(?:total|all|whole)")


def answer_in_context(engine: Engine, question: str, context: Context | None,
                      lang: str | None = None) -> Answer:
    """Answer the question; when it names nothing of its own, or reads like a follow-up, try it
    with what the conversation was about. Remember what this answer was about."""
    unknown_command = re.match(r"\s*/([A-Za-z_]+)", question)
    if context is None or unknown_command and unknown_command.group(1).lower() not in COMMANDS:
        return engine.answer(question, lang)        # /quit, /foo: no follow-up of the last answer
    q = engine.parse(question, lang)
    hits = [h for h in q.hits if h.alias.strip() not in SCOPE_WORDS]
    if not hits and q.hits and not _rest(engine, question):
        hits = q.hits                   # '全省呢' alone: the province is the new subject
    hits = [h for h in hits if h.alias.strip() not in QUALIFYING_PLACES]     # 国内的呢: the domestic ones
    new_subject = bool(hits and not _partners_only(engine, hits) or q.places or q.unknown_names)
    comparing = compares_with_last(q.text) and not FLOW.search(q.text)    # not 出口比去年增长多少
    if context.facts and not new_subject and comparing and not _other_measure(engine, question, context):
        answer = _against_year_before(engine, q, context)
        _remember(engine, answer, q, context, question, True)
        return answer
    turn = _read(engine, question, q, hits, new_subject, context, lang)
    answer = engine.answer(turn.question, lang)
    answer.question = q.raw
    asks_growth_only = turn.growth and not turn.names_new and not _new_metric(turn.own)
    if context.facts and not turn.q.topic and asks_growth_only:
        reused = growth_of_last(engine, turn.q, context, answer.lang, both_growths(turn.q.text))
        if reused is not None:          # '增长了多少？': the growth of the figure just given
            _remember(engine, reused, turn.q, context, question, True)
            return reused
    texts, any_period = _retry_texts(engine, turn, context, answer)
    first = answer
    answer = _pick(engine, turn, context, answer, texts, any_period, lang)
    if answer is first and _off_subject(turn, context, answer):     # '营业额多少' after a shop: not Hubei's
        answer = decline(turn.q, "the question names nothing and the answer is not about the subject", [])
    of_last = asks_growth_only and not turn.q.period.explicit      # '同比增长多少' of the figures just given
    if answer.found and context.facts and of_last and not of_last_measures(engine, answer, context):
        answer = decline(turn.q, "the growth of the measure talked about is not held", [])   # not another's
    on_subject = not new_subject or turn.pointing
    if not answer.found and answer.kind == "decline" and context.entity and on_subject:
        _suggest_on_subject(engine, answer, context, question)
    _remember(engine, answer, turn.q, context, turn.question, turn.follow_up or turn.pointing or bool(texts))
    return answer


def _read(engine: Engine, question: str, q: Query, hits: list, new_subject: bool, context: Context,
          lang: str | None) -> Turn:
    """The question read against the conversation: a relative year moved, the kind of follow-up."""
    shift = relative_year(q.text) if context.subject and not q.period.years else 0
    # a period without a year (jan-nov): the year of the figure just given; 今年 moves no year
    anchor = None if THIS_YEAR.search(context.period) else last_year(engine, context)
    unanchored = bool(shift) and not YEAR.search(context.period) and anchor is None   # 明年 after 今年
    if shift and not unanchored:        # 去年呢 after a 2024 figure: 2023
        moved = shifted_period(context.period, shift, anchor)
        if moved:
            question = f"{without_relative_year(q.text)} {moved}"
            q = engine.parse(question, lang)
    growth = q.asked.growth or growth_alone(q.text) or both_growths(q.text)
    period = (year_of(context.period) if q.period.explicit and not q.period.years
              else "" if q.period.explicit or q.period.latest else context.period)   # 上半年呢: of the same year
    names_new = bool(hits or q.places or q.unknown_names or q.partners)
    own = _rest(engine, question)
    # 'How many are in Wuhan?': the measure
    elliptic = names_new and bool(context.rest) and not _words(own)
    follow_up = bool(FOLLOW_UP.search(q.text) or PART.search(q.text)) or growth or bool(shift) or elliptic
    named = {h.entity for h in hits}
    # a name written out (not 'plant' heard as lantu) is a subject of its own: 'the plant' is not ours then
    spelt = [h for h in hits if h.alias.strip() in q.text and not _is_partner(engine, h.entity)]
    pointing = bool(context.subject) and points_back(q.text, bool(spelt)) and context.entity not in named
    return Turn(q, question, hits, new_subject, names_new, growth, follow_up, pointing, unanchored,
                own, period)


def _retry_texts(engine: Engine, turn: Turn, context: Context, answer: Answer) -> tuple[list[str], str]:
    """The question rewritten with what the conversation is about, in the order to try; and the one
    without the conversation's period ('' if none), which only the subject's own facts may answer."""
    q, own, period, subject = turn.q, turn.own, turn.period, context.subject
    # 'And how many…' after a name would read as a second part
    body = LEADING.sub("", turn.question.strip())
    texts: list[str] = []
    any_period = ""
    if turn.pointing:                   # 'How many countries does it reach?': it is the subject
        texts.append(f"{subject} {period} {body}")
        if period and not turn.follow_up:    # '它的董事长是谁': a measure of its own, in any period
            any_period = f"{subject} {body}"
            texts.append(any_period)
    elif subject and not q.topic and answer.kind in ("decline", "fact", "profile"):
        rest = _merged(context.rest, q.text)
        pace = asks_pace(q.text)
        if pace:                        # '比上半年快了多少': the pace of the last measure
            rest = " ".join([*FLOW.findall(rest), "增速"])
        elif context.growth and not own and not turn.growth:    # '第三季度呢' after '增长多少': its growth
            rest = f"{rest} {'增长多少' if q.lang == 'zh' else 'growth rate'}"
        if not turn.names_new:
            growth_of_last = turn.growth and not _other_measure(engine, turn.question, context)
            flow = _flow_part(q.text, own) or _flow_only(own)          # 出口呢: the last measure's exports
            share = asks_share(q) and bool(SHARE_OF_LAST.match(q.text.strip()))   # 占全省出口多大比例
            if context.rest and (not own or growth_of_last or pace or flow or share):   # same measure
                texts.append(f"{subject} {period} {rest} {body}")
            if own and (turn.follow_up or not answer.found and answer.reason.startswith(RETRY_REASONS)
                        or not turn.names_new):
                texts.append(f"{subject} {period} {body}")
                if period and not turn.follow_up and not q.period.explicit:    # '董事长是谁': in any period
                    any_period = f"{subject} {body}"
                    texts.append(any_period)
        elif not turn.new_subject and turn.follow_up and context.rest:    # '对欧盟呢': the subject's, with it
            subject = "" if _is_partner(engine, context.entity) else subject
            texts.append(f"{subject} {body} {'' if turn.growth else rest} {period}")
            if not turn.growth and _words(_without_partners(own)):    # '那欧洲什么时候全覆盖': its own measure
                texts.append(f"{subject} {body} {period}")
                if period:
                    any_period = f"{subject} {body}"
                    texts.append(any_period)
        elif turn.follow_up and context.rest:     # a growth asked is its own measure, not the last one's
            texts.append(f"{body} {'' if turn.growth else rest} {period}")
    return texts, any_period


def _pick(engine: Engine, turn: Turn, context: Context, answer: Answer, texts: list[str], any_period: str,
          lang: str | None) -> Answer:
    """The first rewriting that finds a figure the conversation has not just given (or, for the last
    one of a follow-up, its decline); a repeated figure is declined, or the question's own answer kept."""
    q, original = turn.q, answer
    follow_up = turn.follow_up or turn.pointing

    def repeats(given: Answer) -> bool:
        """The answer only repeats facts just given, which this follow-up does not ask again."""
        return (not turn.growth and already_given(given, context) and not fits_new_period(q, given)
                and not (q.period.latest and not q.period.explicit) and not turn.unanchored)

    for text in texts:
        retry = engine.answer(" ".join(text.split()), lang or q.lang)    # in the language asked
        if turn.pointing and not (retry.found and not already_given(retry, context)) and kin_answer(
                engine, original, context):
            break                       # '它的总部基地': the subject's own base, found without its name
        if retry.found and not turn.own and not same_measure_as_last(engine, retry, context):
            retry = decline(q, "the measure asked is not held for that period", [])
        last = text == texts[-1]
        keep_profile = (answer.kind == "profile" and (turn.new_subject or not turn.names_new)
                        and not context.rest)
        declined = last and follow_up and retry.kind in ("decline", "broader") and not keep_profile
        if retry.found and text == any_period and {d.fact.entity for d in retry.facts} != {context.entity}:
            continue                    # without the period, only the subject's own facts answer
        if retry.found and not last and repeats(retry):
            continue                    # the figure just given: another reading may find the new one
        if retry.found or declined:
            retry.question = original.question      # '武汉呢？' is about what was asked, or declined
            answer = retry
            break
    if answer.found and FOLLOW_UP.search(q.text) and not turn.growth and not _mentions(turn.own, answer):
        answer = decline(q, "the follow-up's word is in no fact of the answer", [])     # '那华为呢'
    if answer.found and (follow_up or texts) and repeats(answer):
        alone = (original.found and not repeats(original) and (turn.names_new or original.kind != "profile")
                 and not turn.pointing and not PART.search(q.text))     # '跨境电商综试区呢': its own answer
        reason = "the follow-up asks what the last answers do not hold"
        answer = original if alone else decline(q, reason, [])
    return answer


def _off_subject(turn: Turn, context: Context, answer: Answer) -> bool:
    """A question naming no subject, answered on its own about another one than the conversation's."""
    q = turn.q
    names = turn.names_new or q.topic or q.period.explicit or turn.pointing
    return (answer.found and bool(context.entity) and not names
            and context.entity not in {d.fact.entity for d in answer.facts})


def _words(own: str) -> list[str]:
    """The index terms of what a question asks besides asking ('华为', 'import'; not 多少, how many)."""
    return [t for t in terms(PART.sub(" ", own)) if len(t) > 1 and t not in ZH_STOP and t not in ASKED_WORDS]


def _mentions(own: str, answer: Answer) -> bool:
    """A follow-up's own words ('那华为呢', 'and imports?') are found in the facts answering it, and not
    only as one item of a list in its sentence (电动车 in the "new three"'s total is no figure for EVs)."""
    if any(holds_growth(d.fact) for d in answer.facts) and not _found_in(_words(own), answer):
        own = re.sub(GROWTH_WORDS, " ", own)        # 'the EU's growth': a growth held is named
    words = _words(own)
    if not words:
        return True
    item = PART.sub("", own).strip()
    for d in answer.facts:
        measured = normalise(f"{d.fact.metric_zh} {d.fact.metric_en}")
        listed = bool(item) and re.search(f"、{re.escape(item)}|{re.escape(item)}、",
                                          d.fact.statement_zh or "")
        if listed and item not in measured:
            return False
    return _found_in(words, answer)


def _without_partners(own: str) -> str:
    """What a follow-up asks without the trade partners it names (欧洲什么时候全覆盖 -> 什么时候全覆盖)."""
    for pattern in PARTNER_RE.values():
        own = pattern.sub(" ", own)
    return own


def _found_in(words: list[str], answer: Answer) -> bool:
    """Some of the words is a term of a fact of the answer."""
    return any(t in d.terms for d in answer.facts for t in words)


def _partners_only(engine: Engine, hits) -> bool:
    """Every name the question matched is a trade partner (欧盟, ASEAN): the subject stays."""
    return all(_is_partner(engine, h.entity) for h in hits)


def _is_partner(engine: Engine, entity_id: str) -> bool:
    """The entity is a trade partner (欧盟, 东盟), not a place, firm or hub of its own."""
    entity = engine.entities.get(entity_id)
    return entity is not None and entity.type == "partner"


def _against_year_before(engine: Engine, q: Query, context: Context) -> Answer:
    """'跟去年比呢' / 'is that more than last year?': the last figure's growth when it holds one, else
    the same measure a year before beside it; declined (on the subject) when neither is held."""
    last = engine.doc(context.facts[-1][0]) if context.facts[-1] else None
    year = q.period.years[0] if q.period.years else None         # 'compared with 2023'
    begun = (last.fact.period_start or "")[:4] if last is not None else ""
    start = int(begun) if begun.isdigit() else 0
    if last is not None and holds_growth(last.fact) and (year is None or year == start - 1):
        return Answer(q.raw, q.lang, True, "fact", [last], score=90, topic=last.fact.topic)
    before = year_before(engine, last, year) if last is not None else None
    if before is not None:
        return Answer(q.raw, q.lang, True, "compare", [before, last], score=90, topic=last.fact.topic)
    answer = decline(q, "the year before is not held", [])
    _suggest_on_subject(engine, answer, context, q.raw)
    return answer


def _remember(engine: Engine, answer: Answer, q: Query, context: Context, question: str,
              in_context: bool) -> None:
    """Keep what this answer was about: its subject, period, measure and facts."""
    if not (answer.found and answer.facts):
        return
    entity = answer.facts[0].entity
    context.entity = entity.id
    context.subject = entity.name_zh if answer.lang == "zh" else (entity.name_en or entity.name_zh)
    own_period = period_text(q.text)
    if own_period and in_context and not YEAR.search(own_period):
        own_period = f"{year_of(context.period)} {own_period}".strip()     # 上半年 of the year talked about
    context.period = own_period or (context.period if in_context else "")
    fact = answer.facts[0].fact
    held = parse_period(normalise(context.period))
    if context.period and not fits(held, fact.period_start, fact.period_end, ""):
        context.period = ""     # a chairman 'as of August 2024' after 2023's revenue: no period holds
    rest = _rest(engine, question)
    if rest and in_context and context.rest and (_flow_part(q.text, rest) or _flow_only(rest)):
        rest = _merged(context.rest, q.text) + " " + rest       # 其中出口: the exports of the same measure
    if (rest or not in_context) and not (in_context and context.rest and not _new_metric(rest)):
        context.rest = rest             # '同比增长多少' asks the growth of the measure, which stays
    if q.asked.growth or growth_alone(q.text):
        context.growth = True
    elif rest and _new_metric(rest):
        context.growth = False          # '出口呢' asks the amount of a new measure
    context.facts = [*context.facts[-1:], [d.fact.id for d in answer.facts]]


def _new_metric(own: str) -> bool:
    """The follow-up names a measure of its own besides the growth it asks ('出口增长多少')."""
    return bool(re.sub(GROWTH_WORDS, " ", own).split())


def _other_measure(engine: Engine, question: str, context: Context) -> bool:
    """'跟去年比实际使用外资增长多少' after new foreign firms: it names a measure the last fact does not
    hold (most of its own terms, beside the comparison and growth words, are not in that fact)."""
    own = re.sub(GROWTH_WORDS, " ", COMPARE_LAST.sub(" ", _rest(engine, question)))
    own_terms = set(terms(re.sub(r"[跟和与同比较]", " ", own)))
    last = engine.doc(context.facts[-1][0]) if context.facts[-1] else None
    if len(own_terms) < 2 or last is None:
        return False
    return sum(t in last.text for t in own_terms) * 2 < len(own_terms)


def _flow_only(own: str) -> bool:
    """'出口呢 / and imports?': the follow-up names a trade flow and nothing else."""
    return bool(FLOW.search(own)) and not ASKING.sub(" ", FLOW.sub(" ", own)).split()


def _merged(rest: str, text: str) -> str:
    """The last measure, with its trade flow replaced when the follow-up names one: after
    '高新技术产品进出口额', '其中出口呢' keeps 高新技术产品 and asks exports."""
    return FLOW.sub(" ", rest) if FLOW.search(text) else rest


def _flow_part(text: str, own: str) -> bool:
    """'其中出口呢': a part of the last measure named by its trade flow alone."""
    return bool(PART.search(text)) and not ASKING.sub(" ", PART.sub(" ", FLOW.sub(" ", own))).split()


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
