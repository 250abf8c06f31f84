"""Words typed loosely put right before a question is read: a name's possessive without its apostrophe
(Hubeis), a partner's name one letter off (the Untied States) or typed with a character of its sound (对美过),
an English word one or two letters off one the facts' texts use (populaton, quaters)."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .lexicon import ANY_PARTNER, EN_COMMON
from .matching import split_pinyin
from .partner_words import partner_spelt
from .text import stem

if TYPE_CHECKING:
    from .reader import ReadIndex

_LATIN_WORD = re.compile(r"(?<![a-z'’])[a-z]{6,}(?![a-z'’])")     # short ones are too often other words
_SHORT_WORD = re.compile(r"(?<![a-z'’])[a-z]{4,5}(?![a-z'’])")    # ... but for two letters swapped (grwo)
# A Latin word ending in s: perhaps a name's possessive without its apostrophe (Hubeis).
_S_WORD = re.compile(r"(?<![a-z'’])([a-z]{4,})s(?![a-z'’])")


class Speller:
    """Puts a normalised question's loosely typed words right, over one index; what it met is remembered."""

    def __init__(self, index: ReadIndex, heard: Callable[[str], str]) -> None:
        self.index = index
        self.heard = heard                          # a Chinese pair -> the facts' pair of the same sound
        self.respelt: dict[str, str] = {}           # misspelt word -> the facts' word, filled as met
        self._known: list[str] | None = None        # the facts' Latin words, sorted when first needed

    def put_right(self, text: str) -> str:
        return self._words_spelt(self._partners_spelt(self._possessives(text)))

    def _possessives(self, text: str) -> str:
        """A name's possessive typed without its apostrophe read as the name (Hubeis exhibition area:
        Hubei's), when the word with its s is none the facts use."""
        if not _S_WORD.search(text):
            return text
        names, known = self.index.matcher.alias_words, self.index.known_latin
        return _S_WORD.sub(lambda m: m.group(1) if m.group(1) in names and m.group(0) not in known
                           and m.group(0) not in names and m.group(1) not in EN_COMMON else m.group(0), text)

    def _words_spelt(self, text: str) -> str:
        """A text with English words misspelt by a letter or two put right where the facts' texts use the
        word (populaton, quaters): every check then reads what was meant. Pinyin and common words stay."""
        def right(m: re.Match) -> str:
            word = m.group(0)
            if (word in self.index.known_latin or word in EN_COMMON or split_pinyin(word) is not None
                    or stem(word) in self.index.postings):      # a form of a word the facts use (larger)
                return word
            if word not in self.respelt:     # one edit (a letter missed, doubled or swapped); two if long
                if self._known is None:      # one order, whatever the hash seed: ties resolve alike
                    self._known = sorted(self.index.known_latin)
                found = process.extractOne(word, self._known, scorer=OSA.distance,
                                           score_cutoff=1 if len(word) < 9 else 2)
                near = found[0] if found else word
                self.respelt[word] = near if abs(len(near) - len(word)) <= 1 and near[0] == word[0] and not (
                    near.startswith(word) or word.startswith(near)) else word    # larger is no misspelt large
            return self.respelt[word]
        text = _LATIN_WORD.sub(right, text) if _LATIN_WORD.search(text) else text
        return _SHORT_WORD.sub(self._swapped, text) if _SHORT_WORD.search(text) else text

    def _swapped(self, m: re.Match) -> str:
        """A short word with two letters swapped (grwo), put right only when it is no word the facts use,
        nor pinyin, and the swap gives one they do (grow: a stem of their growth)."""
        word = m.group(0)
        postings, known = self.index.postings, self.index.known_latin
        if word in known or word in EN_COMMON or stem(word) in postings or split_pinyin(word):
            return word
        swaps = (word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1))
        return next((w for w in swaps if w in known or stem(w) in postings), word)

    def _partners_spelt(self, text: str) -> str:
        """A text with partners' misspelt names put right (the Untied States, Thialand): a word the facts do
        not use, no pinyin, that names a partner once put right, alone or with the words beside it."""
        def right(m: re.Match) -> str:
            word = m.group(0)
            if word in EN_COMMON or word in self.index.known_latin or split_pinyin(word) is not None:
                return word
            spelt = partner_spelt(word)
            before = text[max(0, m.start() - 15):m.start()]
            around = f"{before}{spelt}{text[m.end():m.end() + 15]}"
            at = len(before)
            return spelt if spelt != word and any(f.start() < at + len(spelt) and f.end() > at
                                                  for f in ANY_PARTNER.finditer(around)) else word
        text = re.sub(r"[a-z]{4,}", right, text) if re.search(r"[a-z]{4,}", text) else text
        for k in range(len(text) - 1):      # 对美过进出口: 美国 typed with a character of its sound
            pair = text[k:k + 2]
            heard = self.heard(pair) if "\u4e00" <= pair[0] <= "\u9fff" else pair
            if heard != pair:
                said, at = text[:k] + heard + text[k + 2:], max(0, k - 4)
                before = {m.span() for m in ANY_PARTNER.finditer(text[at:k + 6])}
                if any(at + m.start() < k + 2 and at + m.end() > k and m.span() not in before
                       for m in ANY_PARTNER.finditer(said[at:k + 6])):
                    text = said
        return text
