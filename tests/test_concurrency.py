"""Many users at once: chats served concurrently, each chat's updates in order, every question
answered once and logged once, an admin's edit re-indexed without a rebuild."""
from __future__ import annotations

from telegram import Update

from bot import Settings
from fake_telegram import group_chat
from handlers.concurrency import order_keys
from harness import buttons, run, running_bot

OWNER = 4242


def _answers_to(api, chat_id: int, since: int = 0):
    return [c for c in api.calls[since:] if c.method == "sendMessage" and int(c.params["chat_id"]) == chat_id]


def test_two_chats_are_served_concurrently_while_one_chats_updates_stay_in_order(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            api.delay = 0.4                               # every Bot API call takes 0.4 s
            mark = api.mark()
            api.send_text("2024年上半年武汉进出口多少", uid=1)
            api.send_text("那出口呢？", uid=1)             # a follow-up: must come after its question
            api.send_text("湖北2025年前11个月进出口总额是多少？", uid=1)
            api.send_text("花湖机场有多少条货运航线", uid=2)
            await api.wait("sendMessage", mark, count=4, timeout=20)
            first, second, third = (c.params["text"] for c in _answers_to(api, 1, mark))
            assert "1751.5" in first and "1111.4" in second and "7502.3" in third
            other = _answers_to(api, 2, mark)[0]
            # chat 2 did not wait behind chat 1's three round trips
            assert other.at < _answers_to(api, 1, mark)[1].at
    run(scenario())


def test_every_question_of_many_users_is_answered_and_logged_exactly_once(db):
    async def scenario():
        async with running_bot(db, flood_per_minute=100) as (api, app):
            api.delay = 0.05
            store = app.bot_data["services"].store
            before = store.db.execute("SELECT count(*) FROM questions").fetchone()[0]
            mark = api.mark()
            users = range(100, 110)
            for k in range(4):
                for uid in users:
                    api.send_text(["花湖机场有多少条货运航线", "湖北前11个月进出口多少", "那出口呢？",
                                   "Wuhan exports first half of 2024"][k], uid=uid)
            await api.wait("sendMessage", mark, count=40, timeout=30)
            await api.quiet(mark, 0.5)
            for uid in users:
                texts = [c.params["text"] for c in _answers_to(api, uid, mark)]
                assert len(texts) == 4 and "111" in texts[0] and "7502.3" in texts[1], texts
            rows = store.db.execute("SELECT count(*), count(DISTINCT id) FROM questions").fetchone()
            assert rows[0] - before == 40 and rows[0] == rows[1]
            votes = [d for c in _answers_to(api, 100, mark) for t, d in buttons(c) if t == "👍"]
            for data in votes:
                api.press(data, uid=100)
            await api.wait("answerCallbackQuery", mark, count=len(votes), timeout=10)
            assert store.db.execute("SELECT count(*) FROM feedback").fetchone()[0] == len(votes)
    run(scenario())


def test_a_group_and_a_users_forms_keep_their_order(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            api.delay = 0.1
            mark = api.mark()
            group = group_chat()
            api.send_text(f"@{app.bot.username} 2024年上半年武汉进出口多少", uid=7, chat=group)
            api.send_text("那出口呢？", uid=7, chat=group, reply_to_bot=True)
            api.send_text("/addfact", uid=OWNER)
            api.send_text("/cancel", uid=OWNER)
            await api.wait("sendMessage", mark, count=4, timeout=20)
            in_group = [c.params["text"] for c in _answers_to(api, group["id"], mark)]
            assert "1751.5" in in_group[0] and "1111.4" in in_group[1]
            form = [c.params["text"] for c in _answers_to(api, OWNER, mark)]
            assert len(form) == 2 and ("取消" in form[1] or "ancel" in form[1])
    run(scenario())


def test_an_admin_edit_is_indexed_at_once_without_a_rebuild(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            engine = app.bot_data["services"].engine
            builds = engine.index.builds
            mark = api.mark()
            api.send_text("/editfact hbrb251225-huahu-cargo-routes value 112", uid=OWNER)
            preview = (await api.wait("sendMessage", mark))[-1]
            yes = [d for t, d in buttons(preview) if t.startswith("✅")][0]
            mark = api.mark()
            api.press(yes, uid=OWNER)
            await api.wait("sendMessage", mark)
            mark = api.mark()
            api.send_text("花湖机场有多少条货运航线", uid=55)
            answer = (await api.wait("sendMessage", mark))[-1]
            assert "112" in answer.params["text"]
            assert engine.index.builds == builds and engine.index.updated == 1
    run(scenario())


def test_updates_wait_for_their_chat_and_user_in_that_order():
    chat = {"id": -5, "type": "group", "title": "g"}
    sender = {"id": 9, "is_bot": False, "first_name": "U"}
    message = Update.de_json({"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": chat,
                                                          "from": sender, "text": "hi"}}, None)
    inline = Update.de_json({"update_id": 2, "inline_query": {"id": "1", "from": sender, "query": "花湖",
                                                              "offset": ""}}, None)
    assert order_keys(message) == [("chat", -5), ("user", 9)]
    assert order_keys(inline) == [("user", 9)]
    assert order_keys(object()) == []


def test_the_overall_send_rate_is_configurable():
    assert Settings.from_env({}).max_sends_per_second == 30
    assert Settings.from_env({"BOT_MAX_SENDS_PER_SECOND": "0"}).max_sends_per_second == 0
    try:
        Settings.from_env({"BOT_MAX_SENDS_PER_SECOND": "fast"})
    except ValueError as exc:
        assert "BOT_MAX_SENDS_PER_SECOND" in str(exc)
    else:
        raise AssertionError("a bad rate was accepted")
