"""Hubei's districts and county-level cities, for stories about one of them (新洲区前三季度外贸…): each a
place of its own, never folded into the city or province around it."""
from __future__ import annotations

from pypinyin import lazy_pinyin

# Wuhan's districts by their full names; the bare name too where it means nothing else (新洲, 黄陂).
_WUHAN_DISTRICTS = ("江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "青山区", "洪山区", "东西湖区", "汉南区", "蔡甸区",
                    "江夏区", "黄陂区", "新洲区")
_BARE_OK = ("东西湖", "蔡甸", "江夏", "黄陂", "新洲", "硚口", "洪山")
# County-level cities of Hubei (by 市 name; the bare name where it is distinctive).
_COUNTY_CITIES = ("大冶市", "宜都市", "枝江市", "当阳市", "汉川市", "应城市", "安陆市", "麻城市", "武穴市", "赤壁市",
                  "枣阳市", "老河口市", "宜城市", "丹江口市", "钟祥市", "京山市", "松滋市", "石首市", "洪湖市", "监利市",
                  "广水市", "利川市", "恩施市")
_BARE_CITIES = ("大冶", "宜都", "枝江", "汉川", "麻城", "武穴", "赤壁", "枣阳", "老河口", "丹江口", "钟祥", "松滋", "宜城")
# Counties (县), by their common names; the bare name where it is distinctive (鹤峰, not 公安 nor a single character).
_COUNTIES = ("阳新县", "郧西县", "竹山县", "竹溪县", "房县", "远安县", "兴山县", "秭归县", "长阳县", "五峰县", "南漳县",
             "谷城县", "保康县", "沙洋县", "孝昌县", "大悟县", "云梦县", "公安县", "江陵县", "团风县", "红安县", "罗田县",
             "英山县", "浠水县", "蕲春县", "黄梅县", "嘉鱼县", "通城县", "崇阳县", "通山县", "随县", "建始县", "巴东县",
             "宣恩县", "咸丰县", "来凤县", "鹤峰县")
_BARE_COUNTIES = tuple(n[:-1] for n in _COUNTIES if len(n) == 3 and n != "公安县")
_KIND_EN = {"区": "District", "市": "City", "县": "County"}
# China's other provinces and regions: 河南省西峡县 names a county of its own, far from any Hubei place.
OTHER_PROVINCES = ("河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
                   "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆")


def _english(name: str) -> str:
    """硚口区 -> Qiaokou District, 大冶市 -> Daye City (都 read du, as in 宜都)."""
    stem = "".join("du" if ch == "都" else py for ch, py in zip(name[:-1], lazy_pinyin(name[:-1]))).title()
    return f"{stem} {_KIND_EN[name[-1]]}"


def _entry(name: str) -> tuple[str, str, str]:
    english = _english(name)
    return english.lower().replace(" ", "-"), english, "region"


COUNTIES: dict[str, tuple[str, str, str]] = {}
for _name in (*_WUHAN_DISTRICTS, *_COUNTY_CITIES, *_COUNTIES):
    COUNTIES[_name] = _entry(_name)
    if _name[:-1] in _BARE_OK or _name[:-1] in _BARE_CITIES or _name[:-1] in _BARE_COUNTIES:
        COUNTIES[_name[:-1]] = COUNTIES[_name]


def county_names(eid: str) -> tuple[str, list[str]] | None:
    """A district's or county-level city's full Chinese name and its aliases (宜都, Yidu), by id."""
    names = [zh for zh, entry in COUNTIES.items() if entry[0] == eid]
    if not names:
        return None
    full, english = max(names, key=len), COUNTIES[names[0]][1]
    return full, [*names, english, english.rsplit(" ", 1)[0]]


COUNTY_IDS = frozenset(entry[0] for entry in COUNTIES.values())
