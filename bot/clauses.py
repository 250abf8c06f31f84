"""Two questions in one ('X出口多少，占比如何', 'When did it open, and how many visitors came?'):
each clause with its own question word is asked on its own, the first clause lending the later
ones its subject (its words without the question words)."""
from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

COUNTS = "[批项家个条列次人名辆台]"
# 几批多少项: two counts asked back to back, with no comma, are two questions too.
SPLIT = re.compile(r"\s*(?:[，,；;]|[？?](?=.))\s*(?:and\s+|而且|还有|另外|那|以及)?|"
                   r"\s+and\s+(?=(?:how|what|when|which|where|who)\b)|"
                   rf"(?:(?<=几{COUNTS})|(?<=多少{COUNTS}))(?=\s*(?:多少|几){COUNTS})|"
                   r"、(?=(?:多少|几)[\u4e00-\u9fff])")          # 多少个国家、多少个城市: two counts asked
ASKS_ZH = re.compile(r"多少|(?<![前这那近])几(?![天年个月]前)[个家条项次年月天种批]?|哪|什么|啥|谁|如何|怎样|怎么样|何时|"
                     r"多大|多久|多高|多快")      # 前几天, 近几年: no question
# in 2024，how many; by what percentage; … , and across how many countries
ASKS_EN = re.compile(r"(?:^|[，,]\s*|[.?!]\s+)"
                     r"(?:(?:by|in|for|at|to|from|on|since|of|across|among|with|into)\s+)?"
                     r"(?:how|what|when|which|where|who|whom)\b")
QUESTION_WORDS_ZH = re.compile(r"是多少|有多少|多少|几[个家条项次年月天种批]?|哪一?[些个家种类]?[年月天]?|什么|啥|谁|"
                               r"如何|怎样|怎么样|[吗呢啊呀？?。]")
QUESTION_WORDS_EN = re.compile(r"(?:^|(?<=[，,.?!]))\s*(?:what|how much|how many|how|when|which|where|who)"
                               r"(?:\s+(?:was|were|is|are|did|does|do|has|have))?\s+")
MAX_CLAUSES = 3
# A later clause asking when (预计哪一年竣工, when did it open): the first clause's measure is not its subject.
_WHEN = re.compile(r"哪一?年|哪天|哪一天|几月几|什么时候|何时|啥时候|^when\b")
_MEASURE_END = re.compile(r"\s*(?:计划)?(?:总投资(?:额)?|投资(?:额|总额)?|(?:进)?出口(?:总?[额值])?|进口(?:额|值)?|营收|"
                          r"营业收入|产值|销售额|增速|规模|总额|金额)\s*$")
# A later clause naming its own flow (出口额单独是多少？进口又是多少): the first clause's flow is not its subject.
_FLOW = re.compile(r"进出口(?:总?[额值])?|(?<!进)出口(?:总?[额值])?|进口(?:总?[额值])?|\b(?:exports?|imports?)\b")
# A clause that only says when (截至2023年7月, 2024年上半年, as of July 2023): it leads the question after it.
_LEAD = re.compile(r"(?:截至|截止|到)?(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:底|末)?|[上下]半年|[一二三四]季度|前[一二三]季度|"
                   r"全年|年底|年末)?(?:以来)?|(?:as of|by|in) [A-Za-z]* ?\d{4}")


def asks_something(clause: str) -> bool:
    """The clause has a question word of its own."""
    return bool(ASKS_EN.search(clause) or ASKS_ZH.search(clause))


def split_questions(text: str) -> list[str]:
    """The questions a text asks, each whole: [] unless at least two clauses have a question word.
    Later clauses get the first clause's subject (its words without its question words) in front."""
    clauses = [c.strip() for c in SPLIT.split(text) if c and c.strip()]
    lead = 0
    while lead < len(clauses) - 1 and not asks_something(clauses[lead]):
        lead += 1                       # 截至2023年7月，…多少个国家、多少个城市: the period (or the topic) is the first's
    if lead:
        clauses = ["，".join(clauses[:lead + 1])] + clauses[lead + 1:]
    asking = [c for c in clauses if asks_something(c)]
    if len(asking) < 2 or len(asking) > MAX_CLAUSES or not asks_something(clauses[0]):
        return []
    first = clauses[0]          # a question word after a sentence's end leaves a space (… fairs. how many …)
    said = QUESTION_WORDS_EN.sub(lambda m: " " if m.start() and first[m.start() - 1] in ".?!" else "", first)
    subject = " ".join(QUESTION_WORDS_ZH.sub(" ", said).split())
    asked = ASKS_ZH.search(clauses[0])
    if asked and len(clauses[0][:asked.start()].strip("，, ")) >= 4:
        subject = clauses[0][:asked.start()].strip()    # 辐射多少个国家: not the countries for the next count
    return [clauses[0]] + [f"{_own_subject(subject, c)} {c}" for c in asking[1:] if c != clauses[0]]


def _own_subject(subject: str, clause: str) -> str:
    """The first clause's subject for a later clause: without its measure when the clause asks when, without
    its flow when the clause names its own (进口又是多少)."""
    if _WHEN.search(clause):
        return _MEASURE_END.sub("", subject)
    if _FLOW.search(clause):
        return " ".join(_FLOW.sub(" ", subject).split())
    return subject
