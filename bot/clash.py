"""A figure of another measure that merely shares a word with the one asked (旅客吞吐量 for 货邮吞吐量,
进口 for 出口, all cargo for the international part) never answers it."""
from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# Measures that exclude each other: a question naming one side alone is not answered by the other's.
_SIDES = (
    ("cargo", re.compile(r"货邮|货运|货物|cargo|freight"), "passengers", re.compile(r"旅客|客运|乘客|passenger")),
    ("exports", re.compile(r"(?<!进)出口|export"), "imports", re.compile(r"进口(?!博)|import(?! expo)")),
    ("flights", re.compile(r"航班|架次|起降|\bflights?\b|\bsorties\b"),
     "throughput", re.compile(r"吞吐量|货邮量|货运量|throughput|\btonnes\b|\btonnage\b")),
    ("services", re.compile(r"服务贸易|服务外包|\bservices? trade\b|\btrade in services\b|\boutsourcing\b"),
     "goods", re.compile(r"货物贸易|外贸|\bgoods\b|\bmerchandise\b|\bforeign trade\b")),
    ("area", re.compile(r"面积|占地|平方(?:公里|千米|米)|\bsquare\b|\b(?:land|floor|total|planned) area\b"),
     "money", re.compile(r"外资|外贸|进出口|贸易额|投资额|出口额|进口额|金额|\btrade value\b|\binvestment\b")),
    ("foreign investment", re.compile(r"(?:实际|利用|使用)外资|外资(?:金额|到位)|\bfdi\b|foreign direct investment|"
                                      r"utili[sz]ed foreign|\b(?:used|utili[sz]ed) (?:\w+ ){0,2}foreign"),
     "trade", re.compile(r"进出口|(?<!进)出口|进口(?!博)|\btrade\b|\bexports?\b|\bimports?\b")),
)
_INTL = re.compile(r"国际|international", re.I)


def metric_clash(asked: str, metric_zh: str, metric_en: str) -> str:
    """Why a fact's measure is another one than the question names ('' when it is not)."""
    asked, held = asked.lower(), f"{metric_zh} {metric_en.lower()}"
    for one, one_re, other, other_re in _SIDES:
        for a, a_re, b, b_re in ((one, one_re, other, other_re), (other, other_re, one, one_re)):
            if a_re.search(asked) and not b_re.search(asked) and b_re.search(held) and not a_re.search(held):
                return f"{b}, not {a}"
    bare = metric_zh.removeprefix("国际")
    cargo = _SIDES[0][1]
    volume = bool(cargo.search(asked) and cargo.search(held) and re.search(r"吞吐量|throughput", held))
    part = len(bare) >= 3 and bare != metric_zh and bare in asked or volume      # cargo handled, asked all
    if part and not _INTL.search(asked) and _INTL.search(held):
        return "the international part, not all"        # 国际货邮吞吐量 for 货邮吞吐量, cargo handled
    if len(metric_zh) >= 3 and not _INTL.search(held) and f"国际{metric_zh}" in asked:
        return "all, not the international part"        # 货邮吞吐量 for 国际货邮吞吐量
    return ""
