"""The text of an article sent as a file: .txt/.md (UTF-8, GB18030 or Big5), .html/.htm or .docx.

Standard library only: html.parser and zipfile + ElementTree cover what we read, and a document
library (python-docx, BeautifulSoup) would add a dependency for a few dozen lines.
"""
from __future__ import annotations

import io
import logging
import re
import zipfile
from html.parser import HTMLParser
from pathlib import PurePath
from xml.etree import ElementTree

from .model import IngestError

log = logging.getLogger(__name__)

MAX_ARTICLE_BYTES = 5_000_000          # the most we read of an article file
MAX_DOCX_XML_BYTES = 20_000_000        # word/document.xml unpacked (a zip bomb is refused)
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".docx")
ENCODINGS = ("utf-8", "gb18030", "big5")

# The most frequent Chinese characters, simplified and traditional: a right decoding is full of them,
# a wrong one (Big5 bytes read as GB18030) almost never.
_COMMON = set("的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動"
              "同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着著等部度家电電力里裏如水化高"
              "自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把性好应應开開它合还還因由其些然前外天政"
              "四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反你明看原又么麼利比或但质質气氣第向道命"
              "此变變条條只没沒结結解问問意建月公无無系军軍很情者最立代想已通并並提直题題党黨程展五果料象员員革位入常文"
              "总總次品式活设設及管特件长長求老头頭基资資边邊流路级級少图圖山统統接知较較将將组組见見计計别別她手角期根"
              "论論运運农農指几幾九区區强強放决決西被干幹做必战戰先回则則任取据據处處府研信亿億元万萬口岸港湖北武汉漢"
              "省市贸貿易企增")


def extract_text(filename: str, data: bytes) -> str:
    """The article's text from a file's name and bytes; IngestError says what is wrong with it."""
    suffix = PurePath(filename or "").suffix.lower()
    if suffix not in SUFFIXES:
        raise IngestError(f"{filename or 'this file'}: unsupported file type; send .txt, .md, .html or .docx")
    if len(data) > MAX_ARTICLE_BYTES:
        raise IngestError(f"{filename}: the file is larger than {MAX_ARTICLE_BYTES // 1_000_000} MB")
    if not data.strip():
        raise IngestError(f"{filename}: the file is empty")
    if suffix == ".docx":
        text = _docx_text(filename, data)
    else:
        raw = _decode(filename, data)
        if suffix in HTML_SUFFIXES:
            text = _html_text(raw)
        elif suffix == ".md":
            text = _plain_text(raw, markdown=True)
        else:                    # as written (only line ends made \n): the reader sees the file itself
            text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError(f"{filename}: no article text found in the file")
    return text


def _decode(filename: str, data: bytes) -> str:
    """Text from bytes in UTF-8 (with or without a BOM), GB18030 or Big5, whichever reads as Chinese."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192]:
        raise IngestError(f"{filename}: this is a binary file, not text")
    try:
        return _check_text(filename, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best, best_score = None, -1.0
    for encoding in ENCODINGS[1:]:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _chinese_score(text)
        if score > best_score:
            best, best_score = text, score
    if best is None or best_score < 0.2:
        raise IngestError(f"{filename}: the text is not in an encoding I can read (UTF-8, GB18030 or Big5)")
    return _check_text(filename, best)


def _chinese_score(text: str) -> float:
    """The share of Chinese characters in the text that are common ones."""
    han = [c for c in text if "\u3400" <= c <= "\u9fff"]
    if not han:
        return 0.5 if text.isascii() else 0.0
    return sum(c in _COMMON for c in han) / len(han)


def _check_text(filename: str, text: str) -> str:
    control = sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n\f")
    if control > max(3, len(text) // 100):
        raise IngestError(f"{filename}: this is a binary file, not text")
    return text


_MD_MARKS = [(re.compile(r"^\s{0,3}(#{1,6}|>|[-*+]\s)\s*", re.M), ""),
             (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
             (re.compile(r"(\*\*|__|`)"), "")]


def _plain_text(text: str, markdown: bool = False) -> str:
    """Lines stripped, runs of blank lines dropped; Markdown marks removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if markdown:
        for pattern, repl in _MD_MARKS:
            text = pattern.sub(repl, text)
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


_SKIP_CLASS = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|footer|breadcrumbs?|crumbs?|sidebar|copyright|"
                         r"share|comments?|related|recommend|toolbar|login|ads?)(?:$|[\s_-])", re.I)
_MAIN_CLASS = re.compile(r"article|content|detail|main|zoom|text|body", re.I)
_META_DATE = ("pubdate", "publishdate", "publish_date", "publishtime", "article:published_time", "dc.date",
              "date", "firstpublishedtime")
_META_SOURCE = ("contentsource", "source", "dc.publisher")
_DATE_IN = re.compile(r"(20\d\d)[-/年.](\d{1,2})[-/月.](\d{1,2})")


class _ArticleParser(HTMLParser):
    """Visible text by block, skipping scripts, styles, navigation and footers (by tag or class), with
    the text of the <article> element and of blocks named like content kept apart, and the page's
    publication date and source from its <meta> tags."""
    SKIP = {"script", "style", "nav", "footer", "aside", "noscript", "form", "iframe", "svg", "button",
            "select", "template", "head", "menu"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "td",
             "table", "blockquote", "pre", "dd", "dt", "figcaption", "hr", "main", "header", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, list[str] | None]] = []   # (tag, skipped, its text if a candidate)
        self.parts: list[str] = []
        self.blocks: list[tuple[str, list[str]]] = []                # (tag, text) of article/content blocks
        self.meta: dict[str, str] = {}
        self.h1: list[str] = []
        self.in_h1 = False

    def _skipping(self) -> bool:
        return any(skipped for _, skipped, _ in self.stack)

    def handle_starttag(self, tag: str, attrs) -> None:
        attrs = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"].strip())
        if tag in self.BLOCK:
            self._add("\n")
        if tag in self.VOID:
            return
        names = f"{attrs.get('class', '')} {attrs.get('id', '')}"
        skipped = tag in self.SKIP or bool(_SKIP_CLASS.search(names))
        candidate = None
        if not skipped and (tag == "article" or (tag in ("div", "section", "td", "main")
                                                 and _MAIN_CLASS.search(names))):
            candidate = []
            self.blocks.append((tag, candidate))
        self.stack.append((tag, skipped, candidate))
        self.in_h1 = self.in_h1 or tag == "h1"

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCK:
            self._add("\n")
        if tag == "h1":
            self.in_h1 = False
        for i in range(len(self.stack) - 1, -1, -1):     # close it, and what was left open inside it
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self._add(data)
            if self.in_h1:
                self.h1.append(data)

    def _add(self, text: str) -> None:
        if self._skipping():
            return
        self.parts.append(text)
        for _, _, buffer in self.stack:
            if buffer is not None:
                buffer.append(text)

    def header(self) -> str:
        """'湖北日报 2025-01-07' from the page's meta tags, when it has a date."""
        dated = [self.meta[k] for k in _META_DATE if k in self.meta and _DATE_IN.search(self.meta[k])]
        date = dated[0] if dated else ""
        m = _DATE_IN.search(date)
        if not m:
            return ""
        source = next((self.meta[k] for k in _META_SOURCE if 0 < len(self.meta.get(k, "")) <= 20), "")
        return f"{source} {m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}".strip()


def _html_text(html: str) -> str:
    """The article's text: the <article> element, or else the largest block named like content, when it
    holds most of the page; else the page's visible text. The page's title (h1) and meta date go first."""
    parser = _ArticleParser()
    parser.feed(html)
    parser.close()
    page = _plain_text("".join(parser.parts))
    blocks = [(tag, _plain_text("".join(text))) for tag, text in parser.blocks]
    articles = [text for tag, text in blocks if tag == "article" and text]
    content = max((text for _, text in blocks), key=len, default="")
    chosen = page
    if articles and len(max(articles, key=len)) >= 0.3 * len(page):
        chosen = max(articles, key=len)
    elif content and len(content) >= 0.3 * len(page):
        chosen = content
    head = []
    header = parser.header()
    if header and not _DATE_IN.search("\n".join(chosen.split("\n")[:4])):
        head.append(header)
    title = _plain_text("".join(parser.h1)).split("\n")[0] if parser.h1 else ""
    if title and title not in chosen[:200]:
        head.append(title)
    return "\n".join(head + [chosen]) if chosen else ""


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(filename: str, data: bytes) -> str:
    """The paragraphs of word/document.xml, one a line."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                info = archive.getinfo("word/document.xml")
            except KeyError:
                raise IngestError(f"{filename}: not a Word document (no word/document.xml inside)") from None
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise IngestError(f"{filename}: the document is too large once unpacked")
            xml = archive.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError):
        raise IngestError(f"{filename}: not a valid .docx file") from None
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        raise IngestError(f"{filename}: the document's text cannot be read") from None
    lines = []
    for paragraph in root.iter(f"{_W}p"):
        chunks = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                chunks.append(node.text)
            elif node.tag == f"{_W}tab":
                chunks.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                chunks.append("\n")
        lines.append("".join(chunks))
    return _plain_text("\n".join(lines))
