"""Where the index keeps its facts and postings: a SQLite file beside the database
(`<db>.engine-cache`, or in memory). Plain data only (JSON, numbers, raw arrays): reading it can
never run code, and its key is checked before anything else in it is used."""
from __future__ import annotations

import json
import logging
import sqlite3
import zlib
from collections import OrderedDict
from pathlib import Path

import numpy as np

from knowledge import Entity, Fact, Source

from .answers import FactDoc
from .postings import Postings

log = logging.getLogger(__name__)

FORMAT = "hubei-index-1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (slot INTEGER PRIMARY KEY, fact_id TEXT NOT NULL, entity TEXT NOT NULL,
                                 topic TEXT NOT NULL, alive INTEGER NOT NULL, payload BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS base (name TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS changed (term TEXT PRIMARY KEY, ids BLOB NOT NULL, sats BLOB NOT NULL);
"""
LRU_SIZE = 4096


def connect(path: Path | None, create: bool) -> sqlite3.Connection:
    """A connection to an index file (read-write), or to a new private one (SQLite's temporary file,
    deleted when closed: the facts stay on disk, not in memory, as with a file beside the base)."""
    if path is None:
        try:
            conn = sqlite3.connect("")
            conn.executescript(SCHEMA)
        except sqlite3.Error:
            conn = sqlite3.connect(":memory:")          # no temporary folder at all: in memory then
    elif create:
        conn = sqlite3.connect(str(path))
        conn.execute("PRAGMA journal_mode = OFF")       # a half-written new file is never renamed into place
        conn.execute("PRAGMA synchronous = OFF")
    else:
        conn = sqlite3.connect(str(path), timeout=5)
    if create:
        conn.executescript(SCHEMA)
    return conn


def read_meta(path: Path) -> tuple[sqlite3.Connection, dict] | None:
    """The file's connection and its key, or None when it is not an index file of this format."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        rows = dict(conn.execute("SELECT name, value FROM meta").fetchall())
        if rows.get("format") != FORMAT:
            raise ValueError("another format")
        meta = json.loads(rows["key"])
        if not isinstance(meta, dict):
            raise ValueError("a key that is no object")
        return conn, meta
    except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
        log.warning("engine cache %s is not a usable index (%s); rebuilding", path, exc)
        conn.close()
        return None


def write_key(conn: sqlite3.Connection, key: dict, extra: dict) -> None:
    """The key (what state of the base and code the file holds) and the derived vocabularies."""
    rows = [("format", FORMAT), ("key", json.dumps(key))] + [(k, json.dumps(v, ensure_ascii=False))
                                                            for k, v in extra.items()]
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", rows)


def read_extra(conn: sqlite3.Connection, name: str):
    row = conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    return json.loads(row[0]) if row else None


def write_postings(conn: sqlite3.Connection, postings: Postings) -> None:
    """The build's shared arrays (the incremental changes go to `changed`)."""
    spans = zlib.compress(json.dumps(postings.spans, ensure_ascii=False).encode())
    # the arrays are handed to SQLite as they are (no copy when they already have the file's byte order)
    conn.executemany("INSERT OR REPLACE INTO base VALUES (?, ?)",
                     [("spans", spans), ("ids", memoryview(np.ascontiguousarray(postings.ids, dtype="<i4"))),
                      ("sats", memoryview(np.ascontiguousarray(postings.sats, dtype="<f8")))])
    conn.execute("DELETE FROM changed")


def write_changed(conn: sqlite3.Connection, postings: Postings, terms: set[str]) -> None:
    rows = []
    for term in terms:
        ids, sats = postings.pair(term)
        rows.append((term, ids.astype("<i4").tobytes(), sats.astype("<f8").tobytes()))
    conn.executemany("INSERT OR REPLACE INTO changed VALUES (?, ?, ?)", rows)


def read_postings(conn: sqlite3.Connection) -> Postings:
    data = dict(conn.execute("SELECT name, data FROM base").fetchall())
    raw_spans = json.loads(zlib.decompress(data["spans"]))
    spans = {term: (int(a), int(b)) for term, (a, b) in raw_spans.items()}
    ids = np.frombuffer(data["ids"], dtype="<i4").astype(np.int32, copy=False)       # read-only views
    sats = np.frombuffer(data["sats"], dtype="<f8").astype(np.float64, copy=False)
    if len(ids) != len(sats) or any(b > len(ids) or a > b for a, b in spans.values()):
        raise ValueError("postings do not fit their arrays")
    postings = Postings(spans, ids, sats)
    for term, tid, tsat in conn.execute("SELECT term, ids, sats FROM changed"):
        postings.changed[term] = (np.frombuffer(tid, dtype="<i4").astype(np.int32),
                                  np.frombuffer(tsat, dtype="<f8").astype(np.float64))
    return postings


def encode_doc(doc: FactDoc) -> bytes:
    """A FactDoc as compressed JSON (its entity and source are stored by id only)."""
    return zlib.compress(json.dumps({
        "fact": doc.fact.to_dict(), "terms": dict(doc.terms), "length": doc.length, "text": doc.text,
        "flags": [doc.date_value, doc.numeric_value, doc.number_value, doc.rank_value],
        "partners": sorted(doc.partners), "groups": sorted(doc.metric_groups), "said": doc.said,
        "figure": doc.figure}, ensure_ascii=False).encode(), 1)


def decode_doc(payload: bytes, entities: dict[str, Entity], sources: dict[str, Source]) -> FactDoc:
    from collections import Counter

    d = json.loads(zlib.decompress(payload))
    fact = Fact(**d["fact"])
    entity = entities.get(fact.entity) or Entity(fact.entity, "org", fact.entity, fact.entity)
    source = sources.get(fact.source) or Source(fact.source, "", "", "", "")
    date_value, numeric_value, number_value, rank_value = d["flags"]
    return FactDoc(fact, entity, source, Counter(d["terms"]), d["length"], d["text"], date_value,
                   numeric_value, number_value, rank_value, frozenset(d["partners"]), frozenset(d["groups"]),
                   d["said"],
                   d["figure"])


class DocTable:
    """The indexed facts by slot, read from the index file when asked for, the last LRU_SIZE read kept."""

    def __init__(self, conn: sqlite3.Connection, index):
        self.conn = conn
        self.index = index
        self.cache: OrderedDict[int, FactDoc] = OrderedDict()

    def __getitem__(self, slot: int) -> FactDoc:
        doc = self.cache.get(slot)
        if doc is not None:
            return doc
        slot = int(slot)
        row = self.conn.execute("SELECT payload FROM docs WHERE slot = ?", (slot,)).fetchone()
        if row is None:
            raise IndexError(slot)
        doc = decode_doc(row[0], self.index.entities, self.index.sources)
        self.cache[slot] = doc
        if len(self.cache) > LRU_SIZE:
            self.cache.popitem(last=False)        # the longest kept goes first
        return doc

    def forget(self, slot: int | None = None) -> None:
        """Drop one slot (or all) from the recent ones, after a change."""
        if slot is None:
            self.cache.clear()
        else:
            self.cache.pop(slot, None)

    def __len__(self) -> int:
        return self.index.live

    def __iter__(self):
        for slot in self.index.live_slots():
            yield self[slot]
