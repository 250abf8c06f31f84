"""The answer engine: understand a question, find the fact that answers it, or say honestly that
it is not known. Pure logic over a FactStore; no Telegram, no I/O beyond the store it is handed."""
from __future__ import annotations

import hashlib
import logging
import math
import os
import pickle
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

from knowledge import Entity, Fact, FactStore, Source

from .answers import Answer, FactDoc, Query
from .compare import compare_sides
from .checks import BROADER, FOUND_NAMED, FactChecks, trade_flow
from .lexicon import (
    INJECTION, OFF_TOPIC, ABOUT_BOT, CHITCHAT, COMPARE, CREATIVE, DATE_VALUE, GREETINGS, MARKUP, METRIC_GROUPS, MULTI, NUMBER_VALUE,
    PARTNER_RE, RANK_ANY, REGION_TYPES, TOPIC_QUESTIONS, ZH_STOP)
from .matching import EntityHit, EntityMatcher, key, syllable
from .periods import fits, year_weight
from .reader import QuestionReader
from .text import cn_to_int, normalise, terms, zh_terms

log = logging.getLogger(__name__)

# The engine's cache of its index is valid only for the code that built it.
CODE_STAMP = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(Path(__file__).parent.glob("*.py")))).hexdigest()[:16]

RANK_DEPTH = 25        # candidates that get the finer (and slower) checks
NAMED_BOOST = 1.6       # the question names the fact's firm, hub, route...
NAMED_REGION_BOOST = 1.25  # ... or its region (a weaker sign: 武汉 is in half the questions)
REGION_ONLY_PENALTY = 0.6  # only a region named: a firm's fact is a weaker answer
CANDIDATE_RATIO = 0.45  # facts this close to the best are tried when the best does not fit
RELATED_RATIO = 0.8     # a second fact this close to the first is shown as related
RIVAL_RATIO = 0.97      # a fitting fact with another figure this close makes the question ambiguous


class Engine(QuestionReader, FactChecks):
    """Built once from a store; rebuilds itself when the store changes."""

    def __init__(self, store: FactStore, cache: bool = True):
        self.store = store
        self.version = -1
        self.cache_path = Path(store.path + ".engine-cache") if cache and store.path != ":memory:" else None
        self.refresh()

    def refresh(self, force: bool = False) -> None:
        version = self.store.version
        if version == self.version and not force:
            return
        key = (version, self.store.last_update(), CODE_STAMP)
        self.spelling: dict[str, str] = {}          # misspelt word -> the facts' word, filled as met
        if not force and self._load_cache(key):
            self.version = version
            return
        self._build()
        self.version = version
        self._save_cache(key)

    def _load_cache(self, key: tuple) -> bool:
        """The index as last built for this very state of the base (start-up in a fraction of the time)."""
        if self.cache_path is None or not self.cache_path.exists():
            return False
        try:
            with open(self.cache_path, "rb") as fh:
                saved_key, state = pickle.load(fh)
        except Exception:  # noqa: BLE001 - a damaged or foreign cache is simply rebuilt
            log.warning("engine cache %s unreadable; rebuilding", self.cache_path)
            return False
        if saved_key != key:
            return False
        self.__dict__.update(state)
        return True

    def _save_cache(self, key: tuple) -> None:
        if self.cache_path is None:
            return
        state = {k: v for k, v in self.__dict__.items() if k not in ("store", "version", "cache_path", "spelling")}
        tmp = self.cache_path.with_suffix(f".tmp{os.getpid()}")
        try:
            with open(tmp, "wb") as fh:
                pickle.dump((key, state), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.cache_path)
        except OSError as exc:
            log.warning("could not write the engine cache: %s", exc)
            tmp.unlink(missing_ok=True)

    def _build(self) -> None:
        """Index the store's facts: terms, postings, entity names."""
        started = time.perf_counter()
        entities = {e.id: e for e in self.store.list_entities()}
        sources = {s.id: s for s in self.store.list_sources()}
        docs: list[FactDoc] = []
        abouts: list[str] = []
        for fact in self.store.list_facts():
            entity = entities.get(fact.entity) or Entity(fact.entity, "org", fact.entity, fact.entity)
            source = sources.get(fact.source) or Source(fact.source, "", "", "", "")
            text = normalise(" ".join([*entity.names(), fact.metric_zh, fact.metric_en, fact.metric.replace("_", " "),
                                       *fact.keywords, fact.statement_zh, fact.statement_en, fact.value,
                                       fact.value_en, fact.unit, fact.change_zh, fact.change_en,
                                       fact.period_zh, fact.period_en]))
            # names, metric and keywords count twice: they say what the fact is about
            about = normalise(" ".join([*entity.names(), fact.metric_zh, fact.metric_en, *fact.keywords]))
            abouts.append(about)
            counted = Counter(terms(text))
            counted.update(terms(about))
            counted.update({"~" + syllable(t[0]) + syllable(t[1]) for t in counted
                            if len(t) == 2 and "\u3400" <= t[0] <= "\u9fff" and "\u3400" <= t[1] <= "\u9fff"})
            docs.append(FactDoc(fact, entity, source, counted, sum(counted.values()), text,
                                bool(DATE_VALUE.search(fact.value) or DATE_VALUE.search(fact.value_en)), bool(re.match(r"[\d.]", fact.value)),
                                is_quantity(fact.value, fact.value_en),
                                bool(RANK_ANY.search(fact.value) or RANK_ANY.search(fact.value_en.lower())),
                                frozenset(name for name, pattern in PARTNER_RE.items() if pattern.search(text)),
                                frozenset(group for group, words in METRIC_GROUPS.items()
                                          if any(w in text for w in words)),
                                normalise(f"{fact.statement_zh} {fact.statement_en}"), leading_number(fact.value)))
        self.docs = docs
        self.entities = entities
        self.by_entity: dict[str, list[int]] = defaultdict(list)
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        n = max(len(docs), 1)
        self.avg_len = sum(d.length for d in docs) / n
        self.common_df = max(20, n // 8)
        for i, doc in enumerate(docs):
            self.by_entity[doc.fact.entity].append(i)
            for term, tf in doc.terms.items():   # BM25's saturated term frequency, computed once
                self.postings[term].append((i, self.saturation(tf, doc.length)))
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}
        self.unknown_idf = math.log(1 + (n + 0.5) / 0.5) * 0.35
        self.entity_of = [d.fact.entity for d in docs]
        self.region_of = [d.entity.type in REGION_TYPES for d in docs]
        self.entity_names = {e.id: [normalise(n) for n in e.names() if len(n) >= 2] for e in entities.values()}
        self.latin_vocabulary = [t for t in self.postings if t.isascii() and t.isalpha() and len(t) >= 3]
        by_sound: dict[tuple[str, str], tuple[int, str]] = {}
        words = {t for a in abouts for t in zh_terms(a)}
        for term in words:          # the words of names, metrics and keywords, not statements' seams
            posting = self.postings.get(term, ())
            if len(term) == 2 and "\u3400" <= term[0] <= "\u9fff" and "\u3400" <= term[1] <= "\u9fff":
                sound = (syllable(term[0]), syllable(term[1]))
                if len(posting) > by_sound.get(sound, (0, ""))[0]:
                    by_sound[sound] = (len(posting), term)
        self.by_sound = {sound: term for sound, (_, term) in by_sound.items()}
        self.known_latin = {w for d in docs for w in re.findall(r"[a-z]+", d.text)}
        self.matcher = EntityMatcher(list(entities.values()))
        log.info("engine built: %d facts, %d entities in %.0f ms", len(docs), len(entities),
                 1000 * (time.perf_counter() - started))

    def saturation(self, tf: int, length: int) -> float:
        """BM25's term-frequency saturation (k1 = 1.2, b = 0.5)."""
        return tf * 2.2 / (tf + 1.2 * (0.5 + 0.5 * length / self.avg_len))

    def by_entity_index(self, hits: list[EntityHit]) -> list[int]:
        """The facts of the firms, hubs, routes... a question names (not of its regions: too many)."""
        return [i for h in hits if h.entity in self.entities and self.entities[h.entity].type not in REGION_TYPES
                for i in self.by_entity.get(h.entity, ())]

    # -- understanding -------------------------------------------------------------------
    def answer(self, question: str, lang: str | None = None) -> Answer:
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
                or CHITCHAT.search(q.text) and not named):
            return self._decline(q, "chit-chat", [])
        ranked = self._rank(q)
        if not ranked:
            return self._decline(q, "nothing", [])
        if self._broad(q) and len(named) == 1:
            return self._profile(q, next(iter(named)))
        compared = self._compare(q, ranked, named) if len(named) >= 2 and COMPARE.search(q.text) else None
        if compared and compared.kind == "compare":
            return compared
        if q.several:                       # two partners, years, entities, or exports and imports
            compared = compare_sides(self, q) or compared
        if compared:
            return compared
        answer = self._best(q, ranked, named)
        if answer.found and MULTI.search(q.text):
            self._add_second_part(q, ranked, named, answer)
        return answer

    def _add_second_part(self, q: Query, ranked: list[tuple[float, float, int]], named: set[str],
                         answer: Answer) -> None:
        """'X和Y分别是多少': the next fact that also answers becomes part of the answer."""
        first = answer.facts[0]
        for conf, raw, i in ranked[:8]:
            doc = self.docs[i]
            if doc is first or doc.fact.value == first.fact.value:
                continue
            if not self._mismatch(q, doc, max(conf, FOUND_NAMED), named):
                answer.facts.append(doc)
                answer.kind = "compare"
                answer.related = [d for d in answer.related if d is not doc]
                return

    def _rank(self, q: Query) -> list[tuple[float, float, int]]:
        """(confidence 0-100, raw score, doc index), best first (the best RANK_DEPTH only)."""
        qterms = Counter(q.terms)
        if not qterms:
            return []
        weights = {t: self.idf.get(t, self.unknown_idf) * min(c, 2) for t, c in qterms.items()}
        total = sum(weights.values()) or 1.0
        scores: dict[int, float] = defaultdict(float)
        covered: dict[int, float] = defaultdict(float)
        # Rare terms are scored through their postings; common ones (湖北, wuhan, billion) only for
        # the candidates the rare ones found, which is where the time goes otherwise.
        common = {t for t in weights if len(self.postings.get(t, ())) > self.common_df}
        if len(common) == len(weights):
            common = set()
        for term, weight in weights.items():
            if term in common:
                continue
            for i, saturated in self.postings.get(term, ()):
                scores[i] += weight * saturated
                covered[i] += weight
        for i in self.by_entity_index(q.hits):
            scores[i] += 0.0                  # the named entities' facts are candidates too
        if common:
            for i in list(scores):
                doc_terms = self.docs[i].terms
                for term in common:
                    tf = doc_terms.get(term)
                    if tf:
                        scores[i] += weights[term] * self.saturation(tf, self.docs[i].length)
                        covered[i] += weights[term]
        named = {h.entity for h in q.hits}
        specific = any(self.entities[e].type not in REGION_TYPES for e in named if e in self.entities)
        entity_of = self.entity_of
        base = []
        region_of = self.region_of
        for i, raw in scores.items():
            if entity_of[i] in named:
                raw *= NAMED_REGION_BOOST if region_of[i] else NAMED_BOOST
            elif specific:
                raw *= 0.5
            elif named:
                raw *= REGION_ONLY_PENALTY if not region_of[i] and not q.asks_who else 0.8
            base.append((raw, i))
        base.sort(reverse=True)
        out = []
        for raw, i in base[:RANK_DEPTH]:
            doc = self.docs[i]
            conf = 100 * covered[i] / total
            if entity_of[i] in named:
                conf += 25 if doc.entity.type not in REGION_TYPES else 12
            elif specific:
                conf -= 20
            elif named:
                conf -= 8
            if q.topic and doc.fact.topic != q.topic:
                raw *= 0.75
            if q.numbers and doc.figure in q.numbers:
                raw *= 0.5          # the question states this figure: it asks about something else
            if q.asks_who and doc.fact.entity not in named and doc.entity.type not in REGION_TYPES:
                raw *= 1.3          # "which firm signed ...": the answer is a firm the question cannot name
            raw *= self._kind_fit(q, doc)
            if q.partners:                  # about the partner asked for (智利, ASEAN, Africa)?
                raw *= 1.4 if not q.partners.isdisjoint(doc.partners) else 0.6
            if q.metric_groups and not set(q.metric_groups) <= doc.metric_groups:
                raw *= 0.6
            if q.period.explicit:
                if fits(q.period, doc.fact.period_start, doc.fact.period_end, doc.text):
                    raw *= 1.25
                    if q.asks == "quantity" or (not q.asks and q.metric_groups):   # a figure, not a date
                        raw *= year_weight(q.period, doc.fact.period_start, doc.fact.period_end, q.text)
                else:
                    raw *= 0.55
            out.append((min(conf, 100.0), raw, i))
        out.sort(key=lambda r: (-r[1], -r[0]))
        return out

    def _best(self, q: Query, ranked: list[tuple[float, float, int]], named: set[str]) -> Answer:
        top_raw = ranked[0][1]
        candidates = [(c, r, i) for c, r, i in ranked[:6] if r >= top_raw * CANDIDATE_RATIO]
        first_problem = ""
        broader: FactDoc | None = None
        for rank, (conf, raw, i) in enumerate(candidates):
            doc = self.docs[i]
            problem = self._mismatch(q, doc, conf, named)
            if problem:
                first_problem = first_problem or problem
                if problem.startswith(BROADER) and rank <= 1 and broader is None:   # best, but broader
                    broader, first_problem = doc, problem
                continue
            if q.period.latest and not q.period.explicit:     # 今年, 目前, latest: the newest fitting figure
                newer = [self.docs[j] for c, r, j in candidates
                         if r >= raw * 0.6 and not self._mismatch(q, self.docs[j], c, named)]
                doc = max(newer, key=lambda d: d.fact.period_end or "", default=doc)
            doc = self._latest(q, doc, ranked, named)
            near = [self.docs[j] for c, r, j in ranked[:4] if self.docs[j] is not doc and r >= raw * RELATED_RATIO]
            related = [d for d in near if not self._mismatch(q, d, 100, named)]
            rival = self._rival(q, doc, conf, raw, ranked, named)
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

    def _rival(self, q: Query, doc: FactDoc, conf: float, raw: float, ranked: list[tuple[float, float, int]],
               named: set[str]) -> FactDoc | None:
        """Another fact with a different figure that fits the question as well (within RIVAL_RATIO of its
        score and confidence), about another entity the question does not name: it is ambiguous."""
        if q.several or not doc.fact.value:
            return None
        for c, r, j in ranked[:4]:
            other = self.docs[j]
            if other is doc or r < raw * RIVAL_RATIO or c < conf - 5 or other.fact.value == doc.fact.value:
                continue
            if other.fact.entity == doc.fact.entity or other.fact.entity in named:
                continue                    # the entity asked about: the ranking's finer checks chose
            if not self._mismatch(q, other, c, named):
                return other
        return None

    def _latest(self, q: Query, doc: FactDoc, ranked: list[tuple[float, float, int]], named: set[str]) -> FactDoc:
        """The same entity's same measure for the newest, then fullest, period that fits the question:
        a whole-year 2025 figure answers '2025年' over January-November's; '前11个月' still gets the latter."""
        if not doc.fact.period_end:
            return doc
        same = [self.docs[i] for _, _, i in ranked[:RANK_DEPTH]
                if self.docs[i].fact.entity == doc.fact.entity and same_measure(self.docs[i].fact, doc.fact)
                and self.docs[i].fact.period_end and not self._mismatch(q, self.docs[i], 100, named)]
        return max(same, key=period_key, default=doc)

    def _broad(self, q: Query) -> bool:
        """The question is little more than a name: '/firm 联想', '花湖机场'."""
        if q.metric_groups or q.asks_who:
            return False
        rest = key(q.text)
        for hit in q.hits:
            rest = rest.replace(hit.alias, " ")
        rest_terms = [t for t in terms(rest) if t not in ZH_STOP and t not in ("介绍", "简介", "情况", "概况",
                                                                                 "profile", "overview", "about")]
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

    def _compare(self, q: Query, ranked: list[tuple[float, float, int]], named: set[str]) -> Answer | None:
        picked: list[FactDoc] = []
        for entity in named:
            for conf, raw, i in ranked:
                doc = self.docs[i]
                if doc.fact.entity == entity and not self._mismatch(q, doc, 100, named):
                    picked.append(doc)
                    break
        if not picked:
            return None
        if len(picked) < 2:                 # say which side of the comparison is not in the base
            answer = self._best(q, ranked, named)
            if answer.found:
                got = {d.fact.entity for d in answer.facts}
                answer.missing = [self._display(e, q.lang) for e in sorted(named - got)
                                  if self.entities.get(e) is not None]
            return answer
        return Answer(q.raw, q.lang, True, "compare", picked[:3], score=round(ranked[0][0]),
                      topic=picked[0].fact.topic)

    def _display(self, entity_id: str, lang: str) -> str:
        entity = self.entities[entity_id]
        return (entity.name_zh if lang == "zh" else entity.name_en) or entity.name_zh or entity_id

    def _decline(self, q: Query, reason: str, close: list[FactDoc]) -> Answer:
        seen: list[str] = []
        suggestions = []
        for doc in close:
            if doc.fact.id in seen:
                continue
            seen.append(doc.fact.id)
            suggestions.append(suggestion(doc, q.lang))
        return Answer(q.raw, q.lang, False, "decline", suggestions=suggestions[:3], suggestion_ids=seen[:3],
                      reason=reason, topic=q.topic or "")

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
        docs = [self.docs[i] for _, _, i in ranked if self.docs[i].fact.topic == topic]
        docs += [d for d in self.docs if d.fact.topic == topic and d not in docs]
        docs.sort(key=lambda d: not d.numeric_value)          # stable: figures first, rank order kept
        picked: list[FactDoc] = []
        seen: Counter = Counter()
        for doc in docs:
            if seen[doc.fact.entity] < (3 if doc.entity.type in REGION_TYPES else 1):
                picked.append(doc)
                seen[doc.fact.entity] += 1
            if len(picked) == limit:
                break
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
        for doc in self.docs:
            if doc.fact.id == fact_id:
                return doc
        return None


def leading_number(value: str) -> str:
    """The number a value starts with: 7502.3亿元 -> 7502.3, 第七届 -> 7, 八大园区 -> 8 ('' if none)."""
    m = re.match(r"[\d.]+", value)
    if m:
        return m.group(0)
    m = re.match(r"第?([零一二两三四五六七八九十]+)", value)
    number = cn_to_int(m.group(1)) if m else None
    return str(number) if number is not None else ""


def same_metric(a: Fact, b: Fact) -> bool:
    """Two facts measure the same thing (curators named some metrics differently per article)."""
    return (a.metric == b.metric or bool(a.metric_zh) and a.metric_zh == b.metric_zh
            or bool(a.metric_en) and a.metric_en.lower() == b.metric_en.lower())


def same_measure(a: Fact, b: Fact) -> bool:
    """Two facts give the same figure for possibly different periods: the same metric, or (an
    imported row naming it its own way) the same unit and the same trade flow (进出口, 出口, 进口)."""
    if same_metric(a, b):
        return True
    if not a.unit or a.unit != b.unit or not (leading_number(a.value) and leading_number(b.value)):
        return False
    flow = trade_flow(f"{a.metric_zh} {a.metric_en.lower()}")
    return bool(flow) and flow == trade_flow(f"{b.metric_zh} {b.metric_en.lower()}")


def period_key(doc: FactDoc) -> tuple[str, int]:
    """Newest end first, then the longest span (a whole year over its first eleven months)."""
    start, end = doc.fact.period_start or "", doc.fact.period_end or ""
    return end, -int(start.replace("-", "") or 99999999)


def is_quantity(value: str, value_en: str = "") -> bool:
    """Whether a value is an amount (7502.3, 过亿, 四成, 第四次), not a name or a ranking."""
    return bool(NUMBER_VALUE.search(value) or re.search(r"\d|\bhalf\b|\bdouble", value_en))


def suggestion(doc: FactDoc, lang: str) -> str:
    """A question that the engine answers with this fact, in the asker's language."""
    if lang == "zh":
        name = _short(doc.entity.name_zh, doc.entity.aliases)
        return f"{name} {doc.fact.metric_zh or doc.fact.metric} {doc.fact.period_zh}".strip()
    name = doc.entity.name_en or doc.entity.name_zh
    return f"{name} {doc.fact.metric_en or doc.fact.metric.replace('_', ' ')} {doc.fact.period_en}".strip()


def _short(name: str, aliases: list[str]) -> str:
    zh = [a for a in aliases if re.search(r"[\u3400-\u9fff]", a)]
    return min(zh, key=len) if zh and len(name) > 8 else name


def _has_number(value: str) -> bool:
    return bool(re.search(r"\d", value))
