"""Kinds of tea, exclaimed leads, parts of a port's total and firms named with their city (made-up figures).
Reader: a product named in a sentence's first clause is the product of the bare volume, share and price in its later
clauses (红茶出口额…；出口量为…；均价为每千克…), and of the flow said after its kind (花茶茶类出口中，…出口额); 出口茶叶总额
is the tea's too; 均排名各省第五 ranks both values before it, nationally, and 各省绿茶出口第四 too; 截至2030年一季度 is
a state at March's end; a count that looks like a year (批准台资企业1972家) is a count; 同比实现翻番 is the value's
change; 2万多吨 is more than 20,000 tonnes in English; a figure exclaimed before its subject (243.62万标箱！…武汉港
2030年集装箱吞吐量再创新高) is that measure's, and its parts said after it again (…万标箱中，内贸箱、外贸箱分别…) are
the port's, of the same year; a reporters' line ends no line before it; 85%以上的无纺布企业复工复产 is a share of
firms; goods listed after one verb (送交医用防护服5万件、口罩2400多万片) are each sent; a firm named with its city in
brackets and its kind (联想移动通信贸易(武汉)有限公司) is the base's firm when it starts with one of its names, and
the measure after the value it ranks by (以361.5亿美元的出口总值) names it; a quoted name in its own clause (“车谷造”汽车
出海) is not the things counted before (16个空白市场); parts of a whole said again carry the whole's words (签约); a
sentence saying what its subject is one of (小河港是…核心港区之一) keeps that subject for the next; a size before a name
(规划建设46平方公里某某(小河)临港经济区) and a plan's slogan (“一港双核五港区”) are no names; 冲刺280万标箱 after 力争实现260万标箱
is a higher goal of the same measure; 新增13家，累计达到267家 is the running total.
Engine: a price asked (均价) is not an amount exported; one kind's ranking (绿茶出口排名) is not another kind's nor all
tea's; 缩短多少时间 is not a journey's length; 几个停留站点 is not a count of countries; a group named by its ranking
(排名前100大的企业里有多少家) asks a count; the signed projects asked (签约的7个项目) are not firms registered; 截至…一季度…累计 is a
state; keywords ending 同比增长 ask the growth; manufacturing projects (misspelt too) are not all projects; a firm
in pinyin after a place (Hubei Leidite) and a firm named with its city (某某精密工业(武汉)) are declined when the base
does not hold them; a state at a part's end (截至2030年上半年) answers that part asked (上半年, 到…为止, as of the first
half), not another; 仙桃市商务局 is not the base's 市商务局."""
from __future__ import annotations

from conftest import first_line, ingested
from knowledge.ingest import read_article

TEA = ("某某网 2031-06-02\n茶叶出口\n\n2030年，湖北省出口茶叶总额为2.9亿美元，占全国总出口额9%；出口量为3.35万吨，占全国总出口量7%，"
       "均排名各省第五。\n"
       "红茶出口额为4455万美元，同比增长71.6%，全省占比18%；出口量为2748吨，同比增长50.5%，全省占比8%；均价为每千克16.8美元。\n"
       "绿茶出口额为2.5亿美元，全省占比68%；出口量3.1万吨，同比增长15.7%，全省占比90%，均排名各省绿茶出口第四。\n"
       "花茶茶类出口中，湖北省出口额为353万美元，同比增长34.8%。\n")

PORT = ("湖北日报 2031-01-06\n武汉港集装箱\n\n243.62万标箱！同比增长26.06%。1月4日，武汉新港管委会通报，武汉港2030年集装箱吞吐量"
        "再创新高。\n243.62万标箱中，内贸箱、外贸箱分别完成112.2万标箱和131.42万标箱。\n")


def _facts(store, text, date=None):
    return {p.fact["value"]: p.fact for p in read_article(text, store, date=date).proposals}


def test_a_product_goes_on_through_its_sentence_and_ranks_go_to_both_values(store):
    proposals = read_article(TEA, store).proposals
    facts = {p.fact["value"]: p.fact for p in proposals}
    assert facts["2748"]["metric_zh"] == "红茶出口量" and facts["2748"]["metric_en"] == "export volume of black tea"
    assert facts["16.8"]["metric_zh"] == "红茶出口均价"
    assert facts["16.8"]["metric_en"] == "average export price of black tea"
    assert facts["3.1"]["metric_zh"] == "绿茶出口量" and facts["353"]["metric_zh"] == "花茶出口额"
    assert facts["3.35"]["metric_zh"] == "茶叶出口量"
    ranks = {(p.fact["metric_zh"], p.fact["value"]) for p in proposals if "排名" in p.fact["metric_zh"]}
    assert {("茶叶总出口额全国排名", "第五"), ("茶叶出口量全国排名", "第五"), ("绿茶出口量全国排名", "第四")} <= ranks
    assert facts["68"]["metric_zh"] == "绿茶出口额占比"          # not the ranking's share


def test_kinds_prices_and_rankings_are_asked_as_such(store):
    engine = ingested(store, TEA)
    assert "16.8" in first_line(engine, "2030年湖北红茶出口均价每千克多少美元?")
    assert "2748" in first_line(engine, "2030年湖北红茶出口量是多少吨?")
    prices = ingested(store, "某某网 2031-06-02\n\n2030年，湖北红茶出口额为4455万美元。\n")
    assert "4455" not in first_line(prices, "2030年湖北出口红茶的均价是每千克多少美元?")
    ranks = ingested(store, "某某网 2031-06-02\n\n2030年，湖北红茶出口排名全国第五。\n")
    assert "第五" not in first_line(ranks, "2030年湖北绿茶出口在各省中排名第几?")
    whole = ingested(store, "某某网 2031-06-02\n\n2030年，湖北茶叶出口排名全国第五。\n")
    assert "第五" not in first_line(whole, "2030年湖北乌龙茶出口排名第几?")
    assert "第五" in first_line(whole, "2030年湖北茶叶出口排名第几?")


def test_a_state_at_a_quarter_s_end_and_a_count_like_a_year(store):
    text = "某某网 2031-01-12\n\n截至2030年一季度，全省累计批准台资企业1972家，投资总额45.92亿美元。\n"
    facts = _facts(store, text)
    assert facts["1972"]["period_end"] == "2030-03-31" and not facts["1972"]["period_start"]
    engine = ingested(store, text)
    assert "1972" in first_line(engine, "截至2030年一季度湖北累计批准台资企业有多少家?")


def test_doubled_more_than_and_an_exclaimed_lead_with_its_parts(curated_store):
    facts = _facts(curated_store, "某某日报 2035-01-04\n\n2034年，武汉经开区助力车企打开16个空白市场，“车谷造”汽车出海突破12万辆，"
                                  "同比实现翻番。湖北出口茶叶2万多吨。\n")
    assert facts["12"]["metric_zh"] == "汽车出海" and facts["12"]["change_zh"] == "同比翻番"
    assert "doubled year on year" in facts["12"]["statement_en"]
    assert facts["2万多"]["value_en"] == "more than 20,000 tonnes"
    proposals = read_article(PORT, curated_store).proposals
    facts = {p.fact["value"]: p.fact for p in proposals}
    assert [p.fact["value"] for p in proposals].count("243.62") == 1
    lead = facts["243.62"]
    assert (lead["entity"], lead["metric_zh"], lead["period_start"]) == ("wuhan-port", "集装箱吞吐量", "2030-01-01")
    assert lead["change_zh"] == "同比增长26.06%"
    part = facts["112.2"]
    assert (part["entity"], part["metric_zh"], part["period_end"]) == ("wuhan-port", "内贸箱吞吐量", "2030-12-31")


def test_bylines_shares_of_firms_goods_after_one_verb_and_firms_with_their_city(curated_store):
    facts = _facts(curated_store, "人民日报 2036-04-22\n班列抵达\n历经15天，行驶10300公里，横跨8个欧亚国家\n本报驻法国记者 某甲 某乙\n"
                                  "该班列共计41个集装箱。\n")
    assert facts["8"]["metric_zh"] == "横跨欧亚国家数" and facts["10300"]["metric_zh"] == "行驶里程"
    facts = _facts(curated_store, "某某日报 2030年04月04日\n\n仙桃85%以上的无纺布企业复工复产。从2月底开始，仙桃每日向省防控指挥部"
                                  "送交医用防护服5万件、口罩2400多万片。\n")
    assert facts["85"]["metric_zh"] == "无纺布企业复工复产占比" and facts["85"]["unit"] == "%"
    assert facts["2400多"]["metric_zh"] == "每日向省防控指挥部送交口罩" and facts["2400多"]["unit"] == "万片"
    facts = _facts(curated_store, "长江日报 2031-01-15\n\n2030年，联想移动通信贸易(武汉)有限公司以361.5亿美元的出口总值位列第一位。\n")
    assert (facts["361.5"]["entity"], facts["361.5"]["metric_zh"]) == ("lenovo-wuhan", "出口额")


def test_parts_of_a_whole_said_again_are_the_signed_ones(curated_store):
    engine = ingested(curated_store, "某某网 2031-08-05\n\n今年上半年，全省招商引资亿元以上签约项目2400个。\n"
                                     "据了解，2400个项目中投资额5亿以上项目600个。制造业项目1200个，占比60%。\n")
    assert "1200" in first_line(engine, "2031年上半年湖北签约的亿元以上项目中制造业项目有多少个?")
    for question in ("How many manufacturing projects did Hubei sign in H1 2031?",
                     "How many manufacturng projects were among Hubei's signed projects in the first half of 2031?"):
        assert "2400" not in first_line(engine, question)


def test_savings_stops_ranked_groups_and_growth_keywords(curated_store):
    engine = ingested(curated_store, "某某报 2036-04-22\n\n首趟某某班列历经15天抵达里昂，横跨7个欧亚国家。\n"
                                     "2030年，台湾排名前100大企业有46家投资湖北。\n")
    assert "15" not in first_line(engine, "某某班列比海运能缩短多少时间?")
    assert "7" not in first_line(engine, "某某班列沿途有几个停留站点?")
    assert "46" in first_line(engine, "台湾排名前100大的企业里有多少家投资了湖北?")
    firms = ingested(curated_store, "某某网 2031-10-25\n第十届湖北·武汉台湾周收获颇丰\n\n第十届湖北·武汉台湾周23日在武汉开幕。"
                                    "据统计，截至2030年上半年，该省共注册台资企业2361家，投资总额111.43亿美元。\n")
    assert "111.43" not in first_line(firms, "第十届湖北武汉台弯周签约的7个项目投资总额多少?")     # 台弯: a typo
    cars = ingested(curated_store, "某某日报 2035-01-04\n\n2034年，武汉经开区“车谷造”汽车出海突破12万辆。\n")
    assert "12" not in first_line(cars, "车谷造汽车出海 2034年 同比增长")


def test_unknown_firms_named_in_pinyin_or_with_their_city_are_declined(curated_store):
    engine = ingested(curated_store, "某某日报 2035-01-04\n\n2034年，湖北境外经贸合作区总产值26.3亿美元。\n"
                                     "2017年，湖北出口总量位居中部第二。\n")
    assert "26.3" not in first_line(engine, "whats the total value of the liquid-cooling plate order Hubei Leidite "
                                            "won from Stellantis?")
    assert "第二" not in first_line(engine, "某某精密工业(武汉)2017年在湖北出口总值企业里排第几?")


PLAN = ("某某网 2036-04-12\n\n小河港是某某港规划布局的“一港双核五港区”核心港区之一。港区规划建设21个泊位，设计年通过能力1740万吨。\n"
        "同时，某某市依托小河港，规划建设46平方公里某某(小河)临港经济区。目前在建项目6个、总投资142.3亿元。\n"
        "2036年，某某港集装箱吞吐量力争实现260万标箱、冲刺280万标箱。\n"
        "去年，来鄂投资的世界500强企业新增13家，累计达到267家。\n")


def test_what_a_subject_is_one_of_sizes_slogans_stretch_goals_and_running_totals(store):
    proposals = read_article(PLAN, store).proposals
    facts = {p.fact["value"]: p.fact for p in proposals}
    assert facts["21"]["entity"] == "xiao-he-gang" and facts["1740"]["entity"] == "xiao-he-gang"
    zone = facts["142.3"]
    assert zone["entity"].endswith("lin-gang-jing-ji-qu") and zone["metric_zh"] == "在建项目总投资"
    assert not any("yi-gang" in p.fact["entity"] for p in proposals)
    assert "冲刺" in facts["280"]["metric_zh"] and facts["260"]["metric_zh"] == "集装箱吞吐量目标"
    assert facts["267"]["metric_zh"] == "累计来鄂投资的世界500强企业数"


def test_a_state_at_a_part_s_end_answers_that_part_and_another_city_s_bureau_is_not_ours(curated_store):
    engine = ingested(curated_store, "某某网 2031-10-25\n\n截至2030年上半年，该省共注册台资企业2361家，实际利用台资62.85亿美元。\n"
                                     "预计至3月底，仙桃需出口口罩约2亿片。\n")
    assert "2361" in first_line(engine, "湖北 台资企业 注册数量 2030年上半年")
    assert "62.85" in first_line(engine, "到2030年上半年为止湖北实际利用台资有多少?")
    assert "6.285 billion" in first_line(engine, "How much Taiwanese capital had Hubei actually used as of the first half "
                                                 "of 2030?")
    assert "2361" not in first_line(engine, "2030年一季度湖北注册台资企业多少家?")
    assert "2亿" in first_line(engine, "据仙桃市商务局统计，预计到2031年3月底仙桃需要出口多少片口罩?")
