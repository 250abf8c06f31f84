"""Statements, English values and changes written from templates (never the article's sentences)."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .counted import fraction_en
from .figures import APPROX, Figure
from .vocab import translate

# unit -> (factor, English unit). The factor turns the printed number into the English one.
_EN_UNITS: dict[str, tuple[Decimal, str]] = {
    "万亿元": (Decimal(1), "trillion yuan"), "亿元": (Decimal("0.1"), "billion yuan"),
    "万元": (Decimal("0.01"), "million yuan"), "元": (Decimal(1), "yuan"),
    "亿美元": (Decimal("0.1"), "billion US dollars"), "万美元": (Decimal("0.01"), "million US dollars"),
    "美元": (Decimal(1), "US dollars"), "亿港元": (Decimal("0.1"), "billion HK dollars"),
    "亿欧元": (Decimal("0.1"), "billion euros"), "万吨": (Decimal("10000"), "tonnes"), "吨": (Decimal(1), "tonnes"),
    "万标箱": (Decimal("10000"), "TEU"), "标箱": (Decimal(1), "TEU"), "TEU": (Decimal(1), "TEU"),
    "个百分点": (Decimal(1), "percentage points"), "万人次": (Decimal("10000"), "person-trips"),
    "人次": (Decimal(1), "person-trips"), "万人": (Decimal("10000"), "people"), "万件": (Decimal("10000"), "items"),
    "平方公里": (Decimal(1), "square kilometres"), "平方米": (Decimal(1), "square metres"),
    "万平方米": (Decimal("10000"), "square metres"), "公里": (Decimal(1), "km"), "千米": (Decimal(1), "km"),
    "公斤": (Decimal(1), "kg"), "架次": (Decimal(1), "flights"), "班次": (Decimal(1), "services"),
    "列": (Decimal(1), "trains"), "辆": (Decimal(1), "vehicles"), "艘": (Decimal(1), "ships"),
    "台": (Decimal(1), "units"), "小时": (Decimal(1), "hours"), "分钟": (Decimal(1), "minutes"),
    "天": (Decimal(1), "days"), "年": (Decimal(1), "years"), "亩": (Decimal(1), "mu"), "个国家和地区": (Decimal(1), "countries and regions"),
    "国家和地区": (Decimal(1), "countries and regions"), "个国家": (Decimal(1), "countries"),
    "个城市": (Decimal(1), "cities"), "条": (Decimal(1), ""), "家": (Decimal(1), ""), "个": (Decimal(1), ""),
    "项": (Decimal(1), ""), "批": (Decimal(1), "batches"), "座": (Decimal(1), ""), "名": (Decimal(1), "people"),
    "位": (Decimal(1), "people"), "场": (Decimal(1), "events"), "件": (Decimal(1), "items"),
}


_BARE_COUNTS = ("个", "家", "条", "项", "座")


def _plain(d: Decimal) -> str:
    """A decimal without exponent or trailing zeros."""
    text = format(d.normalize(), "f")
    return text


def number_en(number: str, mult: str, unit: str) -> str:
    """7502.3 亿元 -> '750.23 billion yuan'; 12 万吨 -> '120,000 tonnes'; 20.5 % -> '20.5%'."""
    parts = re.split(r"—|-|~|～|至|到", number)
    if len(parts) == 2:                                   # a range: 15—20 分钟 -> 15-20 minutes
        low, high = (number_en(x, mult, unit) for x in parts)
        same = low.partition(" ")[2] == high.partition(" ")[2]      # 5—10亿元: 500 million to 1 billion yuan
        return f"{low.split(' ')[0]}-{high}" if same else f"{low} to {high}"
    try:
        n = Decimal(number.replace(",", ""))
    except InvalidOperation:
        return number + unit
    if unit == "%":
        return f"{_plain(n)}%"
    if unit == "倍":
        return f"{_plain(n)} times"
    if mult and not unit.startswith(mult):      # 2万多吨: the multiplier printed before 多, apart from the unit
        unit = mult + unit
    factor, word = _EN_UNITS.get(unit, (None, ""))
    if factor is None:
        base = unit[len(mult):] if mult and unit.startswith(mult) else unit
        factor, word = _EN_UNITS.get(base, (Decimal(1), ""))
        factor *= {"万": Decimal(10000), "亿": Decimal(100000000), "千": Decimal(1000)}.get(mult, Decimal(1))
    value = n * factor
    if word.startswith("billion") and 0 < value < 1:     # 1亿美元: 100 million US dollars, not 0.1 billion
        value, word = value * 1000, word.replace("billion", "million", 1)
    if "yuan" not in word and "dollars" not in word and "euros" not in word and value >= 1000000:
        shown = f"{_plain(value / Decimal(1000000))} million"
    elif value == value.to_integral_value() and value >= 10000:
        shown = f"{int(value):,}"
    else:
        shown = _plain(value)
    return f"{shown} {word}".strip()


def value_en(fig: Figure) -> str:
    """The figure in English, with its 'nearly/over/more than' and the noun it counts (150多个国家和地区)."""
    if fig.kind == "share" and not fig.unit:          # 约三分之一: about one third
        return fraction_en(fig.value)
    text = APPROX.get(fig.approx, "") + number_en(fig.number, fig.mult, fig.unit)
    if fig.unit in _BARE_COUNTS and fig.tail:
        noun, covered = translate(fig.tail)
        if noun and covered >= 0.6:
            text += " " + noun
    return text


def change_texts(rate: Figure | None) -> tuple[str, str]:
    """'同比增长19.3%' and 'up 19.3% year on year' for a rate, or two empty strings."""
    if rate is None:
        return "", ""
    if rate.value == "翻番":         # 同比实现翻番: doubled, no number printed
        return f"{rate.basis}翻番", "doubled" + (" year on year" if rate.basis else "")
    word = "下降" if rate.down else "增长"
    zh = f"{rate.basis}{word}{rate.value}{rate.unit}"
    if rate.unit == "倍":
        en = f"{'down' if rate.down else 'up'} {rate.value}-fold"
    else:
        en = f"{'down' if rate.down else 'up'} {number_en(rate.number, rate.mult, rate.unit)}"
    if year := re.search(r"((?:19|20)\d\d)年(同期)?", rate.basis):      # 较2019年: up 68.4% on 2019
        return zh, f"{en} on {'the same period of ' if year.group(2) else ''}{year.group(1)}"
    return zh, en + {"同比": " year on year", "环比": " on the month before"}.get(rate.basis, "")


def statement_zh(period_zh: str, subject_zh: str, metric_zh: str, value: str, unit: str,
                 change_zh: str) -> str:
    """A short Chinese statement in the base's style."""
    tail = f"，{change_zh}" if change_zh else ""
    return f"{period_zh}，{subject_zh}{metric_zh}为{value}{unit}{tail}。"


def statement_en(period_en: str, subject_en: str, metric_en: str, value_text: str, change_en: str) -> str:
    """A short English statement naming the entity, the metric in English, the period and the value."""
    if period_en.startswith(("as of", "in recent", "by ")):
        when = period_en
    elif re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", period_en):
        when = f"on {period_en}"
    elif period_en.startswith(("first ", "second ", "third ", "fourth ")):
        when = f"in the {period_en}"
    else:
        when = f"in {period_en}"
    owner = f"{subject_en}'" if subject_en.endswith("s") else f"{subject_en}'s"
    tail = f", {change_en}" if change_en else ""
    return f"{owner} {metric_en} stood at {value_text} {when}{tail}."
