"""Rankings of a sentence (居全国第三、中部第一): whose value they rank, or their own measure."""
from __future__ import annotations

import logging
import re

from .entities import slug
from .figure import RANK, Figure, clause_start, next_stop
from .vocab import Metric, match_metric, english

log = logging.getLogger(__name__)


# Words before a ranking that name no measure of their own (规模居中部第一, 连续第二年位居全国第五):
# the ranking is the value's before them.
_NO_MEASURE = re.compile(r"^(?:连续(?:第?[一二三四五六七八九十两\d]+)?(?:年|个月|季度)|多年|已经?|均|仍|继续|稳|稳定|"
                         r"再次|首次|规模|总量|数量|总数|总体|总额|体量|"
                         r"在(?:全国内河|全国|全省|中部|全球|世界)[\u4e00-\u9fff]{0,4}?(?:港口|机场|城市|省份|省区|市州)中?|"
                         r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+[）)]|[（）()])*$")
_RANKS_LISTED = re.compile(r"分别(?:排在|排名|位居|居|位列|列)(全国内河|全国|全省|中部|全球|世界|全市|中西部|内陆)"
                           r"((?:第[一二三四五六七八九十\d]{1,3}位?(?:、|和|及|与))+第[一二三四五六七八九十\d]{1,3})")


_AMONG_PROVINCES = re.compile(r"各省(?=[\u4e00-\u9fff]{0,8}?第[一二三四五六七八九十\d])")
_SCOPE = re.compile(r"全国内河|全国|全省|中部|全球|世界|全市|中西部|内陆")
_SCOPED = r"(全国内河|全国|全省|中部|全球|世界|全市|中西部|内陆)(第[一二三四五六七八九十\d]{1,3}|首位|前[一二三四五六七八九十\d]{1,3}(?:强|位|名))"


def _in_brackets(sentence: str, fig: Figure) -> bool:
    """Whether a figure stands inside brackets (…114.57万吨(国际货量49.6万吨)): an aside, not the subject."""
    before = sentence[:fig.start]
    return max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))


def _listed_ranks(sentence: str, figs: list[Figure]) -> bool:
    """'A、B、C分别高出…x、y、z，分别排在全国第8、第7和第13位': each item's own ranking."""
    m = _RANKS_LISTED.search(sentence)
    items = [f for f in figs if f.item and f.end <= (m.start() if m else 0)]
    places = re.findall(r"第[一二三四五六七八九十\d]{1,3}", m.group(2)) if m else []
    if not m or len(places) != len(items):
        return False
    for f, place in zip(items, places):
        rank = Figure(m.start(), m.end(), place, place, "", "", "", kind="rank")
        rank.label, rank.ranks = f.item, [m.group(1) + place]
        figs.append(rank)
    return True


def _scope_before(sentence: str, pos: int) -> str:
    """The scope of the ranking just before in the sentence (总量居全省市州第三位，增速位居第二位: 全省), else 全国."""
    scopes = re.findall(r"(全国内河|全国|全省|中部|全球|世界|全市|中西部|内陆)[\u4e00-\u9fff]{0,4}?第", sentence[:pos])
    return scopes[-1] if scopes else "全国"


def attach_ranks(sentence: str, figs: list[Figure]) -> None:
    """'居全国第三、中部第一' after a value: its rankings."""
    if _listed_ranks(sentence, figs):
        return
    sentence = _AMONG_PROVINCES.sub("全国", sentence)      # 排名各省第五: among the provinces, the nation's fifth
    for m in RANK.finditer(sentence):
        if sentence.startswith("的", m.end()):
            continue                             # 排名全国前三名的分别是…: who holds the places, no one's rank
        before = [f for f in figs if f.end <= m.start() and f.kind in ("amount", "share")]
        gap = sentence[before[-1].end + len(before[-1].tail):m.start()] if before else \
            "，" + sentence[clause_start(sentence, m.start()):m.start()]      # 进出口值居全国第12位: no value
        target = before[-1] if before else None
        margin = re.split(r"[高低快慢]于|高出", target.label)[0] if target and target.unit == "个百分点" else ""
        if margin and margin != target.label:        # 增速高于全国9.5个百分点，位居全国第六: the growth's rank
            gap = "，" + margin
        own = re.search(r"[，,]([^，,]*[\u4e00-\u9fff]{2,}[^，,]*)$", gap)
        said = _SCOPE.search(own.group(1)) if own else None      # 在全国港口排名第十九: the scope said first
        if own and target and _NO_MEASURE.match(re.sub(r"位$", "", own.group(1).strip())):
            own = None                           # 规模居中部第一: the value's own ranking
            target = next((f for f in reversed(before) if not _in_brackets(sentence, f)    # 总量居…第三: the
                           and f.unit != "个百分点"), target)      # amount's, not the margin's (高于全省11.9个百分点)
        if not own and target and target.kind == "share" and (at := sentence.rfind("占", 0, target.start)) >= 0:
            held = [f for f in before if f.kind == "amount" and f.end <= at]
            target = held[-1] if held else target      # …28.1亿美元，占全国…的4.4%，位居全国第六: the amount's rank
        if not target and not own:
            continue
        if own:                                  # '…，货运航班量排名全国第四': a ranking of its own
            first = re.search(r"第[一二三四五六七八九十\d]{1,3}|首位|前[一二三四五六七八九十\d]{1,3}(?:强|位|名)", m.group(0))
            if first:
                rank = Figure(m.start(), m.end(), first.group(0), first.group(0), "", "", "", kind="rank")
                rank.label = own.group(1).strip()
                rank.ranks = [(m.group(1) or _scope_before(sentence, m.start())) + first.group(0)]
                clause = re.split(r"[，,；;。]", sentence[m.end():])[0]    # 位居全国第六、中部第一: each scope
                rank.ranks += ["".join(r) for r in re.findall(_SCOPED, clause)]
                figs.append(rank)
            continue
        tail = sentence[m.start():next_stop(sentence, m.start())]
        ranks = re.findall(_SCOPED, tail)
        for scope, rank in ranks:
            if scope + rank not in target.ranks:
                target.ranks.append(scope + rank)
        first = re.search(r"第[一二三四五六七八九十\d]{1,3}|首位|前[一二三四五六七八九十\d]{1,3}(?:强|位|名)", m.group(0))
        scope = m.group(1) or (said.group(0) if said else "")
        if scope and first and (scope + first.group(0)) not in target.ranks:
            target.ranks.append(scope + first.group(0))
        if scope and first and re.match(r"[，,]均", gap):     # 1.9亿美元…；出口量2.35万吨…，均排名各省第五: both
            for f in before:
                if f.kind == "amount" and not _in_brackets(sentence, f) and scope + first.group(0) not in f.ranks:
                    f.ranks.append(scope + first.group(0))


def group_rank(label: str, known: Metric | None) -> Metric | None:
    """A ranking among a group (进出口规模在全国副省级城市中排名第7): named by the measure and the group."""
    group = re.search(r"在([\u4e00-\u9fff]{2,12}?)中$", label)
    if not group:
        return None
    measure = label[:group.start()]
    known = known or match_metric(measure)
    zh, en = (known.zh, known.en) if known else (measure, english(measure))
    among = group.group(1)
    among_en = english(among)
    return Metric(f"{slug(zh, 20).replace('-', '_')}_rank_among_{slug(among, 16).replace('-', '_')}",
                  f"{zh}在{among}中排名",
                  f"ranking among {among_en} by {en}" if en else f"ranking among {among_en}",
                  known.topic if known else "", (among, "排名", "ranking"))
