"""Events where projects are signed, named without quotes at the head of a clause
(2031湖北—江西经贸合作投资推介会上，…): the event is the subject of the figures signed there."""
from __future__ import annotations

import logging
import re

from pypinyin import lazy_pinyin

log = logging.getLogger(__name__)

_KIND = r"推介会|洽谈会|招商会|对接会|恳谈会|签约仪式|签约会"
# The event named at the head of a clause, then 上/期间/现场: its figures follow.
# Said after the day it was held too (在11月3日举行的2020荆门(杭州)经贸合作洽谈会上), its name with a place in brackets.
EVENT_AT = re.compile(rf"(?:^|(?<=[，。；,;])|(?<=[举召]行的|举办的))((?:20\d\d年?)?[\u4e00-\u9fff—－-]{{2,30}}?"
                      rf"(?:[(（][\u4e00-\u9fff]{{2,6}}[)）][\u4e00-\u9fff]{{2,12}}?)?(?:{_KIND}))(?=上|期间|现场)")
# 湖北—江西…投资推介会: the two places joined by a dash, and the kind of event at the end.
_PAIR = re.compile(rf"^(?:20\d\d年?)?([\u4e00-\u9fff]{{2,4}}[—－-][\u4e00-\u9fff]{{2,4}})"
                   rf".*?((?:投资)?(?:{_KIND}))$")
_PAIR_PLACES = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:产业|经贸|投资|合作|开放)")


def event_aliases(name: str) -> list[str]:
    """Shorter names a reader uses for an event: without its year, and its places with its kind."""
    out = []
    bare = re.sub(r"^20\d\d年?", "", name)
    if bare != name and len(bare) >= 4:
        out.append(bare)
    m = _PAIR.match(name)
    if m:
        places, kind = m.groups()
        second = _PAIR_PLACES.match(re.split(r"[—－-]", places)[1] + "产业")
        if second:
            places = re.split(r"[—－-]", places)[0] + "—" + second.group(1)
        out += [places + kind, places + kind.removeprefix("投资")]
        year = re.match(r"20\d\d", name)
        out += [year.group(0) + places + kind] if year else []
    return [a for a in dict.fromkeys(out) if a != name]


def events_at(text: str) -> list[re.Match]:
    """Events named at the head of a clause in a sentence (…推介会上)."""
    return list(EVENT_AT.finditer(text))


_THIS = re.compile(rf"^(?:本次|此次|这次|该次|本届|此届)(?:活动|会议|大会|推介会|洽谈会|签约)?|^(?:{_KIND})(?:上|期间)|"
                   r"^(?:开幕式|闭幕式|开幕当天|启动仪式|签约仪式)(?:上|期间|现场)")


def this_event(clause: str) -> bool:
    """Whether a clause opens on the event just named (本次签约…, 此次集中签约…, 据了解，洽谈会上…)."""
    return bool(_THIS.match(_LEAD_IN.sub("", clause.strip())))


_LEAD_IN = re.compile(r"^(?:据了解|据悉|据介绍|据统计|另据统计|此外|同时)[，,]?")


def without_repeats(words: str) -> str:
    """A metric name with a word said twice in a row once (重点合作项目签约签约总金额 -> …签约总金额)."""
    return re.sub(r"([\u4e00-\u9fff]{2})\1", r"\1", words)


# A short name of three characters that ends an event's kind (华创会, 汉交会): an abbreviation when its characters
# stand in the long name in order (华侨华人创业发展洽谈会, 武汉(汉口北)商品交易会).
_SHORT_EVENT = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}会|(?<=[的届年在，,。；、“])[\u4e00-\u9fff]{2}会")


def abbreviations(name: str, text: str) -> list[str]:
    """The short names an article uses for an event without saying so (华创会 for 华侨华人创业发展洽谈会), and
    their pinyin as English readers write them (Huachuanghui)."""
    shorts = _abbreviations(name, text)
    return shorts + ["".join(lazy_pinyin(short)).capitalize() for short in shorts]


def _abbreviations(name: str, text: str) -> list[str]:
    if not name.endswith("会"):
        return []
    long = re.sub(r"^(?:20\d\d年?|第[一二三四五六七八九十百\d]+届)", "", name)
    found = []
    for short in dict.fromkeys(m.group(0) for m in _SHORT_EVENT.finditer(text)):
        if short in long or short in ("大会", "年会"):
            continue
        at = 0
        for c in short:
            at = long.find(c, at) + 1
            if not at:
                break
        if at and short[0] in long[:4]:         # its first character among the long name's first
            found.append(short)
    return found


_EVENT_KIND = r"(?:洽谈会|博览会|交易会|展览会|推介会|招商会|论坛|峰会|大会)"
_EDITION_OF = re.compile(rf"(?:第[一二三四五六七八九十百\d]+|首)届([\u4e00-\u9fff]{{2,16}}?{_EVENT_KIND})")   # 首届楚商大会


def story_event(heads: str, names: list[str], text: str) -> str | None:
    """The event a story is about: one named in its title or lead (第十九届某某洽谈会, or a name found there)
    whose name or short name the body says at least three times; 'new:' and its name, else None."""
    editions = [m.group(1) for m in _EDITION_OF.finditer(heads)]
    for name in editions + names:
        if re.search(f"{_EVENT_KIND}$", name) and len(name) >= (4 if name in editions else 5):   # 首届楚商大会
            said = text.count(name) + sum(text.count(short) for short in _abbreviations(name, text))
            if said >= 3:
                return "new:" + name
    return None
