"""Recognising entities in a normalised question: by name and alias, tolerant of homophone typos
(花胡机场 for 花湖机场), of pinyin typed in Latin letters (huahu jichang) and of English misspellings."""
from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from knowledge import Entity

from .bigrams import BigramFilter
from .text import normalise

# How sure a match is, 0-100.
EXACT = 100
HOMOPHONE = 90
PINYIN = 88
ONE_OFF = 80            # one character of a Chinese name mistyped (盖瑞得 for 盖瑞特)
ONE_OFF_HEARD = 85      # ... by one that sounds the same (计蒜 for 计算)
ONE_OFF_LENGTHS = range(3, 9)
DESCRIBED = 75          # a firm described, not named (the bee-products maker): see ranking.described_firm
# Characters that say what kind of place or body a name is: one typed in place of another names another thing.
_KIND_CHARS = frozenset("港湾区园市县省州局厅委司站场馆城镇村路桥江河湖海山")
FUZZY_MIN = 88          # rapidfuzz partial_ratio cut-off for Latin names
MIN_PINYIN_LETTERS = 6  # shorter pinyin would match by chance
_TONES = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")
_NON_WORD = re.compile(r"[^a-z0-9\u3400-\u9fff]+")
_APOSTROPHE_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_APOSTROPHE = re.compile(r"['’]")
_CJK_ONLY = re.compile(r"[^\u3400-\u9fff]")
_LATIN_BY_CJK = re.compile(r"[a-z][\u3400-\u9fff]|[\u3400-\u9fff][a-z]")


def _boundary(before: str, ch: str) -> bool:
    """Latin letters meet Chinese characters here (either way round)."""
    return (("a" <= before <= "z" and "\u3400" <= ch <= "\u9fff")
            or ("\u3400" <= before <= "\u9fff" and "a" <= ch <= "z"))
_NO_ENDS: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def _load_pinyin_dict() -> dict[int, str]:
    """pypinyin's character table alone: importing the package also loads its phrase tables,
    which we do not use and which take a quarter of a second."""
    spec = importlib.util.find_spec("pypinyin")
    path = Path(spec.origin).parent / "pinyin_dict.py"
    module_spec = importlib.util.spec_from_file_location("_hubei_pinyin_dict", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.pinyin_dict


pinyin_dict = _load_pinyin_dict()


SYLLABLES = frozenset(r.translate(_TONES) for readings in pinyin_dict.values() for r in readings.split(","))
MAX_SYLLABLE = 6


@lru_cache(maxsize=8192)
def split_pinyin(word: str) -> tuple[str, ...] | None:
    """'guojiaji' -> ['guo', 'jia', 'ji']; None when the word is not pinyin. Longest syllables
    first, backing off when the rest cannot be cut."""
    if not word or not word.isalpha() or len(word) > 40:
        return None
    best: dict[int, tuple[str, ...] | None] = {len(word): ()}
    for start in range(len(word) - 1, -1, -1):
        best[start] = None
        for size in range(min(MAX_SYLLABLE, len(word) - start), 0, -1):
            piece = word[start:start + size]
            rest = best.get(start + size)
            if piece in SYLLABLES and rest is not None:
                best[start] = (piece, *rest)
                break
    return best[0]


@dataclass(frozen=True)
class EntityHit:
    entity: str
    start: int          # position in the question's key (see `key`), -1 when matched as a whole
    end: int
    confidence: int
    alias: str


_POSSESSIVE_S = re.compile(r"(?<=[a-z])['’]s\b")


def key(text: str, normalised: dict[str, str] | None = None) -> str:
    """Normalised text with every run of non-word characters turned into one space, padded
    (`normalised`: texts already normalised, e.g. names kept in the index file)."""
    known = normalised.get(text) if normalised is not None else None
    # Hubei's pavilion is the Hubei pavilion
    said = _POSSESSIVE_S.sub("", normalise(text) if known is None else known)
    return f" {_NON_WORD.sub(' ', said).strip()} "


@lru_cache(maxsize=None)
def syllable(ch: str) -> str:
    """The first reading of a Chinese character, without tone (its own text for anything else)."""
    readings = pinyin_dict.get(ord(ch))
    if not readings:
        return ch
    return readings.split(",")[0].translate(_TONES)


class EntityMatcher:
    """Built once from the entities; `find(question)` returns the entities a question names."""

    def __init__(self, entities: list[Entity], normalised: dict[str, str] | None = None):
        self.names: list[tuple[str, str]] = []                 # (key text, entity id)
        self.py: dict[tuple[str, ...], set[str]] = {}          # syllables -> entity ids
        self.latin_py: list[tuple[str, str]] = []              # ("huahujichang", entity id)
        self.en_names: dict[str, str] = {}                     # Latin alias -> entity, for fuzzy matching
        for entity in entities:
            for name in entity.names():
                alias = key(name, normalised).strip()
                if not alias:
                    continue
                core = _CJK_ONLY.sub("", alias)
                if core:
                    if len(core) < 2:
                        continue
                    self.names.append((alias, entity.id))
                    if core != alias.replace(" ", ""):
                        continue        # mixed names (TCL武汉) are matched as written only
                    syllables = tuple(syllable(c) for c in core)
                    self.py.setdefault(syllables, set()).add(entity.id)
                    joined = "".join(syllables)
                    if len(syllables) >= 2 and len(joined) >= MIN_PINYIN_LETTERS:
                        self.latin_py.append((joined, entity.id))
                elif len(alias) >= 2:
                    self.names.append((f" {alias} ", entity.id))
                    if len(alias) >= 5:
                        self.en_names[alias] = entity.id
                    squashed = alias.replace(" ", "")
                    if len(squashed) >= MIN_PINYIN_LETTERS and " " in alias:
                        self.latin_py.append((squashed, entity.id))
        regions = (key(n, normalised).strip() for e in entities if e.type == "region" for n in e.names())
        places = {a for a in regions if 2 <= len(a) <= 3 and not _CJK_ONLY.search(a)}
        for alias, eid in list(self.names):     # 湖北的综合形象展区: a place's own name said with 的
            head = next((p for p in places if alias.startswith(p) and len(alias) - len(p) >= 3), "")
            if head and alias[len(head)] != "的":
                self.names.append((f"{head}的{alias[len(head):]}", eid))
        self.one_off: dict[str, set[str]] = {}                  # "盖瑞?" -> entity ids
        self.one_off_names: dict[str, list[str]] = {}
        # by length, the first and the second characters of those names: a window whose first character
        # is no name's can only be a name mistyped in its first character, found by its second
        self.one_off_ends: dict[int, tuple[set[str], set[str]]] = {}
        for alias, eid in self.names:
            if len(alias) in ONE_OFF_LENGTHS and not _CJK_ONLY.search(alias):
                self.one_off_names.setdefault(eid, []).append(alias)
                firsts, seconds = self.one_off_ends.setdefault(len(alias), (set(), set()))
                firsts.add(alias[0])
                seconds.add(alias[1])
                for i in range(len(alias)):
                    self.one_off.setdefault(alias[:i] + "?" + alias[i + 1:], set()).add(eid)
        self.names.sort(key=lambda pair: -len(pair[0]))
        self.by_head: dict[str, list[tuple[str, str]]] = {}      # first two characters -> names
        self.by_word: dict[str, list[tuple[str, str]]] = {}      # Latin names (" huahu port ") by first word
        for alias, eid in self.names:
            if alias.startswith(" "):
                self.by_word.setdefault(alias.split(" ", 2)[1], []).append((alias, eid))
            else:
                self.by_head.setdefault(alias[:2], []).append((alias, eid))
        self.latin_py_heads: dict[str, list[int]] = {}          # first letters -> positions in latin_py
        for k, (joined, _) in enumerate(self.latin_py):
            self.latin_py_heads.setdefault(joined[:MIN_PINYIN_LETTERS], []).append(k)
        self.py_lengths = sorted({len(k) for k in self.py}, reverse=True)
        self.en_list = list(self.en_names)
        self._en_filter: BigramFilter | None = None
        self.en_single = [a for a in self.en_names if " " not in a and len(a) >= 5]
        self.alias_words = {w for alias, _ in self.names for w in alias.split()}

    def add(self, entity: Entity, normalised: dict[str, str] | None = None) -> None:
        """Take in a new entity's names as a rebuild would, in milliseconds (an admin's new firm at 100k)."""
        fresh = EntityMatcher([entity], normalised)
        by_length = lambda pair: -len(pair[0])  # noqa: E731 - longest first, the ones already there first
        self.names = sorted(self.names + fresh.names, key=by_length)
        for mine, theirs in ((self.by_head, fresh.by_head), (self.by_word, fresh.by_word)):
            for head, names in theirs.items():
                mine[head] = sorted(mine.get(head, []) + names, key=by_length)
        for table, more in ((self.py, fresh.py), (self.one_off, fresh.one_off)):
            for k, ids in more.items():
                table.setdefault(k, set()).update(ids)
        for eid, aliases in fresh.one_off_names.items():
            self.one_off_names.setdefault(eid, []).extend(aliases)
        for size, (firsts, seconds) in fresh.one_off_ends.items():
            mine = self.one_off_ends.setdefault(size, (set(), set()))
            mine[0].update(firsts)
            mine[1].update(seconds)
        for joined, eid in fresh.latin_py:
            self.latin_py_heads.setdefault(joined[:MIN_PINYIN_LETTERS], []).append(len(self.latin_py))
            self.latin_py.append((joined, eid))
        self.py_lengths = sorted(set(self.py_lengths) | set(fresh.py_lengths), reverse=True)
        if fresh.en_names:
            self.en_names.update(fresh.en_names)
            self.en_list = list(self.en_names)
            self.en_single = [a for a in self.en_names if " " not in a and len(a) >= 5]
            self._en_filter = None          # built again when a question needs it
        self.alias_words |= fresh.alias_words

    @property
    def en_filter(self) -> "BigramFilter":
        """The prefilter of English names, built when a question first needs it (a third of a second
        at 20,000 names: not at start-up, nor after each new name)."""
        if self._en_filter is None:
            self._en_filter = BigramFilter(self.en_list)
        return self._en_filter

    def find(self, question: str) -> list[EntityHit]:
        q = key(question)
        hits: list[EntityHit] = []
        by_head, by_word = self.by_head, self.by_word
        for start in range(len(q) - 1):
            if q[start] == " ":         # Latin names are padded with spaces: looked up by their first word
                names = by_word.get(q[start + 1:q.find(" ", start + 1)], ())
            else:
                names = by_head.get(q[start:start + 2], ())
            for alias, eid in names:
                if q.startswith(alias, start) and not _another_citys(alias, q, start):
                    hits.append(EntityHit(eid, start, start + len(alias), EXACT, alias.strip()))
        if _LATIN_BY_CJK.search(q):         # Garrett在武汉: a Latin name against Chinese, without spaces
            hits += self._latin_by_cjk(q)
        hits += self._homophones(q)
        hits += self._one_off(q, hits)
        hits += self._latin(q, hits, normalise(question))
        return _resolve(hits)

    def _latin_by_cjk(self, q: str) -> list[EntityHit]:
        """Latin names written against Chinese characters (Garrett在武汉设的, 在Wuhan): looked up with a space
        between the two scripts; their place is given in the question's key, as it is."""
        spaced, back, added = [], [], set()
        for k, ch in enumerate(q):
            if k and _boundary(q[k - 1], ch):
                added.add(len(spaced))
                spaced.append(" ")
                back.append(k)
            spaced.append(ch)
            back.append(k)
        text = "".join(spaced)
        hits = []
        for start in range(len(text) - 1):
            if text[start] != " ":
                continue
            for alias, eid in self.by_word.get(text[start + 1:text.find(" ", start + 1)], ()):
                last = start + len(alias) - 1          # the alias's closing space
                if text.startswith(alias, start) and (start in added or last in added):
                    hits.append(EntityHit(eid, back[start + 1], back[last - 1] + 1, EXACT, alias.strip()))
        return hits

    def _one_off(self, q: str, found: list[EntityHit]) -> list[EntityHit]:
        """Chinese names with one character mistyped."""
        covered = {h.entity for h in found}
        hits = []
        for run in re.finditer(r"[\u3400-\u9fff]{3,}", q):
            text, base = run.group(0), run.start()
            for size in ONE_OFF_LENGTHS:
                firsts, seconds = self.one_off_ends.get(size, _NO_ENDS)
                if not firsts:
                    continue            # no name of this length
                for k in range(len(text) - size + 1):
                    window = text[k:k + size]
                    # mistyped at i >= 1, a name starts with window[0]; at 0, its second is window[1]
                    places = range(0 if window[1] in seconds else 1, size if window[0] in firsts else 1)
                    for i in places:
                        ids = self.one_off.get(window[:i] + "?" + window[i + 1:])
                        if ids:
                            for eid in sorted(ids - covered):      # one order, whatever the hash seed
                                # the same sound in the mistyped place (计蒜 for 计算) makes it surer
                                same = any(len(a) == size and a[:i] == window[:i]
                                           and a[i + 1:] == window[i + 1:]
                                           and syllable(a[i]) == syllable(window[i])
                                           for a in self.one_off_names[eid])
                                if same or window[i] not in _KIND_CHARS:    # 华中港 is no mistyped 华中大
                                    hits.append(EntityHit(eid, base + k, base + k + size,
                                                          ONE_OFF_HEARD if same else ONE_OFF, window))
        return hits

    def _homophones(self, q: str) -> list[EntityHit]:
        """Chinese spans that sound like an alias: 花胡机场, 中欧斑列, 光骨."""
        positions = [i for i, ch in enumerate(q) if "\u3400" <= ch <= "\u9fff"]
        if len(positions) < 2:
            return []
        sounds = [syllable(q[i]) for i in positions]
        hits = []
        for size in self.py_lengths:
            for k in range(len(sounds) - size + 1):
                ids = self.py.get(tuple(sounds[k:k + size]))
                if not ids:
                    continue
                first, last = positions[k], positions[k + size - 1]
                if last - first != size - 1 or _another_citys(q[first:last + 1], q, first):
                    continue
                for eid in sorted(ids):
                    hits.append(EntityHit(eid, first, last + 1, HOMOPHONE, q[first:last + 1]))
        return hits

    def _latin(self, q: str, found: list[EntityHit], text: str) -> list[EntityHit]:
        """Pinyin typed in Latin letters, and misspelt English names (`text`: the normalised question,
        whose apostrophes join a pinyin name's syllables: Jiang'an is one word, not a misspelt Jitang)."""
        latin = re.sub(r"[^a-z]", "", q)
        if len(latin) < MIN_PINYIN_LETTERS:
            return []
        hits = []
        covered = {h.entity for h in found}
        inside = set()          # the names (pinyin) found anywhere in the letters, by their first letters
        for at in range(len(latin) - MIN_PINYIN_LETTERS + 1):
            for k in self.latin_py_heads.get(latin[at:at + MIN_PINYIN_LETTERS], ()):
                if latin.startswith(self.latin_py[k][0], at):
                    inside.add(k)
        for k in sorted(inside):
            joined, eid = self.latin_py[k]
            if eid not in covered:
                hits.append(EntityHit(eid, -1, -1, PINYIN, joined))
                covered.add(eid)
        words = {_APOSTROPHE.sub("", _POSSESSIVE.sub("", w)) for w in _APOSTROPHE_WORD.findall(text)}
        for word in {w for w in words if len(w) >= 5} - self.alias_words:   # a misspelt one-word name
            m = process.extractOne(word, self.en_single, scorer=fuzz.ratio, score_cutoff=80)
            if m and self.en_names[m[0]] not in covered and m[0] != word:
                hits.append(EntityHit(self.en_names[m[0]], -1, -1, int(m[1]) - 5, m[0]))
                covered.add(self.en_names[m[0]])
        ascii_q = re.sub(r"[^a-z0-9 ]+", " ", q)
        exact = [h for h in found if h.confidence == EXACT]
        for hit in exact:           # Wuhan found exact: Changjiang Shanghui may still be a misspelt name
            ascii_q = ascii_q.replace(hit.alias, " ") if hit.alias.isascii() else ascii_q
        ascii_q = re.sub(r" +", " ", ascii_q).strip()
        words = set(ascii_q.split())
        words |= {f"{w}s" for w in words}       # Optic Valley: the first word of Optics Valley written out
        if len(ascii_q) >= 6:
            near = self.en_filter.near(ascii_q)
            for alias, score, _ in process.extract(ascii_q, near, scorer=fuzz.partial_ratio,
                                                   score_cutoff=FUZZY_MIN, limit=5):
                eid = self.en_names[alias]
                if exact and not (" " in alias and alias.split()[0] in words):
                    continue        # beside an exact name, only a name whose first word is written out
                if eid not in covered:
                    hits.append(EntityHit(eid, -1, -1, int(score) - 5, alias))
                    covered.add(eid)
        return hits


# A city's own name before 市商务局 (仙桃市商务局): not the bureau the base calls 市商务局.
_OTHER_CITY_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}(?<!武汉)(?<!湖北)[市省州县区]?$")


def _another_citys(alias: str, q: str, start: int) -> bool:
    """A city's bureau named after another city (仙桃市商务局): not the one the base calls 市商务局."""
    return alias.startswith(("商务", "市", "省")) and bool(_OTHER_CITY_BEFORE.search(q, 0, start))


def _resolve(hits: list[EntityHit]) -> list[EntityHit]:
    """Keep the longest, surest hit of each entity. Exact names come first; a shorter exact name
    inside a longer one of another entity is dropped (武汉 inside 联想武汉), and so is a typo-tolerant
    hit that overlaps anything already kept (湖北企 is not a mistyped 湖北馆 when 湖北 is exact)."""
    hits.sort(key=lambda h: (h.confidence < EXACT, -(h.end - h.start), -h.confidence))
    kept: list[EntityHit] = []
    for hit in hits:
        if any(k.entity == hit.entity for k in kept):
            continue
        if hit.start >= 0 and hit.confidence in (HOMOPHONE, ONE_OFF_HEARD) and hit.end - hit.start >= 4:
            # a mistyped long name swallows a short exact one inside it (长江计蒜: 长江计算, not 长江)
            inner = [k for k in kept if k.confidence == EXACT and hit.start <= k.start and k.end <= hit.end
                     and (hit.end - hit.start) - (k.end - k.start) >= 2]
            if inner and not any(k.start < hit.end and hit.start < k.end for k in kept if k not in inner):
                kept = [k for k in kept if k not in inner]
                kept.append(hit)
                continue
        if hit.start >= 0:
            if hit.confidence == EXACT:
                clash = any(0 <= k.start <= hit.start and hit.end <= k.end
                            and (k.end - k.start) > (hit.end - hit.start)
                            for k in kept)
            else:               # ... or holds a name found exact elsewhere (湖北单位: 湖北 is exact before)
                clash = any(k.start >= 0 and (k.start < hit.end and hit.start < k.end
                                              or k.confidence == EXACT and k.alias in hit.alias)
                            for k in kept)
            if clash:
                continue
        kept.append(hit)
    return kept
