"""A figure's label cut down to the words that name its metric: no names, period words, fillers or verbs."""
from __future__ import annotations

import logging
import re

from .figure import APPROX_YUE
from .figures import Figure
from .periods import PERIOD_WORDS

log = logging.getLogger(__name__)

_FILLER = re.compile(r"^(?:其中|当中|尤其是|特别是|此外|同时|另外|全省|全市|我省|我市|全国|我国|同期|据海关统计|据统计|"
                     r"今年以来|今年|去年|目前|截至目前|已|共计|共|累计|总计|合计|当月|单月|先后|"
                     r"实现|完成|达到|达|为|是|有|约|超过|超|突破|首次|新增|此|(?:实际|需要?|将|拟)(?=货物|进出口|出口|进口)|该(?:片区|园区|区|市|县|省|公司|企业|集团|港|机场)?|"
                     r"据统计|数据显示|统计显示|的|"
                     r"(?:[\u4e00-\u9fff]{0,4}(?:局|厅|委|办))?(?:组织|带领|率领|推动|支持)(?:企业|客商|外贸企业)?"
                     r"(?=参加|参展|出席|赴))+")     # 商务局组织企业参加重点境外展会96场: the fairs
_TRAIL = re.compile(r"(?:(?<![方顺简随])便|达到|高达|(?<![到抵送通直])达|为|是|拥有|有|共|超过|超|突破|" + APPROX_YUE + r"|累计|总计|合计|"
                    r"共计|实现|完成|已|近|逾|首次|增至|升至|提升至|提高至|上升至|下降至|降低至|减少至|增加至|扩大至|减至|降至|"
                    r"缩短至|缩短为|压缩至|压缩到|增长到|增长至|至|了|的|同比|"
                    r"分别|只有|仅有|(?<=[\u4e00-\u9fff]{2})(?:在|只|仅))+$")
# A place right after these words is where trade goes or passes (与香港, 经香港, 至香港), not the subject.
_OBJECT = re.compile(r"(?:与|对|同|和|经|至|到|赴|往|向|在|通过|直航|发往)$")


_ROLE = re.compile(r"(?:其|该[港市区县])?[\u4e00-\u9fff]{0,4}(?:港区|园区|片区)$")


def strip_label(label: str, mentions: list[tuple[int, int, str]]) -> str:
    """The words of a label that name a metric, given the names mentioned in it."""
    for start, end, _ in sorted(mentions, reverse=True):
        if label[end - 1:end + 1] == "港口":
            end += 1                                   # 武汉港口完成…: the port's name with its 口
        if label[end:end + 1] in ("州", "市") and label[end + 1:end + 2] in ("出", "进", "外", "实"):
            end += 1                                   # 恩施州出口额: the place's name with its 州
        if not _OBJECT.search(label[:start]):          # 经香港转口: where goods go is part of the metric
            role = _ROLE.search(label[:start])         # 其核心港区小河港区: what the name is, no measure
            label = label[:role.start() if role else start] + label[end:]
    label = re.sub(r"“[\u4e00-\u9fff]{0,2}”", "", label)       # “车谷造”汽车出海 less the name: no “造” left
    label = PERIOD_WORDS.sub("", label).replace("人民币", "")
    label = _FILLER.sub("", label.strip())
    label = _TRAIL.sub("", label.removeprefix("分别")).strip("，、 ")     # 分别新设: each its own
    return label.lstrip("“”‘’「」『』\"") if label.count("“") > label.count("”") else label   # a quote opened


# 出口额达到顶峰，为6.5亿美元: the measure the clause before says peaked, when the figure's own clause names none.
_PEAKED = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:额|量|值|数))(?:达到|达|创下?|再创|攀上|登上)?了?(?:历史)?"
                     r"(?:顶峰|峰值|最高峰|最高值|最高|高峰|新高|最高水平)[，,](?:为|是|达|达到)?$")


# 罐头出口增幅最大，达到114.4%: the rate that was largest, named in the clause before.
_LARGEST_RATE = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:增幅|增速|涨幅|降幅|比重|占比))(?:最大|最高|最快|居首)[，,]"
                           r"(?:为|是|达|达到)?$")


def peaked_measure(sentence: str, pos: int) -> str:
    """The measure said to peak in the clause before the figure at pos, named as its peak; a rate said to be
    the largest, named as itself ('' when none)."""
    if m := _LARGEST_RATE.search(sentence, 0, pos):
        return m.group(1)
    m = _PEAKED.search(sentence, 0, pos)
    return PERIOD_WORDS.sub("", m.group(1)) + "峰值" if m else ""


_SCOPED_ROUTES = re.compile(r"(国际|国内|洲际|地区)(客运|货运|全货机)?(?:航线|航班)")


def scoped_flights(sentence: str, fig: Figure, label: str) -> str:
    """Flights counted right after a clause naming the routes' scope (…的国际客运航线，每周航班达185架次): the
    international passenger flights; a label naming its own scope is kept."""
    if "航班" not in label or _SCOPED_ROUTES.search(label):
        return label
    clause = sentence.rfind("，", 0, fig.start - len(fig.label))
    before = sentence[max(sentence.rfind("。", 0, clause), 0):clause] if clause > 0 else ""
    scopes = _SCOPED_ROUTES.findall(before)
    return "".join(scopes[-1]) + label if scopes else label
