"""The wording of follow-ups: pronouns that point back at the conversation's subject (它, 该公司, its,
there), periods named relative to the conversation's (去年 after 2024 is 2023), a comparison with the
previous answer (跟去年比呢, is that more than last year?) and a growth asked alone (And the growth?).
Pure functions over a question (read in lower case); conversation.py decides what to do with them."""
from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# Words pointing back at what the conversation is about. 其 only as a possessive (其出口, 其营收), not
# in 其中 / 其他 / 其实; 'there' only as a place (clear customs there), not 'there are' / 'is there'.
PRONOUN = re.compile(
    r"(?<!其)它们?|他们|该(?:公司|企业|集团|机场|港|市|省|区|园|厂|基地|平台|项目|班列|线路|地)|这家|那家|"
    r"(?<![尤极])其(?![中他它余实次后前间])|那里|那儿|"
    r"\b(?:its|it|they|their|them)\b|"
    r"\bthere\b(?<!\bare there)(?<!\bis there)(?<!\bwere there)(?<!\bwas there)"
    r"(?! (?:is|are|was|were|have|has)\b)")

# A definite description ('the plant', 'this company'): the subject, unless the question names another.
DEFINITE = re.compile(r"\b(?:this|that|the) "
                      r"(?:company|firm|airport|port|zone|group|plant|factory|base|park)\b")

# A region word as the scope of a ranking or a share, not a new subject: after the FTZ's innovations,
# "How many were copied nationwide?" still asks about the FTZ.
SCOPE_WORDS = frozenset({"全省", "全市", "全国", "本省", "本市", "省内", "市内", "nationwide", "national",
                         "nation-wide", "province-wide", "provincewide", "citywide", "city-wide"})

# Words that qualify what is counted (国内的呢: the domestic ones), never a subject of their own.
QUALIFYING_PLACES = frozenset({"国内", "境内", "domestic", "domestically", "at home"})

# A year named relative to the conversation's period: 去年 after a 2024 figure asks 2023.
_RELATIVE_YEAR = [(re.compile(r"前年|[2两二]年前|\bthe year before last\b|"
                              r"\btwo years (?:earlier|before|ago)\b"), -2),
                  (re.compile(r"去年|上年|上[1一]年|前[1一]年|[1一]年前|\blast year\b|\bthe year before\b|"
                              r"\bthe previous year\b|\ba year (?:earlier|before|ago)\b|"
                              r"\bthe prior year\b"), -1),
                  (re.compile(r"次年|第[2二]年|后[1一]年|下[1一]年|明年|\bthe (?:next|following) year\b|"
                              r"\ba year later\b"), 1)]

# A comparison with the previous answer's figure: its growth over the year before, or both figures.
COMPARE_LAST = re.compile(
    r"(?:跟|和|与|同|比|较|相比|对比)(?:去年|上年|上一年|前一年|上年同期|去年同期)(?:相?比)?|同比(?:呢|如何|怎么样|怎样)|"
    r"比去年|多了吗|少了吗|增加了吗|减少了吗|涨了吗|降了吗|是增是减|是涨是跌|"
    r"\b(?:compared?|comparison) (?:with|to) "
    r"(?:last year|the (?:previous|prior) year|a year (?:earlier|before|ago))|"
    r"\b(?:more|less|higher|lower|bigger|smaller|up|down) (?:than|from|on) "
    r"(?:last year|the (?:previous|prior) year|"
    r"a year (?:earlier|before|ago)|the year before)|\bvs\.? last year\b|\bup or down\b|"
    r"\b(?:increase|decrease|rise|fall|grow|drop) (?:from|on|over) (?:last year|the year before)|"
    r"(?:跟|和|与|同|比|较|相比|对比)\s*20[0-4]\d年?\s*(?:相?比|呢|如何|怎么样)|"
    r"\b(?:compared?|comparison) (?:with|to) (?:in )?(?:the same period (?:of|in) )?20[0-4]\d\b|"
    r"(?:跟|和|与|同|比|较)\s*20[0-4]\d年?同期(?:相?比)?")

# Which of the last two figures grew faster ('哪个增长更快', 'which of the two grew faster?'): both growths.
BOTH_GROWTHS = re.compile(r"哪个(?:增长|增速|涨)得?更?(?:快|高|多)|谁(?:增长|涨)得?更?(?:快|多)|"
                          r"\bwhich (?:of (?:the|them|these)(?: two)?\s|one\s)?(?:has\s|is\s)?"
                          r"(?:grew|grown|growing|"
                          r"rose|risen|rising|increased|increasing|expanded) (?:faster|more|quicker)")

# A growth asked with no other word ('And the growth?', '增幅呢？'): the last figure's growth.
GROWTH_ALONE = re.compile(
    r"^(?:and |what about |how about |and what about )?(?:the |its |their )?"
    r"(?:growth|growth rate|rate of growth|increase|change|year-on-year (?:growth|change)|yoy)\s*[?？.。!！]*$|"
    r"^(?:那|那么)?(?:增速|增幅|涨幅|增长率|增长|同比)(?:呢|如何|怎么样|是多少)?[?？。!！]*$")

# The pace compared with another period ('比上半年快了多少', 'how much faster than in H1'): a growth rate.
PACE = re.compile(r"(?:比|较|相比|than)[^,，。?？]{0,12}?(?:快|慢|高|低|加快|放缓|提高|回落|faster|slower|higher|lower)|"
                  r"(?:快了|慢了|加快了|提高了|放缓了)(?:多少|几)|\b(?:faster|slower|accelerat\w*)\b")
_REFERENCE = re.compile(r"(?:比|较|跟|和|与|同|相比|相较于?|对比)\s*(?:去年|上年|上[1一]年|前[1一]年)|"
                        r"\b(?:than|compared (?:with|to)|over|from|on|since|vs\.?) "
                        r"(?:last year|the (?:previous|prior) year|a year (?:earlier|before|ago)|"
                        r"the year before)")
_ANY_YEAR = re.compile(r"(?<!\d)(20[0-4]\d)(?!\d)")


def points_back(text: str, names_own: bool = False) -> bool:
    """The question points at something said before (它, 该公司, its, there; 'the plant' only when
    it names no subject of its own)."""
    text = text.lower()
    return bool(PRONOUN.search(text) or not names_own and DEFINITE.search(text))


def compares_with_last(text: str) -> bool:
    """'跟去年比呢' / 'is that more than last year?': the previous figure against the year before."""
    return bool(COMPARE_LAST.search(text.lower()))


def both_growths(text: str) -> bool:
    """'Which of the two grew faster?': the growths of the last two figures, side by side."""
    return bool(BOTH_GROWTHS.search(text.lower()))


def growth_alone(text: str) -> bool:
    """'And the growth?' / '增幅呢': nothing asked but a growth."""
    return bool(GROWTH_ALONE.search(text.strip().lower()))


def asks_pace(text: str) -> bool:
    """'比上半年快了多少': a growth rate compared with another period's."""
    return bool(PACE.search(text.lower()))


def relative_year(text: str) -> int:
    """The shift in years a question names relative to the conversation's (去年 -1, 前年 -2), or 0; a
    year named as what a figure is compared with (比去年增长, up on last year) is not the one asked."""
    text = _REFERENCE.sub(" ", COMPARE_LAST.sub(" ", text.lower()))
    for pattern, shift in _RELATIVE_YEAR:
        if pattern.search(text):
            return shift
    return 0


def shifted_period(period: str, shift: int, fallback_year: int | None) -> str:
    """The conversation's period words moved by `shift` years ('2024年 上半年' -> '2023年 上半年');
    '' when no year is known to move."""
    years = _ANY_YEAR.findall(period)
    if years:
        return _ANY_YEAR.sub(lambda m: str(int(m.group(1)) + shift), period)
    if fallback_year is None:
        return ""
    return f"{fallback_year + shift}年 {period}".strip()


def without_relative_year(text: str) -> str:
    """The question without the words naming a year relative to the conversation's."""
    for pattern, _ in _RELATIVE_YEAR:
        text = pattern.sub(" ", text)
    return text
