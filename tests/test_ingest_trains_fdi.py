"""Issue 8, on made-up stories: the months of a train count carry to 其中 after a comparison with last
year's whole (…赶超去年全年455列。其中，去程286列); containers written 标准箱 (TEU) are 标箱 and a question
asking 多少标准箱 is answered in them, not in trains; a sector a sentence opens with (服务业…合同外资金额)
narrows its figures; overseas Fortune Global 500 firms are a part of all of them."""
from __future__ import annotations

from bot import Engine, render
from conftest import proposed
from knowledge.ingest import apply_reading, read_article

TRAINS = ("中新网 2031-11-07\n\n前十月中欧班列（武汉）开行总量创新高\n\n"
          "今年前十月，中欧班列（武汉）发运623列，计52962标准箱(TEU)，赶超去年全年555列。其中，去程386列，回程237列。\n")
FDI = ("湖北日报 2031年7月2日\n\n外商加速布局湖北\n\n"
       "前5个月，全省新批外商投资项目292个；合同外资金额59.97亿美元，同比增长34.94%。\n"
       "服务业新批外商投资项目130个，合同外资金额33.45亿美元，同比分别增长64.56%和73.64%。\n"
       "截至5月底，落户湖北的世界500强企业达293家，其中境外500强企业194家。\n")


def test_a_part_after_a_comparison_keeps_the_months_and_containers_are_teu(curated_store):
    got = proposed(curated_store, TRAINS)
    assert (got["386"]["period_start"], got["386"]["period_end"]) == ("2031-01-01", "2031-10-31"), got["386"]
    assert got["237"]["period_end"] == "2031-10-31"
    assert got["52962"]["unit"] == "标箱"
    apply_reading(curated_store, read_article(TRAINS, curated_store), actor="test")
    engine = Engine(curated_store)
    assert "52962" in render(engine.answer("2031年1至10月中欧班列(武汉)运送了多少标准箱？"))
    assert "386" in render(engine.answer("2031年前10个月中欧班列(武汉)去程开了多少列？"))


def test_a_sector_opening_a_sentence_and_overseas_firms_narrow_the_figure(curated_store):
    got = proposed(curated_store, FDI)
    assert got["33.45"]["metric_zh"].startswith("服务业"), got["33.45"]
    assert got["59.97"]["metric_zh"] == "合同外资金额"
    apply_reading(curated_store, read_article(FDI, curated_store), actor="test")
    engine = Engine(curated_store)
    assert "59.97" in render(engine.answer("What was Hubei's contracted foreign investment in January-May 2031?"))
    assert "194" in render(engine.answer("截至2031年5月底落户湖北的境外世界500强企业有多少家？"))
    assert "293" in render(engine.answer("截至2031年5月底落户湖北的世界500强企业有多少家？"))
