"""A city abroad the question names (莫斯科, Moscow) that the fact does not say: the fact is about another route
or market (南航在汉国际航线周航班量19班 is no answer to how many flights the Moscow route has a week)."""
from __future__ import annotations

import re
from functools import lru_cache

from knowledge.glossary import CITIES_ABROAD

from .answers import FactDoc, Query

# 列日 (Liège) is no name inside 班列日均: a Chinese name that other words hold is met by its English one only.
_AMBIGUOUS = frozenset({"列日"})
# Cities only: a country named (法国企业) is whose firm, not where a route goes.
_BOTH = {**{zh: (zh, en.lower()) for zh, en in CITIES_ABROAD.items() if zh not in _AMBIGUOUS},
         **{en.lower(): (zh, en.lower()) for zh, en in CITIES_ABROAD.items()}}
_PLACE = re.compile("|".join(rf"\b{re.escape(n)}\b" if n.isascii() else re.escape(n)
                             for n in sorted(_BOTH, key=len, reverse=True)))


@lru_cache(maxsize=4096)
def places_abroad(text: str) -> tuple[tuple[str, str], ...]:
    """The cities abroad a question's text names, each as (Chinese, English), read once per question."""
    return tuple(dict.fromkeys(_BOTH[m.group()] for m in _PLACE.finditer(text)))


def unmet_abroad(q: Query, doc: FactDoc) -> str:
    """Why the fact is not about a city abroad the question names ('' when it names each, or none is)."""
    for zh, en in places_abroad(q.text):
        if zh not in doc.text and en not in doc.text:
            return f"not about {en.title()}"
    return ""


# Abroad asked (去境外参展, overseas fairs): what the fact places in a Chinese city (赴上海参加进博会) is not abroad.
_ABROAD_ASKED = re.compile(r"境外|海外|出国|国外|\boverseas\b|\babroad\b")
_AT_HOME = re.compile(r"(?:赴|到|去)(?:上海|北京|广州|深圳|杭州|南京|成都|重庆|天津)|"
                      r"\b(?:went|travell?ed|headed) to (?:shanghai|beijing|guangzhou|shenzhen)\b")


def home_for_abroad(q: Query, doc: FactDoc) -> str:
    """'How much did Wuhan's firms sign at fairs abroad': the 600 firms at the Shanghai expo are no answer."""
    if _ABROAD_ASKED.search(q.text) and _AT_HOME.search(doc.said) and not _ABROAD_ASKED.search(doc.said):
        return "held in China, abroad asked"
    return ""
