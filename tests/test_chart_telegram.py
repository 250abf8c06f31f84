"""Charts through the real application and the fake Bot API: /chart, the 📊 button, /new."""
from __future__ import annotations

from harness import buttons, run, running_bot

PNG = b"\x89PNG\r\n\x1a\n"


def _photo(call) -> bytes:
    name, body = next(iter(call.files.values()))
    return body


def test_chart_command_sends_a_photo_citing_its_source(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            photo = await api.reply_to("/chart 湖北 2025 贸易伙伴", method="sendPhoto")
            assert _photo(photo).startswith(PNG) and len(_photo(photo)) > 10_000
            caption = photo.params["caption"]
            assert photo.params["parse_mode"] == "HTML"
            assert "湖北对各贸易伙伴进出口额" in caption and "湖北日报" in caption and "2025-12-25" in caption
            assert "东盟 1582.7" in caption and "欧盟 1012.6" in caption
            photo = await api.reply_to("/chart Wuhan trade by quarter", lang="en", method="sendPhoto")
            caption = photo.params["caption"]
            assert "Wuhan: total imports and exports" in caption
            assert "1751.5" in caption and "2908.50" in caption
            assert caption.count("Changjiang Daily") == 2 and "cumulative from January" in caption
    run(scenario())


def test_chart_with_no_comparable_series_says_so_and_suggests(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            for text, expected in [("/chart 联想武汉", "没有可以画成图的可比数据"), ("/chart", "用法"),
                                   ("/chart 今天天气怎么样", "没有可以画成图的可比数据")]:
                mark = api.mark()
                api.send_text(text)
                sent = (await api.wait("sendMessage", mark))[0]
                assert expected in sent.params["text"] and "/chart 湖北对各贸易伙伴进出口额" in sent.params["text"]
                assert not [c for c in api.calls[mark:] if c.method == "sendPhoto"]
    run(scenario())


def test_answer_in_a_series_has_a_chart_button_that_sends_the_chart(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            answer = await api.reply_to("2025年前11个月湖北对东盟进出口多少？")
            assert "1582.7" in answer.params["text"]
            data = dict(buttons(answer))
            assert data["📊 图表"].startswith("cz:")
            mark = api.mark()
            api.press(data["📊 图表"])
            await api.wait("answerCallbackQuery", mark)
            photo = (await api.wait("sendPhoto", mark))[0]
            assert "4115.1" in photo.params["caption"] and "湖北日报" in photo.params["caption"]
            assert _photo(photo).startswith(PNG)
            answer = await api.reply_to("How much did Hubei trade with the EU in Jan-Nov 2025?", lang="en")
            assert "1012.6" in answer.params["text"]
            mark = api.mark()
            api.press(dict(buttons(answer))["📊 Chart"], lang="en")
            caption = (await api.wait("sendPhoto", mark))[0].params["caption"]
            assert "Hubei&#x27;s trade with each partner" in caption            # escaped for HTML
            assert "European Union 1012.6" in caption and "Hubei Daily" in caption and "may overlap" in caption
            mark = api.mark()
            api.send_text("花湖机场有多少条货运航线")               # 111 routes: no series of three
            answer = (await api.wait("sendMessage", mark))[0]
            assert "111" in answer.params["text"] and "📊 图表" not in dict(buttons(answer))
    run(scenario())


def test_new_lists_the_latest_additions_first(db):
    from knowledge import Fact, FactStore

    store = FactStore(db)
    store.add_fact(Fact.from_dict(dict(
        id="test-new-fact", topic="trade", entity="wuhan", metric="test_metric", metric_zh="测试指标",
        metric_en="test metric", value="42", unit="亿元", period_zh="2026年1-2月",
        period_en="January-February 2026",
        period_start="2026-01-01", period_end="2026-02-28", statement_zh="一条测试数据。",
        statement_en="A test figure.", source="hbrb-2025-12-25")), "admin:1")
    store.close()

    async def scenario():
        async with running_bot(db) as (api, app):
            mark = api.mark()
            api.send_text("/new")
            text = (await api.wait("sendMessage", mark))[0].params["text"]
            lines = text.split("\n")
            assert "最近新增" in lines[0] and "测试指标" in lines[1] and "42亿元" in lines[1]
            assert "/source test-new-fact" in lines[2] and "湖北日报" in lines[2]
            mark = api.mark()
            api.send_text("/new", lang="en")
            text = (await api.wait("sendMessage", mark))[0].params["text"]
            assert "Added lately" in text and "test metric" in text
    run(scenario())


def test_chart_requests_count_against_the_flood_limit(db):
    async def scenario():
        async with running_bot(db, flood_per_minute=2) as (api, app):
            for _ in range(2):
                mark = api.mark()
                api.send_text("/chart 湖北 2025 贸易伙伴")
                await api.wait("sendPhoto", mark)
            mark = api.mark()
            api.send_text("/chart 湖北 2025 贸易伙伴")
            sent = (await api.wait("sendMessage", mark))[0]
            assert "请稍等" in sent.params["text"]
            assert not [c for c in await api.quiet(mark, 0.3) if c.method == "sendPhoto"]
    run(scenario())
