"""The bot end to end: the real PTB application, long polling a fake Bot API over HTTP on
127.0.0.1 (through TELEGRAM_API_BASE_URL), played by a user."""
from __future__ import annotations

import asyncio

import pytest

from fake_telegram import BOT_USERNAME, group_chat
from harness import buttons, run, running_bot


def test_start_registers_menus_and_welcomes_with_topic_buttons(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            menus = [c for c in api.calls if c.method == "setMyCommands"]
            assert {c.params.get("language_code") for c in menus} >= {"zh", "en"}
            sent = await api.reply_to("/start")
            assert "湖北开放经济问答机器人" in sent.params["text"] and sent.params["parse_mode"] == "HTML"
            assert ("📦 外贸", "t:trade") in buttons(sent)
            mark = api.mark()
            api.send_text("/start hub")                                # deep link opens a topic
            sent = (await api.wait("sendMessage", mark))[0]
            assert "物流枢纽" in sent.params["text"] and all(d.startswith("f:") for _, d in buttons(sent))
    run(scenario())


def test_questions_in_chinese_and_english_get_figure_and_citation(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            zh = await api.reply_to("湖北2025年前11个月进出口总额是多少？")
            assert "7502.3" in zh.params["text"] and "湖北日报" in zh.params["text"]
            labels = [t for t, _ in buttons(zh)]
            assert "📰 出处" in labels and "👍" in labels and "👎" in labels
            en = await api.reply_to("How much did Wuhan export in the first half of 2024?", lang="en")
            assert "111.14" in en.params["text"] and "Changjiang Daily" in en.params["text"]
    run(scenario())


def test_every_command_answers(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            for command, expected in [("/help", "/trade"), ("/topics", "选择主题"), ("/trade", "外贸"),
                                      ("/hub", "物流枢纽"), ("/firm", "企业"), ("/policy", "政策"),
                                      ("/invest", "投资"), ("/about", "数据条数"),
                                      ("/source", "用法"), ("/source no-such-id", "没有编号"),
                                      ("/trade 湖北 前11个月 进出口", "7502.3"), ("/hub 花湖机场 货运航线", "花湖"),
                                      ("/firm 联想武汉", "联想"), ("/source hbrb251225-hubei-trade-total", "湖北日报"),
                                      ("/lang", "Usage")]:
                sent = await api.reply_to(command)
                assert expected in sent.params["text"], (command, sent.params["text"][:200])
    run(scenario())


def test_buttons_answer_when_pressed(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            answer = await api.reply_to("花湖机场有多少条货运航线")
            data = dict((t, d) for t, d in buttons(answer))
            mark = api.mark()
            api.press(data["📰 出处"])
            await api.wait("answerCallbackQuery", mark)
            source = (await api.wait("sendMessage", mark))[0]
            assert "标题" in source.params["text"] and "湖北日报" in source.params["text"]
            mark = api.mark()
            api.press(data["👍"])
            thanks = (await api.wait("answerCallbackQuery", mark))[0]
            assert "谢谢" in thanks.params.get("text", "")
            mark = api.mark()
            api.press("t:firm")
            menu = (await api.wait("sendMessage", mark))[0]
            fact_button = buttons(menu)[0][1]
            mark = api.mark()
            api.press(fact_button)
            fact = (await api.wait("sendMessage", mark))[0]
            assert "来源" in fact.params["text"]
            mark = api.mark()
            api.press("f:no-such-fact")
            missing = (await api.wait("sendMessage", mark))[0]
            assert "没有编号" in missing.params["text"]
    run(scenario())


def test_did_you_mean_choices_answer_when_pressed(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            declined = await api.reply_to("湖北2025年前10个月进出口总额")
            assert "抱歉" in declined.params["text"]
            choices = [d for _, d in buttons(declined) if d.startswith("f:")]
            assert choices
            mark = api.mark()
            api.press(choices[0])
            answer = (await api.wait("sendMessage", mark))[0]
            assert "来源" in answer.params["text"]
    run(scenario())


def test_lang_choice_is_remembered_after_a_restart(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            mark = api.mark()
            api.send_text("/lang en")
            await api.wait("sendMessage", mark)
        async with running_bot(db) as (api, app):
            sent = await api.reply_to("花湖机场有多少条货运航线")
            assert "Source" in sent.params["text"] and "来源" not in sent.params["text"]
            mark = api.mark()
            api.send_text("/lang auto")
            await api.wait("sendMessage", mark)
    run(scenario())


def test_inline_query_offers_fact_cards(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            mark = api.mark()
            api.inline("花湖")
            call = (await api.wait("answerInlineQuery", mark))[0]
            results = call.params["results"]
            assert 1 <= len(results) <= 8
            assert all(r["input_message_content"]["parse_mode"] == "HTML" for r in results)
            assert any("花湖" in r["title"] for r in results)
            mark = api.mark()
            api.inline("")
            empty = (await api.wait("answerInlineQuery", mark))[0]
            assert empty.params["results"] == []
    run(scenario())


def test_in_groups_only_mentions_and_replies_are_answered(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            chat = group_chat()
            mark = api.mark()
            api.send_text("花湖机场有多少条货运航线", uid=2002, chat=chat)
            assert [c for c in await api.quiet(mark) if c.method == "sendMessage"] == []
            sent = await api.reply_to(f"@{BOT_USERNAME} 花湖机场有多少条货运航线", uid=2002, chat=chat)
            assert "111" in sent.params["text"]
            mark = api.mark()
            api.send_text("中欧班列武汉开通了多少条线路", uid=2002, chat=chat, reply_to_bot=True)
            await api.wait("sendMessage", mark)
            mark = api.mark()
            api.send_text("/about", uid=2002, chat=chat)
            await api.wait("sendMessage", mark)
    run(scenario())


@pytest.mark.parametrize("text", [
    "<b>花湖</b><script>alert(1)</script> & 航线?",
    "花" * 4096,
    "\x00\x07花湖机场\x1b[31m 航线\u202e",
    "😀🤖🚀",
    "'; DROP TABLE facts; --",
    "/firm <i>联想</i>",
])
def test_hostile_text_is_answered_without_an_error(db, text):
    async def scenario():
        async with running_bot(db) as (api, app):
            mark = api.mark()
            api.send_text(text)
            sent = await api.wait("sendMessage", mark)
            for call in sent:
                body = call.params["text"]
                assert len(body) <= 4096 and "<script>" not in body and "<i>联想" not in body
                assert "Traceback" not in body
    run(scenario())


def test_flooding_user_is_slowed_down_politely(db):
    async def scenario():
        async with running_bot(db, flood_per_minute=3) as (api, app):
            mark = api.mark()
            for _ in range(6):
                api.send_text("花湖机场有多少条货运航线")
            await api.wait("sendMessage", mark, count=4)
            await asyncio.sleep(0.5)
            texts = [c.params["text"] for c in api.calls[mark:] if c.method == "sendMessage"]
            assert len(texts) == 4 and "稍等" in texts[-1]
    run(scenario())


def test_unknown_commands_other_messages_and_stale_buttons_get_a_polite_reply(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            assert "/help" in (await api.reply_to("/nosuchcommand")).params["text"]
            mark = api.mark()
            api._push({"message": {"message_id": 5, "date": 1, "from": {"id": 1001, "is_bot": False, "first_name": "U"},
                                   "chat": {"id": 1001, "type": "private"}, "sticker": {
                                       "file_id": "s", "file_unique_id": "s", "width": 1, "height": 1,
                                       "is_animated": False, "is_video": False, "type": "regular"}}})
            assert "text questions" in (await api.wait("sendMessage", mark))[0].params["text"]   # no language_code
            mark = api.mark()
            api.press("afc:yes")                      # a form button after the form ended
            await api.wait("answerCallbackQuery", mark)
            assert [c for c in await api.quiet(mark) if c.method == "sendMessage"] == []
    run(scenario())


def test_serve_uses_a_webhook_when_given_a_url_and_polling_otherwise(db, monkeypatch):
    from telegram.ext import Application

    from bot import Settings
    from handlers.app import serve

    import handlers.webhook

    calls = {}

    async def fake_webhook(application, settings, webhook_url, path, secret, stop=None):
        calls["webhook"] = dict(url_path=path, webhook_url=webhook_url, secret_token=secret,
                                listen=settings.listen, port=settings.port)

    monkeypatch.setattr(handlers.webhook, "run_webhook", fake_webhook)
    monkeypatch.setattr(Application, "run_polling", lambda self, **kw: calls.setdefault("polling", kw))
    settings = Settings(token="123456:TEST-token", db_path=db, webhook_secret="s3cret", listen="0.0.0.0", port=8443)
    assert serve(settings, webhook_url="https://bot.example.org/hook/tg") == 0
    hook = calls["webhook"]
    assert hook["url_path"] == "hook/tg" and hook["webhook_url"] == "https://bot.example.org/hook/tg"
    assert hook["secret_token"] == "s3cret" and hook["listen"] == "0.0.0.0" and hook["port"] == 8443
    assert serve(settings) == 0 and "polling" in calls


def test_the_bot_token_never_reaches_the_logs(db, caplog):
    import logging

    import run_bot

    run_bot.setup_logging(verbose=True)
    assert logging.getLogger("httpx").level == logging.WARNING

    async def scenario():
        async with running_bot(db) as (api, app):
            with caplog.at_level(logging.DEBUG):
                mark = api.mark()
                api.send_text("花湖机场有多少条货运航线")
                await api.wait("sendMessage", mark)
    run(scenario())
    ours = [r for r in caplog.records if not r.name.startswith("tornado")]     # tornado is the fake server
    assert ours and not [r.name for r in ours if "TEST-token" in r.getMessage()]


def test_a_follow_up_in_the_chat_is_answered_in_context(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            assert "1751.5" in (await api.reply_to("2024年上半年武汉进出口多少")).params["text"]
            assert "1111.4" in (await api.reply_to("那出口呢？")).params["text"]
    run(scenario())


def test_an_update_sent_twice_is_answered_once(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            api.ignore_offset = True                   # every getUpdates returns every update again
            mark = api.mark()
            api.send_text("花湖机场有多少条货运航线")
            await api.wait("sendMessage", mark)
            await asyncio.sleep(1.0)                   # several more polls, each resending it
            api.send_text("中欧班列武汉开通了多少条线路")
            await api.wait("sendMessage", mark, count=2)
            await asyncio.sleep(0.5)
            assert len([c for c in api.calls[mark:] if c.method == "sendMessage"]) == 2
    run(scenario())
