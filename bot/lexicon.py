"""The bot's vocabulary: the words and patterns by which a question says what it asks for (a
figure, a ranking, a date, a name), which figures it means (metric groups, partners, places),
and what is not a question for us (greetings, chit-chat, markup). Data, not logic."""
from __future__ import annotations

import re

from .matching import syllable
from .partner_words import ANY_PARTNER, PARTNER_RE, PARTNERS  # noqa: F401  (the partners, read from here too)

COMMANDS = {"trade": "trade", "hub": "logistics", "firm": "firm", "policy": "policy",
            "invest": "investment", "industry": "industry", "economy": "economy"}

# Both flows named together (import and export value, exports and imports): trade, neither flow alone.
BOTH_FLOWS = re.compile(r"imports? ?(?:and|&|-|/)? ?exports?|exports? ?(?:and|&|-|/)? ?imports?")
ASK_WHO = re.compile(r"哪家|哪个企业|哪个公司|哪个单位|哪些企业|哪些公司|什么企业|什么公司|谁|\bwho\b|"
                     r"which (?:\w+ )?(?:company|companies|firm|firms|builder|maker|enterprise|group|bank)")
# "Name some ... / list the ...": an English request for names.
NAME_SOME = r"^(?:please )?(?:name|list) (?:some|a few|the|all|two|three|its|their)"
# Verbs of a change: "by what percentage did it grow" asks a growth, not a share.
CHANGE_VERB = r"(?:grow|grew|grown|rise|rose|risen|increase|climb|jump|fall|fell|drop)"
ASK_WHICH = re.compile(r"哪些|哪个|哪家|哪国|哪里|哪儿|去哪|到哪|哪[座栋所位款条项]|什么|啥|谁|\bwhich\b|\bwhere\b|\bwho\b|"
                       + NAME_SOME + r"\b|"
                       r"\bwhat (?:kinds?|types?|sorts?|products?|goods|companies|firms|markets?|countries|"
                       r"regions?|brands?|fields?|sectors?|industries)\b|"
                       r"\bwhat (?:does|do|did) \w+(?: \w+)? "
                       r"(?:make|do|produce|sell|offer|build|show|export|import)\b")
DATE_VALUE = re.compile(r"\d+月|\d+日|\d{4}年|(?<!\d)(?:19|20)\d\d(?!\d)|年初|年底|年末|上旬|中旬|下旬|月初|月底|"
                        r"年内|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
ASK_YEAR = re.compile(r"哪年|哪一年|几几年|which year|what year")
FOCUS_ZH = re.compile(r"(?:哪些|哪个|哪家|哪几个|哪两个|哪几家|哪两家|哪两种|哪几种|哪类|哪种|什么|啥)"
                      r"(?:类型的|种类的|样的|性质的|方面的)?([\u4e00-\u9fff]{2})")
FOCUS_EN = re.compile(r"(?:\b(?:which|what)|" + NAME_SOME + ")"
                      r" ((?:(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|that\b|who\b|whom\b|"
                      r"has\b|have\b|had\b|"
                      r"can\b|will\b|would\b)[a-z][a-z-]* ?){1,4})")
FOCUS_NAMED = re.compile(r"([\u4e00-\u9fff]{2,3})(?:叫什么|叫啥|的名字|名称是|是什么名|是谁)")
LIST_ASK = re.compile(r"哪两|哪几|哪些|分别是哪|\bwhich (?:two|three|\w+ (?:two|three))\b|\bwhat are the\b|"
                      + NAME_SOME + r"\b")
GENERIC_FOCUS = frozenset({"企业", "公司", "时候", "东西", "情况", "样的", "意思", "地方", "名字", "is", "was", "are",
                           "were", "did", "does", "do", "will", "kind", "type", "of", "the", "a", "an",
                           "wuhan", "hubei"})
STRONG_WHICH = re.compile(r"哪类|哪些|哪种|哪个|哪家|哪国|哪几[类种个家国项]|\bwhich\b")
HOW_MANY = re.compile(r"多少|(?<!哪)(?<!月)几(?!月|号)|how many|how much")
MULTI = re.compile(r"分别|各是|各为|各有|各多少|各自|以及|"
                   r"哪[个家项].{0,4}?(?:[更较]|[快多大高低少](?=[些点？?，,。呢啊的了吗]|$))|谁.{0,3}?[更快多大高]|"
                   r"respectively|\bboth\b|\w \band (?:what|how)\b|"
                   r"which (?:is|was|grew) (?:larger|bigger|faster|"
                   r"higher|more)|\bcompare|\bversus\b|\bvs\b")

ASK_QUANTITY = re.compile(r"多少|(?<!哪)几(?!月|号)|数量|总数|增速|增幅|增长率|growth rate|"
                          r"(?:[人次个家箱]|企业|公司|项目|国家|城市|展会)数(?:$|[?是为有])|"
                          r"(?:场次|人次|架次|批次|频次)(?:$|[?是为有])|多大|多长|多久|多高|多快|多远|"
                          r"how many|how much|how long|how fast|how quickly|how soon|"
                          r"how big|how large|what share|what percent|what proportion|growth rate|"
                          r"\bwhat(?:'?s| was| is| were| are)\b[^?]{0,60}?\b(?:value|revenue|"
                          r"turnover|output|volume|number|amount|total|size|area|share|growth|rate|sales|"
                          r"investment|capacity|thr\w{2,6}put|tonnage|weight|popul\w*)\b|"
                          r"\bwhat (?:[\w-]+ ){0,3}?(?:total|number|amount)\b|"
                          r"\b(?:volume|units|number|amount|count)\s*[?？]?$")     # keywords: … volume units
# Places moved in a ranking asked (提升了几个名次, how many places did it move up): a count, not a place.
PLACES_MOVED = re.compile(r"(?:提升|上升|前进|进步|前移|下降|后退|下滑|跃升)了?(?:多少|几)个?(?:名次|位次|位|名)|"
                          r"(?:多少|几)个(?:名次|位次)|\bhow many (?:places|spots|positions|notches|ranks)\b")
ASK_RANK = re.compile(r"第几|排[地低底弟递]几|排名|排第|名次|排在|排得|老几|几名|\brank|which place\b|what place\b|what position")
ASK_DATE = re.compile(r"哪天|哪一天|月几[日号]|几号|什么时[候侯]|何时|啥时候|几月几|哪年|哪一年|几月|"
                      r"哪一?个?月(?!份?[的里内])|哪一?个?月份?的?[^，,。?？]{0,24}?(?:最高|最多|最大|最低|最少|峰值|突破|创)|"
                      r"^\W*when\b|\bwhen(?:'s|\s+(?:exactly|precisely)?\s*(?:did|does|do|was|were|is|are|"
                      r"will|would|has|have|had|can|could|should)\b|\s*[?？]|\s*$)|"   # not '…when it passed'
                      r"what date|which day|which year|what year|(?:which|what) month|"
                      r"\b(?:founding|opening|launch) (?:year|date)\b|\byear (?:founded|established)\b|"
                      r"那一?年(?=[\u4e00-\u9fff]{0,6}?(?:成立|建成|开通|开业|注册|创立|创办|投产|设立))|"   # 是那一年成立的
                      r"\b(?:launch|opening|start|founding|signing|inauguration) date\b|"
                      r"(?:开通|成立|创办|创立|设立|开幕|闭幕|开工|竣工|投产|投运|启用|开业|揭牌|首发|首航|签约|开园)\s*的?\s*"
                      r"(?:日期|时间|年份|月份)")
# "how many trains" -> the fact must count trains (in its unit, value or statement).
MEASURES = {"家": "家个店所", "辆": "辆台", "台": "台辆套", "套": "套台", "片": "片颗", "吨": "吨", "列": "列趟", "趟": "趟列",
            "架次": "架次", "场": "场", "项": "项个", "条": "条项", "批": "批", "人": "人名位", "只": "只个片颗",
            "件": "件个", "艘": "艘", "座": "座个", "架": "架", "袋": "袋", "班": "班"}
# Things a measure word never counts (多少座 counts cities or ports, never countries; 多少家 no countries either,
# though 国家 holds a 家): a fact counting them (辐射国家数) answers no such question.
NOT_COUNTED_BY = {"座": ("国家", "地区", "企业", "公司", "项目", "航线", "线路", "班列", "航班", "人员"),
                  "家": ("国家", "地区", "城市", "项目", "航线", "线路", "港口", "班列", "航班")}
MEASURE_RE = re.compile(r"(?:多少|(?<![哪第])几)(架次|架|家|辆|台|套|片|吨|列|趟|场|项|条|批|人|只|件|艘|座|袋|"
                        r"班(?![列级组子]))")
RANK_VALUE = re.compile(r"^(第.|榜首|首位|首个|首家|首批|首次|首条|首单|前.|冠军|top|no\.?\s*\d|first|second|third)", re.I)
RANK_ANY = re.compile(r"第[一二三四五六七八九十\d]|榜首|首位|前[三五十\d]|冠军|龙头|\btop\b|\bno\. ?\d|\bfirst\b|"
                      r"\bsecond\b|\bthird\b|\bfourth\b|\bfifth\b|\branks?\b|\branked\b|largest|biggest")
# 零 alone before words is no count (零缝隙, seamless; 零关税 is a kind of tariff).
NUMBER_VALUE = re.compile(r"\d|唯一|独家|^[首头]家|^第[一二三四五六七八九十]+天|次日|当天|"
                          r"^(?!零[^一二三四五六七八九十百千万亿])"
                          r"[约近超过逾多余上下]*[零一二两三四五六七八九十百千万亿半几数]+[^\s]{0,2}$|"
                          r"^第[零一二两三四五六七八九十百]+[次届批期]|^[约近超过逾]*[零一二两三四五六七八九十百千]+大|"
                          r"^[约近超过逾多余上下]*[零一二两三四五六七八九十百千万亿半几数]+(?:分之[一二三四五六七八九十]+)?"
                          r"[余多]?[成倍番个家条项列次场批类大种座亿万千百元吨台辆套人名位架艘件款只所处年天]*"
                          r"[以上左右多]*$|翻番|过半|一半|近半|大半|"
                          r"half|double")

# Hubei's cities by their pinyin: a word one letter off one of them (Yicheng, Yichang) is another city.
HUBEI_CITIES = frozenset("""wuhan huangshi shiyan yichang xiangyang ezhou jingmen xiaogan jingzhou huanggang
xianning
suizhou enshi xiantao qianjiang tianmen shennongjia""".split())
# Places outside Hubei: a question about one of them is not ours unless it also names a Hubei entity.
OTHER_PLACES = tuple("""北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖南 广东 广西
海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门 深圳 广州 杭州 南京 成都 西安 长沙 郑州 合肥
苏州 青岛 厦门 宁波 东莞 南昌 济南
黄石 十堰 宜昌 襄阳 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 神农架""".split()) + (
    "beijing", "tianjin", "hebei", "shanxi", "liaoning", "jilin", "heilongjiang", "shanghai", "jiangsu",
    "zhejiang", "anhui", "fujian", "jiangxi", "shandong", "henan", "hunan", "guangdong", "guangxi",
    "hainan", "chongqing", "sichuan", "guizhou", "yunnan", "shaanxi", "gansu", "qinghai", "xinjiang",
    "shenzhen", "guangzhou", "hangzhou", "nanjing", "chengdu", "changsha", "zhengzhou",
    "huangshi", "shiyan", "yichang", "xiangyang", "jingmen", "xiaogan", "jingzhou", "huanggang", "xianning",
    "suizhou", "enshi", "xiantao", "qianjiang", "tianmen", "shennongjia")

PLACES_BY_SOUND: dict[tuple[str, ...], list[str]] = {}
for _place in OTHER_PLACES:
    if not _place.isascii():
        PLACES_BY_SOUND.setdefault(tuple(syllable(ch) for ch in _place), []).append(_place)
PLACE_SIZES = sorted({len(sound) for sound in PLACES_BY_SOUND})
PLACES_RE = re.compile("|".join(sorted((p for p in OTHER_PLACES if not p.isascii()), key=len, reverse=True))
                       + r"|(?<![a-z])(?:" + "|".join(p for p in OTHER_PLACES if p.isascii())
                       + r")(?![a-z])")
# Capitalised words that are not names.
EN_COMMON = frozenset("""roughly approximately about following regarding concerning given based besides
overall also so now then quick quickly hey btw fyi okay according on at for by from with since after
before during between among while whose whom could would should can may might will shall must has have
had be name find provide explain describe summarize summarise check any some one another same yoy mom ytd
h1 h2 q1 q2 q3 q4 fdi odi ciie ftz gdp cpi usd rmb cny bn mln pct approx vs etc ok hi hello thanks please
pls tell show give list sum total data figure figures number numbers january february march april may
june july august september october november december monday tuesday wednesday thursday friday saturday
sunday china chinese province city english compare which what how when where who why is are was were did
does do and or the in of ppt pdf excel powerpoint slides slide report app wechat email ai
guests visitors delegates exhibitors participants envoys investors companies firms people workers staff
projects exports imports trade shipments cargo trains flights whats hows whos wheres whens whys thats
what's how's who's where's when's that's""".split())

QUESTION_CHARS = frozenset("有几多少哪什谁请问想")
# Characters a sentence starts with that no firm name does (这次, 那单, 哪条, 请问, 我想...).
NOT_NAME_START = frozenset("这那哪此该每各再还又也就都请我你他她它咱如若要能会可是有在对从向跟和与把被给让为于关据今去明前后本上下刚听顺另之两二")
EN_MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())

# Words that carry no meaning for matching: question words, fillers, colloquial endings.
ZH_STOP = frozenset("""多少 少钱 是多 什么 怎么 么样 咋样 如何 哪些 哪个 哪家 哪里 哪儿 请问 一下 知道 告诉 现在 目前 的是 了多
有多 了吗 是不 不是 有没 没有 多大 几个 几家 几条 几列 到底 大概 左右 呢 吗 啊 吧 呀 的 了 是 在 有 和 与 及 我 你 他
来着 接着 着说 还有 另外 顺便 那么 然后 再问 问问 麻烦 一共 总共 共有 多了 得怎 怎样 情况 问下 想问 帮我 查一 查查 给我
说说 讲讲 能不 能否 可以 哪一 一天 哪天 啥 么""".split())

# Asking words that end or start a run of characters (出口多少, 做什么产品): cut out before the bigrams are
# made, so no seam of them (口多, 做什) stands for a word of the facts; and 'value' beside exports, imports
# or trade (export value, the value of Hubei's exports): the exports, no other value (output value stays).
ASK_SEAMS = re.compile(r"多少钱|多少|什么|(?<=export )values?\b|(?<=exports )values?\b|(?<=import )values?\b|"
                       r"(?<=imports )values?\b|(?<=trade )values?\b|"
                       r"\bvalues? of(?= (?:its |the |[\w-]+'s )?(?:exports?|imports?|(?:foreign )?trade)\b)")

# 几成 asks a share (占几成), except after a word of change: 涨了几成 asks a growth.
SHARE_TENTHS = r"(?<!涨)(?<!涨了)(?<!增长)(?<!增长了)(?<!增加)(?<!增加了)(?<!下降)(?<!下降了)(?<!减少了)几成"

# Colloquial ways of asking, and the words the facts use for them.
EXPANSIONS: list[tuple[re.Pattern, str]] = [(re.compile(p), words) for p, words in [
    (r"外贸|贸易额|贸易总额", "进出口 外贸"),
    (r"经开区", "经济技术开发区"), (r"综保区", "综合保税区"), (r"自贸区|自贸片区", "自由贸易试验区 自贸试验区"),
    (r"综试区", "综合试验区"), (r"高新区", "高新技术开发区"), (r"台企|台资企业", "台资企业 台企"),
    (r"\bfdi\b", "foreign direct investment 外资"), (r"\bodi\b", "outward investment 对外投资"),
    (r"\byoy\b", "year on year 同比"),
    (r"进出口", "外贸"),
    (r"做啥|做什么|干什么|干啥|是做|生产什么|造什么|卖什么|主营|主业|what does .* (make|do|produce)|"
     r"what kinds? of (?:products?|goods|things|items|business|equipment|devices?|solar)\b",
     "产品 主营 业务 product"),
    (r"卖到|卖去|销往|出口到|ships? to|sells? to|sold to|sell in", "出口 销往 市场 export market"),
    (r"金额", "金额 元"),     # 多少钱, 花了多少: money in any words (出口额, 进出口总值), the kind asked (ASK_MONEY)
    (r"哪天|哪一天|什么时候|何时|啥时候|when\b|what date", "日 时间 开通 启用 date"),
    (r"排[第地低底弟递]几|第几|排名|排在|rank|ranking", "排名 位居 第 rank"),
    (SHARE_TENTHS + r"|多大比例|占比|比重|份额|占.{0,12}(?:多少|几|比例|多大)|what share|what proportion|"
     r"what percentage(?![^?]{0,60}\b" + CHANGE_VERB + ")|"
     r"what fraction|what portion|how much of", "占比 比重 份额 share proportion"),
    (r"增长了?多少|增速|涨了|增幅|growth|grow|rise|increase", "增长 同比 growth"),
    (r"航线|线路", "航线 线路 route"),
    (r"\bhost(?:ed|s)?\b|\btook place\b|\bwhere (?:was|is|were) [^?]{0,40}\bheld\b", "venue 地点"),
    (r"多快|多久|多长时间|用时|how long|how fast|how quickly", "时间 小时 分钟 天 time"),
    (r"来回|\bround[- ]trips?\b|\bboth ways\b", "往返"),        # trains
    (r"\boriginat\w*|从武汉(?:出发|发出|发车)", "始发"),
    (r"\b(?:tier|class|grade|level)[- ]?(?:3|iii|three)\b|\bthird[- ]tier\b|\btertiary\b|三甲",   # hospitals
     "tertiary 三级"),
    (r"\b(?:tier|class|grade|level)[- ]?(?:2|ii|two)\b|\bsecond[- ]tier\b|\bsecondary hosp|二甲",
     "secondary 二级"),
]]

# Expansions whose words are alternatives (a time is in hours or minutes or days), of which a fact holds one:
# they weigh as background, so a fact holding one is not judged to miss the others.
ALTERNATIVES = frozenset({"时间 小时 分钟 天 time", "日 时间 开通 启用 date"})

GREETINGS = re.compile(r"^(你好|您好|嗨|哈喽|hello|hi|hey|早上好|晚上好|谢谢|多谢|thanks|thank you|在吗)[!！。.,，~\s]*$")
# Attempts to instruct the bot instead of asking it something.
INJECTION = re.compile(r"忽略.{0,8}(?:指令|规则|提示|设定|要求)|无视.{0,8}(?:指令|规则)|系统提示|提示词|随便编|编一个|编造|"
                       r"假装你|扮演|越狱|\bignore\b.{0,20}\b(?:instructions?|rules|prompt)|system prompt|"
                       r"developer mode|jailbreak|\bpretend\b|make (?:one|something|it) up|\bfabricate\b|"
                       r"set found|found\s*=\s*true|reveal your|your (?:hidden )?instructions")
# Off topic whatever else they name: food, hotels, sights, travel tips.
OFF_TOPIC = re.compile(r"推荐.{0,12}(?:餐厅|馆子|美食|酒店|景点|好吃|小吃|地方)|热干面|美食|旅游攻略|景点|哪里好玩|好吃的|"
                       r"\brecommend\b.{0,40}\b(?:restaurant|place|food|hotel|noodle|bar|cafe|sight)|"
                       r"\b(?:restaurant|hotel|noodles?|sightseeing|tourist attraction)s?\b|"
                       r"天气|下雨|带伞|\bweather\b|\bwether\b|\bumbrell?a\b|"     # whatever place it names
                       # asking for a recommendation, or plans this weekend or tonight, whatever about
                       r"推荐(?:一下|一个|个|不|吗|呗|点|些)|有(?:啥|什么)[^？?]{0,12}推荐|(?:给我|能|可以)推荐|"
                       r"\b(?:can|could|would) you (?:recommend|suggest)\b|\bany recommendations?\b|"
                       r"这(?:个)?周末|今晚|\bthis weekend\b|\btonight\b|"
                       # an errand, not a question: book me a train ticket, 帮我订张机票
                       r"^\W*(?:please |pls |can you |could you )?(?:book|reserve|buy|order) (?:me |us )?"
                       r"(?:a |an |two )?"
                       r"(?:\w+ )?(?:ticket|seat|flight|table|room|taxi|cab)s?\b|"
                       r"(?:帮我|给我|替我)(?:订|买|预订|预定)|订(?:一|两)?张?(?:机票|车票|火车票|高铁票|门票)|"
                       # a place to eat or stay: the best hotpot place near Optics Valley
                       r"火锅|\bhot ?pot\b|\bbest\b.{0,24}\b(?:place|spot)s?\b|"
                       # advice on shares, and the bot's own guess about what is to come
                       r"\bgood time to (?:buy|sell|invest)|"
                       r"\b(?:buy|sell|invest in) (?:\w+ ){0,3}(?:shares?|stocks?)\b|"
                       r"股价|值不值得(?:买|投)|(?:你觉得|你认为|你猜|你预测|\bdo you think\b|\bin your (?:view|opinion)\b)"
                       r".{0,30}(?:明年|后年|未来|将来|以后|今后|还能|会不会|能不能|\bwill\b|\bnext year\b)|"
                       r"\b(?:gonna|going to) happen\b|"
                       r"\bwill (?:they|it|exports?|imports?|trade) (?:keep|continue|still)\b")
# Questions about the bot itself: chit-chat whatever else they name.
ABOUT_BOT = re.compile(r"你是机器人|你是不是机器人|你是人吗|你是谁|你叫什么|你的名字|你多大|are you (?:a )?(?:bot|robot|human|real)|"
                       r"who are you|what(?:'s| is) your name")
CHITCHAT = re.compile(r"你是谁|你叫什么|叫什么名字|你的名字|你好吗|讲个笑话|笑话|写一首|写首|写诗|作诗|唱首|讲个故事|"
                      r"天气|下雨|几点了|星座|who are you|your name|how are you|\bpoem\b|\bjoke\b|"
                      r"weather|wether|umbrel|tomorrow|\btmrw\b|明天|心情|开心吗|高兴吗|累不累|累吗|吃了吗|吃饭了吗|"
                      r"在干嘛|在干什么|无聊|想我|how do you feel|how are you feeling|how's it going|"
                      r"how is it going|what's up|are you (?:ok|okay|happy|bored|tired)\b")
CREATIVE = re.compile(r"写一首|写首|写诗|作诗|唱首|唱一首|讲个故事|讲个笑话|\b(?:write|tell|compose|make up|sing)\b.{0,25}"
                      r"\b(?:poem|joke|story|song|haiku|limerick|essay)")
MARKUP = re.compile(r"<\s*/?\s*(?:script|img|iframe|svg|style|a|b|i|div|span|body|html)\b[^>]*>|"
                    r"\b(?:drop|truncate|alter)\s+table\b|\bunion\s+select\b|\bselect\s+\*\s+from\b|;\s*--|"
                    r"\bor\s+1\s*=\s*1\b", re.I)
# 比较 before an adjective (卖得比较好, 比较多) is "rather", not a comparison (unless 哪个/谁 asks it, below).
COMPARE = re.compile(r"对比|比较(?![好多大高快火热强少小低慢受畅常])|相比|比起|哪个多|哪个高|谁多|谁高|\bvs\b|versus|compare|compared|than|"
                     r"比(?!(?:上年|去年|上一年|前一年|同期|上月|上季度|全国|全省)|20\d\d年同期)[^，,。？?]{2,30}?"
                     r"(?:高|快|多|少|大|低|慢)(?:了|出)?"
                     r"(?:多少|几)|"     # 三季度增速比前三季度高多少: two rates' margin; 主板线比整机线多几条
                     r"(?:谁|哪个|哪家|哪一个|哪一家|哪边|哪方)(?:的)?(?:[\u4e00-\u9fff]{1,6}?)?得?(?:比较|要)?"
                     r"(?:更(?:高|多|大|快|强|低|少|小|慢)|"
                     r"(?:高|多|大|快|强|低|少|小|慢)(?=[?？,，。!！\s]|$|一些|一点|些))|"
                     r"\b(?:which|who)(?: one)? (?:is|was|had|has|did|grew|made|earned)? ?(?:the )?"
                     r"(?:higher|larger|bigger|greater|more|faster|lower|smaller|less)\b|"
                     r"\bwhich (?:[\w'-]+ ){1,4}(?:grew|rose|increased|was|were|is|had|has) (?:the )?"
                     r"(?:higher|larger|bigger|greater|faster|quicker|more quickly|lower|smaller|slower)\b")
REGION_TYPES = ("region", "zone")

# What a topic's menu shows: the answers to these questions (see Engine.topic_facts).
TOPIC_QUESTIONS = {
    "trade": "湖北 武汉 光谷 外贸 进出口总额 出口额 东盟 欧盟 一带一路 新三样 机电产品",
    "logistics": "花湖机场 货运航线 国际航线 中欧班列 开行 线路 阳逻港 长江航道 前置货站",
    "firm": "企业 出口额 海外市场 销往 国家和地区 出海 订单",
    "policy": "自贸试验区 制度创新成果 综合保税区 开放口岸 跨境电商综试区 服务业扩大开放",
    "investment": "实际使用外资 外资企业 对外投资 对外承包工程 营业额 新签合同额 境外经贸合作区",
    "industry": "产业 产值 产能 工业 集群",
    "economy": "地区生产总值 GDP 经济 增长",
}

# Money asked for (出口额, revenue, how much money): a share or a count is no answer to it.
# A count of firms or projects asked, even when money qualifies them (进出口额超亿元企业有多少家).
COUNTED = re.compile(r"多少家|几家|多少个(?:项目|企业)|how many (?:firms|companies|enterprises|projects)")
ASK_MONEY = re.compile(r"(?:出口|进口|进出口|外贸|贸易|销售|成交|交易|投资|营业|合同)(?:总)?[额值]|营收|收入|金额|多少钱|产值|货值|"
                       r"多少(?:万亿|亿|万)?(?:美元|港元|欧元|元)|"
                       r"(?:投资|投入|融资|出资|募资|募集|花费|花|签约|签下)了?多少(?![家个项条人次列架吨辆台场])|"
                       r"export value|import value|trade value|revenue|how much money|\btotal value\b|"
                       r"\b(?:investment|signed|contract|deal) value\b|\btotal (?:[\w-]+ )?investment\b|"
                       r"\bvalue of (?:the )?(?:projects?|deals?|contracts?|investments?|orders?)\b|"
                       r"\bin (?:yuan|rmb|(?:us |hk |hong kong )?dollars|us\$|euros)|"
                       r"\b(?:export|import) sales\b|"
                       r"how much (?:business|in (?:deals|sales|orders|contracts))|"
                       r"(?:deals?|sales|orders?) worth|"
                       r"\b(?:what|how much) (?:was|were|is|are)\s[\w' -]{0,30}?\b"
                       r"(?:contracted|pledged|actual|"
                       r"utili[sz]ed|paid-in) (?:foreign )?(?:direct )?investment\b"
                       r"(?! (?:projects?|firms?|enterprises|companies|zones?|promotion))|"
                       r"how much (?:did|does|do|has|have|was|were) [^?]{0,80}\b"
                       r"(?:export|import|sell|sold|earn|invest|sign|spen[dt]|raise)|"
                       r"\b(?:what|how much) (?:was|were|is)\s[\w' -]{0,30}?\b(?:total|foreign) trade\b"
                       r"(?! (?:fairs?|shows?|expos?|zones?|routes?|services?|firms?|compan|enterprises|"
                       r"practitioners|workers|cent|cargo|throughput|containers?|boxe?s|freight|tonnage))")
GROWTH = re.compile(r"增长|增速|增幅|涨|下降|减少|同比|growth|\bgrow|\brise|\brose|increase|decrease|\bfell\b|\bup\b")
MONEY_VALUE = re.compile(r"元|美元|万|亿|yuan|dollar|us\$|\$|rmb|billion|million", re.I)
SHARE = re.compile(SHARE_TENTHS + r"|占比|比重|份额|多大比例|比例(?:是|为)?(?:多少|几)|占.{0,12}(?:多少|几|比例)|"
                   r"百分之(?:多少|几)|"
                   r"share|proportion|percent|fraction|portion|"
                   r"how much of|多少来自|多少出自|多少是来自|完成了?(?:全年|年度|全年度)?(?:目标|计划)(?:任务)?的?(?:多少|百分之|几)")

from .qualifier_words import (  # noqa: E402,F401  (kept importable from here)
    ANY_QUALIFIER, OPPOSITE, OTHER_LEG, QUALIFIER_SCOPE, QUALIFIERS, ROUND_TRIP)
# A district or county of Hubei the base has no figures for: Wuhan's or Hubei's figure is broader.
DISTRICT = re.compile(r"([\u4e00-\u9fff]{2,3})[区县]|\b([a-z]{4,}) (?:district|county)\b")
AREA_WORDS = ("经开", "开发", "保税", "自贸", "示范", "试验", "园", "片", "城", "地", "社", "景", "新", "合作", "功能",
              "综试", "综保", "港", "商", "街", "校", "辖", "省", "本", "该", "这", "哪", "各", "个", "城", "市",
              "free", "trade", "development", "central", "business", "bonded", "pilot", "this", "which",
              "each")

# "how many routes / companies / people": the fact must count that (in its unit, value or statement).
EN_MEASURE = re.compile(r"\bhow many\s+(?:of\s+(?:the\s+)?(?:[a-z'-]+\s+){0,6}?(?:[a-z-]*'s?|s)\s+)?"
                        r"(?:[a-z'-]+\s+){0,3}?(routes?|lines?|trains?|flights?|compan(?:y|ies)|"
                        r"firms?|enterprises?|businesses|countries|country|cities|city|zones?|parks?|ports?|"
                        r"people|persons?|employees?|workers?|staff|guests?|visitors?|delegates?|buyers?|"
                        r"shows?|concerts?|robots?|vehicles?|"
                        r"cars?|items?|projects?|destinations?|airlines?|carriers?|parcels?|packages?|"
                        r"aircraft|planes?|freighters?|innovations?|batch(?:es)?|berths?|fairs?|exhibitions?|"
                        r"expos?)\b")
EN_MEASURES: dict[str, tuple[str, ...]] = {
    "route": ("route", "line", "条", "航线", "线路"), "line": ("line", "route", "条", "线路"),
    "train": ("train", "列", "趟"), "flight": ("flight", "架次", "航班"),
    "company": ("compan", "firm", "enterprise", "business", "家", "企业", "公司"),
    "country": ("countr", "nation", "国"), "city": ("cit", "城市"), "zone": ("zone", "park", "区", "园"),
    "port": ("port", "口岸", "港"), "people": ("people", "person", "employee", "worker", "staff", "人", "名", "位",
                                                         "guest", "visitor", "delegate", "buyer", "客商", "嘉宾"),
    "show": ("show", "concert", "performance", "场"), "robot": ("robot", "机器人"),
    "vehicle": ("vehicle", "car", "辆"), "item": ("item", "项", "条", "measure"), "project": ("project", "项目"),
    "destination": ("destination", "航点", "point"), "airline": ("airline", "carrier", "航司", "航空公司"),
    "parcel": ("parcel", "package", "piece", "件", "包裹", "快件", "票"),
    "aircraft": ("aircraft", "plane", "freighter", "架", "飞机", "货机"),
    "innovation": ("innovation", "创新", "成果", "achievement", "项"), "batch": ("batch", "批"),
    "berth": ("berth", "泊位"), "fair": ("fair", "exhibition", "expo", "展会", "展")}
# A measure counted the same way as another (innovations, as items: 项).
EN_MEASURE_KIN = {"innovation": "item"}
EN_MEASURE_OF = {
    "routes": "route", "lines": "line", "trains": "train", "flights": "flight", "companies": "company",
    "firm": "company", "firms": "company", "enterprise": "company", "enterprises": "company",
    "businesses": "company", "countries": "country", "cities": "city", "zones": "zone", "park": "zone",
    "parks": "zone", "ports": "port", "persons": "people", "person": "people", "employee": "people",
    "employees": "people", "worker": "people", "workers": "people", "staff": "people", "shows": "show",
    "guest": "people", "guests": "people", "visitor": "people", "visitors": "people", "delegate": "people",
    "delegates": "people", "buyer": "people", "buyers": "people",
    "concert": "show", "concerts": "show", "robots": "robot", "vehicles": "vehicle", "car": "vehicle",
    "cars": "vehicle", "items": "item", "projects": "project", "destinations": "destination",
    "airlines": "airline", "carrier": "airline", "carriers": "airline", "parcels": "parcel",
    "package": "parcel", "packages": "parcel", "planes": "aircraft", "plane": "aircraft",
    "freighter": "aircraft", "freighters": "aircraft", "innovations": "innovation", "batches": "batch",
    "berths": "berth", "fairs": "fair", "exhibition": "fair", "exhibitions": "fair", "expo": "fair",
    "expos": "fair"}
# 多少家企业 / 几个国家: the noun counted, which the fact's own words must name (11家合作区 counts no firms).
# The thing a count asks for, after the count (多少家企业) or before it (配套企业有几家).
_COUNTED = "企业|公司|车企|外企|台企|国家|省市区|省区市|省份|部门|招商专班|专班|城市|园区|通航点|航点|航线|口岸|港口|员工|重大项目|重点项目|项目|人次|代表|展商|品种"
ZH_COUNTED = re.compile(rf"(?:多少|(?<!哪)几)(?:家|个|座|条|名|位)(?P<after>{_COUNTED})|"
                        rf"(?P<before>{_COUNTED})(?:(?:到|截至|截止)?\d{{4}}年(?:底|末)?)?(?:一共|总共|共|累计)?(?:有|达)?"
                        r"(?:多少|(?<!哪)几)(?:家|个|座|条|名|位)"
                        r"(?=[？?，,。！!呢啊呀]|$)|"
                        rf"(?P<named>{_COUNTED})\s?(?:数量|总数|个数)(?=\s|[？?，,。！!呢啊呀]|$)")     # 国家数量: countries
# 合作区有多少家: the zones themselves are counted, not the firms in them (近200家入驻企业).
PLACES_COUNTED = re.compile(r"(?:区|园|基地|中心|口岸|平台)(?:一共|总共|共|累计)?(?:有|建成了?|建了)?(?:多少|几)家"
                            r"(?![\u4e00-\u9fff]{0,3}(?:企业|公司|车企|外企))")
ZH_COUNTED_WORDS: dict[str, tuple[str, ...]] = {
    "企业": ("企业", "公司", "厂", "集团", "车企", "外企", "市场主体", "经营主体", "商户", "firm", "compan",
             "enterprise", "business"),
    "国家": ("国", "countr", "nation"), "省份": ("省", "provinc"), "部门": ("部门", "单位", "department", "agenc"),
    "专班": ("专班", "task force", "team"), "招商专班": ("专班", "task force", "team"),
    "城市": ("城", "市", "cit"), "园区": ("园", "区", "zone", "park"),
    "航线": ("航线", "线路", "route"), "航点": ("航点", "通航点", "通航城市", "destination"),
    "口岸": ("口岸", "港", "port"), "员工": ("员工", "人", "employee", "staff"),
    "重大项目": ("项目", "project"), "重点项目": ("项目", "project"), "项目": ("项目", "project"),
    "人次": ("人次", "人", "visit", "people", "person"), "代表": ("代表", "人", "delegate", "people"),
    "展商": ("展商", "企业", "参展", "exhibitor"), "品种": ("品种", "品类", "种", "产品", "kind", "variet", "product"),
}
ZH_COUNTED_WORDS.update({"通航点": ZH_COUNTED_WORDS["航点"], "省市区": ZH_COUNTED_WORDS["省份"],
                         "省区市": ZH_COUNTED_WORDS["省份"], "公司": ZH_COUNTED_WORDS["企业"],
                         "台企": ZH_COUNTED_WORDS["企业"], "车企": ZH_COUNTED_WORDS["企业"],
                         "外企": ZH_COUNTED_WORDS["企业"], "港口": ZH_COUNTED_WORDS["口岸"]})

# "Which companies / 哪几家": the answer names firms (or is a fact about a firm the question does not name).
ASK_FIRM = re.compile(r"哪家|哪几家|哪两家|什么企业|什么公司|"
                      # 哪些企业, and 哪些武汉企业 (武汉 blanked as a name)
                      r"哪(?:些|个)\s*(?:(?:(?!的)[\u4e00-\u9fff]){1,3}\s*)?(?:企业|公司|车企)|"
                      r"(?:公司|企业)(?:的?(?:名字|名称))?(?:叫|是)(?:什么|啥)|"
                      r"\bwhich\s+(?:[\w-]+\s+)?(?:compan(?:y|ies)|firms?|carmakers?|automakers?|"
                      r"enterprises?|(?:manufactur|mak)ers?|suppliers?|buyers?|customers?|clients?|"
                      r"subsidiar(?:y|ies)|groups?)\b|"
                      r"\bwhat (?:compan(?:y|ies)|firms?)\b")
# Several firms asked for (哪些企业, 哪几家武汉企业, which companies): a list may answer.
FIRMS_ASKED = re.compile(r"哪(?:些|几家|两家)\s*(?:(?:(?!的)[\u4e00-\u9fff]){1,3}\s*)?(?:企业|公司|厂商|车企)|"
                         r"(?:企业|公司)有哪些|哪(?:些|几家)\s*(?:companies|firms|enterprises)(?![a-z])|"
                         r"\bwhich (?:[\w-]+ ){0,3}"
                         r"(?:companies|firms|enterprises|exporters|carmakers|makers)\b|"
                         # keywords only, the firms last: '… industrial opening section companies'
                         r"^(?!.*\b(?:how|what|which|number|count|many)\b)\s*(?:[\w'-]+\s+){1,}"
                         r"(?:companies|firms|exhibitors)\s*$|"
                         r"^(?!.*(?:多少|几|哪))[^？?]*\s(?:参展)?(?:企业|公司)\s*$")
FIRM_WORDS = re.compile(r"公司|集团|科技|企业|股份|控股|有限")

# A question checking a figure it states (是不是16.8%, is it true that ... 16.8%) may be answered by it, and a
# line it draws (more than 100 routes?) is the claim checked, not a filter.
VERIFY = re.compile(r"吗|是否|是不是|对不对|对吗|有没有|真的|确认|核实|\bis it (?:true|right|correct)\b|"
                    r"\b(?:really|confirm|verify|correct|right)\b")

# "一共 / in total": a figure for one market (Italy's first 100 cars) is a part, not the total asked.
TOTAL = re.compile(r"一共|总共|合计|共计|总计|总数|\bin total\b|\baltogether\b|\boverall\b|\ball told\b")

# A count of things asked: no day of the calendar answers it.
COUNT_OF_THINGS = re.compile(r"\bhow many (?!days|weeks|months|years|hours|minutes|times|percent|points|"
                             r"(?:[\w.]+ )?(?:yuan|rmb|(?:us |hk )?dollars|euros|billion|million|thousand|"
                             r"tonnes|tons|teus?)\b)|"
                             r"(?:多少|几)(?:个(?!点|百分点|月|小时|工作日|季度|亿)|家|条|场|项|列|架次|架|艘|辆|趟|件|批|座|名|人|"
                             r"类|车(?!次)|大类|(?:从业)?人员|员工|职工|工人)")
