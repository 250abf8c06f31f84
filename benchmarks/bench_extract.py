"""How long extract_text takes on large article files (and to refuse one that is too large).

    .venv/bin/python benchmarks/bench_extract.py

Prints the median of five runs per case; the files are made up here (a paragraph repeated)."""
from __future__ import annotations

import io
import statistics
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.ingest.extract import MAX_ARTICLE_BYTES, extract_text  # noqa: E402
from knowledge.ingest.model import IngestError  # noqa: E402

PARAGRAPH = "今年前两个月，测试市进出口总值88.8亿元，同比增长6.5%。其中出口55.5亿元，进口33.3亿元。"


def _docx(paragraphs: list[str]) -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>')
    return buf.getvalue()


def cases(size: int) -> dict[str, tuple[str, bytes]]:
    count = size // len(PARAGRAPH.encode("utf-8"))
    lines = [PARAGRAPH] * count
    html = "<html><body><div class='nav'>首页</div><div id='content'>" + "".join(
        f"<p>{p}</p>" for p in lines) + "</div></body></html>"
    return {"txt utf-8": ("a.txt", "\n".join(lines).encode("utf-8")),
            "txt gb18030": ("a.txt", "\n".join(lines).encode("gb18030")),
            "txt big5": ("a.txt", "\n".join(lines).encode("big5", errors="ignore")),
            "html": ("a.html", html.encode("utf-8")),
            "docx": ("a.docx", _docx(lines)),
            "too large": ("a.txt", b"0" * (MAX_ARTICLE_BYTES + 1))}


def main() -> None:
    for size in (100_000, 1_000_000, 4_000_000):
        print(f"input of about {size / 1e6:.1f} MB:")
        for name, (filename, data) in cases(size).items():
            times = []
            for _ in range(5):
                start = time.perf_counter()
                try:
                    extract_text(filename, data)
                except IngestError:
                    pass
                times.append(time.perf_counter() - start)
            print(f"  {name:12s} {len(data) / 1e6:6.2f} MB  {statistics.median(times) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
