"""The unit or kind of quantity a question asks for (多远, 有多长, 面积, 多少吨, 多久, 几点, 运往哪里) and the values
that give it: a figure in another unit is never its answer."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# A distance asked (多远, 距离多少, how far): answered only by a length or a travel time, not a count.
DISTANCE = re.compile(r"多远|距离\s*(?:$|[?是为有多])|路程\s*(?:$|[?是为有多])|\bhow far\b|\bwhat distance\b|"
                      r"\bdistance (?:between|from|to|of)\b")
DISTANCE_VALUE = re.compile(r"公里|千米|km\b|kilomet|海里|nautical|mile|(?<!平方)米(?!/)|\bmetres?\b|\bmeters?\b|"
                            r"分钟|小时|车程|步行|minutes?|hours?|drive|walk")   # 车程10多分钟 is a distance too
# A length asked (分拣线有多长, how long are the sorting lines, 水深提升了多少): a size in km or metres, not a time.
LENGTH_ASKED = re.compile(r"(?<!时间)(?<!时间有)(?<![需要花用])多长(?!时间)|长度|全长|总长|\blength\b|"
                          r"\bhow long (?:is|are|was|were)\b(?=[^?]{0,60}\b(?:lines?|runways?|railways?|"
                          r"roads?|tracks?|bridges?|belts?|pipelines?|shorelines?|wharf|wharves|berths?|"
                          r"tunnels?|conveyors?|routes?|channels?|quays?)\b)|"
                          r"水深(?:是|为|有|达到?)?(?:多少|几)|水深[^，,？?]{0,6}(?:提升|提高|增加|加深)了?(?:多少|几)|多深|"
                          r"(?<!in-)(?<!in )(?<!metre )(?<!meter )(?<!m )\bdepth\b|\bhow deep\b")   # a depth
LENGTH_VALUE = re.compile(r"(?<!平方)公里|千米|(?<!平方)米(?!/)|(?<!square )\bkm\b|(?<!square )kilomet|"
                          r"(?<!square )\bmet(?:re|er)s?\b|海里|nautical|\bmiles?\b")
# A rate named by its own word (首创率, 覆盖率, 通关率, the first-of-its-kind rate), not a growth, an exchange rate
# or efficiency (效率, 频率): a count or an amount (30项, 10亿元) is no answer to it; and what gives one.
NAMED_RATE = re.compile(r"[\u4e00-\u9fff](?<![效频汇增涨])率|(?<!exchange )(?<!interest )(?<!growth )\brate\b")
RATE_VALUE = re.compile(r"%|％|百分|[一二三四五六七八九十]成|percent|\bhalf\b|一半|过半|\bpoints?\b")
OTHER_RATE = re.compile(r"率|占|比重|比例|份额")


@lru_cache(maxsize=4096)
def named_rate(unnamed: str) -> str:
    """The rate a question names by its own word (首创率, 'rate'), read once per question ('' for none)."""
    m = NAMED_RATE.search(unnamed)
    return m.group() if m else ""


def rate_unmet(unnamed: str, value: str, metric_zh: str, said: str) -> str:
    """Why a fact does not give the rate the question names ('' when it does or none is named): a count or
    an amount (30项) gives no rate; a share or another rate (制度集成创新占比 超过60%) is not 首创率."""
    rate = named_rate(unnamed)
    if not rate or (rate != "rate" and (rate in metric_zh or rate in said)):
        return ""
    if not RATE_VALUE.search(value):
        return "a count or an amount for a rate"
    if rate != "rate" and OTHER_RATE.search(metric_zh) and rate != "有率":
        return f"another rate or share than …{rate}"      # 占有率 asks a share, which 占比 gives
    return ""


# The whole a ranking is within (全国, 全省, 内河港口, 中部): a place in one is no place in another.
_RANK_SCOPES = {"inland ports": r"内河|\binland\b|\briver ports?\b", "central China": r"中部|\bcentral\b",
                "the province": r"全省|省内|\bprovince\b|\bprovincial|\bin hubei\b",
                "the nation": r"全国|\bnational|\bnationwide\b|\bprovinces\b",     # among Chinese provinces
                "the world": r"全球|世界|\bglobal|\bworld"}


def other_rank_scope(asked: str, held: str) -> str:
    """Why a ranking held is within another whole than the one asked ('' when the same, or either names
    none)."""
    wanted = {name for name, words in _RANK_SCOPES.items() if re.search(words, asked, re.I)}
    named = {name for name, words in _RANK_SCOPES.items() if re.search(words, held, re.I)}
    if "inland ports" in wanted:
        wanted.discard("the nation")            # 全国内河港口: the inland ports are the whole
    if "inland ports" in named:
        named.discard("the nation")
    if len(wanted) == 1 and named and not wanted & named:
        return f"a ranking within {', '.join(sorted(named))}, not {next(iter(wanted))}"
    return ""


# An area asked (面积, 多少平方米, how big is the pavilion): answered only by an area, not an edition or a count.
_SITE_SIZE = re.compile(r"(?:基地|园区|产业园|工厂|厂房|展区|展馆|仓库|货站|车间|集群|小镇|港区)"    # also in a name:
                        r"(?:规模)?有?多大(?!比|的?比|规模|的?投资|金额)")                  # 湖北的综合形象展区有多大
AREA = re.compile(r"面积|占地|多少平方|" + _SITE_SIZE.pattern + r"|\bsquare met|\bfloor (?:space|area)\b|"
                  r"\bhow many (?:sqm|sq\.? ?m|m2|square)\b|"
                  r"\b(?:how big|how large|size)\b.{0,60}"
                  r"\b(?:pavilion|hall|booth|stand|showcase|site|campus|warehouse|plant|base|park|cluster|"
                  r"factory|zone|section)s?\b")
ASKS_HOW = re.compile(r"\bhow (?:many|much|big|large|long|far)\b|多少|(?<!哪)几|多大|多久|多远")  # 2: two questions
AREA_VALUE = re.compile(r"平方|亩|公顷|㎡|m²|\bsquare\b|hectare|acre|\bsq\b|\bsqm\b|\bm2\b")
# Units of measure, not of things counted, in the words of a fact's unit and of a question alike: a count
# asked (有多少车) is never answered by a figure in one of them unless the question names it.
MEASURE_WORDS = {
    "weight": r"吨|\btonnes?\b|\btons?\b",
    "containers": r"标箱|标准箱|\bteus?\b",
    "area": AREA_VALUE.pattern + r"|\bmu\b",
    "length": r"公里|千米|米|\bkm\b|kilomet|\bmet(?:re|er)s?\b|海里|nautical|\bmiles?\b",
    "money": r"元|\byuan\b|\bdollars?\b",
}
MEASURE = re.compile("|".join(MEASURE_WORDS.values()), re.I)
# A unit the question names (多少吨, how many cubic metres): only a figure in that unit answers it.
UNIT_ASKED: tuple[tuple[re.Pattern, re.Pattern, str], ...] = (
    (re.compile(r"立方米|立方|\bcubic met|m³"), re.compile(r"立方|\bcubic\b|m³|\bm3\b"), "not a volume"),
    (re.compile(r"(?:多少|几)万?吨|(?:^|\s)万?吨(?:\s|$|[?？])|"
                r"\bhow many (?:thousand |million )?(?:tonnes|tons)\b|\bin tonnes\b|\bweight\b"),
     re.compile(r"吨|公斤|千克|\btonnes?\b|\btons?\b|\bkg\b|kilogram"), "not a weight"),
    (re.compile(r"(?:多少|几|多大)万?吨级|\bwhat (?:tonnage|size) class\b|\bdwt\b|\bdeadweight\b|"
                r"-to(?:n|nne) class\b"),
     re.compile(r"吨级|\bdwt\b|deadweight|-to(?:n|nne) class|tonnage class"), "not a ship's class"),
    (re.compile(r"(?:多少|几)(?:公里|千米|米|海里)(?![/每])|\bhow (?:deep|wide|tall)\b|"
                r"\bin (?:metres|meters|kilometres|kilometers|km|nautical miles|miles)\b|"
                r"\bhow many (?:kilometres|kilometers|km|metres|meters|nautical miles|miles)\b"
                r"(?! (?:an?|per) )"),
     re.compile(r"(?<!平方)(?:公里|千米|米)|海里|(?<!square )\b(?:km|kilomet\w*|met(?:re|er)s?|nautical|miles?)\b"),
     "not a length"),
    (re.compile(r"(?:多少|几)万?(?:个)?(?:标准箱|标箱)|(?:^|\s)万?(?:标准箱|标箱)(?:\s|$|[?？])|"
                r"\bhow many (?:thousand )?(?:teus?|containers)\b"),
     re.compile(r"标箱|标准箱|(?<![\u4e00-\u9fff])万?箱|\bteus?\b|\bcontainers?\b"), "not containers"),
    (re.compile(r"(?:多少|几)个百分点|\bhow many (?:percentage )?points\b"), re.compile(r"个百分点|percentage points?"),
     "not percentage points"),
    (re.compile(r"(?:多少|几)分(?![之钟别])"), re.compile(r"分(?![之钟])|\bpoints?\b"), "not a score"),
    (re.compile(r"(?:多少|几)度(?!假)|\bhow many degrees\b"), re.compile(r"度|°|\bdegrees?\b"), "not in degrees"),
    (re.compile(r"(?:多少|几)(?:十|百|千)?(?:万|亿)(?:元|美元)|(?:多少|几)(?:元|美元)|\bhow many (?:billion |million )?"
                r"(?:yuan|dollars|us dollars)\b"),
     re.compile(r"元|\byuan\b|dollars?|\busd\b|\brmb\b|\$"), "not an amount of money"),
    (re.compile(r"(?:多少|几)(?:十|百|千)?(?:万)?亿(?![元美港欧])|\bhow many (?:billion|trillion)\b"),
     re.compile(r"亿|\b(?:billion|trillion)\b"), "not in the 亿 asked"),     # 吸金超过多少亿: not 1100多位 guests
    (re.compile(r"(?:多少|几)万?辆|辆数|\bhow many (?:thousand )?(?:vehicles|cars)\b"),
     re.compile(r"辆|\bvehicles?\b|\bcars?\b"), "not a count of vehicles"),
    (re.compile(r"百分比|百分之(?:多少|几)|\bwhat percent(?:age)?\b|\bhow many percent\b"),
     re.compile(r"%|％|百分|percent|[一二三四五六七八九十]成|倍"), "not a percentage"),
)
# A rate asked (每周几列, 平均每天, how many a week, how fast): a figure per unit of time (7列/周, 10米/秒) answers
# only that, not a count over a period (7月开行了多少列).
RATE_ASKED = re.compile(r"每|平均|周|天|日|礼拜|星期|频|速|快|最大|最高|\bper\b|\beach\b|\bevery\b|week|\bday|"
                        r"daily|frequen|\bfast|spee?d|often|\brate\b|\btop\b|\bmax|"
                        r"~(?:zui|mei|ping|su|hangsu)")


def per_time(unit: str) -> bool:
    """Whether a unit is a rate per unit of time (列/周, 米/秒)."""
    return bool(re.search(r"/(?:周|天|日|月|年|小时|分钟|秒)$", unit))


# A span of time asked in so many words (多久, how long): the fact must give one (4个月), not a share or a name.
# 这几年, 近几个月, 这几天 name a stretch of time, they do not ask one.
_FEW = r"(?<![这近那头过些])"   # not 前: 提前几天 asks one
SPAN_ASKED = re.compile(rf"多久|多长时间|多少天|{_FEW}几天|{_FEW}几个月|多少年|{_FEW}几年|\bhow long\b|"
                        r"\bhow many (?:days|weeks|months|years|hours|minutes)\b")
DURATION = re.compile(rf"多久|多长时间|多少天|{_FEW}几天|{_FEW}几个月|多少年|how long|how quickly|how soon|how fast|"
                      r"how many (?:days|months|years|hours|minutes)")
DURATION_VALUE = re.compile(r"第二天|次日|当天|当日|隔天|next day|same day|"
                            r"(?<!\d)\d{1,3}\s*(?:个月|天|周|年|小时|分钟|秒)(?!\d)|"
                            r"[一二三四五六七八九十两半]+(?:个)?(?:天|周|月|年|小时|分钟)|"
                            r"\d+\s*(?:days?|weeks?|months?|years?|hours?|minutes?)")


# The scale of a span: one asked in days (几天) is not answered by one in years (开行11年, 连续三年).
_SCALES = (("hour", r"小时|分钟|hours?|minutes?"), ("day", r"天|日|days?"), ("week", r"周|weeks?"),
           ("month", r"月|months?"), ("year", r"年|years?"))


def span_scales(text: str) -> set[str]:
    """The scales of the spans of time a text gives (12天 -> day)."""
    spans = " ".join(m.group() for m in DURATION_VALUE.finditer(text))
    return {scale for scale, words in _SCALES if re.search(words, spans)}


class KindsAsked(NamedTuple):
    """What kind of figure a question asks, read once per question (the checks read many facts)."""
    length: bool                # 有多长, how long are the lines
    duration: bool              # 多久, how quickly
    span: bool                  # 多少年, how many years
    area: bool                  # 面积, how big is the pavilion (one question, not two)
    distance: bool              # 多远, how far
    units: tuple[tuple[re.Pattern, str], ...]   # units named (多少吨): what holds them, why not
    span_scale: str = ""        # the scale of the span asked: 几天 day, how many years year


@lru_cache(maxsize=4096)
def kinds_asked(text: str, unnamed: str) -> KindsAsked:
    """The kinds a question's text (and its text without names) asks for."""
    return KindsAsked(bool(LENGTH_ASKED.search(text)), bool(DURATION.search(text)),
                      bool(SPAN_ASKED.search(unnamed)),
                      bool(AREA.search(unnamed) or _SITE_SIZE.search(text))
                      and len(ASKS_HOW.findall(text)) < 2,
                      bool(DISTANCE.search(unnamed)),
                      tuple((held, reason) for asked, held, reason in UNIT_ASKED if asked.search(text)),
                      _span_scale(unnamed))


def _span_scale(text: str) -> str:
    """The scale of a span a question asks in so many words ('' for 多久, how long)."""
    asked = SPAN_ASKED.search(text)
    word = asked.group() if asked else ""
    return next((scale for scale, words in _SCALES if re.search(words, word)), "")


# A trade surplus or deficit: no answer to the trade itself.
BALANCE = re.compile(r"顺差|逆差|surplus|deficit", re.I)
# A growth margin over the nation's or the province's rate, and a question asking one.
MARGIN_HELD = re.compile(r"高于全国|高于全省|growth margin|above the (?:national|provincial)")
MARGIN_ASKED = re.compile(r"高于|高出|快于|慢于|低于|[比较](?:同期)?全[国省]|平均|than|above|margin|versus|\bvs\b|"
                          r"compar|beat|outpac|exceed|national|provincial|全国|全省", re.I)
# Any word of a change, a rate or a comparison: without one, a growth rate answers nothing asked.
CHANGE_WORDS = re.compile(r"增|涨|降|减|升|跌|扩|缩|提|快|慢|多了|少了|比|较|同比|环比|率|%|％|百分|幅|倍|成|番|速|"
                          r"grow|grew|rise|rose|increas|\bup\b|\bdown\b|fall|fell|drop|declin|fast|slow|"
                          r"percent|rate|more|less|chang|jump|climb|higher|lower|compar|year on year|yoy|y/y|"
                          r"surge|gain|expan|shr[iu]nk|bigger|larger|smaller|how much of|boost|exceed|"
                          r"超|翻|表现|怎么样|怎样|如何|happen|perform|zeng|tongbi|zhang|jiang", re.I)
# Points asked, or a share's change (提高了多少): a figure in 个百分点 may answer.
POINTS_ASKED = re.compile(r"百分点|点|提高|提升|上升|下降|回落|扩大|缩小|收窄|拉动|贡献|快|慢|差距|高了|低了|高多少|"
                          r"低多少|高几|低几|多了|少了|points?\b|raise|rose|fell|narrow|widen|than|faster|slower|"
                          r"gap|differ", re.I)
AMOUNT_ASKED = re.compile(r"多少|几|\bhow (?:much|many)\b|\bwhat (?:was|is|were)\b", re.I)


# A time of day asked (几点起飞, what time did it take off) and held (8时04分, 8:04, 8 a.m.).
CLOCK_ASKED = re.compile(r"几点|几时几分|什么时间点|(?:起飞|出发|发车|抵达|到达|降落)时间|\bwhat time\b|\bat what hour\b|"
                         r"\b(?:departure|take-?off|arrival) time\b")
CLOCK_HELD = re.compile(r"\d{1,2}\s*(?:时|点)(?:\s*\d{1,2}\s*分)?|\d{1,2}:\d{2}|\b[ap]\.?m\b|o'clock")

# 'Where to': the fact must say where something went or is sold (运往, 销往, destination, bound for).
ASK_DESTINATION = re.compile(r"[飞运发销去到卖出]去?(?:往|向|到)?了?哪(?:里|儿|些|个)?(?:国家|地方|城市)?了?[?？]?$|"
                             r"(?<!from )\bwhere (?![^?]*\b(?:from|off)\b)(?:[\w'-]+ ){0,9}?"
                             r"(?:to|bound|headed|shipped|flown|sent)\b|"
                             r"\bdestinations?\b")
DESTINATION_HELD = re.compile(r"[运飞发销寄送开驶]往|出口(?:到|至)|销售?到|卖到|抵达|到达|目的地|通达|直达|覆盖|进入|"
                              r"市场|destination|bound for|(?:shipped|flown|sent|sold|exported|headed|went) to|"
                              r"\bmarkets?\b|\breach")
# A span between two events said in a statement (开工4个月后登陆北交所, four months after starting).
SPAN_SAID = re.compile(r"(?<![\d.])\d{1,3}\s*(?:个月|天|周|年|小时)(?:后|之后|以后|前|之前)|"
                       r"[一二三四五六七八九十两]+个?(?:月|天|周|年)(?:后|之后|以后)|"
                       r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                       r"(?:days?|weeks?|months?|years?)\s+(?:after|later|before|earlier)\b")
