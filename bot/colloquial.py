"""Colloquial questions that tell the asker's background before asking: '我们是光谷一家小外贸企业，想找个
外贸综合服务中心…，光谷现在一共有几家省级的？'. The clauses before the asking one are background: they
name the subject, but what is asked is said in the last clause."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import ASK_WHICH
from .periods import asking_clause

# A question opening with the asker (我们是…, 老家是做…, I'm a student), with what was heard or read
# (听说, 看到, 之前看新闻说, I read that), or with when the asker came to it (最近, 前几天).
# A figure given before the one asked (已知…完成营业额80.6亿美元，那同期新签合同额是多少; given that…).
GIVEN_START = re.compile(r"^\s*(?:已知|既然|假如|假设)|^\s*(?:given(?: that)?|knowing that)\b")
BACKGROUND_START = re.compile(
    GIVEN_START.pattern + r"|"
    r"^\s*(?:我|咱|本人|老家|家里|朋友|听说|听人说|据说|看到|看了|看新闻|新闻上说|之前|以前|最近|前段时间|前几天|"
    r"上次|上周|昨天|刚才)|"
    r"^\s*(?:(?:ok|okay)\s+)?(?:so|i|i'm|i am|we|we're|we are|my|our|i've|i have|i heard|heard|i read|i saw|"
    r"recently|a friend|someone)\b")

# An asking clause opening with 其中 (…6个试点城市…，其中涉及武汉的有几项): what comes before is its background.
AMONG_START = re.compile(r"^\s*(?:其中|这其中|当中|among them|among these|of them|of these)")
# An asking clause pointing back at what was just told (推想医疗说自己…，它的创始人是谁; 听说…，那它下个月…):
# what comes before is background too.
BACK_START = re.compile(r"^\s*(?:那么?|所以|那这样)?\s*(?:它|它们|他们|她们|这家(?:公司|企业)?|该(?:公司|企业))")

# The asking clause asks its own kind of thing: a count of units (几家, 多少棵) or a name (什么产品, 哪些国家).
OWN_KIND = re.compile(r"(?:多少|(?<!哪)几)(?:个|家|棵|株|名|位|条|座|项|种|台|辆|次|场|批|件|只|艘|列|趟|架次|架|吨|米)|"
                      r"\bhow many\b")


def background(text: str) -> tuple[str, str]:
    """(the asking clause, the background told before it) of a normalised question; ('', '') when the
    question does not open with background, or asks in its first clause."""
    clause, before = asking_clause(text)
    if not before.strip() or not (BACKGROUND_START.match(before) or AMONG_START.match(clause)
                                    or BACK_START.match(clause) or _told_sentence(text, clause, before)):
        return "", ""
    return clause, before


# A sentence ended before the asking one (…exported over 200 million yuan in its first half-year. What …?).
_SENTENCE_END = re.compile(r"[.。!！]\s*$")
_ASKS = re.compile(r"\b(?:what|how|which|when|where|who)\b|多少|几|哪|什么|吗|呢")


# The asking sentence points back at the subject told (does it hope, its business, 它, 该公司).
_POINTS_BACK = re.compile(r"\b(?:it|its|they|their|them)\b|它|他们|她们|该|这家|其")


def _told_sentence(text: str, clause: str, before: str) -> bool:
    """The asking clause opens a sentence of its own, pointing back at sentences before it that ask
    nothing: they are told (Wuhan's trade grew 16.8%. What was the growth in H1? names no subject again:
    the first sentence still says whose growth is asked)."""
    return bool(_SENTENCE_END.search(text[:text.rfind(clause)]) and not _ASKS.search(before)
                and _POINTS_BACK.search(clause))


@lru_cache(maxsize=4096)
def asking_text(text: str) -> str:
    """The clause that asks when background is told before it (往返开了502列，其中始发的有几列), else the whole text:
    what is told narrows nothing and draws no line."""
    asking, told = background(text)
    return asking if told else text


def asked_part(text: str) -> str:
    """The part of a question whose partners and kinds of figure are what is asked: the asking clause
    when background comes before it and that clause asks its own kind of thing (听说…进了欧洲市场，他们卖进
    发电站的是什么产品: not Europe's figure; 想办出口退税…，有几家省级的: not exports), else the whole text."""
    asking, told = background(text)
    if told and (OWN_KIND.search(asking) or ASK_WHICH.search(asking) or GIVEN_START.match(told)):
        return asking
    return text
