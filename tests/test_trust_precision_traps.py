"""From heldout50-51 (precision traps, phone typing; made-up figures beside the curated base): the 5,000th flight is
not the 10,000th; 'how many sqm' asks an area; the growth of foreign capital used is not the growth of new
foreign-invested firms; one member of a named group (新三样 电动车) is not the group's figure."""
from __future__ import annotations

import pytest

from conftest import answer_ids, beside_curated, facts_engine, period, put_named, said_fact as _fact

JAN_NOV = period("2031年1-11月", "January-November 2031", "2031-01-01", "2031-11-30")
NOW = period("截至2031年12月", "as of December 2031", None, "2031-12-20")


@pytest.fixture
def store(curated_store):
    return beside_curated(curated_store, "某省开放", "2031-12-20")


def test_the_5000th_flight_is_not_the_10000th(store):
    put_named(store, "xihu-airport", "西湖机场", "Xihu Airport", "hub")
    day = period("2031年10月9日", "9 October 2031", "2031-10-09", "2031-10-09")
    engine = facts_engine(store, _fact("xihu-airport", "当年第一万架次国际货运航班", "10,000th international cargo "
                                       "flight of the year", "第一万架次", "", "10,000th", day,
                                       "2031年10月9日，西湖机场迎来当年第一万架次国际货运航班。",
                                       "On 9 October 2031 Xihu Airport handled its 10,000th international cargo "
                                       "flight of the year.", topic="logistics"),
                          _fact("xihu-airport", "当年第一万架次国际货运航班所载货物", "cargo of the 10,000th "
                                "international cargo flight of the year", "电子产品、服装", "",
                                "electronics and clothing", day,
                                "2031年10月9日从西湖机场起飞的当年第一万架次国际货运航班，装运的是电子产品和服装。",
                                "The 10,000th international cargo flight of 2031, leaving Xihu Airport on 9 "
                                "October 2031, carried electronics and clothing.", topic="logistics"))
    assert not engine.answer("西湖机场2031年第5000架次国际货运航班是哪天起飞的？").found
    assert not engine.answer("When did Xihu Airport handle its 5,000th international cargo flight in 2031?").found
    assert answer_ids(engine.answer("西湖机场2031年第一万架次国际货运航班是哪天？")) == ["t-0"]


def test_how_many_sqm_asks_an_area(store):
    put_named(store, "xigu-station", "西谷货站", "West Valley Cargo Station", "hub")
    engine = facts_engine(
        store,
        _fact("xigu-station", "全省唯一性", "uniqueness in the province", "全省唯一", "", "the only one", NOW,
              "截至2031年12月，西谷货站是全省唯一的航空前置货站。",
              "As of December 2031 West Valley Cargo Station was the only forward air cargo station in the "
              "province.", topic="logistics"),
        _fact("xigu-station", "占地面积", "site area", "6200", "平方米", "6,200 square metres", NOW,
              "西谷货站占地6200平方米（截至2031年12月）。",
              "West Valley Cargo Station covers 6,200 square metres (as of December 2031).", topic="logistics"))
    assert answer_ids(engine.answer("West Valley cargo station, how many sqm?")) == ["t-1"]


def test_the_growth_of_foreign_capital_used_is_not_that_of_new_foreign_firms(store):
    put_named(store, "nanling", "南岭省", "Nanling Province", "region")
    engine = facts_engine(
        store,
        _fact("nanling", "新增外资企业数", "new foreign-invested enterprises", "733", "家", "733 firms", JAN_NOV,
              "2031年1-11月，南岭省新增外资企业733家，同比增长3.7%。",
              "Nanling Province saw 733 new foreign-invested enterprises in January-November 2031, up 3.7% year "
              "on year.", topic="investment", change_zh="增长3.7%", change_en="up 3.7%"),
        _fact("nanling", "实际利用外资", "foreign capital actually used", "18.8", "亿美元", "US$1.88 billion",
              JAN_NOV, "2031年1-11月，南岭省实际利用外资18.8亿美元。",
              "Nanling Province actually utilised US$1.88 billion of foreign capital in January-November 2031.",
              topic="investment"))
    assert not engine.answer("By how much did Nanling Province's actual use of foreign capital grow year on year "
                             "in Jan-Nov 2031?").found
    assert answer_ids(engine.answer("南岭省2031年1-11月实际利用外资多少？")) == ["t-1"]
    assert answer_ids(engine.answer("南岭省2031年1-11月新增外资企业多少家？")) == ["t-0"]


def test_one_member_of_a_named_group_is_not_the_groups_figure(store):
    put_named(store, "nanling", "南岭省", "Nanling Province", "region")
    engine = facts_engine(store, _fact("nanling", "“新三样”出口额", "exports of the 'new three'", "318.5", "亿元",
                                       "31.85 billion yuan", JAN_NOV,
                                       "2031年1-11月，南岭省光伏、电动车、锂电池这“新三样”的出口额为318.5亿元，增长两成多。",
                                       "Nanling Province's exports of the 'new three' (photovoltaics, electric "
                                       "vehicles, lithium batteries) were 31.85 billion yuan in January-November "
                                       "2031, up more than 20%.", change_zh="增长两成多", change_en="up more than 20%"))
    assert not engine.answer("南岭省 新三样 电动车 出口增速 2031年前11个月").found
    assert answer_ids(engine.answer("南岭省新三样出口增速 2031年前11个月")) == ["t-0"]


def test_of_two_directions_that_cannot_be_told_apart_the_nations_total_answers(store):
    put_named(store, "lanling-rail", "兰岭班列（武汉）", "Lanling Rail Express (Wuhan)", "route", "兰岭班列",
              "Lanling Rail Express")
    year = period("2031年", "2031", "2031-01-01", "2031-12-31")
    engine = facts_engine(
        store,
        _fact("lanling-rail", "去程开行列数", "outbound trains run", "731", "列", "731 trains", year,
              "2031年兰岭班列（武汉）去程开行731列。", "The Lanling Rail Express (Wuhan) ran 731 outbound trains in "
              "2031.", topic="logistics"),
        _fact("lanling-rail", "回程开行列数", "return trains run", "522", "列", "522 trains", year,
              "2031年兰岭班列（武汉）回程开行522列。", "The Lanling Rail Express (Wuhan) ran 522 return trains in "
              "2031.", topic="logistics"),
        _fact("china", "开行列数", "trains run", "2.07万", "列", "20,700 trains", year,
              "2031年全国兰岭班列开行2.07万列。", "Lanling Rail Express trains nationwide ran 20,700 trains in 2031.",
              topic="logistics"))
    assert answer_ids(engine.answer("2031年全国兰岭班列开行了多少列？")) == ["t-2"]


def test_of_two_measures_that_cannot_be_told_apart_the_measure_they_narrow_answers(store):
    put_named(store, "lanou-rail", "兰欧班列（武汉）", "Lan-Europe Rail Express (Wuhan)", "route", "兰欧班列",
              "Lan-Europe Rail Express", "Lan-Europe trains")
    q1q3 = period("2031年前三季度", "Q1-Q3 2031", "2031-01-01", "2031-09-30")

    def trains(metric_zh: str, metric_en: str, value: str, zh: str, en: str) -> dict:
        return _fact("lanou-rail", metric_zh, metric_en, value, "列", f"{value} trains", q1q3,
                     f"2031年前三季度兰欧班列（武汉）{zh}{value}列。",
                     f"In Q1-Q3 2031 the Lan-Europe Rail Express (Wuhan) ran {value} {en}.", topic="logistics")

    engine = facts_engine(store, trains("对欧洲开行列数", "trains run to Europe", "533", "对欧洲开行", "trains to Europe"),
                          trains("开行列数", "trains run", "1150", "共开行", "trains"),
                          trains("回程开行列数", "return trains run", "462", "回程开行", "return trains"),
                          trains("去程开行列数", "outbound trains run", "688", "去程开行", "outbound trains"),
                          trains("对中亚开行列数", "trains run to Central Asia", "417", "对中亚开行",
                                 "trains to Central Asia"))
    assert answer_ids(engine.answer("How many Lan-Europe trains ran from and to Wuhan in Q1-Q3 2031?")) == ["t-1"]


def test_keywords_ending_in_volume_or_units_ask_a_quantity_not_a_rank(store):
    put_named(store, "heizhi-chip", "黑枝智能", "Heizhi Technologies", "firm")
    year = period("2031年", "2031", "2031-01-01", "2031-12-31")
    engine = facts_engine(store, _fact("heizhi-chip", "车规级SoC芯片出货量全球排名", "global rank by automotive SoC "
                                       "shipments", "第三", "", "third", year,
                                       "按2031年车规级高算力SoC芯片出货量计，黑枝智能位居全球第三。",
                                       "By 2031 shipments of automotive-grade SoC chips, Heizhi Technologies was the "
                                       "world's third-largest supplier.", topic="firm"))
    assert not engine.answer("Heizhi 2031 SoC shipment volume units").found
    assert answer_ids(engine.answer("Heizhi 2031 SoC shipments rank")) == ["t-0"]
