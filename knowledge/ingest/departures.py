"""A named train's departure (3月31日凌晨4时8分，X8202次…从吴家山站发往欧洲): its time and number as facts of the
day, and the year's count it reached (这是今年第100列中欧班列): which train of the year it was, and its day."""
from __future__ import annotations

import datetime as _dt
import re

from .figures import Figure
from .periods import Period, find_period
from .text import Sentence
from .vocab import Metric

# The day, the time of day, the train's number and a verb of leaving, in one sentence.
_DEPARTURE = re.compile(r"(\d{1,2}月\d{1,2}日)(?:凌晨|早上|清晨|上午|中午|下午|傍晚|晚上|夜间|晚)?"
                        r"(\d{1,2})[时点](\d{1,2})分[，,]?[^。；]{0,40}?([A-Z]\d{3,5}(?:/\d{1,2})?)次"
                        r"[^。；]{0,80}?(?:出发|发往|驶往|开出|发车|启程|驶出|开往)")
# The next sentence says which of the year's trains it was.
_NTH = re.compile(r"^(?:这|此|该列?)(?:是|为)(今年|当年|本年|年内)?(?:的)?第(\d+)(列|趟|班)")


class DeparturesMixin:
    """The Walker's reading of a named train's departure; it needs the Walker's proposal methods."""

    ref: _dt.date
    default_entity: str
    last_departure: tuple[str, Period] | None

    def _departures(self, s: Sentence) -> None:
        """The time and number of a train leaving on a day; the year's count it reached, said next."""
        nth = _NTH.match(s.text)
        if nth and self.last_departure:
            day, period = self.last_departure
            place = f"第{nth.group(2)}{nth.group(3)}"
            fig = Figure(nth.start(2), nth.end(), place, nth.group(2), "", "", "", kind="ordinal")
            self._departure_fact(s, fig, period, Metric("train_of_the_year", "当日发出班列为当年第几列",
                                                        "which train of the year left that day", "logistics",
                                                        ("第几列", "第", "列", "train of the year")), None)
            date = Figure(nth.start(), nth.end(), day, day, "", "", "", kind="date")
            self._departure_fact(s, date, period, Metric(f"train_{nth.group(2)}_date", f"当年{place}发车日期",
                                                         f"date the year's train no. {nth.group(2)} left",
                                                         "logistics", ("哪天", "几日", "几号", "when")), None)
        self.last_departure = None
        for m in _DEPARTURE.finditer(s.text):
            period, _ = find_period(m.group(1), self.ref)
            if not period or not period.start or period.start != period.end:
                continue
            self.last_departure = (m.group(1), period)
            clock = f"{m.group(2)}时{m.group(3)}分"
            time = Figure(m.start(2), m.end(3), clock, m.group(2), "", "", "", kind="names")
            self._departure_fact(s, time, period, Metric("train_departure_time", f"{m.group(4)}次班列发车时间",
                                                         f"departure time of train {m.group(4)}", "logistics",
                                                         ("几点", "发车", "出发", "时间", "time")),
                                 f"{int(m.group(2)):02d}:{int(m.group(3)):02d}")
            number = Figure(m.start(4), m.end(4), m.group(4), "", "", "", "", kind="names")
            self._departure_fact(s, number, period, Metric("train_number", "当日发车班列车次",
                                                           "number of the train that left that day", "logistics",
                                                           ("车次", "班次", "train number")), m.group(4))

    def _departure_fact(self, s: Sentence, fig: Figure, period: Period, metric: Metric,
                        english: str | None) -> None:
        """One fact of the departure, of the trains the article is about, said in English as `english`."""
        entity = self.default_entity
        if english is None:
            self._event(fig, entity, metric, period, [], 0.05, s)
        else:
            self._name_fact(fig, entity, metric, period, [], 0.05, s, english)
