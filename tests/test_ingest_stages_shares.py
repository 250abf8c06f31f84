"""Reports of investment drives and product exports (made-up figures in the shape of real reports): projects
counted after 其中 are a part of the stage before (签约, 开工); 投资总额 after a count is those projects'; a measure
said again is still the one the next figure goes on from; a repost's date in its masthead note is the date; listed
products with brackets and 出口额分别达 each get their exports; a list that 成为两匹“黑马” gets its growth; the value
inside 占全国…的4.4% is the nation's, the rate its share, and the ranking after it the amount's; 向178个国家和地区出口X
counts X's markets; 首次突破4000亿元 after a flow is a mark of that flow."""
from __future__ import annotations

from bot import render
from conftest import ingested, proposed

DRIVE = ("某某网 2039-05-06\n\n湖北招商引资成绩单\n\n"
         "一季度全省招商引资亿元以上签约项目1219个，同比增长32.4%，其中，19个项目投资过百亿元；"
         "全省招商引资亿元以上开工项目363个，同比增长24.7%，其中，投资总额10亿元以上项目39个，同比增长62.5%。\n\n"
         "一季度全省招商引资亿元以上签约项目投资总额9701亿元，同比增长64%。其中，投资总额10亿元以上项目191个，"
         "同比增长46.9%；投资总额50亿元以上项目47个，同比增长1.8倍。\n\n"
         "一季度，全省招商引资亿元以上开工项目363个，同比增长24.7%；投资总额1921亿元，同比增长50.5%。\n")

FARM = ("湖北日報(某某信息網 2039-10-12 轉載)\n前8個月湖北省農產品出口195億元\n"
        "1至8月，全省農產品出口總額195.0億元，同比增長45.2%。以美元計價，全省農產品出口總額28.1億美元，同比增長36.4%，"
        "占全國農產品出口總額639.0億美元的4.4%，繼續位居全國第六。\n"
        "排名前三的調味品汁及製品(含香菇醬)、蘑菇(加工)、未混合的蔬菜汁等，出口額分別達38.5億元、24.5億元、20.8億元。"
        "湯料及其製品、飼料添加劑成為兩匹“黑馬”，分別增長912.7%、755.8%。\n")

WIRE = ("中新网 2039-12-10\n\n湖北外贸有望首破4000亿元\n\n"
        "经初步估算，湖北外贸进出口今年有望达到两位数增长，首次突破4000亿元。今年1月-11月，湖北进出口总额3916.3亿元，"
        "同比增长10.1%。今年1月-10月，湖北共向178个国家和地区出口医疗物资51.4亿美元，占同期全省出口总额17%左右。\n")


def test_projects_after_qizhong_are_a_part_of_the_stage_before(curated_store):
    got = proposed(curated_store, DRIVE)
    assert got["39"]["metric_zh"].startswith("开工项目中"), got["39"]
    assert got["191"]["metric_zh"].startswith("签约项目中"), got["191"]
    assert got["47"]["metric_zh"].startswith("签约项目中"), got["47"]
    assert "开工" in got["1921"]["metric_zh"], got["1921"]          # the begun projects' investment, said again
    assert "签约项目中" not in got["363"]["metric_zh"], got["363"]
    engine = ingested(curated_store, DRIVE)
    begun = render(engine.answer("2039年一季度湖北亿元以上开工项目投资总额是多少亿元？")).split("\n")[0]
    assert "1921" in begun and "9701" not in begun, begun
    daily = render(engine.answer("2039年一季度湖北平均每天引进几个亿元以上签约项目？")).split("\n")[0]
    assert "1219" not in daily, daily                  # a quarter's total is no average per day


def test_a_reposts_date_its_products_and_a_share_of_the_nation(curated_store):
    got = proposed(curated_store, FARM)
    assert got["195.0"]["period_start"] == "2039-01-01", got["195.0"]      # the date in the masthead's note
    assert got["639.0"]["entity"] == "china", got["639.0"]
    assert "占全国" in got["4.4"]["metric_zh"] and got["4.4"]["entity"] == "hubei", got["4.4"]
    assert got["第六"]["metric_zh"] == "农产品出口额全国排名", got["第六"]
    assert got["38.5"]["metric_zh"] == "调味品汁及制品出口额", got["38.5"]
    assert got["24.5"]["metric_zh"] == "蘑菇出口额", got["24.5"]
    assert got["755.8"]["metric_zh"].startswith("饲料添加剂出口"), got["755.8"]
    engine = ingested(curated_store, FARM)
    grew = render(engine.answer("湖北前8个月农产品出口额同比增长了百分之多少？")).split("\n")[0]
    assert "45.2" in grew and "4.4%" not in grew, grew


def test_a_mark_passed_and_the_markets_of_one_export(curated_store):
    got = proposed(curated_store, WIRE)
    assert got["4000"]["metric_zh"] == "进出口总值突破关口", got["4000"]
    assert got["178"]["metric_zh"] == "医疗物资出口国家和地区数", got["178"]
    assert (got["178"]["period_start"], got["178"]["period_end"]) == ("2039-01-01", "2039-10-31"), got["178"]
    engine = ingested(curated_store, WIRE)
    usd = render(engine.answer("Hubei medical supplies exports Jan-Oct 2039 value in USD")).split("\n")[0]
    assert "5.14 billion" in usd or "51.4" in usd, usd
    markets = render(engine.answer("2039年1月到10月，湖北一共向多少个国家和地区出口了医疗物资？")).split("\n")[0]
    assert "178" in markets, markets


MONTH = ("长江商报 2039-09-20\n\n湖北外贸\n\n"
         "8月份，湖北省进出口总值355.9亿元，其中出口223.9亿元、进口132亿元，同比分别增长15.1%、14.5%和16.1%，"
         "增速分别高于全国15个、11.9个、18.7个百分点。\n")


def test_margins_listed_after_three_measures_are_each_ones(curated_store):
    got = proposed(curated_store, MONTH)
    assert got["15"]["metric_zh"] == "进出口增速高于全国" and got["15"]["unit"] == "个百分点", got["15"]
    assert got["11.9"]["metric_zh"] == "出口增速高于全国", got["11.9"]
    assert got["18.7"]["metric_zh"] == "进口增速高于全国", got["18.7"]


COUNTY = ("湖北日报 2039-11-26\n\n某冶外向型经济获新突破\n\n"
          "大冶市冯家山硅纤公司开发匈牙利、越南等市场，2039年前9个月出口额达1288万元，同比增长144%。"
          "2039年，荆州港外贸集装箱吞吐量增长24%。\n")


def test_a_firm_after_its_county_and_the_foreign_trade_part_of_a_volume(curated_store):
    got = proposed(curated_store, COUNTY)
    assert got["1288"]["entity"] not in ("hubei", "daye-city", "jingzhou"), got["1288"]
    assert got["24"]["metric_zh"] == "外贸集装箱吞吐量增速", got["24"]


SECTORS = ("湖北省发展和改革委员会 2039-10-30\n\n1-9月我省利用外资\n\n"
           "1-9月，湖北省实际使用外资金额达到85.50亿美元，同比增长9.7%。其中，第三产业利用外资继续保持高速增长。\n\n"
           "分产业看，第一产业和第三产业增长迅速，增幅分别为114.9%和24.2%。第二产业实际使用外资金额44.53亿美元，"
           "同比下降2.2%。进口机械设备、仪器仪表增长较快，同比增速分别为61.3%和25.8%。\n")

TEA = ("极目新闻 2039-04-12\n\n鹤峰县一季度出口茶叶\n\n"
       "4月11日，鹤峰县凯荣实业发展有限公司生产车间内一片繁忙，公司一季度出口茶叶总计3085吨。"
       "鹤峰县地处北纬30度的黄金产茶带。\n")


def test_sectors_listed_with_their_rates_and_a_flow_leading_the_list(curated_store):
    got = proposed(curated_store, SECTORS)
    assert got["114.9"]["metric_zh"] == "第一产业利用外资增速", got["114.9"]
    assert got["24.2"]["metric_zh"] == "第三产业利用外资增速", got["24.2"]
    assert got["44.53"]["metric_zh"] == "第二产业实际使用外资", got["44.53"]        # no 金 left of 金额
    assert got["25.8"]["metric_zh"] == "仪器仪表进口增速", got["25.8"]


def test_a_county_and_its_firm_by_its_short_name(curated_store):
    got = proposed(curated_store, TEA)
    assert got["3085"]["entity"] != "hubei", got["3085"]
    engine = ingested(curated_store, TEA)
    tea = render(engine.answer("凯荣实业一季度茶叶出口多少吨？")).split("\n")[0]
    assert "3085" in tea, tea
    degrees = render(engine.answer("鹤峰县地处北纬多少度？")).split("\n")[0]
    assert "3085" not in degrees, degrees             # a tonnage is no latitude
    year = render(engine.answer("凯荣实业是哪一年落户鹤峰县的？")).split("\n")[0]
    assert "3085" not in year, year                   # nor the year it settled there


PORT = ("中新网 2039-06-18\n\n翻坝转运启动\n\n"
        "中新网湖北秭归6月18日电 2039年，湖北秭归茅坪港3个商品车泊位投入运营。\n")


def test_a_county_named_before_its_port_is_where_the_port_is(curated_store):
    engine = ingested(curated_store, PORT)
    berths = render(engine.answer("秭归茅坪港投入运营的商品车泊位有几个？")).split("\n")[0]
    assert "3" in berths and "抱歉" not in berths, berths
