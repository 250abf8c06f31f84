"""Issue 8, on made-up stories: containers printed as TEU are 标箱; rates said 同比增长分别为 go with their
values; 辐射…N个国家、M座城市 are the base's countries and cities reached; 到10月，今年新增 is January to
October and a 总量 after it a total as of October; a narrower kind of international route keeps its words;
and the engine reads 是在哪一天 as a date asked and 'annual cargo capacity' as a capacity."""
from __future__ import annotations

from bot import render
from conftest import ingested, proposed
from knowledge.ingest import read_article

TRAINS = ("中新网 2032-05-02\n\n中欧班列（武汉）前4个月发运量大增\n\n"
          "今年1月到4月，中欧班列（武汉）共发运388列、计31250TEU，同比增长分别为150.2%、148.7%。"
          "截至目前，中欧班列（武汉）共拥有44条稳定的跨境运输线路，辐射欧亚大陆38个国家、104座城市。"
          "开行十二年来，班列为沿线企业提供了稳定通道。\n")
FIRMS = ("湖北日报 2032-12-20\n\n开放型经济稳步向前\n\n"
         "到10月，湖北今年新增世界500强企业27家，总量则达到322家。\n"
         "截至目前，花湖国际机场已开辟第五航权航线9条、国际空空中转产品线路61条。\n")


def test_teu_and_rates_said_after_their_verb_and_countries_reached(curated_store):
    got = proposed(curated_store, TRAINS)
    assert got["31250"]["unit"] == "标箱", got["31250"]
    assert "148.7%" in got["31250"]["change_zh"], got["31250"]
    assert "150.2%" in got["388"]["change_zh"], got["388"]
    assert got["38"]["metric_zh"] == "辐射国家数" and got["104"]["metric_zh"] == "辐射城市数"
    assert got["十二"]["unit"] == "年" and got["十二"]["value_en"] == "12 years", got["十二"]
    engine = ingested(curated_store, TRAINS)
    assert "31250" in render(engine.answer("How many TEUs did the China-Europe trains from Wuhan carry in "
                                           "January-April 2032?"))
    assert "104" in render(engine.answer("How many cities did the Wuhan China-Europe trains reach as of May 2032?"))
    assert "12" in render(engine.answer("How many years has the China-Europe Railway Express (Wuhan) been running?"))


def test_a_year_so_far_after_a_month_is_cut_there_and_a_total_is_as_of_it(curated_store):
    got = proposed(curated_store, FIRMS)
    assert (got["27"]["period_start"], got["27"]["period_end"]) == ("2032-01-01", "2032-10-31"), got["27"]
    assert got["322"]["period_end"] == "2032-10-31" and not got["322"]["period_start"], got["322"]
    assert "500强" in got["322"]["metric_zh"] and "则" not in got["322"]["metric_zh"], got["322"]
    assert "空空中转" in got["61"]["metric_zh"], got["61"]
    engine = ingested(curated_store, FIRMS)
    assert "27" in render(engine.answer("2032年1至10月湖北新增了多少家世界500强企业？"))
    assert "61" in render(engine.answer("花湖国际机场已开通多少条国际空空中转产品线路？"))


def test_which_day_is_a_date_and_an_annual_capacity_is_a_capacity(curated_store):
    story = ("长江日报 2033-10-06\n\n花湖机场货邮吞吐量提前破百万吨\n\n"
             "9月10日，花湖国际机场2033年货邮吞吐量突破100万吨，同比增长55%。"
             "预计到2034年初，花湖国际机场货站年货邮吞吐能力将达到180万吨。\n")
    engine = ingested(curated_store, story)
    assert "9月10日" in render(engine.answer("2033年花湖国际机场货邮吞吐量是在哪一天突破100万吨的？"))
    assert "1.8 million" in render(engine.answer("What annual cargo capacity are Huahu airport's cargo terminals "
                                                 "expected to reach by early 2034?"))


OPENING = ("湖北日报 2034-12-22\n\n开放型经济再上台阶\n\n"
           "到10月，湖北今年新增世界500强企业26家，总量则达到335家，继续保持中部第一。\n"
           "今年1-11月，我省对外承包工程新签合同额148.2亿美元，同比增长21.3%，新签1亿美元以上的大项目29个，"
           "较去年同期增加11个。\n"
           "6月28日，某某智慧冷链国际货站项目正式开工，年保障货邮吞吐能力为45万吨。\n")


def test_a_kept_ranking_the_business_of_a_sentence_and_a_project_begun_name_their_figures(curated_store):
    got = proposed(curated_store, OPENING)
    ranks = [f for f in read_article(OPENING, curated_store).proposals if f.fact["value"] == "第一"]
    assert ranks and "500强" in ranks[0].fact["metric_zh"] and ranks[0].fact["period_end"] == "2034-10-31"
    assert got["29"]["metric_zh"].startswith("对外承包工程") and "100 million" in got["29"]["metric_en"], got["29"]
    assert got["11"]["metric_zh"].startswith("对外承包工程"), got["11"]
    assert "国际货站项目" in got["45"]["metric_zh"], got["45"]
    engine = ingested(curated_store, OPENING)
    assert "335" in render(engine.answer("How many Fortune Global 500 companies had invested in Hubei by October 2034?"))
    assert "11" in render(engine.answer("How many more US$100 million-plus overseas contracted projects did Hubei "
                                        "sign in January-November 2034 than a year earlier?"))
    assert "第一" in render(engine.answer("截至2034年10月，湖北世界500强企业数量在中部排第几？"))
    assert "45" in render(engine.answer("智慧冷链国际货站项目年保障货邮吞吐能力是多少？"))
