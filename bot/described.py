"""A firm described rather than named, where the description names others: a customer (给联想华为做电脑主板的
那家公司), a parent (东风那个越野电动车牌子, Dongfeng's upmarket electric car brand), a buyer abroad (给日本大厂供…的
那家武汉企业). What the description names is not the subject; the question is read again with the firm's name
in the description's place (see ranking.described_firm for which firm is meant)."""
from __future__ import annotations

import re

from knowledge import Entity

from .answers import Query

_STOP = r"[^,.;?!:。；？！：\s]"                # within one clause
_ITEMS = r"(?:[\u4e00-\u9fff]{1,8},){0,4}"      # 东风,蔚来,理想 (a list read with commas)
_NOUN = (r"(?<![让使帮给为供向和与对])(?:公司|企业|厂商|厂家|工厂|大厂|集团|老字号|小巨人|品牌|牌子|商社|供应商|"
         r"制造商|车企|药企|外企|民企|巨头|独角兽)")
_ZH = re.compile(rf"(?:^|(?<=[,.;?!:。；？！：\s])){_ITEMS}{_STOP}{{2,40}}?的(?:那|这)(?:家|个){_STOP}{{0,16}}?{_NOUN}|"
                 rf"(?:那|这)(?:家|个){_ITEMS}{_STOP}{{1,40}}?{_NOUN}")
# a word of the description, no clause between (not "the 7th CIIE as a group")
_WORD = r"(?!(?:as|in|of|at|to|for|by|with|and|or|on|from|is|are|was|were)\b)[\w'’-]+\s+"
_EN = re.compile(rf"\b(?:the|that|this)\s+(?:{_WORD}){{0,5}}?(?:company|maker|manufacturer|firm|supplier|"
                 r"producer|exporter|enterprise|brand|group|start-?up|carmaker|automaker)\b|"
                 rf"\b[\w-]+['’]s\s+(?:{_WORD}){{0,4}}?(?:brand|subsidiary|marque)\b")


def description_span(text: str, names: list[str]) -> tuple[int, int] | None:
    """Where the question describes the firm it asks about (its normalised text), or None; with a name said
    right before it (东风那个越野电动车牌子: whose brand)."""
    found = _ZH.search(text) or _EN.search(text)
    if not found:
        return None
    start, end = found.span()
    owner = max((n for n in names if n and text[:start].endswith(n)), key=len, default="")
    return start - len(owner), end


def as_named(q: Query, span: tuple[int, int], firm: Entity) -> str:
    """The question's text with the firm's name said instead of its description, in its language."""
    name = firm.name_en if q.lang == "en" and firm.name_en else firm.name_zh
    return f"{q.text[:span[0]]}{name}{q.text[span[1]:]}"
