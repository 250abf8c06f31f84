"""The inverted index's postings: for each term, the sorted slots of the facts that use it and
their BM25 saturated term frequencies, as numpy arrays (one shared pair of arrays from the last
full build, plus the terms changed since by incremental updates)."""
from __future__ import annotations

import logging
from array import array
from collections.abc import Iterator

import numpy as np

log = logging.getLogger(__name__)

EMPTY_IDS = np.zeros(0, dtype=np.int32)
EMPTY_SATS = np.zeros(0, dtype=np.float64)


class Postings:
    """term -> (slots, saturations); `in`, `len(get(term))` and `get` as a dict of lists had."""

    def __init__(self, spans: dict[str, tuple[int, int]], ids: np.ndarray, sats: np.ndarray):
        self.spans = spans              # term -> (start, end) in ids/sats
        self.ids = ids
        self.sats = sats
        self.changed: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def pair(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """The slots and saturations of a term (empty arrays when no fact uses it)."""
        found = self.changed.get(term)
        if found is not None:
            return found
        span = self.spans.get(term)
        if span is None:
            return EMPTY_IDS, EMPTY_SATS
        return self.ids[span[0]:span[1]], self.sats[span[0]:span[1]]

    def get(self, term: str, default=()):
        """The slots using a term (for len() and membership), or `default`."""
        ids = self.pair(term)[0]
        return ids if len(ids) else default

    def df(self, term: str) -> int:
        return len(self.pair(term)[0])

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.df(term) > 0

    def __iter__(self) -> Iterator[str]:
        for term in self.spans:
            if term not in self.changed:
                yield term
        for term, (ids, _) in self.changed.items():
            if len(ids):
                yield term

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def put(self, term: str, slot: int, sat: float) -> None:
        """Add (or replace) one slot's entry, keeping the slots sorted."""
        ids, sats = self.pair(term)
        k = int(np.searchsorted(ids, slot))
        if k < len(ids) and ids[k] == slot:
            sats = sats.copy()
            sats[k] = sat
        else:
            ids, sats = np.insert(ids, k, slot), np.insert(sats, k, sat)
        self.changed[term] = (ids.astype(np.int32, copy=False), sats)

    def drop(self, term: str, slot: int) -> None:
        """Remove one slot's entry (nothing when absent)."""
        ids, sats = self.pair(term)
        k = int(np.searchsorted(ids, slot))
        if k < len(ids) and ids[k] == slot:
            self.changed[term] = (np.delete(ids, k), np.delete(sats, k))


def saturate(lists: dict[str, tuple[array, array]], lengths: np.ndarray, avg_len: float) -> Postings:
    """Postings from per-term arrays of ascending slots and term frequencies (emptied as it goes)."""
    # BM25's saturated tf (k1 = 1.2, b = 0.5), as Index.saturation; each entry is held once raw or once
    # in the final arrays, never both: that is the build's peak memory at 100,000 facts.
    total = sum(len(slots) for slots, _ in lists.values())
    ids = np.empty(total, dtype=np.int32)
    sats = np.empty(total, dtype=np.float64)
    spans: dict[str, tuple[int, int]] = {}
    at = 0
    for term in list(lists):
        slots, tfs = lists.pop(term)
        end = at + len(slots)
        ids[at:end] = np.frombuffer(slots, dtype=np.int32)
        tf = np.frombuffer(tfs, dtype=np.int32).astype(np.float64)
        sats[at:end] = tf * 2.2 / (tf + 1.2 * (0.5 + 0.5 * lengths[ids[at:end]] / avg_len))
        spans[term] = (at, end)
        at = end
    return Postings(spans, ids, sats)

