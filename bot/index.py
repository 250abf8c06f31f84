"""The engine's index of the facts: terms and postings (BM25), entity names, vocabularies. Built once,
kept in a plain-data file beside the database, updated fact by fact (an edit costs milliseconds)."""
from __future__ import annotations

import bisect
import hashlib
import logging
import math
import os
import re
import sqlite3
import time
from array import array
from pathlib import Path

import numpy as np

from knowledge import Entity, FactNotFound, FactStore, Source, StoreError

from . import indexfile
from .factdoc import is_pair, make_doc
from .lexicon import REGION_TYPES
from .matching import EntityMatcher, syllable
from .postings import saturate
from .text import normalise, zh_terms

log = logging.getLogger(__name__)

# The index file is valid only for the code that built it.
CODE_STAMP = hashlib.sha256(b"".join(p.read_bytes()
                                     for p in sorted(Path(__file__).parent.glob("*.py")))).hexdigest()[:16]
BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
MAX_CATCH_UP = 20_000   # more changed facts than this since the file was written: build afresh


class Index:
    """`Index.open(store, path)`; `score()` ranks, `docs[slot]` gives a fact, `catch_up()` follows changes."""

    def __init__(self) -> None:
        self.builds = 0                 # full builds made by this object (tests, benchmarks)
        self.updated = 0                # facts re-indexed incrementally

    # -- opening and building ------------------------------------------------------------
    @classmethod
    def open(cls, store: FactStore, path: Path | None) -> "Index":
        """The index of the store: from its file when that is for this very code and history of the
        base (then brought up to date), else built afresh."""
        index = cls()
        if path is not None and path.exists() and index._load(store, path):
            return index
        index.build(store, path)
        return index

    def _key(self, store: FactStore, version: int) -> dict:
        return {"code": CODE_STAMP, "version": version, "stamp": store.stamp(version)}

    def _load(self, store: FactStore, path: Path) -> bool:
        found = indexfile.read_meta(path)
        if found is None:
            return False
        conn, key = found
        version = key.get("version")
        if (key.get("code") != CODE_STAMP or not isinstance(version, int) or version > store.version
                or key.get("stamp") != store.stamp(version)
                or len(store.changes_after(version, MAX_CATCH_UP + 1)) > MAX_CATCH_UP):
            conn.close()
            return False
        try:
            self._read(conn, store, version)
        except Exception as exc:  # noqa: BLE001 - anything wrong inside the file: build afresh
            log.warning("engine cache %s unreadable (%s); rebuilding", path, exc)
            conn.close()
            return False
        self.path = path
        self.catch_up(store)
        return True

    def _read(self, conn, store: FactStore, version: int) -> None:
        rows = conn.execute("SELECT slot, fact_id, entity, topic, alive FROM docs ORDER BY slot").fetchall()
        if any(row[0] != k for k, row in enumerate(rows)):
            raise ValueError("slots out of order")
        self.postings = indexfile.read_postings(conn)
        extra = {name: indexfile.read_extra(conn, name)
                 for name in ("stats", "by_sound", "known_latin", "normal")}
        self.conn = conn
        self.normal = {str(k): str(v) for k, v in (extra["normal"] or {}).items()}
        self._arrange(store, [(r[1], r[2], r[3], bool(r[4])) for r in rows], extra["stats"])
        self.by_sound = {tuple(k.split(" ")): v for k, v in extra["by_sound"].items()}
        self.known_latin = set(extra["known_latin"])
        self.version = version

    def build(self, store: FactStore, path: Path | None) -> None:
        """Index every fact of the store, and write the index file (when there is one)."""
        started = time.perf_counter()
        version = store.version
        tmp = path.with_name(path.name + f".tmp{os.getpid()}") if path is not None else None
        try:
            if tmp is not None:
                tmp.unlink(missing_ok=True)
            conn = indexfile.connect(tmp, create=True)
        except (OSError, sqlite3.Error) as exc:          # a read-only folder: a private temporary file
            log.warning("cannot write the engine cache beside the database (%s); using a temporary file", exc)
            path = tmp = None
            conn = indexfile.connect(None, create=True)
        entities = {e.id: e for e in store.list_entities()}
        sources = {s.id: s for s in store.list_sources()}
        lists: dict[str, tuple[array, array]] = {}      # compact while building: 5M entries at 100k facts
        lengths = array("i")
        slots, rows, about_words, known_latin = [], [], set(), set()
        for slot, fact in enumerate(store.iter_facts()):
            entity = entities.get(fact.entity) or Entity(fact.entity, "org", fact.entity, fact.entity)
            source = sources.get(fact.source) or Source(fact.source, "", "", "", "")
            doc, about = make_doc(fact, entity, source)
            about_words.update(zh_terms(about))
            known_latin.update(re.findall(r"[a-z]+", doc.text))
            lengths.append(doc.length)
            for term, tf in doc.terms.items():
                entry = lists.get(term)
                if entry is None:
                    entry = lists[term] = (array("i"), array("i"))
                entry[0].append(slot)
                entry[1].append(tf)
            slots.append((fact.id, fact.entity, fact.topic, True))
            rows.append((slot, fact.id, fact.entity, fact.topic, 1, indexfile.encode_doc(doc)))
            if len(rows) >= 2000:
                conn.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)", rows)
                rows = []
        conn.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)", rows)
        del rows
        avg_len = sum(lengths) / max(len(lengths), 1)
        self.postings = saturate(lists, np.asarray(lengths, dtype=np.float64), avg_len)
        stats = {"avg_len": avg_len, "facts": len(slots)}
        self.conn = conn
        self.entities, self.sources = entities, sources
        self._arrange(store, slots, stats, entities, sources)
        self.by_sound = {}
        # the words of names, metrics and keywords, not statements' seams; in order, so that of two pairs
        # sounding alike and used as often, the same one is kept whatever the process's hash seed
        for term in sorted(about_words):
            self._hear(term)
        self.known_latin = known_latin
        self.version = version
        indexfile.write_postings(conn, self.postings)
        indexfile.write_key(conn, self._key(store, version), self._extra())
        conn.commit()
        if path is not None:
            conn.close()
            try:
                os.replace(tmp, path)
                self.conn = indexfile.connect(path, create=False)
            except OSError as exc:
                log.warning("could not write the engine cache %s: %s", path, exc)
                self.conn = indexfile.connect(tmp, create=False)
            self.docs.conn = self.conn
        self.path = path
        self.builds += 1
        log.info("engine index built: %d facts, %d entities in %.0f ms", self.live, len(entities),
                 1000 * (time.perf_counter() - started))

    def _extra(self) -> dict:
        return {"stats": {"avg_len": self.avg_len, "facts": self.built_facts},
                "by_sound": {" ".join(k): v for k, v in self.by_sound.items()},
                "known_latin": sorted(self.known_latin), "normal": self.normal}

    def _arrange(self, store: FactStore, slots: list[tuple[str, str, str, bool]], stats: dict,
                 entities: dict[str, Entity] | None = None,
                 sources: dict[str, Source] | None = None) -> None:
        """The in-memory tables over the slots: entity, region, topic, liveness, ids; idf; names."""
        self.entities = entities if entities is not None else {e.id: e for e in store.list_entities()}
        self.sources = sources if sources is not None else {s.id: s for s in store.list_sources()}
        self.avg_len = float(stats["avg_len"]) or 1.0
        self.built_facts = int(stats["facts"])
        self.codes: dict[str, int] = {}
        self.fact_ids = [s[0] for s in slots]
        self.entity_of = [s[1] for s in slots]
        self.topic_of = [s[2] for s in slots]
        self.alive = np.array([s[3] for s in slots], dtype=bool)
        self.entity_code = np.array([self._code(e) for e in self.entity_of], dtype=np.int32)
        self.slot_of = {fid: k for k, fid in enumerate(self.fact_ids) if slots[k][3]}
        self.by_entity: dict[str, list[int]] = {}
        for k, (_, entity, _, alive) in enumerate(slots):
            if alive:
                self.by_entity.setdefault(entity, []).append(k)
        self._names()
        self.docs = indexfile.DocTable(self.conn, self)
        self.common_df = max(20, self.built_facts // 8)
        n = max(self.live, 1)
        ids_lengths = {t: self.postings.df(t) for t in self.postings}
        self.idf = {t: math.log(1 + (n - df + 0.5) / (df + 0.5)) for t, df in ids_lengths.items()}
        self.unknown_idf = math.log(1 + (n + 0.5) / 0.5) * 0.35
        self.latin_vocabulary = [t for t in ids_lengths if t.isascii() and t.isalpha() and len(t) >= 3]

    def _code(self, entity: str) -> int:
        return self.codes.setdefault(entity, len(self.codes))

    def _names(self) -> None:
        """Entity tables: names per entity, regions, the matcher (names normalised once, kept in file)."""
        normal = self.__dict__.setdefault("normal", {})
        for entity in self.entities.values():
            for name in entity.names():
                if name not in normal:
                    normal[name] = normalise(name)
        self.entity_names = {e.id: [normal[n] for n in e.names() if len(n) >= 2]
                             for e in self.entities.values()}
        region_codes = {self._code(e.id) for e in self.entities.values() if e.type in REGION_TYPES}
        self.region_of = np.isin(self.entity_code, np.fromiter(region_codes, dtype=np.int32))
        self.matcher = EntityMatcher(list(self.entities.values()), normal)

    def _new_entities(self, store: FactStore, ids: set[str]) -> list[Entity]:
        """The changed entities when every one is new to the index (an admin's new firm), else []."""
        try:
            return [] if any(e in self.entities for e in ids) else [store.get_entity(e) for e in sorted(ids)]
        except StoreError:              # added and gone again: the slow way
            return []

    def _add_names(self, entities: list[Entity]) -> None:
        """New entities into the name tables and the matcher, without rebuilding them."""
        for entity in entities:
            self.entities[entity.id] = entity
            for name in entity.names():
                self.normal.setdefault(name, normalise(name))
            self.entity_names[entity.id] = [self.normal[n] for n in entity.names() if len(n) >= 2]
            self.matcher.add(entity, self.normal)

    def _hear(self, term: str) -> None:
        """Keep the most used Chinese pair for each pair of sounds (观重 -> 观众)."""
        if not is_pair(term):
            return
        sound = (syllable(term[0]), syllable(term[1]))
        held = self.by_sound.get(sound)
        if held is None or self.postings.df(term) > self.postings.df(held):
            self.by_sound[sound] = term

    @property
    def live(self) -> int:
        return int(self.alive.sum())

    def live_slots(self) -> list[int]:
        return [int(k) for k in np.flatnonzero(self.alive)]

    def saturation(self, tf: int, length: int) -> float:
        """BM25's term-frequency saturation (k1 = 1.2, b = 0.5)."""
        return tf * 2.2 / (tf + 1.2 * (0.5 + 0.5 * length / self.avg_len))

    # -- following changes ----------------------------------------------------------------
    def catch_up(self, store: FactStore) -> int:
        """Re-index what changed in the base since the index's version; the number of facts redone."""
        changes = store.changes_after(self.version)
        if not changes:
            return 0
        started = time.perf_counter()
        facts = {c.target for c in changes if c.kind == "fact"}
        entities = {c.target for c in changes if c.kind == "entity"}
        if any(c.kind == "source" for c in changes):
            self.sources = {s.id: s for s in store.list_sources()}
            self.docs.forget()
        added = self._new_entities(store, entities) if entities else []
        if entities and not added:          # an entity changed or went: its facts and every name again
            self.entities = {e.id: e for e in store.list_entities()}
            for entity in entities:
                facts.update(self.fact_ids[k] for k in self.by_entity.get(entity, ()))
            self.docs.forget()
        if added:
            self._add_names(added)
        touched: set[str] = set()
        for fact_id in sorted(facts):
            touched |= self._reindex(store, fact_id)
        if entities and not added:
            self._names()
        n = max(self.live, 1)
        for term in sorted(touched):
            df = self.postings.df(term)
            if df:
                self.idf[term] = math.log(1 + (n - df + 0.5) / (df + 0.5))
                self._hear(term)
            else:
                self.idf.pop(term, None)
        self.version = changes[-1].id
        self.updated += len(facts)
        self._persist(store, touched, facts)
        log.info("engine index updated: %d fact(s) in %.0f ms", len(facts),
                 1000 * (time.perf_counter() - started))
        return len(facts)

    def _reindex(self, store: FactStore, fact_id: str) -> set[str]:
        """Take a fact's old entry out and put its current one in; the terms touched."""
        touched: set[str] = set()
        slot = self.slot_of.pop(fact_id, None)
        if slot is not None:
            old = self.docs[slot]
            for term in old.terms:
                self.postings.drop(term, slot)
            touched.update(old.terms)
            self.alive[slot] = False
            self.by_entity[self.entity_of[slot]].remove(slot)
            self.docs.forget(slot)
        try:
            fact = store.get_fact(fact_id)
        except FactNotFound:
            fact = None
        if slot is None and fact is None:
            return touched
        if slot is None:
            slot = len(self.fact_ids)
            self.fact_ids.append(fact_id)
            self.entity_of.append("")
            self.topic_of.append("")
            self.alive = np.append(self.alive, False)
            self.entity_code = np.append(self.entity_code, np.int32(0))
            self.region_of = np.append(self.region_of, False)
        if fact is None:
            self.conn.execute("UPDATE docs SET alive = 0 WHERE slot = ?", (slot,))
            return touched
        entity = self.entities.get(fact.entity) or Entity(fact.entity, "org", fact.entity, fact.entity)
        source = self.sources.get(fact.source) or Source(fact.source, "", "", "", "")
        doc, about = make_doc(fact, entity, source)
        for term, tf in doc.terms.items():
            self.postings.put(term, slot, self.saturation(tf, doc.length))
        touched.update(doc.terms)
        self.known_latin.update(re.findall(r"[a-z]+", doc.text))
        self.latin_vocabulary += [t for t in doc.terms if t not in self.idf and t.isascii() and t.isalpha()
                                  and len(t) >= 3]
        self.fact_ids[slot], self.entity_of[slot], self.topic_of[slot] = fact.id, fact.entity, fact.topic
        self.alive[slot] = True
        self.entity_code[slot] = self._code(fact.entity)
        self.region_of[slot] = entity.type in REGION_TYPES
        self.slot_of[fact.id] = slot
        bisect.insort(self.by_entity.setdefault(fact.entity, []), slot)
        self.conn.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, 1, ?)",
                          (slot, fact.id, fact.entity, fact.topic, indexfile.encode_doc(doc)))
        return touched

    def _persist(self, store: FactStore, touched: set[str], facts: set[str]) -> None:
        """Write the changed postings and the new key with the changed facts, in one transaction."""
        try:
            indexfile.write_changed(self.conn, self.postings, touched)
            indexfile.write_key(self.conn, self._key(store, self.version), self._extra())
            self.conn.commit()
        except Exception as exc:  # noqa: BLE001 - a cache that cannot be written is rebuilt next time
            log.warning("could not update the engine cache: %s", exc)
            self.conn.rollback()

    # -- ranking -----------------------------------------------------------------------------
    def score(self, weights: dict[str, float], extra: list[int], named: set[str],
              boosts: tuple[float, float, float, float],
              depth: int) -> tuple[list[tuple[float, int]], dict[int, float]]:
        """BM25 over the postings: rare terms through their postings, common ones (湖北, wuhan,
        billion) only for the facts the rare ones found. `boosts` multiply the score of a fact of a
        named region, a named other entity, an unnamed region, an unnamed other entity. The best
        `depth` (raw score, slot) pairs, best first, and the weight of question terms each covers."""
        slots = len(self.fact_ids)
        pairs = {t: self.postings.pair(t) for t in weights}
        numbers = [t for t in weights if BARE_NUMBER.fullmatch(t)]
        common = [t for t in weights if len(pairs[t][0]) > self.common_df and t not in numbers]
        if len(common) + len(numbers) == len(weights):
            common = []
        common += numbers       # a bare number finds no fact by itself (in a large base 12345 is some value)
        rare = [(pairs[t], weight) for t, weight in weights.items() if t not in common and len(pairs[t][0])]
        if rare:                # one bincount over all rare terms' postings: the sums, in the terms' order
            ids = np.concatenate([p[0] for p, _ in rare])
            scores = np.bincount(ids, np.concatenate([weight * p[1] for p, weight in rare]), slots)
            lengths = [len(p[0]) for p, _ in rare]
            covered = np.bincount(ids, np.repeat([weight for _, weight in rare], lengths), slots)
            touched = np.bincount(ids, minlength=slots) > 0
        else:
            scores, covered, touched = np.zeros(slots), np.zeros(slots), np.zeros(slots, dtype=bool)
        if extra:
            touched[np.asarray(extra, dtype=np.int64)] = True
        for term in common:
            ids, sats = pairs[term]
            found = touched[ids]
            picked = ids[found]
            scores[picked] += weights[term] * sats[found]
            covered[picked] += weights[term]
        candidates = np.flatnonzero(touched)
        if not len(candidates):
            return [], {}
        raw = scores[candidates]
        region = self.region_of[candidates]
        named_codes = [self.codes[e] for e in named if e in self.codes]
        if named_codes:
            mask = np.zeros(len(self.codes), dtype=bool)
            mask[named_codes] = True
            is_named = mask[self.entity_code[candidates]]
            raw = raw * np.where(is_named, np.where(region, boosts[0], boosts[1]),
                                 np.where(region, boosts[2], boosts[3]))
        elif boosts[2] != 1.0 or boosts[3] != 1.0:
            raw = raw * np.where(region, boosts[2], boosts[3])
        if len(raw) > depth:
            kth = np.partition(raw, len(raw) - depth)[len(raw) - depth]
            candidates, raw = candidates[raw >= kth], raw[raw >= kth]
        order = np.lexsort((candidates, raw))[::-1][:depth]
        best = [(float(raw[k]), int(candidates[k])) for k in order]
        return best, {i: float(covered[i]) for _, i in best}

    def topic_slots(self, topic: str) -> list[int]:
        return [k for k in self.live_slots() if self.topic_of[k] == topic]

    def close(self) -> None:
        self.conn.close()
