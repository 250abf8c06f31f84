"""No module binds a top-level name twice. A second `_PLACED_FIRM = re.compile(...)` further down a module silently
replaces the first for every function that reads it; the reader once lost its firms described by place that way."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _rebound(path: Path, root: Path = ROOT) -> list[str]:
    """The top-level names of a module bound a second time (assignment, def or class), with both lines."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        else:
            names = []
        for name in names:
            if name in seen:
                twice.append(f"{path.relative_to(root)}: {name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return twice


def test_no_module_binds_a_top_level_name_twice():
    files = [*ROOT.glob("bot/*.py"), *ROOT.glob("knowledge/**/*.py"), *ROOT.glob("handlers/*.py"),
             ROOT / "run_bot.py"]
    assert len(files) > 50
    twice = [line for path in files for line in _rebound(path)]
    assert not twice, twice


def test_the_check_finds_a_rebound_name(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import re\nA = re.compile('x')\n\ndef f():\n    return A\n\nA = re.compile('y')\n",
                      encoding="utf-8")
    assert _rebound(module, tmp_path) == ["m.py: A (lines 2 and 7)"]
