"""Events where projects are signed, named without quotes at the head of a clause
(2031湖北—江西经贸合作投资推介会上，…): the event is the subject of the figures signed there."""
from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

_KIND = r"推介会|洽谈会|招商会|对接会|恳谈会|签约仪式|签约会"
# The event named at the head of a clause, then 上/期间/现场: its figures follow.
EVENT_AT = re.compile(rf"(?:^|(?<=[，。；,;]))((?:20\d\d年?)?[\u4e00-\u9fff—－-]{{4,30}}?(?:{_KIND}))(?=上|期间|现场)")
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


_THIS = re.compile(r"^(?:本次|此次|这次|该次|本届|此届)(?:活动|会议|大会|推介会|洽谈会|签约)?|"
                   r"^(?:开幕式|闭幕式|开幕当天|启动仪式|签约仪式)(?:上|期间|现场)")


def this_event(clause: str) -> bool:
    """Whether a clause opens on the event just named (本次签约…, 此次集中签约…)."""
    return bool(_THIS.match(clause.strip()))


def without_repeats(words: str) -> str:
    """A metric name with a word said twice in a row once (重点合作项目签约签约总金额 -> …签约总金额)."""
    return re.sub(r"([\u4e00-\u9fff]{2})\1", r"\1", words)
