"""English names of new entities made of their parts: known places (Hubei's cities, places on routes), one-
character places of a pair (鄂港), kinds of organisation (有限公司, 综合保税区), words of names and of the
glossary; pinyin only for what none of them knows."""
from __future__ import annotations

import re

from pypinyin import lazy_pinyin

from ..glossary import GLOSSARY, PLACES_EN
from .gazetteer import COUNTIES

# Hubei's cities and a few places, for entities the base does not have yet.
PLACES: dict[str, tuple[str, str, str]] = {
    "襄阳": ("xiangyang", "Xiangyang", "region"), "宜昌": ("yichang", "Yichang", "region"),
    "黄石": ("huangshi", "Huangshi", "region"), "十堰": ("shiyan", "Shiyan", "region"),
    "荆州": ("jingzhou", "Jingzhou", "region"), "荆门": ("jingmen", "Jingmen", "region"),
    "孝感": ("xiaogan", "Xiaogan", "region"), "黄冈": ("huanggang", "Huanggang", "region"),
    "咸宁": ("xianning", "Xianning", "region"), "随州": ("suizhou", "Suizhou", "region"),
    "恩施": ("enshi", "Enshi", "region"), "仙桃": ("xiantao", "Xiantao", "region"),
    "天门": ("tianmen", "Tianmen", "region"), "潜江": ("qianjiang", "Qianjiang", "region"),
    "武汉新港": ("wuhan-new-port", "Wuhan New Port", "hub"), "武汉港": ("wuhan-port", "Wuhan Port", "hub"),
    "香港": ("hong-kong", "Hong Kong", "region"),
    "湖北省": ("hubei", "Hubei Province", "region"), "湖北": ("hubei", "Hubei Province", "region"),
    "全省": ("hubei", "Hubei Province", "region"), "我省": ("hubei", "Hubei Province", "region"),
    "武汉市": ("wuhan", "Wuhan", "region"), "武汉": ("wuhan", "Wuhan", "region"),
    **COUNTIES,                                       # 新洲区, 宜都市…
}
SUFFIX_EN = [("股份有限公司", "Co., Ltd."), ("有限责任公司", "Co., Ltd."), ("有限公司", "Co., Ltd."),
              ("集团", "Group"), ("国际机场", "International Airport"), ("机场", "Airport"),
              ("物流园", "Logistics Park"), ("产业园", "Industrial Park"), ("综合保税区", "Comprehensive Bonded Zone"),
              ("保税物流中心", "Bonded Logistics Centre"), ("出口基地", "Export Base"), ("服务中心", "Service Centre"),
              ("物流中心", "Logistics Centre"), ("研发中心", "R&D Centre"), ("创新中心", "Innovation Centre"),
              ("货运枢纽", "Cargo Hub"), ("临港经济区", "Port Economic Zone"), ("铁路口岸", "Railway Port"), ("航空口岸", "Air Port of Entry"),
              ("水运口岸", "Waterway Port of Entry"), ("片区", "Area"), ("新港", "New Port"), ("港", "Port"),
              ("公司", "Co."), ("工程", "Project")]
PLACE_EN = {"武汉": "Wuhan", "湖北": "Hubei", "鄂州": "Ezhou", "中国": "China", "亚太": "Asia-Pacific",
             "华中": "Central China", "中部": "Central China", "全球": "Global", "亚洲": "Asia", "欧洲": "Europe",
             **{k: v[1] if k[-1] in "区市县" or k not in COUNTIES else v[1].rsplit(" ", 1)[0]   # 汉川精工: Hanchuan
                for k, v in PLACES.items() if k not in ("湖北", "湖北省")}, "湖北省": "Hubei",
             "香港": "Hong Kong", "澳门": "Macao", "东南亚": "Southeast Asia", "中亚": "Central Asia"}
HOME_PLACES = "|".join(sorted(map(re.escape, PLACE_EN), key=len, reverse=True))      # where our routes start
_HOME_EN = dict(PLACE_EN)
PLACE_EN.update({k: v for k, v in PLACES_EN.items() if k not in ("长江", "三峡")})   # 长江存储: a name
# Places by one character, as a pair names them (鄂港经贸合作交流会: Hubei-Hong Kong).
_ONE_CHAR_EN = {"鄂": "Hubei", "港": "Hong Kong", "澳": "Macao", "台": "Taiwan", "欧": "Europe", "湘": "Hunan",
                "赣": "Jiangxi", "豫": "Henan", "渝": "Chongqing", "川": "Sichuan", "皖": "Anhui", "沪": "Shanghai",
                "粤": "Guangdong", "日": "Japan", "韩": "South Korea", "俄": "Russia", "新": "Singapore"}

# Words of firm, park and event names put in English; the rest of a name is given in pinyin.
_NAME_WORDS = {
    # Hubei firms' brands as they write them in English (安琪酵母: Angel Yeast, not Anqi Jiaomu).
    "安琪": "Angel", "酵母": "Yeast", "长飞": "YOFC", "烽火": "FiberHome", "人福": "Humanwell", "九州通": "Jointown",
    "高德红外": "Guide Infrared", "联想": "Lenovo", "京东方": "BOE", "长江存储": "YMTC", "华星光电": "CSOT",
    "江钻": "Kingdream", "良品铺子": "Bestore", "卓尔": "Zall", "周黑鸭": "Zhou Hei Ya", "格力": "Gree",
    "光电子": "Optoelectronics", "光电": "Optoelectronics", "科技": "Technology", "电子": "Electronics",
    "物流": "Logistics", "汽车": "Automotive", "智能": "Smart", "终端": "Terminals", "医药": "Pharmaceutical",
    "生物": "Biotech", "半导体": "Semiconductor", "新能源": "New Energy", "材料": "Materials", "机械": "Machinery",
    "精密": "Precision", "电器": "Electric", "通信": "Communications", "国际": "International",
    "贸易": "Trading", "商贸": "Trading", "实业": "Industrial", "控股": "Holdings", "制造": "Manufacturing",
    "装备": "Equipment", "重工": "Heavy Industry", "化工": "Chemical", "钢铁": "Steel", "能源": "Energy",
    "电池": "Battery", "动力": "Power", "航空": "Airlines", "港口": "Port", "航运": "Shipping",
    "供应链": "Supply Chain", "信息": "Information", "软件": "Software", "网络": "Network", "零部件": "Parts",
    "食品": "Foods", "农业": "Agriculture", "纺织": "Textiles", "服装": "Apparel", "家电": "Home Appliances",
    "显示": "Display", "激光": "Laser", "光纤": "Optical Fibre", "光通信": "Optical Communications",
    "集成电路": "Integrated Circuits", "芯片": "Chips", "机器人": "Robotics", "投资": "Investment",
    "发展": "Development", "建设": "Construction", "工程": "Engineering", "产业": "Industry", "银行": "Bank",
    "经贸": "Economic and Trade", "合作": "Cooperation", "交流会": "Exchange Meeting", "推介会": "Promotion Fair",
    "洽谈会": "Business Fair", "博览会": "Expo", "论坛": "Forum", "峰会": "Summit", "大会": "Conference",
    "冷链": "Cold Chain",
    "综合保税区": "Comprehensive Bonded Zone", "保税": "Bonded", "跨境电商": "Cross-border E-commerce",
    "产业园": "Industrial Park", "物流园": "Logistics Park", "机场": "Airport", "铁路": "Railway", "香港": "Hong Kong",
    "澳门": "Macao", "台湾": "Taiwan", "对接会": "Matchmaking Meeting", "招商会": "Investment Promotion Meeting",
    "综保区": "Bonded Zone", "东湖": "East Lake", "光谷": "Optics Valley",
    "商品交易会": "Commodity Fair", "汉口北": "Hankou North", "交易会": "Fair", "展览会": "Exhibition", "工业园": "Industrial Park",
    "华侨华人": "Overseas Chinese", "创业发展": "Entrepreneurship and Development", "中德": "Sino-German",
    "北欧": "Nordic", "港区": "Port Area", "多式联运": "Multimodal Transport", "综合码头": "Multipurpose Terminal", "码头": "Terminal",
    **{k: v for k, v in _HOME_EN.items() if len(k) >= 2 and k in (*PLACES, "鄂州")},   # 鄂旅投武汉…: Wuhan inside
}
_NAME_WORDS_RE = re.compile("|".join(sorted(map(re.escape, _NAME_WORDS), key=len, reverse=True)))


def english_short(name_en: str) -> str:
    """The English name a reader would use: no legal form nor leading city (Xingchen Optoelectronics)."""
    short = re.sub(r",? (?:Co\., Ltd\.|Co\.|Group)$", "", name_en)
    short = re.sub(r"^(?:Hubei Province|Wuhan|Hubei|Ezhou|[A-Z][a-z]+ (?:County|City|District)) (?=\S+ \S)", "", short)
    short = re.sub(r" International Airport$", " Airport", short)        # Jingchu Xinghe Airport
    return short if short != name_en else ""


_GLOSS_WORDS_RE = re.compile("|".join(sorted((re.escape(w) for w in GLOSSARY if len(w) >= 2), key=len,
                                              reverse=True)))


def _words_en(run: str, names: bool = True, glossary: bool = True) -> list[str]:
    """A run of Chinese characters in English words: names' words and the glossary's translated (峡江磷化科技:
    Xiajiang Phosphorus Chemical Technology), the rest in pinyin (three syllables one word: Wujiashan)."""
    parts: list[str] = []
    pos = 0
    for m in list((_NAME_WORDS_RE if names else _GLOSS_WORDS_RE).finditer(run)) + [None]:
        end = m.start() if m else len(run)
        if end > pos and names and glossary:
            parts += _words_en(run[pos:end], names=False)
        elif end > pos:
            syllables = lazy_pinyin(run[pos:end])
            step = 3 if len(syllables) == 3 else 2          # two syllables a word: Laifeng Tengcha Hainan
            parts += ["".join(syllables[i:i + step]).capitalize() for i in range(0, len(syllables), step)]
        if m:
            word = _NAME_WORDS[m.group(0)] if names else GLOSSARY[m.group(0)]
            parts.append(word if names else " ".join(w[:1].upper() + w[1:] for w in word.split()))
            pos = m.end()
    return parts


def english_name(name: str, glossary: bool = True) -> str:
    """The best English name we can give a new Chinese name: places translated, the rest in pinyin."""
    suffix_en = ""
    for zh, en in SUFFIX_EN:
        if name.endswith(zh):
            name, suffix_en = name[: -len(zh)], en
            break
    if not suffix_en and len(name) >= 3 and name.endswith("周"):
        name, suffix_en = name[:-1], "Week"          # 湖北武汉台湾周: Hubei Wuhan Taiwan Week
    parts = []
    year = re.match(r"(?:19|20)\d\d(?=[\u4e00-\u9fff])", name)     # 2025中国—北欧…论坛: 2025 China-Nordic…
    if year:
        parts.append(year.group(0))
        name = name[4:]
    pair = name[:2]
    if len(name) > 2 and "鄂" in pair and all(c in _ONE_CHAR_EN for c in pair) and pair not in PLACE_EN:
        parts.append("-".join(_ONE_CHAR_EN[c] for c in name[:2]))       # 鄂港经贸…: Hubei-Hong Kong
        name = name[2:]
    for place, en in sorted((PLACE_EN if glossary else _HOME_EN).items(), key=lambda kv: -len(kv[0])):
        if parts[1 if year else 0:]:
            break
        if name.startswith(place):
            parts.append(en)
            name = name[len(place):]
            break
    paired = len(parts) > bool(year) and name[:1] in "—－-" and len(name) > 1        # 湖北—香港…: Hubei-Hong Kong
    name = re.sub(r"[（）()]", " ", name)
    for run in re.findall(r"[A-Za-z0-9][A-Za-z0-9 ]*|[\u4e00-\u9fff]+", name):
        if not re.match(r"[\u4e00-\u9fff]", run):
            parts.append(run.strip())                  # TCL, Mini LED, 3D as printed
            continue
        parts += _words_en(run, glossary=glossary)
    first = 1 if year else 0
    if paired and len(parts) >= first + 2:
        parts[first:first + 2] = [f"{parts[first]}-{parts[first + 1]}"]
    return " ".join(parts + ([suffix_en] if suffix_en else [])).strip()


def english_aliases(name: str, name_en: str) -> list[str]:
    """English names a reader may use besides name_en: its short form, and the pinyin of the words it
    translates (三峡锂能科技: Sanxia Lineng Technology beside Three Gorges Lineng Technology)."""
    plain = english_name(name, glossary=False)
    port = re.fullmatch(r"(.+) Port", name_en)          # Wuhan Port is the port of Wuhan too
    return list(dict.fromkeys(a for a in (english_short(name_en), plain if plain != name_en else "",
                                          english_short(plain) if plain != name_en else "",
                                          f"Port of {port.group(1)}" if port else "") if a))
