"""Reading (made-up figures, from qsets73): a story whose title names a firm's base (联想武汉基地) calls it in the
body by its kind (武汉产业基地, 该基地, 基地): those figures are the base's, not the city's."""
from __future__ import annotations

from conftest import first_line, ingested, proposed

STORY = ("联想武汉基地第4亿台智能终端下线\n\n2031-09-12 14:20\n\n9月12日消息，联想集团今日宣布，其位于武汉的生产基地"
         "迎来第4亿台智能终端下线。\n\n作为湖北省出口规模最大的企业，该基地累计出口总额超过600亿美元。2031年上半年，"
         "基地实现工业产值251亿元，出口额约27亿美元，较去年同期增长15%。\n")


def test_a_base_the_title_names_owns_the_body_s_figures(curated_store):
    facts = proposed(curated_store, STORY)
    assert facts["251"]["entity"] == facts["约27"]["entity"] == facts["超过600"]["entity"] == "lenovo-wuhan"
    engine = ingested(curated_store, STORY)
    assert "27" in first_line(engine, "2031年上半年联想武汉产业基地的出口额是多少？")
    assert "251" in first_line(engine, "2031年上半年联想武汉产业基地工业产值是多少？")
