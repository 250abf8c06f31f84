"""Parts of a question that name things without making them its subject: the source it cites
(据中新网关于…的报道, according to the paper's report on …), the occasion (在…华创会上) and the
examples of a group it asks about (对美国、欧盟等传统市场, traditional markets (US, EU, Japan)). A firm or
partner named only there does not veto a fact about the region or group the question is about."""
from __future__ import annotations

import re

from .matching import EntityHit, key

_ITEM = r"(?:(?!多少|哪|几|什么)[^\s\d，,。？?；;：:、()（）]){1,8}"
_ITEM_START = r"(?:^|(?<=[\s，,。？?；;：:对与向同在从到如括]))"      # after a break or 对/与/包括…
# Examples closed by 等 (美国、欧盟、日本及中国香港等): two items or more, joined by 、 (a comma once
# normalised) or a last 及/和/与.
_EXAMPLES = rf"{_ITEM}(?:[、,，]{_ITEM})+(?:(?:以及|及|和|与){_ITEM})?等"
_EXAMPLES_ZH = re.compile(_ITEM_START + _EXAMPLES)
# The same wherever it starts (湖北新能源汽车、集成电路等…产品: what it blanks may take a name along).
_EXAMPLES_ANYWHERE = re.compile(_EXAMPLES)
# A bracketed list of two items or more: (US, EU, Japan), （美国、欧盟）.
_BRACKETED_LIST = re.compile(r"[(（][^()（）]{1,80}?[,，、][^()（）]{1,80}?[)）]")
# The source cited: 据…报道/报告/发布会, according to / per … report (up to the clause's end).
_SOURCE_ZH = re.compile(r"据[^，,。？?；;]{1,50}?(?:报道|报告|发布会|通报|消息|披露)")
_SOURCE_EN = re.compile(r"\b(?:according to|per|as reported (?:by|in))\b[^,?;]{1,120}?"
                        r"\b(?:report|article|story|briefing|announcement|release)\b"
                        r"(?: (?:on|about) [^,?;]{1,60})?")


def _group(text: str, start: int, end: int) -> str:
    """The group the examples stand for: the two characters after 等 (传统市场 -> 传统), or the last
    words before a bracketed list (traditional markets (US, EU) -> traditional markets)."""
    if text[end - 1] == "等":
        return text[end:end + 2] if re.match(r"[\u4e00-\u9fff]{2}", text[end:end + 2]) else "\0"
    before = text[:start].rstrip()
    words = re.findall(r"[a-z][a-z'-]*", before[-40:])
    if words and before.endswith(words[-1]):
        return " ".join(words[-2:])
    return before[-2:] if re.fullmatch(r"[\u4e00-\u9fff]{2}", before[-2:]) else "\0"


# The occasion something happened at (在第二十四届华创会上, 在进博会期间): where, not whose figure.
_OCCASION = re.compile(r"在(?:(?!几|幾|哪|多少|什么)[^，,。？?；;\s]){0,16}?(?:会|论坛|峰会|博览会|交易会|洽谈会|展)"
                       r"(?:的)?(?:开幕式|闭幕式|现场)?"
                       r"(?:上|期间)")


def source_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the question cites its source (据…的报道, according to … report on …)."""
    return tuple(m.span() for pattern in (_SOURCE_ZH, _SOURCE_EN) for m in pattern.finditer(text))


# A clause telling what someone said or aimed at describes them (the CEO that talked about entering 60
# countries by 2030): its date is not the period asked.
_SAID_CLAUSE = re.compile(r"\b(?:that|who) (?:talked|spoke|said|announced|mentioned|promised|pledged|vowed|"
                          r"predicted|targeted|set out)\b[^,?;.]*")


def said_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the question tells what someone it asks about said (that talked about …)."""
    return tuple(m.span() for m in _SAID_CLAUSE.finditer(text))


def aside_spans(text: str, fact_text: str) -> tuple[tuple[int, int], ...]:
    """Where the question names its source, or examples of a group the fact (its normalised text) is
    about, as (start, end) offsets of the text."""
    spans = list(source_spans(text)) + [m.span() for m in _OCCASION.finditer(text)]
    spans += [m.span() for pattern in (_EXAMPLES_ZH, _BRACKETED_LIST) for m in pattern.finditer(text)
              if _group(text, *m.span()) in fact_text]
    return tuple(spans)


def without_examples(text: str) -> str:
    """The text with every list of examples blanked (新能源汽车、集成电路等高技术产品: the group is asked, the
    examples narrow nothing)."""
    patterns = (_EXAMPLES_ANYWHERE, _BRACKETED_LIST)
    spans = tuple(m.span() for pattern in patterns for m in pattern.finditer(text))
    return blank(text, spans)


def blank(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The text with the spans blanked (same length, offsets kept)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def names_only_blanked(text: str, free: str, hits: list[EntityHit]) -> set[str]:
    """The names of hits that the text says only where `free` (the text with asides blanked) is blank."""
    said, kept = key(text), key(free)
    return {h.alias for h in hits if h.alias in said and h.alias not in kept}
