"""An article's text made ready to read: simplified characters, ASCII digits, paragraphs, sentences."""
from __future__ import annotations

import re
from dataclasses import dataclass

import opencc

_T2S = opencc.OpenCC("t2s")
_FULL = str.maketrans("０１２３４５６７８９％．，：；（）「」『』〔〕", "0123456789%.,:;()“”‘’()")
_END = ("。", "！", "？", "”", "」", "：", ":", "!", "?")
_BYLINE = re.compile(r"^(?:【[^】]{2,12}】|[^，。（(]{0,12}讯|[^，。（(]{0,14}消息(?=\s*[（(]))?\s*"
                     r"(?:[（(][^）)]{0,24}[）)])?\s*"
                     r"(?:记者[^，。：:]{0,12}报道[：:])?")
# The paper's own name (香港商报网讯), a reprint's 来源 and timestamp: no place or figure of the story.
PRESS = re.compile(r"【[^】]{2,12}[讯电]】|(?:香港商报|文汇报|大公报|湖北日报|长江日报|楚天都市报|人民日报|经济日报)"
                   r"(?:网|融媒体|客户端)?(?:\d{1,2}月\d{1,2}日)?讯|"
                   r"来源[:：]\s*[^\s，。]{2,12}|(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*\d{1,2}:\d\d(?::\d\d)?")
# A photo's credit ending its caption (…航线。通讯员王五摄): the caption stays, the credit goes.
_CREDIT = re.compile(r"(?<=[。！？])\s*[（(]?(?:记者|通讯员|摄影|实习生)[\u4e00-\u9fff、 ]{1,12}摄[）)]?\s*$")
_ASCII_STOP = re.compile(r"(?<=[\u4e00-\u9fff%）)”])\.(?=[\u4e00-\u9fff“]|\s*$)", re.M)
_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]*")
_NOISE = re.compile(r"记者|通讯员|编辑|责编|责校|主编|版式|摄影|摄$|供图|图片来源|当前位置|电话|邮箱|扫码")


# A list giving its unit once, on its last value (163.3亿、134.7亿元; 5.6、30.1%): every value gets it.
_SHARED_UNIT = re.compile(r"((?:(?<![\d.])\d+(?:\.\d+)?(?:万亿|亿|万)?、)+)(\d+(?:\.\d+)?)(万亿|亿|万)?"
                          r"(元|美元|港元|欧元|吨|标箱|%)")
_ITEM = re.compile(r"(\d+(?:\.\d+)?)(万亿|亿|万)?、")


# 我国香港地区, 中国台湾地区: the partner's own name.
_REGION_NAME = re.compile(r"(?:我国|中国)(香港|台湾|澳门)(?:特别行政区|特区|地区)?|(台湾)省")
# Editors' asides that split a measure from its value (增长(同比,下同)12.3%) and the members listed inside a
# group's name (对包括美国、欧盟…在内的传统市场, 对美国、欧盟及日本等传统市场, unless
# each has its own value: 分别): the group is what the figure is about.
_ASIDE = re.compile(r"[（(][^（）()]{0,10}下同[）)]|包括[^。；]{1,60}?在内的|"
                    r"(?<=[对与向同])(?:[^，。；、\d]{1,10}、)+(?:[^，。；、\d]{1,10}?(?:以及|及|和|与))?"
                    r"[^，。；、\d]{1,10}?等(?=[\u4e00-\u9fff]{0,4}(?:市场|国家|地区|经济体)(?![^，。；]{0,12}分别))")


def share_unit(sentence: str) -> str:
    """Each value of a list that prints its unit only once, with that unit written out (and 我国香港地区
    named 香港, as lists of partners name it)."""
    sentence = _ASIDE.sub("", _REGION_NAME.sub(lambda m: m.group(1) or m.group(2), sentence))
    def spell(m: re.Match) -> str:
        mult, unit = m.group(3) or "", m.group(4)
        items = _ITEM.sub(lambda i: f"{i.group(1)}{i.group(2) or mult}{unit}、", m.group(1))
        return items + m.group(2) + mult + unit
    sentence = _POINTS_LISTED.sub(r"\1个百分点", sentence)     # 高于全国15个、11.9个、18.7个百分点: points all
    return _SHARED_UNIT.sub(spell, sentence)


_POINTS_LISTED = re.compile(r"(\d+(?:\.\d+)?)个(?=[、和及](?:\d+(?:\.\d+)?个[、和及])*\d+(?:\.\d+)?个百分点)")


@dataclass
class Sentence:
    """One sentence of the article and where it is."""
    text: str          # simplified, ASCII digits
    paragraph: int
    index: int


# A day whose month lost its 月 in a repost (1130日 for 11月30日, 912日): no day is above 31.
_RUN_DATE = re.compile(r"(?<![\d.年月/第共近约超逾满达仅用时历-])(1[0-2]|[1-9])([0-3]\d)日(?!内|以内|之内|左右|以上|以下|后|前)")


def _split_date(m: re.Match) -> str:
    day = int(m.group(2))
    return f"{m.group(1)}月{day}日" if 1 <= day <= 31 else m.group(0)


# Pinyin in brackets after a character, with its tone marks (貿(mào)), or a lost character before it (?qǐng)).
_PINYIN_NOTE = re.compile(r"\??[(（]?[a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]*[)）]")


# Where a number was broken by a space (243 62万标箱, its point lost): no figure is read across or after it.
BROKEN = "\u2009"


def simplify(text: str) -> str:
    """Traditional to simplified characters, full-width digits and signs to ASCII."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ").replace("\xa0", " ")
    text = text.translate(_FULL)
    text = _PINYIN_NOTE.sub("", text)       # a repost's garbling: 自貿(mào)區(qū) is 自貿區
    text = re.sub(r"(?<=\d)[\u2012\u2013\u2015\uff0d](?=\d)", "-", text)    # 1―3月 (a horizontal bar): 1-3月
    text = re.sub(r"(\d+(?:\.\d+)?)(米|公里|吨|万吨|标箱|万标箱|小时|天|元|万元|亿元|美元)(至|到)\s*(\d+(?:\.\d+)?)\2",
                  r"\1\3\4\2", text)      # 水深在7米至15米, 4200元至 4500元/吨: one range, 7至15米
    cjk = "\u4e00-\u9fff\u201c\u201d\u3001-\u303f\uff08\uff09\uff0c\uff1a\uff1b"   # and Chinese punctuation
    text = re.sub(r"(?<=\d)[ \t]+(?=\d)", BROKEN, text)    # 243 62万标箱 (a point lost): no number, not 24362
    text = re.sub(rf"(?<=[{cjk}\d—%])[ \t]+(?=[{cjk}\d—])", "", text)   # 今年 1—8 月, “十四五” 期间
    text = re.sub(r"(?<=[\u4e00-\u9fff”%\d]),(?=[\u4e00-\u9fff“])", "，", text)    # ASCII commas in prose
    text = re.sub(r"(?<=[\u4e00-\u9fff”%\d]);(?=[\u4e00-\u9fff“])", "；", text)
    text = _RUN_DATE.sub(_split_date, text)
    text = "\n".join(_T2S.convert(line) for line in text.split("\n"))
    text = re.sub(r"(?<=[志味随接有带朝沿])著", "着", text)     # 標誌著 kept as 标志著: the particle is 着
    text = _SHORT_PARTNER.sub(lambda m: m.group(0)[0] + "".join(_SHORT_NAMES.get(c, c) for c in m.group(0)[1:]),
                              text)      # 对美出口: 对美国出口
    text = re.sub(r"(?:增速|增幅)(?:显著|明显|大幅|均|稳步)?(?:提升|提高|加快|上升)?[，,]\s*(?:与|和|同|较|比)(?:去年|上年)同期"
                  r"(?:相比)?[，,]?(?=分别)", "", text)     # A、B进出口增速显著提升，与去年同期相比分别增长x%、y%
    text = re.sub(r"(?<!年均)(?<!平均)(?:增幅|增速)分别(?:为|是|达)", "分别增长", text)   # 增幅分别为114.9%和24.2%
    text = re.sub(r"(?<!年均)(?<!平均)降幅分别(?:为|是|达)", "分别下降", text)
    return re.sub(r"(同比)?(增长|下降|增加|减少)分别(?:为|是|达)", r"\1分别\2", text)   # 同比增长分别为x%、y%


# A partner's one-character name right before the trade (对美出口, 对日贸易逆差, 对欧进出口), written in full
# so the partner is read as every other: figures and their places in the text are unchanged.
_SHORT_NAMES = {"美": "美国", "日": "日本", "韩": "韩国", "欧": "欧盟", "俄": "俄罗斯", "德": "德国"}
_SHORT_PARTNER = re.compile(r"((?:对|与|自)(?:[美日韩欧俄德][、和])*)([美日韩欧俄德])(?=出口|进口|进出口|贸易|[、和][美日韩欧俄德])")


# A masthead line (长江日报 2018-10-16 08:44:00, 湖北日报 2024年8月6日 第05版): short, dated, no sentence in it.
_DATED_LINE = re.compile(r"^[^，,。；;]{0,24}(?:19|20)\d\d\s*[-年./]\s*\d{1,2}[^，,。；;]{0,20}$")


# A reporters' line (本报驻法国记者 李永群 王 远): never the end of the line before it.
_BYLINE_LINE = re.compile(r"^(?:本报|本台|新华社|中新社)?(?:驻[\u4e00-\u9fff]{1,8})?(?:记者|通讯员|特约记者)"
                          r"[\u4e00-\u9fff 、　]{2,24}$")


# A repost's line naming the original title (原标题：…): a title of its own, never the start of a sentence.
_ORIGINAL_TITLE = re.compile(r"^原标题[:：]")


def _headline_before(current: str, line: str) -> bool:
    """A headline or subtitle (no clause in it) before a paragraph at least twice as long: no print column's
    broken line (…俄罗斯、中亚五国成主要出口目的地 / 2015至2016产季，全市柑橘…)."""
    return not re.search(r"[，。；,;：:！？!?]", current) and len(line) >= max(40, 2 * len(current))


def paragraphs(text: str) -> list[str]:
    """Paragraphs, with lines broken mid-sentence (print columns) joined again; a masthead line stays
    alone (joined to the title it would make the paper's name part of the title's figure)."""
    out: list[str] = []
    text = _ASCII_STOP.sub("。", text)            # 占合同金额的88.71%.其中…: a full stop typed as '.'
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        current = ""
        for line in lines:
            if (current and not current.endswith(_END) and len(current) >= 12 and len(line) > 1
                    and not _DATED_LINE.match(current) and not _ORIGINAL_TITLE.match(current)
                    and not _BYLINE_LINE.match(line) and not _headline_before(current, line)):
                current += line
            else:
                if current:
                    out.append(current)
                current = line
        if current:
            out.append(current)
    return out


def sentences(text: str) -> list[Sentence]:
    """The sentences worth reading (no bylines, captions' credits or page furniture), in order."""
    out: list[Sentence] = []
    seen: set[str] = set()
    for p, para in enumerate(paragraphs(text)):
        para = _CREDIT.sub("", _BYLINE.sub("", PRESS.sub("", para))).strip()
        if _NOISE.search(para) and len(para) < 60 and not re.search(r"\d+(?:\.\d+)?(?:万|亿)?[元吨%列条家个]", para):
            continue
        for s in _lead_told(m.group(0).strip() for m in _SENT.finditer(para)):
            if len(s) < 4 or s in seen:
                continue
            seen.add(s)
            out.append(Sentence(share_unit(s), p, len(out)))
    return out


# A figure exclaimed before its subject (243.62万标箱！同比增长26.06%。…武汉港2021年集装箱吞吐量再创新高。).
_EXCLAIMED = re.compile(r"^(?:近|约|超|逾)?\d[\d.,]*(?:万亿|亿|万)?[\u4e00-\u9fff]{0,3}[！!]$")
_ITS_GROWTH = re.compile(r"^(?:同比)?(?:增长|下降)\d[\d.]*%[。！!]?$")
_NEW_HIGH = re.compile(r"^(.{4,60}?)(?:再创新高|创历史新高|再创历史新高|创新高|刷新纪录|创下新纪录)[。！!]?$")


def _lead_told(sents) -> list[str]:
    """A paragraph's sentences, with a figure exclaimed first said where the sentence naming its measure is
    (…武汉港2021年集装箱吞吐量243.62万标箱，同比增长26.06%，再创新高。)."""
    sents = list(sents)
    if not sents or not _EXCLAIMED.match(sents[0]):
        return sents
    k = 2 if len(sents) > 1 and _ITS_GROWTH.match(sents[1]) else 1
    told = _NEW_HIGH.match(sents[k]) if len(sents) > k else None
    if not told:
        return sents
    figure = "，".join(x.rstrip("。！!") for x in sents[:k])
    return [f"{told.group(1)}{figure}，再创新高。", *sents[k + 1:]]
