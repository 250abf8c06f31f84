"""An admin adds a whole article from Telegram: sent as a file or pasted after /ingest, reviewed (a
summary and an import CSV), applied, answered to another user, and undone whole; bad input changes
nothing. Driven through the real application and the fake Bot API."""
from __future__ import annotations

import functools

import harness
from harness import buttons, run, running_bot
from knowledge.transfer import parse_file

OWNER, ADMIN, STRANGER, USER = 9001, 9002, 9003, 1234
say = functools.partial(harness.say, uid=OWNER)
press = functools.partial(harness.press, uid=OWNER)

# Made-up articles (our own words and figures), in the shape of a newspaper page.
ARTICLE = ("湖北日报 2026年3月4日 第03版\n\n花湖机场货运开门红\n\n"
           "本报讯 今年前两个月，鄂州花湖国际机场完成货邮吞吐量25.6万吨，同比增长40.2%。"
           "截至2月底，花湖机场已开通国际货运航线31条。\n")
UNDATED = ("花湖机场货运开门红\n\n今年前两个月，鄂州花湖国际机场完成货邮吞吐量25.6万吨，同比增长40.2%。"
           "截至2月底，花湖机场已开通国际货运航线31条。\n")
NO_FIGURES = "湖北日报 2026年3月4日 第03版\n\n春天来了\n\n江汉平原的油菜花开了，游客们纷纷前来踏青赏花。\n"
QUESTION = "花湖机场2026年前两个月货邮吞吐量多少"


async def send_file(api, name, content, uid=OWNER, caption=""):
    """Send a document; return (the CSV document sent back or None, the last text message)."""
    mark = api.mark()
    api.send_document(name, content, uid=uid, caption=caption)
    message = (await api.wait("sendMessage", mark))[-1]
    documents = [c for c in api.calls[mark:] if c.method == "sendDocument"]
    return (documents[0] if documents else None), message


def button(message, kind):
    """The callback data of the apply-all, confident-only, cancel ('all', 'sure', 'no') or undo button."""
    if kind == "undo":
        return next(d for _, d in buttons(message) if d.startswith("iu:"))
    return next(d for _, d in buttons(message) if d.startswith("ig:") and d.endswith(f":{kind}"))


def test_an_article_file_is_reviewed_applied_answered_and_undone(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            before = store.counts()
            assert "25.6" not in (await say(api, QUESTION, uid=USER)).params["text"]
            document, summary = await send_file(api, "huahu.txt", ARTICLE.encode("gb18030"))
            text = summary.params["text"]
            assert "读到的文章" in text and "湖北日报 2026-03-04" in text and "新 2" in text
            assert "25.6万吨" in text and "31条" in text
            name, body = next(iter(document.files.values()))
            assert name.endswith(".csv")
            rows = parse_file(body, name)                                   # the import format
            assert sorted(r["value"] for _, r in rows) == ["25.6", "31"]
            assert store.counts() == before                                 # nothing before a button
            apply_all = button(summary, "all")
            mark = api.mark()
            api.press(apply_all, uid=STRANGER)                              # not the asker: ignored
            assert "失效" in (await api.wait("answerCallbackQuery", mark))[0].params["text"]
            assert store.counts() == before
            applied = await press(api, apply_all)
            assert "已添加 2 条" in applied.params["text"]
            after = store.counts()
            assert after["facts"] == before["facts"] + 2 and after["sources"] == before["sources"] + 1
            answer = (await say(api, QUESTION, uid=USER)).params["text"]
            assert "25.6" in answer and "湖北日报" in answer and "2026-03-04" in answer
            assert "失效" in (await press_expired(api, apply_all))            # a button works once
            document, again = await send_file(api, "huahu.txt", ARTICLE.encode("utf-8"))
            assert "已有 2" in again.params["text"] and document is None       # no CSV of known facts
            assert "没有可添加的新数据" in (await press(api, button(again, "all"))).params["text"]
            assert store.counts()["facts"] == before["facts"] + 2
            undone = await press(api, button(applied, "undo"))
            assert "已整批撤销" in undone.params["text"] and "2 条数据" in undone.params["text"]
            assert store.counts() == before
            assert "25.6" not in (await say(api, QUESTION, uid=USER)).params["text"]
            history = [c.action for c in store.history(store.list_facts()[0].id)]
            assert history                                                  # the base itself is intact
    run(scenario())


async def press_expired(api, data, uid=OWNER):
    mark = api.mark()
    api.press(data, uid=uid)
    return (await api.wait("answerCallbackQuery", mark))[0].params["text"]


def test_pasted_article_applied_confident_only_then_undo_takes_it_all_back(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            before = store.counts()
            summary = await say(api, "/ingest " + ARTICLE)
            assert "提议 2 条" in summary.params["text"]
            assert "已添加" in (await press(api, button(summary, "sure"))).params["text"]
            assert store.counts()["facts"] == before["facts"] + 2
            assert "整批撤销" in (await say(api, "/undo")).params["text"]
            assert store.counts() == before
            assert "没有可撤销" in (await say(api, "/undoingest")).params["text"]
            again = await say(api, "/ingest")                                 # bare: asks for the article
            assert "请发来文章" in again.params["text"]
            summary = await say(api, ARTICLE)
            assert "提议 2 条" in summary.params["text"]
            assert "已取消" in (await press(api, button(summary, "no"))).params["text"]
            assert store.counts() == before
    run(scenario())


def test_the_edited_csv_sent_back_goes_through_the_import_preview_and_undoes_whole(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            before = store.counts()
            document, _ = await send_file(api, "huahu.md", ARTICLE.encode("utf-8"))
            name, body = next(iter(document.files.values()))
            lines = body.decode("utf-8").splitlines()
            edited = "\n".join([lines[0]] + [ln for ln in lines[1:] if ",31," not in ln]) + "\n"
            _, preview = await send_file(api, name, edited.encode("utf-8"))
            assert "导入预览" in preview.params["text"] and "新增 1 条" in preview.params["text"]
            yes = next(d for t, d in buttons(preview) if t.startswith("✅"))
            assert "已导入" in (await press(api, yes)).params["text"]
            assert store.counts()["facts"] == before["facts"] + 1
            assert "25.6" in (await say(api, QUESTION, uid=USER)).params["text"]
            assert "整批撤销" in (await say(api, "/undoingest")).params["text"]
            assert store.counts() == before
    run(scenario())


def test_no_date_found_asks_for_it_and_keeps_the_article(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            version = store.version
            _, asked = await send_file(api, "undated.txt", UNDATED.encode("utf-8"))
            assert "没有在文章开头找到日期" in asked.params["text"]
            assert "这不是日期" in (await say(api, "明天再说")).params["text"]
            summary = await say(api, "2026年3月4日")
            assert "2026-03-04" in summary.params["text"] and "提议 2 条" in summary.params["text"]
            assert store.version == version
            _, asked = await send_file(api, "undated.txt", UNDATED.encode("utf-8"))
            assert "找到日期" in asked.params["text"]
            summary = await say(api, "/ingest date=2026-03-04 publication=湖北日报")
            assert "湖北日报 2026-03-04" in summary.params["text"]
            _, summary = await send_file(api, "undated.txt", UNDATED.encode("utf-8"),
                                         caption="/ingest date=2026-03-04")
            assert "2026-03-04" in summary.params["text"]                   # the date given as the caption
            await say(api, "/ingest " + UNDATED)
            assert "已取消" in (await say(api, "/cancel")).params["text"]
            assert "111" in (await say(api, "花湖机场有多少条货运航线")).params["text"]  # a question again
            assert store.version == version
    run(scenario())


def test_bad_files_get_a_clear_message_and_change_nothing(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            version = store.version
            _, reply = await send_file(api, "empty.txt", b"")
            assert "没能读取" in reply.params["text"] and "empty" in reply.params["text"]
            _, reply = await send_file(api, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
            assert "binary" in reply.params["text"]
            _, reply = await send_file(api, "scan.docx", bytes(range(256)) * 8)
            assert "not a valid .docx" in reply.params["text"]
            _, reply = await send_file(api, "spring.txt", NO_FIGURES.encode("utf-8"))
            assert "没能读取" in reply.params["text"] and "no figures" in reply.params["text"]
            mark = api.mark()
            api.send_document("huge.txt", b"0" * 50_000_000, uid=OWNER)
            reply = (await api.wait("sendMessage", mark))[-1]
            assert "文件太大" in reply.params["text"] and "50.0 MB" in reply.params["text"]
            assert not [c for c in api.calls[mark:] if c.method == "getFile"]    # refused before downloading
            assert store.version == version
    run(scenario())


def test_a_non_admin_cannot_ingest_and_a_removed_admin_cannot_apply(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            store = app.bot_data["services"].store
            assert "只有管理员" in (await say(api, "/ingest " + ARTICLE, uid=STRANGER)).params["text"]
            assert "只有管理员" in (await say(api, "/undoingest", uid=STRANGER)).params["text"]
            mark = api.mark()
            api.send_document("huahu.txt", ARTICLE.encode("utf-8"), uid=STRANGER)
            await api.quiet(mark)
            assert not [c for c in api.calls[mark:] if c.method in ("getFile", "sendDocument")]
            await say(api, f"/addadmin {ADMIN}")
            _, summary = await send_file(api, "huahu.txt", ARTICLE.encode("utf-8"), uid=ADMIN)
            version = store.version
            await say(api, f"/rmadmin {ADMIN}")
            version = store.version
            mark = api.mark()
            api.press(button(summary, "all"), uid=ADMIN)
            assert "只有管理员" in (await api.wait("answerCallbackQuery", mark))[0].params["text"]
            assert store.version == version
    run(scenario())


def test_help_tells_admins_how_to_ingest_and_users_nothing_of_it(db):
    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            admin_help = (await say(api, "/help")).params["text"]
            assert "/ingest" in admin_help and "/undoingest" in admin_help and ".docx" in admin_help
            assert "/ingest" not in (await say(api, "/help", uid=STRANGER)).params["text"]
    run(scenario())


def test_options_dates_and_how_many_articles_wait_in_memory():
    from handlers.ingest import KEPT_ARTICLES, _forget_old_articles, parse_date, parse_options

    assert parse_options('date=2025-01-07 title="开放 新高地" 正文 page=3') == (
        {"date": "2025-01-07", "title": "开放 新高地"}, "正文 page=3")
    assert parse_options("湖北日报 2025年") == ({}, "湖北日报 2025年")
    assert [parse_date(t) for t in ("2025-1-7", "2025年1月7日", "发表于2025/01/07", "2025年4月", "2025-13-01",
                                    "明天")] == ["2025-01-07", "2025-01-07", "2025-01-07", "2025-04", None, None]
    pending = {f"t{i}": {"kind": "ingest"} for i in range(KEPT_ARTICLES + 5)} | {"e": {"kind": "edit"}}
    _forget_old_articles(pending)
    assert len(pending) == KEPT_ARTICLES + 1 and "t0" not in pending and "e" in pending


def test_word_and_web_page_articles_are_read_too(db):
    from test_extract import docx

    page = ("<html><head><meta name='PubDate' content='2026-03-04'><meta name='ContentSource' content='湖北日报'>"
            "<script>var x = '99.9亿元';</script></head><body><div class='nav'>首页 新闻 12条</div>"
            "<h1>花湖机场货运开门红</h1><div id='content'>" + "".join(f"<p>{line}</p>" for line in
                                                               ARTICLE.split("\n")[4:]) + "</div></body></html>")

    async def scenario():
        async with running_bot(db, admin_ids=frozenset({OWNER})) as (api, app):
            _, summary = await send_file(api, "huahu.docx", docx([ln for ln in ARTICLE.split("\n") if ln]))
            assert "湖北日报 2026-03-04" in summary.params["text"] and "提议 2 条" in summary.params["text"]
            _, summary = await send_file(api, "huahu.html", page.encode("gb18030"))
            assert "湖北日报 2026-03-04" in summary.params["text"] and "提议 2 条" in summary.params["text"]
            assert "99.9" not in summary.params["text"]
    run(scenario())


def test_the_summary_speaks_the_admins_language(curated_store):
    from handlers.ingest import summary_text
    from knowledge.ingest import read_article

    reading = read_article(ARTICLE, curated_store)
    names = {e.id: e.name_en for e in curated_store.list_entities()}
    english = summary_text(reading, "en", names)
    assert "Proposed 2: 2 new" in english and "Huahu" in english and "2026" in english
    assert "，" not in english.split("\n")[2] and "货邮" not in english
    chinese = summary_text(reading, "zh", {e.id: e.name_zh for e in curated_store.list_entities()})
    assert "花湖国际机场 货邮吞吐量，2026年1-2月" in chinese
