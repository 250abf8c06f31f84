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


class _ArticleParser(HTMLParser):
    """Collect visible text by block, skipping scripts, styles, navigation, headers and footers."""
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe", "svg",
            "button", "select", "template", "head", "menu"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "td",
             "table", "blockquote", "pre", "dd", "dt", "figcaption", "hr", "main"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.parts: list[str] = []
        self.article_depth = 0
        self.article_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.VOID:
            if tag in self.BLOCK:
                self._add("\n")
            return
        if tag in self.SKIP:
            self.skipping += 1
        elif tag == "article":
            self.article_depth += 1
        if tag in self.BLOCK:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "article":
            self.article_depth = max(0, self.article_depth - 1)
        if tag in self.BLOCK:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self._add(data)

    def _add(self, text: str) -> None:
        self.parts.append(text)
        if self.article_depth:
            self.article_parts.append(text)


def _html_text(html: str) -> str:
    """The article's text: the <article> element when it holds the story, else the page's visible text."""
    parser = _ArticleParser()
    parser.feed(html)
    parser.close()
    page = _plain_text("".join(parser.parts))
    article = _plain_text("".join(parser.article_parts))
    return article if len(article) >= 0.3 * len(page) and article else page


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
