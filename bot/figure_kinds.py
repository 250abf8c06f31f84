"""Kinds of figure a question asks that another kind of figure never answers: a ranking of one flow or of
growth for another's, a bare ranking for an amount traded, a time or a share for a count, a count for an
amount traded, containers for all cargo."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .answers import FactDoc, Query
from .lexicon import ASK_RANK, COUNT_OF_THINGS
from .fitness import asks_money, asks_share
from .parts import trade_flow
from .periods import fits
from .ranking import ASKED_UNIT
from .units import MEASURE, kinds_asked
from .wording import INCREMENT, INCREMENT_HELD

# A ranking asked by a word of its own (largest partner, 第三大, 前五): a rank answers it.
RANK_WORDS = re.compile(r"第[一二三四五六七八九十\d]|[第几]大|前[三五十\d]|榜首|首位|位列|位居|领先|"
                        r"\b(?:largest|biggest|top|leading|first|second|third|place|position)\b")
# A place in a ranking alone (第三大, 第6, 15th).
_BARE_PLACE = re.compile(r"第[一二三四五六七八九十\d]+[大位名]?|\d+(?:st|nd|rd|th)")
# An amount traded asked (贸易额, how much did Hubei trade with, what was the trade with…).
_VALUE_ASKED = re.compile(r"(?:多少|几)(?:亿|万|钱|元)|贸易[额值]|进出口[额值]|\bhow much\b|"
                          r"\bwhat (?:was|is|were) [\w' ]{0,40}\b(?:trade|exports?|imports?|value)\b")
_TRADED = re.compile(r"\bhow much (?:did|does|do|was|is|were) [\w' ]{0,40}\b(?:trade|export|import)|"
                     r"\bhow much (?:[\w-]+ ){0,2}(?:investment|money|capital|funding|revenue|sales)\b|投资金?额|"
                     r"贸易[额值]|进出口[额值总]|出口[额值]|进口[额值]|出口货值|金额|总额|\b(?:total )?value of\b")
# What a day or month asked is the day of (几月整合完成, 从几月起开始上升): a figure's month is not it.
_EVENT_ASKED = re.compile(r"整合|完成|实现|开通|启用|投用|投运|成立|挂牌|揭牌|开工|签约|上升|下降|开始|首次|首航|运营|"
                          r"获批|批复|落地|开业|通车|竣工|通航|转场|试飞|首飞|建成|立项|落户|入驻|进驻|创办|创立|设立|"
                          r"投产|开幕|闭幕|结束|落幕|举办|举行|起飞|出发|抵达|验收|签署|签订|动工|破土|起航|焕新|production|"
                          r"保持|打造|超越|反超|跃居|位居|入选|获评|获得|荣获|列入|认定|确定为|命名|授牌|"
                          r"签(?:订|署)?了?协议|\bsign|\blaunch|\bfounded\b|\bestablished\b|\bset up\b|"
                          r"\bselected\b|\bawarded\b|\brecogni[sz]ed\b|\bnamed?\b|\bdesignat\w*|\bfounding\b|"
                          r"\bclearances?\b|\bapprov(?:al|ed)\b")
# A gap between two figures asked (两地差距, the gap vs Xixia), and a fact that is one (相差, 高出, more than).
_GAP_ASKED = re.compile(r"差距|差额|相差|差了?多少|\bgap\b|\bdifference between\b")
_GAP_HELD = re.compile(r"差距|差额|相差|差|高出|低于|多出|少于|领先|落后|\bgap\b|\bdiffer|\bmore than\b|\bless than\b|"
                       r"\bahead\b|\bbehind\b|\bmargin\b")
# A saving asked (能节省几天, how much time does it save) and a fact that is one; a capacity asked.
_SAVING_ASKED = re.compile(r"节省|节约|省下|省了|省多少|省几|(?:缩短|压缩)了?(?:多少|几)|\bsav(?:e|es|ed|ing)\b|"
                           r"\bhow much shorter\b|\bhow many (?:days|hours) (?:shorter|faster|quicker)\b|"
                           r"\b(?:cut|shorten)(?:s|ed)? by how much\b")
_SAVING_HELD = re.compile(r"节省|节约|缩短|减少|降低|压缩|省|\bsav|\bcut\b|shorter|lower|reduc|\bless\b")
_CAPACITY_ASKED = re.compile(r"产能|生产能力|年产量|(?<!what )\bcapacity\b")
_THROUGHPUT_CAPACITY = re.compile(r"(?:通过|吞吐|保障|处理|装卸|接卸|运输)能力|\b(?:handling|throughput) capacity\b")
_CAPACITY_HELD = re.compile(r"^(?:可保障|可满足|设计)|(?:保障|处理|吞吐|生产|通过)能力")
# Goods named right after 出口/进口 and before the question word (出口电子元件多少亿元): their trade is asked.
_GOODS_ASKED = re.compile(r"(?:出口|进口)了?([\u4e00-\u9fff]{2,10}?)(?:一共|共|总共|累计)?(?:是|为|有|达)?(?:多少|几)")
_GOODS_END = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:元件|器件|设备|零部件|配件|材料|芯片|电池|整车|手机|电脑|服装|"
                        r"纺织品|食品|药品|钢材|集成电路)$")
class _WordsAsked(NamedTuple):
    goods: str          # goods named with 出口 (电子元件)
    fund: str           # a fund asked (专项资金)
    yuan: bool          # money asked in yuan
    dollars: bool       # money asked in dollars
    capacity: bool      # a handling capacity asked (通过能力)


# Containers counted (how many containers, 多少集装箱): a figure in TEU (万标箱) counts them.
_BOXES_HELD = re.compile(r"标箱|标准箱|\bteu", re.I)
_BOXES_ASKED = re.compile(r"集装箱|[内外]贸箱|\bcontainers?\b|\bboxe?s\b", re.I)


@lru_cache(maxsize=4096)
def _words_asked(text: str, unnamed: str) -> _WordsAsked:
    """What other_kind reads in a question's words, once per question."""
    goods = _GOODS_ASKED.search(unnamed)
    fund = _FUND_ASKED.search(text)
    return _WordsAsked(goods.group(1) if goods and _GOODS_END.search(goods.group(1)) else "",
                       (fund.group(1) or fund.group(2)) if fund else "",
                       bool(_YUAN_ASKED.search(text) or _CURRENCY_CHOICE.search(text)),
                       bool(re.search(r"dollar|\busd\b|美元|美金", text)),
                       bool(_THROUGHPUT_CAPACITY.search(text)))


# A fund, subsidy or loan asked (多少专项资金, how much funding): a figure that is not one does not answer it.
_FUND_ASKED = re.compile(r"(?:多少|几)(?:亿|万)?(?:元)?的?(专项资金|资金|补贴|补助|奖励|贷款|经费)|"
                         r"\bhow much (?:special )?(fund(?:ing|s)?|subsid(?:y|ies)|loans?)\b")
_FUND_HELD = {"专项资金": "资金|fund", "资金": "资金|fund", "补贴": "补贴|补助|subsid", "补助": "补贴|补助|subsid",
              "奖励": "奖励|奖补|reward", "贷款": "贷款|融资|loan", "经费": "经费|资金|fund", "funding": "资金|fund",
              "fund": "资金|fund", "funds": "资金|fund", "subsidy": "补贴|补助|subsid", "subsidies": "补贴|补助|subsid",
              "loan": "贷款|融资|loan", "loans": "贷款|融资|loan"}
# A day asked (几月几号, which day): a year alone does not give it.
_DAY_ASKED = re.compile(r"几月几[号日]|哪一?天|几号|\bwhat date\b|\bwhich day\b|\bon what day\b", re.I)
# A multiple asked (几倍, how many times as many): a figure in 倍 answers it; one in 倍 answers no count.
_MULTIPLE_ASKED = re.compile(r"几倍|多少倍|\bhow many times (?:as|more|larger|bigger|higher|greater|the)\b|"
                             r"\btimes (?:as|more|larger|bigger|higher|greater)\b")
_MULTIPLE_HELD = re.compile(r"倍|番|\btimes\b|\bfold\b")
# A yearly average asked (年均增长, average annual growth): a year's own rate does not answer it.
_AVERAGE_ASKED = re.compile(r"年均|平均每年|\baverage annual\b|\bannual average\b|\bcagr\b|compound annual")
_AVERAGE_HELD = re.compile(r"年均|平均|复合|\baverage\b|\bcompound\b|\bcagr\b")
# A place in an order asked by its unit (第几架次, 第几家): a count in another unit is no such place.
_PLACE_OF = re.compile(r"第几(架次|个|家|条|列|批|位|名|届|次)")
_RANK_OF_GROWTH = re.compile(r"增速|增幅|增长|growth|grew|\bgrow")
# A value that is a run of years or months (连续三年突破千列), and a question asking one (连续几年, in a row).
_STREAK = re.compile(r"连续[一二三四五六七八九十两\d]+个?(?:年|月|季度)")
_STREAK_ASKED = re.compile(r"连续|几年|多少年|\bconsecutive\b|\bin a row\b|\bstraight\b|\bhow many years\b")
_STREAK_HELD = re.compile(r"连续|\bconsecutive\b")
_RUN_ASKED = re.compile(r"连续|几年了|多少年了|\bconsecutive\b|\bin a row\b|\bstraight\b|\brunning\b")
_RUNNING_ASKED = re.compile(r"累计|一共|总共|\bin total\b|\bso far\b|\bto date\b")
# A ranking asked by size (出口总量排第几, by total value): a ranking by growth is another one.
_RANK_OF_AMOUNT = re.compile(r"总量|总额|总值|规模|体量|\b(?:total|volume|size|value)\b")
# People or a total counted (多少人次, 入境总量, how many people): a share or rate answers none of it.
_HEADS_ASKED = re.compile(r"多少(?:万)?(?:人次|人|名|位)|人数|总量|总数|总额|\bhow many (?:people|passengers|"
                          r"travell?ers|visitors|entries|arrivals)\b|\btotal (?:number|volume)\b", re.I)
_RATE_WORDS = re.compile(r"率|比例|比重|占|成|份额|增|涨|降|减|同比|环比|percent|share|rate|proportion|%|grow|grew|"
                         r"ris[ei]|rose|"
                         r"fell|fall|declin|increas|up\b|down\b", re.I)
# Units that count the same things as the unit asked (多少趟: 列; 多少平方米: 平方公里 too).
_AREA = "平方公里|平方米|公顷|亩"
_UNIT_KIN = {"趟": "趟|列|班", "列": "列|趟|班", "架": "架", "架次": "架次|班", "棵": "棵|株", "株": "棵|株",
             "项": "项|条", "座": "座|个", "台": "台|辆|套", "辆": "辆|台", "所": "所|个|家", "场": "场",
             "类": "类|种", "种": "种|类|款",
             "平方公里": _AREA, "平方米": _AREA, "公顷": _AREA, "亩": _AREA, "公里": "公里|千米|米",
             "吨": "吨|公斤", "公斤": "吨|公斤", "头": "头|只"}
# A rate asked in so many words (增速, growth rate, 百分之几): a count and its change in the count's units do not
# give it.
_RATE_ASKED = re.compile(r"增速|增长率|增幅|百分之|growth rate|\bpercent|%", re.I)
_TIME_UNIT = re.compile(r"(?:个)?(?:小时|分钟|秒|天|周|个月)")
_COUNT_UNIT = re.compile(r"(?:万|亿|千)?(?:个|家|条|项|列|座|批|名|位|种|类|场|艘|架次|件|辆|台|票|单)")
# A price (均价, unit price): it answers only a price asked (多少钱一公斤, price per kilogram).
_PRICE = re.compile(r"均价|单价|价格|\bprice\b")
_PRICE_HELD = re.compile(r"价|每(?:公斤|千克|吨|斤|件|台|辆)|/|\bprice|\bper\b")
_PRICE_ASKED = re.compile(r"均价|单价|价格|价钱|价位|多少钱|每(?:公斤|千克|吨|斤|件|台|辆)|/(?:公斤|千克|吨)|"
                          r"\bprices?\b|\bper (?:kg|kilo|kilogram|tonne|ton|unit)\b|\bcosts?\b|\bpriced?\b|"
                          r"\bexpensive\b|\bcheap")
# Containers (集装箱, 标箱, TEU) and all cargo (货物吞吐量, cargo throughput): neither answers the other.
_CONTAINERS = re.compile(r"集装箱|标箱|标准箱|\bteus?\b|\bcontainers?\b")
_ALL_CARGO = re.compile(r"货物吞吐|货物运输|货运量|\bcargo throughput\b|\btonnes? of cargo\b")


def other_kind(q: Query, doc: FactDoc) -> str:
    """Why the fact is another kind of figure than the one asked ('' when it is not)."""
    value = doc.fact.value.strip()
    if _GAP_ASKED.search(q.text) and not _GAP_HELD.search(doc.text) and not _RATE_ASKED.search(q.text):
        return "not a gap between two figures"      # 两地差距多少: not one side's 4.7亿美元
    if _SAVING_ASKED.search(q.text) and not _SAVING_HELD.search(doc.text):
        return "not a saving"                       # 能节省几天时间: not the 20 days a round trip takes
    if _CAPACITY_ASKED.search(q.text) and "元" in doc.fact.unit:
        return "money for a capacity"               # the capacity of a car plant: not the yuan invested
    if q.asks == "date":
        held = f"{doc.said} {doc.fact.metric_zh} {doc.fact.metric_en}"
        done = [w for w in _EVENT_ASKED.findall(q.unnamed) if w not in held and not _events(w) & _events(held)
                and (not doc.date_value or _events(w))]     # a date: an event of a kind it does not tell
        if done:        # 几月整合完成: not May's 31.41万标箱; 哪年签协议: not the year it invested 50亿元
            return f"the time of another event ({done[0]})"     # founding year: not when a customer began
    if q.asks == "quantity" and doc.date_value and value not in q.text:     # 12月14日迎来第多少名旅客: the day's
        return "a date for a quantity"          # fact says; 开幕时与会人数有多少: 400余人, not the day it opened
    if q.asks == "date" and doc.date_value and _DAY_ASKED.search(q.text) \
            and re.fullmatch(r"(?:19|20)\d\d年?", value):
        return "a year for a day asked"         # 几月几号焕新起航: not the year it first opened
    if q.asks == "date" and doc.date_value:
        asked, held = _events(q.unnamed), _events(doc.fact.metric_zh)
        if asked and held and asked.isdisjoint(held):
            return f"the day of another event ({min(held)}, not {min(asked)})"  # 开工: not the day it opened
    asked = _words_asked(q.text, q.unnamed)
    if (product := asked.goods) and product not in doc.text and product not in doc.fact.metric_zh:
        return f"not the exports of {product}"      # 出口电子元件多少亿元: not all exports' 233.3亿元
    if asked.fund and not re.search(_FUND_HELD[asked.fund], doc.text):
        return f"not {asked.fund}"            # 调剂了多少专项资金: 500万元, not the exports it helps
    if (other := _other_measure(q, doc)):
        return other
    place = _PLACE_OF.search(q.text)
    if (q.asks == "rank" and place and doc.number_value and _COUNT_UNIT.fullmatch(doc.fact.unit)
            and place.group(1) not in doc.fact.unit and not RANK_WORDS.match(value)):
        return f"a count of {doc.fact.unit}, not a place in order"     # 第几架次: the 201st flight, not 2 routes
    plain = q.asks in ("quantity", "")
    if plain and asks_money(q) and not doc.number_value and not q.several:
        return "a name for an amount"       # the total value signed: 1901.1亿元, not the events' names
    if q.asks == "rank" and (other := ranked_by_other(q, doc)):
        return other                    # 进口增速排第几: not the rank of total trade's value
    if (plain and _BARE_PLACE.fullmatch(value) and _VALUE_ASKED.search(q.text) and not ASK_RANK.search(q.text)
            and not RANK_WORDS.search(q.text)):
        return "a ranking for a figure"     # Hubei's trade with ASEAN: 99.2亿元, not 'third largest'
    counted = q.asks == "quantity" and COUNT_OF_THINGS.search(q.text) is not None
    if counted and _TIME_UNIT.fullmatch(doc.fact.unit) and not kinds_asked(q.text, q.unnamed).duration:
        return "a time for a count"         # how many train pairs a day: 8对, not a 28-minute journey
    if counted and _STREAK.match(value) and _RUNNING_ASKED.search(q.text) \
            and not _STREAK_ASKED.search(q.text):
        return "a streak, not the total asked"  # 累计开行了多少列: 888, not 连续三年突破千列
    if q.asks == "quantity" and _STREAK_HELD.search(f"{doc.fact.metric_zh} {doc.fact.metric_en}") \
            and not _RUN_ASKED.search(q.text):
        return "a run of years, not the span asked"     # how many years did it take: 12, not 连续十年第一
    if (counted and re.match(r"第", value) and not _ORDINAL_ASKED.search(q.text)
            and not re.search(r"(?<![架班航车])次$", value)
            and not (q.period.explicit
                     and not fits(q.period, doc.fact.period_start, doc.fact.period_end, doc.text))):
        return "a place in order for a count"   # how many cargo flights: not the 10,000th flight (its period
                                                # not held says more, and is checked last)
    if counted and MEASURE.search(doc.fact.unit) and not MEASURE.search(q.text) \
            and not (_BOXES_HELD.search(doc.fact.unit) and _BOXES_ASKED.search(q.text)):
        return "a measure for a count"          # 装卸车有多少车: not 近400万吨 of freight (boxes are counted in TEU)
    said = _asked(q.text)
    if said.currency and "元" not in doc.fact.unit:
        return "not an amount of money"         # exports … value in USD: 51.4亿美元, not their 17% share
    yuan, dollars = _words_asked(q.text, q.unnamed)[2:4]
    if yuan and not dollars and "美元" in doc.fact.unit or dollars and not yuan and doc.fact.unit.endswith(
            ("亿元", "万元")) and not re.search(r"美元|港元|欧元", doc.fact.unit):
        return "money in another currency"      # (100 million yuan): not 62.85亿美元
    if said.fraction and not _FRACTION_HELD.search(f"{doc.fact.unit} {doc.fact.value}"):
        return "not a fraction or share"        # 占航道的几分之几: 二分之一, not 483公里
    if said.per_day and doc.number_value and not _PER_HELD.search(
            f"{doc.fact.metric_zh} {doc.fact.metric_en} {doc.fact.unit} {doc.fact.value}".lower()):
        return "a total for an average per day"     # 平均每天引进几个项目: 13.5个, not the quarter's 1219个
    if said.theme and doc.number_value and not _THEME_ASKED.search(doc.fact.metric_zh):
        return "a figure for a theme"           # what was the forum's theme: not its 18 countries
    if (q.asks in ("quantity", "", "which") and _WHERE_ASKED.search(q.text) and doc.number_value
            and not doc.date_value and not RANK_WORDS.search(value) and not ASK_RANK.search(q.text)):
        return "a figure for a place"           # where did it open its first warehouse: not its exports
    if (q.asked.growth and not asks_share(q) and doc.fact.unit in ("%", "成")
            and _SHARE_HELD.search(f"{doc.fact.metric_zh} {doc.fact.metric_en}".lower())):
        return "a share for a growth"           # how much did exports grow: 27.7%, not their share of 32.3%
    if counted and doc.fact.unit in ("%", "个百分点", "成") and not asks_share(q) and not q.asked.growth:
        return "a share or rate for a count"    # 有几个地市实际使用外资下降: 6个, not a share of 56.3%
    if doc.fact.metric_zh.endswith("代表数") and not re.search(r"代表|出席|参会|delegat|represent|attend", q.text):
        return "a count of delegates"           # how many biotech firms: 19, not the 10余家 firms' delegates
    if asks_share(q, strict=True) and _COUNT_UNIT.fullmatch(doc.fact.unit) and not counted:
        return "a count for a share"            # 占新增台资企业总数的比例: 四分之一, not the 19 firms
    if re.search(r"运力|\bcapacity\b", q.text) and re.fullmatch(r"万?(?:架次|班次?|列|趟|艘次|航次)", doc.fact.unit) \
            and not re.search(r"运力|capacity", f"{doc.fact.metric_zh} {doc.fact.metric_en}"):
        return "a count of trips, not the capacity they carry"     # 可提供多少航空运力: 1.3万吨, not 200架次
    if _CAPACITY_HELD.search(doc.fact.metric_zh) and not _CAPACITY_ASKED.search(q.text) \
            and not re.search(r"能力|保障|设计|可", q.text):
        return "a capacity, not the volume handled"     # 2024年货邮吞吐量: 16921.3吨, not 4万吨 it can handle
    if _words_asked(q.text, q.unnamed).capacity and not _CAPACITY_HELD.search(doc.fact.metric_zh) \
            and re.search(r"吞吐量|运量|\bthroughput\b", f"{doc.fact.metric_zh} {doc.fact.metric_en}"):
        return "the volume handled, not a capacity"     # 年综合通过能力: 1000万吨, not 9000万吨 handled
    more = _more_asked(q.text)
    if (plain and (doc.fact.unit == "%" or doc.fact.value.endswith("%")) and more.heads and not asks_share(q)
            and not q.asked.growth and not more.rate_words):
        return "a share or rate for a number or total"   # 出入境人员总量是多少: 128.9万人次, not a share of 56%
    units = set(more.units) if q.asks in ("quantity", "") and not q.several else set()
    if len(units) == 1 and not re.search(_UNIT_KIN.get(unit := units.pop(), unit),
                                         f"{doc.fact.unit} {doc.fact.value}"):
        return f"not in {unit}"             # 展销的产品有多少种: 700多种, not the day the expo opened
    if (more.rate and not counted and _COUNT_UNIT.fullmatch(doc.fact.unit)
            and "%" not in f"{doc.fact.value} {doc.fact.change_zh}"):
        return "a count for a rate"         # 出口增速: 11.6%, not the 9 more firms exporting
    if plain and _COUNT_UNIT.fullmatch(doc.fact.unit) and _TRADED.search(q.text) \
            and not COUNT_OF_THINGS.search(q.text):
        return "a count for an amount"      # how much did Hubei trade with RCEP members: not 15 members
    held = f"{doc.fact.metric_zh} {doc.fact.metric_en.lower()}"
    if _PRICE.search(held) and not _PRICE_ASKED.search(q.text):
        return "a price, not what was asked"    # 茶叶出口量: 1.2万吨, not an average price of 11.9美元
    if re.search(r"均价|单价|(?:average|unit) price", q.unnamed) and not _PRICE_HELD.search(
            f"{held} {doc.fact.unit} {doc.fact.value_en}"):
        return "not the price asked"            # 红茶出口均价每千克多少美元: 19.8美元, not the 3455万美元 exported
    if _CONTAINERS.search(held) and _ALL_CARGO.search(q.unnamed) and not _CONTAINERS.search(q.unnamed):
        return "containers, not all cargo"      # 港口货物吞吐量: 1.19亿吨, not 250万标箱
    if _ALL_CARGO.search(held) and _CONTAINERS.search(q.unnamed) and not _CONTAINERS.search(held):
        return "all cargo, not containers"
    return ""


# The whole a share is of (占全省, of the world's): a share of another whole is another figure.
_WHOLE = re.compile(r"占(?:了)?(?:同期)?(全省|全市|全国|全球|世界|全区)|"
                    r"\b(?:of|in) (?:the )?(province|city|country|nation|world|global)(?:'s)?\b")
_WHOLES = {"全省": "province", "全市": "city", "全国": "country", "nation": "country", "全球": "world",
           "世界": "world", "global": "world", "全区": "district"}


def _whole(text: str) -> str:
    m = _WHOLE.search(text)
    return _WHOLES.get(m.group(1) or m.group(2), m.group(1) or m.group(2)) if m else ""


# Where a thing is or happened (在哪里, where did): a place, not a figure (where goods went may be a count).
_WHERE_ASKED = re.compile(r"在哪(?:里|儿|个国家|个城市)?(?:开|建|设|落户|举办|举行)|(?:开|建|设|落户)在哪|"
                          r"^where (?:did|was|were|is|are|has|have)\b(?=[^?]*\b(?:open(?:ed)?|set up|"
                          r"buil[dt]|located|based|held|hold|establish(?:ed)?)\b)", re.I)
_CURRENCY_ASKED = re.compile(r"\b(?:value )?in (?:usd|us dollars|u\.s\. dollars|dollars|yuan|rmb)\b|"
                             r"多少(?:亿|万)?(?:美元|元人民币)|以(?:美元|人民币)计", re.I)
_YUAN_ASKED = re.compile(r"\byuan\b|\brmb\b|人民币")
# Both currencies offered (单位是亿元还是亿美元): neither is asked.
_CURRENCY_CHOICE = re.compile(r"[亿万]?元(?:还是|或者?)[亿万]?美元|美元(?:还是|或者?)(?:人民币|[亿万]?元)")
_FRACTION_ASKED = re.compile(r"几分之几|(?<!百)分之(?:几|多少)|\bwhat fraction\b", re.I)
_FRACTION_HELD = re.compile(r"分之|%|％|成|percent|half|third|quarter")
_PER_DAY_ASKED = re.compile(r"平均每(?:天|日|周)|每(?:天|日)平均|\b(?:on average )?per (?:day|week)\b|"
                            r"\bdaily average\b|\baverage (?:a|per|each) day\b", re.I)
_PER_HELD = re.compile(r"每|平均|/|daily|per |average|a day|a week")
_THEME_ASKED = re.compile(r"主题(?!总|数|增|同比|的?数量)|口号|\btheme\b|\bslogan\b|\bmotto\b", re.I)
_SHARE_HELD = re.compile(r"比重|占比|份额|\bshare\b|proportion")
_ORDINAL_ASKED = re.compile(r"第|\bwhich\b|\bwhat number\b|\d(?:st|nd|rd|th)\b")
# Kinds of event a day is asked of: building begun, opened (通航, 投运, 开通 alike), finished, approved, set up.
_EVENT_KINDS = {"begun": re.compile(r"开工|动工|奠基|开建|开始建设|启动建设|\b(?:construction|building) (?:began|started)\b"),
                "opened": re.compile(r"开通|启用|投用|投运|运营|开业|通车|通航|首航|首飞|开港|转场"),
                "finished": re.compile(r"建成(?!投)|竣工|完工"),
                "approved": re.compile(r"获批|批复|立项|批准|认证|\b(?:clearances?|approv(?:al|ed)|certifi\w*)\b"),
                "founded": re.compile(r"成立|挂牌|揭牌|注册|创办|创立|创建|设立|"
                                      r"\b(?:founded|founding|established|set up)\b"),
                "inspected": re.compile(r"验收"),
                "sealed": re.compile(r"封关"),
                "produced": re.compile(r"投产|\b(?:start(?:ed)?|began|begin|went into|put into) production\b"),
                "held": re.compile(r"开幕|启幕|开展(?!业务)"),
                "closed": re.compile(r"闭幕|结束|落幕|闭馆"),
                "renamed": re.compile(r"更名|改名|正式命名|\brenamed?\b"),
                "suspended": re.compile(r"暂停|停航|停飞|中断|\bsuspend|\bhalt"),
                "signed": re.compile(r"签约|签署|签订|签了?协议|\bsign(?:ed|ing)?\b"),
                "released": re.compile(r"发布|公布|\bpublish|\breleased?\b"),
                "settled": re.compile(r"落户|落子|入驻|进驻|\bmoved? into\b|\bsettled\b"),
                "met": re.compile(r"交流对接|项目对接|对接活动|会见|考察|\bvisit(?:ed)?\b")}


def _events(text: str) -> set[str]:
    return {kind for kind, pattern in _EVENT_KINDS.items() if pattern.search(text)}


# Growth over a named earlier year (比2019年同期增长, over the same period of 2019): not the year-on-year rate.
_OTHER_BASE = re.compile(r"[比较]20\d\d年|over the same period of 20\d\d|(?:compared with|than|over) 20\d\d")
_BASE_ASKED = re.compile(r"[比较]20\d\d|20\d\d年同期|20\d\d年?相?比|(?<![合共协])(?:[跟与和]|同(?!比))[^，。？?]{0,8}20\d\d|"
                         r"(?:than|over|compared (?:with|to)) (?:in )?(?:the same period (?:of|in) )?20\d\d|"
                         r"same period (?:of|in) 20\d\d|两年|two-year|two years")


# The growth of an amount asked in so many words (the value of…, 金额), and of a count (the number of, 个数).
_VALUE_GROWN = re.compile(r"\bvalue\b|\bamount\b|金额|总额|签约额|价值|实际使用外资|利用外资|"
                          r"\bforeign investment\b(?! firms| enterprises| compan)", re.I)
_COUNT_GROWN = re.compile(r"\bnumber\b|\bhow many\b|数量|个数|家数|(?:多少|几)个|项目数", re.I)


class _Asked(NamedTuple):
    multiple: bool
    counted: bool
    whole: str
    base: bool
    average: bool
    increment: bool
    currency: bool
    fraction: bool
    per_day: bool
    theme: bool


@lru_cache(maxsize=4096)
def _asked(text: str) -> _Asked:
    """What other_kind and _other_measure read in a question, once per question (checks run per candidate)."""
    return _Asked(*(bool(p.search(text)) for p in (_MULTIPLE_ASKED, COUNT_OF_THINGS)), _whole(text),
                  *(bool(p.search(text)) for p in (_BASE_ASKED, _AVERAGE_ASKED, INCREMENT, _CURRENCY_ASKED,
                                                   _FRACTION_ASKED, _PER_DAY_ASKED, _THEME_ASKED)))


def _other_measure(q: Query, doc: FactDoc) -> str:
    """A multiple, a share of another whole or a yearly average asked and another kind of figure held, or a
    multiple held for a count ('' when the kinds agree). An area asked is checked with units.AREA."""
    fact, asked = doc.fact, _asked(q.text)
    held = f"{fact.unit} {fact.value} {fact.value_en} {fact.change_zh} {fact.change_en}".lower()
    if asked.increment and not INCREMENT_HELD.search(f"{fact.metric_zh} {fact.metric_en}".lower()):
        return "not the amount it grew by"  # 外贸增量, in absolute terms: 1069.2亿元, not the total 5374.4亿元
    if asked.multiple and doc.number_value and not _MULTIPLE_HELD.search(held):
        return "not a multiple"             # 是原有存量的几倍: 3.3倍, not 9.1万家
    if not asked.multiple and fact.unit == "倍" and q.asks == "quantity" and asked.counted:
        return "a multiple for a count"     # how many innovations: 27, not 3.3 times
    measure = f"{fact.unit} {fact.value} {fact.metric_zh} {fact.metric_en}".lower()
    if fact.unit == "%" and asked.whole and (whole := _whole(f"{fact.metric_zh} {doc.said}")) \
            and asked.whole != whole:
        return f"a share of the {whole}, not of the {asked.whole}"    # 占全省比重: not 占全球 25%
    if q.asked.growth and not asked.base and _OTHER_BASE.search(f"{fact.metric_zh} {fact.metric_en}"):
        return "growth over another year, not year on year"     # 进口增长36.3%, not 48.4% over 2019
    if (q.asked.growth and asked.base and re.search(r"同比|year on year|year-on-year", held)
            and not _OTHER_BASE.search(f"{fact.metric_zh} {fact.metric_en} {held}")
            and not (fact.period_end[:4].isdigit()               # 2022年比2021年增加了多少: year on year is that
                     and _years(_BASE_ASKED, q.text) == {str(int(fact.period_end[:4]) - 1)})):
        return "year on year, not growth over the year asked"   # 比2019年增长了百分之几: 36.2%, not 24.8%
    over = _years(_OTHER_BASE, f"{fact.metric_zh} {fact.metric_en} {held}") if asked.base else frozenset()
    if q.asked.growth and over and (wanted := _years(_BASE_ASKED, q.text)) and over.isdisjoint(wanted):
        return f"growth over {min(over)}, not over {min(wanted)}"   # 跟2019年比: 14%, not 48% over 2020
    if (q.asked.growth or _RATE_ASKED.search(q.text)) and _VALUE_GROWN.search(q.unnamed) \
            and not _COUNT_GROWN.search(q.text) \
            and (fact.metric_en.startswith("number of")
                 or re.search(r"(?<!指)数(?:比\d{4}年(?:同期)?)?(?:增速|增幅)?$", fact.metric_zh)):
        return "the growth of a count, a value asked"   # the value grew 26%; the projects 14%
    if asked.average and not _AVERAGE_HELD.search(f"{measure} {held} {doc.said}"):
        return "not a yearly average"       # 十四五期间年均增长: 10.5%, not one half-year's 14.1%
    return ""


@lru_cache(maxsize=4096)
def _years(pattern: re.Pattern[str], text: str) -> frozenset[str]:
    """The years a text names as the base of a growth (比2020年, than 2019)."""
    return frozenset(y for m in pattern.finditer(text) for y in re.findall(r"20\d\d", m.group()))


def ranked_by_other(q: Query, doc: FactDoc) -> str:
    """A ranking asked of one flow or of growth (进口增速排第几) held of another flow or of the amount."""
    held = f"{doc.fact.metric_zh} {doc.fact.metric_en.lower()}"
    asked, flow = trade_flow(q.unnamed), trade_flow(held)
    if asked in ("exports", "imports") and flow and flow != asked:
        return f"a ranking of {flow}, not of {asked}"
    if _RANK_OF_GROWTH.search(q.unnamed) and not _RANK_OF_GROWTH.search(held):
        return "a ranking by amount, not by growth"
    if _RANK_OF_AMOUNT.search(q.unnamed) and not _RANK_OF_GROWTH.search(q.unnamed) \
            and _RANK_OF_GROWTH.search(held):
        return "a ranking by growth, not by amount"     # 出口总量排第几: 第4, not the growth's 第1
    return ""


class _MoreAsked(NamedTuple):
    units: frozenset[str]     # telling units asked (多少棒)
    heads: bool               # people or a total counted (多少人次, 总量)
    rate_words: bool          # a rate, share or change named
    rate: bool                # a growth rate asked in so many words (增速)


@lru_cache(maxsize=4096)
def _more_asked(text: str) -> _MoreAsked:
    """What other_kind's later checks read in a question, once per question."""
    return _MoreAsked(frozenset(ASKED_UNIT.findall(text)), bool(_HEADS_ASKED.search(text)),
                      bool(_RATE_WORDS.search(text)), bool(_RATE_ASKED.search(text)))
