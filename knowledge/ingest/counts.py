"""A count followed by its volume (发运423列，计37474标箱): the second figure measures what the first counted."""
from __future__ import annotations

import logging
import re

from .vocab import Metric

log = logging.getLogger(__name__)

# The word that joins a count to its volume: 计, 共计, 合计, 总计, 折 (no measure of its own).
_JOIN = re.compile(r"(?:共|合|总)?计约?|共约?|载货约?")
# What a volume is, by its unit: (Chinese noun, English noun, keywords).
_VOLUMES = [(("标箱", "TEU"), ("标箱数", "TEUs", ("标箱", "集装箱", "TEU"))),
            (("吨",), ("货运量", "tonnes of cargo", ("吨", "货量", "tonnes"))),
            (("元", "美元"), ("货值", "value of goods", ("货值", "value")))]
_COUNTS = ("列", "班", "架次", "班次", "航次", "车", "辆", "艘", "趟", "票", "单")


def volume_of(last: Metric | None, last_unit: str, label: str, unit: str) -> Metric | None:
    """The metric of a volume that follows a count (计37474标箱 after 发运423列), else None."""
    if last is None or not _JOIN.fullmatch(label.strip()) or not last_unit.endswith(_COUNTS):
        return None
    for ends, (zh, en, keywords) in _VOLUMES:
        if unit.endswith(ends):
            stem = re.sub(r"(?:开行列数|开行数|列数|数量|次数|数|量)$", "", last.zh) or last.zh
            return Metric(f"{last.id}_{en.split()[0].lower()}", f"{stem}{zh}", f"{en} ({last.en})",
                          last.topic, (*keywords, stem))
    return None


_NOUN = re.compile(r"(开行列数|开行数|列数|班次数|架次数)$")
_DIRECTION_EN = {"回程": "return trains", "去程": "outbound trains", "返程": "return trains",
                 "出境": "outbound trains",
                 "入境": "inbound trains"}


def part_of_count(before: str, label: str, unit: str, last: Metric | None, last_unit: str) -> Metric | None:
    """A part after 其中 of the count before (…开行1240列。其中，回程643列): the part's word with the count's noun."""
    word = re.sub(r"^其中[，,]?", "", label.strip())
    if last is None or unit != last_unit or not re.match(r"其中[，,]?[\u4e00-\u9fff]{2}$", before) \
            or word not in _DIRECTION_EN:
        return None
    noun = _NOUN.search(last.zh)
    noun_zh = noun.group(1) if noun else "列数"
    return Metric(f"{last.id}_{'return' if word in ('回程', '返程', '入境') else 'outbound'}", f"{word}{noun_zh}",
                  _DIRECTION_EN[word], last.topic, (word, noun_zh))
