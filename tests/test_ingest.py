"""Ingestion: mastheads and dates, periods, figures, 分别 lists, partners, known and conflicting facts,
applying, and the `facts ingest` command end to end (the engine answers what was ingested)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from knowledge import FactStore, ensure_loaded
from knowledge.ingest import IngestError, NoDateFound, apply_reading, proposals_csv, read_article
from knowledge.ingest.figures import figures
from knowledge.ingest.periods import find_period
from knowledge.ingest.text import simplify
from knowledge.transfer import parse_file, plan_import

ARTICLES = Path(__file__).resolve().parent / "ingest"
TRADE = "今年前11个月，湖北货物贸易进出口总值5678.9亿元，同比增长4.2%。"


def _by(reading, value):
    return next(p for p in reading.proposals if p.fact["value"] == value)


@pytest.mark.parametrize("head, date, publication, page", [
    ("湖北日报 2023年12月21日 第05版", "2023-12-21", "湖北日报", "05"),
    ("香港商報 2024-04-22", "2024-04-22", "香港商报", ""),
    ("香港商報 2024-04-22 A2版 內地新聞", "2024-04-22", "香港商报", "A2"),
    ("中新社 2025-01-07", "2025-01-07", "中新社", ""),
    ("长江日报\n2025-04", "2025-04", "长江日报", ""),
])
def test_masthead_gives_publication_date_and_page(store, head, date, publication, page):
    reading = read_article(f"{head}\n\n外贸新闻标题\n\n{TRADE}", store)
    src = reading.source
    assert (src["date"], src["publication_zh"], src["page"]) == (date, publication, page)
    assert reading.date_found and reading.source["title"] == "外贸新闻标题"


def test_dateline_takes_its_year_from_the_text(store):
    reading = read_article("中新社武汉1月7日电 2023年，湖北对东盟进出口951.3亿元。", store)
    assert reading.source["date"].endswith("-01-07") and reading.warnings
    assert reading.source["publication_en"] == "China News Service"


def test_no_date_raises_and_a_given_date_is_used(store):
    with pytest.raises(NoDateFound):
        read_article(TRADE, store)
    reading = read_article(TRADE, store, date="2023-12-21", publication="湖北日报")
    assert not reading.date_found and reading.source["date"] == "2023-12-21"
    with pytest.raises(IngestError):
        read_article(TRADE, store, date="21/12/2023")


@pytest.mark.parametrize("text", ["", "   \n", "湖北日报 2023年12月21日\n\n今天天气很好，大家都很开心。"])
def test_empty_or_figureless_article_is_refused(store, text):
    with pytest.raises(IngestError):
        read_article(text, store)


@pytest.mark.parametrize("text, ref, expected", [
    ("今年前11个月，", "2023-12-21", ("2023年1-11月", "2023-01-01", "2023-11-30")),
    ("一季度，", "2024-04-22", ("2024年一季度", "2024-01-01", "2024-03-31")),
    ("11月，", "2023-12-21", ("2023年11月", "2023-11-01", "2023-11-30")),
    ("12月，", "2024-01-07", ("2023年12月", "2023-12-01", "2023-12-31")),
    ("2022年1月至2023年12月，两年来累计", "2024-01-07", ("2022年1月至2023年12月", "2022-01-01", "2023-12-31")),
    ("截至3月底，", "2024-04-22", ("截至2024年3月", None, "2024-03-31")),
    ("上半年，", "2024-07-20", ("2024年上半年", "2024-01-01", "2024-06-30")),
    ("去年全年，", "2024-01-07", ("2023年全年", "2023-01-01", "2023-12-31")),
])
def test_periods_resolved_against_the_article_date(text, ref, expected):
    period, _ = find_period(text, dt.date.fromisoformat(ref))
    assert (period.zh, period.start, period.end) == expected


def test_fenbie_lists_pair_values_and_rates():
    figs = figures("出口3837亿元、进口1841.9亿元，分别增长1.8%、9.6%。")
    amounts = [f for f in figs if f.kind == "amount"]
    assert [(f.value, f.label, f.change.value) for f in amounts] == [("3837", "出口", "1.8"),
                                                                     ("1841.9", "进口", "9.6")]
    figs = figures("进出口、出口、进口分别为100亿元、60亿元、40亿元。")
    assert [(f.label, f.value) for f in figs] == [("进出口", "100"), ("出口", "60"), ("进口", "40")]


def test_partner_growth_and_statements(store):
    reading = read_article("湖北日报 2023年12月21日\n\n" + TRADE + "我省对东盟进出口951.3亿元，同比下降3.1%。", store)
    asean = _by(reading, "951.3")
    assert asean.fact["metric_zh"] == "湖北对东盟进出口额" and asean.fact["change_zh"] == "同比下降3.1%"
    assert asean.fact["period_zh"] == "2023年1-11月"
    assert [e["name_en"] for e in reading.new_entities] == ["ASEAN"]
    total = _by(reading, "5678.9").fact
    assert total["entity"] == "hubei" and total["value_en"] == "567.89 billion yuan"
    assert "Hubei" in total["statement_en"] and "567.89 billion yuan" in total["statement_en"]
    assert "January-November 2023" in total["statement_en"] and total["statement_zh"] != TRADE


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.glob("*.txt")))
def test_every_value_is_printed_in_the_article(store, name):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    reading = read_article(text, store)
    printed = simplify(text).replace(",", "")
    assert reading.proposals
    for p in reading.proposals:
        assert p.fact["value"] in printed
        assert p.fact["statement_zh"] not in printed            # written from templates, not copied
    assert all(p.fact["value"] not in ("05", "02", "03") for p in reading.proposals)   # no page numbers


@pytest.fixture
def base(tmp_path) -> FactStore:
    s = FactStore(tmp_path / "base.db")
    ensure_loaded(s)
    yield s
    s.close()


def test_known_and_conflicting_facts_are_marked(base):
    text = ("湖北日报 2025年12月25日\n\n今年前11个月，湖北货物贸易进出口总值7502.3亿元，同比增长19.3%。"
            "实际使用外资14.99亿美元。")
    reading = read_article(text, base)
    assert _by(reading, "7502.3").status == "known"
    conflict = _by(reading, "14.99")
    assert conflict.status == "conflict" and conflict.conflict_with == "hbrb251225-hubei-fdi-utilised"
    result = apply_reading(base, reading, "test")
    assert result.added == [] and {why for _, why in result.skipped} >= {"already known"}
    assert base.get_fact("hbrb251225-hubei-fdi-utilised").value == "14.31"


def test_nothing_written_until_applied_then_one_batch(base):
    before = (base.counts(), base.version)
    reading = read_article((ARTICLES / "hk_traditional.txt").read_text(encoding="utf-8"), base)
    assert (base.counts(), base.version) == before
    result = apply_reading(base, reading, "test")
    assert len(result.added) == reading.counts()["new"] and result.batch
    assert base.get_source(reading.source["id"]).publication_zh == "香港商报"
    assert base.get_entity("united-states").name_en == "United States"
    assert "US" in base.get_entity("united-states").aliases
    assert base.history(result.added[0])[0].actor == "test"


def test_only_confident_skips_the_rest(base):
    reading = read_article((ARTICLES / "hubei_daily.txt").read_text(encoding="utf-8"), base)
    result = apply_reading(base, reading, "test", only_confident=True, min_confidence=0.9)
    low = [p.fact["id"] for p in reading.proposals if p.confidence < 0.9]
    assert low and all(fid in dict(result.skipped) for fid in low)


def test_proposals_csv_is_accepted_by_the_import(base):
    reading = read_article((ARTICLES / "cns_dateline.txt").read_text(encoding="utf-8"), base)
    plan = plan_import(base, parse_file(proposals_csv(reading).encode(), "p.csv"))
    assert len(plan.added) == len(reading.proposals) and plan.sources[0].id == reading.source["id"]


def test_cli_ingest_then_the_engine_answers(tmp_path, monkeypatch, capsys):
    import run_bot
    from bot import Engine, to_json

    db = tmp_path / "cli.db"
    monkeypatch.setenv("BOT_DB_PATH", str(db))
    lines = (ARTICLES / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(x) for x in lines if x]
    for name in sorted({q["article"] for q in questions}):
        assert run_bot.main(["facts", "ingest", str(ARTICLES / name)]) == 0
        assert "Nothing was changed" in capsys.readouterr().out
    store = FactStore(db)
    ids = {read_article((ARTICLES / name).read_text(encoding="utf-8"), store).source["id"]
           for name in {q["article"] for q in questions}}
    assert not ids & {s.id for s in store.list_sources()}
    for name in sorted({q["article"] for q in questions}):
        assert run_bot.main(["facts", "ingest", str(ARTICLES / name), "--apply"]) == 0
        assert "added" in capsys.readouterr().out
    assert ids <= {s.id for s in store.list_sources()}
    engine = Engine(FactStore(db))
    wrong = []
    for q in questions:
        answer = to_json(engine.answer(q["question"]))
        text = answer["answer"].replace(",", "")
        if not (answer["found"] and any(e.replace(",", "") in text for e in q["expect_any"])):
            wrong.append((q["question"], answer["answer"][:120]))
    assert not wrong


def test_cli_ingest_without_date_says_how_to_give_it(tmp_path, capsys):
    import run_bot

    path = tmp_path / "a.txt"
    path.write_text(TRADE, encoding="utf-8")
    assert run_bot.main(["facts", "ingest", str(path)]) == 1
    assert "--date" in capsys.readouterr().err
    assert run_bot.main(["facts", "ingest", str(path), "--date", "2023-12-21", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["counts"]["proposed"] >= 1 and "applied" not in out


def test_partner_lists_split_pairwise(store):
    text = "湖北日报 2025年12月25日\n\n今年前11个月，我省对东盟、欧盟分别进出口1582.7亿元、1012.6亿元，分别增长20.6%、41.1%。"
    reading = read_article(text, store)
    got = {p.fact["entity"]: (p.fact["value"], p.fact["change_zh"]) for p in reading.proposals}
    assert got == {"asean": ("1582.7", "增长20.6%"), "eu": ("1012.6", "增长41.1%")}


def test_milestone_and_traditional_growth(store):
    text = "香港商報 2025-01-07\n\n去年，花湖機場貨郵吞吐量突破100萬噸，達到107.2萬噸，按年增長12.5%。"
    reading = read_article(text, store)
    assert [(p.fact["value"], p.fact["unit"], p.fact["change_zh"]) for p in reading.proposals] == \
        [("107.2", "万吨", "同比增长12.5%")]
    assert reading.proposals[0].fact["period_zh"] == "2024年"


def test_dates_of_firsts_and_new_entities(store):
    text = "湖北日报 2025年12月25日\n\n12月16日，来凤藤茶海南自贸港出口基地投入运营，首批出口货物12.5吨。"
    reading = read_article(text, store)
    first = next(p.fact for p in reading.proposals if p.fact["metric_zh"] == "投入运营日期")
    assert (first["value"], first["period_start"], first["entity_zh"]) == ("12月16日", "2025-12-16",
                                                                            "来凤藤茶海南自贸港出口基地")
    assert first["entity_en"].endswith("Export Base") and "16 December 2025" in first["statement_en"]


def test_national_figures_are_not_hubeis(store):
    text = ("湖北日报 2024年7月16日\n\n上半年，湖北外贸进出口3123.5亿元，同比增长8.9%；"
            "同期全国进出口增长6.1%，湖北高于全国2.8个百分点。")
    reading = read_article(text, store)
    got = {p.fact["value"]: (p.fact["entity"], p.fact["metric_zh"]) for p in reading.proposals}
    assert got["6.1"][0] == "china" and got["3123.5"] == ("hubei", "进出口总值")
    assert got["2.8"] == ("hubei", "进出口增速高于全国")


def test_dateline_without_any_year_is_a_flagged_guess(store):
    reading = read_article("中新社武汉4月15日电 一季度，湖北实际使用外资4.82亿美元。", store)
    assert reading.source["date"].endswith("-04-15") and not reading.date_found
    assert any("no year" in w for w in reading.warnings)


@pytest.mark.parametrize("question, value", [("湖北2025年出口多少", "5500.2"), ("2025年湖北省进口多少", "2623.2"),
                                             ("2025年湖北出口额多少亿", "5500.2")])
def test_a_flow_ingested_for_a_year_answers_how_much_with_the_asking_word_joined_on(base, question, value):
    """出口多少 written together: the seam 口多 is no word of the facts and must not decide the candidates."""
    from bot import Engine

    text = ("湖北日报 2026年1月20日\n\n2025年，湖北省货物进出口总额8123.4亿元，比上年增长18.6%。"
            "其中，出口5500.2亿元，增长20.1%；进口2623.2亿元，增长15.7%。")
    apply_reading(base, read_article(text, base), "test")
    answer = Engine(base).answer(question)
    assert answer.found and answer.facts[0].fact.value == value, question


def test_a_year_before_1990_or_in_the_1990s_gives_its_event_a_period(store):
    text = ("中国日报网 2024-12-14\n机场客流破纪录\n\n武汉天河机场自1995年通航以来，旅客吞吐量于2009年突破1000万人次。"
            "该机场成立于1985年，今年国际航线达到18条。")
    reading = read_article(text, store)
    years = {p.fact["value"]: (p.fact["period_start"], p.fact["period_end"]) for p in reading.proposals
             if p.fact["value"] in ("1995", "1985")}
    assert years == {"1995": ("1995-01-01", "1995-12-31"), "1985": ("1985-01-01", "1985-12-31")}


def test_a_fault_in_the_reader_is_a_clear_refusal_and_writes_nothing(tmp_path, monkeypatch, capsys):
    import run_bot
    from knowledge.ingest import walker

    def broken(self, sents):
        raise AttributeError("'NoneType' object has no attribute 'start'")

    monkeypatch.setattr(walker.Walker, "read", broken)
    with pytest.raises(IngestError, match="nothing was changed"):
        read_article(TRADE, FactStore(tmp_path / "a.db"), date="2023-12-21")
    db = tmp_path / "cli.db"
    monkeypatch.setenv("BOT_DB_PATH", str(db))
    path = tmp_path / "a.txt"
    path.write_text(TRADE, encoding="utf-8")
    assert run_bot.main(["facts", "ingest", str(path), "--date", "2023-12-22", "--apply"]) == 1
    out = capsys.readouterr()
    assert "the reader failed on this article" in out.err and "Traceback" not in out.err + out.out
    assert "2023-12-22" not in {s.date for s in FactStore(db).list_sources()}
