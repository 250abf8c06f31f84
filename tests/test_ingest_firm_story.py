"""A firm's story that never names Hubei (据某某股份有限公司消息，某某巴西饮料厂…): figures with no subject named are the
firm's, not Hubei's, and carry the country of its plant so a question naming it finds them; 当年9月 after 2027年5月 is
September 2027; a Hubei brand keeps its English name (安琪: Angel). A day or year asked of one event (哪年通过验收,
when did it sign) is not answered by an amount or another event's year, and a day asked (几月几号) not by a year alone.
One year asked (2021年进出口) is not answered by a figure over several years that starts in it (十四五期间666亿元)."""
from __future__ import annotations

from conftest import first_line, ingested, proposed
from knowledge.ingest import read_article

PLANT = ("某某新闻网 2029年03月01日\n巴西首家中国饮料工厂投产\n\n"
         "某某网宜昌2月28日电 据宜飞饮料股份有限公司消息，宜飞巴西饮料厂27日竣工投产，总投资达2亿美元。\n"
         "宜飞巴西饮料厂位于巴西圣保罗州，占地320多亩。项目于2027年5月签署投资协议，当年9月破土动工，2028年6月建成。\n"
         "2028年试运行期间，巴西公司实现销售收入4.56亿元人民币，为当地提供了600多个工作岗位。\n")


def test_a_firms_story_gives_unnamed_figures_to_the_firm_with_its_plants_country(store):
    reading = read_article(PLANT, store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    firm = next(e for e in reading.new_entities if e["name_zh"] == "宜飞饮料股份有限公司")
    assert {facts[v]["entity"] for v in ("320多", "4.56", "600多")} == {firm["id"]}
    assert "巴西" in facts["320多"]["keywords"] and "Brazil" in facts["600多"]["keywords"]
    assert (facts["9月"]["period_start"], facts["9月"]["period_end"]) == ("2027-09-01", "2027-09-30")


def test_a_hubei_brand_keeps_its_english_name(store):
    reading = read_article(PLANT.replace("宜飞饮料", "安琪酵母").replace("宜飞巴西饮料厂", "安琪巴西酵母厂"), store)
    firm = next(e for e in reading.new_entities if e["name_zh"] == "安琪酵母股份有限公司")
    assert firm["name_en"].startswith("Angel Yeast")


def test_questions_on_the_plant_find_the_firms_figures(store):
    engine = ingested(store, PLANT)
    assert "600多个" in first_line(engine, "宜飞饮料在巴西的饮料厂给当地提供了多少个工作岗位?")
    assert "320多亩" in first_line(engine, "宜飞巴西饮料厂占地多少亩?")


def test_a_date_asked_of_one_event_is_not_an_amount_or_another_events_year(store):
    engine = ingested(store, PLANT)
    assert "2亿美元" not in first_line(engine, "When did Yifei sign the investment agreement for its Brazilian plant?")
    airport = ("某某晚报 2031-12-20\n\n某某机场自1999年通航以来客流持续增长，今年旅客吞吐量达到1200万人次。"
               "4月15日，T2航站楼焕新起航。2030年，机场航空口岸通过国家验收。\n")
    engine = ingested(store, airport)
    assert "1999" not in first_line(engine, "某某机场T2航站楼是几月几号焕新起航的？")
    assert "1200万" not in first_line(engine, "某某机场航空口岸是哪年通过国家验收的?")


def test_one_year_asked_is_not_answered_by_a_figure_over_several_years(store):
    engine = ingested(store, "某某网 2025-10-22\n\n“十四五”期间，荆门市外贸进出口总额达666亿元，年均增长12.5%。\n"
                             "荆门外贸实现较快增长。全市进出口总额从2021年111亿元增至2024年177.7亿元。\n")
    assert "111亿元" in first_line(engine, "荆门2021年进出口总额是多少")
    assert "11.1 billion" in first_line(engine, "Jingmen total foreign trade 2021 how much")
    assert "666亿元" in first_line(engine, "“十四五”期间荆门累计进出口多少")
