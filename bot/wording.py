"""Wordings that tell neighbouring figures apart: a target or forecast vs the figure achieved, a
growth rate vs an amount, newly signed vs completed, and what a question says it does NOT want
("不是新签合同额", "not the 2025 target"). Pure functions over a question's text and a fact."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from knowledge import Fact

from .parts import trade_flow

log = logging.getLogger(__name__)

# "不是X / 而非X / 不要X / not the X / rather than X": X is named only to be excluded. The span ends at a
# punctuation mark, a question word or the end. 不要增速 / 不要总额 picks a part of one fact, excluding none.
NEGATED = re.compile(r"(?:而不是|(?<![是还])不是(?!吗)|并非|而非|不算|不含|不包括|"
                     r"(?<!要)不(?:需)?要(?![紧钱]|增|总额|金额|数额|比例|占比)|rather than|instead of|"
                     r"\bnot (?:the|a|its|their|counting|including|just|merely)\b|"
                     r"[(,，]\s*not\b(?! (?:the|a|its|their|counting|including|just|merely)\b)|\bexcluding\b)"
                     r"\s*([^,，。?？;；!！)）]{1,30})")

FLOW_WORDS = re.compile(r"进出口|出口|进口|外贸|贸易|\b(?:imports?|exports?|trade|and)\b|[+&/]")

# A fact that is a goal or plan (目标, 计划), or a forecast (预计, 预期): not a figure achieved.
TARGET_FACT = re.compile(r"目标|计划|打算|target|goal|\bplan")
GOAL_FACT = re.compile(r"目标|计划|打算")
FORECAST_FACT = re.compile(r"预计|预期|有望|forecast|expect|projected")
# A question asking for a goal, a plan, a forecast or what will be.
ASK_TARGET = re.compile(r"目标|计划|打算|规划|预计|预期|有望|力争|将|能|要|想|希望|准备|争取|到20\d\d|"
                        r"mubiao|jihua|guihua|yuji|target|goal|\bplan|\baim|expect|forecast|project|"
                        r"\bwill\b|\bwould\b|\bby 20\d\d\b|\bhop(?:e|es|ing)\b|\bwant|\bintend|\babout to\b|"
                        r"\bdue to\b|\bgoing to\b")
# A question asking what a figure came to in the end: a forecast of it is not the answer.
ASK_OUTCOME = re.compile(r"最后(?:是|达到|实现|完成|为|有)|最终|实际(?:完成|达到|实现)|\bfinal(?:ly)?\b|"
                         r"(?<!预计)(?<!能)达到了|已经?(?:达到|实现|完成)|\b(?:so far|to date)\b|"
                         r"\bended up\b|\bin the end\b|\bactual(?:ly)? (?:reach|achiev|came|turn|record)")
# A question about a period already past (去年, last year): a goal or plan set is not what happened.
ASK_PAST = re.compile(r"去年|前年|上一?年(?!同期)|往年|过去一年|\blast year\b|\bthe previous year\b|"
                      r"\bthe past year\b|\b(?:in|during) 20[01]\d\b|"
                      r"\bhow (?:much|many)\b[^?]{0,12}\bhad\b[^?]{0,60}?"
                      r"\b(?:\w+ed|sold|made|built|grown|won)\b")     # how much had it exported
TARGET_WORDS = re.compile(r"目标|计划|预计|预期|规划|target|goal|plan|forecast|expectation|projection|estimate")

# A question asking by how much a figure changed (a rate, not the amount).
ASK_GROWTH = re.compile(
    r"(?:增长|增加|上涨|涨|下降|下滑|减少|(?<!起)降|加快|回落)了?(?:多少|几成|几个|百分之(?:几|多少)|多快|几倍|幅度)|"
    r"增速|增幅|涨幅|降幅|增长率|同比(?:增长|增加|下降)?(?:了)?(?:多少|几)|翻了几番|"
    r"同比(?:增长|增加|下降|减少)?(?:情况)?\s*(?:20\d\d\s*年?)?\s*[?？]?\s*$|"    # keywords ending 同比增长 (2025)
    r"\bgrowth rate\b|\bgr[eo]w(?:n|th)? by\b|年均(?:增长|增速)|"
    r"\b(?:average annual|annual average|year-on-year) growth\b|"
    r"\b(?:how fast|by how much|how much) (?:did|has|have|was|were|is)\b"
    r"[^?]{0,60}\b(?:grow|grew|rise|risen|increase|climb|jump|fall|fell|drop|decline)|"
    r"\b(?:percentage|percent) (?:growth|increase|rise)\b|\bhow much (?:growth|faster|higher)\b|"
    r"(?:增长|增速|增幅|涨|增)得?(?:更|较|比较)快|"                      # 哪个增长更快: which grew faster
    r"\b(?:grew|grow|grows|grown|growing|rose|risen|rising|increased) (?:much |the )?"
    r"(?:faster|more quickly)\b|"
    r"\bwhat (?:percentage|percent)\b[^?]{0,60}\b"
    r"(?:grow|grew|grown|rise|rose|risen|increase|climb|jump|fall|fell|drop)")
HELD_GROWTH = re.compile(r"增长|增速|增幅|增加|涨|降|减|缩|回落|加快|翻番|翻一番|倍|提高|growth|increase|cut|shorten|reduc|"
                         r"\bup\b|\brose\b|\bgrew\b|doubl|fell|decline|faster|higher than")

# The amount a measure grew by (外贸增量, in absolute terms): an amount asked, not a rate.
INCREMENT = re.compile(r"增量|增加额|增长额|净增|\bin absolute terms\b|\bincrement\b|\babsolute (?:increase|growth)\b")
INCREMENT_HELD = re.compile(r"增量|增加|增长额|净增|比上年多|increment|increase|added|more than")
NO_GROWTH = "an amount, not the growth asked"
# A contribution to another figure's growth (拉动 12.1个百分点) is not the growth of the figure itself.
CONTRIBUTION = re.compile(r"拉动|拉高|拉升|贡献|contribut|percentage points? (?:to|of)|\bpull")
# ... in a question: contributing to growth (contribute data to a system is no such).
_CONTRIBUTION_ASKED = re.compile(r"拉动|拉高|拉升|贡献|percentage points? (?:to|of)|\bpull|"
                                 r"contribut\w*(?=[^?？。]{0,60}?(?:grow|increase|rise|\bpoints?\b|\brate\b))")

# Neighbouring measures one word tells apart: newly signed contracts vs work completed.
SIGNED = re.compile(r"新签|签约|签订|newly signed|new contracts?|contracts? signed|signed")
COMPLETED = re.compile(r"完成营业额|完成额|完成|营业额|turnover|completed")


def negated_spans(text: str) -> tuple[str, ...]:
    """What the question says it does not want: '不是新签合同额哈' -> ('新签合同额哈',)."""
    return tuple(m.group(1).strip() for m in NEGATED.finditer(text) if m.group(1).strip())


def without_negated(text: str) -> str:
    """The question without what it says it does not want (the words that would draw to it)."""
    return NEGATED.sub(" ", text)


def fact_is_target(fact: Fact) -> bool:
    """A goal, plan or forecast (its metric or period says so), not a figure achieved."""
    said = f"{fact.metric_zh} {fact.metric_en.lower()} {fact.period_zh} {fact.period_en.lower()}"
    return bool(TARGET_FACT.search(said) or FORECAST_FACT.search(said))


def fact_is_goal(fact: Fact) -> bool:
    """A goal or plan set (目标, 计划 in its Chinese metric or period; the English may name a
    Five-Year Plan): a weaker answer to a question that asks for no goal."""
    return bool(GOAL_FACT.search(f"{fact.metric_zh} {fact.period_zh}"))


def forecast_for_outcome(text: str, fact: Fact) -> bool:
    """The question asks what a figure came to in the end (最后是多少, final) and the fact only forecasts it."""
    said = f"{fact.metric_zh} {fact.metric_en.lower()} {fact.period_zh} {fact.period_en.lower()}"
    return bool(ASK_OUTCOME.search(without_negated(text)) and FORECAST_FACT.search(said))


# A question asking what was forecast (预计…多少, was expected to export): an outcome is another figure.
ASK_FORECAST = re.compile(r"预计|预期|\b(?:expected|projected|forecast) to\b")


def outcome_for_forecast(text: str, fact: Fact) -> bool:
    """The question asks what was forecast and the fact is the state reached so far (截至目前…已完成20万吨): no
    forecast said. A figure for a span is left alone (预计2019年…12万辆 may be read as the year so far)."""
    if fact.period_start:
        return False
    said = (f"{fact.metric_zh} {fact.metric_en.lower()} {fact.period_zh} {fact.period_en.lower()} "
            f"{fact.statement_zh} {fact.statement_en.lower()}")
    return bool(ASK_FORECAST.search(without_negated(text)) and not FORECAST_FACT.search(said)
                and not fact_is_target(fact))


def goal_for_past(text: str, fact: Fact) -> bool:
    """The question asks about a period already past (去年, last year) and the fact is a goal or plan."""
    clean = without_negated(text)
    return bool(ASK_PAST.search(clean) and not ASK_TARGET.search(ASK_PAST.sub(" ", clean))
                and fact_is_target(fact))


# A five-year plan named as a period (十四五期间, during the 14th Five-Year Plan): no goal asked.
_PLAN_PERIOD = re.compile(r"十[一二三四五]五[”\"]?(?:规划)?[”\"]?(?:期间|时期|以来)|"
                          r"\b(?:during|in|over|under) the 1[1-5]th five[- ]year plan\b|"
                          r"\b1[1-5]th five[- ]year plan period\b")


def asks_target(text: str) -> bool:
    """The question asks for a goal, plan or forecast (outside what it says it does not want)."""
    return bool(ASK_TARGET.search(_PLAN_PERIOD.sub(" ", without_negated(text))))


def asks_growth(text: str) -> bool:
    """The question asks by how much a figure changed (涨了多少, 增速, how fast did it grow)."""
    return bool(ASK_GROWTH.search(without_negated(text)))


def holds_growth(fact: Fact) -> bool:
    """The fact gives a change: its change field, or a metric or value that is a change."""
    if fact.change_zh or fact.change_en:
        return True
    return bool(HELD_GROWTH.search(f"{fact.metric_zh} {fact.metric_en.lower()} {fact.value} "
                                   f"{fact.value_en.lower()}"))


def excluded(span: str, fact: Fact, fact_text: str) -> bool:
    """The fact is what a negated span describes: every feature the span names (a goal or forecast,
    a year, the whole year, other words) holds for it; a span naming nothing excludes nothing."""
    rest = span.lower()
    checks = []
    if TARGET_WORDS.search(rest):
        checks.append(fact_is_target(fact))
        rest = TARGET_WORDS.sub(" ", rest)
    years = re.findall(r"20\d\d", rest)
    if years:
        period = f"{fact.period_start or ''} {fact.period_end or ''} {fact.period_zh}"
        checks.append(all(y in period for y in years))
        rest = re.sub(r"20\d\d年?", " ", rest)
    flow = trade_flow(rest.replace("+", " and "))
    if flow:                            # 不是出口: a fact of total trade still answers; not imports+exports
        held = trade_flow(f"{fact.metric_zh} {fact.metric_en.lower()}")
        checks.append(held == flow)
        rest = FLOW_WORDS.sub(" ", rest)
    if re.search(r"全年|full[- ]year|whole year", rest):
        checks.append("全年" in fact.period_zh or "full year" in fact.period_en.lower())
        rest = re.sub(r"全年|full[- ]year|whole year", " ", rest)
    rest = re.sub(r"[的哈啊呀吧呢嘛那个这个]|\b(?:the|a|an|one|ones|figure|number|value|of|for|in|year|"
                  r"just|only|merely)\b", " ", rest)
    words = [w for w in re.split(r"[\s+&/()（）]+", rest) if len(w) >= 2]     # imports+exports: both words
    if words:
        checks.append(all(names(w, fact_text) for w in words))
    return bool(checks) and all(checks)


_OUTSIDE_AFTER = re.compile(r"(?:以外|之外)")
_OUTSIDE_BEFORE = re.compile(r"(?:除了?|other than |excluding |except )$")


def names(word: str, fact_text: str) -> bool:
    """The fact's text names a word as what it is about, not as what it leaves out (起落架以外的附件,
    除起落架外, other than landing gear)."""
    for m in re.finditer(re.escape(word), fact_text):
        if not (_OUTSIDE_AFTER.match(fact_text, m.end()) or _OUTSIDE_BEFORE.search(fact_text[:m.start()])):
            return True
    return False


@dataclass(frozen=True)
class Asked:
    """What a question's wording asks, read once per question (the checks run per candidate)."""
    negated: tuple[str, ...] = ()   # what it says it does not want
    growth: bool = False            # a growth rate, not an amount
    target: bool = False            # a goal, plan or forecast
    signed: bool = False            # newly signed (not work completed)
    completed: bool = False         # work completed (not newly signed)
    contribution: bool = False      # a contribution to another figure's growth (拉动, 贡献)
    contributes: bool = False       # its words name the contribution (贡献率, 拉动), not only 百分点


def read_asked(text: str, negated: tuple[str, ...] = ()) -> Asked:
    """The wording of a question without its negated spans (given apart)."""
    signed, completed = bool(SIGNED.search(text)), bool(COMPLETED.search(text))
    points = bool(_CONTRIBUTION_ASKED.search(text) or "百分点" in text or "percentage point" in text)
    growth = asks_growth(text) and not INCREMENT.search(text)     # 外贸增量: the amount it grew by
    return Asked(negated, growth, asks_target(text), signed and not completed,
                 completed and not signed, points, bool(_CONTRIBUTION_ASKED.search(text)))


def neighbour_mismatch(asked: Asked, fact: Fact, fact_text: str, several: bool = False) -> str:
    """Why a fact is the neighbouring figure of the one asked ('' when it is not); several: the
    question compares two figures (two amounts side by side answer 'by how much')."""
    for span in asked.negated:
        if excluded(span, fact, fact_text):
            return f"the question excludes it ({span})"
    if asked.growth and not several and not holds_growth(fact):
        return NO_GROWTH
    metric = f"{fact.metric_zh} {fact.metric_en.lower()}"
    if asked.growth and not asked.contribution and CONTRIBUTION.search(metric):
        return "a contribution to growth, not the growth asked"
    if not asked.contribution and fact.unit == "个百分点" and CONTRIBUTION.search(metric):
        return "a contribution to growth, not asked"    # how much of that was trade with X: not 拉动12.1个百分点
    if asked.contributes and not CONTRIBUTION.search(metric):     # 贡献率 asked: not the amount itself
        return "not the contribution to growth asked"
    if asked.signed or asked.completed:
        metric = f"{fact.metric_zh} {fact.metric_en.lower()}"
        if asked.signed and COMPLETED.search(metric) and not SIGNED.search(metric):
            return "work completed, not newly signed"
        if asked.completed and SIGNED.search(metric) and not COMPLETED.search(metric):
            return "newly signed, not work completed"
    return ""


GROWTH_METRIC = re.compile(r"增速|增幅|增长|涨幅|growth")


def growth_of_same(amount: Fact, fact: Fact) -> bool:
    """A growth asked of a measure held without it (实际使用外资) is answered only by a growth of that
    measure: the same entity's growth metric naming it, not another measure's rise."""
    if fact.entity != amount.entity:
        return False
    metric, held = fact.metric_zh, amount.metric_zh
    return bool(GROWTH_METRIC.search(metric)) and any(held[k:k + 2] in metric for k in range(len(held) - 1))
