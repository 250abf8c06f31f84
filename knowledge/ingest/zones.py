"""A bonded zone's or a hub's dated steps (获批设立, 通过验收, 封关运营 on a day or in a month) and the part
they are of (首期, 二期, 第三跑道) as facts."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .vocab import Metric

log = logging.getLogger(__name__)

_DATE = (r"(?:(?P<year>(?:19|20)\d\d)年|(?P<same>同年|当年)|(?<![\d\-—～~至到年]))(?P<month>\d{1,2})月"
         r"(?:(?P<day>\d{1,2})日)?(?!份|底|末|以来|[上中下]旬)|(?<![\d月])(?P<dayonly>\d{1,2})日")
# A day, then within the clause what happened to the zone: approval, acceptance, start behind customs.
ZONE_EVENT = re.compile(rf"(?:{_DATE})[，,]?(?P<between>[^。；，,]{{0,30}}?)(?:正式)?"
                        r"(?P<verb>封关运营|封关运行|(?:获|经)?(?:国务院)?(?:批复|批准|获批)设立|"
                        r"通过(?P<what>[^，。；]{0,30}?)验收)")
PHASE = re.compile(r"(首期|一期|二期|三期|四期|第[二三四五]跑道|T\d航站楼)")
_PHASE_EN = {"首期": "phase I", "一期": "phase I", "二期": "phase II", "三期": "phase III", "四期": "phase IV",
             "第二跑道": "second runway", "第三跑道": "third runway", "第四跑道": "fourth runway",
             "第五跑道": "fifth runway"}
_AREA_UNITS = ("平方公里", "平方米", "万平方米", "亩", "公顷")


@dataclass
class ZoneEvent:
    """A zone's dated step: where it is printed, the day in full (YYYY年M月D日), and its metric."""

    start: int
    end: int
    day: str
    metric: Metric


def _metric(verb: str, phase: str) -> Metric:
    """The metric of a step: 封关运营日期, 国务院批复设立日期, 二期通过验收日期."""
    en_phase = f"{_PHASE_EN.get(phase, phase)} " if phase else ""     # T2航站楼 stays as printed
    if verb.startswith("通过"):
        zh, en, key = "通过验收", "acceptance", "acceptance"
    elif verb.startswith("封关"):
        zh, en, key = verb, "start of operation behind customs", "customs_closure"
    else:
        zh = re.sub(r"^[获经]", "", verb)
        en, key = "approval", "approval"
    pid = {"首期": "phase1_", "一期": "phase1_", "二期": "phase2_", "三期": "phase3_", "四期": "phase4_"}
    part = pid.get(phase) or (re.sub(r"\W+", "_", _PHASE_EN.get(phase, "")).lower() + "_" if phase else "")
    return Metric(f"{part.lstrip('_')}{key}_date", f"{phase}{zh}日期", f"{en_phase}{en} date", "policy",
                  (phase, zh, "验收" if key == "acceptance" else "设立" if key == "approval" else "封关"))


def zone_events(text: str, ref_year: int, ref_month: int) -> list[ZoneEvent]:
    """Each dated step of a zone in a sentence, the year carried from the day before (同年12月25日)."""
    out: list[ZoneEvent] = []
    year, month, phase = ref_year, ref_month, ""
    for m in ZONE_EVENT.finditer(text):
        if m.group("year"):
            year = int(m.group("year"))
        elif not m.group("same") and not out:
            year = ref_year
        if m.group("dayonly"):
            day = f"{year}年{month}月{int(m.group('dayonly'))}日"
        else:
            month = int(m.group("month"))
            day = f"{year}年{month}月" + (f"{int(m.group('day'))}日" if m.group("day") else "")   # 2024年11月
        found = PHASE.search(m.group("between") + (m.group("what") or ""))
        phase = found.group(1) if found else phase         # 首期…通过验收，并于当年…封关运行: still 首期
        out.append(ZoneEvent(m.start(), m.end(), day, _metric(m.group("verb"), phase)))
    return out


def phase_area(label: str, before: str, unit: str) -> Metric | None:
    """A zone's or a phase's area (二期规划面积3.36平方公里, 首期1.82平方公里 printed without 面积), named with
    its phase and 规划 in both languages; else None."""
    if not unit.endswith(_AREA_UNITS):
        return None
    found = re.search(r"(首期|一期|二期|三期|四期)(?:工程|项目)?(?:规划)?(?:占地)?(?:面积)?(?:为|达|约)?$", before)
    phase = found.group(1) if found else ""
    planned = "规划" in label
    if not phase and not planned or "面积" not in label and not phase:
        return None
    pid = "phase1" if phase in ("首期", "一期") else {"二期": "phase2", "三期": "phase3", "四期": "phase4"}.get(phase, "")
    en = " ".join(w for w in (_PHASE_EN.get(phase, ""), "planned" if planned else "", "area") if w)
    zh = f"{phase}{'规划' if planned else ''}面积"
    return Metric("_".join(w for w in (pid, "planned" if planned else "", "area") if w), zh, en, "policy",
                  tuple(w for w in (phase, "规划" if planned else "", "面积", "area") if w))


# A port's or plant's capacity or berths (泊位, 通过能力, 产能) and the last plan or phase said before it in the
# sentence: 港区规划建设21个泊位，设计年通过能力1740万吨 (planned); 已建成投产一期工程4个泊位 (phase I).
_CAPACITY = re.compile(r"泊位|通过能力|吞吐能力|产能|处理能力")
_PLAN_OR_PHASE = re.compile(r"规划|首期|一期|二期|三期|四期")


def planned_or_phase(metric: Metric, before: str) -> Metric:
    """A capacity or a count of berths named with the plan or phase the sentence said last before it."""
    said = _PLAN_OR_PHASE.findall(before)
    if not _CAPACITY.search(metric.zh) or not said or said[-1] in metric.zh:
        return metric
    word = said[-1]
    en, key = ("planned", "planned") if word == "规划" else (_PHASE_EN[word], "phase" + str(
        {"首期": 1, "一期": 1, "二期": 2, "三期": 3, "四期": 4}[word]))
    return Metric(f"{key}_{metric.id}", word + metric.zh, f"{en} {metric.en}", metric.topic,
                  (*metric.keywords, word))


# 湖北省首家综合保税区, 省内第四家: a place named to say which one the zone is among, not the subject.
# 我省最大的铁水联运港, 全国唯一的…机场: the same for a hub.
_AMONG_AFTER = re.compile(r"^(?:省内|市内|境内|国内|全国|全省)?(?:首家|首个|首座|首批|第[一二三四五六七八九十\d]{1,3}[家个座]|"
                          r"唯一一?[家个座]?|最大|最早)的?"
                          r"(?:[^，。；]{0,8}?(?:综合保税区|综保区|保税区|自贸区|片区|园区|口岸|机场|港|枢纽|物流园|码头))")


def names_which_one(after: str) -> bool:
    """Whether a place is followed by 首家…综合保税区 (which one the zone is), so it is not the subject."""
    return bool(_AMONG_AFTER.match(after))
