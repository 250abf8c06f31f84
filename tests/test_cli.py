"""The operator's command line: facts list/show/add/edit/delete/restore/history/import/export/check."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


import run_bot

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv) -> tuple[int, str, str]:
    code = run_bot.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_facts_list_builds_the_database_from_the_curated_files(capsys):
    code, out, err = run(capsys, "facts", "list", "--topic", "logistics")
    assert code == 0
    assert "huahu" in out or "花湖" in out
    assert int(err.split()[0]) > 20


def test_add_edit_delete_restore_history_round(capsys):
    fields = ["id=cli-test", "topic=trade", "entity=hubei", "metric=exports", "value=1", "unit=亿元",
              "period_zh=2025年", "period_en=2025", "statement_zh=测试。", "statement_en=Test.",
              "source=hbrb-2025-12-25", "keywords=测试|test"]
    code, out, err = run(capsys, "facts", "add", *fields)
    assert code == 0, err
    assert run(capsys, "facts", "edit", "cli-test", "value=2")[0] == 0
    code, out, _ = run(capsys, "facts", "show", "cli-test")
    assert json.loads(out)["value"] == "2" and json.loads(out)["keywords"] == ["测试", "test"]
    assert run(capsys, "facts", "delete", "cli-test")[0] == 0
    assert run(capsys, "facts", "show", "cli-test")[0] == 0          # still there, marked deleted
    assert run(capsys, "facts", "restore", "cli-test")[0] == 0
    code, out, _ = run(capsys, "facts", "history", "cli-test")
    assert [line.split("\t")[2] for line in out.splitlines() if "\t" in line] == \
        ["add", "update", "delete", "restore"]
    assert "value: '1' -> '2'" in out


def test_errors_are_messages_not_tracebacks(capsys):
    code, out, err = run(capsys, "facts", "show", "no-such-fact")
    assert code == 1 and "no fact with id 'no-such-fact'" in err and "Traceback" not in err
    code, out, err = run(capsys, "facts", "add", "id=x")
    assert code == 1 and "topic: is required" in err
    code, out, err = run(capsys, "facts", "edit", "no-such-fact", "oops")
    assert code == 1 and "name=value" in err


def test_import_rejects_a_bad_file_with_line_and_field(capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,topic,entity\nq-1,gossip,hubei\n", encoding="utf-8")
    code, out, err = run(capsys, "facts", "import", str(bad))
    assert code == 1 and "line 2, topic" in err and "nothing was changed" in err


def test_export_json_csv_and_curated_folder(capsys, tmp_path):
    assert run(capsys, "facts", "export", str(tmp_path / "all.json"))[0] == 0
    assert len(json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))) > 250
    assert run(capsys, "facts", "export", str(tmp_path / "all.csv"))[0] == 0
    assert (tmp_path / "all.csv").read_text(encoding="utf-8").startswith("id,topic,entity")
    assert run(capsys, "facts", "export", str(tmp_path / "folder"))[0] == 0
    assert len(list((tmp_path / "folder").glob("*.json"))) == 6


def test_check_without_sources_passes(capsys):
    code, out, _ = run(capsys, "facts", "check")
    assert code == 0 and "0 problem(s)" in out


def test_check_reports_a_value_missing_from_its_article(capsys, tmp_path):
    (tmp_path / "seeds").mkdir()
    code, out, _ = run(capsys, "facts", "check", "--sources", str(tmp_path / "seeds"))
    assert code == 1 and "is not in" in out


def test_run_without_token_explains_botfather_and_chats(tmp_path):
    env = {"BOT_DB_PATH": str(tmp_path / "c.db"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, str(ROOT / "run_bot.py")], input="花湖机场有多少条货运航线\nquit\n",
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0
    assert "@BotFather" in proc.stderr
    assert "来源" in proc.stdout


def test_console_chat_answers_help_lookups_and_questions(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("/help\n/hub\n花湖机场有多少条货运航线\n\nquit\nnever read\n"))
    code, out, _ = run(capsys, "chat")
    assert code == 0
    assert "/trade" in out and "111" in out and "never read" not in out


def test_chart_writes_a_png_and_says_clearly_when_nothing_fits(capsys, tmp_path):
    out_file = tmp_path / "partners.png"
    code, out, err = run(capsys, "chart", "湖北", "2025", "贸易伙伴", "--out", str(out_file))
    assert code == 0, err
    assert out_file.read_bytes().startswith(b"\x89PNG") and "4115.1" in out and "湖北日报" in out
    code, out, err = run(capsys, "chart", "Wuhan", "trade", "by", "quarter", "--out", str(tmp_path / "w.png"))
    assert code == 0 and "Changjiang Daily" in out and (tmp_path / "w.png").exists()
    code, out, err = run(capsys, "chart", "联想武汉", "--out", str(tmp_path / "none.png"))
    assert code == 1 and "没有可以画成图的可比数据" in err and not (tmp_path / "none.png").exists()
    code, out, err = run(capsys, "chart", "湖北", "贸易伙伴", "--out", str(tmp_path / "no-dir" / "x.png"))
    assert code == 1 and "Cannot write" in err


def test_ask_conversation_answers_each_turn_in_the_context_of_the_ones_before(capsys, monkeypatch):
    import io

    lines = ['{"id": "c1", "turns": [{"question": "2024年上半年武汉进出口多少"}, {"question": "那出口呢？"}]}',
             '["not", 3]', '']
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines)))
    code, out, err = run(capsys, "ask", "--json", "--conversation", "-")
    first, bad = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and first["id"] == "c1" and len(first["turns"]) == 2
    assert "1751.5" in first["turns"][0]["answer"] and "1111.4" in first["turns"][1]["answer"]
    assert bad["line"] == 2 and "not a conversation" in bad["error"] and "Traceback" not in err


def test_output_piped_into_a_reader_that_stops_early_ends_quietly():
    """`run_bot.py ask --batch - | head -1`: the reader closes the pipe; no traceback, exit 0."""
    questions = "\n".join(["花湖机场有多少条货运航线？", "How much did Hubei export in 2024?"] * 150) + "\n"
    proc = subprocess.Popen([sys.executable, str(ROOT / "run_bot.py"), "ask", "--json", "--batch", "-"],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(questions.encode())
    proc.stdin.close()
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert first.strip() and "Traceback" not in err and "BrokenPipe" not in err


def test_console_chat_leaves_on_slash_quit_and_an_unknown_command_is_no_follow_up(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("花湖机场有多少条货运航线\n/foo\n/quit\n2025年湖北进出口多少\n"))
    code, out, _ = run(capsys, "chat")
    assert code == 0 and "111" in out
    after = out.split("111", 1)[1]
    assert "49" not in after and "7502.3" not in after      # /foo answered no figure; /quit left
