"""Naming what a figure measures: the base's own metrics where they fit, else names made of its words."""
from __future__ import annotations

import dataclasses
import re

from ..year_parts import CAPITAL_PLACES
from .entities import slug
from .figures import Figure, clause_start
from .differences import COUNT_UNITS, difference
from .sizes import facility_size
from .naming import FREQUENCY, VERB_TAIL, aim_of, clean_label, label_fault
from .periods import YEAR_RANGE
from .vocab import (METRICS, PARTNER_ALT, PARTNERS, Metric, english, english_words, match_metric, narrowing,
                    partner_name, translate)
from .names_en import PLACES
from .wording import number_en

QUALIFIER = re.compile(r"民营企业|外商投资企业|外资企业|国有企业|一般贸易|加工贸易|保税物流|跨境电商|机电产品|"
                        r"高新技术产品|劳动密集型产品|农产品|新三样|服务贸易")
_FLOW = re.compile(r"^(.{2,12}?)(进出口|出口|进口)(额|量|值|总值|总额|价值|货值|金额)?$")
_FLOW_FIRST = re.compile(r"^(进出口|出口|进口)([\u4e00-\u9fff]{2,10}?)(额|量)?$")
FLOW_EN = {"进出口": "imports and exports", "出口": "exports", "进口": "imports"}
_FLOW_ONE = {"进出口": "import and export", "出口": "export", "进口": "import"}
# A count of things traded (出口整船数, 进口汽车数量): the value said next is theirs.
_FLOW_COUNTED = re.compile(r"^(.{0,12}?(?:进出口|出口|进口)[\u4e00-\u9fff]{1,4}?)(?:数量|数)$")
_BARE_VALUES = ("货值", "价值", "金额", "总货值", "货物价值")
_BARE_DEALS = ("执行额", "合同额", "营业额", "完成额", "签约额", "成交额")
_BARE_FLOWS = ("进出口", "出口", "进口", "进出口额", "出口额", "进口额", "出口值", "进口值", "进出口值", "贸易值",
               "贸易额")
_GROWTH_WORDS = re.compile(r"(?:仅仅|仅|只)?(同比|环比|按年|比上年|较上年|比去年|较去年|比|较)?(?:大幅|快速|高速|稳步|较快|显著|逆势|逆市)?"
                           r"(增长|增加|上升|提高|提升|下降|减少|回落|下滑|增速|增幅|增|降)(了|为|达|高达)?$")
# 出口货物中，… / 班列货源中，…: the whole the shares after it are of.
_FRAME = re.compile(r"(?:^|(?<=[，,；;。]))([\u4e00-\u9fff]{2,8})中[，,]")
# The part a bare share is of, said before it (茶叶出口以绿茶为主，占比77.5%；其次是红茶，占比19.4%): the part, the whole.
_LED_BY = re.compile(r"(?:^|(?<=[，,；;。：]))(?:[^，,；;。]*?以([\u4e00-\u9fff]{1,8}?)为主|其次(?:是|为)([\u4e00-\u9fff]{1,8}?))"
                     r"[，,]\s*(?:占比|比重|占)(?:为|达)?$")
_WHOLE_LED = re.compile(r"(?:^|(?<=[，,；;。：]))(?:湖北省?|我省|全省|武汉市?|全市|我市)?([\u4e00-\u9fff]{2,10}?)以[\u4e00-\u9fff]{1,8}?为主")
# 已开通航线46条，今年新开15条: how many of the measure before are new.
_NEW_ONES = re.compile(r"(?:今年|当年|年内|全年|其中)?(?:新开通?|新增|新引进|新设立?|新建成?|新投用|新落户)")
_OPENED = re.compile(r"(?:今年|当年|年内|全年|其中|，)*(?:新开通?|新引进)")
_AREA_UNITS = ("平方公里", "万平方米", "平方米", "亩")
_AREA_WORDS = re.compile(r"(?:实施|规划|总)?(?:范围|面积)?|含|包括|包含")
# A place added, then its area (东湖综保区将再添一家“洋超市”，面积达7万平方米): the area is the new place's.
_ADDED_PLACE = re.compile(r"(?:添|增|新建|建成|建设|打造|引进|开设|开出)(?:一|1)(?:家|个|座|处|栋)[“\"]?"
                          r"([\u4e00-\u9fff]{2,10})[”\"]?[，,]$")
_RUN_OF = re.compile(r"连续(增长|下降)$")
_RUN_NEUTRAL = re.compile(r"月度|单月|已经?|实现|保持|同比|均|仍")
_RUN_ZH, _RUN_EN = "连续增长月数", "consecutive months of growth in "
# A record single day (最高单日返程7列, 单日最高货邮量): the day's peak, never the period's total.
# An amount listed after its group and a threshold (市州…过亿美元，依次是): the measure is what is left.
_LISTED_AMOUNT = re.compile(r"^(?:各|全省)?(?:市州|地市|市县|城市|各市)|过[亿万千百十]+(?:美元|元|人民币)?|"
                            r"[，,]?(?:依次|分别)(?:是|为)?$")
# A part of the measure before named by its scope alone (其中，外贸1028万吨).
_SCOPE_PART = re.compile(r"外贸|内贸|国际|国内|集装箱|中转|过境|进港|出港")
# A clause saying what it looks at (从港口外贸货物吞吐量看，武汉达531万吨): the measure of the figures after it.
_FROM_VIEW = re.compile(r"从([\u4e00-\u9fff]{2,14}?)(?:来)?看[，,]")
_RECORD = re.compile(r"(?:最高|峰值|最多)单日|单日(?:最高|峰值|最多)|日最高")
# 对港, 至香港, 往东盟: where the goods or flights go, a part of what the figure measures.
_TOWARDS = re.compile(rf"(?:对|至|到|往|往返|飞往|发往|直航|直达|赴)({PARTNER_ALT})((?:[、和及与](?:{PARTNER_ALT}))*)"
                      r"(?!资|企|商|人|股)")        # 至日本、韩国的航线: both are where it goes
_BASE_IDS = {m.id for _, m in METRICS}
# 实际使用港资 / 台资 / 日资: foreign investment from one partner, named by its one-character short name.
_SHORT_PARTNER = {"港": "港", "澳": "澳", "台": "台湾", "日": "日本", "美": "美国", "韩": "韩国", "欧": "欧盟",
                  "德": "德国", "法": "法国", "英": "英国"}
_CAPITAL_FROM = re.compile(f"实际(?:使用|利用)([{CAPITAL_PLACES}])资")
_GENERIC = ("运量", "货量", "运输量", "货运量", "发送量")
_CARRIERS = re.compile(r"(?:船舶|班列|航班|货轮|班轮|列车|货机)$")       # what carries a generic volume
_PUT_IN_USE = re.compile(r"^(?:全面|正式)?(?:投用|投入使用|建成投用|建成|启用|上线)|(?:全面|正式)?(?:投用|投入使用|建成投用|"
                         r"建成|启用|上线)$")
_MILESTONE = re.compile(r"(?:大关|关口|台阶)$")
_TRIP_TIME = re.compile(r"^(?:货物|货|物资|集装箱|货品)?的?时间$")
_FLIGHT_UNITS = ("班", "架次", "班次", "航次")


# Words describing a mode of trade or kind of firm before it (…更能反映制造业发展水平的一般贸易): not the measure;
# 这部分 pointing back at the mode named before; a flow alone after 其中, of the mode's total before.
_DESCRIBED_MODE = re.compile(r"^[^，。；]*(?:更|最|反映|附加值|产业链)[^，。；]*的(?=以?(?:一般贸易|加工贸易|保税物流))")
# The scale of trade (进出口贸易规模, 规模 alone after trade was named): the trade's value, and words of a record.
_FLOW_WORD = re.compile(r"进出口|出口|进口")
_SCALE_OF_TRADE = re.compile(r"(进出口|出口|进口)(?:贸易(?:规模|总量)|(?:规模|总量)(?=历史性|首次|再次|一举))"
                             r"(?:历史性|首次|再次|一举)?")
_BARE_MARK = re.compile(r"(?:首次|首度|一举|再次|有望)?(?:突破|超过|跨越|迈上)$")
# Countries reached by one export (向178个国家和地区出口医疗物资(含口罩…)51.4亿美元): its markets, counted.
_MARKETS_FOR = re.compile(r"(?:国家|和|地区|\(|\)|（|）)*(出口|进口)([\u4e00-\u9fff]{2,8}?)(?=[（(\d，,。；]|$)")
_FLOW_EN = {"出口": "exported to", "进口": "imported from"}
_BARE_SCALE = re.compile(r"^(?:\d{4}\s*年)?(?:贸易)?(?:规模|总量)(?:历史性|首次|再次|一举)?")
_THIS_PART = re.compile(r"这(?:一)?部分|该部分")
_BARE_FLOW = re.compile(r"(?:进出口|出口|进口)(?:额|值|总值)?(?:增长|增速|增幅)?")


# A measure said passing a mark written in words (外贸出口额首破百亿大关，达…): the figure after is its value.
_PASSED_BEFORE = re.compile(r"((?:外贸)?(?:进出口|出口|进口)(?:总额|总值|额|值)?)[^，。；\d]{0,6}?(?:首破|突破|首次突破|迈上)"
                            r"[^，。；\d]{0,8}(?:大关|关口|台阶)，(?:达到?|为|实现)?$")


# The measures of overseas contracting said bare after it was named (…新签合同额…；完成营业额…).
_CONTRACTING_PART = re.compile(r"(?:完成|实现)?营业额|新签合同额")
# A total named bare after a measure in its sentence (…航道352公里，总里程达2090公里): that measure's total.
_BARE_TOTAL = re.compile(r"总(?:里程|长度|面积|规模)")
_RUNNING_TOTAL = re.compile(r"(?:累计|总计|共计|总数|总量)(?:已)?(?:达到|达|为|增至|突破|超过)?$")


def _old_en(en: str) -> str:
    """A measure's English without its 'new' (number of new foreign-funded firms (added) -> ... foreign-funded firms)."""
    return re.sub(r"\s*\((?:added|new)\)|\bnew(?:ly)?\s+|\s+new\b", " ", en).strip().replace("  ", " ")
# A capacity a thing is designed for (按照满足2025年旅客吞吐量100万人次…的要求设计): not a measured figure.
_DESIGNED = re.compile(r"^按照?满足|设计(?:能力|规模|标准)(?:为|达)?")


# The things a count names before a bare total of them (获批两家省级外贸综合服务中心，总数已达3家).
_COUNTED_BEFORE = re.compile(r"(?:\d+|[两一二三四五六七八九十]+)(?:家|个|条|座|所|项)([\u4e00-\u9fff]{2,14}?)(?=[，,；。])")


# What a clause says is the most (…的项目最多，达36个): the things the figure after it counts.
_THE_MOST = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:最多|最大|最高)[，,](?:达|为|有)?$")
# Money invested, said bare after a count of projects (…项目约70个，实际投资额8.4亿美元).
_BARE_INVESTED = ("实际投资额", "协议投资额", "投资额", "投资总额", "实际投资", "协议投资")
# A span forecast to its end (预计至3月底，…需出口口罩约2亿片): the figures after it are forecasts.
_FORECAST_TO = re.compile(r"预计(?:至|到)(?:\d{4}年)?\d{1,2}月(?:底|末)")
# A price's change per unit said after it (每吨提高700元左右).
_PER_UNIT_RISE = re.compile(r"每(吨|千克|公斤|件|箱)(提高|上涨|增加|下降|降低|下跌)了?")
# A stage projects reach, said bare after projects were counted (…项目1424个，成功签约166个).
_BARE_STAGE = re.compile(r"(?:成功|集中|现场)?(?:签约|签订|落地|开工|竣工|投产|入库)")
# Things merged into fewer (将全市54个小、散码头整合成13个): the count before, and the count after.
_MERGE_VERB = r"(?:整合|合并|归并|撤并|压减|精简)(?:成|为|至|到)"
_MERGED_FROM = re.compile(rf"([\u4e00-\u9fff、]{{1,10}}?){_MERGE_VERB}")
_MERGED_INTO = re.compile(rf"(\d+(?:\.\d+)?)(?:个|家|座|条|处)([\u4e00-\u9fff、]{{1,10}}?){_MERGE_VERB}$")


def _merged(fig: Figure, sentence: str) -> Metric | None:
    """The count of things before they were merged, or after (整合前/整合后…数)."""
    if fig.kind != "amount" or fig.unit not in ("个", "家", "座", "条", "处"):
        return None
    before = _MERGED_FROM.match(sentence, fig.end)
    after = _MERGED_INTO.search(sentence, 0, fig.start)
    which, thing = ("整合前", before.group(1)) if before else ("整合后", after.group(2)) if after else ("", "")
    if not thing:
        return None
    plain = thing.replace("、", "")
    en = f"number of {english(plain) or plain} {'before' if which == '整合前' else 'after'} merging"
    return Metric(f"{slug(plain, 16).replace('-', '_')}_{'before' if which == '整合前' else 'after'}_merging",
                  f"{which}{thing}数", en, "logistics", (thing, plain, which, "整合", "merged"))


def name_metric(fig: Figure, label: str, sentence: str,
                last_amount: Metric | None) -> tuple[Metric | None, float, str]:
    """The metric a figure measures (None: a difference with no measure of its own, better left out)."""
    flows = _FLOW_WORD.findall(sentence[:fig.start - len(label)])
    label = _SCALE_OF_TRADE.sub(r"\1", label)       # 进出口贸易规模历史性突破: the trade's value
    if flows and fig.kind == "amount" and "元" in fig.unit and (not label or _BARE_MARK.fullmatch(label)) \
            and _BARE_MARK.search(sentence, max(0, fig.start - 6), fig.start):
        base = match_metric(flows[-1] + "总值")    # 湖北外贸进出口今年有望…，首次突破4000亿元: the trade's mark
        if base is not None:
            return Metric(f"{base.id}_milestone", f"{base.zh}突破关口", f"milestone passed by {base.en}", base.topic,
                          (*base.keywords, "突破", "首次突破", "passed")), 0.1, "a mark passed, not the measured value"
    markets = _MARKETS_FOR.match(sentence, fig.end) if fig.unit == "国家和地区" or fig.tail.startswith("国家") else None
    if markets:                                 # 向178个国家和地区出口医疗物资: the markets of that export
        zh = f"{markets.group(2)}{markets.group(1)}国家和地区数"
        return Metric(f"{slug(zh, 30).replace('-', '_')}", zh,
                      f"countries and regions {english(markets.group(2))} {_FLOW_EN[markets.group(1)]}",
                      "trade", (markets.group(2), "国家和地区", "countries", "markets")), 0.0, ""
    if flows and _BARE_SCALE.match(label):
        label = flows[-1] + _BARE_SCALE.sub("", label, count=1)   # 外贸进出口…，2024年规模首次突破…: the trade's
    if _CONTRACTING_PART.fullmatch(label) and "承包" in sentence[:fig.start - len(label)]:
        label = "对外承包工程" + label          # 对外承包工程新签合同额…；完成营业额35.9亿美元: the contracting's
    versus = _VERSUS.search(sentence[:fig.start])
    if versus and fig.unit == "个百分点" and re.search(r"(?:高出|高|快)$", label) and not re.search("全国|全省", label):
        label += versus.group(1)                # 与全国平均水平相比，…进出口增速高出4.6个百分点: above the nation
    if fig.kind == "growth" and last_amount and re.fullmatch(r"年均(?:增速|增幅|增长率?)(?:为|达|超)?", label):
        return Metric(f"{last_amount.id}_average_growth", f"{last_amount.zh}年均增速",   # …增长至266亿元，年均增速8%
                      f"average annual growth of {last_amount.en}", last_amount.topic,
                      (*last_amount.keywords, "年均", "average annual")), 0.05, \
            "the average growth of the figure before"
    if fig.unit == "%" and last_amount and _TARGET_SHARE.search(label):     # …209万标箱，为年度目标的96.74%
        return Metric(f"{last_amount.id}_target_reached", f"{last_amount.zh}完成年度目标比例",
                      f"share of the annual target for {last_amount.en} reached", last_amount.topic,
                      (*last_amount.keywords, "年度目标", "目标", "target")), 0.05, ""
    if fig.unit in ("个名次", "个位次"):            # 位列第33位，同比提升33个名次: places moved in a ranking
        down = bool(re.search(r"下降|下滑|后退|回落|降低", label))
        ranked = _RANKED_IN.findall(sentence[:fig.start])
        what = ranked[-1] if ranked else ""
        return Metric(f"{slug(what, 16).replace('-', '_')}_rank_places_{'down' if down else 'up'}",
                      f"{what}排名{'下降' if down else '上升'}名次",
                      f"places {'lost' if down else 'gained'} in the {english(what) + ' ' if what else ''}ranking",
                      "trade", (what, "排名", "名次", "places", "ranking")), 0.05, "places moved in a ranking"
    if (diff := difference(fig, label, last_amount, sentence[:fig.start])) is not None:    # 比去年多出19个航次
        return diff
    if (rise := _PER_UNIT_RISE.fullmatch(label)) and last_amount and "价" in last_amount.zh:
        zh = f"{last_amount.zh}每{rise.group(1)}{rise.group(2)}额"   # 出口价格达…元/吨，每吨提高700元: the price's rise
        return Metric(f"{last_amount.id}_change_per_unit", zh, f"change in {last_amount.en} per {rise.group(1)}",
                      last_amount.topic, (*last_amount.keywords, rise.group(2))), 0.05, "a price's change per unit"
    if fig.kind == "amount" and re.fullmatch(r"(?:达|为|有)?", label) \
            and (most := _THE_MOST.search(sentence, 0, fig.start - len(label))):
        label = most.group(1)                       # 进军美国市场的项目最多，达36个: those projects
    projects = re.fullmatch(rf"(.{{2,}}项目)(?:数|{'|'.join(_BARE_INVESTED)})", last_amount.zh) \
        if last_amount and fig.kind == "amount" and "元" in fig.unit and label in _BARE_INVESTED else None
    if projects:                                    # 投资欧美的项目约70个，实际投资额8.4亿美元，协议投资额…: theirs
        label = projects.group(1) + label
    if merged := _merged(fig, sentence):
        return merged, 0.05, "a count before or after things were merged"
    if fig.kind == "amount" and fig.unit in ("个", "项") and _BARE_STAGE.fullmatch(label) and not fig.tail \
            and "项目" in sentence[:fig.start - len(label)]:
        label += "项目"                         # 对接洽谈…项目1424个，成功签约166个: projects signed
    if fig.kind == "amount" and _MILESTONE.match(fig.tail) and not last_amount and label:
        last_amount, _, _ = name_metric(dataclasses.replace(fig, tail=""), label, sentence, None)  # 进出口总额突破…大关
    if fig.kind == "amount" and _MILESTONE.match(fig.tail) and last_amount:     # 突破280万标箱大关
        return Metric(f"{last_amount.id}_milestone", f"{last_amount.zh}突破关口",
                      f"milestone passed by {last_amount.en}", last_amount.topic,
                      (*last_amount.keywords, "大关", "突破")), 0.15, "a threshold passed, not the measured value"
    if size := facility_size(fig, sentence):         # 建成75万平方米的转运中心: the centre's area
        return size, 0.0, ""
    run = _RUN_OF.search(label)
    if run and fig.unit in ("个月", "个季度"):
        return _run_of(label[:run.start()], run.group(1) == "下降", last_amount), 0.05, "a run of months"
    clause = sentence[max(sentence.rfind(c, 0, fig.start) for c in "，；。,;") + 1:fig.start]
    aim = aim_of(label) or aim_of(clause) or ("forecast" if fig.kind == "amount"
                                              and _FORECAST_TO.search(sentence, 0, fig.start) else "")
    design = fig.kind == "amount" and bool(_DESIGNED.search(clause))     # 按照满足…吞吐量100万人次…的要求设计
    label = _DESIGNED.sub("", label) if design else label
    record = _RECORD.search(label)
    label = _RECORD.sub("", label) if record else label
    cut = fig.kind != "growth" and fig.unit == "%" and re.search(r"(?:压缩|缩短|降低|减少)$", label)
    part = clause.startswith("其中") or bool(re.search(r"中[，,]$", sentence[:fig.start - len(clause)]))  # …企业中，
    opened = fig.kind == "amount" and fig.unit in COUNT_UNITS and (
        _OPENED.match(label) or label and fig.label.endswith("新增" + label))   # 新增集装箱航线9条: new ones
    label = _DESCRIBED_MODE.sub("", label)       # 更能反映制造业发展水平的一般贸易方式进出口: general trade's
    modes = QUALIFIER.findall(sentence[:fig.start - len(label)])
    if (anaphor := _THIS_PART.search(label)) and modes:
        label = label[:anaphor.start()] + modes[-1] + label[anaphor.end():]   # 一般贸易…，这部分进出口: its
    label, freq, was = clean_label(label)
    was = was and not (_FROM_YEAR.search(sentence, 0, fig.start)      # 从2021年135亿元增至…: 2021's value, not
                       or YEAR_RANGE.search(sentence, 0, fig.start))  # "此前"; 2013年至2020年，…从168亿元…: 2013's
    per = fig.unit.partition("/")[2]
    if part and last_amount and _BARE_FLOW.fullmatch(label) and (owner := QUALIFIER.search(last_amount.zh)):
        label = owner.group(0) + label          # 一般贸易进出口…。其中，出口增长50.1%: general trade's exports
    freq = freq or {"周": "每周", "日": "每日", "天": "每日", "月": "每月", "小时": "每小时"}.get(per, "")
    if part and fig.kind == "amount" and last_amount and not re.search(r"出口|进口|贸易|投资|外资", label):
        flow = _FLOW.match(last_amount.zh)
        label += flow.group(2) if flow and label and not label.endswith(flow.group(2)) else ""  # 其中新能源汽车
    if part and fig.kind == "amount" and last_amount and _SCOPE_PART.fullmatch(label) \
            and not _FLOW.match(last_amount.zh):
        label += last_amount.zh                 # 港口货物吞吐量…，其中，外贸1028万吨: the foreign-trade part of it
    if not label and fig.kind == "amount" and (frame := list(_FROM_VIEW.finditer(sentence[:fig.start]))):
        label = frame[-1].group(1)              # 从港口外贸货物吞吐量看，武汉达531万吨: what the clause looks at
    new = part and fig.kind == "amount" and last_amount and _NEW_ONES.match(last_amount.zh)
    if new and label and not _NEW_ONES.match(label):
        label = new.group(0) + label            # 新设企业2.36万家，其中外资企业312家: new foreign firms too
    which = _PART_IS.match(sentence, fig.end) if part and fig.kind == "amount" and not label else None
    which = which if last_amount else None
    noun = which.group(1).split("的")[-1].replace("“", "").replace("”", "") if which else ""
    if len(noun) >= 2 and fig.unit in COUNT_UNITS:      # 日本企业有291家，其中37家为世界500强企业: those of them
        whole = _MORE_THAN_BEFORE.sub("", last_amount.zh).removesuffix("数")     # 同比增加731家，其中412家为…
        return Metric(f"{slug(whole, 16).replace('-', '_')}_of_which_{slug(noun, 16).replace('-', '_')}",
                      f"{whole}中{noun}数", f"{english(noun)} among {english(whole) or last_amount.en}",
                      last_amount.topic, (*last_amount.keywords, noun)), 0.05, "a part of the count before"
    does = _PART_DOES.match(sentence, fig.end) if part and fig.kind == "amount" and not label and not noun \
        and last_amount and fig.unit in COUNT_UNITS else None
    if does:                                            # 形成253项制度创新成果，其中27项经国务院批准在全国复制推广
        whole = _MADE_BEFORE.sub("", _MORE_THAN_BEFORE.sub("", last_amount.zh).removesuffix("数"))
        done = does.group(1)
        return Metric(f"{slug(whole, 16).replace('-', '_')}_{slug(done, 16).replace('-', '_')}",
                      f"{done}的{whole}数",
                      f"{english(whole) or last_amount.en} {english(re.sub('^在全[国省]', '', done))}".strip(),
                      last_amount.topic, (*last_amount.keywords, done)), 0.05, "a part of the count before"
    if VERB_TAIL.match(fig.tail):
        fig = dataclasses.replace(fig, tail="")
    if fig.kind == "growth" and not _GROWTH_WORDS.sub("", label) and last_amount:
        if last_amount.zh.endswith(_RUN_ZH):           # 连续6个月增长，其中2月份增速高达…: what grew
            last_amount = Metric(last_amount.id.split("_consecutive_")[0],
                                 last_amount.zh.removesuffix(_RUN_ZH), last_amount.en.removeprefix(_RUN_EN),
                                 last_amount.topic)
        return _growth_of(last_amount, fig.basis, fig.down), 0.05, "growth of the figure before"
    added = _ADDED_PLACE.search(sentence[:sentence.rfind(label, 0, fig.start)]) if label else None
    if fig.kind == "amount" and fig.unit in _AREA_UNITS and re.fullmatch("面积(?:达|为|约)?", label) and added:
        return Metric(f"{slug(added.group(1), 24).replace('-', '_')}_area", f"{added.group(1)}面积",
                      f"area of the {english(added.group(1))}", "logistics", (added.group(1), "面积", "area")), \
            0.05, "the area of the place just added (再添一家…，面积达…)"
    if fig.kind == "amount" and fig.unit in _AREA_UNITS and _AREA_WORDS.fullmatch(label):
        return Metric("area", "面积", "area", "policy", ("面积", "范围", "实施范围", "area", "size")), 0.05, \
            "an area named by its place"                  # 襄阳片区21.99平方公里(含…): the area's size
    if fig.unit in ("大类", "类") and fig.kind == "amount" and fig.tail:      # 6大类19项改革事项
        en = english(fig.tail)
        return Metric(f"{slug(fig.tail, 24).replace('-', '_')}_categories", f"{fig.tail}大类数",
                      f"categories of {en}", "policy", ("大类", "几大类", "categories")), 0.05, "a count of kinds"
    if fig.kind == "amount" and _NEW_ONES.fullmatch(label) and not fig.tail and last_amount:   # 今年新开15条
        return Metric(f"new_{last_amount.id}", f"新增{last_amount.zh}", _new_en(last_amount.en),
                      last_amount.topic, (*last_amount.keywords, "新开", "新增", "new")), 0.05, \
            "new ones of the measure before"
    passed = _PASSED_BEFORE.search(sentence[:fig.start]) if fig.kind == "amount" and not label else None
    if passed and not fig.tail and "元" in fig.unit:
        label = passed.group(1)         # 外贸出口额首破百亿大关，达100.36亿元: the exports passed that mark
    if fig.kind == "amount" and label in _UTMOST and not fig.tail and last_amount:    # 减至25个，最短为11个
        return Metric(f"{_UTMOST[label]}_{last_amount.id}", last_amount.zh + label,
                      f"{_UTMOST[label]} {last_amount.en}", last_amount.topic,
                      (*last_amount.keywords, label, _UTMOST[label])), 0.05, \
            "the utmost of the measure before"
    if fig.kind == "amount" and not label and not fig.tail and last_amount and "新增" in last_amount.zh \
            and _RUNNING_TOTAL.search(fig.label):          # 新增13家，累计达到267家: all of them to date
        zh = last_amount.zh.replace("新增", "")
        return Metric(f"{last_amount.id}_total", f"累计{zh}", f"total {_old_en(last_amount.en)} to date",
                      last_amount.topic, (*last_amount.keywords, "累计", "total")), 0.05, \
            "the running total of the measure before"
    if fig.kind == "amount" and not label and not fig.tail and last_amount:    # 由每周14班增至每周21班
        if aim != "forecast" or "_forecast" in last_amount.id:
            return _now(last_amount), 0.05, "the measure of the figure before"
        return Metric(f"{last_amount.id}_forecast", f"预计{last_amount.zh}", f"forecast {last_amount.en}",
                      last_amount.topic, last_amount.keywords), 0.05, "a forecast of the figure before"
    if fig.kind == "amount" and last_amount and _BARE_TOTAL.fullmatch(label) and not fig.tail:
        label = re.sub(r"^(?:新增|此前)|净(?:增加|减少)$", "", last_amount.zh) + label   # 新增航道352公里，总里程达…
    metric, penalty, why = _name(fig, label, sentence, last_amount)
    if cut:                                     # 通关时间再压缩10%: by how much it is cut
        metric = Metric(f"{metric.id}_reduction", f"{metric.zh}压缩幅度", f"reduction in {metric.en}",
                        metric.topic, metric.keywords)
    if freq and FREQUENCY[freq] not in metric.en:
        metric = Metric(f"{FREQUENCY[freq]}_{metric.id}", freq + metric.zh, f"{FREQUENCY[freq]} {metric.en}",
                        metric.topic, metric.keywords)
    if was:
        metric = Metric(f"previous_{metric.id}", f"此前{metric.zh}", f"previous {metric.en}", metric.topic,
                        metric.keywords)
    if fig.bracket and fig.kind == "amount":
        metric = _within(metric, fig.bracket)
    domain = _DOMAIN.match(last_amount.zh) if last_amount else None
    if domain and fig.kind == "amount" and fig.unit in COUNT_UNITS \
            and re.match(r"新签|新批|新设|新增", sentence[clause_start(sentence, fig.start):fig.start]) \
            and domain.group(0) not in metric.zh:       # 对外承包工程新签合同额…，新签1亿美元以上大项目33个: its projects
        metric = Metric(f"{slug(domain.group(0), 12).replace('-', '_')}_{metric.id}", domain.group(0) + metric.zh,
                        f"{metric.en} ({translate(domain.group(0))[0]})", metric.topic,
                        (*metric.keywords, domain.group(0)))
    project = _PROJECT_BEGUN.search(sentence[:clause_start(sentence, fig.start)])
    if project and fig.kind == "amount" and _PROJECT_MEASURE.fullmatch(label) and project.group(1) not in metric.zh:
        name = project.group(1)[-10:]              # …智慧公共国际货站项目正式开工，年保障…能力为60万吨: the project's
        metric = Metric(f"{slug(name, 16).replace('-', '_')}_{metric.id}", name + metric.zh,
                        f"{metric.en} ({english_words(name)})", metric.topic, (*metric.keywords, name))
    if fig.kind == "amount" and metric.zh in _GENERIC and last_amount and _CARRIERS.search(last_amount.zh) \
            and last_amount.zh not in _GENERIC:      # 国际直航船舶达84艘次，货运量13.2万吨: the ships' cargo
        metric = Metric(f"{last_amount.id}_{metric.id}", last_amount.zh + metric.zh,
                        f"{metric.en} of {last_amount.en}", last_amount.topic or metric.topic,
                        (*metric.keywords, last_amount.zh))
    if opened and "新" not in metric.zh:           # 今年新开通…航线四条: the new ones, not all of them
        metric = Metric(f"new_{metric.id}", f"新增{metric.zh}", _new_en(metric.en), metric.topic,
                        (*metric.keywords, "新开", "新增", "new"))
    if record and fig.kind == "amount":
        metric = Metric(f"record_daily_{metric.id}", f"单日最高{metric.zh}",
                        f"record single-day {re.sub(r' [(].*[)]$', '', metric.en)}",
                        metric.topic, (*metric.keywords, "最高单日", "单日最高", "record day"))
    if design:
        metric = Metric(f"design_{metric.id}", f"设计{metric.zh}", f"design {metric.en}", metric.topic,
                        (*metric.keywords, "设计", "design"))
    if aim == "goal":
        metric = Metric(f"{metric.id}_target", f"{metric.zh}目标", f"target for {metric.en}", metric.topic,
                        metric.keywords)
    elif aim == "forecast":
        metric = Metric(f"{metric.id}_forecast", f"预计{metric.zh}", f"forecast {metric.en}", metric.topic,
                        metric.keywords)
    if fault := label_fault(metric.zh):               # 由湖北企业参数: say so, and trust it less
        penalty, why = penalty + 0.15, "; ".join(filter(None, (why, fault)))
    return metric, penalty, why


# Things whose number changed (有进出口记录的外贸企业数量增加了8.6%): a total after it counts them.
_COUNT_GREW = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:数量|数目)(?:同比)?(?:增加|增长|减少|下降)")
# A margin over the province's rate (增速高于全省平均水平): a city's, of the measure before it.
_ABOVE_PROVINCE = re.compile(r"(?:高于|快于|高出|超过|超出|超|比)全省")
# The rate right before such a margin, with its own words (产销率95.81%，高于全省平均水平1个百分点): the margin's.
_RATE_BEFORE = re.compile(r"(?:\d{1,2}月(?:份)?|[1-9]至\d{1,2}月|前\d{1,2}个月|累计|同比)*"
                          r"([\u4e00-\u9fff]{2,14}?)(?:累计)?(?:为|达|是)?[\d.]+%[，,]$")
_GROWTH_END = re.compile(r"(?:增长|增加|上升|下降|减少|提高|回落|下滑)了?$")
_GROWTH_ONLY = re.compile(r"(?:同比)?(?:增长|增加|提高|上升|下降|减少|增幅|增速)")
# A flow's growth said last before a share (…进出口值增长43%，占…): the flow is what the share is of.
_GREW_BY = re.compile(r"((?:进出口|出口|进口)(?:值|额|总值|总额)?)(?:同比)?(?:增长|下降|增加|减少)[\d.]+%[，,](?=[^，,]*$)")
# A comparison framed first (与全国平均水平相比，…高出X个百分点): what the margin is over.
_VERSUS = re.compile(r"与(全国|全省)(?:平均水平|平均|整体水平|整体)?相比")
# The business a sentence's first figure is of, carried to the projects it counts next.
_DOMAIN = re.compile(r"对外承包工程|对外直接投资|对外投资|境外投资")
# A project begun in the clause before (X项目正式开工，年保障货邮吞吐能力为60万吨): its size is the project's.
_PROJECT_BEGUN = re.compile(r"([\u4e00-\u9fff]{2,30}?(?:项目|工程|货站|基地))(?:正式|全面)?(?:开工建设|开工|开建|动工|投产|"
                            r"投用|启用|竣工|签约|落地)[，,]$")
_PROJECT_MEASURE = re.compile(r"(?:年|设计|总|计划)?[\u4e00-\u9fff]{0,8}(?:能力|面积|总投资|投资额|产值|产能|规模)")


def _new_en(en: str) -> str:
    """The English of new ones of a measure: 'number of new cargo routes (added)', never 'new number of'."""
    return f"number of new {en.removeprefix('number of ')} (added)" if en.startswith("number of ") \
        else f"new {en} (added)"


def above_national(of: Metric, generic: Metric) -> Metric:
    """A margin over the national growth rate of the measure before (exports, FDI…), not of all trade."""
    if of.id in ("foreign_trade_total", "growth_above_national", "growth_below_national") \
            or re.search(r"增速|降幅|占|比重", of.zh):
        return generic                                # a rate or a share before is no measure of its own
    side, side_zh = ("below", "低于全国") if generic.id == "growth_below_national" else ("above", "高于全国")
    if of.id in ("exports", "imports"):
        return next(m for _, m in METRICS if m.id == f"{of.id}_growth_{side}_national")
    return Metric(f"{of.id}_growth_{side}_national", f"{of.zh}增速{side_zh}",
                  f"{of.en} growth margin {side} the national rate", of.topic,
                  (*of.keywords, "增速", side_zh, "growth rate"))


def _run_of(words: str, down: bool, last_amount: Metric | None) -> Metric:
    """How many months in a row a measure grew (进出口连续19个月增长): named by what grew."""
    words = _RUN_NEUTRAL.sub("", clean_label(words)[0])
    of = match_metric(words) if words else last_amount
    if not of and words:
        of = Metric(slug(words, 30).replace("-", "_"), words, english(words), "trade")
    zh, en = (_RUN_ZH, _RUN_EN) if not down else ("连续下降月数", "consecutive months of decline in ")
    keys = ("连续", "个月", "连续增长" if not down else "连续下降", "consecutive months")
    if not of:
        return Metric(f"consecutive_{'decline' if down else 'growth'}_months", zh, en.removesuffix(" in "),
                      "trade", keys)
    return Metric(f"{of.id}_consecutive_{'decline' if down else 'growth'}_months", of.zh + zh, en + of.en,
                  of.topic, (*of.keywords, *keys))


def _within(metric: Metric, bracket: tuple[str, str, str, str, str]) -> Metric:
    """A count within a size bracket (总投资5000万美元以上项目12个): the bracket is part of its name."""
    measure, number, mult, unit, side = bracket
    measure = re.sub(r"[在达]$", "", measure)
    unit = mult + unit
    zh = f"{measure}{number}{unit}{side}{metric.zh}"
    what = (translate(measure)[0] or "size") if measure else "size"
    amount = number_en(number, mult, unit)
    zh = f"{measure}{number}{unit}{metric.zh}" if side == "之间" else zh        # 投资5—10亿元项目
    en = f"{metric.en} with {what} of {amount}" + {"以上": " or more", "以下": " or less"}.get(side, "")
    edge = {"以上": "above", "以下": "below"}.get(side, "between")
    return Metric(f"{metric.id}_{edge}_{slug(number + unit, 16).replace('-', '_')}", zh, en,
                  metric.topic or "investment", (*metric.keywords, f"{number}{unit}{side}"))


# A value an increase starts from, given its own year (从2021年135亿元增至2024年233.7亿元).
_FROM_YEAR = re.compile(r"(?:从|由)(?:19|20)\d\d年(?:全年|上半年|一季度|前三季度)?(?:的)?(?:约|近|仅)?$")

def _now(metric: Metric) -> Metric:
    """The measure whose earlier value was named first (此前每周航班 -> 每周航班), or whose net change was
    (净增1亿吨、达到4亿吨: the capacity reached, not a second net change)."""
    if metric.id.endswith("_net_change"):
        return Metric(metric.id.removesuffix("_net_change"), re.sub(r"净(?:增加|减少)$", "", metric.zh),
                      re.sub(r"^net (?:increase|decrease|change) (?:in|of) ", "", metric.en), metric.topic,
                      metric.keywords)
    return Metric(metric.id.removeprefix("previous_"), metric.zh.removeprefix("此前"),
                  metric.en.removeprefix("previous "), metric.topic, metric.keywords)


def _growth_of(metric: Metric, basis: str = "", down: bool = False) -> Metric:
    """The growth of a measure named before (…12.9万吨，创新高，按年增长35.8%; 环比: on the month before;
    下降3.4%: its fall, never a rise)."""
    if down:
        return Metric(metric.id + "_decline", metric.zh + "降幅", f"decline in {metric.en}", metric.topic)
    if basis == "环比":
        return Metric(metric.id + "_mom_growth", metric.zh + "环比增速", f"month-on-month growth in {metric.en}",
                      metric.topic)
    return Metric(metric.id + "_growth", metric.zh + "增速", f"growth in {metric.en}", metric.topic)


def _product_before(before: str, flow: str) -> str:
    """The product an earlier clause names with the same flow (新能源汽车出口呈井喷式增长，…出口额达…), or ''."""
    found = ([None] + list(re.finditer(r"([\u4e00-\u9fff]{2,12}?)(进出口|出口|进口)", before)))[-1]
    if not found or found.group(2) not in flow or "进出口" in flow and found.group(2) != "进出口":
        return ""
    words = re.sub(r"年$", "", found.group(1))        # 消费品年进口规模: the consumer goods' imports
    words = re.sub(r"(.)\1?类$", r"\1", words)        # 花茶茶类出口中: scented tea's
    for i in range(len(words) - 1):                  # the longest tail of the words the glossary knows whole
        if translate(words[i:])[1] >= 1.0 and not re.search(r"[省市]|全省|外贸|货物|贸易", words[i:]):
            return words[i:]
    return ""


def topic_product(label: str, lead: str, before: str) -> str:
    """A bare flow (出口额) in a paragraph whose first sentence names a product's flow (农产品出口过亿美元的市州有3个。
    随州市出口额3.97亿美元): that product's flow, unless its own sentence names a product or trade mode first."""
    if label not in _BARE_FLOWS or not lead or QUALIFIER.search(before) or _product_before(before, label):
        return label
    return _product_before(lead, label) + label


# A price per unit said as such (均价为每千克19.8美元): the average price.
PER_UNIT_PRICE = re.compile(r"((?:出口|进口)?(?:均价|单价|平均价格?))(?:为|达|是)?每(?:千克|公斤|吨|斤|件|台|辆|箱)$")


def sentence_product(label: str, before: str) -> str:
    """A bare flow, volume or price in a later clause of a sentence whose earlier clause names a product's flow
    (红茶出口额为3455万美元…；出口量为1748吨…；均价为每千克19.8美元): that product's; the label otherwise."""
    cut = max(before.rfind(c) for c in "，,；;")
    earlier, own = before[:max(cut, 0)], before[max(cut, 0):]
    if label in ("均价", "单价") and (flows := re.findall(r"进出口|出口|进口", earlier)):
        label = flows[-1] + label                   # the price of what the sentence trades
    if label not in (*_BARE_FLOWS, "出口量", "进口量", "出口均价", "进口均价") or not earlier \
            or QUALIFIER.search(own) or _product_before(own, label):
        return label
    product = _product_before(earlier, label)
    reverse = ([None] + list(re.finditer(r"(进出口|出口|进口)([\u4e00-\u9fff]{2,4}?)总?(?:额|量|值)", earlier)))[-1]
    if not product and reverse and reverse.group(1) in label and translate(reverse.group(2))[1] >= 1.0:
        product = reverse.group(2)                  # 出口茶叶总额为1.9亿美元…；出口量为2.35万吨: the tea's
    return product + label


def bare_flow_of(label: str, last: Metric | None) -> str:
    """A ranking of a bare flow after a product's flow in its sentence (农产品出口210.9亿元，…出口额保持中部第一):
    that product's flow; the label otherwise."""
    flow = _FLOW.match(last.zh) if last and label in _BARE_FLOWS else None
    if not flow or flow.group(2) not in label or "进出口" in label and flow.group(2) != "进出口":
        return label
    return last.zh


def _one_flow(known: Metric, words: str) -> Metric:
    """一般贸易出口 is general trade's exports, not its trade: a base name of both flows keeps the one said."""
    flows = set(re.findall(r"进出口|出口|进口", words))
    if "进出口" not in known.zh or len(flows) != 1 or "进出口" in flows or "imports and exports" not in known.en:
        return known
    flow = flows.pop()
    en = FLOW_EN[flow]
    return Metric(f"{known.id}_{en}", known.zh.replace("进出口", flow),
                  known.en.replace("imports and exports", en), known.topic,
                  (*known.keywords, known.zh.replace("进出口额", flow)))


# A rate named as a flow's growth (出口增幅提升到17.7%).
_RATE_OF = re.compile(r"((?:进出口|出口|进口)(?:额|值|总值|总额)?)(?:增幅|增速|增长率|增长速度)")
# The utmost of a measure just given (审批从150个工作日减至25个，最短为11个).
_UTMOST = {"最短": "shortest", "最快": "fastest", "最长": "longest", "最多": "most", "最少": "fewest"}
# What a part of a count is (其中37家为世界500强企业, 其中5家是上市公司).
_PART_IS = re.compile(r"(?:家|个|名|位|项)?(?:为|是|属于)([^，。；,;]{2,30}?)(?=[，。；,;]|$)")
# The ranking a sentence names (“2019年中国外贸百强城市”名单): what places moved in it are of.
_RANKED_IN = re.compile(r"“?(?:\d{4}年)?([\u4e00-\u9fff]{2,12}?(?:百强|十强|强|榜单|排行榜|排名))(?:城市|企业)?”?(?:名单|榜)?")
# What a part of a count had done (其中27项经国务院等批准在全国复制推广): the deed, without who approved it.
_PART_DOES = re.compile(r"(?:家|个|项|批)?(?:经[^，。；,;]{1,14}?(?:批准|认定|同意|审核)|被|已|均)?"
                        r"([^，。；,;经]{2,16}?(?:复制推广|推广|认定|入选|获批|落地|投产|开工|上市|实施|列入|命名))"
                        r"(?=[，。；,;]|$)")
_MADE_BEFORE = re.compile(r"^(?:累计)?(?:形成|推出|取得|产生|实现|获得)")
_MORE_THAN_BEFORE = re.compile(r"(?:比上年|较上年|比去年|同比)?(?:增加|增长|减少)$")


# A share of the year's target reached (为年度目标的96.74%, 完成全年目标任务的80%).
_TARGET_SHARE = re.compile(r"(?:为|完成|达到?|占)?(?:全?年度?|全年)(?:目标|计划)(?:任务)?的?$")
# 境外世界500强企业有87家在鄂投资: who is counted comes before 有, what they do after the count.
_HAS_COUNT = re.compile(r"([\u4e00-\u9fff\d]{2,16}?(?:企业|公司|机构|项目|银行|品牌))(?:中|里)?(?:已|共|目前)?有$")
_DOING = re.compile(r"(?:在|来|落户|入驻|投资|布局)")


def _name(fig: Figure, label: str, sentence: str, last_amount: Metric | None) -> tuple[Metric, float, str]:
    """The metric a figure measures: the base's name when the words fit one, else one made of the words."""
    rate = _RATE_OF.fullmatch(label) if fig.unit == "%" else None
    if rate and (known := match_metric(rate.group(1))):
        return _growth_of(known), 0.0, ""        # 全年出口增幅大幅提升到17.7%: the growth of exports
    if label in _BARE_FLOWS and fig.kind == "amount":
        part = max(sentence.rfind("；", 0, fig.start), sentence.rfind(";", 0, fig.start)) + 1   # …开发区…；综保区…
        found = list(QUALIFIER.finditer(sentence, part, fig.start))
        if found and not sentence[found[-1].end():fig.start].count("。"):
            label = found[-1].group(0) + label       # 民营企业仍是主力军，进出口639.8亿元
        elif last_amount and _FLOW.match(last_amount.zh):
            label = _FLOW.match(last_amount.zh).group(1) + label   # 汽车出口12.6万辆，出口值214.8亿元
        elif last_amount and "元" not in fig.unit and label in ("出口", "进口") \
                and (flow := re.search(r"(?:进出口|出口|进口)(?=[\u4e00-\u9fff]{2,})", last_amount.zh)):
            label = last_amount.zh[:flow.start()] + label + last_amount.zh[flow.end():]   # 进出口货运量X吨，其中
            # 进口Y吨，出口Z吨: 进口货运量, 出口货运量
        elif not last_amount:
            label = _product_before(sentence[:clause_start(sentence, fig.start)], label) + label
    if label in _BARE_VALUES and fig.kind == "amount" and "元" in fig.unit and last_amount \
            and _FLOW.match(last_amount.zh):
        label = "".join(_FLOW.match(last_amount.zh).group(1, 2)) + label   # 出口汽车11.8万辆，货值187.3亿元
    elif label in _BARE_VALUES and fig.kind == "amount" and "元" in fig.unit and last_amount \
            and _FLOW_COUNTED.match(last_amount.zh):
        label = _FLOW_COUNTED.match(last_amount.zh).group(1) + label       # 出口整船10艘，货值约1.7亿美元
    paired = re.match(r"(.{2,16}?)(?:执行额|合同额|营业额|完成额|签约额|成交额)$", last_amount.zh) if last_amount else None
    if paired and fig.kind == "amount" and "元" in fig.unit and label in _BARE_DEALS:
        label = paired.group(1) + label        # 承接服务外包合同额66.11亿美元，执行额34.98亿美元: the outsourcing's
    owner = QUALIFIER.search(last_amount.zh) if last_amount else None
    share = re.match(r"对([^，。；]{0,12}?)(?:增长)?的?贡献率?", label)
    if owner and share:                              # 民营企业进出口X亿元，…对整体增长贡献率达Y%: theirs
        zh, whole = owner.group(0) + label, re.sub(r"整体|总体", "", share.group(1))
        en = (f"contribution of {translate(owner.group(0))[0]} to the growth of "
              f"{translate(whole)[0] or 'the total'}")
        return Metric(slug(zh, 30).replace("-", "_"), zh, en, "trade"), 0.05, ""
    base = label
    if fig.kind == "growth" and not re.search(r"出口|进口|贸易", label):
        flows = re.findall(r"进出口|出口|进口", sentence[:fig.start])
        bare = not _GROWTH_WORDS.sub("", label)
        product = _product_before(sentence[:fig.start], flows[-1]) if bare and flows and not last_amount \
            else ""
        label = _GROWTH_WORDS.sub("", label) + product + (flows[-1] if flows else "")   # …其中，锂电池增长1.4倍
    if fig.kind == "growth":
        base = _GROWTH_WORDS.sub("", label)
    reach = re.search(r"辐射|通达|连接|覆盖|联通|直达", base)    # 辐射欧亚大陆40个国家: countries reached
    words = (base if len(base) <= 4 else reach.group(0) if reach else "") + fig.tail \
        if fig.tail and fig.kind == "amount" else base
    held = _HAS_COUNT.search(fig.label) if fig.tail and fig.kind == "amount" and fig.unit in COUNT_UNITS else None
    if held and _DOING.match(fig.tail):            # 境外世界500强企业有87家在鄂投资: the firms that invest
        words = held.group(1) + fig.tail
    if not words.strip() and fig.tail:
        words = fig.tail
    if fig.unit in ("分钟", "小时", "个小时", "天") and fig.kind == "amount":
        base = _TRIP_TIME.sub("运输时间", base)          # 货物从A到B的时间: the goods' transit time
        words = base + fig.tail + ("用时" if not base.endswith(("用时", "时间")) else "")
        where = list(_TOWARDS.finditer(sentence[:fig.start]))
        if where and not _TOWARDS.search(words) and not re.search("|".join(PARTNERS), words):
            words = "至" + partner_name(where[-1].group(1)) + words     # 由武汉直航香港，全程约需7天
    capital = _CAPITAL_FROM.search(words)
    if capital and fig.kind == "amount" and "元" in fig.unit:     # 实际使用港资: FDI from Hong Kong
        pid, p_en = PARTNERS[_SHORT_PARTNER[capital.group(1)]]
        p_en = p_en.removeprefix("the ")
        return Metric(f"fdi_utilised_from_{pid.replace('-', '_')}", f"实际使用{capital.group(1)}资",
                      f"foreign direct investment actually used from {p_en}", "investment",
                      ("实际使用外资", "外资", "FDI", "foreign capital", f"{p_en} capital")), 0.0, ""
    above = _ABOVE_PROVINCE.search(clause := sentence[clause_start(sentence, fig.start):fig.start])
    if fig.unit == "个百分点" and last_amount and above \
            and not re.search(r"进出口|外贸|贸易|出口|进口|外资", clause[:above.start()]):   # 增速高于全省平均水平5.8个百分点;
        # 高出全省进出口整体增幅12.3个百分点 (after 民营企业进出口…增长51.8%): the words after 全省 are the whole's
        zh = re.sub(r"(?:在.{2,12}中|全国|全省|中部|全球)?排名$", "", last_amount.zh)      # 总量排名全省第2位，增速…
        en = re.sub(r"^.*?ranking (?:among .+? )?by ", "", last_amount.en)
        rate = _RATE_BEFORE.search(sentence, 0, fig.start - len(clause))
        if rate and not _GROWTH_ONLY.fullmatch(rate.group(1)) and rate.group(1) not in last_amount.zh \
                and not _GROWTH_END.search(rate.group(1)):          # 民营企业进出口增长51.8%: the amount's growth
            zh = re.sub(r"增幅$", "增速", rate.group(1))    # 工业增加值增幅2.8%，超全省平均水平0.6个百分点
            zh = re.sub(r"^(?:湖北省?|武汉市?|[\u4e00-\u9fff]{2}市)|累计", "", zh)
            en = english(zh)
            return Metric(f"{slug(zh, 30).replace('-', '_')}_above_provincial", f"{zh}高于全省",
                          f"{en} margin above the provincial level", last_amount.topic,
                          (zh, "高于全省", "全省平均", "above the provincial")), 0.0, ""
        return Metric(f"{slug(zh, 30).replace('-', '_')}_growth_above_provincial", f"{zh}增速高于全省",
                      f"{en} growth margin above the provincial rate", last_amount.topic,
                      (*last_amount.keywords, "增速", "高于全省", "growth rate")), 0.0, ""
    words = "集装箱吞吐量" if "标箱" in fig.unit and re.fullmatch(r"(?:年|当年|全年)?吞吐量", words) else words
    known = match_metric(words, fig.unit) or match_metric(words + fig.unit, fig.unit)     # 当年吞吐量1.63万标箱
    known = _one_flow(known, words) if known and "能力" not in words else None     # 吞吐能力: no volume
    if known and known.id in ("routes", "international_routes", "domestic_routes") \
            and "货运航线" in sentence[:fig.start]:      # 开通货运航线98条，其中国内航线57条: cargo routes too
        known = match_metric(words.replace("航线", "货运航线"), fig.unit) or known
    if known and known.id in ("growth_above_national", "growth_below_national") and last_amount \
            and not re.search(r"进出口|外贸|贸易", words):
        known = above_national(last_amount, known)       # 实际使用外资…，增速较全国高出22.6个百分点
    if known and fig.kind == "growth" and known.topic == "logistics" and "外贸" in words and "外贸" not in known.zh:
        known = Metric(f"foreign-trade_{known.id}", "外贸" + known.zh,              # 外贸集装箱吞吐量增长24%:
                       re.sub(r"^(growth in |number of )?", r"\g<1>foreign-trade ", known.en),  # the foreign-trade
                       known.topic, known.keywords)                                 # part's growth
    if known and fig.kind == "amount":
        plain = known                                           # the base's own, before a scope narrows it
        for scope, scope_en in (("国际", "international"), ("国内", "domestic"), ("外贸", "foreign-trade")):
            if scope == "外贸" and known.topic != "logistics":
                continue                                        # 外贸集装箱 is a part; 外贸进出口 is all trade
            if scope in words and scope not in known.zh and scope_en not in known.en:
                en = re.sub(r"^(number of )?", rf"\g<1>{scope_en} ", known.en)     # number of foreign-trade…
                known = Metric(f"{scope_en}_{known.id}", scope + known.zh, en,
                               known.topic, known.keywords)     # 国际货运航班 is not all cargo flights
        bare = re.sub(rf"^(?:{PARTNER_ALT})的?", "", _TOWARDS.sub("", words))     # …日本、韩国的: a destination
        narrow = narrowing(bare, plain) if plain.id in _BASE_IDS else ""
        if plain is not known:                                  # 国际空空中转产品线路: the scope is said already,
            narrow = re.sub(r"国际|国内|外贸", "", narrow)        # the words right before the head narrow it
            head = re.sub(r"国际|国内|外贸", "", bare)
            narrow = narrow if len(re.findall(r"[\u4e00-\u9fff]", narrow)) >= 2 and any(
                head.endswith(narrow + k) for k in plain.keywords if re.match(r"[\u4e00-\u9fff]", k)) else ""
        if narrow:                                              # 高技术产业实际使用外资 is not all FDI
            known = Metric(f"{known.id}_{slug(narrow, 20).replace('-', '_')}", narrow + known.zh,
                           f"{known.en} ({english_words(narrow)})", known.topic,
                           (*known.keywords, narrow))
        where = fig.label
        if fig.unit in _FLIGHT_UNITS and not _TOWARDS.search(where):
            where = sentence[:fig.start]        # 开通至香港全货机航线，每周执飞6班: the flights go there
        if known.id.startswith("countries_reached") and sentence[fig.end:].startswith("国家和地区"):
            known = Metric("countries_regions_reached", "通达国家和地区数", "countries and regions reached",
                           known.topic, ("国家和地区", "countries and regions"))
        return _towards(known, where), 0.0, ""
    zh = words.strip() or fig.tail
    if zh in ("总金额", "金额", "总额") and fig.kind == "amount" and re.search(r"签约|签订|签下", sentence[:fig.start]):
        return Metric("signed_deal_value", "签约总金额", "total value of deals signed", "investment",
                      ("签约", "总金额", "签约额", "deals signed")), 0.0, ""      # …签约项目58个，总金额…
    if not zh and fig.kind == "growth":                       # 海微今年前三季度实现了稳健增长，同比增长约48%
        return Metric("growth", "同比增长", "year-on-year growth", "economy",
                      ("增长", "增速", "growth")), 0.2, "a growth rate that names no measure"
    if not zh:
        return Metric("figure", "数据", "figure", "economy"), 0.3, "no words name what the figure measures"
    if fig.kind == "amount" and fig.unit in COUNT_UNITS and zh in ("总数", "总量", "数量"):
        counted = _COUNTED_BEFORE.findall(sentence[:fig.start])      # 获批两家省级外贸综合服务中心，总数已达3家
        stock = re.sub(r"^(?:新增|新设立?|新批)", "", last_amount.zh) if last_amount else ""
        grew = _COUNT_GREW.findall(sentence[:fig.start])      # 外贸企业数量增加了8.6%，总数突破9500家
        if counted:
            zh = counted[-1] + zh
        elif grew:
            zh = re.sub(r"^.*(?:年|湖北省|湖北|全省|全市|武汉市|武汉|其中)", "", grew[-1]) + zh
        elif last_amount and stock != last_amount.zh:                  # 新增…企业30家，总量达到310家: all of them
            zh = stock.removesuffix("数") + zh
    if fig.kind == "amount" and fig.unit in COUNT_UNITS:      # 12台岸桥全面投用: the cranes, not the verb
        zh = _PUT_IN_USE.sub("", zh) or zh
        zh += "" if zh.endswith(("数", "量", "额")) else "数"
    en, covered = translate(zh)
    reverse = _FLOW_FIRST.match(zh)
    if reverse and fig.kind in ("amount", "growth") and not known \
            and not re.search(r"企业|额|超|时间", reverse.group(2)):          # 出口汽车 -> 汽车出口量
        zh = reverse.group(2) + reverse.group(1)
        en = translate(zh)[0] if fig.kind == "growth" else en             # 进口猪肉增长: pork imports' growth
    flow = _FLOW.match(zh)
    if flow and fig.kind == "amount" and not known:
        what, _ = translate(flow.group(1))
        volume = flow.group(3) == "量" or not flow.group(3) and "元" not in fig.unit     # 红茶出口量: in tonnes
        en = (f"{_FLOW_ONE[flow.group(2)]} volume of {what}" if volume else f"{FLOW_EN[flow.group(2)]} of {what}") \
            if what else en
        if not flow.group(3):
            zh += "额" if "元" in fig.unit else "量"
    if (price := re.match(r"^(.{2,12}?)(出口|进口)(均价|单价)$", zh)) and fig.kind == "amount" and not known:
        what, _ = translate(price.group(1))         # 红茶出口均价: average export price of black tea
        en = f"average {_FLOW_ONE[price.group(2)]} price of {what}" if what else en
    penalty, why = (0.0, "") if covered >= 0.6 else (0.15, f"metric '{zh}' not in the base's vocabulary")
    if known:
        zh, en = known.zh, known.en
    if fig.kind == "growth":
        return Metric((known.id if known else slug(zh, 30).replace("-", "_")) + "_growth", zh + "增速",
                      f"growth in {en or english(zh)}", known.topic if known else "trade"), penalty, why
    if fig.kind == "share":
        raw = re.search(r"占(?:同期)?(.*?)的?(?:比重|份额|比例)?(?:为|达到|高达|达|约|超过|提升至|升至)?$", fig.label)
        frames = [f for f in _FRAME.findall(sentence[:fig.start]) if not re.search(r"[年月度其]$", f)]
        led = _LED_BY.search(sentence[:fig.start]) if raw and raw.group(1) in ("", "比") else None
        if led:                                      # 以绿茶为主，占比77.5%: green tea's share of tea exports
            wholes = _WHOLE_LED.findall(sentence[:fig.start])
            frames, fig.label = [wholes[-1]] if wholes else frames, (led.group(1) or led.group(2)) + "占"
            zh = fig.label
        if raw and raw.group(1) in ("", "比"):       # 出口货物中，电子产品占21.7%: of the frame's whole
            target = frames[-1] if frames else ""
        else:
            target = (raw.group(1) if raw else "") or re.sub(r"^.*?占|的?比重$|的?份额$|的$|^比$", "", zh) or zh
        target = re.sub(r"^(?:占比|占|比重|份额|比例|比)+$", "", target)     # 占比重: of a whole not named
        target_en = translate(target)[0] or "the total"
        own = _share_owner(fig.label)
        if own and not target and last_amount and last_amount.zh.endswith("数") and own.zh in _SHORT_KINDS:
            # 有进出口实绩的企业7278家，其中民企占87.4%: of those firms
            target = last_amount.zh
            target_en = last_amount.en
        owner = own or last_amount or _grown_before(sentence[:fig.start])
        part = re.sub(r"占比?$", "", zh) if not owner and target and frames and target == frames[-1] else ""
        if owner:
            zh = f"{owner.zh}占{target}比重" if target else f"{owner.zh}占比"
        else:                                        # 出口货物中，…服装占11.2%: 服装占出口货物比重
            zh = f"{part}占{target}比重" if part else zh if re.search("占.", zh) else re.sub("占$", "", zh) + "占比"
        if owner:                                    # 实际使用外资占全省比重: named by what it is a share of
            penalty, why = (0.0, "") if match_metric(owner.zh) or translate(owner.zh)[1] >= 0.6 else (
                0.15, f"metric '{zh}' not in the base's vocabulary")
        en = (re.sub(r"^[A-Z][\w\- ]*'s ", "", owner.en) + f" as a share of {target_en}" if owner
              else f"{english(part)} as a share of {target_en}" if part
              else f"{english(named.group(1))} as a share of {target_en}"
              if (named := re.fullmatch(r"([\u4e00-\u9fff]{2,8})占比?", fig.label))
              else f"share of {target_en}")
        return Metric(slug(zh, 30).replace("-", "_") + "_share", zh, en, "trade"), penalty + 0.05, why
    metric = Metric(slug(zh, 30).replace("-", "_"), zh, en or english(zh), known.topic if known else "")
    if fig.kind == "amount" and (zh in _GENERIC or "投资" in zh and "元" in fig.unit):
        metric = _towards(metric, sentence[:fig.start])   # …航线…，运量1.8万标箱 / 赴港投资…，协议投资额: where
    return metric, penalty, why


def _grown_before(before: str) -> Metric | None:
    """The measure whose growth was just given (武汉片区进出口值增长43%，占全市比重达到42.2%): the share is its."""
    grew = _GREW_BY.findall(before)
    if not grew:
        return None
    known = match_metric(grew[-1])
    return known or Metric(slug(grew[-1], 20).replace("-", "_"), grew[-1], english(grew[-1]), "trade")


_SHORT_KINDS = ("民企", "外企", "国企", "台企", "港企", "外资", "内资")
_PLACE_FIRST = re.compile("|".join(sorted(map(re.escape, PLACES), key=len, reverse=True)))


def _share_owner(label: str) -> Metric | None:
    """What a share is of, when the words name it before 占 (电动汽车占出口汽车数量的61%)."""
    found = re.search(r"([\u4e00-\u9fff]{2,24})占", label)       # 与…相关的A和B占比: A和B, its own words
    words = re.sub(r"^(?:其中|而|同时|均|约)", "", found.group(1).split("的")[-1]) if found else ""
    place = _PLACE_FIRST.match(words)
    if place and words[place.end():] in _BARE_FLOWS:      # 武汉进出口值占全省三分之二: the city's own trade
        flow = words[place.end():]
        return match_metric(flow) or Metric(slug(flow, 30).replace("-", "_"), flow, english(flow), "trade")
    short = label.endswith(("占全省", "占全市", "占全国")) or words in _SHORT_KINDS      # 其中民企占87.4%
    if len(words) < (2 if short else 3) or words in _BARE_FLOWS \
            or re.search(r"[省市区国]$|全省|我省|湖北|武汉", words):     # 专利占全省: a share said before its noun
        return None
    en, covered = translate(words)
    return Metric(slug(words, 30).replace("-", "_"), words, english(words), "trade")


def _towards(metric: Metric, label: str) -> Metric:
    """The base's metric narrowed to a destination the words name: 对港货邮吞吐量 is not all cargo."""
    found = ([None] + list(_TOWARDS.finditer(label)))[-1]       # the destination nearest the figure
    if not found:
        return metric
    ends = [PARTNERS[name] for name in [found.group(1), *re.findall(PARTNER_ALT, found.group(2))]]
    zh = "、".join(next((k for k, v in PARTNERS.items() if v[0] == pid and len(k) >= 2), pid)
                  for pid, _ in ends)
    if zh in metric.zh:
        return metric
    return Metric(f"{metric.id}_to_{'_'.join(pid for pid, _ in ends)}", f"对{zh}{metric.zh}",
                  f"{metric.en} to {' and '.join(en for _, en in ends)}", metric.topic, metric.keywords)


def listed_amount(label: str, context: str, unit: str) -> str:
    """'6个市州实际使用外资过亿美元，依次是武汉68.6亿美元、襄阳7.5亿美元': an amount listed with nothing of its own
    measures what the count before it counted, without the group and the threshold (实际使用外资); '' otherwise."""
    if "元" not in unit or not context or _LISTED_AMOUNT.sub("", label).strip("，, "):
        return ""
    return _LISTED_AMOUNT.sub("", context)


def with_context(metric: Metric, context: str) -> Metric:
    """A generic metric of a sentence about something (境外经贸合作区…总产值) named after that thing."""
    if context in metric.zh or VERB_TAIL.match(context) or len(metric.zh) > 6:
        return metric                                   # 在鄂就业及创业人士 names itself
    if metric.zh.endswith("箱") and (boxes := re.search(r"集装箱(\w*)$", context)) and boxes.group(1):
        return Metric(slug(metric.zh + boxes.group(1), 30).replace("-", "_"), metric.zh + boxes.group(1),
                      f"{metric.en.removesuffix('s')} {english(boxes.group(1))}".strip(), metric.topic)   # 内贸箱吞吐量
    en, _ = translate(context)
    return Metric(slug(context + metric.zh, 30).replace("-", "_"), context + metric.zh,
                  f"{metric.en} of {en}" if en else metric.en, metric.topic)
