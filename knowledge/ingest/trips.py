"""A trip between two places named as one (货物从武汉抵达上海洋山港): the route from one to the other."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .figure import Figure

# The verbs that join a trip's two ends inside one name: 武汉抵达上海洋山港, 襄阳直达宁波舟山港.
_JOIN = r"(?:抵达|到达|运抵|直达|飞抵|驶抵|直航|开往|发往|飞往|前往|经停|[至到往])"
TRIP_JOIN = "至"          # a trip is named 武汉至上海洋山港 (an event may be named 湖北—香港…会)


def split_trip(name: str, places: Iterable[str]) -> tuple[str, str] | None:
    """The two ends of a name that joins a known place to another by a verb of travel
    (武汉抵达上海洋山港 -> 武汉, 上海洋山港), else None."""
    for place in sorted(places, key=len, reverse=True):
        if name.startswith(place):
            rest = re.match(_JOIN + r"([\u4e00-\u9fff]{2,12})$", name[len(place):])
            return (place, rest.group(1)) if rest else None
    return None


def trip_name(ends: tuple[str, str]) -> str:
    """The route's name from its two ends: 武汉至上海洋山港."""
    return TRIP_JOIN.join(ends)


def is_trip(name: str) -> bool:
    """Whether a proposed name is a trip made by trip_name (two ends joined by 至, no kind word)."""
    return bool(re.fullmatch(rf"[\u4e00-\u9fff]{{2,8}}{TRIP_JOIN}[\u4e00-\u9fff]{{2,12}}", name)) \
        and not re.search(r"(?:会|展|节|论坛|活动|航线|班列|快线|专线)$", name)


def trip_english(name: str, english: Callable[[str], str]) -> str | None:
    """A trip's English name from its ends' (阳逻港至上海港: Yangluo Port to Shanghai Port), else None."""
    if not is_trip(name):
        return None
    a, _, b = name.partition(TRIP_JOIN)
    return f"{english(a)} to {english(b)}"


def trip_aliases(name: str) -> list[str]:
    """Other ways to write a trip: 武汉到上海洋山港, 武汉—上海洋山港, 武汉-上海洋山港."""
    a, _, b = name.partition(TRIP_JOIN)
    return [f"{a}到{b}", f"{a}—{b}", f"{a}-{b}"] if b else []


# What a trip's figure measures, right after its destination: 的时间, 全程, 单程, 运输时间, 仅需, 航程, 距离.
_MEASURE_AFTER = r"(?=的|全程|单程|运输|运行|时间|用时|(?:约|仅|只)?需|航程|里程|距离|可|缩短|压缩)"
TRIP_UNITS = ("天", "小时", "个小时", "分钟", "公里", "千米")


def trip_of(text: str, fig: Figure, mentions: list[tuple[int, int, str]],
            main_kind: str) -> tuple[str, str] | None:
    """A duration or distance measured on a trip named in the figure's clause (集装箱从阳逻港到达上海港的时间):
    the route's name (阳逻港至上海港) and the words that name the trip (阳逻港到达上海港), else None; none
    in a story about a hub or route, whose own trips they are (武汉至明斯克 in the railway express's)."""
    if fig.unit not in TRIP_UNITS or main_kind in ("hub", "route"):
        return None
    pos = fig.start
    start = max(text.rfind(c, 0, pos) for c in "，；。,;") + 1
    for a, b, _ in mentions:
        if not start <= a < b <= pos:
            continue
        dest = re.match(_JOIN + r"([\u4e00-\u9fff]{2,12}?)(?:航线|班列|快线|专线|航班)?"
                        + _MEASURE_AFTER, text[b:pos])       # 鄂州至大阪航线单程: the trip 鄂州至大阪
        if dest and not re.search(r"[\d，、]", dest.group(1)):
            return trip_name((text[a:b], dest.group(1))), text[a:b + dest.end()]
    return None


def drop_trip(label: str, trip: tuple[str, str] | None) -> str:
    """A label without the words naming its trip, nor the 从/由 before them (货物从A到B的时间 -> 货物的时间)."""
    if not trip:
        return label
    at = label.find(trip[1])
    return label if at < 0 else re.sub(r"(?:从|由|自)$", "", label[:at]) + label[at + len(trip[1]):]


# A route named by its two ends (“武汉—布达佩斯”新能源汽车专列, 武汉至莫斯科航线, 武汉—莫斯科直飞航线).
_ROUTE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:—|-|－|至|到)([\u4e00-\u9fff]{2,8}?)[”\"]?[\u4e00-\u9fff]{0,10}?"
                    r"(?:航线|班列|专列|航班|快线|直飞)")


def route_places(text: str, places: dict[str, str]) -> list[str]:
    """The places abroad at the far end of the routes a text names, in Chinese and English (`places`: Chinese
    names to English), for the keywords of what the text says of those routes."""
    out: list[str] = []
    for m in _ROUTE.finditer(text):
        end = m.group(1)
        if end in places:
            out += [end, places[end]]
    return list(dict.fromkeys(out))
