"""Article shapes of agencies and Hong Kong papers: a dateline's city, a source the lead refers back to,
subjects listed with 分别, and the event where deals were signed."""
from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

DATELINE = re.compile(r"[\u4e00-\u9fff]{2,8}?\d{1,2}月\d{1,2}日电")
_TOLD = re.compile(r"获悉|了解到|得知")
# 该机场, 该公司, 该区, 该港, 其: the next clause speaks of the name just before.
_BACK = re.compile(r"该(?:机场|公司|集团|企业|区|片区|园区|港|口岸|基地|中心|市|县|省|平台|项目)"
                   r"|(?<=[，；：,;])其(?!中|他|余|次|实)")

Mention = tuple[int, int, str]


def in_dateline(text: str, mention: Mention) -> bool:
    """Whether a name sits in the sentence's dateline (中新社鄂州3月6日电): where the story was filed."""
    return any(m.start() <= mention[0] < m.end() for m in DATELINE.finditer(text[:60]))


def referred_source(text: str, mentions: list[Mention], pos: int) -> Mention | None:
    """The source named before 获悉 that a later clause before pos refers back to (该机场, 其): the subject."""
    for m in reversed([m for m in mentions if m[1] <= pos]):
        if _TOLD.match(text, m[1]) and _BACK.search(text, m[1], pos):
            return m
    return None
