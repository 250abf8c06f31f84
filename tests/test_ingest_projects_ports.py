"""Investment attraction and a port group's year so far (made-up figures).
Reader: 签约400个项目 is signed, not "about 400"; projects counted right after their stage (本次签约30亿元以上项目共6个)
or among the projects of a stage (签约的…项目中，10亿元以上项目524个，50亿元以上项目115个) are of that stage; a growth
over two bases (同比2030年增长48%、2029年增长14%) gives the second its own fact over the older year, and neither base
year is the period of the figures after it; a running total with a rate (累计完成…，同比增长) after a span (1-4月) is that
span's; a group named by its place (湖北港口集团) is an entity; 招商引资 is investment attraction, not foreign investment;
其中进口…，出口… after a flow's measure (进出口货运量) are that measure's flows; 1―3月 (a horizontal bar) is a span; trade
modes listed before 与去年同期相比分别增长 each get their rate; 分别完成年计划的17%和25% are each item's share of its plan;
去年，…；全年… is last year's whole.
Engine: a stage asked (开工项目, signed projects) is not answered by another stage's figure, a threshold in English
(worth 1 billion yuan or more) by a lower one, a growth over one year by a growth over another, a depth (几米) or a
ship's class (多少吨级) by a count or a cargo's tonnes, a volume by an average price, contracted investment by a count."""
from __future__ import annotations

from conftest import first_line, ingested
from knowledge.ingest import read_article

DRIVE = ("某某网 2031-07-29\n我省招商引资成绩亮眼\n\n"
         "7月28日召开的全省招商引资推进会传出消息：今年上半年招商引资亿元以上签约项目2910个，同比2030年增长48%、2029年"
         "增长14%；签约金额21482亿元，同比2030年增长92%、2029年增长26%。\n"
         "从开工情况来看，全省招商引资亿元以上开工项目1553个，比2029年同期增长13%。\n"
         "上半年全省签约400个外向型产业项目。上半年签约的2910个亿元以上项目中，10亿元以上项目524个，50亿元以上项目115个。"
         "本次签约30亿元以上项目共6个。\n")

PORT = ("某某日报 2033-05-16\n湖北港口集团生产经营持续向好\n\n"
        "湖北港口集团4月经济指标持续向好。1-4月实现营收57.83亿元，同比增长27%。七大生产业务指标均实现同比增长，累计完成"
        "港口货物吞吐量6068.65万吨，同比增长13.1%；集装箱吞吐量108.9万标准箱，同比增长27.87%。\n"
        "某某港常年水深在7米至15米，可靠泊5000吨至10000吨级船舶。当日一艘装载135吨汽车零配件的货轮抵港，这是该港今年第100艘次"
        "出入境船舶。\n")

TEA = ("某某日报 2032-09-09\n茶叶出口\n\n上半年我省茶叶出口总额0.84亿美元，同比增长56.8%。\n"
       "数据显示，2031年我省茶叶出口均价11.9美元/公斤，同比增长26.5%。\n")


def test_stages_of_projects_are_read_with_the_count(store):
    facts = {p.fact["value"]: p.fact for p in read_article(DRIVE, store).proposals}
    assert "签约" in facts["400"]["metric_zh"] and facts["400"]["value"] == "400"
    assert all("签约" in facts[v]["metric_zh"] for v in ("524", "115", "6"))
    assert "signed" in facts["524"]["metric_en"]


def test_a_growth_over_two_bases_and_the_period_after_it(store):
    facts = {p.fact["value"]: p.fact for p in read_article(DRIVE, store).proposals}
    assert "2029" in facts["14"]["metric_zh"] and facts["14"]["period_start"] == "2031-01-01"
    assert (facts["21482"]["period_start"], facts["21482"]["period_end"]) == ("2031-01-01", "2031-06-30")
    assert "foreign" not in facts["2910"]["metric_en"].lower()


def test_a_running_total_after_a_span_is_the_spans_and_a_placed_group_is_named(store):
    reading = read_article(PORT, store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert all((facts[v]["period_start"], facts[v]["period_end"]) == ("2033-01-01", "2033-04-30")
               for v in ("6068.65", "108.9"))
    group = next(e for e in reading.new_entities if e["name_zh"] == "湖北港口集团")
    assert facts["57.83"]["entity"] == group["id"]


def test_a_stage_threshold_or_base_year_asked_is_not_answered_by_another(store):
    engine = ingested(store, DRIVE)
    assert "2910" not in first_line(engine, "2031年上半年湖北全省招商引资亿元以上开工项目有多少个?")
    assert "2910" not in first_line(engine, "How many signed projects worth 1 billion yuan or more did Hubei have in H1 2031?")
    assert "48%" not in first_line(engine, "跟2029年同期比呢,2031年上半年湖北签约的亿元以上项目个数涨了多少?")
    assert "14%" in first_line(engine, "跟2029年同期比呢,2031年上半年湖北签约的亿元以上项目个数涨了多少?")


def test_a_depth_a_ships_class_and_a_volume_are_not_other_figures(store):
    engine = ingested(store, PORT)
    assert "100艘次" not in first_line(engine, "某某港常年水深最浅有几米？")
    assert "135吨" not in first_line(engine, "某某港最大能靠泊多少吨级的船舶？")
    engine = ingested(store, TEA)
    assert "11.9" not in first_line(engine, "湖北 2031 茶叶出口量 吨")
    assert "11.9" not in first_line(engine, "2031年湖北茶叶出口总值多少美元?")
    assert "11.9" in first_line(engine, "2031年湖北茶叶出口均价是多少?")


def test_contracted_investment_asked_is_an_amount_not_a_count_of_projects(store):
    engine = ingested(store, "某某社 2031-04-20\n\n重大项目方面，一季度湖北新签约总投资1亿美元以上的外资项目23个，合同外资总额41.5亿美元。\n")
    reply = first_line(engine, "What was the contracted foreign investment of Hubei's new large foreign projects signed in Q1 2031?")
    assert "4.15 billion" in reply


YICHANG = ("某某网 2036-04-15\n一季度某某口岸货运量\n\n"
           "今年1―3月，宜昌口岸进出口货运量累计完成102631吨，同比下降24.4%，其中进口68285吨，同比下降33.2%，出口34346吨，"
           "同比增长2.7%。\n今年以来我市一般贸易、来料加工装配贸易进出口增速显著提升，与去年同期相比分别增长52.1%、31.3%。\n"
           "1-3月，宜昌口岸进出口货运量、出口集装箱量分别完成年计划的17%和25%。\n"
           "去年，我省有出口实绩的茶叶企业47家；全年茶叶出口1.2万吨，出口总值1.45亿美元。\n")


def test_a_ports_flows_a_list_of_trade_modes_and_shares_of_the_years_plan(store):
    facts = {p.fact["value"]: p.fact for p in read_article(YICHANG, store).proposals}
    assert (facts["102631"]["period_start"], facts["102631"]["period_end"]) == ("2036-01-01", "2036-03-31")
    assert facts["68285"]["metric_zh"].endswith("进口货运量") and facts["34346"]["metric_zh"].endswith("出口货运量")
    assert "一般贸易" in facts["52.1"]["metric_zh"] and "来料加工" in facts["31.3"]["metric_zh"]
    assert "货运量" in facts["17"]["metric_zh"] and "集装箱" in facts["25"]["metric_zh"]
    assert "目标" in facts["17"]["metric_zh"]


def test_the_whole_year_after_last_year_is_last_years(store):
    facts = {p.fact["value"]: p.fact for p in read_article(YICHANG, store).proposals}
    assert all(facts[v]["period_start"] == "2035-01-01" and facts[v]["period_end"] == "2035-12-31"
               for v in ("1.2", "1.45"))


def test_places_listed_before_their_shared_measure_each_get_their_rate(store):
    text = DRIVE + "从区域来看，宜昌、武汉、十堰等市州完成较好，咸宁和宜昌上半年签约项目金额同比2029年分别增长164%和90%。\n"
    facts = {p.fact["value"]: p.fact for p in read_article(text, store).proposals}
    assert (facts["164"]["entity"], facts["90"]["entity"]) == ("xianning", "yichang")
    assert all("2029" in facts[v]["metric_zh"] and facts[v]["period_end"] == "2031-06-30" for v in ("164", "90"))
    engine = ingested(store, text)
    assert "90%" in first_line(engine, "宜昌2031年上半年签约项目金额比2029年同期涨了多少啊?")


def test_a_share_of_the_target_a_launch_date_a_weight_and_a_values_growth_are_asked_as_such(store):
    engine = ingested(store, DRIVE + "上半年签约总金额已完成全年目标的71%。\n")
    assert "21482" not in first_line(engine, "2031年上半年湖北签约总金额完成了全年目标的多少?")
    assert "14%" not in first_line(engine, "In H1 2031, by what percentage did the value of Hubei's signed projects grow "
                                           "compared with the same period of 2029?")
    engine = ingested(store, "某某网 2031-01-13\n\n2030年12月25日，武汉正式开通直航航班。截至2030年底，已有近900家台企落户武汉。\n")
    assert "900" not in first_line(engine, "Wuhan direct flights launch date")
    engine = ingested(store, "某某网 2031-04-15\n\n1-3月，宜昌出口集装箱2026标箱。橄榄石出口限重22吨/TEU。\n")
    assert "2026" not in first_line(engine, "What weight limit per TEU was placed on Yichang's olivine exports?")


def test_a_measure_narrowed_by_words_the_question_says_is_not_answered_by_the_broader_one(curated_store):
    engine = ingested(curated_store, "某某日报 2033-05-16\n\n1-4月，湖北港口集团完成集装箱吞吐量108.9万标准箱，同比增长27.87%；"
                             "铁水联运集装箱吞吐量6.86万标准箱，同比增长48.78%；中欧班列（长江号）发运417列，同比增长191.61%；"
                             "汉亚直航集装箱运输量8673标准箱，同比增长1.46%。\n")
    reply = first_line(engine, "湖北港口集团汉亚直航2033年1-4月集装箱运输量是多少标箱？")
    assert "108.9" not in reply and "6.86" not in reply, reply
