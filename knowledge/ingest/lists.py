"""Names listed in a sentence as the answer to 'which' (出口货物涵盖A、B和C等, 前四大贸易伙伴依次为A、B、C,
A、B等一批优质企业通过香港走向世界): the kind of thing named, and the names in their order."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .vocab import translate

# What a list of names can be of: goods, partners, markets, firms, places, industries.
KINDS = (r"货物|商品|产品|货品|品类|品种|伙伴|市场|来源地|目的地|企业|鄂企|公司|品牌|国家|地区|城市|产业|行业|领域|"
         r"项目|口岸|港口")
_ITEM = r"[\u4e00-\u9fffA-Za-z（）()·]{2,14}?"
_ITEMS = rf"(?P<items>{_ITEM}(?:(?:、|和|及|与|以及){_ITEM})+)"
# The kind named first, then the names: 出口货物涵盖A、B和C、D等农副产品; 前四大贸易伙伴依次为A、B、C、D.
_HEAD_FIRST = re.compile(rf"(?P<head>[^，。；,;：:]{{0,16}}?(?:{KINDS}))(?:主要)?(?:有|包括|涵盖|覆盖|囊括|"
                         rf"依次为|依次是|分别为|分别是|主要为|主要是)"
                         rf"{_ITEMS}(?:等(?P<rest>[\u4e00-\u9fff]{{0,8}}))?(?=[，。；,;]|$)")
# The names first, then 等 and the kind with what is said of them: A、B等一批优质鄂企通过香港走向世界.
_NAMES_FIRST = re.compile(rf"(?:^|(?<=[，。；,;]))(?:如|像|例如|比如)?{_ITEMS}等(?:一批|一大批|多家|众多|"
                          rf"[一二三四五六七八九十两]+家)(?P<kind>[\u4e00-\u9fff]{{0,4}}?(?:企业|鄂企|公司|品牌))"
                          rf"(?P<said>[^，。；,;]{{2,16}})(?=[，。；,;]|$)")


@dataclass
class NameList:
    """A list of names in a sentence: where it starts, what it lists (出口货物), and the names."""
    start: int
    head: str
    items: list[str]


# Words no name holds: a list whose item has them has taken in the words before it (该产品还在日本、…).
_NOT_A_NAME = re.compile(r"[在把将要正是有为对从向让使]|^(?:一批|一架|涉及|用于|满载)|[一二三四五六七八九十两]大")


def _items(words: str) -> list[str]:
    """The names of a 、/和 list, each without the words before its own 的 (欧洲生产的奶粉 -> 奶粉); none when
    an item is no name."""
    out = [x.rpartition("的")[2].strip() for x in re.split(r"、|以及|和|及|与", words)]
    if any(len(x) > 10 or _NOT_A_NAME.search(x) for x in out):
        return []
    return [x for x in out if len(x) >= 2]


def name_lists(sentence: str) -> list[NameList]:
    """Every list of names with the kind it lists; none that holds a figure (分别为3亿元、5亿元)."""
    out = []
    for m in _HEAD_FIRST.finditer(sentence):
        items = _items(m.group("items"))
        if len(items) >= 2 and not re.search(r"\d", m.group(0)):
            out.append(NameList(m.start("head"), m.group("head"), items))
    for m in _NAMES_FIRST.finditer(sentence):
        items = _items(m.group("items"))
        if len(items) >= 2 and not re.search(r"\d", m.group(0)):
            said = m.group("said")
            out.append(NameList(m.start("items"), f"{said}的{m.group('kind')}", items))
    return out


def name_en(item: str) -> str:
    """A name in English where the glossary knows all of it, else as printed."""
    en, covered = translate(item)
    return en if en and covered >= 0.99 else item


def names_en(items: list[str]) -> str:
    """The names in English: 'A, B and C'."""
    words = [name_en(item) for item in items]
    return ", ".join(words[:-1]) + " and " + words[-1]


def head_en(head: str) -> str:
    """What the list is of, in English ('' when the glossary covers too little of it): 前四大贸易伙伴 ->
    top four trading partners."""
    top = re.match(r"前([二三四五六七八九十])大", head)
    en, covered = translate(head[top.end():] if top else head)
    if top:
        en = f"top {_TOP_EN[_TOP.index(top.group(1))]} {en}"
    return en if covered >= 0.6 else ""


_TOP = "二三四五六七八九十"
_TOP_EN = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# What a place or zone focuses on (襄阳片区…围绕新能源汽车引进一批项目, 宜昌片区聚焦生物医药产业): its industry.
_FOCUS = re.compile(r"(?:聚焦|围绕|主打|重点发展|深耕|专注于?)(?P<what>[\u4e00-\u9fff]{2,10}?)(?P<kind>产业|行业)?"
                    r"(?=[，。；,;]|引进|招商|建设|打造|发展)")


def focus(sentence: str) -> list[tuple[int, str]]:
    """(where, industry) for each industry a sentence says its subject focuses on."""
    return [(m.start(), m.group("what")) for m in _FOCUS.finditer(sentence)
            if not re.search(r"\d|[、等和]|^[这该此本各其]|[一二三四五六七八九十两]大|(?:企业|项目|平台|优势)$",
                             m.group("what"))
            and (m.group("kind") or re.match(r"引进|招商", sentence[m.end():]))]


_STOP = r"始发站|终到站|终点站|起点站|发车站|集结中心|到达站"
# A route's or service's station named after its role (…的始发站和终到站武汉某某车站): the station.
_ROLE = re.compile(rf"的(?P<role>(?:{_STOP})(?:[和及与、](?:{_STOP}))?)(?:是|为|均为|都是)?"
                   rf"(?P<name>[\u4e00-\u9fff]{{2,12}}?(?:车站|火车站|站|港|物流园|物流基地|集结中心))")


def stations(sentence: str) -> list[tuple[int, str, str]]:
    """(where, role, station) for each station a sentence names by its role: 的始发站为某某站."""
    return [(m.start(), m.group("role"), m.group("name")) for m in _ROLE.finditer(sentence)]
