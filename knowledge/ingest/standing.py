"""A partner's standing for a place (东盟是湖北第一大贸易伙伴, 香港是湖北省最大的外资来源地): which of the
place's partners, markets or sources of investment it is, as a ranking of its own."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .vocab import PARTNERS, translate

_PARTNER = "|".join(sorted(map(re.escape, PARTNERS), key=len, reverse=True))
_KIND = r"贸易伙伴|出口市场|进口来源地|外资来源地|投资来源地|出口目的地|境外投资目的地|对外投资目的地|来源地"
STANDING = re.compile(rf"(?P<partner>{_PARTNER})(?:[^，。；,;]{{0,6}}?)(?:是|为|成为|保持|稳居|位居|仍是|作为)"
                      rf"(?P<place>[\u4e00-\u9fff]{{0,6}}?)"
                      rf"(?:第(?P<n>[一二三四五六七八九十\d]{{1,2}})大|(?P<top>最大|首要))的?"
                      rf"(?P<kind>{_KIND})")
_NUMERALS = "一二三四五六七八九十"


@dataclass
class Standing:
    """Which of a place's partners (of a kind) a partner is: 第一 of 外资来源地."""
    start: int
    end: int
    partner: str
    place: str
    rank: str          # 第一, 第三
    kind: str          # 外资来源地


def standings(sentence: str) -> list[Standing]:
    """Every partner said to be a place's first, second… partner, market or source in a sentence."""
    out = []
    for m in STANDING.finditer(sentence):
        n = m.group("n") or "一"
        n = _NUMERALS[int(n) - 1] if n.isdigit() and 0 < int(n) <= 10 else n
        out.append(Standing(m.start(), m.end(), m.group("partner"), m.group("place"), f"第{n}",
                            m.group("kind")))
    return out


def kind_en(kind: str) -> str:
    """The kind of partner in English: 'source of foreign investment', 'trading partner'."""
    return {"贸易伙伴": "trading partner", "出口市场": "export market", "外资来源地": "source of foreign investment",
            "投资来源地": "source of investment", "进口来源地": "source of imports", "来源地": "source",
            "出口目的地": "export destination"}.get(kind) or translate(kind)[0] or kind
