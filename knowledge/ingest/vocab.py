"""One vocabulary of metrics across articles (the base's names), partners, and a small glossary."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pypinyin import lazy_pinyin

from ..glossary import GLOSSARY


@dataclass(frozen=True)
class Metric:
    """A metric: id, Chinese and English names, topic and keywords."""
    id: str
    zh: str
    en: str
    topic: str
    keywords: tuple[str, ...] = field(default=())


# (pattern on the words before a figure, metric). First match wins: specific before general.
METRICS: list[tuple[re.Pattern, Metric]] = [(re.compile(p), m) for p, m in [
    (r"机电产品.*出口|出口机电产品", Metric("electromechanical_exports", "机电产品出口额",
                          "exports of mechanical and electrical products", "trade", ("机电产品", "机电出口"))),
    (r"高新技术产品.*进出口", Metric("high_tech_products_trade", "高新技术产品进出口额",
                             "imports and exports of high-tech products", "trade", ("高新技术产品",))),
    (r"高新技术产品.*出口", Metric("high_tech_products_exports", "高新技术产品出口额",
                            "exports of high-tech products", "trade", ("高新技术产品", "高技术产品出口"))),
    (r"新三样", Metric("new_three_exports", "“新三样”产品出口额", "exports of the 'new three' products "
                      "(electric vehicles, lithium batteries, solar cells)", "trade",
                      ("新三样", "电动汽车", "锂电池", "太阳能电池", "new three"))),
    (r"(?:劳动密集型|劳密)产品.*出口", Metric("labour_intensive_exports", "劳动密集型产品出口额",
                             "exports of labour-intensive products", "trade", ("劳动密集型产品",))),
    (r"农产品.*出口", Metric("agricultural_exports", "农产品出口额", "exports of agricultural products",
                        "trade", ("农产品",))),
    (r"跨境电商.*(进出口|交易|贸易)", Metric("cbec_trade", "跨境电商进出口额",
                                   "cross-border e-commerce imports and exports", "trade",
                                   ("跨境电商", "cross-border e-commerce"))),
    (r"民营企业.*进出口", Metric("private_firms_trade", "民营企业进出口额",
                           "imports and exports of private firms", "trade", ("民营企业", "民企"))),
    (r"外商投资企业.*进出口|外资企业.*进出口", Metric("foreign_invested_firms_trade", "外商投资企业进出口额",
                                          "imports and exports of foreign-invested firms", "trade",
                                          ("外商投资企业", "外资企业"))),
    (r"国有企业.*进出口", Metric("state_owned_firms_trade", "国有企业进出口额",
                           "imports and exports of state-owned firms", "trade", ("国有企业", "国企"))),
    (r"^[^进]*出口[^，]*(?:高于全国|高出全国|比全国高|快于全国|比全国快)",
     Metric("exports_growth_above_national", "出口增速高于全国",
                                          "export growth margin above the national rate", "trade",
                                          ("出口增速", "高于全国", "export growth"))),
    (r"^[^出]*进口[^，]*(?:高于全国|高出全国|比全国高|快于全国|比全国快)",
     Metric("imports_growth_above_national", "进口增速高于全国",
                                          "import growth margin above the national rate", "trade",
                                          ("进口增速", "高于全国", "import growth"))),
    (r"高于全国|比全国高|快于全国|比全国快|高出(?:同期)?全国|[比较](?:同期)?全国(?:整体)?(?:平均)?(?:水平)?(?:高出|高|快)",
     Metric("growth_above_national", "进出口增速高于全国", "growth margin above the "
                                          "national rate", "trade",
                                          ("增速", "高于全国", "growth rate", "进出口", "总体", "外贸"))),
    (r"^[^进]*出口[^，]*(?:低于全国|比全国低|慢于全国)",
     Metric("exports_growth_below_national", "出口增速低于全国", "export growth margin below the national rate",
            "trade", ("出口增速", "低于全国", "export growth", "below"))),
    (r"^[^出]*进口[^，]*(?:低于全国|比全国低|慢于全国)",
     Metric("imports_growth_below_national", "进口增速低于全国", "import growth margin below the national rate",
            "trade", ("进口增速", "低于全国", "import growth", "below"))),
    (r"低于全国|比全国低|慢于全国|[比较](?:同期)?全国(?:整体)?(?:平均)?(?:水平)?(?:低|慢)",
     Metric("growth_below_national", "进出口增速低于全国", "growth margin below the national rate", "trade",
            ("增速", "低于全国", "growth rate", "进出口", "外贸", "below"))),
    (r"服务贸易", Metric("services_trade", "服务贸易进出口额", "trade in services", "trade",
                     ("服务贸易", "services trade", "trade in services"))),
    (r"一般贸易", Metric("general_trade", "一般贸易进出口额", "general trade imports and exports", "trade",
                     ("一般贸易",))),
    (r"加工贸易", Metric("processing_trade", "加工贸易进出口额", "processing trade imports and exports",
                     "trade", ("加工贸易",))),
    (r"有进出口实绩|进出口实绩|外贸实绩", Metric("firms_with_trade_record", "有进出口实绩的企业数",
                                     "firms with actual import and export records", "trade",
                                     ("外贸企业", "实绩企业", "foreign trade firms"))),
    (r"实际使用外资|实际利用外资|实际使用外商", Metric("fdi_utilised", "实际使用外资",
                                      "foreign direct investment actually used", "investment",
                                      ("外资", "利用外资", "FDI", "foreign investment"))),
    (r"新设外商投资企业|新设外资企业", Metric("new_foreign_invested_enterprises", "新设外商投资企业数",
                                  "newly established foreign-invested enterprises", "investment",
                                  ("外资企业", "外商投资", "foreign-invested firms"))),
    (r"对外承包工程.*新签合同|新签合同额", Metric("overseas_contracting_new_contracts", "对外承包工程新签合同额",
                                      "value of new overseas contracting contracts", "investment",
                                      ("对外承包工程", "新签合同", "overseas contracting"))),
    (r"对外(工程)?承包(工程)?.*(完成|营业额)", Metric("overseas_contracting_turnover", "对外承包工程完成营业额",
                                             "overseas contracting turnover", "investment",
                                             ("对外承包工程", "营业额", "overseas contracting"))),
    (r"对外(直接|实际)?投资", Metric("odi_actual", "对外实际投资额", "outward direct investment",
                               "investment", ("对外投资", "走出去", "ODI", "outward investment"))),
    (r"地区生产总值|GDP", Metric("gdp", "地区生产总值（GDP）", "GDP", "economy", ("GDP", "经济总量"))),
    (r"国际.*货邮吞吐量", Metric("international_cargo_throughput", "国际货邮吞吐量",
                            "international cargo and mail throughput", "logistics", ("国际货运", "货邮"))),
    (r"(?<!港口)货物吞吐量", Metric("port_cargo_throughput", "货物吞吐量", "cargo throughput", "logistics",
                      ("货物吞吐量", "货运量", "cargo", "tonnes"))),
    (r"货邮吞吐量|货运吞吐量|货邮量", Metric("cargo_throughput", "货邮吞吐量", "cargo and mail throughput",
                              "logistics", ("货邮", "货运量", "cargo"))),
    (r"集装箱.*吞吐量|集装箱|箱量", Metric("container_throughput", "集装箱吞吐量", "container throughput",
                             "logistics", ("集装箱", "标箱", "TEU", "containers"))),
    (r"(?:搭载|运送|发送|装载)(?:了)?标箱|标箱(?:数|量)", Metric("teu_carried", "运送标箱量", "TEUs carried", "logistics",
                                                   ("标箱", "集装箱", "TEU", "containers"))),
    (r"(?:发送|运送|承运|发运)(?:了)?货物|货物(?:发送|运送)量|货重", Metric("cargo_sent", "发送货物量", "cargo sent",
                                                            "logistics", ("货物", "货量", "cargo", "tonnes"))),
    (r"旅客吞吐量", Metric("passenger_throughput", "旅客吞吐量", "passenger throughput", "logistics",
                      ("旅客", "passengers"))),
    (r"客运航线", Metric("passenger_routes", "客运航线数", "passenger routes", "logistics",
                     ("客运航线", "passenger routes"))),
    (r"国内.*货运航线", Metric("domestic_cargo_routes", "国内货运航线数", "domestic cargo routes",
                             "logistics", ("国内航线", "domestic routes"))),
    (r"国际.*货运航线", Metric("international_cargo_routes", "国际货运航线数",
                             "international cargo routes", "logistics",
                             ("国际航线", "international routes"))),
    (r"货运航线", Metric("cargo_routes", "货运航线数", "number of cargo routes", "logistics",
                     ("航线", "routes"))),
    # Routes not said to carry cargo (天河机场运营国际及地区航线21条): all of them, passenger routes too.
    (r"国内.*航线", Metric("domestic_routes", "国内航线数", "domestic routes", "logistics",
                        ("国内航线", "domestic routes"))),
    (r"国际.*航线", Metric("international_routes", "国际航线数", "international routes", "logistics",
                        ("国际航线", "international routes"))),
    (r"航线", Metric("routes", "航线数", "number of routes", "logistics", ("航线", "routes"))),
    (r"航线.*开行|开行.*航线|航次", Metric("sailings", "航线开行班次", "sailings", "logistics",
                                     ("航线", "班次", "sailings", "voyages"))),
    (r"货运航班|全货机航班", Metric("cargo_flights", "货运航班量", "cargo flights", "logistics", ("航班", "flights"))),
    (r"航班|执飞", Metric("flights", "航班量", "flights", "logistics", ("航班", "flights"))),
    (r"去程|发出|开出|始发|出境|西行", Metric("outbound_trains", "去程开行列数", "outbound trains (departing)", "logistics",
                                  ("去程", "发出", "始发", "outbound", "departing"))),
    (r"回程|返程|到达|入境|东行", Metric("return_trains", "回程开行列数", "return trains (arriving)", "logistics",
                                  ("回程", "返程", "到达", "return", "inbound"))),
    (r"开行.*(班列|列)|班列.*开行|开行|班列", Metric("trains_run_total", "开行列数", "trains run", "logistics",
                                       ("班列", "开行", "trains"))),
    (r"线路", Metric("routes_opened", "累计开通线路数", "routes opened", "logistics", ("线路", "routes"))),
    (r"(辐射|通达|连接|覆盖).*国家", Metric("countries_reached", "辐射国家数", "countries reached", "logistics",
                                   ("国家", "countries"))),
    (r"(辐射|通达|连接|覆盖).*城市", Metric("cities_reached", "辐射城市数", "cities reached", "logistics",
                                   ("城市", "cities"))),
    (r"开放口岸|口岸数|^口岸$", Metric("open_ports", "获批开放口岸数", "open ports of entry", "policy", ("口岸", "ports"))),
    (r"综合保税区|综保区", Metric("comprehensive_bonded_zones", "综合保税区数", "comprehensive bonded zones",
                             "policy", ("综保区", "bonded zones"))),
    (r"国家级经开区|国家级经济技术开发区", Metric("national_etdz", "国家级经开区数",
                                     "national economic and technological development zones", "policy",
                                     ("经开区", "development zones"))),
    (r"跨境电商综试区|跨境电子商务综合试验区", Metric("cbec_comprehensive_pilot_zones", "跨境电商综试区数",
                                        "cross-border e-commerce comprehensive pilot zones", "policy",
                                        ("综试区", "跨境电商"))),
    (r"^(货物贸易|货物|外贸|对外贸易)?(进出口|贸易)(总值|总额|额|值|规模)?$|^(外贸|货物贸易)(总值|总额|额|规模)?$|"
     r"^(外贸|货物贸易|对外贸易)?进出口(总值|总额|额|值|规模)$",
     Metric("foreign_trade_total", "进出口总值", "total foreign trade (imports and exports)", "trade",
            ("进出口", "外贸", "进出口总额", "外贸总额", "foreign trade", "imports and exports", "total trade"))),
    (r"^(货物贸易|货物|外贸|对外贸易)?出口(总值|总额|额|值|规模)?$", Metric("exports", "出口额", "exports", "trade",
                                           ("出口", "出口额", "exports"))),
    (r"^(货物贸易|货物|外贸|对外贸易)?进口(总值|总额|额|值|规模)?$", Metric("imports", "进口额", "imports", "trade",
                                           ("进口", "进口额", "imports"))),
]]

# Trade partners: Chinese name -> (entity id, English name). The base's own entities are preferred.
PARTNERS: dict[str, tuple[str, str]] = {
    "东盟": ("asean", "ASEAN"), "欧盟": ("eu", "the EU"), "美国": ("united-states", "the United States"),
    "日本": ("japan", "Japan"), "韩国": ("south-korea", "South Korea"), "俄罗斯": ("russia", "Russia"),
    "非洲": ("africa", "Africa"), "拉美": ("latin-america", "Latin America"),
    "拉丁美洲": ("latin-america", "Latin America"), "中东": ("middle-east", "the Middle East"),
    "共建“一带一路”国家": ("belt-and-road", "Belt and Road partner countries"),
    "共建一带一路国家": ("belt-and-road", "Belt and Road partner countries"),
    "“一带一路”沿线国家": ("belt-and-road", "Belt and Road partner countries"),
    "一带一路沿线国家": ("belt-and-road", "Belt and Road partner countries"),
    "“一带一路”共建国家": ("belt-and-road", "Belt and Road partner countries"),
    "一带一路共建国家": ("belt-and-road", "Belt and Road partner countries"),
    "“一带一路”国家": ("belt-and-road", "Belt and Road partner countries"),
    "德国": ("germany", "Germany"), "英国": ("united-kingdom", "the United Kingdom"),
    "法国": ("france", "France"), "印度": ("india", "India"), "越南": ("vietnam", "Vietnam"),
    "泰国": ("thailand", "Thailand"), "马来西亚": ("malaysia", "Malaysia"),
    "印度尼西亚": ("indonesia", "Indonesia"), "印尼": ("indonesia", "Indonesia"),
    "新加坡": ("singapore", "Singapore"), "菲律宾": ("philippines", "the Philippines"),
    "澳大利亚": ("australia", "Australia"), "巴西": ("brazil", "Brazil"), "智利": ("chile", "Chile"),
    "墨西哥": ("mexico", "Mexico"), "沙特": ("saudi-arabia", "Saudi Arabia"),
    "阿联酋": ("uae", "the UAE"), "哈萨克斯坦": ("kazakhstan", "Kazakhstan"), "中亚": ("central-asia", "Central Asia"),
    "中亚五国": ("central-asia", "Central Asia"), "香港": ("hong-kong", "Hong Kong"),
    "港": ("hong-kong", "Hong Kong"), "澳门": ("macao", "Macao"), "澳": ("macao", "Macao"),   # 对港出口
    "上合组织相关国家": ("sco", "SCO countries"), "上合组织国家": ("sco", "SCO countries"),
    "上海合作组织相关国家": ("sco", "SCO countries"), "上合组织": ("sco", "SCO countries"),
    "台湾": ("taiwan", "Taiwan"), "金砖国家": ("brics", "BRICS countries"), "RCEP成员国": ("rcep", "RCEP members"),
    "RCEP其他成员国": ("rcep", "RCEP members"), "RCEP其他成员": ("rcep", "RCEP members"),
    "RCEP成员": ("rcep", "RCEP members"),
    "欧洲": ("europe", "Europe"), "北美": ("north-america", "North America"),
    "南美": ("south-america", "South America"),
    "中亚国家": ("central-asia", "Central Asia"), "上合组织国家": ("sco", "SCO countries"),
    "传统市场": ("traditional-markets", "traditional markets"), "新兴市场": ("emerging-markets", "emerging markets"),
    "中国台湾": ("taiwan", "Taiwan"), "中国香港": ("hong-kong", "Hong Kong"), "中国澳门": ("macao", "Macao"),
    "加拿大": ("canada", "Canada"), "意大利": ("italy", "Italy"), "荷兰": ("netherlands", "the Netherlands"),
    "西班牙": ("spain", "Spain"), "瑞士": ("switzerland", "Switzerland"), "瑞典": ("sweden", "Sweden"),
    "比利时": ("belgium", "Belgium"), "以色列": ("israel", "Israel"), "土耳其": ("turkey", "Turkey"),
    "南非": ("south-africa", "South Africa"), "埃及": ("egypt", "Egypt"), "尼日利亚": ("nigeria", "Nigeria"),
    "新西兰": ("new-zealand", "New Zealand"), "阿根廷": ("argentina", "Argentina"), "秘鲁": ("peru", "Peru"),
    "伊朗": ("iran", "Iran"), "巴基斯坦": ("pakistan", "Pakistan"), "孟加拉国": ("bangladesh", "Bangladesh"),
    "乌兹别克斯坦": ("uzbekistan", "Uzbekistan"), "白俄罗斯": ("belarus", "Belarus"),
    "波兰": ("poland", "Poland"), "匈牙利": ("hungary", "Hungary"), "捷克": ("czechia", "Czechia"),
    "柬埔寨": ("cambodia", "Cambodia"), "老挝": ("laos", "Laos"), "缅甸": ("myanmar", "Myanmar"),
    "卡塔尔": ("qatar", "Qatar"), "奥地利": ("austria", "Austria"), "丹麦": ("denmark", "Denmark"),
    "挪威": ("norway", "Norway"), "芬兰": ("finland", "Finland"), "葡萄牙": ("portugal", "Portugal"),
    "爱尔兰": ("ireland", "Ireland"), "乌克兰": ("ukraine", "Ukraine"),
}
# Every partner's name, longest first: one alternation for the patterns that read partners in a sentence.
PARTNER_ALT = "|".join(sorted(map(re.escape, PARTNERS), key=len, reverse=True))
PARTNER_NAME = re.compile(PARTNER_ALT)


def partner_name(zh: str) -> str:
    """A partner's full Chinese name for a short one (港 -> 香港), the name itself when it is full."""
    pid = PARTNERS[zh][0]
    return next((k for k, v in PARTNERS.items() if v[0] == pid and len(k) >= 2 and "“" not in k), zh) \
        if len(zh) < 2 else zh


def partner_names(zh: str) -> tuple[str, str]:
    """A partner's full Chinese name and its English name (港 -> 香港, Hong Kong), for keywords."""
    return partner_name(zh), PARTNERS[zh][1].removeprefix("the ")


# More names for new partner entities, so questions in English find them.
PARTNER_ALIASES: dict[str, list[str]] = {
    "united-states": ["US", "USA", "U.S.", "America", "American"], "eu": ["EU", "European Union", "欧洲联盟"],
    "asean": ["ASEAN", "东南亚国家联盟"], "united-kingdom": ["UK", "Britain", "British"],
    "belt-and-road": ["一带一路", "共建一带一路国家", "Belt and Road", "BRI countries"],
    "south-korea": ["Korea", "Korean"], "japan": ["Japanese"], "russia": ["Russian"], "germany": ["German"],
    "latin-america": ["拉美", "拉丁美洲"], "middle-east": ["中东"], "africa": ["African"],
    "uae": ["United Arab Emirates", "阿拉伯联合酋长国"], "central-asia": ["中亚五国", "中亚国家"],
    "rcep": ["RCEP", "RCEP成员国", "RCEP members"], "brics": ["BRICS", "金砖国家"],
    "sco": ["SCO", "上合组织", "上合组织国家", "上海合作组织", "Shanghai Cooperation Organisation"],
    "hong-kong": ["HK", "Hongkong", "对港", "赴港", "在港", "来港", "访港", "香港特区"], "macao": ["Macau"],
}

# 对第一大贸易伙伴东盟进出口: the partner after its rank among partners.
PARTNER_RANK = r"(?:(?:第[一二三四五六七八九十\d]|最)大(?:贸易伙伴|出口市场|进口来源地))?"
PARTNER_RE = re.compile(r"(?:(?:对|与|同|和)" + PARTNER_RANK + r"|(?<=[，,：:])(?:其中[，,]?)?"
                        + PARTNER_RANK.removesuffix("?") + r"|^(?:其中[，,]?)?" + PARTNER_RANK.removesuffix("?")
                        + r")("
                        + "|".join(sorted(map(re.escape, PARTNERS), key=len, reverse=True))
                        + r")(?:[（(][^）)]{0,30}[）)])?(?:的|之间的?)?(?:货物贸易|货物|贸易)?(进出口|贸易|出口|进口)")

# Words of metric labels, for English metric names of figures the vocabulary above does not know.
# Partners and places in a label are named in English too (至德国杜伊斯堡 -> Germany).
GLOSSARY.update({zh: en.removeprefix("the ") for zh, (_, en) in PARTNERS.items() if len(zh) >= 2
                 and zh not in GLOSSARY})
_GLOSS_RE = re.compile("|".join(sorted(map(re.escape, GLOSSARY), key=len, reverse=True)))


_COUNTS = {"open_ports", "comprehensive_bonded_zones", "national_etdz", "cbec_comprehensive_pilot_zones",
           "cargo_routes", "international_cargo_routes", "domestic_cargo_routes", "routes_opened",
           "countries_reached", "cities_reached", "firms_with_trade_record",
           "new_foreign_invested_enterprises", "trains_run_total", "cargo_flights", "flights", "sailings",
           "passenger_routes", "routes", "international_routes", "domestic_routes"}
_VOLUMES = {"cargo_throughput", "international_cargo_throughput", "container_throughput",
            "port_cargo_throughput", "passenger_throughput", "teu_carried", "cargo_sent"}
_COUNT_WORDS = ("个", "家", "条", "项", "列", "班", "班次", "架次", "航次", "座", "批", "名", "位", "场", "次")


def match_metric(label: str, unit: str = "") -> Metric | None:
    """The base's metric for the words before a figure (and one that can be counted in its unit), or None."""
    for pattern, metric in METRICS:
        if pattern.search(label):
            if unit and not _fits(metric.id, unit):
                continue                     # 国内航线每日执飞14架次: flights, not routes
            return metric
    return None


# Counts whose unit says what is counted: routes in 条, flights in 架次 or 班, trains in 列.
_COUNTED_IN = {"cargo_routes": ("条", "个"), "international_cargo_routes": ("条", "个"),
               "domestic_cargo_routes": ("条", "个"), "passenger_routes": ("条", "个"),
               "routes": ("条", "个"), "international_routes": ("条", "个"), "domestic_routes": ("条", "个"),
               "routes_opened": ("条", "个"),
               "cargo_flights": ("架次", "班", "班次", "万架次"), "flights": ("架次", "班", "班次", "万架次"),
               "trains_run_total": ("列", "趟", "万列", "班列"), "outbound_trains": ("列", "趟", "万列"),
               "return_trains": ("列", "趟", "万列"), "sailings": ("班", "班次", "航次", "艘次")}


# Words around a base metric's own that do not narrow it (货物贸易进出口, 累计开行, 机场货邮吞吐量).
_NEUTRAL = re.compile(r"金额|货物贸易|对外贸易|货物|外贸|累计|合计|总计|共计|共|总|全年|当月|单月|实现|完成|规模|数量|目前|已|现有|"
                      r"机场|港口|口岸|全省|全市|及地区|和地区|地区|国际|国内|运输|发送|运送|的|了|其|开通|新开通|有|(?<!直)达|为|"
                      r"量|额|数|值|开行|开往|发往|班列|列|等|全球|整体|平均水平|总体")


def _pieces(name: str) -> set[str]:
    """Every run of two or more characters of a name (进出口 and 一般贸易 in 一般贸易进出口额)."""
    return {name[i:j] for i in range(len(name)) for j in range(i + 2, len(name) + 1)}


def _uncovered(label: str, words: set[str]) -> str:
    """The characters of a label outside every occurrence of the words (overlaps too, in no order)."""
    covered = [False] * len(label)
    for word in filter(None, words):
        for m in re.finditer(re.escape(word), label):
            covered[m.start():m.end()] = [True] * len(word)
    return "".join(c for c, hit in zip(label, covered) if not hit)


def narrowing(label: str, metric: Metric) -> str:
    """The words of a label besides the base metric's own that narrow it (去程, 高技术产业), or ''."""
    for pattern, known in METRICS:
        if known.id == metric.id:
            if not pattern.search(label):
                return ""
            own = {*re.findall(r"[\u4e00-\u9fff]+", pattern.pattern), *metric.keywords,
                   *_pieces(metric.zh)}
            rest = _uncovered(label, own)
            rest = _NEUTRAL.sub("", re.sub(r"[“”\"'\s+]", "", rest))
            return rest if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2 else ""
    return ""


def _fits(metric_id: str, unit: str) -> bool:
    """Whether a metric of the base is measured in this unit: money in 元, counts in 个/家/条, volumes in 吨."""
    unit = unit.split("/")[0]                     # 21 班/周: counted in 班, per week
    money = "元" in unit
    if metric_id in _COUNTED_IN:
        return unit in _COUNTED_IN[metric_id]
    if metric_id in _COUNTS:
        return not money and "吨" not in unit and "标箱" not in unit
    if metric_id in _VOLUMES:                   # 集装箱航线9条 counts routes, 航程1800公里 is no volume
        return not money and (unit in ("%", "个百分点", "倍", "") or bool(re.search(r"吨|箱|TEU|人次|件|票", unit)))
    return money or unit in ("%", "个百分点", "倍", "")


def translate(label: str) -> tuple[str, float]:
    """An English rendering of a metric label from the glossary, and the share of it covered."""
    words = [(m.start(), m.end(), GLOSSARY[m.group(0)]) for m in _GLOSS_RE.finditer(label)]
    covered = sum(e - s for s, e, _ in words)
    cjk = len(re.findall(r"[\u4e00-\u9fff]", label)) or 1
    english = re.sub(r"\b(\w+)(?: \1\b)+", r"\1", " ".join(w for _, _, w in words))     # 通关时间用时: time once
    english = re.sub(r"^(.+) number$", r"number of \1", english)   # 航次数
    return english, min(1.0, covered / cjk)



def english(label: str, fallback: str = "figure") -> str:
    """A label in English, never in Chinese: the glossary's words of it, or the fallback when it has none."""
    return translate(label)[0] or fallback


# Characters that join words and name nothing (的, 和, 已): dropped when a label is put in English.
_JOINERS = re.compile(r"[的和及与或在已现将被对从由为之其等了至到“”\"'《》、，]+")
_SMALL = {"两": "two", "三": "three", "四": "four", "五": "five", "六": "six", "七": "seven", "八": "eight"}


def english_words(label: str) -> str:
    """A narrowing label in English: the glossary's words, a small count (三个) in words, and the rest
    (a name such as 迪拜 or 吴家山) in pinyin, in the label's order; never Chinese."""
    parts: list[str] = []
    pos = 0
    for m in [*_GLOSS_RE.finditer(label), None]:
        gap = _JOINERS.sub(" ", label[pos:m.start() if m else len(label)])
        for run in re.findall(r"[\u4e00-\u9fff]{2,}|[A-Za-z0-9][A-Za-z0-9.&-]*", gap):
            count = re.fullmatch(r"([两三四五六七八])(?:个|家|地|大)", run)
            parts.append(_SMALL[count.group(1)] if count else pinyin_name(run))
        if m:
            parts.append(GLOSSARY[m.group(0)])
            pos = m.end()
    return " ".join(parts)


def pinyin_name(label: str) -> str:
    """A name the glossary does not know (迪拜) in pinyin, two syllables a word: Dibai."""
    syllables = lazy_pinyin(re.sub(r"[^\u4e00-\u9fff]", "", label))
    return " ".join("".join(syllables[i:i + 2]).capitalize() for i in range(0, len(syllables), 2))
