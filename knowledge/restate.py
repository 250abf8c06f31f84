"""Keeping a fact's statements in step with its value: when the value changes, the statements (and the
English value) that show the old figure are rewritten, and whatever cannot be rewritten is flagged."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .models import Fact

log = logging.getLogger(__name__)

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class Restatement:
    """Field changes that go with a new value, what they say, and fields left showing the old figure."""
    changes: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


def numbers(text: str) -> list[str]:
    """The figures written in a text, without thousands separators: '1,000多、4.5' -> ['1000', '4.5']."""
    return [n.replace(",", "") for n in _NUMBER.findall(text or "")]


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _token(figure: str) -> re.Pattern:
    """A figure standing alone, with or without thousands separators (111 not in 1111 or 111.5)."""
    digits = figure.replace(",", "")
    if _decimal(digits) is not None and "." not in digits and len(digits) > 3:
        body = re.escape(digits) + "|" + re.escape(f"{int(digits):,}")
    else:
        body = re.escape(figure)
    return re.compile(rf"(?<![\d.,])(?:{body})(?![\d]|[.,]\d)")


def _scale(value: str, value_en: str) -> Decimal | None:
    """The power of ten between the value and its English form (80.6亿 -> 8.06 billion: 0.1), if one."""
    ours, theirs = numbers(value), numbers(value_en)
    if len(ours) != 1 or len(theirs) != 1:
        return None
    a, b = _decimal(ours[0]), _decimal(theirs[0])
    if not a or not b:
        return None
    ratio = b / a
    exponent = ratio.normalize().as_tuple()
    if exponent.digits == (1,):          # 1, 10, 0.01 ...: a power of ten
        return ratio
    return None


def _format(number: Decimal, like: str) -> str:
    text = format(number.normalize(), "f")
    if "," in like and "." not in text:
        text = f"{int(number):,}"
    return text


def _replace(text: str, old: str, new: str) -> tuple[str, int]:
    if re.search(r"\d", old):
        return _token(old).subn(lambda _: new, text)          # the new text taken literally, backslashes too
    return text.replace(old, new), text.count(old)


def restate_value(fact: Fact, new_value: str) -> Restatement:
    """The statement and value_en changes that go with changing the fact's value to `new_value`."""
    out = Restatement()
    old = fact.value
    if not old or new_value == old:
        return out
    zh, count = _replace(fact.statement_zh, old, new_value)
    if not count and len(numbers(old)) == 1 and len(numbers(new_value)) == 1:    # 1000多 printed 超过1000
        figure = numbers(new_value)[0]
        zh, count = _token(numbers(old)[0]).subn(lambda _: figure, fact.statement_zh)
    if count:
        out.changes["statement_zh"] = zh
        out.notes.append(f"statement_zh: {old} → {new_value}")
    else:
        out.flags.append(f"statement_zh does not show the old value {old}; check it")
    en, count = fact.statement_en, 0
    if re.search(r"\d", old):
        en, count = _replace(fact.statement_en, old, new_value)
    scale = _scale(old, fact.value_en) if fact.value_en else None
    new_numbers = numbers(new_value)
    if scale is not None and len(new_numbers) == 1:
        old_en = _NUMBER.search(fact.value_en).group(0)
        new_en = _format(Decimal(new_numbers[0]) * scale, old_en)
        value_en, _ = _replace(fact.value_en, old_en, new_en)
        out.changes["value_en"] = value_en
        out.notes.append(f"value_en: {fact.value_en} → {value_en}")
        if not count:
            en, count = _replace(fact.statement_en, old_en, new_en)
    elif fact.value_en:
        out.flags.append(f"value_en still says {fact.value_en}; set it with the value")
    if count:
        out.changes["statement_en"] = en
        out.notes.append("statement_en: the figure updated")
    else:
        out.flags.append("statement_en does not show the old value; check it")
    return out


_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty").split()
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000}
_CN_NUMBER = re.compile(r"[零一二两三四五六七八九十百千万]+成?")
_DATE_LIKE = re.compile(r"\d+\s*[月日]|年前|去年|今年")


def _cn_value(text: str) -> int:
    """一百 -> 100, 十 -> 10, 一万 -> 10000, 三成 -> 30 (a share in tenths, as a percentage)."""
    total, digit = 0, 0
    for char in text.rstrip("成"):
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        else:
            total += (digit or 1) * _CN_UNITS[char]
            digit = 0
    total += digit
    return total * 10 if text.endswith("成") else total


def _figures_zh(text: str) -> list[str]:
    return numbers(text) + [str(_cn_value(m)) for m in _CN_NUMBER.findall(text or "")]


def _figures_en(text: str) -> list[str]:
    words = re.findall(r"[a-z]+", (text or "").lower())
    return numbers(text) + [str(_WORDS.index(w)) for w in words if w in _WORDS]


def _same(figure: str, found: list[str]) -> bool:
    want = _decimal(figure)
    return any(_decimal(f) == want for f in found)


def statement_problems(fact: Fact) -> list[str]:
    """Why the fact's statements (or English value) may not show its value; empty when they do.
    Only quantities are checked: not dates (2月, 去年8月), names or values without a figure."""
    figures = numbers(fact.value)
    if not figures or _DATE_LIKE.search(fact.value) or len(_NUMBER.sub("", fact.value)) > 6:
        return []
    if len(figures) == 1 and re.search(r"\d\s*万", fact.value):      # 1万多 is also written 一万多
        figures = [figures[0], str(Decimal(figures[0]) * 10_000)]
        zh_ok = any(_same(f, _figures_zh(fact.statement_zh)) for f in figures)
        figures = figures[:1]
    else:
        zh_ok = all(_same(f, _figures_zh(fact.statement_zh)) for f in figures)
    problems = []
    if not zh_ok:
        problems.append(f"statement_zh does not contain the value {fact.value}")
    en_ok = all(_same(f, _figures_en(fact.statement_en)) for f in figures)
    if fact.value_en and numbers(fact.value_en) and not en_ok:
        if len(figures) == 1 and _scale(fact.value, fact.value_en) is None:
            problems.append(f"value_en {fact.value_en!r} does not match the value {fact.value}")
        en_ok = all(_same(f, _figures_en(fact.statement_en)) for f in numbers(fact.value_en))
    if not en_ok:
        problems.append(f"statement_en does not contain the value {fact.value}")
    return problems
