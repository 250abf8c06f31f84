"""Who a figure is about (issue 8, S1-S3, S7), on made-up sentences: a name compared with or ranked in is no
subject, 全市 in a city's story is that city, an office that speaks is no subject, a partner named earlier is
not the subject of the next figures, partners ranked before 分别 each get their share, a paper's name is no
place, names lose their period words, and an event's day holds for its paragraph."""
from __future__ import annotations

from knowledge.ingest import read_article

HEAD = "长江日报 2031年7月15日 第03版\n\n"


def _facts(store, body: str, head: str = HEAD) -> dict[str, dict]:
    reading = read_article(head + body, store)
    return {p.fact["value"] + p.fact["unit"]: p.fact for p in reading.proposals}


def test_a_name_compared_with_or_ranked_in_is_not_the_subject(store):
    got = _facts(store, "上半年，荆门市进出口总值210.4亿元，总量排名全省第4位，增速高于全省平均水平3.3个百分点。"
                        "其中，出口150.2亿元，增长9.9%。\n\n荆门上半年新设外资企业12家，荆门外贸企业达到300家。")
    assert got["3.3个百分点"]["entity"] == "jingmen"
    assert got["150.2亿元"]["entity"] == "jingmen"                 # 其中 keeps the city, not 全省


def test_the_whole_city_of_a_city_story_is_that_city(store):
    got = _facts(store, "今年一季度，荆门进出口总值88.8亿元。\n\n荆门外贸稳步增长，荆门民营企业表现亮眼。"
                        "一季度，全市化工产品出口33.3亿元，增长7.7%。")
    assert got["33.3亿元"]["entity"] == "jingmen"


def test_an_office_that_speaks_is_not_the_subject(store):
    got = _facts(store, "今年上半年，武汉对东盟进出口500亿元。\n\n武汉市商务局介绍，截至6月底，"
                        "在汉投资的外资企业累计达5555家。")
    assert got["5555家"]["entity"] == "wuhan"


def test_a_partner_named_before_is_not_the_subject_of_the_next_figures(store):
    got = _facts(store, "前5个月，武汉对新加坡进出口总值66.6亿元，增长5%，新加坡位居武汉第五大贸易伙伴。"
                        "其中，对新加坡出口44.4亿元，增长6%。")
    assert got["44.4亿元"]["entity"] == "singapore"
    assert got["44.4亿元"]["metric_zh"].startswith("武汉")            # Wuhan's exports to Singapore


def test_partners_ranked_before_a_respective_list_each_get_their_share(store):
    got = _facts(store, "上半年，湖北实际使用外资10.1亿美元。从来源地看，新加坡、德国、日本位居前三，"
                        "分别占全省实际使用外资的30.1%、9.2%和4.4%。")
    assert [got[v]["entity"] for v in ("30.1%", "9.2%", "4.4%")] == ["singapore", "germany", "japan"]


def test_a_paper_s_name_is_no_place(store):
    head = "香港商报 2031-07-15\n\n"
    got = _facts(store, "【香港商报讯】记者 某某 报道：今年上半年，湖北进出口总值3333.3亿元，增长8.8%。", head)
    assert got["3333.3亿元"]["entity"] == "hubei"


def test_a_new_name_loses_its_period_and_kind_words(store):
    reading = read_article(HEAD + "另一家出口龙头荆楚星河电池有限公司上半年出口12.3亿元。前三季度荆门港完成外贸集装箱"
                                  "2.2万标箱。湖北上半年新增认定外资研发中心9家。1-2月国际出港货物中，"
                                  "电子产品占比为31%。", store)
    names = {e["name_zh"] for e in reading.new_entities}
    assert "荆楚星河电池有限公司" in names and "荆门港" in names
    assert not any("季度" in n or "半年" in n or n.startswith("另一家") or "出港" in n for n in names)


def test_the_firms_a_count_names_belong_to_their_place(store):
    got = _facts(store, "今年上半年，武汉对东盟进出口500亿元。2031年上半年共有5家湖北企业在港交所上市。")
    assert got["5家"]["entity"] == "hubei"


def test_an_event_s_day_holds_for_its_paragraph(store):
    got = _facts(store, "上半年，湖北实际使用外资10.1亿美元。\n\n7月10日，某某投资洽谈会在武汉举行，现场签约项目30个。"
                        "按领域划分，制造业项目18个、服务业项目12个。")
    assert (got["18个"]["period_start"], got["18个"]["period_end"]) == ("2031-07-10", "2031-07-10")


def test_a_forecast_year_of_one_clause_is_not_the_next_clause_s(store):
    got = _facts(store, "7月10日，某某投资洽谈会在武汉举行。一家外资企业拟投资2亿美元，预计2033年投产后年产值可达20亿元；"
                        "另一家物流企业将投资1.2亿美元建设分拨中心。")
    assert got["1.2亿美元"]["period_end"] != "2033-12-31"


def test_investment_by_source_is_the_province_s_fdi_from_that_partner(store):
    got = _facts(store, "上半年，湖北实际使用外资20.2亿美元。从外资来源地看，排名前三的分别是：中国香港11.11亿美元、"
                        "新加坡2.22亿美元以及日本1.01亿美元。其中，美国实际投资0.77亿美元，同比增长1.5倍。")
    assert [got[v]["entity"] for v in ("11.11亿美元", "2.22亿美元", "1.01亿美元", "0.77亿美元")] == \
        ["hong-kong", "singapore", "japan", "united-states"]
    assert got["2.22亿美元"]["metric"] == "fdi_from_partner"
    assert got["20.2亿美元"]["entity"] == "hubei"


def test_imports_from_a_partner_after_exports_to_it(store):
    got = _facts(store, "前5个月，武汉对香港进出口总值90.9亿元，其中，对港出口80.8亿元，增长3%；自港进口10.1亿元，增长1%。")
    assert got["80.8亿元"]["metric"] == "exports_to_partner"
    assert got["10.1亿元"]["metric"] == "imports_from_partner"


def test_partners_listed_alone_with_their_figures_take_the_flow_named_before(store):
    got = _facts(store, "全年，湖北对共建“一带一路”国家进出口3500.3亿元，增长10.3%；对印度200.4亿元、墨西哥100.5亿元。")
    assert (got["200.4亿元"]["entity"], got["200.4亿元"]["metric"]) == ("india", "bilateral_trade")
    assert (got["100.5亿元"]["entity"], got["100.5亿元"]["metric"]) == ("mexico", "bilateral_trade")


def test_a_paper_s_city_is_not_the_subject_of_the_province_s_figures(store):
    head = "香港商报 2031-01-20\n\n"
    got = _facts(store, "香港商报记者从会上获悉，2030年湖北进出口总值7000.1亿元。香港继续是湖北重要贸易伙伴，"
                        "对共建“一带一路”国家进出口3500.3亿元。", head)
    assert got["3500.3亿元"]["metric_zh"].startswith("湖北")


def test_a_firm_named_after_what_it_is_invests_as_a_new_entity(store):
    reading = read_article(HEAD + "上半年，全市新设外资企业40家。\n\n知名汽车零部件供应商卓锐再次追投8亿元扩建其"
                                  "武汉工厂；另有某集团投资3亿元建设研发中心。", store)
    got = {p.fact["value"] + p.fact["unit"]: p.fact for p in reading.proposals}
    firm = got["8亿元"]
    assert firm["entity"] != "wuhan" and firm["entity_zh"] == "卓锐" and firm["entity_type"] == "firm"
    assert firm["metric_zh"] == "追加投资额" and firm["topic"] == "investment"
    assert got["40家"]["entity"] == "wuhan"                     # the city's own count stays the city's


def test_a_route_named_by_its_ends_is_the_subject_of_its_first_day(curated_store):
    reading = read_article("新华社 2031-01-06\n\n2030年，中欧班列（武汉）开行999列。5月6日，首趟武汉—里昂中欧班列"
                           "从武汉某某站发车。", curated_store)
    day = next(p.fact for p in reading.proposals if p.fact["value"] == "5月6日")
    route = {e["id"]: e for e in reading.new_entities}[day["entity"]]
    assert (route["type"], route["name_zh"]) == ("route", "武汉—里昂中欧班列")
    assert route["name_en"].startswith("Wuhan-") and route["name_en"].endswith("China-Europe freight train")
    assert "武汉至里昂中欧班列" in route["aliases"]
    assert day["period_start"] == "2030-05-06"


def test_a_city_s_figure_in_a_service_s_story_carries_the_service_s_name(curated_store):
    reading = read_article("新华社 2031-01-06\n\n2030年，中欧班列（武汉）开行999列，发送货物8.88万标箱。"
                           "分市州看，襄阳组织货源0.99万标箱，宜昌0.55万标箱。", curated_store)
    facts = {p.fact["value"]: p.fact for p in reading.proposals}
    assert facts["0.99"]["entity"] == "xiangyang" and facts["0.55"]["entity"] == "yichang"
    assert "中欧班列（武汉）" in facts["0.99"]["keywords"]
    assert "中欧班列（武汉）" not in facts["8.88"]["keywords"]       # the service's own figure needs none


def test_a_firm_named_after_where_it_comes_from_invests_but_a_place_or_a_kind_does_not(store):
    reading = read_article(HEAD + "上半年，港资企业嘉禾远东投资12亿元建设物流园；德国某精工在武汉经开区投资3.3亿美元"
                                  "建设新工厂。一家企业拟在襄阳投资4.4亿美元，香港对湖北实际投资5.5亿美元，"
                                  "新设外商投资企业185家。", store)
    firms = {e["name_zh"] for e in reading.new_entities if e["type"] == "firm"}
    assert firms == {"嘉禾远东", "某精工"}
    got = {p.fact["value"] + p.fact["unit"]: p.fact for p in reading.proposals}
    assert got["12亿元"]["metric_zh"] == got["3.3亿美元"]["metric_zh"] == "投资额"


def test_a_partner_named_alone_then_referred_to_as_its_is_the_partner(store):
    got = _facts(store, "一季度，东盟继续保持我省第一大贸易伙伴地位，对其进出口333.3亿元，增长4.4%；"
                        "对欧盟进出口222.2亿元，增长5.5%。", head="湖北日报 2031-04-18\n\n")
    assert got["333.3亿元"]["entity"] == "asean" and got["222.2亿元"]["entity"] == "eu"


def test_counties_and_districts_listed_with_their_figures_are_places_of_their_own(store):
    reading = read_article("楚天都市报 2031-11-03\n\n前10月，宜昌外贸进出口400.1亿元。分县市区看，猇亭区进出口66.6亿元，"
                           "宜都市55.5亿元，枝江市44.4亿元，三地合计占全市的41.1%。", store)
    got = {p.fact["value"]: p.fact for p in reading.proposals}
    names = {e["id"]: e for e in reading.new_entities}
    yidu = names[got["55.5"]["entity"]]
    assert (yidu["type"], yidu["name_zh"], yidu["name_en"]) == ("region", "宜都市", "Yidu City")
    assert "宜都" in yidu["aliases"] and "Yidu" in yidu["aliases"]
    assert names[got["66.6"]["entity"]]["name_en"] == "Xiaoting District"
    assert got["55.5"]["metric"] == got["66.6"]["metric"] == got["400.1"]["metric"]
    assert got["41.1"]["entity"] == "yichang"                 # the three together: not the last one listed
    assert not any(e["name_zh"] in ("全市", "分县市区") for e in reading.new_entities)


def test_places_counted_before_what_their_values_measure_each_get_theirs(curated_store):
    got = _facts(curated_store, "前11月，鄂州、黄石、黄冈三市经某货运枢纽进出口货值分别为11.1亿元、22.2亿元和33.3亿元。",
                 head="文汇报 2031-12-15\n\n")
    assert [got[v]["entity"] for v in ("11.1亿元", "22.2亿元", "33.3亿元")] == ["ezhou", "huangshi", "huanggang"]
    assert got["11.1亿元"]["metric_zh"] == got["33.3亿元"]["metric_zh"] == "经某货运枢纽进出口货值"


def test_the_masthead_lines_around_the_title_repeat_it_and_propose_nothing(store):
    from knowledge.ingest import read_article

    text = ("湖北日报 2025年07月10日 06版\n全省港口集装箱吞吐量首破300万标箱\n2025年07月10日08:30 | 来源:湖北日报\n\n"
            "记者从省港航部门获悉，上半年全省港口集装箱吞吐量突破300万标箱，同比增长12%。")
    reading = read_article(text, store, title="全省港口集装箱吞吐量首破300万标箱")
    assert [p.fact["value"] + p.fact["unit"] for p in reading.proposals if "300" in p.fact["value"]] == \
        ["300万标箱"]
