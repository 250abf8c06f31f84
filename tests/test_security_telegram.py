"""Security and robustness through Telegram (issue 12): the real application against the fake Bot
API, played by users, admins, a removed admin and a forger."""
from __future__ import annotations

import asyncio
import functools
import json
import socket
import sqlite3

import httpx
import pytest
from telegram.error import NetworkError, TimedOut

from bot import Settings
from handlers.app import build_application
from handlers.common import send_html
from knowledge import FactStore

from fake_telegram import FakeBotAPI, private_chat, user
import harness
from harness import TOKEN, buttons, run, running_bot

OWNER, ADMIN, OTHER = 9101, 9102, 9103
say = functools.partial(harness.say, uid=OWNER)
FACT = "hbrb251225-huahu-cargo-routes"


async def press(api, data, uid=OWNER):
    """Press a button; the callback answer (and the message, if one came)."""
    mark = api.mark()
    api.press(data, uid=uid)
    answered = (await api.wait("answerCallbackQuery", mark))[-1]
    sent = [c for c in await api.quiet(mark, 0.4) if c.method == "sendMessage"]
    return answered, (sent[-1] if sent else None)


def yes(message) -> str:
    return next(d for t, d in buttons(message) if t.startswith("✅"))


# -- item 3: removed admins lose power at once ----------------------------------------------------
def test_removed_admin_cannot_confirm_a_pending_edit_nor_continue_addfact(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            await say(api, f"/addadmin {ADMIN}")
            preview = await say(api, f"/editfact {FACT} value 999", uid=ADMIN)
            await say(api, "/addfact", uid=ADMIN)
            await say(api, "花湖机场", uid=ADMIN)                         # the form waits for the topic
            assert "已移除" in (await say(api, f"/rmadmin {ADMIN}")).params["text"]
            answered, _ = await press(api, yes(preview), uid=ADMIN)
            assert "管理员" in answered.params.get("text", "")
            assert store.get_fact(FACT).value == "111"
            answered, sent = await press(api, "aft:logistics", uid=ADMIN)
            assert sent is not None and "只有管理员" in sent.params["text"]
            answer = await say(api, "花湖机场有多少条货运航线", uid=ADMIN)    # an ordinary user again
            assert "111" in answer.params["text"]
    run(scenario())


# -- item 9: two admins confirming edits of the same field ----------------------------------------
def test_second_confirm_of_a_stale_preview_is_refused(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER, ADMIN})) as (api, app):
            store = app.bot_data["services"].store
            first = await say(api, f"/editfact {FACT} value 112", uid=OWNER)
            second = await say(api, f"/editfact {FACT} value 113", uid=ADMIN)
            _, saved = await press(api, yes(first), uid=OWNER)
            assert "已保存" in saved.params["text"]
            _, refused = await press(api, yes(second), uid=ADMIN)
            assert "没有保存" in refused.params["text"] and "someone else" in refused.params["text"]
            assert store.get_fact(FACT).value == "112"
    run(scenario())


def test_import_confirm_after_someone_edited_the_fact_is_refused(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER, ADMIN})) as (api, app):
            store = app.bot_data["services"].store
            record = store.get_fact(FACT).to_dict() | {"value": "120"}
            mark = api.mark()
            api.send_document("fix.json", json.dumps([record], ensure_ascii=False).encode(), uid=OWNER)
            preview = (await api.wait("sendMessage", mark))[-1]
            assert "导入预览" in preview.params["text"]
            edit = await say(api, f"/editfact {FACT} value 115", uid=ADMIN)
            _, done = await press(api, yes(edit), uid=ADMIN)
            assert "已保存" in done.params["text"]
            _, refused = await press(api, yes(preview), uid=OWNER)
            assert "没有导入" in refused.params["text"] and FACT in refused.params["text"]
            assert store.get_fact(FACT).value == "115"
    run(scenario())


# -- item 7: only the asker's vote counts, and ids cannot be guessed -----------------------------
def test_votes_count_only_from_the_asker(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            store = app.bot_data["services"].store
            answer = await say(api, "花湖机场有多少条货运航线", uid=OWNER)
            up = dict((t, d) for t, d in buttons(answer))["👍"]
            assert len(up.split(":")[2]) >= 16                              # not a sequential id
            answered, _ = await press(api, up.replace("+", "-"), uid=OTHER)
            assert "提问的人" in answered.params["text"]
            answered, _ = await press(api, "v:-:1", uid=OTHER)              # a guessed row id
            assert "提问的人" in answered.params["text"]
            assert store.db.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0
            answered, _ = await press(api, up, uid=OWNER)
            assert "谢谢" in answered.params["text"]
            assert [tuple(r) for r in store.db.execute("SELECT vote FROM feedback")] == [(1,)]
    run(scenario())


# -- items 5 and 8: answering never depends on a write -------------------------------------------
def test_answers_while_another_writer_holds_the_database(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            other = sqlite3.connect(db)
            other.execute("BEGIN IMMEDIATE")                       # the write lock, held throughout
            try:
                answer = await say(api, "花湖机场有多少条货运航线")
                assert "111" in answer.params["text"]
                answer = await say(api, "湖北前11个月进出口多少")
                assert "7502.3" in answer.params["text"]
            finally:
                other.rollback()
                other.close()
    run(scenario())


def test_read_only_database_answers_and_admin_edit_says_read_only(db):
    async def scenario():
        store = FactStore(db, read_only=True)
        async with running_bot(db, admin_ids=frozenset({OWNER}), store=store) as (api, app):
            answer = await say(api, "花湖机场有多少条货运航线", uid=OTHER)
            assert "111" in answer.params["text"]
            up = dict((t, d) for t, d in buttons(answer))["👍"]
            answered, _ = await press(api, up, uid=OTHER)                # nothing recorded, no error
            assert answered.params.get("text")
            preview = await say(api, f"/editfact {FACT} value 112")
            _, refused = await press(api, yes(preview))
            assert "read-only" in refused.params["text"]
            assert "read-only" in (await say(api, f"/delfact {FACT}")).params["text"]
            assert "只读" in (await say(api, "/lang en", uid=OTHER)).params["text"]      # no "went wrong"
            assert "只读" in (await say(api, f"/addadmin {ADMIN}")).params["text"]
    run(scenario())


# -- item 6: lone surrogates arriving from Telegram ---------------------------------------------
def test_lone_surrogate_in_a_message_is_answered(db):
    async def scenario():
        async with running_bot(db) as (api, app):
            answer = await say(api, "花湖机场有多少条货运航线\udc80")
            assert "111" in answer.params["text"]
            store = app.bot_data["services"].store
            await asyncio.sleep(0.1)
            texts = [r[0] for r in store.db.execute("SELECT text FROM questions")]
            assert texts and texts[-1].endswith("\ufffd")
    run(scenario())


# -- item 2: the webhook needs Telegram's secret, and refuses malformed bodies ------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_webhook_without_configured_secret_still_refuses_forgeries(db):
    async def scenario():
        api = FakeBotAPI(TOKEN)
        await api.start()
        port = _free_port()
        settings = Settings(token=TOKEN, db_path=db, admin_ids=frozenset({OWNER}), api_base_url=api.root,
                            listen="127.0.0.1", port=port)
        from handlers.webhook import run_webhook, webhook_secret

        app = build_application(settings)
        stop = asyncio.Event()
        task = asyncio.create_task(run_webhook(app, settings, "https://bot.example.org/hook", "hook",
                                               webhook_secret(settings), stop))
        try:
            registered = (await api.wait("setWebhook", 0))[0]
            secret = registered.params["secret_token"]
            assert len(secret) >= 32
            url = f"http://127.0.0.1:{port}/hook"
            update = {"update_id": 5, "message": {"message_id": 1, "date": 0, "chat": private_chat(OWNER),
                                                  "from": user(OWNER), "text": f"/delfact {FACT}",
                                                  "entities": [{"type": "bot_command", "offset": 0,
                                                                "length": 8}]}}
            async with httpx.AsyncClient() as client:
                mark = api.mark()
                forged = await client.post(url, json=update)
                wrong = await client.post(url, json=update,
                                          headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
                assert (forged.status_code, wrong.status_code) == (403, 403)
                good = {"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"}
                for body in (b"{not json", b"\xff\xfe", b"[1, 2]", b'{"update_id": "x"}', b""):
                    assert (await client.post(url, content=body, headers=good)).status_code == 400, body
                assert [c for c in await api.quiet(mark, 0.5) if c.method == "sendMessage"] == []
                assert app.bot_data["services"].store.get_fact(FACT).value == "111"
                update["message"]["text"] = "花湖机场有多少条货运航线"
                del update["message"]["entities"]
                assert (await client.post(url, json=update, headers=good)).status_code == 200
                answer = (await api.wait("sendMessage", mark))[0]
                assert "111" in answer.params["text"]
        finally:
            stop.set()
            await asyncio.wait_for(task, 20)
            await api.stop()
    run(scenario())


def test_webhook_secret_telegram_would_reject_stops_start_up():
    from handlers.webhook import webhook_secret

    with pytest.raises(ValueError, match="BOT_WEBHOOK_SECRET"):
        webhook_secret(Settings(token=TOKEN, webhook_secret="has spaces and ü"))
    assert webhook_secret(Settings(token=TOKEN, webhook_secret="ok_Secret-1")) == "ok_Secret-1"


# -- item 12: a reply that may have landed is not sent twice --------------------------------------
class _Message:
    """Stands in for a telegram Message: counts replies, failing as told."""

    def __init__(self, failures: list[Exception]):
        self.failures = failures
        self.calls = 0

    async def reply_html(self, text, **kwargs):
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return text


def test_timed_out_reply_is_not_resent():
    message = _Message([TimedOut("read timeout")])
    assert run(send_html(message, "<b>7502.3</b>")) is None
    assert message.calls == 1
    dropped = NetworkError("httpx.RemoteProtocolError: Server disconnected")
    dropped.__cause__ = httpx.RemoteProtocolError("Server disconnected")
    message = _Message([dropped])
    assert run(send_html(message, "answer")) is None and message.calls == 1


def test_reply_that_never_left_is_retried():
    refused = NetworkError("httpx.ConnectError: connection refused")
    refused.__cause__ = httpx.ConnectError("connection refused")
    message = _Message([refused])
    assert run(send_html(message, "answer")) == "answer"
    assert message.calls == 2


def test_served_webhook_refuses_forged_and_malformed_posts(db):
    """`run_bot.py serve --webhook-url` without BOT_WEBHOOK_SECRET, as an operator would start it:
    a forged /delfact gets 403 and changes nothing, a malformed body 400, Telegram's own post works."""
    import os
    import signal
    import subprocess
    import sys
    import threading
    import time

    from conftest import ROOT

    loop = asyncio.new_event_loop()
    api = FakeBotAPI(TOKEN)
    ready = threading.Event()

    def serve_api() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(api.start())
        ready.set()
        loop.run_forever()

    threading.Thread(target=serve_api, daemon=True).start()
    ready.wait(10)
    port = _free_port()
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, BOT_DB_PATH=str(db), TELEGRAM_API_BASE_URL=api.root,
               BOT_ADMIN_IDS=str(OWNER), BOT_PORT=str(port), BOT_LISTEN="127.0.0.1")
    env.pop("BOT_WEBHOOK_SECRET", None)
    bot = subprocess.Popen([sys.executable, "run_bot.py", "serve", "--webhook-url",
                            "https://bot.example.org/hook"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/hook"
    message = {"message_id": 1, "date": 0, "chat": private_chat(OWNER), "from": user(OWNER),
               "text": f"/delfact {FACT}", "entities": [{"type": "bot_command", "offset": 0, "length": 8}]}
    try:
        deadline = time.monotonic() + 60
        while not any(c.method == "setWebhook" for c in api.calls):
            assert time.monotonic() < deadline and bot.poll() is None, "the bot did not set its webhook"
            time.sleep(0.1)
        time.sleep(0.3)
        secret = next(c for c in api.calls if c.method == "setWebhook").params.get("secret_token")
        assert secret
        forged = httpx.post(url, json={"update_id": 1, "message": message}, timeout=10)
        malformed = httpx.post(url, content=b"{oops", headers={"Content-Type": "application/json",
                                                                "X-Telegram-Bot-Api-Secret-Token": secret})
        assert (forged.status_code, malformed.status_code) == (403, 400)
        time.sleep(0.5)
        assert not [c for c in api.calls if c.method == "sendMessage"]
        assert FactStore(db).get_fact(FACT).value == "111"
        message["text"], message["entities"] = "花湖机场有多少条货运航线", []
        sent = httpx.post(url, json={"update_id": 2, "message": message},
                          headers={"X-Telegram-Bot-Api-Secret-Token": secret}, timeout=10)
        assert sent.status_code == 200
        deadline = time.monotonic() + 20
        while not [c for c in api.calls if c.method == "sendMessage"]:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert "111" in [c for c in api.calls if c.method == "sendMessage"][0].params["text"]
    finally:
        bot.send_signal(signal.SIGTERM)
        output = bot.communicate(timeout=30)[0]
        asyncio.run_coroutine_threadsafe(api.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
    assert "BOT_WEBHOOK_SECRET is not set" in output and TOKEN not in output
    assert bot.returncode == 0, output
