"""From qsets75's new questions (made-up figures): the day a project or terminal began or opened (6月30日，某货站项目
正式开工) is that project's day, not its airport's; a figure the question states (突破100万吨时) still answers for its
growth; 'how much … when it passed' asks no date."""
from __future__ import annotations

from bot.lexicon import ASK_DATE
from conftest import first_line, ingested, proposed

STORY = ("鄂州花湖国际机场货邮吞吐量较去年提前98天破百万吨\n\n2031-10-06 12:44\n\n有一项数据最能说明花湖国际机场的发展势头:"
         "9月12日,花湖国际机场2031年货邮吞吐量突破120万吨,同比增长63%,较去年提前98天突破百万吨。3月19日,花湖国际机场"
         "北区国际5号货站投入运营。6月28日,临空经济区智慧冷链物流园项目正式开工,年保障货邮吞吐能力为45万吨。\n")


def test_the_day_a_project_began_is_the_project_s(curated_store):
    facts = proposed(curated_store, STORY)
    assert "冷链物流园项目开工日期" in facts["6月28日"]["metric_zh"]
    assert "国际5号货站投入运营日期" in facts["3月19日"]["metric_zh"]
    assert not facts["3月19日"]["statement_zh"].count("花湖国际机场") > 1     # whose it is, said once
    engine = ingested(curated_store, STORY)
    assert "6月28日" in first_line(engine, "花湖机场临空经济区智慧冷链物流园项目是2031年几月几日开工的？")
    assert "3月19日" in first_line(engine, "花湖国际机场北区国际5号货站是哪天投入运营的？")


def test_a_figure_the_question_states_answers_for_its_growth(curated_store):
    engine = ingested(curated_store, STORY)
    assert "63" in first_line(engine, "2031年鄂州花湖国际机场货邮吞吐量突破120万吨时，同比增长了多少？")


def test_when_inside_a_question_of_how_much_asks_no_date():
    assert not ASK_DATE.search("by how much did huahu's throughput grow when it passed 1.2 million tonnes in 2031?")
    assert ASK_DATE.search("when did huahu's throughput pass 1.2 million tonnes?")
    assert ASK_DATE.search("huahu passed 1.2 million tonnes when")


def test_a_paper_named_in_pinyin_is_that_paper(curated_store):
    from knowledge.ingest import read_article

    source = read_article(STORY.replace("\n\n2031-10-06 12:44", "\nChang Jiang Ri Bao·2031-10-06 12:44"),
                          curated_store).source
    assert source["publication_zh"] == "长江日报" and source["publication_en"] == "Changjiang Daily"
