"""Issue 8, on made-up stories: a repost's pinyin notes (自貿(mào)區(qū)) are no text; a share said before its noun
(全省23.5%的专利); a running total to a day with its rate (截至11月30日…累计…同比增长) is January to that day; a port's
口 and its phases (三期码头) are no names; values listed with one unit after partners named in the clause before
(…和新加坡，实际使用外资金额分别为36.89、7.49和6.19亿美元) are the investment from each, and 合计占 their share
together; sectors listed with their rates (建筑业和制造业引资…分别增长); a share of the year's target; 排名前20强 and a
list of who holds the places; new routes of two kinds; a partner after its rank (第一大贸易伙伴东盟进出口). And in the
engine: a sector, a kind of firm or a product asked is not answered by the whole; a domestic figure for an
international one; a share for a count; a count for an amount traded; containers for all cargo; the month of a
figure for the month of an event."""
from __future__ import annotations

from bot import render
from conftest import ingested, proposed

PORT = ("湖北日報 2038-12-18\n\n武漢港再創新高\n\n"
        "湖北日?qǐng)?bào)訊 武漢陽邏港一期、二期、三期碼頭已整合運營，至5月份，單月箱量達到33.2萬標箱。\n"
        "截至11月30日，武漢港口累計完成貨物吞吐量1.2301億噸，同比增長12.4%，集裝箱吞吐量261.3萬標箱，同比增長8.8%。\n"
        "湖北自貿(mào)區(qū)在全省0.07%的國土上創造出全省31.5%的外貿總值。\n")

FDI = ("中国网 2038-11-13\n\n前三季度湖北利用外资情况\n\n"
       "前三季度，湖北省实际使用外资金额91.2亿美元，同比增长6.1%。全省新批设外商独资项目(企业)171个。\n"
       "前三季度，排名前三的外资来源地仍然是香港、日本和新加坡，实际使用外资金额分别为38.6、8.1和6.4亿美元，"
       "合计占全省实际使用外资金额的58.2%。\n"
       "第二产业中，建筑业和制造业引资增长较快，分别同比增长380.5%和19%。\n")

CONTAINERS = ("现代物流报 2038-12-06\n\n武汉港集装箱量增速领先\n\n"
              "前10个月集装箱吞吐量在全国141个港口中排名前20强，增速在全国50家大中型港口排名第一。"
              "武汉港前10个月集装箱吞吐量完成221万标箱，较2037年同期增长18.3%，为年度目标的92.08%。"
              "前10个月集装箱吞吐量排名全国前三名的分别是上海港、宁波舟山港和深圳港。\n")

AIRPORT = ("中新社 2039-01-07\n\n花湖机场货量居中部第一\n\n"
           "2038年，鄂州花湖国际机场新开国内货运航线12条、国际及地区货运航线18条，"
           "已累计开通货运航线97条，通达38个国际和地区航点。\n"
           "从贸易伙伴来看，上半年，东盟、欧盟以及美国为湖北前三大贸易伙伴。其中，第一大贸易伙伴东盟进出口512.4亿元，"
           "增长9.6%。湖北对RCEP其他成员进出口936.2亿元。\n")


def test_a_reposts_notes_a_share_before_its_noun_and_a_running_total_to_a_day(curated_store):
    got = proposed(curated_store, PORT)
    assert got["31.5"]["entity"] == "hubei-ftz" and got["31.5"]["metric_zh"] == "外贸总值占全省比重", got["31.5"]
    assert got["0.07"]["metric_en"] == "land area as a share of the total", got["0.07"]
    assert (got["1.2301"]["period_start"], got["1.2301"]["period_end"]) == ("2038-01-01", "2038-11-30")
    assert got["1.2301"]["metric_zh"] == "货物吞吐量" and got["261.3"]["period_start"] == "2038-01-01"
    assert got["33.2"]["entity"] == "yangluo-port" and got["33.2"]["metric_zh"] == "集装箱吞吐量", got["33.2"]


def test_values_listed_after_partners_named_before_and_sectors_with_their_rates(curated_store):
    got = proposed(curated_store, FDI)
    assert got["38.6"]["entity"] == "hong-kong" and "来自香港" in got["38.6"]["metric_zh"], got["38.6"]
    assert got["6.4"]["entity"] == "singapore" and got["8.1"]["unit"] == "亿美元"
    assert got["58.2"]["entity"] == "hubei" and "新加坡" not in got["58.2"]["metric_zh"], got["58.2"]
    assert got["380.5"]["metric_zh"] == "建筑业引资增速" and got["19"]["metric_zh"] == "制造业引资增速"
    engine = ingested(curated_store, FDI)
    assert "380.5" in render(engine.answer("2038年前三季度湖北建筑业实际使用外资同比增长多少？")).split("\n")[0]
    whole = render(engine.answer("2038年前三季度湖北金融业实际使用外资增长了多少？")).split("\n")[0]
    assert "6.1" not in whole and "380.5" not in whole          # no sector's figure, nor the whole, for finance
    count = render(engine.answer("2038年前三季度湖北新批设外商直接投资项目多少个？")).split("\n")[0]
    assert "171" not in count                                     # the wholly owned ones are a part


def test_a_share_of_the_target_places_in_a_ranking_and_who_holds_them(curated_store):
    got = proposed(curated_store, CONTAINERS)
    assert got["92.08"]["metric_zh"] == "集装箱吞吐量完成年度目标比例", got["92.08"]
    assert got["前20强"]["value_en"] == "top 20" and "141" not in got and "50" not in got
    assert "前三名" not in got                                   # 上海港… hold those places, not Wuhan
    engine = ingested(curated_store, CONTAINERS)
    assert "92.08" in render(engine.answer("到2038年10月底，武汉港集装箱吞吐量完成了年度目标的百分之多少？"))


def test_new_routes_of_two_kinds_points_reached_and_a_partner_after_its_rank(curated_store):
    got = proposed(curated_store, AIRPORT)
    assert got["18"]["metric_zh"] == "新开国际货运航线数" and got["97"]["period_start"] == "", got["18"]
    assert got["38"]["metric_en"] == "number of international and regional destinations", got["38"]
    assert got["512.4"]["entity"] == "asean" and got["512.4"]["period_end"] == "2038-06-30", got["512.4"]
    assert got["936.2"]["entity"] == "rcep", got["936.2"]
    engine = ingested(curated_store, AIRPORT)
    assert "18" in render(engine.answer("2038年花湖机场新开了几条国际及地区货运航线？")).split("\n")[0]
    routes = render(engine.answer("2038年花湖机场新开了几条国际货运航线？")).split("\n")[0]
    assert "12条" not in routes


def test_the_engine_keeps_the_kind_of_figure_and_the_event_asked(curated_store):
    engine = ingested(curated_store, PORT + "今年1月，阳逻港码头整合完成。\n")
    cargo = render(engine.answer("2038年1至11月武汉港口货物吞吐量是多少？")).split("\n")[0]
    assert "1.2301" in cargo and "261.3" not in cargo
    month = render(engine.answer("阳逻港码头是在2038年几月整合完成的？")).split("\n")[0]
    assert "33.2" not in month
    fdi = ingested(curated_store, FDI)
    assert "58.2" not in render(fdi.answer("2038年前三季度湖北有几个地市实际使用外资下降？")).split("\n")[0]
    trade = ingested(curated_store, AIRPORT + "湖北与RCEP成员国中15个国家完成生效程序。\n")
    assert "15" not in render(trade.answer("How much did Hubei trade with other RCEP members in 2038?")).split("\n")[0]
