"""Figures of a sentence: each number with its unit, the words before it, and its growth rate."""
from __future__ import annotations

import re

from .counted import fractions, reference, runs, shared_unit, spelled, years_run
from .figure import (APPROX, DATE_EVENT, DOWN, FIGURE, GROWTH_END, MILESTONE, ORDINAL, RANK,  # noqa: F401
                     SHARE_END, UNITS, YEAR_EVENT, Figure, clause_start, last_item, next_stop)
from .figure import _BRACKET_OF, _PER, _PER_UNIT
from .names_en import PLACES
from ..glossary import GLOSSARY
from .ranks import attach_ranks

_REGIONS = sorted((p for p, (_, _, kind) in PLACES.items() if kind == "region"), key=len, reverse=True)

# A pace said of a subject (以2.2倍的增速领跑全省): a growth rate.
_RATE_OF_PACE = re.compile(r"的?(?:增速|增幅|增长速度|速度增长|增长)")


def figures(sentence: str) -> list[Figure]:
    """Every figure with a unit in the sentence, labelled, growth rates attached to their values."""
    out: list[Figure] = []
    brackets: list[int] = []                          # where a size bracket (1亿美元以上的) ends
    sizes: dict[int, tuple[str, str, str, str, str]] = {}     # the bracket ending there
    for m in FIGURE.finditer(sentence):
        if m.start() > 0 and sentence[m.start() - 1] == "第":
            continue
        prefix, number, unit = m.group(1) or "", m.group(2), m.group(5)
        mult, suffix = m.group(3) or "", m.group(4) or ""
        if re.fullmatch(r"(19|20)\d\d", number) and not mult and not suffix and unit in ("个", "家", "项", "条") \
                and re.match(r"[\u4e00-\u9fff]", sentence[m.end():m.end() + 1]):
            continue                                  # 2019个项目 may be a year; 批准台资企业1972家，is a count
        if unit == "国" and re.match(r"[家内际外企有产]", sentence[m.end():m.end() + 1]):
            continue                                  # 60国 is a count; 5国家级 is not
        bracket = re.match(r"(以上|以下)的?(?=(?:[\u4e00-\u9fff]{0,4})(?:企业|项目|公司|工厂))", sentence[m.end():]) \
            if unit != "%" else None                  # 85%以上的无纺布企业: a share of the firms, no size
        if not bracket and unit.endswith("元") and re.search(r"(?:投资)?(?:过|超过|超)$", sentence[:m.start()]):
            bracket = re.match(r"()的?(?=[\u4e00-\u9fff]{0,2}?(?:项目|企业)[\u4e00-\u9fff]{0,2}\d)", sentence[m.end():])
        side = bracket.group(1) or "以上" if bracket else ""
        if not bracket and unit.endswith("元") and re.search(r"\d(?:—|-|~|～|至|到)\d", number):
            bracket = re.match(r"的?(?=[\u4e00-\u9fff]{0,4}?(?:项目|企业|公司)[\u4e00-\u9fff]{0,4}?\d)",
                               sentence[m.end():])    # 投资5—10亿元项目15个: a bracket between two sizes
            side = "之间"
        if bracket:                                   # 1000万美元以上企业36家: a bracket, not a figure,
            brackets.append(m.end() + bracket.end())  # nor part of the next figure's label, but its size
            measure = _BRACKET_OF.search(sentence[clause_start(sentence, m.start()):m.start()])
            sizes[brackets[-1]] = (measure.group(0) if measure else "", number, mult, unit,
                                   side)                       # 过10亿元项目52个: 10亿元以上
            continue
        if unit == "个小时":
            unit = "小时"
        spoken = unit == "个" and not mult and not suffix and sentence[m.end():m.end() + 1] == "亿"
        m_end = m.end() + 1 if spoken else m.end()
        shown_prefix = "" if prefix == "达" else "近" if prefix == "接近" else prefix
        if suffix and mult:                           # 1万多公里: printed as 1万多 + 公里
            value, full_unit = shown_prefix + number + mult + suffix, unit
        else:
            value = shown_prefix + number + (mult if unit in ("%",) else "") + suffix
            full_unit = (mult + unit) if unit != "%" else unit
        if spoken:                                    # 1个亿: spoken for 1亿元
            value, mult, full_unit = value + "个亿", "亿", "元"
        start = m.start() + (len(prefix) if prefix == "达" else 0)
        rate = _PER.search(sentence[:start]) if not prefix else None
        if rate:                                      # 每秒10米, 一周7列: a rate, 10 米/秒
            per = rate.group(1) or rate.group(2)
            full_unit = f"{full_unit}/{_PER_UNIT.get(per, per)}"
            start = rate.start()
        fig = Figure(start, m_end, value, number, mult, full_unit, shown_prefix or suffix)
        ends = [f.end + len(f.tail) for f in out if f.end <= start] + [b for b in brackets if b <= start]
        prev_end = max(ends + [clause_start(sentence, start)])
        fig.label = THIS_FIRM.sub("", last_item(sentence[prev_end:start]))   # 这家…最大的…企业已出口: 已出口
        fig.bracket = sizes.get(prev_end) if prev_end in brackets else None
        if full_unit == "个" and out and out[-1].unit.startswith("个") and len(out[-1].unit) > 1 \
                and not re.search(r"[；;。]", sentence[out[-1].end:start]) and len(fig.label) <= 4:
            fig.unit = out[-1].unit                   # 从150个工作日减至25个，最短为11个: in working days too
        tail = re.match(r"(?:[\u4e00-\u9fff“”]|500强){1,10}", sentence[m_end:])     # 283家世界500强企业
        if tail and re.match(r"[^“]+(?:企业|公司|机构|单位|人员)“", tail.group(0)):    # 1000多家外贸实绩企业“各显
            tail = re.match(r"[^“]+", tail.group(0))       # 神通”: the quote is no part (17个共建“一带一路”国家 is)
        adj = re.match(r"(?:稳定|重点|重大|主要|优质|知名|骨干|固定|定期|常态化)的(?=[\u4e00-\u9fff]{2})", sentence[m_end:])
        if adj and unit in ("条", "个", "家", "座", "项"):       # 37条稳定的跨境运输线路: the noun after 的
            tail = re.match(r"[\u4e00-\u9fff]{1,10}", sentence[m_end + adj.end():])
        fig.tail = re.split(r"[的，、和及与，等]|[增降升减]至|同比|增长|比上|较上|人民币|左右|(?<!级)以上|上下|规模",
                            tail.group(0))[0] if tail else ""
        if unit == "%" and (firms := _SHARE_OF_FIRMS.match(sentence, m_end)):     # 85%以上的无纺布企业复工复产
            fig.label, fig.tail, fig.kind = f"{firms.group(1)}{firms.group(2)}占比", "", "share"
        if re.fullmatch(r"从[\u4e00-\u9fff]{1,4}", fig.label) and "到" in fig.tail:
            fig.tail = fig.tail.split("到")[0]           # 从日产6000件医用防护服到…: the suits'
            fig.label = fig.label[1:]
        if re.fullmatch(r"港口|城市|国家|国家和地区|地区|站点|航点|口岸", fig.tail) \
                and (to := _TO_LISTED.search(sentence, prev_end, start)):   # 前往韩国釜山及日本门司、大阪、名古屋
            fig.label = to.group(1)           # 4个港口: the places are examples of the ports reached
        counted = _COUNTED_AFTER.match(sentence, m_end) if unit.lstrip("万") in _COUNTED_UNITS else None
        if counted:                                   # 60个通过…试点申报的项目, 128标箱的玉米集装箱: what is counted
            fig.tail = counted.group(1) + counted.group(2)
        both = _BOTH_PLACES.match(sentence, m_end)
        if both:                                      # 34个国际和地区航点: the points, of both kinds
            fig.tail = both.group(0)
        whole = _SHARE_OF.match(sentence, m_end) if unit == "%" else None
        scope = re.search(r"(全省|全市|全国|全区)$", fig.label) if whole else None
        if scope:                                     # 全省23.5%的专利: a share of the province's patents
            fig.label, fig.kind = whole.group(1) + "占" + scope.group(1), "share"
        doing = _FIRMS_DOING.match(sentence, m_end) if unit == "家" and fig.label.endswith("等") else None
        if doing:                                     # 长江存储、联想等12家重点企业通过花湖国际机场开展外贸业务:
            fig.tail, fig.label = doing.group(0), ""  # what the firms do counts them; the examples are no subject
        after_tail = sentence[m_end + len(fig.tail):][:1]
        if len(fig.tail) >= 3 and fig.tail.endswith("中") and after_tail in ("，", ","):
            fig.tail = fig.tail[:-1]                  # 新设的1000家企业中，外资企业50家: the firms, then a part
        if unit in ("%", "个百分点") and (GROWTH_END.search(fig.label) or re.search(r"增速|增幅|[高低快慢]于",
                                                                                 fig.tail)):
            fig.tail = ""                             # 增长14.2%增速高于全国…: a rate's words are the next's
        if unit in ("大类", "类") and not fig.tail:       # 6大类19项改革事项: kinds of what the next counts
            nxt = re.match(r"\d+(?:项|个|条|种)([\u4e00-\u9fff]{2,8})", sentence[m_end:])
            fig.tail = re.split(r"[的，、和及与]", nxt.group(1))[0] if nxt else ""
        prev = out[-1] if out else None
        if not fig.label and prev and sentence[prev.end + len(prev.tail):start].strip() == "、":
            fig.label = prev.label                   # 通达40个国家、115个城市: the same verb
        elif prev and re.fullmatch(r"冲刺|确保|争取|力争", fig.label) and sentence[prev.end:start] == "、" + fig.label:
            fig.label = re.sub(r"(?:力争|争取|确保)?(?:实现|达到)?$", "", prev.label, count=1) + fig.label
            # 集装箱吞吐量力争实现260万标箱、冲刺280万标箱: the same measure, a higher goal
        flow = re.search(r"进出口|出口|进口", prev.label) if prev and fig.label else None
        if flow and sentence[prev.end + len(prev.tail):start].startswith("、") \
                and not re.search(r"进出口|出口|进口|增长|下降", fig.label):
            fig.label = flow.group(0) + fig.label     # 出口A 20.2亿元、B 10.6亿元: B's exports too
        elif prev and fig.label in GLOSSARY and sentence[prev.end + len(prev.tail):start] == "、" + fig.label \
                and not re.search(r"元|%|个", prev.unit + fig.unit) \
                and (goods := next((prev.label[i:] for i in range(len(prev.label) - 1)
                                    if prev.label[i:] in GLOSSARY), "")) and len(prev.label) - len(goods) >= 2:
            fig.label = prev.label[:-len(goods)] + fig.label    # 送交医用防护服5万件、口罩2400多万片: masks sent too
        new = re.search(r"新(?:开通|开|增|设|签)", prev.label) if prev and fig.label else None
        if new and sentence[prev.end + len(prev.tail):start].startswith("、") and "新" not in fig.label:
            fig.label = new.group(0) + fig.label     # 新开国内航线10条、国际航线20条: both new
        g = GROWTH_END.search(fig.label)
        if g and unit in ("%", "倍", "个百分点"):
            fig.kind, fig.down, fig.yoy = "growth", g.group(2) in DOWN, bool(g.group(1))
            fig.basis = ("环比" if g.group(1) == "环比" else g.group(1) if re.search(r"\d", g.group(1) or "")
                         else "同比" if g.group(1) else "")           # 较2024年同期: said as printed
            also = re.match(r"[、，,]\s*((?:19|20)\d\d)年(?:同期)?", sentence[prev.end:start]) \
                if prev and prev.kind == "growth" and re.search(r"\d", prev.basis) and not fig.basis else None
            fig.basis = f"比{also.group(1)}年" if also else fig.basis    # 同比2020年增长48%、2019年增长14%: over 2019
        elif unit in ("%", "个百分点") and SHARE_END.search(fig.label):
            fig.kind = "share"
        elif (unit == "%" and prev and prev.kind == "share" and prev.label.startswith("占") and "占" not in fig.label
              and fig.label.endswith("的")
              and sentence[prev.end + len(prev.tail):start - len(fig.label)] in ("，", ",", "、")):
            fig.kind, fig.label = "share", "占" + fig.label    # 占湖北省总量的76.7%，长江中上游港口总量的33.7%
        elif unit in ("%", "倍") and fig.label.endswith("以") and _RATE_OF_PACE.match(sentence, m_end):
            flows = re.findall(r"进出口|出口|进口", sentence[:start])    # 潜江以2.2倍的增速领跑全省: its trade's
            fig.kind, fig.label = "growth", fig.label[:-1] + (flows[-1] if flows else "") + "增长"
        elif unit == "%" and (after := _GROWTH_AFTER.match(sentence, m_end)):    # 实现90.4%大幅增长
            fig.kind, fig.down, fig.tail = "growth", after.group(1) in DOWN, ""
            fig.label = re.sub(r"(?:实现|达到|保持)了?$", "", fig.label)
        out.append(fig)
    out = sorted(_thresholds(sentence, shared_unit(sentence, reference(sentence, out))) + runs(sentence) + years_run(sentence)
                 + spelled(sentence) + fractions(sentence), key=lambda f: f.start)
    _carry_bracket(sentence, out)
    out = [f for f in out if not (f.unit in ("个", "家", "座") and _GROUP_SIZE.match(sentence, f.end))]   # 在全国
    # 141个港口中排名: the size of the group ranked
    for a, b in zip(out, out[1:]):                  # 分别高出全国5.3个和1.4个百分点: both in points
        if a.unit == "个" and b.unit == "个百分点" and re.fullmatch(r"[和、及与]", sentence[a.end:b.start]):
            a.unit, a.kind = b.unit, b.kind
    _shared_head(sentence, out)
    _split_lists(sentence, out)
    _share_of_whole(sentence, out)
    _attach_growth(sentence, out)
    _doubled(sentence, out)
    attach_ranks(sentence, out)
    return out


_TO_LISTED = re.compile(r"(前往|通达|连通|连接|通往|飞往|发往|辐射)[^，。；,;\d]{0,40}[、及和与][^，。；,;\d]{1,30}$")


def _shared_head(sentence: str, figs: list[Figure]) -> None:
    """Grades listed before one noun (5个国家级、24个省级农产品质量安全县): each grade counts that noun."""
    for a, b in zip(figs, figs[1:]):
        tail = re.fullmatch(r"[\u4e00-\u9fff]{1,3}级", a.tail)
        head = re.fullmatch(r"[\u4e00-\u9fff]{1,3}级([\u4e00-\u9fff]{2,})", b.tail)
        if tail and head and a.unit == b.unit and sentence[a.end + len(a.tail):b.start] in ("、", "和", "及"):
            a.tail += head.group(1)


def _share_of_whole(sentence: str, figs: list[Figure]) -> None:
    """占全国农产品出口总额639.0亿美元的4.4%: the rate after the whole's value is the share of it."""
    for a, b in zip(figs, figs[1:]):
        whole = re.search(r"(占(?:全国|我国|全省|全市)[^，。；\d]{0,16})$", sentence[:a.start])
        if whole and b.unit == "%" and sentence[a.end + len(a.tail):b.start] == "的" and b.kind != "share":
            b.kind, b.label = "share", whole.group(1)


def _carry_bracket(sentence: str, figs: list[Figure]) -> None:
    """新批500万美元以上大项目107个，合同外资15亿美元: the money is the bracket's projects', not all of it."""
    for a, b in zip(figs, figs[1:]):
        gap = sentence[a.end + len(a.tail):b.start]
        what = a.tail or a.label
        if a.bracket and re.search(r"(?:项目|企业)$", what) and not b.bracket and a.unit in ("个", "家", "项") and "元" in b.unit \
                and re.fullmatch(r"[，,]\s*(?:其)?(?:合同外资|合同金额|投资额|总投资|金额|协议外资)(?:为|达)?", gap):
            b.bracket, b.label = a.bracket, what + re.sub(r"^[，,]\s*(?:其)?", "", b.label)


# A count whose noun comes after a description and 的 (60个通过“先投后股”试点申报的项目, 128标箱的玉米集装箱).
_COUNTED_UNITS = ("个", "家", "项", "批", "标箱", "辆", "艘", "条")
_COUNTED_AFTER = re.compile(r"((?:[\u4e00-\u9fff“”]){0,12}?)的((?:[\u4e00-\u9fff]{0,3})(?:项目|企业|公司|集装箱|商品车|"
                            r"车辆|产品|航线|班列|代表|展商|品种))(?=[^\u4e00-\u9fff]|[在正已将于是为，。、]|$)")
# Firms counted by a bar they passed (34家企业出口过500万美元): the bar is no figure of its own.
_FIRMS_OVER = re.compile(r"(?:外贸)?(?:企业|公司)(进出口|出口|进口|营收|产值|销售额)额?(过|超过|超|突破|达到?)")


def _thresholds(sentence: str, figs: list[Figure]) -> list[Figure]:
    """'突破100万吨，达到107.2万吨': the milestone goes, the value keeps its words; '34家企业出口过500万美元': the
    bar goes, and the count is of the firms over it (出口过500万美元企业)."""
    drop: set[int] = set()
    for a, b in zip(figs, figs[1:]):
        over = _FIRMS_OVER.fullmatch(a.tail) if a.unit in ("家", "个") else None
        if over and "元" in b.unit and sentence[a.end + len(a.tail):b.start] == "" \
                and re.match(r"[，,。；]|$", sentence[b.end:]):
            a.tail = f"{over.group(1)}过{b.value}{b.unit}企业"
            drop.add(id(b))
    for a, b in zip(figs, figs[1:]):
        if a.unit == b.unit and re.search(r"(突破|超过|超|迈上|跨越|站上)$", a.label) \
                and re.fullmatch(r"[，,]?(?:达到|达|为|至|增至|升至)?", sentence[a.end + len(a.tail):b.start]):
            b.label = re.sub(r"(突破|超过|超|迈上|跨越|站上)$", "", a.label)
            drop.add(id(a))
    return [f for f in figs if id(f) not in drop]


# A firm the sentence before named, described again: 这家湖北省最大的蜂蜜出口企业.
THIS_FIRM = re.compile(r"这家[^，。；\d]{0,20}?(?:企业|公司|工厂|厂商|厂)|"
                       r"(?:(?<=^)|(?<=[，。；：]))(?:目前|同时|此外|另外|今年)?[，]?(?:该|本)?公司(?=[正已将还也在又]|计划|预计)")
# A rate said before its verb: 出口额实现90.4%大幅增长, 保持20%以上的高速增长.
# A share of firms said before them (85%以上的无纺布企业复工复产): the firms and what they did.
_SHARE_OF_FIRMS = re.compile(r"(?:以上|以下|左右)?的([\u4e00-\u9fff]{1,8}?(?:企业|公司|工厂|商户|外贸企业))"
                             r"(?:已经?|均|都)?([\u4e00-\u9fff]{2,6})(?=[，,。；;]|$)")
_GROWTH_AFTER = re.compile(r"(?:以上|左右)?的?(?:大幅|快速|高速|稳定|稳步|较快|强劲|显著)?(增长|下降|回落)")


# The size of the group a ranking is among (在全国141个港口中排名前20强): no figure of the subject's.
_GROUP_SIZE = re.compile(r"[\u4e00-\u9fff]{1,8}?中?(?:排名|排在|位列|位居)")
# Places of two kinds counted together (国际和地区航点, 国家和地区): one noun, not a list.
_BOTH_PLACES = re.compile(r"(?:国际|国家|境外)(?:和|及|与)地区(?:[\u4e00-\u9fff]{1,4}(?=[，,。；、]|$))?")
# A share written before what it is of (全省23.5%的专利, 全省0.065%的国土上).
_SHARE_OF = re.compile(r"的([\u4e00-\u9fff]{2,8}?)(?:上|里|中)?(?=[，,、；;。涌创实贡]|$)")
# Firms counted by what they do (…等8家世界500强企业在鄂州设立中国区中心仓).
_FIRMS_DOING = re.compile(r"(?:[\u4e00-\u9fff]|500强){0,10}(?:企业|公司|机构|外企|外资企业)"
                          r"(?:通过|在|落户|入驻|设立|开展|参与|参加|获得|入选|进驻|布局)[\u4e00-\u9fff]{2,20}")


def _split_lists(sentence: str, figs: list[Figure]) -> None:
    """'A、B分别为x、y': each value gets its label; '分别增长x%、y%': each rate goes to its value."""
    for m in re.finditer(r"分别(?:为|是|达|达到|实现|开行|发送|运送|发运|开通|完成(?:全?年度?(?:计划|目标)(?:任务)?的)?|占|(?:压缩|缩短|降|减少|增|提升|提高)[至到]|"
                         r"(同比)?(增长|下降|增加|减少|增)了?|"
                         r"(高出|高于|快于|低于|慢于)(?:同期)?(全国|全省)(?:平均水平|平均增速|平均|水平|增速|增幅)?|"
                         r"(进出口|出口|进口|实际使用外资|新设|新增)(?:额|值|总值)?(?:为|达)?)?", sentence):
        group = [f for f in figs if f.start >= m.end() and not sentence[m.end():f.start].strip("、，,和及与 %")
                 or f.start >= m.end() and _only_list_between(sentence, m.end(), f.start, figs)]
        group = [f for f in group if f.start < next_stop(sentence, m.end())]
        if len(group) < 2:
            continue
        if m.group(2):                                 # 分别增长 x%、y%: rates of the values before
            yoy = bool(m.group(1)) or sentence[:m.start()].endswith("同比")    # 同比分别增长
            for f in group:
                own = re.search(r"(下降|减少|增长|增加)$", sentence[:f.start])     # …、7.2%和下降3.4%
                f.kind, f.yoy = "growth", yoy
                f.down = (own.group(1) if own else m.group(2)) in DOWN
                f.basis = "同比" if yoy else ""
            amounts = [f for f in figs if f.end <= m.start() and f.kind == "amount" and f.change is None]
            if len(amounts) < len(group):             # 进出口、出口分别增长x%和y%: rates of the things named
                head = sentence[clause_start(sentence, m.start()):m.start()]
                if _period_list(sentence[:m.start()], head, group):     # 1、4月…增幅分别为x%和y%: each month's
                    for f in group:
                        f.label += m.group(2)
                else:
                    _label_rates(head, m.group(2), group)
                continue
            for amount, rate in zip(amounts[-len(group):], group):
                amount.change, rate.attached = rate, True
            continue
        head = sentence[clause_start(sentence, m.start()):m.start()]
        if _period_list(sentence[:m.start()], head, group, m.group(0).removeprefix("分别")):
            continue
        labels = [re.sub(r"^(?:尤其是|特别是|其中)", "", x) for x in re.split(r"、|和|及|与|以及", head) if x.strip()]
        shared = re.match(r"(进出口|出口|进口)(\S{2,10})$", labels[-1]) if labels else None
        if shared and all(re.search(r"(进出口|出口|进口)$", x) for x in labels[:-1]):
            labels[:-1] = [x + shared.group(2) for x in labels[:-1]]      # 进口、出口整体通关时间: both times
        rate = re.search(r"(?:年均)?(?:增速|增幅|增长率)$", labels[-1]) if labels else None
        if rate and not any(rate.group(0) in x for x in labels[:-1]):
            labels[:-1] = [x + rate.group(0) for x in labels[:-1]]        # 金融服务、技术服务年均增速: both rates
        listed = [f for f in figs if f.end <= m.start() and f.kind == "amount" and f.item][-len(group):]
        if m.group(0) == "分别占" and len(labels) != len(group) and len(listed) == len(group):
            for f, amount in zip(group, listed):    # A、B分别进出口x、y，分别占p%、q%: each one's share
                f.label, f.item, f.kind = amount.label + "占", amount.item, "share"
        elif len(labels) == len(group):
            for f, label in zip(group, labels):      # A、B分别进出口x、y: A's 进出口 and B's
                f.label, f.item = label.strip() + (m.group(5) or ""), label.strip()
                if re.search(r"计划|目标", m.group(0)):   # A、B分别完成年计划的x%、y%: each one's share of its target
                    f.label += "完成全年目标的"
                if m.group(3):                        # 分别高出全国x、y个百分点: each one's margin
                    f.label += ("低于" if m.group(3) in ("低于", "慢于") else "高于") + m.group(4)
            if m.group(0).endswith("占"):
                for f in group:
                    f.kind = "share"


def _label_rates(head: str, verb: str, group: list[Figure]) -> None:
    """Rates listed after the things they are of (A、B分别增长x%和y%): each rate named by its own thing; places
    listed before what they share (咸宁和宜昌上半年签约项目金额同比2019年分别增长…) each with those words."""
    labels = [x.strip() for x in re.split(r"、|和|及|与|以及", head) if x.strip()]
    place = next((p for p in _REGIONS if labels and labels[-1].startswith(p)), "")
    if place and len(labels[-1]) > len(place) + 1 and all(x in PLACES for x in labels[:-1]):
        labels = [x + labels[-1][len(place):] for x in labels[:-1]] + labels[-1:]
    if len(labels) == len(group):
        for f, label in zip(group, labels):
            f.label = label + verb


_YEAR_SPAN_LIST = re.compile(r"(?:自|从)?((?:19|20)\d\d)年?(?:至|到|—|-)((?:19|20)\d\d)年")
_PERIOD_LIST = re.compile(r"((?:(?:19|20)\d\d年|今年|去年|上年)?)(?:"
                          r"([一二三四1-4](?:[、和及与至][一二三四1-4])+)季度|"
                          r"(\d{1,2}(?:月?[、和及与]\d{1,2})+)月(?:份)?)")


def _period_list(before: str, head: str, group: list[Figure], verb: str = "") -> bool:
    """'一、二、三季度进出口分别为x、y、z': each value takes its own period and the shared label; so does each
    year of a span (自2011年至2016年分别开行17列、…、1702列)."""
    years = _YEAR_SPAN_LIST.search(head)
    if years and int(years.group(2)) - int(years.group(1)) + 1 == len(group):
        label = (head[:years.start()] + head[years.end():]).strip() + verb
        for year, f in zip(range(int(years.group(1)), int(years.group(2)) + 1), group):
            f.label, f.period_words = label, f"{year}年"
        return True
    m = _PERIOD_LIST.search(head)
    label = (head[:m.start()] + m.group(1) + head[m.end():]).strip() if m else head.strip()
    m = m or ([None] + list(_PERIOD_LIST.finditer(before)))[-1]    # 今年一、二季度，某市…分别为
    if not m:
        return False
    items = re.split(r"月?[、和及与至]", m.group(2) or m.group(3))
    if len(items) != len(group):
        return False
    for f, item in zip(group, items):
        f.label = label
        f.period_words = m.group(1) + (f"{item}季度" if m.group(2) else f"{item}月")
    return True


def _only_list_between(sentence: str, a: int, b: int, figs: list[Figure]) -> bool:
    """Whether only other figures and list marks stand between a and b."""
    between = sentence[a:b]
    for f in figs:
        if a <= f.start and f.end <= b:
            between = between.replace(sentence[f.start:f.end], "")
    return not re.sub(r"下降|减少|增长|增加", "", between).strip("、，,和及与 ")


# A value named only to be compared with (超过去年全年4305.2亿元规模): no growth rate after it is its own.
_COMPARED = re.compile(r"^(?:超过|超出|高于|多于|相当于)(?:去年|上年|前年|(?:19|20)\d\d年)")
_COMPARED_CLAUSE = re.compile(r"[，,](?:超过|超出|高于|多于|相当于)(?:去年|上年|前年|(?:19|20)\d\d年)[^，,]*")


def _attach_growth(sentence: str, figs: list[Figure]) -> None:
    """A growth rate goes with the nearest value before it in the same or the previous clause."""
    for i, f in enumerate(figs):
        if f.kind != "growth" or f.attached or re.search(r"年均|平均", f.label):
            continue                        # 从168亿元增长至266亿元，年均增速8%: a rate over the years, its own
        if (share := _share_between(sentence, figs, i)) is not None:
            figs[share - 1].change, f.attached = f, True    # 超6万人次，占比达61.1%，较2019年增长713.6%: the 6万's
            continue
        for g in reversed(figs[:i]):
            if g.kind in ("amount", "share") and g.change is None and _COMPARED.match(g.label):
                continue                              # 超过去年全年4305.2亿元，比2019年增长x%: not its rate
            if g.kind in ("amount", "share") and _bracketed(sentence, g, f.start):
                continue                              # 30万吨（其中，国际…10万吨），增长6835%: the 30万吨's rate
            if g.kind in ("amount", "share") and g.change is None:
                gap = re.sub(r"（[^）]*）|\([^)]*\)", "", sentence[g.end:f.start])   # （人民币，下同）
                gap = _COMPARED_CLAUSE.sub("", gap)
                if gap.count("，") + gap.count(",") <= 1 and "；" not in gap and len(gap) <= 24 \
                        and not re.search(r"[\u4e00-\u9fff]{2,}(?:进出口|出口|进口)",
                                          gap.split("，")[-1][:-6] or "") \
                        and not _own_subject(gap, g):
                    g.change, f.attached = f, True
                break
            if g.kind == "growth":
                break


# A value that doubled, said in words after it (突破12万辆，同比实现翻番): its change, with no number of its own.
_DOUBLED = re.compile(r"[，,]?\s*(同比|比上年|较上年|比去年|较去年)?(?:实现|增长)?了?(翻(?:了)?一?番)(?![多几])")


def _doubled(sentence: str, figs: list[Figure]) -> None:
    """A doubling said right after an amount (12万辆，同比实现翻番) is that amount's change."""
    for g in figs:
        if g.kind != "amount" or g.change is not None:
            continue
        m = _DOUBLED.match(sentence, g.end + len(g.tail) if sentence.startswith(g.tail, g.end) else g.end)
        if m:
            basis = "同比" if m.group(1) else ""
            g.change = Figure(m.start(2), m.end(2), "翻番", "", "", "", "", kind="growth", basis=basis,
                              yoy=bool(m.group(1)), attached=True)


def _share_between(sentence: str, figs: list[Figure], i: int) -> int | None:
    """The slot of a share (占比达61.1%, 占全省的74.7%) between a count or amount and the growth rate in % at i, each
    in the clause after the one before: a share changes in points, so the rate is the amount's."""
    if i < 2 or figs[i].unit != "%":
        return None
    share, amount = figs[i - 1], figs[i - 2]
    if share.kind != "share" or share.change is not None or not re.match(r"占(?![^，,]*百分点)", share.label) \
            or amount.kind != "amount" or amount.change is not None:
        return None
    gaps = (sentence[amount.end:share.start - len(share.label)], sentence[share.end:figs[i].start])
    return i - 1 if all(g.count("，") + g.count(",") == 1 and len(g) <= 16 for g in gaps) else None


def _bracketed(sentence: str, value: Figure, before: int) -> bool:
    """The value sits in a bracket closed before the rate at `before` (…（其中，国际…突破10万吨），增长…)."""
    opened = max(sentence.rfind("（", 0, value.start), sentence.rfind("(", 0, value.start))
    if opened < 0:
        return False
    closed = min([i for i in (sentence.find(c, value.end) for c in "）)") if i >= 0] + [len(sentence)])
    return max(sentence.rfind("）", 0, value.start), sentence.rfind(")", 0, value.start)) < opened \
        and closed < before


_RATE_WORDS = re.compile(r"同比|环比|按年|[比较](?:历史(?:同期)?最[好高]的|疫情前的)?(?:上年|去年|(?:19|20)\d\d年)(?:同期)?|同期|增长|增加|上升|提高|提升|下降|减少|回落|下滑|增速|"
                         r"增幅|增|降|为|达|了|其中|分别|均|规模|总量|总值|金额|整体|[，,\s]")


def _own_subject(gap: str, value: Figure) -> bool:
    """'265列，发运量同比增48.88%': the rate's clause names another measure, so it is not the value's."""
    if "，" not in gap and "," not in gap:
        return False
    last = re.split(r"[，,]", gap)[-1]
    rest = _RATE_WORDS.sub("", last).replace(value.tail, "", 1) if value.tail else _RATE_WORDS.sub("", last)
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2
