"""The size of a facility given before its name (建成75万平方米的转运中心, 52公里的分拣线): its area or length."""
from __future__ import annotations

import re

from .entities import slug
from .figure import Figure
from .vocab import Metric, translate

_AREA = ("平方公里", "万平方米", "平方米", "亩", "公顷")
_LENGTH = ("万公里", "公里", "千米", "米")
# The facility right after the figure and 的, up to the next list mark or clause end.
_FACILITY = re.compile(r"的([\u4e00-\u9fff]{2,10}?)(?=[，,。；;、和及与]|$)")
# A distance or reach, not a size: 距市区30公里的, 半径500公里的, 1小时车程内.
_NOT_SIZE = re.compile(r"距|离|半径|辐射|范围|以内|以外|车程|航程")


# Firms counted with what sets them apart before the count (在港上市的湖北企业累计有21家).
_COUNTED_FIRMS = re.compile(r"([\u4e00-\u9fff]{2,12}的)[\u4e00-\u9fff]{0,4}?(企业|公司)(?:累计|共|已|总数)*(?:有|达|为)?$")


def counted_firms(fig: Figure) -> str:
    """What a count of firms with no noun after it counts, when its words set them apart (在港上市的企业):
    the next figure of the clause (总市值) is theirs; '' otherwise."""
    m = _COUNTED_FIRMS.search(fig.label) if fig.kind == "amount" and fig.unit == "家" and not fig.tail else None
    return m.group(1).removesuffix("的") + m.group(2) if m else ""


# A building named right before its area (拥有冷库8万平方米, 常温库7.5万平方米, 电商中心7万平方米).
_ROOM = re.compile(r"[\u4e00-\u9fff]{0,8}(?:库|仓库|仓|中心|厂房|车间|展馆|展厅|馆|楼|堆场)")
_HAS = re.compile(r".*(?:拥有|建有|建成|新建|包括|包含|含|其中)")


def facility_size(fig: Figure, sentence: str) -> Metric | None:
    """The area or length of the facility named after a figure and 的 (75万平方米的转运中心), or of a building
    named right before its area (拥有冷库8万平方米), else None."""
    if fig.kind != "amount" or not fig.unit.endswith(_AREA + _LENGTH):
        return None
    m = _FACILITY.match(sentence, fig.end)
    room = _HAS.sub("", fig.label)
    if not m and fig.unit.endswith(_AREA) and len(room) >= 2 and _ROOM.fullmatch(room):
        name = room
    elif not m or _NOT_SIZE.search(fig.label) or re.search(r"\d", m.group(1)):
        return None
    else:
        name = m.group(1)
    area = fig.unit.endswith(_AREA)
    en, covered = translate(name)
    en = en if covered >= 0.5 else name            # the kind of facility said in English at least
    zh_what, en_what, words = (("面积", "area", ("面积", "多大", "area", "size", "how big")) if area
                               else ("长度", "length", ("长度", "多长", "全长", "length", "how long")))
    return Metric(f"{slug(name, 24).replace('-', '_')}_{en_what}", name + zh_what, f"{en_what} of the {en}",
                  "logistics", (name, *words))
