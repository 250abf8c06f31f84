"""Series of comparable facts, for charts: breakdowns (one period, several partners, firms or kinds)
and trends (one entity and metric over several periods). Pure logic over facts; no drawing."""
from __future__ import annotations

import datetime as _dt
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from knowledge import Entity, Fact, Source

if TYPE_CHECKING:
    from .engine import Engine
    from .seriesindex import SeriesIndex

log = logging.getLogger(__name__)

MIN_BUTTON_POINTS = 3       # a series this long earns a chart button under an answer
TOP_PLAIN = 5               # a series is what a request asks for when one of its facts ranks this high
TITLE_ZH, TITLE_EN = 26, 64  # a breakdown's kinds are named in its title when they fit in so many characters
TOP_HINTED = 10             # ... or this high when the request names the series' kind (partners, a trend)
PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
# value_en words that make a printed number a bound or an estimate, not a comparable figure
APPROXIMATE = re.compile(r"\b(?:over|more than|nearly|almost|about|around|approximately|roughly|at least|"
                         r"some|"
                         r"up to|less than|under|above|below|close to)\b|\+|~", re.I)
# the last character of a metric's Chinese name says what kind of figure it is
MEASURES = {"数": ("数量", "counts"), "额": ("金额", "amounts"), "量": ("数量", "volumes"),
            "值": ("数值", "values"), "比": ("比重", "shares"), "率": ("比率", "rates"),
            "速": ("增速", "growth rates"), "长": ("增长", "growth")}
UNITS_EN = {"亿元": "100 million yuan", "万元": "10,000 yuan", "元": "yuan", "亿美元": "100 million US$",
            "万美元": "10,000 US$", "美元": "US$", "%": "%", "个百分点": "percentage points", "吨": "tonnes",
            "万吨": "10,000 tonnes", "平方米": "m²", "万平方米": "10,000 m²", "列": "trains", "条": "routes",
            "家": "firms", "个": "", "项": "items", "座": "", "场": "events", "人": "people", "名": "people"}
PARTNER_NOTE = ("各伙伴的范围可能重叠，不宜相加", "partner groups may overlap: do not add them up")
TREND_WORDS = re.compile(r"趋势|走势|历年|逐年|每年|按年|按季|季度|变化|增长情况|trend|over time|by (?:year|quarter|month)|"
                         r"quarterly|yearly|annual|history", re.I)
PARTNER_WORDS = re.compile(r"伙伴|国家|地区|市场|东盟|欧盟|一带一路|partner|countr|market|region|asean|\beu\b", re.I)
FIRM_WORDS = re.compile(r"企业|公司|厂商|firm|compan|maker", re.I)


@dataclass(frozen=True)
class Point:
    """One bar or dot: a fact's number, its label in both languages, and where it comes from."""
    label_zh: str
    label_en: str
    value: float
    printed: str
    fact: Fact
    source: Source


@dataclass
class Series:
    """Comparable points: same unit (and currency), same kind of period."""
    key: str
    kind: str                   # breakdown | trend
    dimension: str              # partner | firm | kind | period
    title_zh: str
    title_en: str
    unit: str
    period_zh: str
    period_en: str
    points: list[Point]
    note_zh: str = ""
    note_en: str = ""
    entities: frozenset[str] = field(default_factory=frozenset)

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def subtitle(self, lang: str) -> str:
        """Period and unit, and on a second line a note when the periods differ."""
        if lang == "zh":
            parts, note = [self.period_zh, f"单位：{self.unit}" if self.unit else ""], self.note_zh
        else:
            unit = unit_en(self.unit)
            parts, note = [self.period_en, f"unit: {unit}" if unit else ""], self.note_en
        return " · ".join(p for p in parts if p) + (f"\n{note}" if note else "")

    def labels(self, lang: str) -> list[str]:
        return [p.label_zh if lang == "zh" else p.label_en for p in self.points]

    def sources(self) -> list[Source]:
        """Each source once, in the order the points cite them."""
        seen: dict[str, Source] = {}
        for p in self.points:
            seen.setdefault(p.source.id, p.source)
        return list(seen.values())

    @property
    def fact_ids(self) -> list[str]:
        return [p.fact.id for p in self.points]


def unit_en(unit: str) -> str:
    return UNITS_EN.get(unit, unit)


def plain_number(fact: Fact) -> float | None:
    """The fact's value as a number when it is printed as one exact figure ('951.3'), else None
    ('1.2万', '超3000', '50多', a value whose English says 'over 30%', a year such as 2017年)."""
    return plain_value(fact.value, fact.value_en, fact.unit)


def plain_value(value: str, value_en: str | None, unit: str) -> float | None:
    """plain_number() of a fact's value, English value and unit."""
    value = (value or "").strip().replace(",", "")
    if not PLAIN.match(value) or APPROXIMATE.search(value_en or ""):
        return None
    number = float(value)
    if (unit or "").strip() == "年" and 1800 <= number <= 2100:
        return None
    return number


def period_kind(fact: Fact) -> tuple[str, int]:
    """('asof', 0) for a figure at a date, ('ytd', months) from January on, ('span', months) otherwise."""
    start, end = _date(fact.period_start), _date(fact.period_end)
    if start is None or end is None:
        return ("asof", 0)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.month == 1 and start.day == 1:
        return ("ytd", months)
    return ("span", months)


def _date(text: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _common_prefix(texts: list[str]) -> str:
    first = min(texts, key=len) if texts else ""
    size = 0
    while size < len(first) and all(t[size] == first[size] for t in texts):
        size += 1
    return first[:size]


def _common_suffix(texts: list[str]) -> str:
    return _common_prefix([t[::-1] for t in texts])[::-1]


def build_series(facts: list[Fact], entities: dict[str, Entity], sources: dict[str, Source]) -> list[Series]:
    """Group plain figures into breakdowns and trends; only comparable figures go together."""
    out: list[Series] = []
    for group in _metric_groups(facts):
        by_period: dict[tuple, list[Fact]] = defaultdict(list)
        by_entity: dict[tuple, list[Fact]] = defaultdict(list)
        for f in group:
            by_period[(f.unit, f.period_start, f.period_end)].append(f)
            by_entity[(f.unit, f.entity)].append(f)
        for members in by_period.values():
            series = _across_entities(_one_per(members, lambda f: f.entity), entities, sources)
            if series:
                out.append(series)
        for members in by_entity.values():
            series = _trend(_one_per(members, lambda f: (f.period_start, f.period_end)), entities, sources)
            if series:
                out.append(series)
    by_entity_period: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        measure = f.metric_zh[-1:] if f.metric_zh else ""
        if measure in MEASURES:
            by_entity_period[(f.entity, f.unit, f.period_start, f.period_end, measure)].append(f)
    for (entity, unit, _, _, measure), members in sorted(by_entity_period.items(),
                                                         key=lambda kv: str(kv[0])):
        members = _one_per(members, lambda f: f.metric_zh)
        if len(members) >= 2:
            out.append(_across_metrics(members, entities[entity] if entity in entities else None,
                                       sources, measure))
    return out


def _metric_groups(facts: list[Fact]) -> list[list[Fact]]:
    """Facts joined when they share a metric key, Chinese name or English name (see engine.same_metric)."""
    parent = list(range(len(facts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, f in enumerate(facts):
        for name in (f"m:{f.metric}", f"zh:{f.metric_zh}" if f.metric_zh else "",
                     f"en:{f.metric_en.lower()}" if f.metric_en else ""):
            if not name:
                continue
            if name in first:
                parent[root(i)] = root(first[name])
            else:
                first[name] = i
    groups: dict[int, list[Fact]] = defaultdict(list)
    for i, f in enumerate(facts):
        groups[root(i)].append(f)
    return [g for g in groups.values() if len(g) >= 2]


def _one_per(facts: list[Fact], key) -> list[Fact]:
    """One fact per key (two articles may print the same figure): the one of the last source id."""
    chosen: dict = {}
    for f in sorted(facts, key=lambda f: (f.source, f.id)):
        chosen[key(f)] = f
    return list(chosen.values())


def _point(f: Fact, label_zh: str, label_en: str, sources: dict[str, Source]) -> Point:
    return Point(label_zh, label_en, plain_number(f) or 0.0, f.value.strip(), f, sources[f.source])


def _names(entity: Entity | None, fallback: str) -> tuple[str, str]:
    if entity is None:
        return fallback, fallback
    chinese = [a for a in entity.aliases if re.search(r"[\u3400-\u9fff]", a)]
    short_zh = min(chinese or [entity.name_zh], key=len)
    zh = entity.name_zh if len(entity.name_zh) <= 10 else short_zh
    return zh or entity.name_en, entity.name_en or entity.name_zh


def _across_entities(facts: list[Fact], entities: dict[str, Entity],
                     sources: dict[str, Source]) -> Series | None:
    """One metric and period, several partners or firms (regions and other kinds are no breakdown)."""
    types = {entities[f.entity].type if f.entity in entities else "" for f in facts}
    if len(facts) < 2 or len(types) != 1 or not types <= {"partner", "firm"}:
        return None
    dimension = types.pop()
    facts.sort(key=lambda f: -(plain_number(f) or 0))
    points = [_point(f, *_names(entities.get(f.entity), f.entity), sources) for f in facts]
    zh_names = [f.metric_zh or f.metric for f in facts]
    en_names = [f.metric_en or f.metric.replace("_", " ") for f in facts]
    head, tail = _common_prefix(zh_names), _common_suffix(zh_names)
    head_en = _common_prefix(en_names)
    if dimension == "partner":
        title_zh = f"{head}各贸易伙伴{tail}" if head or tail else f"{zh_names[0]}（按贸易伙伴）"
        title_en = f"{head_en}each partner" if head_en.endswith(" ") else f"{en_names[0]} by partner"
    else:
        title_zh, title_en = f"{zh_names[0]}（按企业）", f"{en_names[0][:1].upper()}{en_names[0][1:]} by firm"
    first = facts[0]
    key = f"b:{first.metric}:{first.period_start}:{first.period_end}:{first.unit}"
    notes = PARTNER_NOTE if dimension == "partner" else ("", "")
    return Series(key, "breakdown", dimension,
                  title_zh, title_en, first.unit, first.period_zh, first.period_en, points, *notes,
                  entities=frozenset(f.entity for f in facts))


def _trend(facts: list[Fact], entities: dict[str, Entity], sources: dict[str, Source]) -> Series | None:
    """One entity and metric over periods of one kind; figures cumulative from January say so."""
    kinds: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for f in facts:
        kind, months = period_kind(f)
        kinds[(kind, 0 if kind == "ytd" else months)].append(f)
    (kind, _), members = max(kinds.items(), key=lambda kv: len(kv[1]))
    if len(members) < 2:
        return None
    members.sort(key=lambda f: (f.period_end or "", f.period_start or ""))
    note_zh = note_en = ""
    if kind == "ytd" and len({period_kind(f)[1] for f in members}) > 1:
        note_zh = "各期均为当年1月起累计，时长不同"
        note_en = "each figure is cumulative from January; periods differ in length"
    points = [_point(f, f.period_zh, f.period_en, sources) for f in members]
    entity = entities.get(members[0].entity)
    name_zh, name_en = _names(entity, members[0].entity)
    metric_zh = members[-1].metric_zh or members[-1].metric
    metric_en = members[-1].metric_en or members[-1].metric.replace("_", " ")
    first, last = members[0], members[-1]
    return Series(f"t:{first.entity}:{first.metric}:{first.unit}", "trend", "period",
                  f"{name_zh}{metric_zh}", f"{name_en}: {metric_en}", first.unit,
                  f"{first.period_zh}—{last.period_zh}", f"{first.period_en} to {last.period_en}", points,
                  note_zh, note_en, frozenset({first.entity}))


def _across_metrics(facts: list[Fact], entity: Entity | None, sources: dict[str, Source],
                    measure: str) -> Series:
    """One entity and period, several kinds of one measure (exports by product, zones by kind)."""
    facts.sort(key=lambda f: -(plain_number(f) or 0))
    points = [_point(f, f.metric_zh, f.metric_en or f.metric.replace("_", " "), sources) for f in facts]
    name_zh, name_en = _names(entity, facts[0].entity)
    word_zh, word_en = MEASURES[measure]
    names_zh, names_en = [p.label_zh for p in points], [p.label_en for p in points]
    head, tail = _common_prefix(names_zh), _common_suffix(names_zh)
    if len(tail) < 2 or any(name[:-len(tail)].endswith("进") for name in names_zh):   # 进出口额 is no 出口额
        tail = "各项" + word_zh
    title_zh = (f"{name_zh}：{'、'.join(names_zh)}" if len("、".join(names_zh)) <= TITLE_ZH
                else f"{name_zh}{head}{tail}")
    joined_en = ", ".join(names_en)
    title_en = f"{name_en}: {joined_en}" if len(joined_en) <= TITLE_EN else f"{name_en}: {word_en} by kind"
    first = facts[0]
    key = f"k:{first.entity}:{first.period_start}:{first.period_end}:{first.unit}:{measure}"
    return Series(key, "breakdown", "kind", title_zh, title_en, first.unit,
                  first.period_zh, first.period_en,
                  points, entities=frozenset({first.entity}))


REFUSED = ("chit-chat", "markup or code", "instructions, not a question")


def chart_for(engine: "Engine", index: "SeriesIndex", text: str) -> Series | None:
    """The series a request asks for ('湖北 2025 贸易伙伴', 'Wuhan trade by quarter'), or None when no
    comparable series fits (or the text is no question about the base)."""
    from .periods import parse_period
    from .text import normalise

    text = text.strip()
    if not text:
        return None
    answer = engine.answer(text)
    if answer.kind in ("greeting", "empty") or answer.reason in REFUSED:
        return None
    ranked = [doc.fact.id for doc in engine.search(text, limit=12)]
    return index.find(text, ranked, parse_period(normalise(text)).years)
