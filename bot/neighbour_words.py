"""The distinguishing words of unmet_word (bot/distinguish.py): each a word a question may say (outbound,
transit, a record day, how many in a row, replicated nationwide...) and the words a fact must hold to be the
figure so narrowed rather than its neighbour."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    """A distinguishing word: asked in the question, it must be held by the fact's own naming."""
    name: str
    asked: re.Pattern[str]
    held: re.Pattern[str]
    said_too: bool = False      # the fact's statement may hold it (not only its metric, value and unit)
    text_too: bool = False      # ... or its keywords (an ingested fact's words of the article's clause)


# Directions of trains (去程, 回程): an English direction word counts when trains follow it.
_RAIL = r"(?=[^?.]{0,70}\b(?:trains?|services?|journeys?|legs?|trips?)\b)"

WORDS = (
    Word("firms served", re.compile(r"帮到|帮助了|惠及|服务了|服务过|(?:暖心|贴心|专项|精准|免费)服务"),
         re.compile(r"服务|帮|惠及|serv|help"), said_too=True),
    Word("output", re.compile(r"产量|\b(?:harvest|output)\b(?! value)"),
         re.compile(r"产量|生产|产出|output|harvest|produc|yield|\bmade\b")),
    Word("shipments", re.compile(r"出货量|发货量|出货了?(?:多少|几)|\bshipment volumes?\b|\bunits shipped\b"),
         re.compile(r"出货|发货|交付|shipment|shipped|deliver")),
    Word("before merging", re.compile(r"整合前|合并前|撤并前|\bbefore (?:the )?(?:merg|consolidat)"),
         re.compile(r"整合前|合并前|撤并前|before merging")),
    Word("after merging", re.compile(r"整合后|合并后|撤并后|整合成(?:多少|几)|\bafter (?:the )?(?:merg|consolidat)|"
                                     r"\b(?:merged|consolidated) into how many\b"),
         re.compile(r"整合后|合并后|撤并后|after merging")),
    Word("outbound", re.compile(rf"去程|出境班列|\b(?:outbound|westbound)\b{_RAIL}"),
         re.compile(r"去程|出境|发出|发运|outbound|westbound|departing")),
    Word("return", re.compile(rf"回程|返程|入境班列|\b(?:return|inbound|eastbound|homebound)\b{_RAIL}"),
         re.compile(r"回程|返程|入境|回国|return|inbound|eastbound|homebound")),
    Word("transit", re.compile(r"中转|\btransit\b|\btransship|\btransfer (?:cargo|freight)|\bhub cargo"),
         re.compile(r"中转|transit|transship|transfer|hub cargo")),
    Word("consecutive", re.compile(r"连续[^,，。?？]{0,8}?(?:多少|几)|(?:多少|几)个?(?:月|年|季度)连续|"
                                   r"\bhow many (?:consecutive|straight) |"
                                   r"\bhow many (?:months|years|quarters)\b[^?]{0,40}"
                                   r"\b(?:in a row|running)\b"),
         re.compile(r"连续|consecutive|in a row|straight|running"), said_too=False),
    Word("gap to the national figure",
         re.compile(r"(?:高于|快于|超过|超出|领先|低于|慢于|高出|快出)全国|比全国[^,，。?？]{0,6}?(?:高|快|低|慢)|"
                    r"\b(?:exceed|outpac|beat|above|below|faster than|slower than|higher than|lower than)"
                    r"[^?]{0,40}\bnational\b|\bnational (?:average|rate|level|growth|figure)\b"),
         re.compile(r"全国|national|nationwide|country|china's")),
    Word("record day", re.compile(r"单日|峰值|(?:现在|目前|最近|最多|最高)?一天(?:的|能|最多|最高)(?!内)|"
                                  r"\brecord (?:day|high)|\bsingle[- ]day\b|\bbusiest day\b|"
                                  r"\bin (?:a|one) (?:single )?day\b|\bdaily (?:peak|record|high)\b"),
         re.compile(r"单日|日均|一天|峰值|纪录|记录|record|peak|single[- ]day|daily|a day|per day|one day"),
         said_too=True),
    Word("total to date", re.compile(r"(?:截至|以来|至今)[^,，。?？]{0,20}累计|累计[^,，。?？]{0,20}(?:至今|以来)|"
                                     r"(?:到|截至|截止)\d{4}年(?:底|末)[^,，。?？]{0,4}(?:总共|一共|共有|累计)|"
                                     r"\bin total since\b"),
         re.compile(r"累计|累积|以来|截至|至今|总计|cumulative|since|so far|to date|in total|as of|"
                    r"至\d{1,2}月\d{1,2}日")),        # 2025年1月1日至12月23日: a running total to that day
    Word("share", re.compile(r"占比|比重|份额|占[^,，。?？]{0,12}(?:比例|百分之)|\bwhat share\b|\bproportion\b|"
                             r"完成了?(?:全年|年度|全年度)?(?:目标|计划)(?:任务)?的?(?:多少|百分之|几)|"
                             r"\bwhat percent(?:age)? of\b"),
         re.compile(r"%|％|成|半|百分|percent|share|proportion|比重|占比|份额|倍")),
    Word("new in the period", re.compile(r"(?:新推出|新增|新开通?|新开行|新设|新获批|新引进|新落户|新签约?)"
                                         r"[^,，。?？]{0,8}(?:多少|几)|\bhow many new(?:ly)?\b"),
         re.compile(r"新(?:增|开|设|推出|获批|引进|落户|签|批)|增加|净增|\bnew\b|\bnewly\b|\badded\b|\bopened\b|"
                    r"\blaunched\b|首"), said_too=True, text_too=True),
    Word("national standing", re.compile(r"\bnationally\b|全国(?:首|第一|唯一|独一)|在全国(?:范围内)?(?:有什么|有何|算|是)|"
                                         r"\bin (?:all of )?(?:china|the country)\b[^?]{0,20}\b"
                                         r"(?:first|only|special|unique)"),
         re.compile(r"全国|国内|中国首|中国第一|national|nationwide|china's first|in china|the country"),
         said_too=True),
    Word("first where", re.compile(r"(?:首次|第1次|头一回)[^,，。?？]{0,8}哪|"
                                   r"\b(?:which|what) (?:country|market|city)\b[^?]{0,40}\bfirst\b|"
                                   r"\bfirst\b(?! (?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                   r"\d+) (?:months|quarters|weeks|days)\b| half\b| quarter\b)"   # no span
                                   r"[^?]{0,30}\b(?:to which|to what|where)\b"),
         re.compile(r"首|第一|第1|头一|first|debut|破冰"), said_too=True, text_too=True),
    # (not when compared with outward investment: each side is its own figure)
    Word("foreign capital used",
         re.compile(r"^(?!.*(?:对外|境外投资|\boutward\b|\boutbound\b|\bodi\b))(?=.*?(?:"
                    r"(?:实际)?(?:利用|使用)外资|\bactual(?:ly)? use[ds]? of foreign\b|"
                    r"\bforeign (?:capital|investment) (?:actually )?(?:used|utili[sz]ed)\b|"
                    r"\butili[sz](?:ed|ation of) (?:foreign|fdi)\b|\bfdi (?:used|utili[sz]ed)\b))", re.S),
         re.compile(r"利用外资|使用外资|引资|utili[sz]|\bactual use|\bused\b"), said_too=True),
    Word("first-time", re.compile(r"(?:多少|几)[^,，。?？]{0,12}(?:第一次|第1次|首次|头一回|头一次|新开口)|"
                                  r"(?:第一次|第1次|首次|头一回|头一次|新开口)[^,，。?？]{0,16}(?:多少|几)|"
                                  r"\bhow many\b[^?]{0,60}\b(?:first[- ]time|first[- ]ever|"
                                  r"for the first time|the first time)\b"),
         re.compile(r"首次|第一次|第1次|头一|新开口|first|debut"), said_too=True, text_too=True),
    Word("full coverage", re.compile(r"全覆盖|全面覆盖|全部覆盖|\bfull(?:y)? cover|\bfull coverage\b|"
                                     r"\bcover(?:s|ed|ing)?\b[^?]{0,20}\b(?:fully|entirely|in full)\b"),
         re.compile(r"全覆盖|全面|全部|full|entire|whole|all of"), said_too=True),
    Word("contracted investment", re.compile(r"合同外资|合同利用外资|合同金额|协议外资|\bcontracted\b|\bpledged\b"),
         re.compile(r"合同|协议|签约|contract|pledge|agreed|signed")),
    Word("begun", re.compile(r"开工(?:的)?(?:亿元以上)?项目|\bprojects?\b[^?]{0,30}\b(?:started|began|begun|broke) "
                             r"(?:construction|ground)\b|\b(?:started|begun) (?:[\w-]+ ){0,4}projects?\b"),
         re.compile(r"开工|动工|在建|construction|broke ground|groundbreaking|\bstart"),
         said_too=True, text_too=True),
    Word("signed", re.compile(r"签约(?:的)?(?:\d+个)?(?:亿元以上)?(?:项目|金额|额|总额|资金)|签约了?(?:多少|几)个?项目|"
                              r"\bsigned (?:[\w-]+ ){0,5}(?:projects?|investment|deals?|value|amount)\b"),
         re.compile(r"签|协议|合同|contract|agree|\bsign|\bdeal"), said_too=True, text_too=True),
    Word("agreement projects", re.compile(r"协议项目|\bagreement projects?\b"), re.compile(r"协议|\bagreement"),
         said_too=True),       # 协议项目投资总额: not the 989亿元 of chambers' projects
    Word("contract projects", re.compile(r"合同项目|\bcontract projects?\b"), re.compile(r"合同|\bcontract"),
         said_too=True),
    Word("planned", re.compile(r"规划[^，,。?？]{0,8}?(?:泊位|通过能力|吞吐能力|产能)|"
                               r"\bplanned (?:[\w-]+ ){0,2}(?:capacity|berths?|throughput)\b"),
         re.compile(r"规划|计划|\bplan|目标|\btarget"),
         said_too=True),       # 规划年通过能力: the whole port's 1740万吨, not phase I's 233万吨
    Word("preferential", re.compile(r"享惠|享受[^，,。?？]{0,8}优惠|优惠关税|\bpreferential\b|\btariff preferences?\b"),
         re.compile(r"享惠|优惠|\bpreferential|\bpreferences?\b"), said_too=True),   # 享惠货值: not all RCEP trade
    Word("verifiable results", re.compile(r"可检验成果|可复制成果|\bverifiable (?:results?|outcomes?)\b"),
         re.compile(r"可检验|可复制|\bverifiable\b|\breplicable\b"), said_too=True),    # not the tasks' launch rate
    Word("domestic capital", re.compile(r"内资|\bdomestic (?:capital|investment|funds)\b"),
         re.compile(r"内资|\bdomestic\b"), said_too=True),     # 实际利用内资: not the 3.9亿美元 of foreign capital
    Word("tourists", re.compile(r"旅游|观光|游客|\btour(?:ist|s|ism)?\b|\bsightseeing\b|\btravell?ed\b"),
         re.compile(r"旅游|观光|游客|\btour|\bvisit|人次"), said_too=True),   # 赴台旅游多少人: not 200多名 students
    Word("vice-chairs", re.compile(r"副主席|副会长|\bvice[- ]?(?:chair|president)"),
         re.compile(r"副主席|副会长|\bvice"), said_too=True),      # 多少位副主席: not the 1100 guests invited
    Word("phase", re.compile(r"(?<![第哪])几期|第几期|哪一?期|\bwhich phase\b"), re.compile(r"期|\bphase\b"),
         said_too=True),
    Word("peak", re.compile(r"顶峰|高峰|最高峰|历史最高|历史最好|\bpeak(?:ed)?\b|\ball-time high\b"),
         re.compile(r"峰|最高|最好|纪录|记录|record|peak|high|best"), said_too=True, text_too=True),
    Word("replicated nationwide",
         re.compile(r"全国(?:范围内?)?(?:复制|推广)|复制推广|"
                    r"\b(?:rolled out|replicated|copied|extended|adopted)\b[^?]{0,30}"
                    r"\b(?:nationwide|nationally|across (?:china|the country))\b"),
         re.compile(r"复制|推广|replicat|rolled out|nationwide"), said_too=True),   # 30项 copied, not all 357
    Word("Fortune Global 500", re.compile(r"世界500强|财富500强|\bfortune (?:global )?500\b|\bglobal 500\b"),
         re.compile(r"500强|fortune|global 500"), said_too=True),
)
