"""Checks of the names and counts a question asks: 'which companies' answered by names of firms (not
industries, places, a date or a count), and 'how many trains / 多少家' by a count of that very thing (not
money, a rate, a rank, a name or a count of something else). Functions over one index (its entities and
their names), called by FactChecks (bot/checks.py)."""
from __future__ import annotations

import re
from typing import Protocol

from knowledge import Entity

from .answers import FactDoc, Query
from .lexicon import (ASK_FIRM, COMPARE, EN_MEASURE, EN_MEASURE_KIN, EN_MEASURE_OF, EN_MEASURES, FIRM_WORDS,
                      MEASURE_RE, MEASURES, NOT_COUNTED_BY, PLACES_COUNTED, RANK_VALUE, ZH_COUNTED,
                      ZH_COUNTED_WORDS)
from .text import normalise
from .units import RATE_ASKED, SPAN_SAID, kinds_asked, per_time


class NamesIndex(Protocol):
    """What these checks need of the index: the entities and every name of each."""

    entities: dict[str, Entity]
    entity_names: dict[str, list[str]]


COUNT_WORD = re.compile(r"(?:数量|(?<![那这哪])个数|家数|条数|总数)(?!.*(?:金额|额|多少钱|资金))")


# A share of a whole asked (约占长江干线总里程的多少, 占全省的几成): not 占地, the land a site takes.


def not_firms(index: NamesIndex, q: Query, doc: FactDoc, named: set[str]) -> str:
    """'Which companies / 哪几家' answered by a fact about a named entity or a region: its value must
    name firms (Dongfeng, NIO...), not industries, a date, a count or a ranking."""
    if (not ASK_FIRM.search(q.unnamed) or COMPARE.search(q.text)
            or re.search(r"哪[个家].{0,4}?[更较]", q.text)
            or doc.fact.entity not in named and doc.entity.type in ("firm", "org")):
        return ""               # 'which is higher' compares; a fact about an unnamed firm names it
    if len(doc.fact.value) >= 2 and normalise(doc.fact.value) in q.text:
        return "the question states this value"       # 产业开放板块有哪些企业: not 产业开放
    if FIRM_WORDS.search(doc.fact.value) or any(
            n in normalise(doc.fact.value) for e, names in index.entity_names.items()
            if index.entities[e].type in ("firm", "org") and e != doc.fact.entity for n in names):
        return ""
    value_en = doc.fact.value_en
    if PLACE_NAME.search(value_en) and not FIRM_NAME.search(value_en):
        return "a place, not the names of firms"        # a station, an airport, a city
    items = [[w for w in re.findall(r"[A-Za-z][\w'-]*", item) if w.lower() not in NAME_FILLERS]
             for item in re.split(r"[,;()]|\band\b", value_en)]
    items = [item for item in items if item]
    if doc.date_value or doc.numeric_value or doc.rank_value:
        return "not the names of firms"
    names = sum(all(w[0].isupper() or w.isupper() for w in item)
                and " ".join(item).lower() not in q.text for item in items)   # not the names it states
    if names and names * 2 >= len(items):
        return ""                       # Dongfeng, NIO, Li Auto; not 'Wudang martial arts'
    if items:
        return "not the names of firms"
    return ""


# Counters a fact's unit may be: a count of what the counter counts, never of another counter's things.
_COUNTERS = frozenset(MEASURES) | {"个", "名", "位", "所", "店", "颗", "款", "种", "类"}


def wrong_count(index: NamesIndex, q: Query, doc: FactDoc) -> str:
    """'How many trains / 多少家' answered by a count of something else, a rank, a name or money."""
    value = doc.fact.value
    counts = MEASURE_RE.search(q.text) or EN_MEASURE.search(q.unnamed) or COUNT_WORD.search(q.text)
    if counts and re.search(r"元|美元|yuan|dollar", doc.fact.unit + " " + doc.fact.value_en.lower()):
        return "an amount of money for a count"      # 多少家企业: not 10亿美元
    if per_time(doc.fact.unit) and not q.asked.growth \
            and not RATE_ASKED.search(f"{q.text} {' '.join(q.terms)}"):
        return "a rate for a count"         # 7月开行了多少列: not 7列/周
    if q.asks == "quantity":
        if (RANK_VALUE.match(value) and not re.search(r"\d", value[2:])
                and not value.endswith(("次", "届", "天", "日", "年", "月", "批"))):
            return "rank for a quantity"
        spanned = kinds_asked(q.text, q.unnamed).span and SPAN_SAID.search(doc.said)
        if not doc.number_value and not spanned:
            return "name for a quantity"        # 上市 4个月后: the span is said, the value is 北交所
    head = _COUNT_HEAD.search(doc.fact.metric_zh)      # 辐射国家数: what the fact counts
    m = MEASURE_RE.search(q.text)
    if m:
        counted = doc.fact.unit + value + doc.said
        if m.group(1) == "架":
            counted = counted.replace("架次", " ")     # 多少架飞机: planes, not flights (架次)
        for name in index.entity_names.get(doc.fact.entity, ()):
            counted = counted.replace(name, " ")     # 中欧班列 has a 列 in its name, not a count of trains
        if not any(ch in counted for ch in MEASURES[m.group(1)]) and m.group(1) not in counted:
            return f"counts something else than {m.group(1)}"
        unit = doc.fact.unit.strip()
        if unit in _COUNTERS and unit not in MEASURES[m.group(1)] and m.group(1) not in unit:
            return f"counts {unit}, not {m.group(1)}"       # 多少家企业参展: not 96场 (the fairs they went to)
        if head and head.group(1) in NOT_COUNTED_BY.get(m.group(1), ()):
            return f"counts {head.group(1)}, never counted by {m.group(1)}"     # 多少座城市: not 40个国家
    m = ZH_COUNTED.search(q.text)
    if m:
        fact = doc.fact
        said = f"{normalise(f'{fact.metric_zh} {fact.metric_en} {fact.value_en}')} {doc.said}"
        for name in index.entity_names.get(doc.fact.entity, ()):
            said = said.replace(name, " ")
        counted = m.group("after") or m.group("before") or m.group("named")
        if counted == "国家":          # 国际合作数 counts no countries
            said = re.sub(r"国际|中国|全国|我国|(?:inter)?national", " ", said)
        if not any(word in said for word in ZH_COUNTED_WORDS[counted]) or \
                head and head.group(1) in ZH_COUNTED_WORDS and not any(
                    word in head.group(1) for word in ZH_COUNTED_WORDS[counted]):
            return f"counts something else than {counted}"     # 多少家企业: not 11家合作区; 国家: not 项目数
    if PLACES_COUNTED.search(q.text) and re.search(r"企业|公司|岗位|就业|项目|人数|市场主体|客户",
                                                   doc.fact.metric_zh):
        return "counts what the places hold, not the places"    # 合作区有多少家: not its 200 firms
    m = EN_MEASURE.search(q.unnamed)
    if m:
        measure = EN_MEASURE_OF.get(m.group(1), m.group(1))
        counted = f"{doc.fact.unit} {value} {doc.fact.value_en.lower()} {doc.said}"
        for name in index.entity_names.get(doc.fact.entity, ()):
            counted = counted.replace(name, " ")     # the Wuhan Port company's name counts no ports
        if not any(word in counted for word in EN_MEASURES[measure]):
            return f"counts something else than {measure}"
        own = _counted_by_value(doc)      # '283 projects' counts projects, though firms carried them out
        if own and measure not in own and EN_MEASURE_KIN.get(measure) not in own:
            return f"counts {own[0]}, not {measure}"
    return ""


# The thing a count's metric counts, before its 数 (辐射国家数: 国家).
_COUNT_HEAD = re.compile(r"([\u4e00-\u9fff]{2})(?:数|数量|总数)$")


def _counted_by_value(doc: FactDoc) -> list[str]:
    """The kinds of thing the fact's own value and unit count (283 projects, 项): [] when they name none."""
    own = f"{doc.fact.unit} {doc.fact.value_en.lower()}"
    return [measure for measure, words in EN_MEASURES.items()
            if any(re.search(rf"\b{word}" if word.isascii() else re.escape(word), own) for word in words)]


NAME_FILLERS = frozenset({"of", "the", "a", "an", "in", "its", "by", "including", "such", "as", "etc", "s"})
PLACE_NAME = re.compile(r"\b(?:station|railway|express|airport|route|zone|district|province|city|port|"
                        r"street|"
                        r"road|avenue|pavilion|hall|square|"
                        r"shanghai|beijing|wuhan|hubei)\b", re.I)
FIRM_NAME = re.compile(r"\b(?:group|company|co\.|corporation|ltd|technolog\w*|holdings|inc)\b", re.I)
