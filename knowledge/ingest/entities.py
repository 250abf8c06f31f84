"""Names in an article matched to the base's entities and aliases, or proposed as new entities."""
from __future__ import annotations

import re

from pypinyin import lazy_pinyin

from ..store import FactStore
from .names_en import HOME_PLACES, PLACE_EN, PLACES, SUFFIX_EN, english_aliases, english_name  # noqa: F401
from .vocab import PARTNERS, translate
from .aliases import name_variants
from .gazetteer import OTHER_PROVINCES
from .signings import events_at
from .trips import split_trip, trip_english, trip_name
from .zones import names_which_one

# Aliases too generic to name an entity when met in running text.
_VAGUE = {"综保区", "自贸区", "自贸试验区", "综合试点", "新城", "长江", "联想", "华星", "经开区", "全国", "我国",
          "中国", "宝谷", "慈惠", "推想", "外综服", "前置货站", "江城", "大武汉", "鄂", "国内", "国际",
          "一带一路", "全球"}
_NEW_NAME = re.compile(r"((?:[\u4e00-\u9fffA-Za-z0-9（）()]|(?<=[A-Za-z]) (?=[A-Za-z])){2,18}?"
                       r"(?:股份有限公司|有限责任公司|有限公司|集团|国际机场|物流园|产业园|工业园|(?<!商)协会|联谊会|"
                       r"铁路口岸|航空口岸|水运口岸|综合保税区|片区|保税物流中心|出口基地|服务中心|物流中心|研发中心|创新中心|货运枢纽|"
                       r"(?<!自贸)(?<!贸易)(?<![出进离抵到核心主临])港区?(?![口澳股币元务资企商人籍区])|机场|码头|"
                       r"临港经济区|(?<=联运|铁路|码头|大桥|通道|枢纽)工程))")
# A named event in quotes: “…推介会”, 「…博览会」, “…论坛”.
_EVENT = re.compile(r"[“「『]([^”」』“「]{2,30}?(?:会|论坛|峰会|博览会|交易会|洽谈会|展览会|周|节))[”」』]")
# A quoted title, then the kind of event: 「…」研讨会, “…”论坛 (the event is the title with its kind).
_TITLED_EVENT = re.compile(r"[“「『]([^”」』“「]{2,30}?)[”」』](研讨会|论坛|峰会|博览会|交易会|洽谈会|展览会|推介会|对接会|"
                           r"座谈会|发布会|大会|年会)")
# A body or mechanism set up in a year (自2021年鄂港合作会议机制建立以来): a name, founded that year.
# A name given after a dash to what the words before describe (湖北首条国际近洋航班——汉亚直航).
DASHED_NAME = re.compile(r"(?:首条|首个|首家|第一条|第一个|唯一)[\u4e00-\u9fff]{0,12}?(?:航线|航班|班列|班轮|通道|平台|品牌|"
                         r"项目|线路)——([\u4e00-\u9fff]{3,8})(?=[，。；、,])")
FOUNDED_NAME = re.compile(r"(?:(?<=[自于从])|(?<=^)|(?<=[，。；,]))((?:19|20)\d\d)年(?:\d{1,2}月)?"
                          r"([\u4e00-\u9fff]{3,16}?(?:机制|平台|联盟|协会|商会|办事处|工作专班|合作区))"
                          r"(?:正式)?(建立|设立|成立|启动|创建|揭牌)")
# An event held, unquoted, where figures were signed: 举行的湖北—香港经贸合作推介会上.
_HELD_EVENT = re.compile(r"(?:举行|举办|召开)的([\u4e00-\u9fff—－-]{4,24}?(?:推介会|洽谈会|博览会|交易会|招商会|"
                         r"论坛|峰会|对接会|签约仪式))(?:上|期间)")
EVENT_END = ("会", "论坛", "峰会", "周", "节")
# A forum or fair named bare at the head of a clause (东湖论坛，全球18个国家的800多位科学家…).
_BARE_EVENT = re.compile(r"(?:^|(?<=[，。；：、,;]))(?:\d{4}年)?((?![本此该这各每历首])[\u4e00-\u9fff]{2,8}?"
                         r"(?:论坛|峰会|博览会|交易会|洽谈会))(?=[，,上期])")
_CUT = re.compile(r".*(?:[的在由从对与和是了将把被据让向为及等]|其中|今年|以来|目前|全省|全市|我省|随着|通过|经过|包括|"
                  r"前夕|之际|期间|经|至|到|赴|往|直航|新设|使用|依托|借助|利用|凭借|落地|降落|飞抵|抵达|停靠|\d+[日时分]|"
                  r"[上下]半年|[一二三四]季度|前[一二三]季度|\d+月|\d+年|龙头|另一家|一家|新增|认定|设立|成立|注册|落户|组建|建成|累计|引进|[（(]含|"
                  r"港区|"
                  r"(?:企业|公司|厂商)(?=湖北|武汉|鄂州|中国))")     # “小巨人”企业武汉某某有限公司
# A description said of a name (X是我国首个…机场, 全省唯一的…港): a first, only or largest of its kind.
_DESCRIBED = re.compile(r"^(?:我国|全国|国内|中国|全省|全球|世界|亚洲|中部|华中|中西部|长江|内陆)?"
                        r"(?:首个|首家|首座|首条|第一个|第一家|唯一|最大)|^(?:我国|全国|国内|全省|全球|亚洲)")
# What is left of a name when it only says what kind of place it is (外资研发中心 names no centre).
_GENERIC_STEM = re.compile(r"(?:外资|外商投资|重点|国家级|省级|市级|各类|多家|首个|首家|新|该|本|其|多个|企业|"
                           r"港口|内河|沿江|集装箱|货运|物流)")    # 港口码头总通过能力: ports' quays, no name


# An office named without its place (商务局, 市商务局): another place's office when a place comes right before
# it (荆门市商务局 is not the base's 武汉市商务局).
_OFFICE = re.compile(r"[省市区县]?[\u4e00-\u9fff]{1,4}(?:局|厅|委|办)")
# A firm's two-character short name that is also a verb (攀升 for 攀升科技): as a verb, no name
# (逐季攀升至1529.7亿元, 持续攀升, 攀升了).
_AS_VERB_AFTER = re.compile(r"[至到了着为超]")
_AS_VERB_BEFORE = re.compile(r"(?:逐[季月年日]|不断|持续|快速|稳步|大幅|明显|显著|迅速|一路|继续|进一步|节节|逐步)$")
_PLACE_BEFORE = re.compile(rf"(?:{'|'.join(PLACES)}|[\u4e00-\u9fff]{{2}}[省市区县])$")


class EntityIndex:
    """The base's entity names (simplified Chinese), longest first, for scanning a sentence."""

    def __init__(self, store: FactStore):
        """Index every name and alias of the base's entities, and Hubei's cities."""
        self.entities = {e.id: e for e in store.list_entities()}
        names: dict[str, str] = {}
        for e in self.entities.values():
            for name in e.names():
                if len(name) >= 2 and re.search(r"[\u4e00-\u9fff]", name) and name not in _VAGUE:
                    names.setdefault(name, e.id)
                    names.setdefault(name.replace("（", "(").replace("）", ")"), e.id)
                    for variant in name_variants(name):          # 中欧(武汉)班列 is 中欧班列（武汉）
                        names.setdefault(variant, e.id)
        for zh, (eid, _, kind) in PLACES.items():
            names.setdefault(zh, eid)
            if kind == "region":
                names.setdefault(zh + "市", eid)
        self.names = names
        longest_first = sorted(names, key=len, reverse=True)
        self._re = re.compile("|".join(map(re.escape, longest_first))) if names else None

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entity id) of each known name in the text, longest names first."""
        if not self._re:
            return []
        return [(m.start(), m.end(), self.names[m.group(0)]) for m in self._re.finditer(text)
                if not (_OFFICE.fullmatch(m.group(0)) and _PLACE_BEFORE.search(text, 0, m.start()))
                and not self._as_verb(text, m)]

    def _as_verb(self, text: str, m: re.Match) -> bool:
        """A firm's two-character name used as a verb there (逐季攀升至…)."""
        entity = self.entities.get(self.names[m.group(0)])
        return (len(m.group(0)) == 2 and entity is not None and entity.type == "firm"
                and bool(_AS_VERB_AFTER.match(text, m.end()) or _AS_VERB_BEFORE.search(text, 0, m.start())))

    def learn(self, names: list[str], mention: str, shortest: int = 3) -> None:
        """Names of a firm the article introduced, found from now on as that mention ('new:' + its name):
        宝龙达集团 first, then 宝龙达武汉总部今年产值约80亿元."""
        added = [n for n in names if len(n) >= shortest and re.fullmatch(r"[\u4e00-\u9fff]+", n)
                 and n not in self.names]
        if not added:
            return
        for name in added:
            self.names[name] = mention
        self._re = re.compile("|".join(map(re.escape, sorted(self.names, key=len, reverse=True))))

    def known(self, entity_id: str) -> bool:
        """Whether the base has this entity."""
        return entity_id in self.entities

    def names_of(self, entity_id: str) -> tuple[str, str, str]:
        """Chinese name, English name and type of a known or listed entity."""
        if entity_id in self.entities:
            e = self.entities[entity_id]
            return e.name_zh or e.name_en, e.name_en or e.name_zh, e.type
        for zh, (eid, en, kind) in PLACES.items():
            if eid == entity_id:
                return zh, en, kind
        if entity_id == "china":
            return "中国", "China", "region"
        return entity_id, entity_id, "org"


# A firm named after what it is, before what it does: 全球性科技公司安波福再次追投…, 车企某某宣布…
_ORIGIN = "|".join(sorted((re.escape(p) for p in PARTNERS if re.fullmatch(r"[\u4e00-\u9fff]{2,5}", p)),
                           key=len, reverse=True))
# A firm named after what it is or where it comes from, before what it does: 全球性科技公司安波福再次追投…,
# 港资企业某某投资18亿元, 日本某某精工投资1.8亿美元.
DESCRIBED_FIRM = re.compile(rf"(?:公司|企业|集团|巨头|领导者|领军者|厂商|车企|药企|供应商|制造商|龙头|{_ORIGIN})"
                            r"([\u4e00-\u9fff]{2,6}?|[A-Z][A-Za-z&]{1,10})"
                            r"(?=再次|再度|又一次|追投|增资|追加投资|宣布|签约|投资建设|投资兴建|投建|拟在|投资[\d约近超逾]|"
                            r"在[\u4e00-\u9fff]{2,10}?投资[\d约近超逾]|入驻|落户|"      # 供应商安联入驻武汉
                            r"在[\u4e00-\u9fff]{2,4}?(?:分公司|子公司|公司)?(?:成立|设立))")    # 供应商SAP在武汉分公司成立


# A route named by its ends from a place of ours (首趟武汉—米兰中欧班列, “宜昌—上海洋山—东南亚”江海联运外贸航线).
ROUTE = re.compile(rf"“?((?:{HOME_PLACES})(?:[—－-][\u4e00-\u9fff]{{2,6}}?){{1,3}})”?"
                   r"([\u4e00-\u9fff]{0,10}?(?:中欧班列|班列|航线|快线|专线))")

# A firm named by its brand and trade, introduced by where it is or what it is: 位于某区某街的某某服饰,
# 最大的出口企业，某某蜂业… (its legal name never given).
_TRADE = r"服饰|服装|纺织|鞋业|蜂业|纸业|茶业|酒业|食品|科技|电子|光电|重工|机械|化工|医药|生物|电器|精工|家电|船舶|包装"
_PLACED_FIRM = re.compile(rf"(?:(?:位于|地处|落户)[\u4e00-\u9fff]{{2,12}}?的|(?:企业|公司|龙头)[，,])"
                          rf"([\u4e00-\u9fff]{{2,3}}?(?:{_TRADE}))"
                          r"(?![\u4e00-\u9fff]{0,2}(?:企业|公司|行业|产业|园|基地))")


_NOT_FIRM = re.compile(r"外商|外资|企业|项目|公司|投资|实际|直接|间接|现场|累计|合计|共同|双方|两地|全年|今年|去年|"
                       r"[省市区县]$|^[对向在与和从为各共该其这此拟将计已正还又再也均都]")


def described_firms(text: str) -> list[re.Match]:
    """Firms named after what they are (科技公司安波福再次追投), not a kind of firm (企业中外商投资)."""
    return [m for pattern in (DESCRIBED_FIRM, _PLACED_FIRM) for m in pattern.finditer(text)
            if not _NOT_FIRM.search(m.group(1))]


_ROUTE_KIND_EN = (("中欧班列", "China-Europe freight train"), ("班列", "freight train"), ("快线", "express line"),
                  ("专线", "dedicated line"), ("航线", "route"))


_ROUTE_WORDS = re.compile(r"(?:国际|货运|客运|江海联运|铁水联运|外贸|集装箱|直达|全货机|定期|中欧)*(?:班列|航线|快线|专线)$")


def route_english(name: str) -> str | None:
    """A route's English name: its ends, then what it is (武汉—米兰中欧班列: Wuhan-Milan China-Europe freight
    train), or a trip's (武汉至宁波: Wuhan to Ningbo); None for a name that is no route."""
    m = ROUTE.fullmatch(name)
    if not m:
        return trip_english(name, english_name)          # 武汉至宁波: Wuhan to Ningbo; else None
    *ends, last = re.split(r"[—－-]", m.group(1) + m.group(2))
    known = [p for p in PLACE_EN if last.startswith(p) and len(p) < len(last)]
    ends.append(max(known, key=len) if known else _ROUTE_WORDS.sub("", last) or last)
    what = last[len(ends[-1]):] if known else ""                 # 洋山江海直达航线: a river-sea direct route
    ends = [PLACE_EN.get(end) or english_name(end) for end in ends]
    kind_zh, kind = next((zh, en) for zh, en in _ROUTE_KIND_EN if m.group(2).endswith(zh))
    words = translate(what.removesuffix(kind_zh))[0] if what else ""
    return f"{'-'.join(ends)} {words + ' ' if words else ''}{kind}"


# A county, county-level city or district heading an item of a list with its figure (分县市区看，某某区进出口
# X亿元，某某市Y亿元): a place of its own, not the city the story is about.
LOCAL_PLACE = re.compile(r"(?:(?<=[，、；：:,])|^)([\u4e00-\u9fff]{2,3}(?:区|市|县))(?![场民值级内外属委政长域间块])"
                         r"(?=[\u4e00-\u9fff]{0,8}?\d)")
_NOT_PLACE = re.compile(r"^[全该本各每城市两三四五出进占比较同与对在从向其这此共]|"
                        r"(?:新|园|片|港|城|景|厂|社|小|街|保税|开发|高新|经开|示范|试验|综试)区$")
_PLACE_SUFFIX_EN = {"区": "District", "市": "City", "县": "County"}
# A county or city named after its province outside Hubei (河南省西峡县, 浙江湖州市): a place of its own.
_PROVINCE_PLACE = re.compile(rf"(?:{'|'.join(OTHER_PROVINCES)})省?([\u4e00-\u9fff]{{2,3}}?[县市])"
                             r"(?![\u4e00-\u9fff]?[场民值级内长委政])")


def local_places(text: str) -> list[re.Match]:
    """Counties, county-level cities and districts heading list items (not 全市, 园区, 高新区…)."""
    return [m for m in LOCAL_PLACE.finditer(text) if not _NOT_PLACE.search(m.group(1))
            and m.group(1) not in PLACES and m.group(1)[:-1] not in PLACES]


def place_english(name: str) -> str | None:
    """A county's or district's English name (宜都市: Yidu City), or None for another name."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}[区市县]", name) or _NOT_PLACE.search(name) or name in PLACES \
            or name[:-1] in PLACES:
        return None
    syllables = ["du" if ch == "都" else py for ch, py in zip(name[:-1], lazy_pinyin(name[:-1]))]   # 宜都: Yidu
    return f"{''.join(syllables).title()} {_PLACE_SUFFIX_EN[name[-1]]}"


def described_firm(name: str, text: str) -> bool:
    """Whether the text introduces a name as a firm (科技公司安波福)."""
    return any(m.group(1) == name for m in described_firms(text))


_FIRM_KIND = re.compile(r"(?:有限公司|有限责任公司|集团)$")
# A plan's slogan of numbered parts (一港双核五港区, 一主两翼): no name.
_SLOGAN = re.compile(r"^(?:[一二三四五六七八九十两双多][\u4e00-\u9fff]){2,}")
# A size said before a name (规划建设46平方公里…经济区): no part of it.
_SIZED = re.compile(r"^.*?\d+(?:\.\d+)?(?:万|亿)?(?:平方公里|平方米|公里|千米|亩)的?(?=[\u4e00-\u9fff])")
# Other provinces listed with their own figures (湖南、江西台商投资项目分别达到115个、106个).
_PROVINCES = "|".join(OTHER_PROVINCES)
_LISTED_PROVINCE = re.compile(rf"(?<![\u4e00-\u9fff])(?:{_PROVINCES})省?(?=[、和与及](?:{_PROVINCES}))|"
                              rf"(?:(?<=[、和与及])|^)(?:{_PROVINCES})省?(?=[\u4e00-\u9fff]{{0,12}}分别)")


# An event opening a clause as the subject of its being held (2025中国—北欧经贸合作论坛在汉成功举办，吸引…): a name.
_HELD_AS_SUBJECT = re.compile(r"(?:^|(?<=[，。；：、,;]))((?:20\d\d年?)?(?![本此该这各每历首])[\u4e00-\u9fff—－-]{4,24}?"
                              r"(?:论坛|峰会|博览会|交易会|洽谈会|推介会|展览会))"
                              r"(?=(?:在[\u4e00-\u9fff]{1,4}|于[\d月日]{2,6})?(?:成功|隆重|盛大)?(?:举办|举行|召开|开幕))")


# An event named with its short name in brackets (武汉(汉口北)商品交易会(汉交会)): a name, called by the short one.
_SHORT_NAMED_EVENT = re.compile(r"(?:(?<=[—、，,：:；;。])|^)([\u4e00-\u9fff]{2,8}(?:[（(][\u4e00-\u9fff]{2,6}[)）])?"
                                r"[\u4e00-\u9fff]{2,10}?(?:交易会|博览会|洽谈会|展览会|论坛|峰会))"
                                r"(?=[（(][\u4e00-\u9fff]{2,5}会[)）])")


# A project being built, named for what it builds (正在建设武穴港区多式联运工程): one name, its port area with it.
_PROJECT_BUILT = re.compile(r"(?<=建设|推进|实施|启动|开工|兴建)([\u4e00-\u9fff]{4,16}?(?:联运|铁路|码头|大桥|通道|枢纽)工程)")


def new_names(text: str) -> list[tuple[int, int, str]]:
    """Organisation names (…有限公司, …集团, …物流园, 科技公司安波福) in a sentence: (start, end, name)."""
    out = [(m.start(1), m.end(1), m.group(1)) for m in (*_EVENT.finditer(text), *_HELD_EVENT.finditer(text),
                                                         *_BARE_EVENT.finditer(text), *_HELD_AS_SUBJECT.finditer(text),
                                                         *_SHORT_NAMED_EVENT.finditer(text),
                                                         *described_firms(text), *events_at(text))]   # …推介会上
    out += [(m.start(2), m.end(2), m.group(2)) for m in FOUNDED_NAME.finditer(text)]
    out += [(m.start(1), m.end(1), m.group(1)) for m in DASHED_NAME.finditer(text)]
    out += [(m.start(1), m.end(2), m.group(1) + m.group(2)) for m in (*ROUTE.finditer(text),
                                                                      *_TITLED_EVENT.finditer(text))]
    out += [(m.start(1), m.end(1), m.group(1)) for m in local_places(text)]
    out += [(m.start(1), m.end(1), m.group(1)) for m in _PROVINCE_PLACE.finditer(text)     # 河南省西峡县
            if not _NOT_PLACE.search(m.group(1))]
    out += [(m.start(), m.end(), m.group(0)) for m in _LISTED_PROVINCE.finditer(text)   # 湖南、江西台商…分别
            if not any(a <= m.start() < b for a, b, _ in out)]
    out += [(m.start(1), m.end(1), m.group(1)) for m in _COUNTY_FIRM.finditer(text)      # 大冶市冯家山硅纤公司
            if not _PLAIN_FIRM.match(m.group(1)) and not any(a <= m.start(1) < b for a, b, _ in out)]
    out += [(m.start(1), m.end(1), m.group(1)) for m in _PROJECT_BUILT.finditer(text)     # 建设武穴港区多式联运工程
            if not any(a <= m.start(1) < b for a, b, _ in out)]
    for m in _NEW_NAME.finditer(text):
        if any(a <= m.start(1) < b or m.start(1) <= a < m.end(1) for a, b, _ in out):
            continue
        name = _SIZED.sub("", m.group(1))             # 规划建设46平方公里襄阳(小河)临港经济区: the zone's name
        cut = _CUT.match(name[:-1] if name.endswith("港") else name[:-5] if name.endswith("临港经济区") else name[:-2])
        if cut:
            name = name[cut.end():]
        if _SLOGAN.match(name):
            continue                                  # “一港双核五港区”: a plan's slogan, no place
        if re.match(r"\d", name) or re.search(r"\d+(?:个|家|条|项|座|批|多|余)", name):
            continue                                  # 6个综合保税区 is a count, not a name
        if _DESCRIBED.search(name) or cut and re.search(r"(?:首个|首家|唯一|最大|为数不多|屈指可数|少有)的$",
                                                        m.group(1)[:cut.end()]):
            continue                                  # 是我国首个专业货运枢纽机场: what a name is, not a name
        if name.endswith("片区") and name[:-2] not in PLACES:
            continue                                  # 宜昌片区 is a zone's area; 三个片区 names none
        stem = _stem(name)
        bare = re.sub(r"(?:码头|机场|港)$", "", stem)
        group = name.endswith("集团") and stem != name[:-2]      # 湖北港口集团: a group named by its place
        if any(name.endswith(place) for place in PLACES) or not stem \
                or (_GENERIC_STEM.fullmatch(stem) or _GENERIC_STEM.fullmatch(bare)) and not group:
            continue                                  # 经香港 is a known place; 国际机场 alone names nothing
        if len(name) >= 4 or (len(name) == 3 and name.endswith(("港", "机场"))):
            trip = split_trip(name, PLACE_EN)          # 武汉抵达上海洋山港: the trip 武汉至上海洋山港
            out.append((m.end() - len(name), m.end(), trip_name(trip) if trip else name))
    return out


# A facility built inside a zone, named after it (东湖综保区保税物流园): a thing of its own.
_FACILITY = re.compile(r"(?:物流园|产业园|物流中心|研发中心|创新中心|服务中心|保税物流中心|出口基地|码头)$")
# A firm called 某某公司 right after its city or county (大冶市冯家山硅纤公司): named, though no 有限公司 ends it.
_COUNTY_FIRM = re.compile(r"(?<=[\u4e00-\u9fff]{2}[市县区])([\u4e00-\u9fff]{3,8}?公司)(?!数|总数)")
_PLAIN_FIRM = re.compile(r"(?:该|本|其|这|一|各|多|外贸|进出口|贸易|物流|航运|科技|国有|民营|外资|外商|重点|龙头|骨干|"
                         r"企业|子|分|母|上市|出口|进口|相关|有关|[\u4e00-\u9fff]*(?:有限|集团|分公司))")
# A phase of a project or a port (三期码头, 二期工程): no name of its own.
_PHASE = re.compile(r"(?:[一二三四五六七八九十]|\d{1,2}|首)期")


def names_in(index: EntityIndex, text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity id or 'new:name') of the known and new names in a text, in order."""
    found = index.mentions(text)
    if index.known("hubei"):                              # 该省开通…: the province a story is about
        found += [(m.start(), m.end(), "hubei") for m in re.finditer(r"该省|本省", text)]
    for start, end, name in new_names(text):
        if _PHASE.match(name):
            continue                                         # 一期、二期、三期码头: phases of a port, no subject
        inside = [m for m in found if start <= m[0] and m[1] <= end]
        if inside and place_english(name):
            continue                                         # 鄂州市 is the base's 鄂州, not a new place
        if inside and inside[0][0] == start and index.names_of(inside[0][2])[2] == "firm" and all(
                index.names_of(m[2])[2] == "region" for m in inside[1:]) and _FIRM_KIND.search(name):
            found = [m for m in found if m not in inside] + [(start, end, inside[0][2])]   # 联想移动…(武汉)有限公司
            continue
        elif inside and (all(index.names_of(m[2])[2] == "region" for m in inside) or ROUTE.fullmatch(name)
                       or _FACILITY.search(name) and all(index.names_of(m[2])[2] in ("region", "zone")
                                                         and m[1] < end for m in inside)):
            found = [m for m in found if m not in inside]    # 湖北港口集团 is not 湖北 (武汉阳逻国际港 is 阳逻港);
                                                             # 东湖综保区保税物流园 is a park in the zone
        if not any(a <= start < b or start <= a < end for a, b, _ in found):
            found.append((start, end, "new:" + name))
    return sorted(found)


def zone_area(name: str) -> tuple[str, str] | None:
    """Id and English name of a free trade zone's area named by its city (宜昌片区), else None."""
    place = PLACES.get(name.removesuffix("片区")) if name.endswith("片区") else None
    if not place or place[2] != "region":
        return None
    return f"{place[0]}-ftz", f"{place[1]} area of the Hubei Pilot Free Trade Zone"


_LEADING_PLACES = sorted((p for p, (_, _, kind) in PLACES.items() if kind == "region" and not p.startswith(("全", "我"))),
                         key=len, reverse=True)


def _stem(name: str) -> str:
    """A name without its kind (…国际机场, …集团) and the places it starts with: what tells it apart."""
    for zh, _ in SUFFIX_EN:
        if name.endswith(zh):
            name = name[: -len(zh)]
            break
    return re.sub(r"^(?:湖北省?|武汉市?|鄂州市?|中国)", "", name)


def placeless(name: str) -> str:
    """A hub's name without the province and city it starts with (湖北宜昌三峡国际机场 -> 三峡国际机场)."""
    while (place := next((p for p in _LEADING_PLACES if name.startswith(p)), None)) and len(name) - len(place) >= 4:
        name = name[len(place):]
    return name


def short_names(name: str) -> list[str]:
    """Shorter names a reader would use: 武汉长江商社贸易有限公司 -> 长江商社贸易, 武汉长江商社贸易;
    a zone's area also by the zone's names before it (宜昌片区 -> 湖北自贸试验区宜昌片区)."""
    if en := place_english(name):                          # 宜都市 -> 宜都, Yidu
        return [name[:-1], en.rpartition(" ")[0]]
    if route := ROUTE.fullmatch(name):                    # 武汉—米兰中欧班列 -> 武汉-米兰中欧班列, 武汉至米兰中欧班列
        return [re.sub(r"[—－]", "-", name), re.sub(r"[—－-]", "至", route.group(1)) + route.group(2)]
    if area := zone_area(name):
        city = area[1].partition(" area")[0]
        return [f"{zone}{name}" for zone in ("湖北自贸试验区", "湖北自贸区", "中国(湖北)自由贸易试验区", "中国(湖北)自贸试验区",
                                             "湖北自由贸易试验区", "自贸试验区", "自贸区")] + [f"{city} area", f"{city} FTZ"]
    if name.endswith("机场") and len(name) >= 5:     # 宜昌三峡国际机场 -> 宜昌三峡机场, 三峡国际机场, 三峡机场
        bare = placeless(name)
        forms = [name, bare] + [f[:-4] + "机场" for f in (name, bare) if f.endswith("国际机场")]
        return [f for f in dict.fromkeys(forms) if f != name and len(re.sub(r"(?:国际)?机场$", "", f)) >= 2]
    inner = re.search(r"(?<=[\u4e00-\u9fff]{2})(?:武汉市?|湖北省?)(?=[\u4e00-\u9fff]{4})", name)
    if inner and name.endswith(("物流园", "产业园", "物流中心")):     # 鄂旅投武汉东湖综保区保税物流园: no 武汉
        return [name[:inner.start()] + name[inner.end():], name[inner.end():]]     # and 东湖综保区保税物流园
    out = []
    for zh in ("股份有限公司", "有限责任公司", "有限公司", "集团"):     # firms only: a park's short name is vague
        if name.endswith(zh):
            out.append(name[: -len(zh)])
            break
    if not out:
        return []
    for place in ("湖北省", "湖北", "武汉市", "武汉", "鄂州", *PLACES):
        if name.startswith(place):
            out += [n[len(place):] for n in [name, *out] if n.startswith(place)]
            break
    generic = ("港口", "港口集团", "机场", "公司", "集团", "基地", "物流园", "产业园", "服务中心")
    two = name.endswith("集团") and len(name) == 4 and not place_english(name[:2]) \
        and not re.search(r"长江|中国|国际|港口|物流|交通|能源|建设|发展|投资|航运|商贸|农业|文旅|城建|科技|实业|控股",
                          name[:2])                        # 正大集团 is 正大 too
    return [n for n in dict.fromkeys(out) if (len(n) >= 3 or two) and n != name and n not in generic
            and not re.fullmatch(r"[\u4e00-\u9fff]{0,2}[(（].*[)）]", n)]


def slug(text: str, limit: int = 40) -> str:
    """A lowercase ASCII id from Chinese or English text."""
    ascii_text = "-".join(lazy_pinyin(text)) if re.search(r"[\u4e00-\u9fff]", text) else text
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return out[:limit].strip("-") or "x"


# A name right after these words is where trade goes, comes from or is compared, not the subject
# (与香港, 经香港, 往返香港, 占全省, 来自香港, 位于光谷的, 依托口岸).
OBJECT_BEFORE = re.compile(r"(?:与|对|同|和|经|至|到|赴|往|往返|向|在|通过|直航|发往|开往|飞往|占|来自|位于|自|"
                           r"包括|覆盖|辐射|通达|连接|依托|借助|利用|凭借|接待|吸引|引进|以|开通|开辟|新开|"
                           r"高于|低于|快于|慢于|好于|超过|超出?|领先|紧随|仅次于|次于|落后于|"
                           r"比|较|排名?|位?居|位列|作为|相当于|围绕|按照|根据|结合|立足|面向|聚焦|瞄准|距离?|毗邻|邻近|靠近)$")
# 与阳逻港、花湖机场加强联动: the later names of a list after such a word are objects too.
_LISTED_OBJECT = re.compile(OBJECT_BEFORE.pattern.removesuffix("$")
                            + r"[^，。；、,;]{2,16}(?:、[^，。；、,;]{2,16})*、$")
# A name followed by these words speaks about the figures (…公司负责人表示): it is not their subject.
_SPEAKER_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:相关|有关)?(?:负责人|发言人|人士|主任|局长|厅长|总经理|董事长)"
                            r"|^(?:获悉|了解到|得知)")       # 从商务厅获悉: where the figures come from
# 鄂州至深圳: a city opening a route is one of its ends, not the subject of the next sentence.
_ROUTE_AFTER = re.compile(r"^(?:至|到|—|－|-|~|～|往返)")


# 武汉、襄阳、宜昌三个片区: places listed as the parts of something named before, not the subject.
_PARTS_AFTER = re.compile(r"^(?:、[\u4e00-\u9fff]{1,8})*(?:等|[一二三四五六七八九十两\d]+[个大])(?:片区|城市|地市|市州|地区|地|省份|园区)")
# 全省第四, 排名全省第二, 居全国前列: the whole a place is ranked in, no subject.
_RANKED_IN = re.compile(r"^(?:市州|州|地市|各市州|城市)?(?:第[一二三四五六七八九十\d]+|前[一二三四五六七八九十\d]+|前列|首位|之首|排名|排[第前])")
_WHOLES = ("全省", "全市", "全国", "全球", "世界")


def stands_as_subject(text: str, start: int, end: int, kind: str = "", main_kind: str = "") -> bool:
    """Whether the name at text[start:end] stands as the subject of what follows, not an object, a speaker,
    a part listed, or, in an article about a hub or a route, a city where one of its routes starts
    (鄂州至深圳 in an airport's story; 长江武汉至安庆段 in a province's keeps Wuhan)."""
    after = text[end:]
    route = kind == "region" and main_kind in ("hub", "route") and _ROUTE_AFTER.match(after)
    before = text[:start]
    return not (OBJECT_BEFORE.search(before) or _LISTED_OBJECT.search(before[-60:])
                or _SPEAKER_AFTER.match(after) or _PARTS_AFTER.match(after)
                or route and not _quoted(text, start) or names_which_one(after)     # 湖北省首家综合保税区
                or text[start:start + 2] in _WHOLES and bool(_RANKED_IN.match(text[start + 2:].lstrip("市"))))


def _quoted(text: str, pos: int) -> bool:
    """Whether a position is inside quotes (“武汉—布达佩斯”专列 is a train's name, its city stays its subject)."""
    return text.count("“", 0, pos) > text.count("”", 0, pos)


def carries_on(text: str, start: int, end: int, kind: str) -> bool:
    """Whether a subject name may stay the subject of the next sentences (a route's starting city may not)."""
    if not stands_as_subject(text, start, end, kind):
        return False
    return kind != "region" or not _ROUTE_AFTER.match(text[end:])


_DATELINE = re.compile(r"[\u4e00-\u9fff]{2,8}?\d{1,2}月\d{1,2}日电")
_MAIN_TYPES = ("region", "zone", "hub", "route")


def main_subject(index: EntityIndex, text: str) -> str:
    """The place, zone, hub or route the article names most as a subject (not a dateline's city,
    a destination or a route's starting city); else Hubei."""
    text = _DATELINE.sub(lambda m: " " * len(m.group(0)), text[:20000])
    counts: dict[str, int] = {}
    own = OWN_CITY.search(text) is not None        # 我市: a city's own paper, about that city
    for start, end, eid in index.mentions(text):
        kind = index.names_of(eid)[2]
        if own and (text[start:end] in _WHOLES or kind != "region" or eid in ("hubei", "china")):
            continue                                # its 全市 and 全省 name no city; its city is named
        if kind in _MAIN_TYPES and carries_on(text, start, end, kind):
            counts[eid] = counts.get(eid, 0) + 1
    if own and not counts:
        return main_subject(index, OWN_CITY.sub("  ", text))
    return max(counts, key=lambda e: counts[e]) if counts else "hubei"


def story_firm(index: EntityIndex, text: str) -> str | None:
    """The firm a story is about when it never names Hubei and its lead names a firm first (据安琪酵母股份有限公司
    消息，安琪俄罗斯酵母厂…): its id, or 'new:' and its name; else None."""
    body = _DATELINE.sub(lambda m: " " * len(m.group(0)), text[:20000])
    if re.search(r"湖北|我省|全省|鄂(?!州)", body):
        return None
    lead = next((line for line in body.splitlines() if re.search(r"[，。]", line)), "")[:200]
    known = [(a, e) for a, _, e in index.mentions(lead) if index.names_of(e)[2] == "firm"]
    new = [(a, "new:" + name) for a, _, name in new_names(lead) if re.search(r"(?:公司|集团)$", name)]
    return min(known + new)[1] if known + new else None


OWN_CITY = re.compile(r"我市|本市")
