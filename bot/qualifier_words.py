"""Words that narrow a figure to a part of it (国际货运航线, 民营企业, 外贸吞吐量), and the words of the same
scope a fact must say to be that part."""
from __future__ import annotations

import re

# Words that narrow a figure to a part of it ("国际货运航线" is a part of all cargo routes). A fact
# that says none of the words of the same scope is a broader figure: offered as such, never the answer.
QUALIFIERS: dict[str, re.Pattern] = {     # the word before what it narrows (not 中国国际医疗器械博览会)
    "international": re.compile(r"国际(?:及|和)?(?:地区)?(?:货运|客运|全货机)?"
                                r"(?:航线|航班|线路|班列|快件|物流|货运|客运|航点|货邮|货量|旅客)|"
                                r"\binternational (?:cargo |freight |passenger |air )?"
                                r"(?:routes?|flights?|lines?|trains?|services?|shipments?|throughput|volume|"
                                r"tonnage|passengers?)\b"),
    "return": re.compile(r"回程|返程|\b(?:return|inbound|homebound) "
                         r"(?:trips?|journeys?|trains?|services?|legs?)\b"),
    "outbound": re.compile(r"去程|\boutbound (?:trips?|journeys?|trains?|services?|legs?)\b"),
    "private firms": re.compile(r"民营企业|民营经济|民企|\bprivate(?:ly[- ]owned)? (?:firms?|enterprises?|compan)"),
    "foreign-invested firms": re.compile(r"外商投资企业|外资企业|外企|\bforeign[- ]invested\b|\bforeign[- ]funded\b"),
    "state-owned firms": re.compile(r"国有企业|(?<![法美德英韩泰俄日意外中])国企|\bstate[- ]owned\b"),   # not 法国企业
    "general trade": re.compile(r"一般贸易|\bgeneral trade\b"),
    "processing trade": re.compile(r"加工贸易|\bprocessing trade\b"),
    "high-tech products": re.compile(r"高新技术产品|高技术产品|高新产品|\bhi(?:gh)?[- ]?tech(?:nology)? "
                                     r"(?:products?|prodcuts?|goods|exports?|imports?|trade)\b"),
    "mechanical and electrical products": re.compile(r"机电产品|\bmechanical and electrical\b|"
                                                     r"\belectromechanical\b"),
    "labour-intensive products": re.compile(r"劳动密集[型形]|劳密产品|\blabou?r[- ]intensive\b"),
    "agricultural products": re.compile(r"农产品|\bagricultural (?:products?|goods|exports?|imports?)\b"),
    "ships": re.compile(r"船舶(?:出口|进口|进出口|产品|订单)|造船|\bshipbuilding\b|"
                       r"\b(?:ships?|vessels?) (?:exports?|imports?|orders?)\b|"
                       r"\b(?:exports?|imports?) of (?:ships|vessels)\b"),
    "vehicles": re.compile(r"(?:汽车|整车|电动车)(?:出口|进口|进出口|销量|外贸)|"
                           r"\b(?:auto(?:mobile)?s?|cars?|vehicles?|evs?) (?:exports?|imports?|sales)\b"),
    "chips": re.compile(r"集成电路|芯片|半导体|\b(?:integrated circuits?|chips?|semiconductors?)\b"),
    "batteries": re.compile(r"锂电池|锂离子|蓄电池|\b(?:lithium|batter(?:y|ies))\b"),
    "photovoltaics": re.compile(r"光伏|太阳能电池|\b(?:photovoltaics?|solar (?:cells?|panels?|products?))\b"),
    "first-time traders": re.compile(r"首次(?:开展|有|实现)?(?:外贸|进出口)|新开口|首次出口的企业|"
                                     r"\bfirst[- ]ever (?:foreign )?trad|\bnew(?:ly)? (?:trading|exporting) "
                                     r"(?:firms?|compan|enterprises?)|"
                                     r"\b(?:traded|exported) for the first time\b"),
    "transit": re.compile(r"(?:空空)?中转|\btransit\b|\btransship|\btransfer (?:cargo|freight|goods)\b|"
                         r"\bair-to-air\b"),
    "intermodal": re.compile(r"联运|\b(?:inter|multi)[- ]?modal\b|\b(?:rail|air|road)[- ](?:sea|water|rail)\b"),
    "cross-border e-commerce": re.compile(r"跨境电商|跨境电子商务|\bcross[- ]?border e[- ]?commerce\b"),
    "service trade": re.compile(r"服务贸易|服务进出口|\bservices? trade\b|\btrade in services\b"),
    "bonded logistics": re.compile(r"保税物流(?!中心|园|仓|区)|\bbonded logistics\b(?! (?:cent|park|zone))"),
    "auto parts": re.compile(r"汽车零部件|汽车零配件|汽车配件|\b(?:auto|car|vehicle) (?:parts|components)\b"),
    "electric vehicles": re.compile(r"(?:电动|新能源)(?:载人)?(?:汽车|乘用车)|\b(?:electric|new[- ]energy) "
                                    r"(?:passenger )?(?:cars?|vehicles?)\b"),
    "overseas firms": re.compile(r"境外(?:世界)?500强|境外(?:企业|公司)|\boverseas (?:fortune|global 500)|"
                                r"\bforeign fortune|\boverseas (?:\([^)]{1,20}\) )?(?:companies|firms)\b"),
    "foreign-trade cargo": re.compile(r"外贸(?:货物|货运)?(?:吞吐量|吞吐|货运量|集装箱|箱)|"
                                      r"\bforeign[- ]trade (?:cargo|containers?|boxe?s?|throughput|freight)"),
    "domestic-trade cargo": re.compile(r"内贸(?:货物|货运)?(?:吞吐量|吞吐|货运量|集装箱|箱)|"
                                       r"\bdomestic[- ]trade "
                                       r"(?:cargo|containers?|boxe?s?|throughput|freight)"),
    "construction": re.compile(r"建筑业|建筑领域|\bconstruction (?:sector|industry)\b"),
    # manufacturing projects are the sector's; a manufacturing town, base or (one) project is no sector
    "manufacturing": re.compile(r"制造业|(?<![-\w])manufactur(?:ing)?\b(?!\s*(?:town|belt|base|park|zone|hub|"
                                r"cluster|cent(?:er|re)|line|plant|project\b))"),
    "services sector": re.compile(r"服务业|服务领域|\bservices? (?:sector|industry|industries)\b"),
    "financial sector": re.compile(r"金融业|金融领域|\bfinanc(?:e|ial) (?:sect[oe]r|industry)\b"),   # secter
    "real estate": re.compile(r"房地产|\breal estate\b|\bproperty sector\b"),
    "joint ventures": re.compile(r"中外合资|中外合作|合资企业|合资项目|\bjoint[- ]ventures?\b"),
    "wholly foreign-owned": re.compile(r"独资|\bwholly[- ](?:foreign[- ])?owned\b"),
    "steel": re.compile(r"钢材|钢铁|\bsteel\b"),
    "textiles and garments": re.compile(r"纺织|服装|\btextiles?\b|\bgarments?\b|\bapparel\b|\bclothing\b"),
    "phones": re.compile(r"(?<!平板)(?<!平板和)(?<!平板、)(?<!电脑)(?<!电脑和)(?<!电脑、)手机(?!\s*(?:和|、|与|及|/)?\s*"
                         r"(?:平板|电脑|笔记本|pc))|\b(?:mobile|smart|cell)[- ]?phones?\b"
                         r"(?!\s*(?:and|,|/)\s*(?:tablets?|laptops?|computers?|pcs?)\b)"),   # 手机平板: products
    "biomedicine": re.compile(r"生物医药|\bbio-?medic(?:ine|al)\b|\bbiopharma"),
    "domestic": re.compile(r"国内(?:货运|客运)?(?:航线|航班|线路|市场|销售|销量)|内销|\bdomestic(?:ally)? "
                           r"(?:cargo |freight |passenger )?"
                           r"(?:routes?|flights?|lines?|market|sales|sold)\b"),
}
# Any qualifier at all, in one pass (most questions say none).
ANY_QUALIFIER = re.compile("|".join(f"(?:{p.pattern})" for p in QUALIFIERS.values()))
# One leg of a trip: a figure for the other leg is another figure; one for both legs (往返) is broader;
# a count of trains naming no leg may be the leg asked, and is not judged.
OTHER_LEG = {"return": "outbound", "outbound": "return"}
# A scope whose opposite a fact may say instead (国内 for 国际): that fact is another figure, not a broader one.
OPPOSITE = {"international": ("国内", "domestic"), "domestic": ("国际", "international"),
            "foreign-trade cargo": ("内贸", "domestic trade", "domestic-trade"),
            "domestic-trade cargo": ("外贸", "foreign trade", "foreign-trade")}
ROUND_TRIP = re.compile(r"往返|双向|round[- ]trips?|both (?:ways|directions)")
QUALIFIER_SCOPE: dict[str, tuple[str, ...]] = {
    "international": ("国际", "境外", "海外", "出境", "入境", "外贸", "跨境", "进出口", "出口", "进口",
                      "一带一路", "中欧", "international", "overseas", "foreign", "abroad", "cross-border",
                      "export", "import", "belt and road"),
    "overseas firms": ("境外", "overseas", "foreign"),
    "foreign-trade cargo": ("外贸", "foreign-trade", "foreign trade", "international"),
    "domestic-trade cargo": ("内贸", "domestic-trade", "domestic trade"),
    "transit": ("中转", "transit", "transship", "transfer", "air-to-air"),
    "return": ("回程", "返程", "return", "inbound", "homebound"),
    "outbound": ("去程", "始发", "出发", "outbound", "departure", "depart"),
    "private firms": ("民营", "民企", "private"),
    "foreign-invested firms": ("外商投资", "外资", "外企", "foreign-invested", "foreign-funded", "foreign invested"),
    "state-owned firms": ("国有", "国企", "state-owned", "state owned"),
    "general trade": ("一般贸易", "general trade"),
    "processing trade": ("加工贸易", "processing trade"),
    "high-tech products": ("高新技术", "高技术", "高新产品", "high-tech", "high tech", "hi-tech",
                           "high-technology"),
    "mechanical and electrical products": ("机电", "mechanical and electrical", "electromechanical"),
    "labour-intensive products": ("劳动密集", "劳密", "labour-intensive", "labor-intensive", "labour intensive"),
    "agricultural products": ("农产品", "农业", "agricultural", "agri-food", "farm"),
    "ships": ("船", "ship", "vessel"),
    "vehicles": ("汽车", "整车", "车", "auto", "car", "vehicle", "ev"),
    "chips": ("集成电路", "芯片", "半导体", "integrated circuit", "chip", "semiconductor"),
    "batteries": ("电池", "锂", "lithium", "batter"),
    "photovoltaics": ("光伏", "太阳能", "photovoltaic", "solar"),
    "first-time traders": ("新开口", "首次", "新增", "开口", "first", "new"),
    "domestic": ("国内", "内贸", "内销", "全国", "中国", "国产", "domestic", "national", "china", "chinese"),
    "intermodal": ("联运", "intermodal", "multimodal", "multi-modal"),
    "cross-border e-commerce": ("跨境电商", "跨境电子商务", "cross-border e-commerce", "e-commerce"),
    "service trade": ("服务贸易", "服务进出口", "服务外包", "service"),
    "bonded logistics": ("保税物流", "bonded logistics"),
    "auto parts": ("零部件", "零配件", "配件", "parts", "components"),
    "electric vehicles": ("电动", "新能源", "新三样", "electric", "new energy", "new-energy"),
    "construction": ("建筑", "construction"),
    "manufacturing": ("制造", "工业", "manufactur", "industrial"),
    "services sector": ("服务业", "服务领域", "服务贸易", "service"),
    "financial sector": ("金融", "financ"),
    "real estate": ("房地产", "real estate", "property"),
    "wholly foreign-owned": ("独资", "wholly"),
    "joint ventures": ("合资", "合作", "joint venture"),
    "steel": ("钢", "steel"),
    "textiles and garments": ("纺织", "服装", "服饰", "textile", "garment", "apparel", "clothing"),
    "phones": ("手机", "phone"),
    "biomedicine": ("生物医药", "医药", "biomedic", "biopharma", "pharma"),
}
