"""Article shapes of agencies and Hong Kong papers: a dateline's city, a source the lead refers back to,
subjects listed with 分别, and the event where deals were signed."""
from __future__ import annotations

import logging
import re

from .entities import EntityIndex, main_subject
from .masthead import PUBLICATIONS
from .text import PRESS

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


def off_dateline(text: str, mentions: list[Mention], main: str) -> list[Mention]:
    """The names but the dateline's city of an article about something else (中新社鄂州…电 on the airport)."""
    return [m for m in mentions if not (in_dateline(text, m) and m[2] != main)]


def source_subject(text: str, mentions: list[Mention], pos: int, others: list[Mention]) -> Mention | None:
    """The source referred back to before pos, unless another subject is named after it."""
    source = referred_source(text, mentions, pos)
    return source if source and not (others and others[-1][0] > source[0]) else None


def story_subject(index: EntityIndex, text: str) -> str:
    """The article's main subject: the source its lead refers back to (从X获悉，该X…), else the place,
    zone or hub it names most; a paper's own name (香港商报) names no place of the story."""
    text = PRESS.sub("", text[:20000])
    for name in sorted(PUBLICATIONS, key=len, reverse=True):
        text = text.replace(name, "")
    lead = text[:400]
    source = referred_source(lead, index.mentions(lead), len(lead))
    return source[2] if source else main_subject(index, text)


def referred_source(text: str, mentions: list[Mention], pos: int) -> Mention | None:
    """The source named before 获悉 that a later clause before pos refers back to (该机场, 其): the subject."""
    for m in reversed([m for m in mentions if m[1] <= pos]):
        if _TOLD.match(text, m[1]) and _BACK.search(text, m[1], pos):
            return m
    return None


# Names ranked before a 分别 list: 香港、新加坡、德国位居前三，分别占全省的61.4%、8.7%和5.2%.
# Or described before it: 加拿大和英国成为引资增幅最大的地区，分别增长346.1倍和13.9倍.
_RANKED_GAP = re.compile(r"(?:(?:位居|位列|居|排在|列)前[二三四五六七八九十\d]+(?:位|名)?|"
                         r"(?:成为|是)[^，。；、]{0,20}的(?:地区|国家|市场|城市|伙伴|来源地))[，,]?$")
# One short clause between a list of names and its 分别 (…和新加坡，实际使用外资金额分别为…).
_ONE_CLAUSE = re.compile(r"(?:的[^，,。；、\d]{1,16})?[，,][^，,。；、\d]{1,16}")     # …国家的贸易合作日益紧密，进出口占比分别
# The list counted, then what the values measure: 鄂州、黄石、黄冈三市经某机场进出口货值分别为…
# What places listed share, said between them and 分别 (咸宁和宜昌上半年签约项目金额同比2019年分别增长…).
_MEASURE_BETWEEN = re.compile(r"[^，,。；、\d]{0,16}?(?:金额|额|值|量|数|项目|企业)(?:同比)?(?:(?:比|较)?(?:19|20)\d\d年(?:同期)?)?")
_COUNTED_GAP = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})个?(?:市|地|区|县|省|国|片区|城市|市州)([^，。；、]{0,16})$")


def respective_measure(text: str, pos: int) -> str:
    """What values listed after 分别 measure when their subjects were counted first (…三市经某机场进出口货值
    分别为X、Y): the words after the count, or ''."""
    at = text.rfind("分别", 0, pos)
    counted = _COUNTED_GAP.search(text[:at]) if at >= 0 else None
    return counted.group(1) if counted else ""


def _runs(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """The runs of names joined by 、/和/及/与 in a sentence, in order."""
    runs: list[list[Mention]] = []
    for mention in sorted(mentions):
        if runs and re.fullmatch(r"、|和|及|与", text[runs[-1][-1][1]:mention[0]]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


def listed_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The longest run of names joined by 、/和 in a sentence (欧盟、东盟、美国、日本依次为…): what a 分别 list in
    the next sentence may go through in order."""
    best = max(_runs(text, mentions), key=len, default=[])
    return best if len(best) >= 2 else []


def _last_run(text: str, mentions: list[Mention]) -> list[Mention]:
    """The run of names joined by 、/和 that the last of them ends (咸宁和宜昌, not an earlier longer list)."""
    runs = _runs(text, mentions)
    return runs[-1] if runs and len(runs[-1]) >= 2 else []


def respective_subjects(text: str, figs: list, mentions: list[Mention],
                        carried: list[Mention] | None = None) -> dict[int, Mention]:
    """'襄阳片区、宜昌片区分别新设外资企业23家、21家': each value's subject, by id of the figure; `carried`: the
    names the sentence before listed (…依次为前四大贸易伙伴。双边贸易值分别增长…), for a list with none of its own."""
    out: dict[int, Mention] = {}
    for m in re.finditer(r"分别", text):
        listed: list[Mention] = []
        gap = _RANKED_GAP.search(text[:m.start()])      # 香港、新加坡、德国位居前三，分别占…
        counted = _COUNTED_GAP.search(text[:m.start()])
        end = gap.start() if gap else counted.start() if counted else m.start()
        for mention in sorted((x for x in mentions if x[1] <= end), reverse=True):    # none in the gap
            if mention[1] != end:
                break
            listed.insert(0, mention)
            joint = re.search(r"(?:、|和|及|与)$", text[:mention[0]])
            if not joint:
                break
            end = joint.start()
        if len(listed) < 2 and carried and not any(x[1] <= m.start() for x in mentions):
            listed = [(-1, -1, x[2]) for x in carried]    # none of its own before 分别: the names just listed
        if len(listed) < 2:                             # 仍然是香港、日本和新加坡，实际使用外资金额分别为…
            run = listed_names(text, [x for x in mentions if x[1] <= m.start()])
            last = _last_run(text, [x for x in mentions if x[1] <= m.start()])
            if run and _ONE_CLAUSE.fullmatch(text, run[-1][1], m.start()):
                listed = run
            elif last and _MEASURE_BETWEEN.fullmatch(text, last[-1][1], m.start()):
                listed = last
        if len(listed) < 2:
            continue
        stop = min([i for i in (text.find(c, m.end()) for c in "；。") if i >= 0] + [len(text)])
        rates = re.match(r"(?:同比)?(?:增长|增|下降|回落|提高)", text[m.end():])    # 分别增长73.2%、36.1%: each one's
        shared = re.search(r"占比|比重|占[^，。；]{0,6}$", text[max(0, m.start() - 8):m.start()])
        kinds = ("growth",) if rates else ("amount", "share") if gap or shared else ("amount",)
        group = [f for f in figs if m.end() <= f.start < stop and f.kind in kinds][:len(listed)]
        if len(group) == len(listed):
            out.update({id(f): mention for f, mention in zip(group, listed)})
            again = re.compile(r"分别占").search(text, group[-1].end, stop)    # …，分别占p%、q%: theirs too
            shares = [f for f in figs if again and again.end() <= f.start < stop and f.kind == "share"]
            if len(shares) == len(listed):
                out.update({id(f): mention for f, mention in zip(shares, listed)})
    return out


# Things listed, then their trade given with 分别 (集成电路、锂离子蓄电池、平板电脑增量最大，分别出口163.3亿、
# 97.3亿、45.5亿元): each amount is that thing's exports. What the list is said to do comes last.
_ITEMS_THEN_FLOW = re.compile(
    r"((?:[\u4e00-\u9fff]{2,10}(?:[（(][^（）()]{1,10}[）)])?[、和及]){1,7}[\u4e00-\u9fff]{2,16}?"
    r"(?:[（(][^（）()]{1,10}[）)])?)"
    r"(?:等)?(?:的)?((?:实际)?(?:引资|利用外资|使用外资)(?:金额|额)?)?"
    r"(?:增量|增幅|增速|增长|规模|贡献|表现|占比)?(?:最大|最快|较快|较大|最多|较多|明显|突出|显著|领先|居前|靠前|迅速|"
    r"大幅上升|大幅增长)?"
    r"(?:稳列|位列|位居|居)?(?:前[二三四五六七八九十])?"
    r"(?:[两二三四五六七八九十\d]个?(?:品类|大类|类|品种|种|产品|商品)(?:成为亮点|成为增长亮点|表现亮眼|增势强劲)?)?"
    r"(?:成为[^，,。；、\d]{1,10})?"                                  # 成为两匹“黑马”，分别增长…
    r"[，,]?(?:同比)?(?:(?:出口|进口|进出口)额|增幅|增速)?分别(?:(出口|进口|进出口)|(?:达|为|是)?(?=[\d近超约])|"
    r"(?:同比)?(?=增长|下降))")
# The trade a list's rates are of, said before the list (主要出口产品均实现增长：机电产品、…分别增长…).
_FLOW_BEFORE = re.compile(r"出口|进口|利用外资|实际使用外资")


def listed_items(text: str, figs: list, before: str = "") -> dict[int, str]:
    """Each amount after '分别出口' (or rate after '分别增长') its own listed thing's trade or foreign investment:
    id of the figure -> 集成电路出口, 金融业实际引资额 (`before`: the words before the sentence, whose last flow
    a list of products with none of its own is of)."""
    out: dict[int, str] = {}
    for m in _ITEMS_THEN_FLOW.finditer(text):
        listed = re.sub(r"^(?:其中|而|此外|另外|同时)|^(?:排名)?前[二三四五六七八九十]的|[（(][^（）()]*[）)]", "",
                        m.group(1))             # 排名前三的调味品汁及制品(含香菇酱)、…: the products alone
        lead = re.match(r"(进口|出口)(?=[\u4e00-\u9fff]{2})", listed)      # 进口机械设备、仪器仪表: imports of each
        listed = listed[2:] if lead else listed
        items = re.split(r"[、和及]", listed)
        if any(re.search(r"[省市区县国]$|湖北|武汉|全省|我省|今年|月", item) for item in items):
            continue            # places or periods: the names' lists (respective_subjects) read those
        stop = min([i for i in (text.find(c, m.end()) for c in "；。，,") if i >= 0] + [len(text)])
        valued = re.search(r"(出口|进口|进出口)额分别(?:达|为|是)?$", m.group(0))     # 出口额分别达38.5亿元、…
        flow = m.group(3) or m.group(2) or (valued.group(1) if valued else "") or (lead.group(1) if lead else "") \
            or ([""] + _FLOW_BEFORE.findall(text, 0, m.start()))[-1] or ([""] + _FLOW_BEFORE.findall(before))[-1]
        kind = "amount" if (m.group(3) or valued) and not re.search(r"(?:增幅|增速)分别", m.group(0)) else "growth"
        group = [f for f in figs if m.end() <= f.start < stop and f.kind == kind]
        if len(group) != len(items):        # 金融业和信息传输、软件和信息技术服务业: sectors end in 业
            items = re.split(r"(?<=业)[、和及]", listed)
        if len(group) != len(items):        # 汤料及其制品、饲料添加剂: 及 inside a product's name
            items = listed.split("、")
        group = group[:len(items)]
        if flow and len(group) == len(items):
            out.update({id(f): item + flow for f, item in zip(group, items)})
    return out


# Places listed, then counted as a zone's areas (武汉、宜昌、襄阳三个片区…分别增长…): each is that place's area.
_AREAS_COUNTED = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})个?片区[^，。；、]{0,16}分别")


def area_names(text: str, respective: dict[int, Mention]) -> dict[int, str]:
    """The area each listed place stands for when the list is counted as areas (宜昌 -> 宜昌片区), by id of
    the figure; empty for any other list."""
    if not _AREAS_COUNTED.search(text):
        return {}
    return {fid: text[a:b] + "片区" for fid, (a, b, _) in respective.items() if a >= 0
            and _AREAS_COUNTED.match(text, _list_end(text, b))}


def _list_end(text: str, pos: int) -> int:
    """Where a list of names going on from pos ends (、宜昌、襄阳 after 武汉)."""
    m = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,4}?(?=[、和及与]|[两二三四五六七八九十\d]))*").match(text, pos)
    return m.end() if m else pos
