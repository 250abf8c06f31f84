#!/usr/bin/env python3
"""Hubei Open Economy Bot: the entry point.

    python run_bot.py                  serve on Telegram if TELEGRAM_BOT_TOKEN is set, else console chat
    python run_bot.py serve            long polling (or a webhook with --webhook-url)
    python run_bot.py ask "QUESTION"   one answer; --json for the JSON contract; --batch FILE|- for many;
                                       --conversation FILE|- for conversations (one JSON list a line)
    python run_bot.py chat             a console conversation over the same engine
    python run_bot.py chart TEXT --out FILE.png   the chart /chart TEXT sends (--lang zh|en)
    python run_bot.py facts ...        the operator's commands (list, show, add, edit, delete, restore,
                                       history, import, export, check, load, ingest, undo)
"""
from __future__ import annotations

import argparse
import io
import json
import logging
import os
import sys
from pathlib import Path

from knowledge import FactStore, StoreError, ValidationError, ensure_loaded

log = logging.getLogger("run_bot")
OPERATOR = "cli"


def setup_logging(verbose: bool = False, secrets: tuple[str, ...] = ()) -> None:
    """Log to standard error (DEBUG with -v), with the token and webhook secret masked everywhere."""
    from bot.redact import install

    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        level=logging.DEBUG if verbose else logging.WARNING)
    install(list(secrets))
    # httpx logs request URLs, which contain the bot token, at INFO.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def open_store(settings) -> FactStore:
    store = FactStore(settings.db_path)
    ensure_loaded(store)
    return store


# -- ask and chat ------------------------------------------------------------------------------
def text_input(name: str):
    """A file (or '-' for standard input) read as UTF-8, invalid bytes replaced instead of fatal."""
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        return io.TextIOWrapper(buffer, encoding="utf-8", errors="replace") if buffer else sys.stdin
    return open(name, encoding="utf-8", errors="replace")


def cmd_ask(args, settings) -> int:
    from bot import Engine, render, to_json
    from bot.text import scrub

    engine = Engine(open_store(settings))
    if args.conversation:
        return _ask_conversations(engine, args.conversation, args.json)
    if args.batch:
        try:
            stream = text_input(args.batch)
        except OSError as exc:
            print(f"Cannot read {args.batch}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        with stream:
            for line in stream:
                question = line.rstrip("\n")
                answer = engine.answer(question)
                if args.json:
                    print(json.dumps(to_json(answer), ensure_ascii=False), flush=False)
                else:
                    print(render(answer) + "\n")
        sys.stdout.flush()
        return 0
    question = scrub(" ".join(args.question))      # invalid UTF-8 in argv arrives as lone surrogates
    if not question.strip():
        print("Please give a question, e.g. run_bot.py ask \"湖北前11个月进出口多少\"", file=sys.stderr)
        return 2
    answer = engine.answer(question)
    print(json.dumps(to_json(answer), ensure_ascii=False, indent=2) if args.json else render(answer))
    return 0


def cmd_chart(args, settings) -> int:
    """Draw the chart a request asks for into a PNG file; say so clearly when nothing fits."""
    from bot import Engine
    from bot.chart_text import caption, no_series
    from bot.charts import render_png
    from bot.series import chart_for
    from bot.seriesindex import SeriesIndex
    from bot.text import detect_lang

    text = " ".join(args.text).strip()
    lang = args.lang or detect_lang(text)
    store = open_store(settings)
    engine, index = Engine(store), SeriesIndex(store)
    series = chart_for(engine, index, text) if text else None
    if series is None:
        print(_plain(no_series(engine, index, text, lang)), file=sys.stderr)
        return 1
    try:
        Path(args.out).write_bytes(render_png(series, lang))
    except OSError as exc:
        print(f"Cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 1
    print(_plain("\n".join(part for part in caption(series, lang, html=False) if part)))
    print(f"-> {args.out}")
    return 0


def _plain(html_text: str) -> str:
    """Telegram HTML as console text."""
    import html
    import re

    return html.unescape(re.sub(r"</?b>", "", html_text))


def _ask_conversations(engine, path: str, as_json: bool) -> int:
    """One conversation a line (a JSON list of questions, or an object whose "turns" are questions or
    objects with a "question"); each turn is answered in the context of the turns before it."""
    from bot import render, to_json
    from bot.conversation import answer_conversation

    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                turns = item.get("turns") if isinstance(item, dict) else item
                questions = [t["question"] if isinstance(t, dict) else t for t in turns]
                if not questions or not all(isinstance(q, str) for q in questions):
                    raise ValueError
            except (ValueError, TypeError, KeyError, AttributeError):
                print(json.dumps({"line": number, "error": "not a conversation: give a JSON list of "
                                  "questions or an object with \"turns\""}) if as_json
                      else f"line {number}: not a conversation (a JSON list of questions)")
                continue
            answers = answer_conversation(engine, questions)
            cid = item.get("id") if isinstance(item, dict) else None
            if as_json:
                print(json.dumps({"id": cid, "turns": [to_json(a) for a in answers]}, ensure_ascii=False))
            else:
                print("\n\n".join(f"> {q}\n{render(a)}" for q, a in zip(questions, answers)) + "\n")
    sys.stdout.flush()
    return 0


def cmd_chat(args, settings, stdin=None) -> int:
    from bot import Engine, render

    from bot.conversation import Context, answer_in_context

    stdin = stdin or text_input("-")
    engine = Engine(open_store(settings))
    context = Context()
    interactive = stdin.isatty()
    print("湖北开放经济问答机器人 · Hubei Open Economy Bot (console). Ask in Chinese or English; "
          "'quit' (or /quit) or Ctrl-D to leave.")
    while True:
        if interactive:
            print("\n> ", end="", flush=True)
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        if question.lower().lstrip("/") in ("quit", "exit", "q", "退出"):     # /quit too
            break
        if not question:
            continue
        if question.lower() in ("/help", "help", "帮助", "?", "？"):
            print(CONSOLE_HELP, flush=True)
            continue
        print(render(answer_in_context(engine, question, context)), flush=True)
    return 0


CONSOLE_HELP = """Ask in Chinese or English, e.g. 湖北前11个月进出口多少 / Huahu airport how many cargo routes.
Lookups: /trade, /hub, /firm, /policy, /invest, alone (headline figures) or with text (/firm 联想武汉).
A bare name gives a short profile (花湖机场). 'quit' or /quit leaves."""


def cmd_run(args, settings) -> int:
    if settings.token:
        return cmd_serve(args, settings)
    print("No TELEGRAM_BOT_TOKEN is set, so here is the console chat over the same engine.\n"
          "To run on Telegram: talk to @BotFather, send /newbot, and start again with\n"
          "TELEGRAM_BOT_TOKEN=<the token it gives you> (see README).\n", file=sys.stderr)
    return cmd_chat(args, settings)


def cmd_serve(args, settings) -> int:
    if not settings.token:
        print("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather (/newbot) and set it.",
              file=sys.stderr)
        return 2
    from handlers.app import serve

    return serve(settings, webhook_url=getattr(args, "webhook_url", None) or settings.webhook_url)


# -- facts ------------------------------------------------------------------------------------
def _fields(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise ValidationError([(pair, "write fields as name=value")])
        key, value = pair.split("=", 1)
        out[key.strip()] = value.split("|") if key.strip() == "keywords" else value
    return out


def _restated(fact, fields: dict) -> dict:
    """A new value carries over into the statements and value_en that show the old one (unless given too)."""
    from knowledge.restate import restate_value

    restated = restate_value(fact, fields["value"])
    extra = {k: v for k, v in restated.changes.items() if k not in fields}
    for note in restated.notes:
        if note.split(":")[0] in extra:
            print(f"also updated {note}")
    for flag in restated.flags:
        if flag.split()[0] not in fields:
            print(f"warning: {flag}", file=sys.stderr)
    return extra | fields


def cmd_facts(args, settings) -> int:
    from knowledge.check import check_store
    from knowledge.curated import export_curated, load_curated
    from knowledge.models import Fact
    from knowledge.transfer import ImportRejected, export_file, import_file

    store = FactStore(settings.db_path)
    if args.action != "load":
        ensure_loaded(store)
    try:
        if args.action == "list":
            facts = store.search(args.text) if args.text else store.list_facts(topic=args.topic)
            for f in facts:
                print(f"{f.id}\t{f.topic}\t{f.entity}\t{f.value}{f.unit}\t{f.period_zh}")
            print(f"{len(facts)} fact(s)", file=sys.stderr)
        elif args.action == "show":
            print(json.dumps(store.get_fact(args.id, include_deleted=True).to_dict(), ensure_ascii=False, indent=2))
        elif args.action == "add":
            fact = store.add_fact(Fact.from_dict(_fields(args.fields)), OPERATOR)
            print(f"added {fact.id}")
        elif args.action == "edit":
            fields = _fields(args.fields)
            if "value" in fields:
                fields = _restated(store.get_fact(args.id), fields)
            fact = store.update_fact(args.id, fields, OPERATOR)
            print(f"updated {fact.id}")
        elif args.action == "delete":
            store.delete_fact(args.id, OPERATOR)
            print(f"deleted {args.id} (undo with: facts restore {args.id})")
        elif args.action == "restore":
            store.restore_fact(args.id, OPERATOR)
            print(f"restored {args.id}")
        elif args.action == "history":
            for c in store.history(args.id):
                print(f"{c.at}\t{c.actor}\t{c.action}")
                if c.before and c.after:
                    for key in c.after:
                        if c.before.get(key) != c.after.get(key):
                            print(f"    {key}: {c.before.get(key)!r} -> {c.after.get(key)!r}")
        elif args.action == "import":
            path = Path(args.file)
            plan = import_file(store, path.read_bytes(), path.name, OPERATOR)
            print(f"imported: {plan.summary()}")
        elif args.action == "export":
            path = Path(args.file)
            if path.suffix.lower() in (".json", ".csv"):
                print(f"exported {export_file(store, path)} facts to {path}")
            else:
                written = export_curated(store, path)
                print(f"exported the curated format to {len(written)} files in {path}")
        elif args.action == "check":
            problems = check_store(store, Path(args.sources) if args.sources else None)
            counts = store.counts()
            for p in problems:
                print(p)
            print(f"{counts['facts']} facts, {counts['sources']} sources, {counts['entities']} entities; "
                  f"{len(problems)} problem(s)")
            return 1 if problems else 0
        elif args.action == "undo":
            from knowledge.batches import undo_batch

            done = undo_batch(store, args.batch, OPERATOR)
            print(f"undid batch {done.batch}: {done.summary()}")
        elif args.action == "load":
            report = load_curated(store)
            print(f"curated files loaded: {report.summary()}")
        elif args.action == "ingest":
            return cmd_ingest(args, store)
    except ImportRejected as exc:
        print("Import rejected, nothing was changed:", file=sys.stderr)
        for err in exc.errors:
            print(f"  {err}", file=sys.stderr)
        return 1
    except ValidationError as exc:
        print("Not saved:", file=sys.stderr)
        for name, message in exc.problems:
            print(f"  {name}: {message}", file=sys.stderr)
        return 1
    except (StoreError, OSError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    return 0


def _article_text(path: Path) -> str:
    """The article text of a file (.txt, .md, .html, .docx), its size checked before reading it."""
    from knowledge.ingest.extract import MAX_ARTICLE_BYTES, IngestError, extract_text

    if path.stat().st_size > MAX_ARTICLE_BYTES:
        raise IngestError(f"{path.name} is larger than {MAX_ARTICLE_BYTES // 1_000_000} MB: not an article")
    return extract_text(path.name, path.read_bytes())


def cmd_ingest(args, store: FactStore) -> int:
    """Read an article into proposed facts; print them, or with --apply add the new ones."""
    from knowledge.ingest import IngestError, NoDateFound, apply_reading, read_article

    path = Path(args.file)
    if not path.is_file():
        print(f"Not read: there is no file {path}", file=sys.stderr)
        return 1
    try:
        reading = read_article(_article_text(path), store, publication=args.publication, date=args.date,
                               title=args.title, page=args.page, filename=path.name)
    except NoDateFound as exc:
        print(f"Not read: {exc}. Give it with --date YYYY-MM-DD.", file=sys.stderr)
        return 1
    except IngestError as exc:
        print(f"Not read: {exc}", file=sys.stderr)
        return 1
    result = apply_reading(store, reading, OPERATOR) if args.apply else None
    if args.json:
        out = {"source": reading.source, "counts": reading.counts(), "warnings": reading.warnings,
               "new_entities": reading.new_entities,
               "proposals": [{"status": p.status, "confidence": p.confidence,
                              "conflict_with": p.conflict_with, "reason": p.reason, "fact": p.fact}
                             for p in reading.proposals]}
        if result:
            out["applied"] = {"added": result.added, "skipped": result.skipped, "batch": result.batch}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    src = reading.source
    print(f"{src['publication_zh']} ({src['publication_en']}) {src['date']} {src['title']}  "
          f"[source {src['id']}]")
    for warning in reading.warnings:
        print(f"  note: {warning}")
    for p in reading.proposals:
        f = p.fact
        print(f"{p.status:8s} {p.confidence:.2f}  {f['entity']}  {f['metric_zh']}  {f['value']}{f['unit']}  "
              f"{f['period_zh']}  {f['change_zh']}".rstrip() + (f"  ({p.reason})" if p.reason else ""))
    c = reading.counts()
    print(f"{c['proposed']} proposed: {c['new']} new, {c['known']} known, {c['conflict']} conflicting; "
          f"{c['new_entities']} new entit(ies)")
    if result is None:
        print("Nothing was changed; add the new facts with --apply.")
    else:
        print(f"added {len(result.added)} fact(s), skipped {len(result.skipped)} (batch {result.batch})")
        for fid, why in result.skipped:
            print(f"  skipped {fid}: {why}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="run_bot.py", description="Hubei Open Economy Bot")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("run", help="serve on Telegram when a token is set, else console chat")
    serve = sub.add_parser("serve", help="run the Telegram bot (long polling, or a webhook)")
    serve.add_argument("--webhook-url", help="public HTTPS URL Telegram should post updates to")
    ask = sub.add_parser("ask", help="answer one question (or a batch)")
    ask.add_argument("question", nargs="*")
    ask.add_argument("--json", action="store_true", help="print the JSON contract")
    ask.add_argument("--batch", metavar="FILE", help="one question a line; '-' reads standard input")
    ask.add_argument("--conversation", metavar="FILE",
                     help="one conversation a line (JSON list of questions); '-' reads standard input")
    sub.add_parser("chat", help="console conversation")
    chart = sub.add_parser("chart", help="draw a chart of comparable figures into a PNG file")
    chart.add_argument("text", nargs="+", help="what to chart, e.g. 湖北 2025 贸易伙伴")
    chart.add_argument("--out", required=True, metavar="FILE.png")
    chart.add_argument("--lang", choices=("zh", "en"), help="labels' language (default: the text's)")
    facts = sub.add_parser("facts", help="operate on the fact base")
    fsub = facts.add_subparsers(dest="action", required=True)
    lst = fsub.add_parser("list", help="list facts")
    lst.add_argument("text", nargs="?", help="only facts containing this text")
    lst.add_argument("--topic")
    for name in ("show", "delete", "restore", "history"):
        fsub.add_parser(name).add_argument("id")
    add = fsub.add_parser("add", help="add a fact: name=value ... (keywords separated by |)")
    add.add_argument("fields", nargs="+")
    edit = fsub.add_parser("edit", help="edit a fact: ID name=value ...")
    edit.add_argument("id")
    edit.add_argument("fields", nargs="+")
    fsub.add_parser("import", help="import a CSV or JSON file (all or nothing)").add_argument("file")
    fsub.add_parser("export", help="export to FILE.json, FILE.csv, or a folder (curated format)").add_argument("file")
    chk = fsub.add_parser("check", help="check every fact (and its value against the articles)")
    chk.add_argument("--sources", metavar="DIR", help="folder with the source articles")
    fsub.add_parser("load", help="load the curated files now (admin edits are kept)")
    fsub.add_parser("undo", help="undo a whole batch (an ingested article, an import) by its id").add_argument("batch")
    ing = fsub.add_parser("ingest", help="read an article into proposed facts (--apply adds the new ones)")
    ing.add_argument("file", help="the article: .txt, .md, .html or .docx")
    ing.add_argument("--publication", help="publication, e.g. 湖北日报 (else read from the masthead)")
    ing.add_argument("--date", help="YYYY-MM-DD (else read from the masthead or dateline)")
    ing.add_argument("--title")
    ing.add_argument("--page")
    ing.add_argument("--json", action="store_true", help="print the proposals as JSON")
    ing.add_argument("--apply", action="store_true", help="add the source, new entities and new facts")
    return p


def main(argv: list[str] | None = None) -> int:
    from bot.settings import Settings

    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        setup_logging(args.verbose)
        print(f"Bad setting: {exc}", file=sys.stderr)
        return 2
    setup_logging(args.verbose, (settings.token, settings.webhook_secret))
    command = args.command or "run"
    handler = {"run": cmd_run, "serve": cmd_serve, "ask": cmd_ask, "chat": cmd_chat, "chart": cmd_chart,
               "facts": cmd_facts}[command]
    try:
        return handler(args, settings)
    except ValidationError as exc:
        print(f"The curated files have problems: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:             # piped into head or a closed pager: stop quietly, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())   # no second error at exit
        return 0
    except Exception as exc:  # noqa: BLE001 - the last stop: a short message, the traceback masked in the log
        if type(exc).__name__ == "InvalidToken":
            print("Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN (from @BotFather).",
                  file=sys.stderr)
            return 2
        log.critical("stopped by an unexpected error", exc_info=exc)
        return 1


if __name__ == "__main__":
    sys.exit(main())
