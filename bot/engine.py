"""The answer engine: understand a question, find the fact that answers it, or say honestly that
it is not known. Pure logic over a FactStore; no Telegram, no I/O beyond the store it is handed."""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from knowledge import Entity, FactStore

from .answers import Answer, FactDoc, Query
from .checks import BROADER, FOUND_NAMED, FactChecks
from .clauses import split_questions
from .compare import answer_clauses, asks_margin, compare_sides, settle
from .declines import decline, suggestion  # noqa: F401 - suggestion kept for conversation.py
from .index import Index
from .lexicon import (INJECTION, OFF_TOPIC, ABOUT_BOT, CHITCHAT, COMPARE, CREATIVE, GREETINGS, MARKUP, MULTI,
                      REGION_TYPES, TOPIC_QUESTIONS, ZH_STOP)
from .described import as_named, description_span
from .matching import DESCRIBED, EntityHit, EntityMatcher, key
from .measures import period_key, same_measure
from .ranking import RANK_DEPTH, Ranked, described_firm, rank, unit_vouched
from .named_lists import firm_list
from .thresholds import threshold_list
from .qualifiers import narrowed_by_neighbour, subset_unasked
from .people import person_answer
from .tiebreak import rarer, rival_of, surer
from .reader import QuestionReader
from .text import terms
from .wording import NO_GROWTH, fact_is_target, growth_of_same

log = logging.getLogger(__name__)

CANDIDATE_RATIO = 0.45  # facts this close to the best are tried when the best does not fit
RELATED_RATIO = 0.8     # a second fact this close to the first is shown as related
LATEST_RATIO = 0.85     # 今年: another measure this close to the best may be the newer answer
PROFILE_WORDS = ("介绍", "简介", "情况", "概况", "profile", "overview", "about")   # a name and these: a profile


# A period described instead of named: "in the year they first became…", 首次成为出口第一那年.
DESCRIBED_PERIOD = re.compile(r"\bin the year (?:when |that |in which )?"
                              r"(?:they|it|he|she|the|this|its|their)\b|"
                              r"(?:首次|第一次|头一回)[^，。？?]{1,16}那(?:一)?年|的那(?:一)?年")


class Engine:
    """Holds the Index of a store, and a reader and checks over it; follows the store's changes."""

    def __init__(self, store: FactStore, cache: bool = True):
        self.store = store
        self.cache_path = Path(store.path + ".engine-cache") if cache and store.path != ":memory:" else None
        self.index = Index.open(store, self.cache_path)
        self._bind()

    def _bind(self) -> None:
        """A reader (with a fresh memory of misspellings) and the checks over the current index."""
        self.reader = QuestionReader(self.index)
        self.checks = FactChecks(self.index)

    @property
    def docs(self):
        """The facts by slot (the index's table)."""
        return self.index.docs

    @property
    def entities(self) -> dict[str, Entity]:
        return self.index.entities

    @property
    def by_entity(self) -> dict[str, list[int]]:
        return self.index.by_entity

    @property
    def matcher(self) -> EntityMatcher:
        return self.index.matcher

    @property
    def version(self) -> int:
        return self.index.version

    def refresh(self, force: bool = False) -> None:
        """Follow the store: the changed facts re-indexed at once (a full build only when forced)."""
        if force:
            self._build()
        elif self.store.version != self.index.version:
            self.index.catch_up(self.store)
        else:
            return
        self._bind()

    def _build(self) -> None:
        """Index the store's facts afresh."""
        old = self.index
        self.index = Index()
        self.index.build(self.store, self.cache_path)
        old.close()

    def parse(self, question: str, lang: str | None = None) -> Query:
        """The question read (its entities, terms, period, kind of answer...)."""
        return self.reader.parse(question, lang)

    def _rank(self, q: Query) -> list[Ranked]:
        """The facts best fitting the question, best first (see ranking.rank)."""
        return rank(self.index, q)

    # -- understanding -------------------------------------------------------------------
    def answer(self, question: str, lang: str | None = None, rewrite: bool = True) -> Answer:
        self.refresh()
        q = self.parse(question, lang)
        if q.topic and not q.text:          # a bare /trade: the topic's headline figures
            docs = self.topic_facts(q.topic, limit=5)
            lang = lang or ("zh" if re.search(r"[\u3400-\u9fff]", question) else "en")
            return Answer(q.raw, lang, bool(docs), "topic", docs, score=90 if docs else 0, topic=q.topic)
        if not q.text or not re.search(r"[\w\u3400-\u9fff]", q.text):
            return Answer(q.raw, q.lang, False, "empty", reason="empty")
        if GREETINGS.match(q.text):
            return Answer(q.raw, q.lang, False, "greeting", reason="greeting")
        named = {h.entity for h in q.hits}
        if MARKUP.search(q.raw):
            return self._decline(q, "markup or code", [])
        if INJECTION.search(q.text):
            return self._decline(q, "instructions, not a question", [])
        if (CREATIVE.search(q.text) or ABOUT_BOT.search(q.text) or OFF_TOPIC.search(q.text)
                or CHITCHAT.search(q.text) and not any(h.confidence == 100 for h in q.hits)):
            return self._decline(q, "chit-chat", [])
        ranked = self._rank(q)
        if not ranked:
            return self._decline(q, "nothing", [])
        owners = [h.alias.lower() for h in q.hits if self.entities[h.entity].type not in REGION_TYPES]
        span = description_span(q.text, owners) if rewrite else None
        firm = described_firm(self.index, q, ranked, description=q.text[span[0]:span[1]] if span else "")
        if firm and span:       # 给联想做主板的那家公司: read again with its name, what the description names aside
            return replace(self.answer(as_named(q, span, self.entities[firm]), q.lang, False), question=q.raw)
        if firm:                                            # 那家做蜂产品的老字号: as if named
            q = self._naming(q, firm)
            named = {h.entity for h in q.hits}
            ranked = self._rank(q)
        if self._broad(q) and len(named) == 1:
            return self._profile(q, next(iter(named)))
        compared = self._compare(q, ranked, named) if len(named) >= 2 and COMPARE.search(q.text) else None
        if compared and compared.kind == "compare":
            return compared
        listed = threshold_list(self, q, ranked)    # 哪些企业增速超过20%: the firms at or above it
        if listed is not None:
            return listed
        listed = firm_list(self, q, ranked)         # 产业开放板块有哪些企业参展: each firm's fact
        if listed is not None:
            return listed
        person = person_answer(self, q, ranked)     # 刘才溢是哪家公司的: the fact naming them in a role
        if person is not None:
            return person
        if q.several and asks_margin(q.text) and len(split_questions(q.text)) < 2:
            # 比上半年快了几个百分点: a margin the base holds answers it
            margins = [r for r in ranked if self.docs[r[2]].fact.unit == "个百分点"]
            held = self._best(q, margins, named) if margins else None
            if held is not None and held.found:
                return held
        if q.several:                       # two partners, years, entities, or exports and imports
            compared = compare_sides(self, q, ranked) or compared
        if compared and compared.kind == "compare":
            return compared
        clauses = answer_clauses(self, q)   # 'X多少，占比如何': each clause answered on its own ('…, and how
        if clauses is not None:             # many more than a year earlier?' too, not its last clause only)
            return clauses
        if compared:
            return compared
        answer = self._best(q, ranked, named)
        if not answer.found and answer.kind == "decline" and answer.reason.startswith("low confidence"):
            vouched = unit_vouched(q, ranked, self.docs)     # 几项: a figure in 项 that covers a little less
            retry = self._best(q, vouched, named) if vouched else answer
            answer = retry if retry.found else answer
        if not answer.found and answer.kind == "decline" and answer.reason.startswith("low confidence"):
            firm = described_firm(self.index, q, ranked, unmarked=True)     # 怒江用无人机运草果: one firm's
            if firm:
                told = self._naming(q, firm)
                retry = self._best(told, self._rank(told), {h.entity for h in told.hits})
                answer = retry if retry.found else answer
        parts = split_questions(q.text) if answer.found else []
        if parts and not any(self._fits(part, q.lang, answer.facts[0]) for part in parts):
            return self._decline(q, "answers none of its questions", [*answer.facts, *answer.related])
        if answer.found and MULTI.search(q.text):
            self._add_second_part(q, ranked, named, answer)
        return answer

    def _naming(self, q: Query, firm: str) -> Query:
        """The question as if it named the firm it describes."""
        return replace(q, hits=[*q.hits, EntityHit(firm, -1, -1, DESCRIBED, self.entities[firm].name_zh)])

    def _fits(self, text: str, lang: str, doc: FactDoc) -> bool:
        """The fact answers one question of several asked in one (出口多少？进口又是多少？: not the total)."""
        part = self.parse(text, lang)
        return not self.checks.mismatch(part, doc, 100, {h.entity for h in part.hits})

    def _add_second_part(self, q: Query, ranked: list[Ranked], named: set[str],
                         answer: Answer) -> None:
        """'X和Y分别是多少': the next fact that also answers becomes part of the answer."""
        first = answer.facts[0]
        for conf, raw, i in ranked[:8]:
            doc = self.docs[i]
            if doc is first or doc.fact.value == first.fact.value:
                continue
            if not self.checks.mismatch(q, doc, max(conf, FOUND_NAMED), named):
                answer.facts.append(doc)
                answer.kind = "compare"
                answer.related = [d for d in answer.related if d is not doc]
                return

    def _best(self, q: Query, ranked: list[Ranked], named: set[str]) -> Answer:
        top_raw = ranked[0][1]
        candidates = [(c, r, i) for c, r, i in ranked[:6] if r >= top_raw * CANDIDATE_RATIO]
        first_problem = ""
        broader: FactDoc | None = None
        growth_of = self._growth_of(q, candidates, named)   # a measure asked, held without its growth
        for place, (conf, raw, i) in enumerate(candidates):
            doc = self.docs[i]
            problem = self.checks.mismatch(q, doc, conf, named) or self.narrowed(q, doc, ranked)
            if not problem and growth_of is not None and (growth_of[0] >= conf or growth_of[1] >= raw):
                held = growth_of[2].fact
                if not (growth_of_same(held, doc.fact) or held.entity == doc.fact.entity
                        and same_measure(held, doc.fact)):
                    problem = f"the growth of another measure than {held.metric}"
            if problem:
                first_problem = first_problem or problem
                if problem.startswith(BROADER) and place <= 1 and broader is None:   # best, but broader
                    broader, first_problem = doc, problem
                continue
            if q.period.latest and not q.period.explicit:     # 今年, 目前, latest: the newest fitting figure
                newer = [self.docs[j] for c, r, j in candidates      # the same measure, or as close a fit
                         if r >= raw * 0.6 and (c >= conf - 5 and r >= raw * LATEST_RATIO
                                                or same_measure(self.docs[j].fact, doc.fact))
                         and not self.checks.mismatch(q, self.docs[j], c, named)]
                doc = max(newer, key=lambda d: d.fact.period_end or "", default=doc)
            doc = rarer(self, q, doc, raw, candidates, ranked, named)
            doc = self._latest(q, doc, ranked, named)
            near = [self.docs[j] for c, r, j in ranked[:4]
                    if self.docs[j] is not doc and r >= raw * RELATED_RATIO]
            related = [d for d in near if not self.checks.mismatch(q, d, 100, named)]
            rival = rival_of(self, q, doc, conf, raw, ranked, named) or self._period_described(q, doc, ranked)
            if rival is not None and rival.fact.entity == doc.fact.entity:    # twins: one surer than both?
                doc, rival = surer(self, q, conf, raw, candidates, named, (doc, rival)) or (doc, rival)
            if rival is not None:           # two different figures fit about as well: ask, do not guess
                return self._decline(q, "two figures fit equally", [doc, rival])
            return Answer(q.raw, q.lang, True, "fact", [doc], related[:2], score=round(conf),
                          topic=doc.fact.topic)
        close = [self.docs[i] for _, _, i in candidates[:3]]
        if broader is not None:             # say the asked figure is not known; show the broader one as such
            answer = self._decline(q, first_problem, [broader, *close])
            answer.kind, answer.facts = "broader", [broader]
            return answer
        return self._decline(q, first_problem, close)

    def narrowed(self, q: Query, doc: FactDoc, ranked: list[Ranked]) -> str:
        """This fact is the broader figure when another names its measure narrowed as the question asks."""
        neighbours = [] if q.several else [self.docs[j] for _, _, j in ranked[:6]]   # 往返和始发分别: each asked
        extra = narrowed_by_neighbour(q, doc, neighbours)
        return f"{BROADER}{extra}" if extra else subset_unasked(q, doc, neighbours)

    def _growth_of(self, q: Query, candidates: list[Ranked],
                   named: set[str]) -> tuple[float, float, FactDoc] | None:
        """A growth asked: the candidate covering most of the question that holds its measure without
        the growth (its confidence, score and fact); None when growth is not asked or none is such."""
        if not q.asked.growth:
            return None
        lacking = [(conf, raw, self.docs[i]) for conf, raw, i in candidates
                   if self.checks.mismatch(q, self.docs[i], conf, named) == NO_GROWTH]
        return max(lacking, key=lambda held: held[0], default=None)

    def _period_described(self, q: Query, doc: FactDoc, ranked: list[Ranked]) -> FactDoc | None:
        """A year described, not named (the year they first became its top export, 首次成为第一那年), while the
        same measure is held for another period: which one is meant cannot be told (None when it can)."""
        if q.period.years or not DESCRIBED_PERIOD.search(q.text):
            return None
        held = (self.docs[j] for _, _, j in ranked[:RANK_DEPTH])
        return next((d for d in held if d.fact.entity == doc.fact.entity and same_measure(d.fact, doc.fact)
                     and d.fact.period_end != doc.fact.period_end), None)

    def _latest(self, q: Query, doc: FactDoc, ranked: list[Ranked], named: set[str]) -> FactDoc:
        """The same entity's same measure for the newest, then fullest, period that fits the question:
        a whole-year 2025 figure answers '2025年' over January-November's; '前11个月' still gets the latter."""
        if not doc.fact.period_end or not doc.number_value:
            return doc          # a name (the subsidiary asked, 龙点睛) is no earlier version of a newer one
        same = [self.docs[i] for _, _, i in ranked[:RANK_DEPTH]
                if self.docs[i].fact.entity == doc.fact.entity and same_measure(self.docs[i].fact, doc.fact)
                and fact_is_target(self.docs[i].fact) == fact_is_target(doc.fact)   # a forecast: not newer
                and self.docs[i].fact.period_end and not self.checks.mismatch(q, self.docs[i], 100, named)]
        return max(same, key=period_key, default=doc)

    def _broad(self, q: Query) -> bool:
        """The question is little more than a name: '/firm 联想', '花湖机场'."""
        if q.metric_groups or q.asks_who:
            return False
        rest = key(q.text)
        for hit in q.hits:
            rest = rest.replace(hit.alias, " ")
        rest_terms = [t for t in terms(rest) if t not in ZH_STOP and t not in PROFILE_WORDS]
        return not rest_terms and not q.period.explicit

    def _profile(self, q: Query, entity: str) -> Answer:
        ids = self.by_entity.get(entity, [])
        docs = [self.docs[i] for i in ids]
        if q.topic:
            docs = [d for d in docs if d.fact.topic == q.topic] or docs
        if not docs:
            return self._decline(q, "entity without facts", [])
        docs.sort(key=lambda d: (d.fact.period_end or "", _has_number(d.fact.value)), reverse=True)
        return Answer(q.raw, q.lang, True, "profile", docs[:5], score=90, topic=docs[0].fact.topic)

    def _compare(self, q: Query, ranked: list[Ranked], named: set[str]) -> Answer | None:
        sized = bool(_MAGNITUDE.search(q.text))    # 谁的产值更高: figures compared, not a vice-president's name
        fitting = {entity: [self.docs[i] for _, _, i in ranked if self.docs[i].fact.entity == entity
                            and (self.docs[i].number_value or not sized)
                            and not self.checks.mismatch(q, self.docs[i], 100, named)]
                   for entity in dict.fromkeys(h.entity for h in q.hits)}     # in the question's order
        picked = _alike([docs for docs in fitting.values() if docs])
        if not picked:
            return None
        if len(picked) < 2:                 # say which side of the comparison is not in the base
            answer = self._best(q, ranked, named)
            if answer.found:
                got = {d.fact.entity for d in answer.facts}
                answer.missing = [self._display(e, q.lang) for e in sorted(named - got)
                                  if self.entities.get(e) is not None]
            return answer
        answer = Answer(q.raw, q.lang, True, "compare", picked[:3], score=round(ranked[0][0]),
                        topic=picked[0].fact.topic)
        settle(answer, q.asked.growth)      # which is larger: amounts of one unit, or growth asked
        return answer

    def _display(self, entity_id: str, lang: str) -> str:
        entity = self.entities[entity_id]
        return (entity.name_zh if lang == "zh" else entity.name_en) or entity.name_zh or entity_id

    def _decline(self, q: Query, reason: str, close: list[FactDoc]) -> Answer:
        """A decline with the close facts as suggestions (see declines.decline)."""
        return decline(q, reason, close)

    def fact_answer(self, fact_id: str, lang: str) -> Answer | None:
        """The answer showing one fact (a pressed button, /source)."""
        doc = self.doc(fact_id)
        if doc is None:
            return None
        return Answer(doc.fact.id, lang, True, "fact", [doc], score=100, topic=doc.fact.topic)

    def topic_facts(self, topic: str, limit: int = 6) -> list[FactDoc]:
        """A topic's headline facts: the best answers to the topic's typical question, figures
        first, at most three for a region and one for any other entity."""
        self.refresh()
        ranked = self._rank(self.parse(TOPIC_QUESTIONS.get(topic, topic)))
        ranked_slots = [i for _, _, i in ranked if self.index.topic_of[i] == topic]

        def in_order():            # the ranked ones, then the rest of the topic (read only as needed)
            yield from (self.docs[i] for i in ranked_slots)
            shown = set(ranked_slots)
            yield from (self.docs[i] for i in self.index.topic_slots(topic) if i not in shown)

        picked: list[FactDoc] = []
        seen: Counter = Counter()
        for figures in (True, False):                       # figures first, rank order kept
            for doc in in_order():
                if doc.numeric_value != figures:
                    continue
                if seen[doc.fact.entity] < (3 if doc.entity.type in REGION_TYPES else 1):
                    picked.append(doc)
                    seen[doc.fact.entity] += 1
                if len(picked) == limit:
                    return picked
        return picked

    def search(self, text: str, limit: int = 5) -> list[FactDoc]:
        """Facts for inline mode and lookups: the best few, however sure."""
        self.refresh()
        q = self.parse(text)
        if self._broad(q) and q.hits:
            return [self.docs[i] for i in self.by_entity.get(q.hits[0].entity, [])][:limit]
        return [self.docs[i] for _, _, i in self._rank(q)[:limit]]

    def doc(self, fact_id: str) -> FactDoc | None:
        self.refresh()
        slot = self.index.slot_of.get(fact_id)
        return None if slot is None else self.docs[slot]


_MAGNITUDE = re.compile(r"更(?:高|多|大|快|强|低|少|小|慢)|\b(?:higher|larger|bigger|greater|more|faster|lower|smaller|"
                        r"less)\b")


def _alike(sides: list[list[FactDoc]]) -> list[FactDoc]:
    """Each side's best fitting fact, or, when their units differ, the best pair of one unit (two
    firms' revenue in 亿元, not one's revenue and the other's share of it)."""
    best = [docs[0] for docs in sides]
    if len(best) == 2 and best[0].fact.unit != best[1].fact.unit:
        pairs = [(a, b) for a in sides[0][:3] for b in sides[1][:3]
                 if a.fact.unit == b.fact.unit and a.fact.unit]
        if pairs:
            return list(min(pairs, key=lambda p: sides[0].index(p[0]) + sides[1].index(p[1])))
    return best


def _has_number(value: str) -> bool:
    return bool(re.search(r"\d", value))
