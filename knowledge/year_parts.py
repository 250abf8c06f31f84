"""Parts of a year as reports and questions name them (一季度, 上半年, 前三季度), with the month each ends in, and
the places capital is said to come from (台资, 港资): one table for reading articles (knowledge.ingest) and
reading questions (bot)."""
from __future__ import annotations

PART_END_MONTH: dict[str, int] = {
    "一季度": 3, "第一季度": 3, "1季度": 3, "第1季度": 3, "二季度": 6, "第二季度": 6, "上半年": 6,
    "三季度": 9, "第三季度": 9, "前三季度": 9, "前3季度": 9, "四季度": 12, "第四季度": 12, "下半年": 12}

# Capital from one place: 台资 (Taiwan), 港资 (Hong Kong), 澳资, 日资, 韩资, 美资, 欧资, 德资, 法资, 英资.
CAPITAL_PLACES = "台港澳日韩美欧德法英"
