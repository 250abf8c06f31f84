"""A fact as the engine reads it: its terms (counted, names and metric twice), its normalised text
and statements, and what its value is (a date, a quantity, a ranking, the figure it starts with)."""
from __future__ import annotations

import re
from collections import Counter

from knowledge import Entity, Fact, Source

from .answers import FactDoc
from .lexicon import DATE_VALUE, NUMBER_VALUE, PARTNER_RE, RANK_ANY
from .metric_groups import groups_in
from .matching import syllable
from .text import cn_to_int, normalise, terms


def leading_number(value: str) -> str:
    """The number a value starts with: 7502.3亿元 -> 7502.3, 第七届 -> 7, 八大园区 -> 8 ('' if none)."""
    m = re.match(r"[\d.]+", value)
    if m:
        return m.group(0)
    m = re.match(r"第?([零一二两三四五六七八九十]+)", value)
    number = cn_to_int(m.group(1)) if m else None
    return str(number) if number is not None else ""


def is_quantity(value: str, value_en: str = "") -> bool:
    """Whether a value is an amount (7502.3, 过亿, 四成, 第四次), not a name or a ranking (3D five-axis laser
    cutting machines, Kuaizhou-1A: a digit before a capital is part of a name)."""
    return bool(NUMBER_VALUE.search(value) or re.search(r"\d(?![\d.,]*[A-Z])|\bhalf\b|\bdouble", value_en))


def is_pair(term: str) -> bool:
    return len(term) == 2 and "\u3400" <= term[0] <= "\u9fff" and "\u3400" <= term[1] <= "\u9fff"


def make_doc(fact: Fact, entity: Entity, source: Source) -> tuple[FactDoc, str]:
    """A fact as the engine reads it, and its 'about' text (names, metric, keywords)."""
    text = normalise(" ".join([*entity.names(), fact.metric_zh, fact.metric_en,
                               fact.metric.replace("_", " "),
                               *fact.keywords, fact.statement_zh, fact.statement_en, fact.value,
                               fact.value_en, fact.unit, fact.change_zh, fact.change_en,
                               fact.period_zh, fact.period_en]))
    # names, metric and keywords count twice: they say what the fact is about
    about = normalise(" ".join([*entity.names(), fact.metric_zh, fact.metric_en, *fact.keywords]))
    named = bool(_NAMED_WITH_NUMBER.fullmatch(fact.value))
    counted = Counter(terms(text))
    counted.update(terms(about))
    counted.update({"~" + syllable(t[0]) + syllable(t[1]) for t in counted if is_pair(t)})
    doc = FactDoc(fact, entity, source, counted, sum(counted.values()), text,
                  _is_date(fact.value, fact.value_en, fact.unit),
                  bool(re.match(r"[\d.]", fact.value)) and not named,
                  is_quantity(fact.value, fact.value_en) and not named,
                  bool(RANK_ANY.search(fact.value) or RANK_ANY.search(fact.value_en.lower())),
                  frozenset(name for name, pattern in PARTNER_RE.items() if pattern.search(text)),
                  frozenset(groups_in(text)) | _BY_UNIT.get(fact.unit.removeprefix("万"), frozenset()),
                  normalise(f"{fact.statement_zh} {fact.statement_en}"), leading_number(fact.value))
    return doc, about


# A name holding a number (2025中国—北欧经贸合作论坛, 世界500强对话湖北): a name, not a figure.
_NAMED_WITH_NUMBER = re.compile(r"(?:19|20)\d\d(?![年\d])[\u4e00-\u9fff—－-]{4,}|"
                                r"[\u4e00-\u9fff]{2,}\d+强[\u4e00-\u9fff]{2,}")
# A unit that says what kind of figure it measures: a count of containers (万标箱) is a throughput, though
# its metric names only the boxes (内贸箱).
_BY_UNIT = {"标箱": frozenset({"throughput"}), "TEU": frozenset({"throughput"})}


def _is_date(value: str, value_en: str, unit: str) -> bool:
    """A day, month or year (2023年9月20日, 年底), not a name that holds one (2025中国—北欧经贸合作论坛) nor
    a count (2000名, 2000多个岗位)."""
    if len(re.findall(r"[\u4e00-\u9fff]", DATE_VALUE.sub("", value))) >= 6 \
            or re.match(r"[\d.,]+(?:多|余|万|亿|千|百)", value) or unit not in ("", "年", "月", "日"):
        return False
    return bool(DATE_VALUE.search(value) or DATE_VALUE.search(value_en))
