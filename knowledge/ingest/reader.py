"""read_article: an article's text into proposed facts in the import format, with their source."""
from __future__ import annotations

import calendar
import datetime as _dt
import logging
import re
from pathlib import Path

from ..store import FactStore
from .masthead import find_date, find_page, find_publication, find_title, publication_en, source_id
from .aliases import normalise
from .model import IngestError, NoDateFound, Reading
from .reposts import lead_day, story_date, told_year
from .status import mark_status
from .walker import Walker
from .text import sentences, simplify

log = logging.getLogger(__name__)

MAX_CHARS = 200_000
def _ref_date(date: str) -> _dt.date:
    """The article's date as a day (a month alone: its last day)."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 2:
        return _dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return _dt.date(*parts)


def _check_date(date: str) -> str:
    """A date given by the caller, checked; IngestError when it is not a real YYYY-MM(-DD)."""
    date = date.strip()
    if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", date):
        raise IngestError(f"the date {date!r} is not YYYY-MM-DD (or YYYY-MM)")
    try:
        _ref_date(date)
    except ValueError:
        raise IngestError(f"the date {date!r} does not exist") from None
    return date


# A clause that is only a day or an hour (9月8日8时04分, 14日): no title.
_WHEN_ONLY = re.compile(r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:(?:上午|下午|晚上|凌晨)?\d{1,2}[时点:：]"
                        r"(?:\d{1,2}分?)?)?")
# A dateline opening the lead (中新网武汉12月30日电, 据新华社武汉7月3日电): no part of a title.
_WIRE = re.compile(r"^.{0,14}?\d{1,2}月\d{1,2}日\s*(?:电|消息|讯)\s*")
# An editor's note, a sign-off or an editor's name: (本文为…), 【延伸阅读】, (完), 责编：… are no title.
_NOTE = re.compile(r"[（(【\[].*[）)】\]]|.*(?:责编|责任编辑|[（(]完[）)]).*")


def _unless_note(title: str) -> str:
    """A title found in the first lines, or '' when it is an editor's note or a sign-off."""
    return "" if _NOTE.fullmatch(title.strip()) else title


def _masthead_line(line: str) -> bool:
    """Whether a line is a masthead (中新社 2027-03-06, 湖北日报 第05版), not the story's first words."""
    if _WIRE.match(line):
        return not _WIRE.sub("", line).strip()          # a dateline alone, not one opening the lead
    return len(line) <= 40 and "，" not in line and not line.endswith("。") and bool(
        find_publication([line]) or find_page([line]) or re.search(r"20\d\d[-年./]\d", line))


def read_article(text: str, store: FactStore, *, publication: str | None = None, date: str | None = None,
                 title: str | None = None, page: str | None = None, filename: str | None = None) -> Reading:
    """Read an article into proposed facts; raise IngestError (NoDateFound) when it cannot be read."""
    if not text or not text.strip():
        raise IngestError("the article is empty")
    if len(text) > MAX_CHARS:
        raise IngestError(f"the article is longer than {MAX_CHARS:,} characters; send one article at a time")
    simple = simplify(text)
    lines = [ln.strip() for ln in simple.split("\n") if ln.strip()]
    original = [ln.strip() for ln in text.split("\n") if ln.strip()]
    warnings: list[str] = []
    pub = simplify(publication).strip() if publication else find_publication(lines)
    if not pub:
        pub = "未注明出处"
        warnings.append("no publication found in the first lines; give it (--publication NAME)")
    found_date = False
    if date:
        date = _check_date(date)
    else:
        date, how = find_date(lines, simple)
        found_date = bool(date)
        if not date:
            raise NoDateFound("no date found in the article's first lines; give the date it was published "
                              "(YYYY-MM-DD)")
        if how == "dateline":
            warnings.append(f"the year of the dateline was taken from the text: {date}")
        elif how == "dateline-no-year":
            found_date = False                         # only the day and month were printed: a guess
            warnings.append(f"the article prints no year: the dateline was read as the latest such day, "
                            f"{date}; give --date if that is wrong")
    ref = _ref_date(date)
    body = normalise(simple)                           # 宜昌综保区 -> 宜昌综合保税区, 亿美金 -> 亿美元
    if found_date and (told := story_date(body, ref)):   # a repost dated after its story (今年前8月 in March)
        warnings.append(f"the story reports months after the page's date {date}: read as told on "
                        f"{told.isoformat()}; give --date if that is wrong")
        ref = told
    elif told := lead_day(body, ref):                   # 12月31日…获悉，今年以来 on a page of 4 January
        warnings.append(f"the story was gathered on {told.isoformat()}, before the page's date {date}: "
                        f"今年 read as {told.year}")
        ref = told
    elif found_date and (told := told_year(body, ref)):     # 去年 is 2013 in a page dated 2025: told in 2014
        warnings.append(f"the story calls {told.year - 1} last year, long before the page's date {date}: "
                        f"read as told in {told.year}; give --date if that is wrong")
        ref = told
    named = pub != "未注明出处" and not publication
    found_title = _unless_note(find_title([x for x in original if not (named and simplify(x).startswith(pub))]))
    if found_title and not re.search(r"[，。；,;、]", found_title) \
            and (line := normalise(simplify(found_title))) + "\n" in body:
        body = body.replace(line + "\n", line + "\n\n", 1)     # a title line is no part of the lead below it
    sents = sentences(body)
    title = (title or "").strip() or found_title
    if not title and sents:                    # a dateline story: its first words, not its file name
        lead = next((x.text for x in sents if not _masthead_line(x.text)), sents[0].text)
        first = _WIRE.sub("", lead)
        first = re.sub(r"^[（(][^）)]*[）)]|[。！？]$", "", first)
        while (when := re.match(r"([^，；,;]*)[，；,;]", first)) \
                and _WHEN_ONLY.fullmatch(day := when.group(1).strip()) and re.search(r"[时点:：]", day):
            first = first[when.end():]      # 9月8日8时04分，RF9332航班…: no title in the hour (5月9日，某县召开…会议
            #                                 stays whole: a short lead is its own title)
        clause = re.split(r"[，；,;]", first)[0]          # the lead's first clause, shortened
        first = clause if len(clause) >= 8 else first
        title = first[:30] + ("…" if len(first) > 30 else "")
    title = title or (Path(filename).stem if filename else "") or "untitled"
    source = {"id": source_id(pub, date, simple), "publication_zh": pub,
              "publication_en": publication_en(pub),
              "title": title, "title_en": "", "date": date, "page": (page or find_page(lines) or "").strip(),
              "reprinted_by": "", "seed": ""}
    reading = Reading(source=source, date_found=found_date, warnings=warnings)
    try:
        Walker(store, reading, ref, body).read(sents)
    except Exception as exc:  # noqa: BLE001 - a fault in the reader: the sender hears so, and nothing is written
        log.error("the reader failed on an article (%s, %d characters): %r", filename or "pasted text",
                  len(text), exc)
        log.debug("the reader's traceback", exc_info=exc)
        raise IngestError("the reader failed on this article (an error in the bot, logged for its developers); "
                          "nothing was changed. Its facts can still be added as a CSV import.") from exc
    if not reading.proposals:
        raise IngestError("no figures about the open economy found in the article")
    mark_status(store, reading)
    return reading
