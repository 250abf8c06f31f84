"""Who, when and what a figure is not about: informants, names in quoted titles, the month closing a
span, a conversion (折合…亿美元) of the value before."""
from __future__ import annotations

import datetime as _dt
import logging
import re
from typing import Callable

from .masthead import PUBLICATIONS
from .periods import Period
from .text import simplify
from .vocab import PARTNER_ALT, PARTNER_NAME, PARTNERS, Metric

log = logging.getLogger(__name__)

_SAID_BY = re.compile(r"(?:海关|统计局|商务厅|商务局|口岸办)?(?:获悉|统计|数据显示|消息|发布|介绍|通报|透露)")


# An office that speaks (武汉市商务局介绍，…; 省商务厅日前公布，…): it gives the figures, it is not their subject.
_OFFICE = re.compile(r"(?:局|厅|海关|委|办|署|部)$")
_SPEAKS = re.compile(r"(?:相关负责人|负责人|有关负责人)?(?:日前|近日|今天|今日|昨天|昨日)?"
                     r"(?:介绍|表示|称|透露|指出|公布|发布|通报)[，,:：]")


def informant(text: str, mention: tuple[int, int, str]) -> bool:
    """Whether a name is who gave the figures (据武汉海关统计, 从武汉海关获悉, 商务局介绍，), not what they are
    about."""
    start, end, _ = mention
    return bool(re.search(r"(?:据|从|记者从|来自)$", text[max(0, start - 3):start])
                and _SAID_BY.match(text, end)) \
        or bool(re.match(r"(?:海关)?(?:数据显示|统计显示|发布的?数据)", text[end:end + 8])) \
        or bool(_OFFICE.search(text[start:end]) and _SPEAKS.match(text, end))


def quoted_list(text: str, mention: tuple[int, int, str]) -> bool:
    """Whether a name sits in one of several quoted titles (“白俄罗斯—武汉”“欧洲—武汉”等5条线路)."""
    start = mention[0]
    return text[:start].count("“") > text[:start].count("”") and text.count("“") >= 2 \
        and bool(re.search(r"”“|”、“", text))


_VAGUE = re.compile(r"^20\d\d年$|以来|起")


def named_as_role(text: str, mention: tuple[int, int, str], mentions: list[tuple[int, int, str]]) -> bool:
    """A name in the role a subject plays (盐卡港区作为荆州港的核心港区，…): the subject before 作为 is meant."""
    role = re.search(r"作为[^，。；,;]*$", text[:mention[0]])
    return bool(role) and any(re.fullmatch(r"[^，。；,;]{0,4}", text[m[1]:role.start()]) for m in mentions)


# Examples listed before a count (A、B、C等10个…): names in it are examples.
_LISTED = re.compile(r"[^，。；：,;:]*、[^，。；：,;:]*等(?=\d|[一二三四五六七八九十两几]+[个家项种条所座])")


def listed_example(text: str, mention: tuple[int, int, str], fig_start: int,
                   mentions: list[tuple[int, int, str]]) -> bool:
    """A name inside the examples listed before a count (随州香菇、…、蕲春蕲艾等10个…优势区): an example, not the
    subject; a place owning the first example (湖北省随州香菇) stays one."""
    spans = [m for m in _LISTED.finditer(text) if m.start() <= mention[0] < m.end() <= fig_start]
    if not spans:
        return False
    first = text.find("、", spans[0].start())
    if mention[0] > first:
        return True
    rest = text[mention[1]:first]          # in the first item: its own words only (not 湖北对美国、…)
    return len(rest) <= 6 and not re.search(r"[对向与和在从为是]", rest) \
        and not any(mention[1] <= m[0] < first for m in mentions)


def detail_of(period: Period, outer: Period | None, lead: Period | None = None,
              ref: _dt.date | None = None) -> bool:
    """Whether a period is a shorter part of the span in force, overlapping it (3月当月 after 一季度, 10月起
    after 前11个月): a detail within the article's period, not a new period for the paragraphs after. The
    period the article led with is none (4月份… then 1-4月… then 4月份 again: the paragraphs after are April's).
    A year over by the article's date is no vague year: 去年11月 after 2021年 in January 2022 is a detail."""
    if not (outer and outer.start and outer.end and period.start and period.end):
        return False
    over = ref is not None and re.fullmatch(r"20\d\d年", outer.zh) and outer.end < ref.isoformat()
    if _VAGUE.search(outer.zh) and not over:
        return False                      # 今年, 今年以来, 4月起 in force: 前11个月 says which part
    if lead and (lead.start, lead.end) == (period.start, period.end):
        return False
    return period.start <= outer.end and period.end >= outer.start and _days(period) < _days(outer)


def _days(period: Period) -> int:
    """A period's length in days."""
    return (_dt.date.fromisoformat(period.end) - _dt.date.fromisoformat(period.start)).days


_CURRENCY_EN = {"美元": "US dollars", "港元": "Hong Kong dollars", "欧元": "euros", "元": "yuan"}
CONVERTED = re.compile(r"(?:折合|约合|合)(?:美元|人民币|港元)?约?")


def converted(last: Metric, unit: str) -> Metric:
    """The metric of a value restated in another currency (折合720.5亿美元 after 5123.4亿元)."""
    cur = next((c for c in _CURRENCY_EN if unit.endswith(c)), "")
    return Metric(f"{last.id}_in_{_CURRENCY_EN.get(cur, 'other').split()[-1]}", f"{last.zh}（折合{cur or unit}）",
                  f"{last.en} (in {_CURRENCY_EN.get(cur, unit)})", last.topic)


def _press_names() -> re.Pattern:
    """Papers' and agencies' names, with the city some are printed with (香港文汇报, 香港商报)."""
    names = "|".join(sorted(map(re.escape, PUBLICATIONS), key=len, reverse=True))
    return re.compile(rf"(?:香港|澳门|湖北|武汉)?(?:{names})")


_PRESS = _press_names()


def off_press(text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The names but those inside a paper's name (香港商报 is no story about Hong Kong)."""
    spans = [m.span() for m in _PRESS.finditer(text)]
    return [m for m in mentions if not any(a <= m[0] < b for a, b in spans)]


CITY_WORDS = ("全市", "本市", "我市", "该市")


def city_story(main: str, kind: str) -> bool:
    """Whether an article is about a city of the province other than Wuhan: its 全市 is that city."""
    return kind == "region" and main not in ("hubei", "wuhan", "china", "hong-kong")


# 7家湖北企业在港上市: a count of a place's firms belongs to that place.
OWNER_AFTER = re.compile(r"^(?:余|多)?(?:家|个|位|名)?$")
_OWNED = re.compile(r"^(?:企业|公司|外资企业|民营企业|外贸企业|项目)")


def owner_after(text: str, fig_end: int, mentions: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The place right after a count whose firms or projects are counted (7家湖北企业), else None."""
    for m in mentions:
        if fig_end <= m[0] <= fig_end + 2 and OWNER_AFTER.match(text[fig_end:m[0]]) \
                and _OWNED.match(text[m[1]:]) and not m[2].startswith("new:"):
            return m
    return None


def described_after(text: str, fig_end: int, mentions: list[tuple[int, int, str]],
                    kind: Callable[[str], str]) -> tuple[int, int, str] | None:
    """The name a figure's words describe, right after them (拥有180余家会员企业的武汉台资企业协会): not a region or
    a partner, whose figures these would not be (拥有1200万人口的武汉); None when there is none."""
    for m in mentions:
        if fig_end < m[0] <= fig_end + 12 and re.fullmatch(r"[\u4e00-\u9fff]{0,10}的", text[fig_end:m[0]]) \
                and kind(m[2]) not in ("region", "partner", "event"):
            return m
    return None


# 8月28日，…签约仪式在武汉举行: the day of an event, which the paragraph's deals and counts keep.
EVENT_DAY = re.compile(r"举行|举办|召开|开幕|启幕|揭幕|拉开帷幕|封关运营|封关运行|签约仪式|签约|启动|揭牌|开通|首航|首发")


def forecast_before(text: str, pos: int, at: int, period: Period | None, ref: _dt.date) -> bool:
    """Whether a period still ahead of the article's date, found at `at`, lies in an earlier clause (before ；)
    than pos: a forecast there (预计2028年投产) is not the period of the next clause's figure."""
    ahead = bool(period and period.end and period.end > ref.isoformat())
    return ahead and 0 <= at < text.rfind("；", 0, pos)




def with_partners(text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The names, and the partners (countries, regions, blocs) the base does not hold as 'partner:name'."""
    extra = [(m.start(), m.end(), "partner:" + m.group(0)) for m in PARTNER_NAME.finditer(text)
             if not any(a < m.end() and m.start() < b for a, b, _ in mentions)]
    return sorted(mentions + extra)


def partner_named(text: str, mention: tuple[int, int, str], main: str) -> bool:
    """Whether a name is a trade partner's (香港, 新加坡) in an article about somewhere else: a partner is
    where trade goes, never the subject of the article's own figures."""
    return mention[2] != main and text[mention[0]:mention[1]] in PARTNERS


def event_day(period: Period | None, text: str) -> bool:
    """Whether a sentence names the day of an event (8月28日，…签约仪式举行): its paragraph keeps that day."""
    return bool(period and period.start and period.start == period.end and EVENT_DAY.search(text))


def headline(text: str, title: str) -> bool:
    """The title, or a line without punctuation (a title and subtitle run together): they repeat the body."""
    flat = re.sub(r"\s+", "", simplify(title))       # the body's copy: simplified, without the title's spaces
    bare = re.sub(r"^原标题[:：]", "", re.sub(r"\s+", "", text).rstrip("!！?？"))   # one part of a title cut at its !
    return text == title or bare == flat or len(bare) >= 8 and bare in flat and not bare.endswith("。") or (
        len(text) < 80 and not re.search(r"[，。；,;：:！？]", text)) or (
        len(flat) >= 8 and flat in bare and "。" not in text)   # the masthead lines around the title


# 自港进口25.6亿元, 从东盟进口: imports from a partner (the vocabulary's pattern reads 对/与 only).
_IMPORT_FROM = re.compile(rf"(?:自|从)({PARTNER_ALT})(?:的)?(进口)")
# 中国香港23.85亿美元、新加坡4.68亿美元; 美国实际投资1.46亿美元: foreign investment by its source.
_SOURCE = re.compile(rf"(?:以及|及|和|其中)?(?:中国)?({PARTNER_ALT})"
                     r"(?:的|对[\u4e00-\u9fff]{2,4}的?|在[\u4e00-\u9fff]{2,4})?"
                     r"(?:实际投资|实际到资|投资|到资|实际使用外资)?(?:额|金额)?(?:为|达|约)?$")
_FDI_CUE = re.compile(r"外资来源|来源地|实际投资|实际到资|外商投资|实际使用外资|利用外资")


_PRONOUN_FLOW = re.compile(r"(?:对|与|同)其(?:之间的?)?(?:货物贸易|贸易)?(进出口|贸易|出口|进口)[^，；。]{0,4}$")


def flow_partner(text: str, pos: int, found: tuple[str, str] | None) -> tuple[str, str] | None:
    """The partner and flow of the figure at pos: imports from a partner (自港进口) when named after the
    vocabulary's 对X出口 in the 30 characters before; 对其进出口 after a partner named alone (东盟…，对其…)."""
    window = text[max(0, pos - 30):pos]
    pronoun = _PRONOUN_FLOW.search(text[:pos])
    named = list(PARTNER_NAME.finditer(text[:pronoun.start()])) if pronoun else []
    if named and not found:
        return named[-1].group(0), pronoun.group(1)
    imports = list(_IMPORT_FROM.finditer(window))
    if not imports:
        return found
    last = imports[-1]
    if found and window.rfind(found[0] + found[1]) > last.start():
        return found
    return last.group(1), last.group(2)


def investing_partner(text: str, pos: int) -> str | None:
    """The partner whose investment a figure is (香港23.85亿美元 after 外资来源地…, 美国实际投资1.46亿美元),
    else None."""
    clause = text[max(text.rfind(c, 0, pos) for c in "，,；;：:、") + 1:pos]
    clause = re.split(r"\d(?:亿|万)?(?:美元|港元|元)|%|倍", clause)[-1]     # …4.68亿美元以及日本1.51亿美元
    m = _SOURCE.fullmatch(clause)
    if not m or not (_FDI_CUE.search(text[:pos]) or "投资" in clause or "到资" in clause):
        return None
    return m.group(1)


_FLOW_BEFORE = re.compile(r"(?:对|与)[^，。；]{0,20}?(进出口|出口|进口)")


def listed_partner(text: str, pos: int) -> tuple[str, str] | None:
    """A partner named alone before its figure in a list (对印度271.7亿元、墨西哥130.9亿元), with the flow of
    the trade named earlier in the sentence (进出口 when none)."""
    clause = text[max(text.rfind(c, 0, pos) for c in "，,；;：:、") + 1:pos]
    m = re.fullmatch(rf"(?:对|与)?({PARTNER_ALT})(?:为|达)?", clause)
    if not m:
        return None
    flows = _FLOW_BEFORE.findall(text[:pos - len(clause)])
    return m.group(1), flows[-1] if flows else "进出口"


_PARTNER_THEN = re.compile(rf"(?:与|同|对)({PARTNER_ALT})[^，；。\d]{{0,16}}[，,]"
                           r"(?:双边|双方)?(?:贸易|进出口|贸易值|贸易额|进出口值|进出口额)(?:为|达|达到|实现)?$")


# 欧盟是湖北省第一大贸易伙伴，双边贸易值X亿元 / 对美进出口总值X亿元: the partner the clause before is about.
_PARTNER_IS = re.compile(rf"({PARTNER_ALT})(?:仍然?|继续)?(?:是|为|成为|保持为?)[^，；。\d]{{0,16}}"
                         r"(?:贸易伙伴|贸易市场|出口市场|进口来源地)[，,]"
                         r"(?:双边|双方|对[\u4e00-\u9fff]{1,3}?)?(?:贸易|进出口)(?:总值|总额|值|额)?"
                         r"(?:为|达|达到|实现)?$")


def partner_then(text: str, pos: int) -> tuple[str, str] | None:
    """A partner its clause names before the next clause gives the trade (与东盟合作升温，贸易值X亿元;
    欧盟是第一大贸易伙伴，双边贸易值X亿元)."""
    sentence = text[max(text.rfind(c, 0, pos) for c in "；;。") + 1:pos]
    m = _PARTNER_THEN.search(sentence) or _PARTNER_IS.search(sentence)
    return (m.group(1), "进出口") if m else None


_MORE = re.compile(r"(?:追投|追加投资|增资|加码|再投|再次投资|增加投资)$")
_INVEST = re.compile(r"(?:投资|投建|投入|总投资)(?:了|约|达|超|近)?$")


def firm_investment(label: str, unit: str) -> Metric | None:
    """A firm's own money put in (安波福再次追投20亿元): its investment, or an added one, as a measure."""
    if not unit.endswith("元"):
        return None
    if _MORE.search(label):
        return Metric("additional_investment", "追加投资额", "additional investment", "investment",
                      ("追投", "追加投资", "增资", "invest more", "additional investment"))
    if _INVEST.search(label):
        return Metric("investment", "投资额", "investment", "investment", ("投资", "invest", "investment"))
    return None
