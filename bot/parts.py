"""A part answered for the whole: what a question asks of a region's trade (湖北出口多少) is not
answered by one product's, one partner's or one firm's share of it (机电产品出口额, 锂电池出口增幅,
a Wuhan firm's exports) unless the question names that part."""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from knowledge import Fact
from knowledge.glossary import GLOSSARY, en_variants

from .lexicon import BOTH_FLOWS
from .qualifier_words import QUALIFIER_SCOPE, QUALIFIERS
from .text import normalise

log = logging.getLogger(__name__)

FLOW = re.compile(r"进出口|出口|进口")
# Words before the flow in a metric that do not narrow it: the whole trade, a whole region or year.
WHOLE_WORDS = re.compile(r"货物|对外贸易|外贸|贸易|国际业务|海外业务|全省|全市|全国|全年|年度|累计|成立以来|我国|中国|"
                         r"湖北省?|武汉市?|"
                         r"总额?|总值|合计|[对从向与和的]|[“”\"'‘’「」()（）\s]")
# What a trade metric measures of its part (额, 增幅): no part itself.
MEASURE_WORDS = re.compile(r"总?额|总?值|增幅|增速|增长|同比|规模|数量|金额")
EN_FLOW_WORDS = frozenset("""export exports import imports trade foreign total value growth share
of in the and by with from to goods hubei wuhan china province city year annual rate volume amount overall
whole yoy year-on-year increase""".split())
# A share of the trade (机电产品占出口总值比重) is what a share question asks, whoever names its part.
SHARE_METRIC = re.compile(r"占|比重|比例|份额")
COUNTS = re.compile(r"(?:多少|几)(?:家|个|项|条|人|批|种|类)|\bhow many\b")
# A question describing a firm it does not name ("那家公司", "a Wuhan firm") asks a firm's figure.
FIRM_ASKED = re.compile(r"企业|公司|厂|集团|商社|firm|compan|maker|manufacturer|enterprise|group|exporter")


_TRADE_MODE = re.compile(r"(?:一般|加工|边境|市场采购)贸易|\b(?:general|processing|border|market procurement) trade\b")


@lru_cache(maxsize=8192)
def trade_flow(text: str) -> str:
    """'exports', 'imports', 'total' (进出口, trade) or '' for what a text says is traded (a way of
    trading is no flow: 加工贸易出口 is exports)."""
    text = _TRADE_MODE.sub(" ", text)
    if re.search(r"进出口|外贸|贸易|\btrade\b", text) or BOTH_FLOWS.search(text):
        return "total"
    exports = re.search(r"出口|export(?!ers?\b)", text)         # exporters are firms, not exports
    imports = re.search(r"进口|import(?! expo)(?!ers?\b)", text)
    if exports and not imports:
        return "exports"
    if imports and not exports:
        return "imports"
    return ""


def metric_part(fact: Fact) -> tuple[str, list[str]]:
    """The part a trade metric is of (机电产品 in 机电产品出口额; 对东盟 gives 东盟): its words before its
    last flow word, but the flows, the whole and the measure, in Chinese and as English words (with the
    other words the glossary knows users type for them: apparel for garments); ('', [])
    for the whole trade or a metric naming no flow."""
    flows = list(FLOW.finditer(fact.metric_zh))
    if not flows:
        return "", []
    head = normalise(fact.metric_zh[:flows[-1].start()])    # 产品出口“新三样”产品出口额: 新三样产品
    part_zh = MEASURE_WORDS.sub("", WHOLE_WORDS.sub("", FLOW.sub("", head)))
    words = re.findall(r"[a-z][a-z-]+", " ".join([fact.metric_en, *en_variants(fact.metric_en)]).lower())
    part_en = [w for w in words if w not in EN_FLOW_WORDS and len(w) >= 3]
    return part_zh, part_en


# Partners named by one character (对美出口, 对港贸易): a part of the trade as much as 东盟 is; the English
# names a question may give them by.
SHORT_PARTNERS = {"美": r"\bu\.?s\.?a?\b|united states|america", "日": r"japan", "韩": r"korea",
                  "俄": r"russia", "德": r"german", "法": r"france|french", "英": r"\buk\b|britain|british",
                  "澳": r"australia|macao|macau", "欧": r"europe|\beu\b", "非": r"africa", "港": r"hong kong",
                  "台": r"taiwan", "印": r"india", "越": r"vietnam|viet nam", "泰": r"thailand|thai"}


def names_part(text: str, part_zh: str, part_en: list[str]) -> bool:
    """The question names the part: a character pair of its Chinese, or one of its English words (a
    partner named by one character: that character, or the partner's English name)."""
    if any(part_zh[k:k + 2] in text for k in range(len(part_zh) - 1)):
        return True
    if any(said.search(part_zh) and any(w in text for w in QUALIFIER_SCOPE[name])      # 民企 names 民营企业
           for name, said in QUALIFIERS.items() if name in QUALIFIER_SCOPE):
        return True
    if part_zh in SHORT_PARTNERS:
        return part_zh in text or bool(re.search(SHORT_PARTNERS[part_zh], text))
    words = [part for w in part_en for part in w.split("-")]        # high-tech is met by hi-tech's tech
    return any((w[:-1] if w.endswith("s") else w) in text for w in words if len(w) >= 4)


def part_for_whole(text: str, unnamed: str, fact: Fact, firm_of_region: bool, part_named: bool) -> str:
    """Why the fact is a part of the trade the question asks ('' when it is not): a product's or a
    partner's trade the question does not name, or (firm_of_region) an unnamed firm's trade when the
    question names only a region and no firm. part_named: the question names the fact's partner or
    entity. A question counting something (多少家企业, how many firms) asks no amount of trade."""
    asked = trade_flow(unnamed)
    if (part_named or not asked or COUNTS.search(text) or SHARE_METRIC.search(fact.metric_zh)
            or not FLOW.search(fact.metric_zh + " " + trade_flow(fact.metric_en.lower()))):
        return ""
    if firm_of_region and not FIRM_ASKED.search(unnamed):
        return f"a firm's figure ({fact.entity}), not the region's"
    part_zh, part_en = metric_part(fact)
    if ((len(part_zh) >= 2 or part_zh in SHORT_PARTNERS) and not names_part(text, part_zh, part_en)
            and len(listed_members(text, fact.statement_zh)) < 2):     # 风机、储能柜 name their group
        return f"a part ({part_zh}), not the whole"
    return ""


def listed_members(text: str, statement: str) -> set[str]:
    """The runs of 2-4 Chinese characters of a question that stand next to a 、 in a statement: the members
    of a list it names (光伏、电动车、锂电池), longest first (电动车, not 动车)."""
    members: set[str] = set()
    if "、" not in statement:
        return members
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", text):
        for size in (4, 3, 2):
            for k in range(len(run) - size + 1):
                word = run[k:k + size]
                if f"{word}、" in statement or f"、{word}" in statement:
                    members.add(word)
    return {m for m in members if not any(m != o and m in o for o in members)}


def member_for_group(text: str, fact: Fact, names: list[str], said: str = "") -> str:
    """Why a group's figure does not answer a question singling out one member it lists ('' when it
    does): 光伏、电动车、锂电池 exported 251亿 together, so '新三样中电动车出口' is not asked of the whole,
    while '演唱会上座率' may be answered by 演唱会、音乐节's. A member (listed_members) is singled out by
    中 / 里 / 其中 before it; one the fact's metric or entity names is no member. `said`: the question with its
    punctuation (its own lists), `text` without its names."""
    members = {m for m in listed_members(text, fact.statement_zh)
               if m not in fact.metric_zh and not any(m in n for n in names)}
    if not _EN_LIST.search(said or text):   # a question listing members (solar, EVs, lithium) asks them all
        members |= listed_members_en(text, fact.statement_en, fact.metric_en)
    named = any(group in text for group in re.findall(r"[“\"]([\u4e00-\u9fff]{2,6})[”\"]", fact.statement_zh))
    # a flow of one member asked (锂电池出口, lithium battery exports) of a group's flow: not the group's
    flow = trade_flow(text) and trade_flow(text) == trade_flow(fact.metric_zh)
    if len(members) == 1 and (named or flow or re.search(r"(?:中|里|之中|当中|其中)的?,?"
                                                         + re.escape(next(iter(members))), text)):
        return f"the group's figure, not {members.pop()}'s alone"   # 新三样 电动车 出口增速: the group named too
    return ""


# A list in an English statement or metric: "(photovoltaics, electric vehicles and lithium batteries)",
# "(PV, EVs, lithium batteries)".
_EN_LIST = re.compile(r"([a-z][a-z -]{1,30}(?:, [a-z][a-z -]{1,30})+,? and [a-z][a-z -]{1,30})|"
                      r"\(([a-z][a-z -]{1,30}(?:, [a-z][a-z -]{1,30})+)\)")


def listed_members_en(text: str, statement: str, metric: str) -> set[str]:
    """The members a question names of the list of an English statement or metric that it names most of,
    every word of each (not a metric's own words, unless it lists them): lithium battery names 'lithium
    batteries'; 'new three' (PV, EVs, lithium batteries) names all three of the metric's list."""
    said = {_singular(w) for w in re.findall(r"[a-z]{2,}", text)}
    own = set() if "," in metric else {_singular(w) for w in re.findall(r"[a-z]{3,}", metric.lower())}
    best: set[str] = set()
    for found in _EN_LIST.findall(f"{statement} {metric}".lower()):
        members = set()
        for member in re.split(r",? and |, ", found[0] or found[1]):
            words = {_singular(w) for w in re.findall(r"[a-z]{2,}", member)}
            if words and words <= said and not words <= own:
                members.add(member.strip())
        best = max(best, members, key=len)
    return best


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


# Kinds of things the glossary names (绿茶, 红茶, 花茶): two that end alike are kinds of one thing.
_KINDS = tuple(sorted((zh for zh in GLOSSARY if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", zh)),
                     key=len, reverse=True))


def another_kind(text: str, fact: Fact) -> str:
    """Why the fact is another kind of the thing asked ('' when it is not): 绿茶出口排名第几 is not answered
    by 红茶出口's place, nor by all tea's (the question names a kind whose head the fact's kind holds, not the
    fact's)."""
    part_zh = metric_part(fact)[0]
    held = [k for k in _kinds_in(part_zh) if k not in text]
    if not held:
        return ""
    asked = [k for k in _kinds_in(text) if k not in part_zh]
    mine = next((h for h in held for a in asked if a[-1] in h), "")     # 茶叶 for 乌龙茶: all tea, not one kind
    return f"another kind ({mine}), not the one asked" if mine else ""


@lru_cache(maxsize=4096)
def _kinds_in(text: str) -> tuple[str, ...]:
    """The glossary's kinds a text names, read once per question and per metric."""
    return tuple(k for k in _KINDS if k in text)
