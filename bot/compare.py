"""Comparisons as whole answers: a question comparing two partners, two periods, two entities or
exports with imports is split into one question per side; each side is answered (or said to be
missing) on its own, and when both figures are amounts of the same unit the reply says which is larger."""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from .answers import Answer, FactDoc, Query
from .clauses import split_questions
from .lexicon import COMPARE, GROWTH, PARTNER_RE
from .periods import period_sides

if TYPE_CHECKING:
    from .engine import Engine

log = logging.getLogger(__name__)

EXPORT_WORDS = re.compile(r"出口|\bexports?\b")
# Exports compared with all trade (出口增速比进出口高多少, how much faster did exports grow than total trade).
_EXPORTS_ALONE = re.compile(r"(?<!进)出口|\bexports?\b(?! and imports)")
_ALL_TRADE = re.compile(r"进出口(?:总[值额])?|外贸(?:总[值额])?|\b(?:its |the )?total (?:foreign )?trade\b|"
                        r"\b(?:its |the )?(?:overall )?foreign trade\b")
_FASTER_THAN = re.compile(r"比[^，,。？?]{1,30}?(?:高|快)|\b(?:faster|higher|more)\b[^?]{0,60}\bthan\b")
_SHARE_WORDS = re.compile(r"占|比重|份额|\bshare\b|\bproportion\b")
# The margin asked between two rates (高多少, how many percentage points faster): each side asks its rate.
_MARGIN_WORDS = re.compile(r"(?:高|快)(?:了|出)?(?:多少|几)(?:个百分点)?|"
                           r"\b(?:by )?how (?:many percentage points|much) (?:higher|faster)\b|"
                           r"\bby how many (?:percentage )?points\b")
TOTAL_WORDS = re.compile(r"一共|总共|合计|总额|总值|加起来|\btotal\b|\bcombined\b|\baltogether\b")
IMPORT_WORDS = re.compile(r"进口|\bimports?\b")
YEAR = r"(?<!\d){}(?!\d)"


def side_texts(q: Query) -> list[tuple[str, str]]:
    """(name of the side, the question for it with the other sides' words taken out) for each side it
    compares ([] when nothing can be split): two partners, two years, two entities, exports and imports."""
    text = q.text
    if len(q.partners) >= 2:
        return [(PARTNER_RE[p].search(text).group(0),
                 _without(text, [PARTNER_RE[o] for o in q.partners if o != p])) for p in sorted(q.partners)]
    spans = period_sides(text)
    if spans:
        return spans
    if len(q.period.years) >= 2:
        return [(str(y), _without(text, [re.compile(YEAR.format(o)) for o in q.period.years if o != y]))
                for y in q.period.years]
    entities = list(dict.fromkeys(h.entity for h in q.hits))
    if len(entities) >= 2 and COMPARE.search(text):      # 'X的A和B各是多少' is two figures of X, not X vs B
        return [(next(h.alias.strip() for h in q.hits if h.entity == e),
                 _without(text, [re.compile(re.escape(h.alias.strip())) for h in q.hits if h.entity != e]))
                for e in entities]
    if "进出口" not in text and not re.search(r"imports? and exports?|exports? and imports?", text) \
            and EXPORT_WORDS.search(text) and IMPORT_WORDS.search(text):
        return [(EXPORT_WORDS.search(text).group(0), _without(text, [IMPORT_WORDS])),
                (IMPORT_WORDS.search(text).group(0), _without(text, [EXPORT_WORDS]))]
    if (_FASTER_THAN.search(text) and not _SHARE_WORDS.search(text)
            and (exports := _EXPORTS_ALONE.search(text)) and (trade := _ALL_TRADE.search(text))):
        return [(exports.group(0), _without(text, [_ALL_TRADE])),
                (trade.group(0), _without(text, [_EXPORTS_ALONE]))]
    return []


def _flows(sides: list[tuple[str, str]]) -> bool:
    """Whether the sides are exports and imports."""
    return len(sides) == 2 and bool(EXPORT_WORDS.fullmatch(sides[0][0])
                                    and IMPORT_WORDS.fullmatch(sides[1][0]))


def _without(text: str, patterns: list[re.Pattern]) -> str:
    for pattern in patterns:
        text = pattern.sub(" ", text)
    return text


def compare_sides(engine: Engine, q: Query, ranked: list | None = None) -> Answer | None:
    """Both sides' figures (kind 'compare'), or the side found with the missing one named; None when
    the question does not split into sides or no side is found. ranked: the question's ranking, if made."""
    sides = side_texts(q)
    if len(sides) < 2:
        return None
    found: list[FactDoc] = []
    missing: list[str] = []
    for name, text in sides[:3]:
        text = _MARGIN_WORDS.sub(" 增速 " if q.lang == "zh" else " growth rate ", text)   # each side: its rate
        side = engine.parse(text, q.lang)
        ranked = engine._rank(side)
        answer = engine._best(side, ranked, {h.entity for h in side.hits}) if ranked else None
        if answer is not None and answer.found and answer.facts[0] not in found:
            found.append(answer.facts[0])
        else:
            missing.append(name)
    if not found and _flows(sides) and not TOTAL_WORDS.search(q.text):
        # 出口和进口分别是多少: the two flows asked, neither held; the total trade is no answer to it
        close = [engine.docs[i] for _, _, i in (ranked if ranked is not None else engine._rank(q))[:3]]
        return engine._decline(q, "metric not held: exports and imports", close)
    if not found or len(found) == 1 and not missing:
        return None
    log.debug("comparison: %d sides found, %d missing", len(found), len(missing))
    if missing:         # one side held: its figure, and the other side said to be missing
        answer = Answer(q.raw, q.lang, True, "fact", found[:1], score=70, topic=found[0].fact.topic)
        answer.missing = missing
        return answer
    answer = Answer(q.raw, q.lang, True, "compare", found, score=90, topic=found[0].fact.topic)
    settle(answer, bool(GROWTH.search(q.text) or re.search(r"快|faster|quicker", q.text)))
    return answer


def asks_margin(text: str) -> bool:
    """The question asks the margin between two rates (高多少, how many percentage points faster)."""
    return bool(_MARGIN_WORDS.search(text))


def settle(answer: Answer, asks_growth: bool) -> None:
    """Say which of two compared figures is larger: amounts as amounts; when growth is asked, the growth
    rates each states (同比增长41.1% against 20.6%), or two rates as rates."""
    if len(answer.facts) != 2:
        return
    rates = [growth_rate(d) for d in answer.facts] if asks_growth else []
    if asks_growth and None not in rates:
        answer.larger = -1 if rates[0] == rates[1] else 0 if rates[0] > rates[1] else 1
        answer.by_growth = answer.larger >= 0
        answer.margin = f"{abs(rates[0] - rates[1]):.2f}".rstrip("0").rstrip(".")     # in percentage points
    elif not asks_growth or all(d.fact.unit == "%" for d in answer.facts):
        answer.larger = {1: 0, -1: 1}.get(larger(*answer.facts), -1)


_CHANGE = re.compile(r"(增长|增加|提高|上升|上涨|下降|减少|回落|下滑)了?\s*(\d+(?:\.\d+)?)\s*[%％]")
_GROWTH_METRIC = re.compile(r"增速|增长率|增幅|增长$")


def growth_rate(doc: FactDoc) -> float | None:
    """The growth a fact states, in per cent: its change (同比增长20.6%: 20.6, 下降3%: -3.0), or its value when
    it is a growth rate (增速 12.5%); None when it states none."""
    m = _CHANGE.search(doc.fact.change_zh)
    if m:
        return float(m.group(2)) * (-1 if m.group(1) in ("下降", "减少", "回落", "下滑") else 1)
    if doc.fact.unit == "%" and _GROWTH_METRIC.search(doc.fact.metric_zh) and (
            v := re.fullmatch(r"-?\d+(?:\.\d+)?", doc.fact.value.strip())):
        return float(v.group(0))
    return None


def answer_clauses(engine: Engine, q: Query) -> Answer | None:
    """Two questions in one, each answered on its own: both facts (kind 'compare', nothing compared)
    when each clause finds a different one; None otherwise (the question is answered as a whole)."""
    found: list[FactDoc] = []
    for text in split_questions(q.text):
        side = engine.parse(text, q.lang)
        ranked = [r for r in engine._rank(side) if engine.docs[r[2]] not in found]   # a new fact per clause
        answer = engine._best(side, ranked, {h.entity for h in side.hits}) if ranked else None
        if answer is None or not answer.found:
            return None
        found += [d for d in answer.facts if d not in found]
    if len(found) < 2:
        return None
    log.debug("two questions in one: %d facts", len(found))
    return Answer(q.raw, q.lang, True, "compare", found[:3], score=80, topic=found[0].fact.topic)


def larger(a: FactDoc, b: FactDoc) -> int:
    """1 when a's figure is larger, -1 when b's, 0 when they cannot be compared (units differ, no number)."""
    if a.fact.unit != b.fact.unit or not a.fact.unit and "%" not in a.fact.value:
        return 0
    x, y = (re.search(r"\d+(?:\.\d+)?", d.fact.value.replace(",", "")) for d in (a, b))
    if not x or not y or float(x.group(0)) == float(y.group(0)):
        return 0
    return 1 if float(x.group(0)) > float(y.group(0)) else -1
