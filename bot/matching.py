"""Recognising entities in a normalised question: by name and alias, tolerant of homophone typos
(花胡机场 for 花湖机场), of pinyin typed in Latin letters (huahu jichang) and of English misspellings."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pypinyin import lazy_pinyin
from pypinyin.pinyin_dict import pinyin_dict
from rapidfuzz import fuzz, process

from knowledge import Entity

from .text import has_cjk, normalise

# How sure a match is, 0-100.
EXACT = 100
HOMOPHONE = 90
PINYIN = 88
FUZZY_MIN = 88          # rapidfuzz partial_ratio cut-off for Latin names
MIN_PINYIN_LETTERS = 5  # shorter pinyin (e.g. "ezhou" is 5) would match by chance
_TONES = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")


@dataclass(frozen=True)
class EntityHit:
    entity: str
    start: int
    end: int
    confidence: int
    alias: str


def _syllable(ch: str) -> str:
    readings = pinyin_dict.get(ord(ch))
    if not readings:
        return ch
    return readings.split(",")[0].translate(_TONES)


class EntityMatcher:
    """Built once from the entities; `find(question)` returns the entities a question names."""

    def __init__(self, entities: list[Entity]):
        self.zh: list[tuple[str, str]] = []         # (alias, entity id), Chinese aliases
        self.en: list[tuple[re.Pattern, str, str]] = []
        self.py: dict[tuple[str, ...], set[str]] = {}   # syllables -> entity ids
        self.latin_py: list[tuple[str, str]] = []   # ("huahujichang", entity id)
        self.en_names: dict[str, str] = {}          # alias -> entity, for fuzzy matching
        for entity in entities:
            for name in entity.names():
                alias = normalise(name)
                if not alias:
                    continue
                if has_cjk(alias):
                    core = re.sub(r"[^\u3400-\u9fff]", "", alias)
                    if len(core) < 2:
                        continue
                    self.zh.append((alias, entity.id))
                    syllables = tuple(lazy_pinyin(core))
                    self.py.setdefault(syllables, set()).add(entity.id)
                    joined = "".join(syllables)
                    if len(syllables) >= 2 and len(joined) >= MIN_PINYIN_LETTERS + 1:
                        self.latin_py.append((joined, entity.id))
                elif len(alias) >= 2:
                    words = alias.replace("-", " ").split()
                    pattern = re.compile(r"(?<![a-z0-9])" + r"[\s-]*".join(map(re.escape, words)) + r"(?![a-z0-9])")
                    self.en.append((pattern, alias, entity.id))
                    if len(alias) >= 6:
                        self.en_names[alias] = entity.id
                    squashed = alias.replace(" ", "").replace("-", "")
                    if len(squashed) >= MIN_PINYIN_LETTERS + 1 and " " in alias:
                        self.latin_py.append((squashed, entity.id))
        self.zh.sort(key=lambda pair: -len(pair[0]))
        self.py_lengths = sorted({len(k) for k in self.py}, reverse=True)
        self.en_list = list(self.en_names)

    def find(self, q: str) -> list[EntityHit]:
        hits: list[EntityHit] = []
        for alias, eid in self.zh:
            start = q.find(alias)
            while start >= 0:
                hits.append(EntityHit(eid, start, start + len(alias), EXACT, alias))
                start = q.find(alias, start + 1)
        for pattern, alias, eid in self.en:
            for m in pattern.finditer(q):
                hits.append(EntityHit(eid, m.start(), m.end(), EXACT, alias))
        hits += self._homophones(q)
        hits += self._latin(q, hits)
        return _resolve(hits)

    def _homophones(self, q: str) -> list[EntityHit]:
        """Chinese spans that sound like an alias: 花胡机场, 中欧斑列, 光骨."""
        positions = [i for i, ch in enumerate(q) if "\u3400" <= ch <= "\u9fff"]
        if len(positions) < 2:
            return []
        sounds = [_syllable(q[i]) for i in positions]
        hits = []
        for size in self.py_lengths:
            for k in range(len(sounds) - size + 1):
                ids = self.py.get(tuple(sounds[k:k + size]))
                if not ids:
                    continue
                first, last = positions[k], positions[k + size - 1]
                if last - first != size - 1:
                    continue
                for eid in ids:
                    hits.append(EntityHit(eid, first, last + 1, HOMOPHONE, q[first:last + 1]))
        return hits

    def _latin(self, q: str, found: list[EntityHit]) -> list[EntityHit]:
        """Pinyin typed in Latin letters, and misspelt English names."""
        latin = re.sub(r"[^a-z]", "", q)
        if len(latin) < MIN_PINYIN_LETTERS:
            return []
        hits = []
        covered = {h.entity for h in found}
        for joined, eid in self.latin_py:
            if eid not in covered and joined in latin:
                hits.append(EntityHit(eid, -1, -1, PINYIN, joined))
        ascii_q = re.sub(r"[^a-z0-9 ]", " ", q)
        if len(ascii_q.strip()) >= 6:
            for alias, score, _ in process.extract(ascii_q, self.en_list, scorer=fuzz.partial_ratio,
                                                   score_cutoff=FUZZY_MIN, limit=5):
                eid = self.en_names[alias]
                if eid not in covered:
                    hits.append(EntityHit(eid, -1, -1, int(score) - 5, alias))
        return hits


def _resolve(hits: list[EntityHit]) -> list[EntityHit]:
    """Keep the longest, surest hits; drop a hit inside a longer one of another entity
    (武汉 inside 联想武汉工厂's alias 联想武汉)."""
    hits.sort(key=lambda h: (-(h.end - h.start), -h.confidence))
    kept: list[EntityHit] = []
    for hit in hits:
        if any(k.entity == hit.entity for k in kept):
            continue
        inside = hit.start >= 0 and any(
            k.start >= 0 and k.start <= hit.start and hit.end <= k.end and (k.end - k.start) > (hit.end - hit.start)
            for k in kept)
        if not inside:
            kept.append(hit)
    return kept
