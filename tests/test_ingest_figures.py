"""Figure kinds the reader finds (aircraft, countries, hours, rates, 个亿, editions, times, years of
firsts), rates with their own subject, and figures that are not the open economy, on made-up sentences."""
from __future__ import annotations

from knowledge.ingest import read_article
from knowledge.ingest.figures import figures

HEAD = "湖北日报 2024年9月20日\n\n"


def _facts(store, body: str) -> dict[str, dict]:
    reading = read_article(HEAD + body, store)
    return {p.fact["value"] + p.fact["unit"]: p.fact for p in reading.proposals}


def test_counts_durations_and_rates_get_their_units():
    got = [(f.value, f.unit) for f in figures("某物流公司下月将交付12架货运无人机，计划进入全球35国，"
                                             "货物从仓库到口岸不到2个小时，无人机最大航速每秒18米，班列一周9列。")]
    assert got == [("12", "架"), ("35", "国"), ("2", "小时"), ("18", "米/秒"), ("9", "列/周")]


def test_a_country_word_is_not_a_count_of_countries():
    assert [(f.value, f.unit) for f in figures("全市有5国家级开发区。")] == []


def test_spoken_hundred_millions_are_yuan():
    fig = figures("今年营收预计接近3个亿，明年翻番。")[0]
    assert (fig.value, fig.unit, fig.number, fig.mult) == ("近3个亿", "元", "3", "亿")


def test_a_rate_with_its_own_subject_is_not_the_value_before_it():
    figs = figures("班列开行300列，其中回程开行120列，货值同比增长25.5%。")
    assert all(f.change is None for f in figs if f.kind == "amount")
    assert [f.value for f in figs if f.kind == "growth" and not f.attached] == ["25.5"]
    figs = figures("出口额88亿元，同比增长6.5%。")
    assert figs[0].change is not None and figs[0].change.value == "6.5"


def test_editions_times_and_years_of_firsts(store):
    got = _facts(store, "在杭州举行的第9届某某国际智能装备博览会上，某光电公司第三次参展。"
                        "某光电公司2015年在襄阳成立，与某大学早在2019年已共建实验室。")
    assert got["第9届"]["metric_zh"] == "届次" and got["第9届"]["entity_zh"] == "某某国际智能装备博览会"
    assert got["第三次"]["metric_zh"] == "参展次数"
    assert got["2015年"]["period_start"] == "2015-01-01" and got["2019年"]["period_end"] == "2019-12-31"


def test_neighbourhood_life_is_never_confident_and_moments_after_are_left_out(store):
    reading = read_article(HEAD + "今年前8个月，全市外贸进出口2100亿元。某小区更换了600米水管、35个阀门，居民满意。"
                                  "报警后，5分钟后救援人员赶到现场，全市口岸通关用时压缩至3小时。", store)
    got = {p.fact["value"] + p.fact["unit"]: p for p in reading.proposals}
    assert set(got) == {"2100亿元", "3小时", "600米", "35个"}
    assert all(got[k].confidence < 0.7 and "neighbourhood" in got[k].reason for k in ("600米", "35个"))
    assert got["2100亿元"].confidence >= 0.8


def test_a_count_in_the_two_thousands_is_not_a_year():
    assert [(f.value, f.unit) for f in figures("合作区为当地创造岗位2000多个。")] == [("2000多", "个")]
    assert [(f.value, f.unit) for f in figures("该园区2019个项目")] == []


def test_a_part_after_qizhong_of_new_ones_is_new_too(store):
    got = _facts(store, "今年前8个月，武汉新设企业1.2万家，同比增长9.1%，其中外资企业145家，增长12.3%。")
    assert got["145家"]["metric_zh"].startswith("新设"), got["145家"]
    plain = _facts(store, "今年前8个月，武汉有进出口实绩的企业3100家，其中民营企业2600家。")
    assert not plain["2600家"]["metric_zh"].startswith("新"), plain["2600家"]
