"""Events: dates of firsts (8月7日建成投用), years a thing started (自2012年开行以来), editions and times."""
from __future__ import annotations

import datetime as _dt
import re

from .entities import slug, stands_as_subject
from .kinds import dated_steps
from .figures import DATE_EVENT, ORDINAL, YEAR_EVENT, Figure, clause_start as _clause_start
from .naming import EVENT_EN
from .periods import Period, as_of, find_period
from .states import EDITION_OF
from .text import Sentence
from .vocab import Metric, english

_FOUNDED = ("成立", "创立", "创办", "组建")
_DEPART = ("起飞", "发车", "启程")
_WHERE = re.compile(r"[从在由经自向往至到赴]$")    # 首趟某某班列从武汉…发车: a place it leaves from, no subject
_FIRST_OF = re.compile(r"了?(?:(?:19|20)\d\d年(?:的)?)?(首[条趟个班列架批家座单])([\u4e00-\u9fff]{2,12}?)(?=[，。；、]|$)")
_HELD = ("发布", "举行", "举办", "召开")          # only with a day: 10月29日发布, not 10月发布


class EventsMixin:
    """The Walker's reading of events; it needs the Walker's ref, mentions, entity and proposal methods."""

    ref: _dt.date

    def _events(self, s: Sentence) -> None:
        """Dates of firsts (8月7日建成投用) and founding years (成立于2017年) as facts of their own."""
        for m in DATE_EVENT.finditer(s.text):
            if re.match(r"\s*(?:电|消息)", s.text[m.end(1):]):
                continue                                 # 中新社武汉9月10日电: the dateline's day, no event's
            period, _ = find_period(m.group(1), self.ref)
            if not period or not period.start or (period.start != period.end and m.group(4) in _HELD) \
                    or m.group(4) in _DEPART and "首" not in m.group(2):     # only a first departure's day
                continue
            shown = m.group(1).removeprefix("今年")
            fig = Figure(m.start(), m.end(), shown, shown, "", "", "", kind="date")
            entity, pen, why = self._entity_at(s, m.start(), m.end())
            verb = m.group(4)
            metric = Metric(f"{slug(verb, 20).replace('-', '_')}_date", f"{verb}日期",
                            f"{EVENT_EN.get(verb, verb)} date", "")
            if first := _FIRST_OF.match(s.text, m.end()):    # 开通了2026年首条国际货运航线: what was first
                what = first.group(2)
                en = english(what)
                metric = Metric(f"{metric.id}_first_{slug(what, 20).replace('-', '_')}",
                                f"{first.group(1)}{what}{verb}日期", f"{metric.en} of the first {en}", "")
            self._event(fig, entity, metric, period, [why], pen, s)
        dated_steps(self, s)                        # 于2020年1月9日获国务院批复设立; 1996年开通集装箱运营
        for m in ORDINAL.finditer(s.text):
            self._ordinal(s, m)
        for m in YEAR_EVENT.finditer(s.text):
            year, verb = m.group(1) or m.group(3), m.group(4) or "成立"
            period, _ = find_period(year + "年", self.ref)
            fig = Figure(m.start(), m.end(), year, year, "", "年", "", kind="date")
            entity, pen, why = self._entity_at(s, m.start(), m.end())
            founding = (Metric("founding_year", "成立年份", "year founded", "") if verb in _FOUNDED else
                        Metric(f"{slug(verb, 20).replace('-', '_')}_year", f"{verb}年份",
                               f"year of {EVENT_EN.get(verb, verb)}", ""))
            self._event(fig, entity, founding, period, [why], pen, s)

    def _ordinal(self, s: Sentence, m: re.Match) -> None:
        """第87届 (an event's edition) and 第四次参加 (how many times a firm took part) as facts."""
        fig = Figure(m.start(), m.end(), m.group(0), m.group(1), "", "", "", kind="ordinal")
        clause = _clause_start(s.text, m.start())
        own, _ = find_period(s.text[clause:m.start()], self.ref)
        period = own or as_of(self.ref)
        if m.group(2) == "届":
            named = [x for x in self._mentions(s.text) if m.end() <= x[0] <= m.end() + 2]
            event = EDITION_OF.match(s.text, m.end())
            if not named and not event:
                return
            entity, pen, why = named[0][2] if named else "new:" + event.group(0), 0.0, ""
            metric = Metric("edition", "届次", "edition", "")
        else:
            what = re.match(r"[\u4e00-\u9fff]{2,10}", s.text[m.end():])
            if not what:
                return
            entity, pen, why = self._entity(s, fig)
            en = english(what.group(0))
            metric = Metric(f"{slug(what.group(0), 20).replace('-', '_')}_times", f"{what.group(0)}次数",
                            f"times: {en}", "")
        self._event(fig, entity, metric, period, [why], pen, s)

    def _event(self, fig: Figure, entity: str, metric: Metric, period: Period, whys: list[str], pen: float,
               s: Sentence) -> None:
        """Propose a date of a first, once per entity, metric and date."""
        entity = self._resolve(entity)
        key = (entity, metric.id, fig.value)
        if key not in self.seen:
            self.seen.add(key)
            self._add(fig, entity, metric, period, False, whys, pen + 0.05, s)

    def _entity_at(self, s: Sentence, start: int, end: int) -> tuple[str, float, str]:
        """Whose event this is: a name between its date and verb, else the last one before, else after."""
        mentions = self._mentions(s.text)
        inside = [m for m in mentions if start <= m[0] and m[1] <= end and not _WHERE.search(s.text[:m[0]])
                  and stands_as_subject(s.text, m[0], m[1], self._kind(m[2]))]     # 机场至香港…首航: not Hong Kong
        if inside:
            return inside[-1][2], 0.0, ""
        if any(m[1] <= start for m in mentions):
            return self._entity(s, Figure(start, start, "", "", "", "", ""))
        clause_end = min([i for i in (s.text.find(c, end) for c in "，。；") if i >= 0] + [len(s.text)])
        after = [m for m in mentions if end <= m[0] < clause_end]
        if after:
            return after[0][2], 0.0, ""
        return self._entity(s, Figure(start, start, "", "", "", "", ""))
