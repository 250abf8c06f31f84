"""A person asked about by name (朱刚 holds what position, 刘才溢是哪家公司的, 董丽杰是哪所大学的副校长): the fact
that names that person in a role answers, for it says the role, the firm or school and when; None when the
question names no person the base holds in a role, or asks something else of them."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .answers import Answer, Query
from .text import normalise

if TYPE_CHECKING:
    from .engine import Engine
    from .ranking import Ranked

PERSON_DEPTH = 12       # the candidates a person's fact is looked for in, beside the facts of rare words:
RARE_NAME = 8           # a word of this few facts or fewer (a name's)
# A role a fact's metric names: its value is then the person who holds it.
ROLE_HELD = re.compile(r"总经理|董事长|总裁|负责人|校长|主任|局长|创始人|经理|秘书长|院长|所长|"
                       r"\bpresident\b|manager|\bchair|founder|\bhead\b|director|\bceo\b", re.I)
# What a question may ask of a person: a role, a title, the firm, school or body they belong to.
ROLE_ASKED = re.compile(r"职务|头衔|职位|身份|什么职|哪家|哪个(?:公司|企业|单位|学校|大学|机构)|哪所|是谁|"
                        r"\bwhat (?:position|role|title|job)\b|"
                        r"\bwhich (?:company|firm|university|school|body|organi[sz]ation|institution)\b|"
                        r"\bwho is\b|\bworks? (?:for|at)\b|\bposition\b|\btitle\b")


def person_answer(engine: Engine, q: Query, ranked: list[Ranked]) -> Answer | None:
    """The role fact of the person the question names, when it asks their role or where they work."""
    if not ROLE_ASKED.search(q.text):
        return None
    raw = normalise(q.raw).lower()
    postings = engine.index.postings
    rare = {int(slot) for term in q.terms for slot in postings.get(term)
            if len(postings.get(term)) <= RARE_NAME}        # a name's words are few facts' words
    confs = {i: conf for conf, _, i in ranked[:PERSON_DEPTH]}
    for i in [*confs, *sorted(rare - set(confs))]:
        doc = engine.docs[i]
        if doc is None:
            continue
        conf = confs.get(i, 70.0)
        fact = doc.fact
        name, name_en = normalise(fact.value), fact.value_en.lower()
        if not ROLE_HELD.search(f"{fact.metric_zh} {fact.metric_en}") or doc.number_value:
            continue
        if (2 <= len(name) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", name) and name in q.text
                or len(name_en) >= 6 and " " in name_en and name_en in raw):
            also = [engine.docs[j] for j in dict.fromkeys([*confs, *rare]) if j != i
                    and engine.docs[j] is not None and engine.docs[j].fact.value == fact.value]   # 陈波's roles
            return Answer(q.raw, q.lang, True, "fact", [doc], also[:2], score=round(max(conf, 70)),
                          topic=fact.topic)
    return None
