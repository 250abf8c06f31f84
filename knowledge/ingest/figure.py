"""A figure of a sentence (a number with its unit and the words around it) and the patterns that find it."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

UNITS = ("万亿元", "亿美元", "万美元", "亿港元", "亿欧元", "亿元", "万元", "美元", "港元", "元", "个百分点", "%", "倍", "万标箱", "标箱",
         "TEU", "万箱", "箱", "万吨", "吨", "公斤", "架次", "架", "国", "班次", "国家和地区", "个", "家", "列", "条", "项", "批", "座", "台",
         "辆", "艘",
         "万人次", "人次", "万人", "名", "位", "场", "票", "万件", "件", "单", "平方公里", "平方米", "万平方米", "亩", "公里", "千米", "海里",
         "小时", "分钟", "天", "种", "大类", "类", "套", "场次", "款", "所", "户", "班", "趟", "航线", "个小时", "米/秒", "万套",
         "万台", "万辆", "万架次", "米", "航次", "艘次", "万航次", "万人", "人", "份", "个工作日", "工作日", "头",
         "亿片", "万片", "片", "个名次", "个位次", "万只", "只")
_UNIT_RE = "|".join(map(re.escape, sorted(UNITS, key=len, reverse=True)))
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# 约 as "about", not the end of a word (签约400个项目: signed, not about 400).
APPROX_YUE = r"(?<![签预合条制节公契履违相邀特])约"
# A negative rate printed with its sign (增幅分别为-4.6%、-4.1%): the sign is part of the value.
FIGURE = re.compile(r"(?<![A-Za-z\d.\-—\u2009])(接近|近|超过|超|" + APPROX_YUE + r"|逾|达)?((?:(?<=[\u4e00-\u9fff：:，,、])-(?=\d+(?:\.\d+)?%))?"
                    + _NUM + r"(?:(?:—|-|~|～|至|到)" + _NUM + r")?)"
                    r"(万亿|亿|万|千)?(多|余)?"
                    r"(?:(" + _UNIT_RE + r"|(?<=[多余])年)(?![A-Za-z]|级))(?!个?月|年|日|号|周岁)")
DATE_EVENT = re.compile(r"(?<!\d年)(?<![\d\-—至到前])((?:20\d\d年|今年|去年)?\d{1,2}月(?:\d{1,2}日)?)"
                        r"(?!份|以来|底|末|[上中下]旬)[，,]?"
                        r"([^。；]{0,40}?)(正式)?(建成投用|建成投运|投入运营|投入使用|建成|开通|首发|开行|投运|揭牌|挂牌|开业|签署|"
                        r"签约|注册成立|成立|启用|通航|落户|落子|入驻|落下帷幕|落幕|闭幕|开工|动工|竣工|上线|开园|首航|发布|举行|举办|召开|路演|起飞|发车|启程|"
                        r"验收|封关运营(?!前)|(?<=正式)恢复|设立(?=[，。；,;]|$))")
# The day a running total passed a mark (9月12日，某机场今年货邮吞吐量突破100万吨): the day is a fact.
MILESTONE = re.compile(r"(?<![\d\-—至到前])((?:20\d\d年)?\d{1,2}月\d{1,2}日)[，,]?[^。；]{0,30}?"
                       r"([\u4e00-\u9fff]{2,8})(?:首次|首度|率先)?(突破|首破|跨越|跃上|迈上)"
                       r"(\d+(?:\.\d+)?(?:万亿|亿|万)?(?:吨|标箱|列|架次|人次|亿元|万元|美元|元|辆|艘|件|票|班次))")
YEAR_EVENT = re.compile(r"(?:成立|创立|创办|始建|组建)于((?:19|20)\d\d)年()|((?:19|20)\d\d)年"
                        r"(?:在[\u4e00-\u9fff]{2,6}?)?(?:正式|开始|起|已经?|就|全面)?"
                        r"(成立|创立|创办|组建|开园|开始运营|运营|投运|建成|落户|共建|完成(?=[，。；,;]|$)|"
                        r"(?:开行|开通|开航|通航|启用|开业|首发|开放)(?=以来|至今))")          # 自2012年开行以来: its first year
RANK = re.compile(r"(?:位?居|稳居|排名?|排在|位列|位于|列|保持(?=全国|全省|中部|全球|世界|全市|中西部|内陆)|"
                  r"(?<=[速幅量额值模])(?=全国|全省|中部|全市))"           # 出口增速全省市州第1位: no verb
                  r"(全国内河|全国|全省|中部|全球|世界|全市|中西部|内陆)?"
                  r"(?:(?<=[国省部球界市内陆])(?:机场|港口|主要港口|城市|省份|省区|同类城市|主要城市|市州|地市)(?:中)?)?"   # 全国机场第五
                  r"(?:(?<=[国省部])[\u4e00-\u9fff]{1,6}?(?:进出口|出口|进口))?"         # 全国绿茶出口第四: a product's trade
                  r"(?:第([一二三四五六七八九十\d]{1,3})|首位|前([一二三四五六七八九十\d]{1,3})(?:强|位|名))"
                  r"(?!方阵|梯队|阵营|方队|档次|层次)")       # 位居全国第一方阵: a tier, not a place
GROWTH_END = re.compile(r"(同比|环比|按年|按年度|比上年|较上年|比去年|较去年|比上年同期|较上年同期|比去年同期|较去年同期|"
                         r"[比较](?:历史(?:同期)?最[好高]的|疫情前的)?(?:19|20)\d\d年(?:同期)?)?(增长|增加|上升|"
                         r"提高|提升|下降|减少|回落|下滑|增|降|增速为|增速达|增速|增幅为|增幅达|增幅)(了|为|达|高达)?$")
SHARE_END = re.compile(r"(占|占比|比重|份额)[^，。]{0,16}?(为|达|超过|约)?$")
DOWN = ("下降", "减少", "回落", "下滑", "降")
APPROX = {"近": "nearly ", "超过": "over ", "超": "over ", "约": "about ", "逾": "over ", "多": "more than ",
          "余": "more than "}


_PER = re.compile(r"(?:每|一)(秒|分钟|小时|天|日|周)$|每(月|年)$")
_PER_UNIT = {"日": "天"}
ORDINAL = re.compile(r"第(\d{1,3}|[二三四五六七八九十]|[一二三四五六七八九十]{2,3}|一(?=届))(届|次)")


@dataclass
class Figure:
    """One number with its unit in a sentence."""
    start: int
    end: int
    value: str                 # as printed: 近400, 1000多, 7502.3
    number: str                # the digits: 7502.3
    mult: str                  # 亿, 万 ...
    unit: str                  # the printed unit with its multiplier: 亿元
    approx: str                # 近/超过/多/余 or ''
    label: str = ""            # the words before it in its clause
    tail: str = ""             # the noun right after it (400家企业 -> 企业)
    kind: str = "amount"       # amount | growth | share | rank
    down: bool = False
    yoy: bool = False
    basis: str = ""            # 同比 (year on year) or 环比 (on the month before)
    change: "Figure | None" = None
    ranks: list[str] = field(default_factory=list)
    attached: bool = False
    period_words: str = ""     # its own period from a list of periods: 一、二季度…分别为 -> 二季度
    bracket: tuple[str, str, str, str, str] | None = None   # the size bracket it counts within:
    #                                                         (measure, number, mult, unit, 以上/以下)
    item: str = ""             # its own item of a 分别 list (出口增速 of 进出口增速、出口增速分别高出…)


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding position pos begins."""
    cut = max(text.rfind(c, 0, pos) for c in "，；。,;：:！？")
    return cut + 1


# Words that only give examples of what a figure measures: 以锂电池、储能设备为代表的 / 包括…在内的 (their
# list is no label of its own), and a bracket's members (传统市场（美国、欧盟）: the market is measured).
_EXAMPLES = re.compile(r"(?:以|由)[^，。；]{1,30}?(?:为代表|为主|领衔)的?|包括[^，。；]{1,30}?在内的|[（(][^）)]*[）)]|"
                       r"(?:[「“][^」”]{1,30}[」”][、和及与]?)+等")     # 「武汉—釜山」「武汉—胡志明市」等


# What a size bracket measures (总投资5000万美元以上项目): the words right before its amount.
_BRACKET_OF = re.compile(r"(?:总投资|投资额|投资|合同外资|注册资本|实际使用外资|实际外资|营业收入|营收|产值|进出口额|进出口|"
                         r"出口额|出口|进口额|进口|规模)(?:在|达)?$")


def last_item(words: str) -> str:
    """The label of a figure from the words before it: the last item of a 、 list, examples left out."""
    return _EXAMPLES.sub("", words).strip(" 、，,（(").split("、")[-1]


def next_stop(sentence: str, pos: int) -> int:
    """Where the sentence's next semicolon or full stop is."""
    stops = [i for i in (sentence.find(c, pos) for c in "；;。") if i >= 0]
    return min(stops) if stops else len(sentence)

