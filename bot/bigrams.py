"""A prefilter for fuzzy matching of English names: the names that can reach the cut-off against a text,
found by the character pairs they share with it (numpy), so only those are scored."""
from __future__ import annotations

from collections import Counter

import numpy as np


class BigramFilter:
    """The names that can reach partial_ratio >= FUZZY_MIN against a text, in their order: a name of
    length m (or a text, if shorter) scoring r% against a window shares at least (3r/100 - 2)m - 1
    character pairs with it (pairs kept adjacent by the alignment); we ask for half the length minus
    one, below that bound at 88%. Scoring only these gives exactly what scoring all would."""

    def __init__(self, names: list[str]):
        self.names = names
        self.lengths = np.array([len(n) for n in names], dtype=np.int32)
        pairs: dict[str, dict[int, int]] = {}
        for k, name in enumerate(names):
            for pair, count in Counter(name[i:i + 2] for i in range(len(name) - 1)).items():
                pairs.setdefault(pair, {})[k] = count
        self.pairs = {p: (np.fromiter(d, dtype=np.int32, count=len(d)),
                          np.fromiter(d.values(), dtype=np.int32, count=len(d))) for p, d in pairs.items()}

    def near(self, text: str) -> list[str]:
        """The names sharing enough character pairs with the text, in their order."""
        ids: list[np.ndarray] = []
        counts: list[np.ndarray] = []
        for pair, count in Counter(text[i:i + 2] for i in range(len(text) - 1)).items():
            found = self.pairs.get(pair)
            if found is not None:       # each name's pairs shared: the fewer of its count and the text's
                ids.append(found[0])
                counts.append(np.minimum(found[1], count))
        shared = (np.bincount(np.concatenate(ids), weights=np.concatenate(counts), minlength=len(self.names))
                  if ids else np.zeros(len(self.names)))
        need = np.minimum(self.lengths, len(text)) * 0.5 - 1
        return [self.names[k] for k in np.flatnonzero(shared >= need)]
