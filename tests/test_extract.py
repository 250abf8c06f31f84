"""Reading an article out of the file an admin sends: plain text in any Chinese encoding, HTML, Word."""
from __future__ import annotations

import io
import zipfile

import pytest

from knowledge.ingest.extract import MAX_ARTICLE_BYTES, extract_text
from knowledge.ingest.model import IngestError

# Our own made-up article (not from any source): a masthead, a headline and two figures.
ARTICLE = "楚天晨报 2025年3月4日 第02版\n测试市外贸开门红\n今年前两个月，测试市进出口总值88.8亿元，同比增长6.5%。"
TRADITIONAL = "香港商報 2024-04-22\n測試市外貿開門紅\n今年一季度，測試市進出口總值99.9億元，同比增長7.1%。"


def docx(paragraphs: list[str]) -> bytes:
    """A minimal Word file with these paragraphs."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p[:3]}</w:t></w:r><w:r><w:t>{p[3:]}</w:t></w:r></w:p>"
                   for p in paragraphs)
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}">'
           f'<w:body>{body}</w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml.encode("utf-8"))
    return buf.getvalue()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_plain_text_in_simplified_chinese_encodings(encoding):
    assert extract_text("a.txt", ARTICLE.encode(encoding)) == ARTICLE


def test_traditional_chinese_in_big5_and_utf8():
    assert extract_text("hk.txt", TRADITIONAL.encode("big5")) == TRADITIONAL
    assert extract_text("hk.txt", TRADITIONAL.encode("utf-8")) == TRADITIONAL


def test_plain_text_is_kept_as_written_but_for_windows_line_ends():
    raw = "\r\n  楚天晨报 2025年3月4日  \r\n\r\n测试市进出口总值88.8亿元。\r\n"
    assert extract_text("a.txt", raw.encode("utf-8")) == "\n  楚天晨报 2025年3月4日  \n\n测试市进出口总值88.8亿元。\n"


def test_markdown_marks_are_dropped():
    md = "# 测试市外贸开门红\n\n> 楚天晨报 2025年3月4日\n\n**进出口**总值[88.8亿元](http://x.example)。"
    assert extract_text("a.md", md.encode("utf-8")) == "测试市外贸开门红\n楚天晨报 2025年3月4日\n进出口总值88.8亿元。"


def test_html_keeps_the_article_and_drops_scripts_styles_and_navigation():
    html = """<html><head><title>网站首页</title><style>p {color: red}</style>
    <script>var total = "999.9亿元";</script></head><body>
    <nav><a href="/">首页</a> | <a href="/news">新闻 12 条</a></nav>
    <header>登录 注册</header>
    <article><h1>测试市外贸开门红</h1><p>楚天晨报 2025年3月4日</p>
    <p>今年前两个月，测试市进出口总值88.8亿元，<b>同比增长</b>6.5%。</p></article>
    <footer>版权所有 电话 027-88888888</footer></body></html>"""
    text = extract_text("page.html", html.encode("utf-8"))
    assert text == "测试市外贸开门红\n楚天晨报 2025年3月4日\n今年前两个月，测试市进出口总值88.8亿元，同比增长6.5%。"


def test_html_without_an_article_element_gives_the_visible_text_and_entities_decoded():
    html = "<body><div>测试市&nbsp;2025-03-04</div><div>出口&amp;进口 10.5亿元<br>第二行</div></body>"
    assert extract_text("page.htm", html.encode("gb18030")) == "测试市 2025-03-04\n出口&进口 10.5亿元\n第二行"


def test_a_news_page_without_article_element_gives_its_content_block_title_and_meta_date():
    html = """<html><head><meta name="PubDate" content="2026-03-04 09:30">
    <meta name="ContentSource" content="湖北日报"><title>测试新闻网</title></head><body>
    <div class="top-nav"><a>首页</a><a>要闻 24小时</a></div>
    <div class="breadcrumb">当前位置：首页 &gt; 经济</div>
    <h1>测试市外贸开门红</h1>
    <div id="content" class="TRS_Editor"><p>今年前两个月，测试市进出口总值88.8亿元。<p>同比增长6.5%。</div>
    <div class="share-bar">分享到 3 个平台</div>
    <div class="footer">电话 027-88888888 鄂ICP备12345678号</div></body></html>"""
    text = extract_text("news.html", html.encode("utf-8"))
    assert text == "湖北日报 2026-03-04\n测试市外贸开门红\n今年前两个月，测试市进出口总值88.8亿元。\n同比增长6.5%。"


def test_a_page_whose_content_block_gives_its_own_date_gets_no_second_one():
    html = """<meta name="PubDate" content="2026-03-04"><h1>标题一二三</h1>
    <div class="article-content"><p>湖北日报 2026年3月4日</p><p>标题一二三</p><p>测试市进出口总值88.8亿元。</p>
    </div><div class="related">相关新闻 99亿元</div>"""
    assert extract_text("news.htm", html.encode("utf-8")) == "湖北日报 2026年3月4日\n标题一二三\n测试市进出口总值88.8亿元。"


def test_docx_paragraphs():
    assert extract_text("article.docx", docx(ARTICLE.split("\n"))) == ARTICLE


@pytest.mark.parametrize("name, data, why", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\r\n ", "empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("latin.txt", "Déjà vu".encode("latin-1") + bytes(range(128, 256)), "encoding"),
    ("article.pdf", b"%PDF-1.4 ...", "unsupported"),
    ("noname", b"text", "unsupported"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "not a valid .docx"),
    ("other.docx", None, "not a Word document"),
    ("huge.txt", b"a" * (MAX_ARTICLE_BYTES + 1), "larger than 5 MB"),
    ("empty.html", b"<html><script>x=1</script><body> </body></html>", "no article text"),
])
def test_bad_files_get_a_clear_error(name, data, why):
    if data is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as archive:
            archive.writestr("content.xml", "<x/>")
        data = buf.getvalue()
    with pytest.raises(IngestError) as caught:
        extract_text(name, data)
    assert why in str(caught.value)
