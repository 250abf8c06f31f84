"""Events: dates of firsts (8月7日建成投用), years a thing started (自2012年开行以来), editions and times."""
from __future__ import annotations

import datetime as _dt
import re

from .aliases import called_names
from .entities import EVENT_END, FOUNDED_NAME, slug, stands_as_subject
from .kinds import dated_steps
from .lists import focus, head_en, name_en, name_lists, names_en, stations
from .figures import DATE_EVENT, MILESTONE, ORDINAL, YEAR_EVENT, Figure, clause_start as _clause_start
from .naming import EVENT_EN, rank_en
from .standing import kind_en, standings
from .periods import Period, as_of, find_period, whole_year
from .states import EDITION_OF
from .text import Sentence
from .vocab import PARTNERS, Metric, english
from .wording import number_en

_FOUNDED = ("成立", "创立", "创办", "组建")
_DEPART = ("起飞", "发车", "启程", "出发", "启航", "起航")
_WHERE = re.compile(r"[从在由经自向往至到赴]$")    # 首趟某某班列从武汉…发车: a place it leaves from, no subject
_FIRST_OF = re.compile(r"了?(?:(?:19|20)\d\d年(?:的)?)?(首[条趟个班列架批家座单])([\u4e00-\u9fff]{2,12}?)(?=[，。；、]|$)")
_MARK = re.compile(r"(\d+(?:\.\d+)?)((万亿|亿|万)?.+)")      # 100万吨: its number, unit and multiple
# A span after an event's verb, describing a thing (通航一年多的机场): the event was not on the day named.
_SINCE_THEN = re.compile(r"[一二三四五六七八九十两半\d]+个?多?(?:年|月|天|周)多?(?:来|以来)?的")
# A day written alone (24日凌晨3时34分…启程), the time of day, and the event's verb.
_DAY_ALONE = re.compile(r"(?<![\d月年号])(\d{1,2})日(凌晨|上午|中午|下午|晚上|晚间|早上|清晨|傍晚)?"
                        r"(?:(\d{1,2})[时点](?:(\d{1,2})分)?)?[，,]?([^。；，,]{0,30}?)"
                        r"(启程|发车|起飞|首发|首航|开通|开幕|揭牌|通航|举行|召开|签约|开工|动工|开业|投运|启用|出发|启航|起航)")
# The first a departure marks, said later in its sentence (…出发，…，标志着襄阳首条出口海运跨国航线扬帆启航).
_MARKS_FIRST = re.compile(r"标志着[\u4e00-\u9fff]{0,8}?(首[条趟个班列架批])([\u4e00-\u9fff]{2,14}?)(?:扬帆|正式)?"
                          r"(?:启航|起航|开通|开行|首航|通航|落地)")
# A first named before its verb (中部首个海峡两岸产业合作区在湖北设立): what was first.
_FIRST_BEFORE = re.compile(r"(首[个家条座批])([\u4e00-\u9fff]{2,14}?)(?=在|于|正式|$)")
# A maiden voyage a departure marks, said later in its sentence (…出发，…，标志着某港区直航日韩国际航线正式首航).
_MAIDEN = re.compile(r"标志着()([\u4e00-\u9fff]{2,24}?(?:航线|货站|航站|口岸|港区|通道|班列))(?:正式|成功)?"
                     r"(首航|开通|开行|通航|启用|投用|投运)")
# The meeting or fair held that day, named right after its verb (…举行的2021年湖北港航海事工作会议).
_HELD_EVENT = re.compile(r"的((?:20\d\d年)?[\u4e00-\u9fff“”]{2,28}?(?:会议|大会|论坛|峰会|博览会|交易会|洽谈会|推介会|"
                         r"发布会|展览会|合作周))")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _day_of(ref: _dt.date, day: int) -> _dt.date | None:
    """The date of a day written alone: in the article's month when not after its date, else the month before."""
    year, month = (ref.year, ref.month) if day <= ref.day else \
        (ref.year - (ref.month == 1), 12 if ref.month == 1 else ref.month - 1)
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


_HELD = ("发布", "举行", "举办", "召开", "落下帷幕", "落幕", "闭幕")     # only with a day: 10月29日发布, not 10月发布


def _mark_en(mark: str) -> str:
    """100万吨 -> '1 million tonnes'."""
    number, unit, mult = _MARK.fullmatch(mark).groups()
    return number_en(number, mult or "", unit)


# A run of years at a place in a ranking (连续12年位居中部第一, 连续4年稳居全省前三).
_RUN = re.compile(r"连续(\d{1,2}|[两二三四五六七八九十]{1,3})年[\u4e00-\u9fff]{0,8}?(?:位居|稳居|保持|位列|居|排名|排在|排)"
                  r"([\u4e00-\u9fff]{0,8}?)(第[一二三四五六七八九十\d]{1,3}位?|前[二三四五六七八九十\d]{1,2}|首位)")


# What a route or service opened on a day is (开通至法兰克福全货机航线): named right after the verb.
_OPENS = frozenset({"开通", "首发", "开行", "通航", "首航", "开航"})
_OPENED_WHAT = re.compile(r"了?((?:至|到|往|飞往|直飞)?[\u4e00-\u9fff—\-]{1,14}?(?:航线|班列|线路|专列|航班|快线))")
# What was built, opened or begun on a day, named between the day and the verb (6月30日，…智慧公共国际货站项目正式开工).
_THING_BEGUN = re.compile(r"(?:^|[，,、])([\u4e00-\u9fff][\u4e00-\u9fff\dA-Za-z]{1,21}?(?:项目|货站|园区|产业园|物流园|"
                          r"基地|工程|中心|码头|港区|航站楼|口岸|总部|工厂|仓库|专区))$")


class EventsMixin:
    """The Walker's reading of events; it needs the Walker's ref, mentions, entity and proposal methods."""

    ref: _dt.date

    def _begun(self, s: Sentence, m: re.Match, entity: str, verb: str) -> Metric | None:
        """The metric of the day a project, terminal or park named before the verb began (开工) or opened, without
        the name of whose it is (花湖国际机场南区国际2号货站: 南区国际2号货站); None when none is named, or the
        thing is the entity itself (12月16日，某出口基地投入运营: the base's own day)."""
        begun = _THING_BEGUN.search(m.group(2))
        if not begun:
            return None
        what, at = begun.group(1), m.start(2) + begun.start(1)
        owner = [b for a, b, e in self._mentions(s.text) if a == at and e == entity]
        if owner and owner[0] - at >= len(what) - 1:
            return None
        what = what[owner[0] - at:] if owner else what
        return Metric(f"{slug(what, 20).replace('-', '_')}_{slug(verb, 20).replace('-', '_')}_date", f"{what}{verb}日期",
                      f"{EVENT_EN.get(verb, verb)} date of the {english(what)}", "")

    def _events(self, s: Sentence) -> None:
        """Dates of firsts (8月7日建成投用) and founding years (成立于2017年) as facts of their own."""
        for m in DATE_EVENT.finditer(s.text):
            if re.match(r"\s*(?:电|消息)", s.text[m.end(1):]):
                continue                                 # 中新社武汉9月10日电: the dateline's day, no event's
            if _SINCE_THEN.match(s.text, m.end()):
                continue                                 # 8月2日，…来到通航一年多的花湖机场: not that day's event
            said = m.group(1)
            at = self.text.find(s.text)
            before = self.text[max(0, at - 300):at] + s.text[:m.start(1)] if at >= 0 else s.text[:m.start(1)]
            if re.search(r"(?:当年|同年)$", s.text[:m.start(1)]) and (years := re.findall(r"((?:19|20)\d\d)年",
                                                                                   before)):
                said = years[-1] + "年" + said          # 2015年6月签署…，当年9月破土动工: September 2015 (or the
                                                        # year the sentence before named: 同在2019年9月…。当年11月)
            period, _ = find_period(said, self.ref)
            maiden = _MAIDEN.search(s.text, m.end()) if m.group(4) in _DEPART else None
            if not period or not period.start or (period.start != period.end and m.group(4) in _HELD) \
                    or m.group(4) in _DEPART and "首" not in m.group(2) and not maiden:   # a first departure's
                continue                                                                # day only
            shown = m.group(1).removeprefix("今年")
            fig = Figure(m.start(), m.end(), shown, shown, "", "", "", kind="date")
            entity, pen, why = self._entity_at(s, m.start(), m.end())
            verb = m.group(4)
            metric = Metric(f"{slug(verb, 20).replace('-', '_')}_date", f"{verb}日期",
                            f"{EVENT_EN.get(verb, verb)} date", "")
            if maiden and "首" not in m.group(2):        # …启程，标志着某机场国际货站正式启用: that opening's day
                what, verb = maiden.group(2), maiden.group(3)
                mentions = self._mentions(s.text)       # named in what opened, else where it set off from
                named = [x for x in mentions if maiden.start(2) <= x[0] < maiden.end(2)] or \
                    [x for x in mentions if m.start() <= x[0] < m.start(4)][-1:]
                entity, pen, why = (named[0][2], 0.0, "") if named else (entity, pen, why)
                metric = Metric(f"{slug(what, 20).replace('-', '_')}_{slug(verb, 8).replace('-', '_')}_date",
                                f"{what}{verb}日期", f"{EVENT_EN.get(verb, verb)} date of the {english(what)}", "")
            elif first := (_FIRST_OF.match(s.text, m.end()) or _FIRST_BEFORE.search(m.group(2))):
                # 开通了2026年首条国际货运航线, 中部首个…合作区在湖北设立: what was first
                what = first.group(2)
                en = english(what)
                metric = Metric(f"{metric.id}_first_{slug(what, 20).replace('-', '_')}",
                                f"{first.group(1)}{what}{verb}日期", f"{metric.en} of the first {en}", "")
            elif verb in _OPENS and (opened := _OPENED_WHAT.match(s.text, m.end())):
                what = opened.group(1)                  # 4月18日，某机场开通至法兰克福全货机航线: that route's day
                metric = Metric(f"{slug(what, 20).replace('-', '_')}_{metric.id}", f"{what}{verb}日期",
                                f"{EVENT_EN.get(verb, verb)} date of the {english(what)}", "")
            elif begun := self._begun(s, m, entity, verb):
                metric = begun                          # 6月30日，某货站项目正式开工: the project's day, not the airport's
            self._event(fig, entity, metric, period, [why], pen, s)
        self._days_alone(s)
        self._milestones(s)
        self._departures(s)
        dated_steps(self, s)                        # 于2020年1月9日获国务院批复设立; 1996年开通集装箱运营
        for m in ORDINAL.finditer(s.text):
            self._ordinal(s, m)
        self._lists(s)
        self._runs(s)
        self._standings(s)
        self._focus(s)
        self._stations(s)
        for m in FOUNDED_NAME.finditer(s.text):       # 自2021年…合作会议机制建立以来: the mechanism's year
            period = find_period(m.group(1) + "年", self.ref)[0] or whole_year(int(m.group(1)))
            fig = Figure(m.start(1), m.end(), m.group(1), m.group(1), "", "年", "", kind="date")
            metric = Metric(f"{slug(m.group(3), 20).replace('-', '_')}_year", f"{m.group(3)}年份",
                            f"year {EVENT_EN.get(m.group(3), 'set up')}", "")
            self._event(fig, "new:" + m.group(2), metric, period, [""], 0.0, s)
        for m in YEAR_EVENT.finditer(s.text):
            year, verb = m.group(1) or m.group(3), m.group(4) or "成立"
            period = find_period(year + "年", self.ref)[0] or whole_year(int(year))   # 自1995年通航以来
            fig = Figure(m.start(), m.end(), year, year, "", "年", "", kind="date")
            entity, pen, why = self._entity_at(s, m.start(), m.end())
            founding = (Metric("founding_year", "成立年份", "year founded", "") if verb in _FOUNDED else
                        Metric(f"{slug(verb, 20).replace('-', '_')}_year", f"{verb}年份",
                               f"year of {EVENT_EN.get(verb, verb)}", ""))
            self._event(fig, entity, founding, period, [why], pen, s)

    def _days_alone(self, s: Sentence) -> None:
        """A day written alone in a wire (24日凌晨3时34分…启程): the day of the dateline's month (or the month
        before), and the time of day when one is given. A departure counts only when it was a first (首趟 in its
        sentence or in a 这是…首… after it)."""
        for m in _DAY_ALONE.finditer(s.text):
            day, verb = int(m.group(1)), m.group(6)
            at = self.text.find(s.text)
            after = self.text[at + len(s.text):at + len(s.text) + 40] if at >= 0 else ""
            marks = _MARKS_FIRST.search(s.text, m.end()) or _MAIDEN.search(s.text, m.end())
            if verb in _DEPART and "首" not in m.group(5) and not re.match(r"\s*这是[^。]{0,30}首", after) \
                    and not marks:
                continue
            when = _day_of(self.ref, day)
            if when is None:
                continue
            shown = f"{when.month}月{when.day}日"
            period = Period(f"{when.year}年{shown}", f"{when.day} {_MONTHS[when.month - 1]} {when.year}",
                            when.isoformat(), when.isoformat())
            entity, pen, why = self._entity_at(s, m.start(), m.end())
            if held := _HELD_EVENT.match(s.text, m.end()):    # 22日在武汉举行的2021年…工作会议: that meeting
                entity, pen, why = "new:" + held.group(1), 0.0, ""
            event = EVENT_EN.get(verb, verb)
            fig = Figure(m.start(), m.end(), shown, shown, "", "", "", kind="date")
            metric = Metric(f"{slug(verb, 20).replace('-', '_')}_date", f"{verb}日期", f"{event} date", "")
            if marks and marks.re is _MAIDEN:             # …出发，标志着…航线正式首航: the maiden voyage's day
                what, opened = marks.group(2), marks.group(3)
                bare = re.sub(r"^[\u4e00-\u9fff]{0,6}?港(?:[\u4e00-\u9fff]{1,4}港区)?", "", what)
                what = bare if len(bare) >= 4 else what        # 荆州港盐卡港区直航…航线: the port says whose
                metric = Metric(f"{slug(what, 20).replace('-', '_')}_{slug(opened, 8).replace('-', '_')}_date",
                                f"{what}{opened}日期", f"{EVENT_EN.get(opened, opened)} date of the {english(what)}",
                                "", (opened, verb, "日期", "哪天", "when"))
            elif marks:                                    # the day the first such route set off
                what = marks.group(2)
                metric = Metric(f"{metric.id}_first_{slug(what, 20).replace('-', '_')}",
                                f"{marks.group(1)}{what}{verb}日期",
                                f"{event} date of the first {english(what)}", "")
            self._event(fig, entity, metric, period, [why], pen + 0.05, s)
            if m.group(3):                                 # 凌晨3时34分: the time of day
                clock = f"{m.group(3)}时{m.group(4) + '分' if m.group(4) else ''}"
                late = m.group(2) in ("下午", "晚上", "晚间", "傍晚") and int(m.group(3)) < 12
                hour = int(m.group(3)) + (12 if late else 0)
                clock_en = f"{hour}:{int(m.group(4) or 0):02d}"
                tfig = Figure(m.start(), m.end(), clock, clock, "", "", "", kind="names")
                before = len(self.reading.proposals)
                self._event(tfig, entity, Metric(f"{slug(verb, 20).replace('-', '_')}_time", f"{verb}时间",
                                                 f"{event} time", "", (verb, "几点", "时间", "what time")),
                            period, [why], pen + 0.05, s)
                if len(self.reading.proposals) > before:
                    fact = self.reading.proposals[-1].fact
                    fact["value_en"] = clock_en
                    zh, en, _ = self._names(fact["entity"])
                    fact["statement_zh"] = f"{period.zh}{m.group(2) or ''}{clock}，{zh}{verb}。"
                    fact["statement_en"] = f"{en}: {event} at {clock_en} on {period.en}."

    def _milestones(self, s: Sentence) -> None:
        """The day a running total passed a mark (9月12日…货邮吞吐量突破100万吨): a date answered to 哪天."""
        for m in MILESTONE.finditer(s.text):
            period, _ = find_period(m.group(1), self.ref)
            if not period or not period.start or period.start != period.end:
                continue
            shown = re.sub(r"^20\d\d年", "", m.group(1))
            measure, mark = re.sub(r"^(?:今年|全年|年度|年|的)", "", m.group(2)), m.group(4)   # 2025年货邮…
            fig = Figure(m.start(), m.end(), shown, shown, "", "", "", kind="date")
            entity, pen, why = self._entity_at(s, m.start(), m.end())
            metric = Metric(f"{slug(english(measure), 24).replace('-', '_')}_mark_date",
                            f"{measure}{m.group(3)}{mark}日期",
                            f"date {english(measure)} passed {_mark_en(mark)}", "",
                            (measure, m.group(3), mark, "哪天", "哪一天", "何时", "when"))
            self._event(fig, entity, metric, period, [why], pen, s)

    def _lists(self, s: Sentence) -> None:
        """Names listed as what a thing has (出口货物涵盖A、B等, 前四大贸易伙伴依次为A、B): a fact whose value
        is the names in their order, answered to 'which'."""
        for named in name_lists(s.text):
            head = self._strip(named.head) or named.head
            end = named.start + len(named.head)
            value = "、".join(named.items)
            fig = Figure(end, end, value, "", "", "", "", kind="names")
            period, p_pen, p_why = self._period(s, s.text, fig)
            entity, e_pen, e_why = self._entity(s, fig)
            en = head_en(head) or f"those named ({head})"
            metric = Metric(f"{slug(head, 24).replace('-', '_')}_names", head, en, "",
                            (head, *named.items, "哪些", "主要", "which"))
            before = len(self.reading.proposals)
            self._event(fig, entity, metric, period, [p_why, e_why], p_pen + e_pen, s)
            if len(self.reading.proposals) > before:          # the names in English, said as a list
                fact = self.reading.proposals[-1].fact
                fact["value_en"] = names_en(named.items)
                fact["statement_en"] = re.sub(r" stood at .*? (?=(?:as of|in|on|by) )",
                                              f" were {fact['value_en']} ", fact["statement_en"])

    def _focus(self, s: Sentence) -> None:
        """The industry a place or zone focuses on (宜昌片区聚焦生物医药产业): a fact named 主导产业."""
        for at, what in focus(s.text):
            fig = Figure(at, at, what, "", "", "", "", kind="names")
            period, p_pen, p_why = self._period(s, s.text, fig)
            entity, e_pen, e_why = self._entity(s, fig)
            metric = Metric("focus_industry", "主导产业", "focus industry", "policy",
                            ("主导产业", "重点产业", "主打", "聚焦", "产业", "industry", "focus"))
            self._name_fact(fig, entity, metric, period, [p_why, e_why], p_pen + e_pen, s, what)

    def _stations(self, s: Sentence) -> None:
        """A service's station named by its role (…的始发站和终到站某某车站): a fact whose value is its name."""
        for at, role, name in stations(s.text):
            fig = Figure(at, at, name, "", "", "", "", kind="names")
            period, p_pen, p_why = as_of(self.ref), 0.05, "a station: as of the article's date"
            entity, e_pen, e_why = self._entity(s, fig)
            metric = Metric(f"{slug(role, 24).replace('-', '_')}_station", role, head_en(role) or "station",
                            "logistics", (role, "车站", "哪个站", "station"))
            self._name_fact(fig, entity, metric, period, [p_why, e_why], p_pen + e_pen, s, name)

    def _name_fact(self, fig: Figure, entity: str, metric: Metric, period: Period, whys: list[str],
                   penalty: float, s: Sentence, name: str) -> None:
        """Propose a fact whose value is a name, said in English as the name (not 'stood at')."""
        before = len(self.reading.proposals)
        self._event(fig, entity, metric, period, whys, penalty, s)
        if len(self.reading.proposals) > before:
            fact = self.reading.proposals[-1].fact
            fact["value_en"] = name_en(name)
            fact["statement_en"] = re.sub(r" stood at .*? (?=(?:as of|in|on|by) )",
                                          f" was {fact['value_en']} ", fact["statement_en"])

    def _standings(self, s: Sentence) -> None:
        """A partner said to be a place's first, second… partner or source (香港是湖北省最大的外资来源地)."""
        for st in standings(s.text):
            places = [m[2] for m in self._mentions(st.place)] if st.place else []
            place = places[-1] if places and not places[-1].startswith("new:") else self.default_entity
            p_zh, p_en, _ = self._names(place)
            fig = Figure(st.start, st.end, f"{st.rank}大", st.rank[1:], "", "", "", kind="rank")
            period, p_pen, p_why = self._period(s, s.text, fig)
            k_en = kind_en(st.kind)
            metric = Metric(f"{slug(k_en, 30).replace('-', '_')}_standing", f"{st.kind}排名",
                            f"ranking as {p_en}'s {k_en}", "trade",
                            (st.kind, "第几大", "最大", "largest", p_zh, f"{p_zh}{st.kind}"))
            before = len(self.reading.proposals)
            self._event(fig, self._partner(st.partner), metric, period, [p_why], p_pen, s)
            if len(self.reading.proposals) > before:         # 香港是湖北省第一大外资来源地
                fact = self.reading.proposals[-1].fact
                fact["statement_zh"] = f"{period.zh}，{st.partner}是{p_zh}{st.rank}大{st.kind}。"
                fact["value_en"] = "largest" if st.rank == "第一" else f"{rank_en(st.rank)} largest"
                fact["statement_en"] = f"{PARTNERS[st.partner][1]} was {p_en}'s {fact['value_en']} {k_en} " \
                                       f"({period.en})."

    def _runs(self, s: Sentence) -> None:
        """A run of years at a place in a ranking (连续12年位居中部第一): the number of years, as of the article."""
        for m in _RUN.finditer(s.text):
            years, scope, place = m.group(1), m.group(2), m.group(3)
            fig = Figure(m.start(1), m.end(1) + 1, years, years, "", "年", "", kind="count")
            entity, pen, why = self._entity(s, fig)
            said = [c for c in re.split(r"[，,；;]", s.text[:m.start()]) if c.strip()]     # the measure ranked: the
            measure = re.sub(r"[\d.]+[万亿]?[\u4e00-\u9fff]{0,2}$|[^\u4e00-\u9fff]|^(?:今年|全年|去年)|有望|预计|突破|达到|超过",
                             "", said[-1] if said else "")    # clause before (国际地区旅客吞吐量有望突破120万人次)
            en = f"consecutive years ranked {rank_en(place)}" + (f" in {english(scope)}" if scope else "")
            metric = Metric(f"run_{slug(scope + place, 20).replace('-', '_')}", f"连续位居{scope}{place}年数", en,
                            "", (f"连续{scope}{place}", f"{scope}{place}", "连续", "consecutive years", measure))
            self._event(fig, entity, metric, as_of(self.ref), [why], pen, s)

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
            if entity.startswith("new:") and (called := called_names(entity[4:], s.text)):
                entity = ([x[2] for x in self._mentions(s.text) if x[2] == "new:" + called[0]] or [entity])[0]
            metric = Metric("edition", "届次", "edition", "")       # …洽谈会(简称“华创会”): the name used after
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
        key = (entity, metric.id, (period.start, period.end) if fig.kind == "date" and period.start else fig.value)
        if key not in self.seen:
            self.seen.add(key)
            self._add(fig, entity, metric, period, False, whys, pen + 0.05, s)

    def _entity_at(self, s: Sentence, start: int, end: int) -> tuple[str, float, str]:
        """Whose event this is: a name between its date and verb, else the last one before, else after."""
        mentions = self._mentions(s.text)
        inside = [m for m in mentions if start <= m[0] and m[1] <= end and not _WHERE.search(s.text[:m[0]])
                  and stands_as_subject(s.text, m[0], m[1], self._kind(m[2]))]     # 机场至香港…首航: not Hong Kong
        events = [m for m in inside if (m[2][4:] if m[2].startswith("new:") else "").endswith(EVENT_END)
                  or self._kind(m[2]) == "event"]
        if inside:                                  # 「…」研讨会在武汉市举行: the event, not where it is held
            return (events or inside)[-1][2], 0.0, ""
        if any(m[1] <= start for m in mentions):
            return self._entity(s, Figure(start, start, "", "", "", "", ""))
        where = [m for m in mentions if start <= m[0] and m[1] <= end and re.search(r"在$", s.text[:m[0]])
                 and self._kind(m[2]) == "region"]
        if where:                                   # 2018年7月，中部首个…合作区在湖北设立: where it happened
            return where[-1][2], 0.05, "the place it happened"
        since = re.match(r"以来[，,]", s.text[end:])
        if since and (then := [m for m in mentions if m[0] == end + since.end()]):
            return then[0][2], 0.0, ""              # 自2001年创办以来，华创会…: the name after it
        clause_end = min([i for i in (s.text.find(c, end) for c in "，。；") if i >= 0] + [len(s.text)])
        after = [m for m in mentions if end <= m[0] < clause_end]
        if after:
            return after[0][2], 0.0, ""
        return self._entity(s, Figure(start, start, "", "", "", "", ""))
