"""Admins keep the base current from Telegram: driven through the real application and the fake
Bot API, as an owner, an admin and a stranger would."""
from __future__ import annotations

import functools
import json
from pathlib import Path

import harness
from harness import buttons, run, running_bot

OWNER, ADMIN, STRANGER = 9001, 9002, 9003
say = functools.partial(harness.say, uid=OWNER)
press = functools.partial(harness.press, uid=OWNER)

ROOT = Path(__file__).resolve().parent.parent


def test_admin_adds_a_fact_step_by_step_and_users_get_it_at_once(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            assert "实体" in (await say(api, "/addfact")).params["text"]
            assert "new" in (await say(api, "nosuchthing")).params["text"]          # unknown entity: asked again
            topic_msg = await say(api, "new 阳逻港 | Yangluo Port | hub")
            assert ("logistics", "aft:logistics") in buttons(topic_msg)
            assert "指标" in (await press(api, "aft:logistics")).params["text"]
            await say(api, "集装箱吞吐量 | container throughput")
            await say(api, "300 万标箱 | 3 million TEU")
            again = await say(api, "2025年1-11月 | January-November 2025 | 2025-13-01 | 2025-11-30")
            assert "2025-13-01" in again.params["text"]                                # a bad date: asked again
            assert "来源" in (await say(api, "2025年1-11月 | January-November 2025 | 2025-01-01 | 2025-11-30")).params[
                "text"]
            await say(api, "hbrb-2025-12-25")
            await say(api, "2025年1-11月，阳逻港集装箱吞吐量300万标箱。")
            preview = await say(api, "Yangluo Port handled 3 million TEU of containers in January-November 2025.")
            assert "预览" in preview.params["text"] and ("✅ 确认", "afc:yes") in buttons(preview)
            saved = await press(api, "afc:yes")
            assert "已保存" in saved.params["text"]
            answer = await say(api, "阳逻港2025年前11个月集装箱吞吐量多少", uid=1234)
            assert "300" in answer.params["text"] and "湖北日报" in answer.params["text"]
    run(scenario())


def test_cancel_at_any_step_saves_nothing(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            version = store.version
            await say(api, "/addfact")
            await say(api, "花湖机场")
            assert "取消" in (await say(api, "/cancel")).params["text"]
            assert store.version == version
            answer = await say(api, "花湖机场有多少条货运航线")          # the conversation is over
            assert "111" in answer.params["text"]
    run(scenario())


def test_one_line_addfact_edit_with_preview_and_undo(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            saved = await say(api, "/addfact id=t-one topic=trade entity=hubei metric=test value=1 unit=亿元 "
                                   "period_zh=2025年 period_en=2025 statement_zh=测试 一条。 statement_en=A test. "
                                   "source=hbrb-2025-12-25")
            assert "已保存" in saved.params["text"] and store.get_fact("t-one").statement_zh == "测试 一条。"
            bad = await say(api, "/addfact id=t-two topic=gossip")
            assert "没有保存" in bad.params["text"] and "topic" in bad.params["text"]
            preview = await say(api, "/editfact hbrb251225-huahu-cargo-routes value 112")
            assert "原值" in preview.params["text"] and "111" in preview.params["text"]
            assert store.get_fact("hbrb251225-huahu-cargo-routes").value == "111"     # nothing before confirming
            yes = [d for t, d in buttons(preview) if t.startswith("✅")][0]
            assert "已保存" in (await press(api, yes)).params["text"]
            assert store.get_fact("hbrb251225-huahu-cargo-routes").value == "112"
            assert "112" in (await say(api, "花湖机场有多少条货运航线", uid=1234)).params["text"]
            assert "撤销" in (await say(api, "/undo")).params["text"]
            assert store.get_fact("hbrb251225-huahu-cargo-routes").value == "111"
            history = await say(api, "/history hbrb251225-huahu-cargo-routes")
            assert "update" in history.params["text"] and "undo" in history.params["text"]
            assert "用法" in (await say(api, "/editfact only-an-id")).params["text"]
            assert "没有保存" in (await say(api, "/editfact no-such-fact value 1")).params["text"]
            assert "找到" not in (await say(api, "/addalias huahu-airport 鄂州大机场|EHU")).params["text"]
            assert "111" in (await say(api, "鄂州大机场有多少条货运航线", uid=1234)).params["text"]
            assert "用法" in (await say(api, "/addalias")).params["text"]
            assert "没有保存" in (await say(api, "/addalias no-such-entity-xyz 名字")).params["text"]
            assert "已删除" in (await say(api, "/delfact t-one")).params["text"]
            assert "已恢复" in (await say(api, "/restore t-one")).params["text"]
    run(scenario())


def test_import_with_one_bad_row_is_rejected_whole_then_a_good_one_applies(db):
    good = (ROOT / "examples" / "import_example.csv").read_bytes()
    bad = good.decode("utf-8").replace(",trade,", ",gossip,", 1).encode("utf-8")

    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            before = len(store.list_facts())
            mark = api.mark()
            api.send_document("facts.csv", bad, uid=OWNER)
            rejected = (await api.wait("sendMessage", mark))[-1]
            assert "导入被拒绝" in rejected.params["text"] and "line 2, topic" in rejected.params["text"]
            assert len(store.list_facts()) == before
            mark = api.mark()
            api.send_document("facts.csv", good, uid=OWNER)
            preview = (await api.wait("sendMessage", mark))[-1]
            assert "导入预览" in preview.params["text"] and len(store.list_facts()) == before
            yes = [d for t, d in buttons(preview) if t.startswith("✅")][0]
            mark = api.mark()
            api.press(yes, uid=STRANGER)                                              # not the asker: ignored
            refusal = (await api.wait("answerCallbackQuery", mark))[0]
            assert "失效" in refusal.params["text"] and len(store.list_facts()) == before
            applied = await press(api, yes)
            assert "已导入" in applied.params["text"]
            assert len(store.list_facts()) == before + 2
            mark = api.mark()
            api.send_document("notes.pdf", b"%PDF-1.4", uid=OWNER)
            assert ".csv" in (await api.wait("sendMessage", mark))[-1].params["text"]
    run(scenario())


def test_export_sends_the_whole_base_as_a_document(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            call = await api.reply_to("/export", uid=OWNER, method="sendDocument")
            name, body = next(iter(call.files.values()))
            assert name.endswith(".json") and len(json.loads(body)) > 250
    run(scenario())


ADMIN_ONLY = ["/addfact", "/addfact id=x topic=trade", "/editfact hbrb251225-huahu-cargo-routes value 1",
              "/delfact hbrb251225-huahu-cargo-routes", "/restore hbrb251225-huahu-cargo-routes",
              "/addsource id=x publication_zh=x title=x date=2025-01-01", "/addalias hubei 鄂省",
              "/history hbrb251225-huahu-cargo-routes",
              "/undo", "/export", "/gaps", "/stats", "/admins", f"/addadmin {STRANGER}", f"/rmadmin {OWNER}"]


def test_a_stranger_is_refused_every_admin_command_and_nothing_changes(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            version = store.version
            for command in ADMIN_ONLY:
                reply = await say(api, command, uid=STRANGER)
                assert "只有管理员" in reply.params["text"], command
            mark = api.mark()
            api.send_document("facts.csv", (ROOT / "examples" / "import_example.csv").read_bytes(), uid=STRANGER)
            await api.quiet(mark)
            assert store.version == version
            assert app.bot_data["services"].usage.admin_ids() == set()
    run(scenario())


def test_owner_adds_an_admin_who_can_then_edit_and_admins_cannot_manage_admins(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            mark = api.mark()
            assert "已添加管理员" in (await say(api, f"/addadmin {ADMIN}")).params["text"]
            scoped = [c for c in api.calls[mark:] if c.method == "setMyCommands"]
            assert any(c.params.get("scope", {}).get("chat_id") == ADMIN for c in scoped)
            assert any(c["command"] == "editfact" for c in scoped[0].params["commands"])
            assert "原值" in (await say(api, "/editfact hbrb251225-huahu-cargo-routes unit 条航线", uid=ADMIN)).params["text"]
            assert "所有者" in (await say(api, f"/addadmin {STRANGER}", uid=ADMIN)).params["text"]
            assert str(ADMIN) in (await say(api, "/admins")).params["text"]
            assert "已移除" in (await say(api, f"/rmadmin {ADMIN}")).params["text"]
            assert "只有管理员" in (await say(api, "/undo", uid=ADMIN)).params["text"]
    run(scenario())


def test_two_admins_editing_at_the_same_time_lose_nothing(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER, ADMIN})) as (api, app):
            store = app.bot_data["services"].store
            fact = "hbrb251225-huahu-cargo-routes"
            first = await say(api, f"/editfact {fact} value 120", uid=OWNER)
            second = await say(api, f"/editfact {fact} unit 条航线", uid=ADMIN)
            yes1 = [d for t, d in buttons(first) if t.startswith("✅")][0]
            yes2 = [d for t, d in buttons(second) if t.startswith("✅")][0]
            mark = api.mark()
            api.press(yes2, uid=ADMIN)
            api.press(yes1, uid=OWNER)
            await api.wait("sendMessage", mark, count=2)
            got = store.get_fact(fact)
            assert got.value == "120" and got.unit == "条航线"
            actors = [c.actor for c in store.history(fact)]
            assert f"tg:{OWNER}" in actors and f"tg:{ADMIN}" in actors
    run(scenario())


def test_gaps_lists_a_question_just_declined_and_a_downvoted_answer(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            await say(api, "阳逻港2025年集装箱吞吐量是多少", uid=1234)
            await say(api, "阳逻港2025年集装箱吞吐量是多少？", uid=1235)
            answer = await say(api, "花湖机场有多少条货运航线", uid=1234)
            down = [d for t, d in buttons(answer) if t == "👎"][0]
            mark = api.mark()
            api.press(down, uid=1234)
            await api.wait("answerCallbackQuery", mark)
            gaps = await say(api, "/gaps")
            assert "2× 阳逻港2025年集装箱吞吐量是多少" in gaps.params["text"]
            assert "花湖机场有多少条货运航线" in gaps.params["text"] and "👎1" in gaps.params["text"]
            stats = await say(api, "/stats")
            assert "已回答 1" in stats.params["text"] and "未回答 2" in stats.params["text"]
            rows = list(app.bot_data["services"].store.db.query("SELECT user_hash, text FROM questions"))
            assert rows and all(r["user_hash"] and "1234" not in r["user_hash"] for r in rows)
    run(scenario())


def test_every_command_is_in_help_and_in_the_readme(db):
    from handlers.texts import ADMIN_COMMANDS
    from handlers.texts import USER_COMMANDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command, _, _ in USER_COMMANDS + ADMIN_COMMANDS:
        assert f"/{command}" in readme, command

    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            user_help = (await say(api, "/help", uid=STRANGER)).params["text"]
            admin_help = (await say(api, "/help")).params["text"]
            for command, _, _ in USER_COMMANDS:
                assert f"/{command}" in user_help and f"/{command}" in admin_help
            for command, _, _ in ADMIN_COMMANDS:
                assert f"/{command}" in admin_help and f"/{command} " not in user_help
    run(scenario())


def test_a_value_edit_shows_and_updates_the_statements_that_show_the_old_value(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            fact = "hbrb251225-huahu-cargo-routes"
            preview = await say(api, f"/editfact {fact} value 112")
            text = preview.params["text"]
            assert "同时更新 statement_zh" in text and "共有112条货运航线" in text and "statement_en" in text
            assert store.get_fact(fact).statement_zh.count("111") == 1              # nothing before confirming
            yes = [d for t, d in buttons(preview) if t.startswith("✅")][0]
            assert "已保存" in (await press(api, yes)).params["text"]
            got = store.get_fact(fact)
            assert "112" in got.statement_zh and "112" in got.statement_en and "111" not in got.statement_en
            answer = (await say(api, "花湖机场有多少条货运航线", uid=1234)).params["text"]
            assert "112" in answer and "111" not in answer
            flagged = await say(api, "/editfact hbrb2408-lenovo-wuhan-export-rank value 全省第二")
            assert "⚠️ statement_zh does not show the old value" in flagged.params["text"]
            assert "撤销" in (await say(api, "/undo")).params["text"]                # undoes the statements too
            assert "111" in store.get_fact(fact).statement_zh
    run(scenario())
