"""Other spellings of names and units: 中欧(武汉)班列 for 中欧班列（武汉）, 宜昌综保区 for 宜昌综合保税区, 美金 for 美元."""
from __future__ import annotations

import logging
import re

from .vocab import PARTNERS

log = logging.getLogger(__name__)

# What kind of thing a name is, at its end; a qualifier in brackets may stand before it (中欧（武汉）班列).
_KINDS = ("班列", "综合保税区", "综保区", "国际机场", "机场", "港")
_QUALIFIED = re.compile(r"(.+?)[（(]([^（）()]{1,8})[）)]")
# Cities whose bonded zone is one: 宜昌综保区 is 宜昌综合保税区 (Wuhan has several, so 武汉综保区 names none).
_ZONE_CITIES = ("襄阳", "宜昌", "黄石", "十堰", "荆州", "荆门", "孝感", "黄冈", "咸宁", "随州", "恩施", "仙桃",
                "天门", "潜江", "鄂州")
_SHORT_ZONE = re.compile(f"({'|'.join(_ZONE_CITIES)})(市)?综保区")


def name_variants(name: str) -> list[str]:
    """Spellings of a name a writer uses besides it: the bracketed place before the kind, 综保区 for 综合保税区."""
    out: list[str] = []
    m = _QUALIFIED.fullmatch(name)
    if m:
        head, inner = m.groups()
        for kind in _KINDS:
            if head.endswith(kind) and len(head) > len(kind):
                stem = head[: -len(kind)]
                out += [f"{stem}（{inner}）{kind}", f"{stem}({inner}){kind}"]
                break
    national = re.fullmatch(r"中国[（(]([\u4e00-\u9fff]{2,4})[)）]([\u4e00-\u9fff]{2,12})", name)
    if national:                            # 中国(鄂州)跨境电商产业园 is the 鄂州跨境电商产业园
        out.append(national.group(1) + national.group(2))
    if name.endswith("综合保税区") and len(name) > 5:
        out.append(name.removesuffix("综合保税区") + "综保区")
    return [v for v in dict.fromkeys(out) if v != name]


_PLACE_HEADS = ("湖北", "武汉", "鄂州", "中国", "宜昌", "襄阳", "黄石", "十堰", "荆州", "荆门", "孝感", "黄冈", "咸宁",
                "随州", "恩施", "仙桃", "天门", "潜江")


def clipped_names(shorts: list[str], text: str, taken: dict[str, str]) -> list[str]:
    """A firm's name clipped as the article itself clips it: 长江计算 for 长江计算科技 when the article also
    writes 长江计算 alone (长江计算营收近半…). The longest such head of each short name, of at least four
    characters (three for a short name of five or fewer), that names nothing else in the base."""
    out: list[str] = []
    for short in shorts:
        if not re.fullmatch(r"[\u4e00-\u9fff]{4,}", short) or short.startswith(_PLACE_HEADS):
            continue                                    # 武汉长江国际贸易 clipped would be 武汉长江
        for n in range(len(short) - 1, 2, -1):
            head = short[:n]
            if n == 3 and len(short) > 5:
                break
            if head in taken or head in out:
                break
            if re.search(re.escape(head) + f"(?!{re.escape(short[n])})", text):
                out.append(head)
                break
        else:
            brand = short[:2]                            # 安琪俄罗斯酵母厂, 安琪工厂: 安琪 for 安琪酵母, where the article
            if len(short) == 4 and brand not in taken and re.search(re.escape(brand) + _SITE_AFTER, text):
                out.append(brand)                        # writes it before a country or a site
    return out


# A firm's site named by its brand: a country or a kind of site after it (安琪俄罗斯…, 安琪工厂).
_SITE_AFTER = ("(?:" + "|".join(sorted((re.escape(p) for p in PARTNERS if len(p) >= 2), key=len, reverse=True))
               + r"|[\u4e00-\u9fff]{0,3}(?:工厂|厂区|基地|海外公司))")


_CALLED = r"\s*[（(](?:以下|下文|下)?(?:简称|称)[：:]?[“\"「『]?([^”\"」』)）]{2,12}?)[”\"」』]?[)）]"


# An event's short name in brackets right after it, with no 简称: 某某商品交易会(某交会).
_SHORT_AFTER = r"[（(]([\u4e00-\u9fff]{2,5}会)[)）]"


def called_names(name: str, text: str) -> list[str]:
    """The short name an article says it will use: 某某(武汉)科技有限公司(以下简称“某某”)."""
    return [m.group(1) for called in (_CALLED, _SHORT_AFTER) for m in re.finditer(re.escape(name) + called, text)]


def calling_names(short: str, text: str) -> list[str]:
    """The long names an article gives a short one for: 第二十四届某某洽谈会(简称“某某会”) -> 某某洽谈会."""
    out = [re.sub(r"^.*届", "", m.group(1))
           for m in re.finditer(r"([\u4e00-\u9fff]{4,30})" + _CALLED, text) if m.group(2) == short]
    return [n for n in out if n != short]


# What a firm's name says it does, at its end: 某某光子技术 is called 某某光子 too.
_TRADE_END = re.compile(r"(?:信息技术|信息科技|网络科技|智能科技|生物科技|医疗科技|新能源科技|国际贸易|科技|技术|实业|贸易|发展)$")


def untraded(shorts: list[str]) -> list[str]:
    """A firm's short names without the trade they end with (聚合光子技术 -> 聚合光子), three characters or
    more and not a place."""
    out = [_TRADE_END.sub("", n) for n in shorts if re.fullmatch(r"[\u4e00-\u9fff]+", n)]
    return [n for n in out if len(n) >= 3 and n not in shorts and not n.startswith(_PLACE_HEADS)]


def unbracketed(name: str) -> str:
    """A name without the place in brackets inside it: 旭日蓝天(武汉)科技有限公司 -> 旭日蓝天科技有限公司."""
    return re.sub(r"[（(][\u4e00-\u9fff]{2,4}[）)](?=.)", "", name)


def expand_short_zones(text: str) -> str:
    """A city's bonded zone by its short name spelt in full (宜昌综保区 -> 宜昌综合保税区), same length or longer."""
    return _SHORT_ZONE.sub(lambda m: m.group(1) + "综合保税区", text)


# 19.2亿美金: the colloquial name of the dollar, after a figure (same length, so positions hold).
_DOLLAR = re.compile(r"(?<=[\d亿万千])美金")


# 42962标准箱(TEU), 34286TEU: the standard container written as the base writes it (标箱), its English name in
# brackets dropped.
_TEU = re.compile(r"(?<=[\d亿万千])(?:标准箱(?:\s*[（(]\s*TEU\s*[)）])?|\s?TEUs?\b)")


def normalise(text: str) -> str:
    """An article's text with short zone names spelt in full, 美金 after a figure written 美元 and 标准箱
    written 标箱."""
    return _TEU.sub("标箱", _DOLLAR.sub("美元", expand_short_zones(text)))
