"""Which figures are states true at the article's date (durations, sizes, speeds, markets reached,
staff) and which sentences are not about the open economy at all."""
from __future__ import annotations

import re

from .figures import Figure

# A neighbourhood's life (居民, 小区, 社区 repairs and volunteers) is not the open economy: its figures
# are proposed with a low confidence, for the admin to judge (企业主力军 is no home owner).
OFF_TOPIC = re.compile(r"社区|小区|居民|(?<![企产农商工创])业主|物业|楼栋|网格员|巡逻|志愿者|绿化")
EDITION_OF = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:博览会|交易会|洽谈会|展览会|大会|论坛|峰会|运动会|会|"
                        r"展(?![\u4e00-\u9fff]{0,4}会)|节)")    # 创业发展洽谈会: not 创业发展
MOMENT = re.compile(r"首日|当天|当日|现场|近日|日前")
STATE_CUE = re.compile(r"总数|现有|共有|拥有|目前|眼下|当前|至今|已累计")
_DURATIONS = ("分钟", "小时", "个小时", "天", "秒", "年", "个月")
LENGTHS = ("米", "公里", "千米", "海里")
_AREAS = ("平方米", "万平方米", "平方公里", "亩")
_FLOW = re.compile(r"新增|新建|新开|新签|新设|完成|增加|建成|开工|竣工|供应|出让|成交")
_SPEC = re.compile(r"最大|最高|最快|载重|载荷|航速|时速|航程|续航|占地")
_RECORD = re.compile(r"单日|单月|单周|单班|单次|日均|月均")   # 最高单日返程7列: a record of the sentence's period


def timeless(fig: Figure, clause: str) -> bool:
    """A duration, speed, capacity or size: true at the article's date, not in the period of the sentence
    (unless its clause counts what was added: 新增15万平方米)."""
    if re.search(r"连续(?:增长|下降)$", fig.label):
        return False                                  # 连续19个月增长: a run up to the period's end
    if fig.unit in _DURATIONS or ("/" in fig.unit and fig.unit.partition("/")[0] in LENGTHS):
        return True
    own = re.split(r"[和、及与]", re.sub(r"[（(][^）)]*[）)]", "", clause))[-1]   # 新建6个泊位和全长…的专用线: the
                                                                                # berths' 新建 (not 新增载体（园区、楼宇）)
    if fig.unit in _AREAS:
        return not _FLOW.search(own)
    if fig.unit in LENGTHS and re.search(r"(?:全|总)?长(?:达|约|为)?$|距", fig.label):   # 新通道长达2350海里
        return not _FLOW.search(own)
    return bool(_SPEC.search(fig.label)) and not _RECORD.search(fig.label)


def reach(fig: Figure, clause: str) -> bool:
    """Countries a firm's goods reach (远销50多个国家) or its staff: a state, unless the clause counts arrivals."""
    counted = fig.unit + fig.tail
    if re.search(r"参会|参展|出席|新增|新开|新签|新设|招聘|引进", clause):
        return False
    return bool(re.search(r"国家|地区", counted) or fig.unit == "国" or
                fig.unit in ("人", "名", "万人") and re.search(r"员工|职工|雇员", clause))


def moment_after(fig: Figure, sentence: str) -> bool:
    """'1分钟后，…': a moment in a story, not a figure."""
    return fig.unit in _DURATIONS and sentence[fig.end:fig.end + 1] == "后"
