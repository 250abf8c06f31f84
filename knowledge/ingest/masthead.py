"""The article's publication, date, page and title, read from its first lines (or given)."""
from __future__ import annotations

import datetime as _dt
import hashlib
import re

# Publications we know: Chinese name (simplified) -> (English name, short id used in source ids).
PUBLICATIONS: dict[str, tuple[str, str]] = {
    "湖北日报": ("Hubei Daily", "hbrb"),
    "长江日报": ("Changjiang Daily", "cjrb"),
    "楚天都市报": ("Chutian Metropolis Daily", "ctdsb"),
    "香港商报": ("Hong Kong Commercial Daily", "hkcd"),
    "中新社": ("China News Service", "cns"),
    "中国新闻社": ("China News Service", "cns"),
    "中新网": ("China News Network", "chinanews"),
    "中国新闻网": ("China News Network", "chinanews"),
    "新华社": ("Xinhua News Agency", "xinhua"),
    "新华网": ("Xinhuanet", "xinhuanet"),
    "人民日报": ("People's Daily", "rmrb"),
    "经济日报": ("Economic Daily", "jjrb"),
    "大公报": ("Ta Kung Pao", "takungpao"),
    "文汇报": ("Wen Wei Po", "wenweipo"),
    "中国日报": ("China Daily", "chinadaily"),
    "21世纪经济报道": ("21st Century Business Herald", "21jingji"),
    "第一财经": ("Yicai", "yicai"),
    "人民日报海外版": ("People's Daily Overseas Edition", "rmrbhwb"),
    "人民网": ("People's Daily Online", "people"),
    "光明日报": ("Guangming Daily", "gmrb"),
    "新华每日电讯": ("Xinhua Daily Telegraph", "xhmrdx"),
    "央视新闻": ("CCTV News", "cctvnews"),
    "央视网": ("CCTV.com", "cctv"),
    "中央广播电视总台": ("China Media Group", "cmg"),
    "中国经济网": ("China Economic Net", "ce"),
    "国际商报": ("International Business Daily", "comnews"),
    "中国贸易报": ("China Trade News", "chinatradenews"),
    "证券时报": ("Securities Times", "stcn"),
    "澎湃新闻": ("The Paper", "thepaper"),
    "财新": ("Caixin", "caixin"),
    "湖北广播电视台": ("Hubei Radio and Television", "hbtv"),
    "荆楚网": ("Jingchu Net", "cnhubei"),
    "极目新闻": ("Jimu News", "jimu"),
    "长江商报": ("Changjiang Times", "cjsb"),
    "武汉晚报": ("Wuhan Evening News", "whwb"),
    "星岛日报": ("Sing Tao Daily", "singtao"),
    "明报": ("Ming Pao", "mingpao"),
    "东方日报": ("Oriental Daily News", "orientaldaily"),
    "信报财经新闻": ("Hong Kong Economic Journal", "hkej"),
    "信报": ("Hong Kong Economic Journal", "hkej"),
    "香港经济日报": ("Hong Kong Economic Times", "hket"),
    "成报": ("Sing Pao", "singpao"),
    "头条日报": ("Headline Daily", "hkheadline"),
    "香港01": ("HK01", "hk01"),
    "南华早报": ("South China Morning Post", "scmp"),
    "澳门日报": ("Macao Daily News", "macaodaily"),
    "联合报": ("United Daily News", "udn"),
    "中国时报": ("China Times", "chinatimes"),
    "工商时报": ("Commercial Times", "ctee"),
    "自由时报": ("Liberty Times", "ltn"),
    "中央社": ("Central News Agency", "cna"),
    "联合早报": ("Lianhe Zaobao", "zaobao"),
    "湖北省人民政府": ("Hubei Provincial Government", "hubeigov"),
    "武汉海关": ("Wuhan Customs", "whcustoms"),
    "楚天金报": ("Chutian Golden News", "ctjb"),
    "央广网": ("CNR News", "cnr"),
    "中国之声": ("China National Radio", "cnr"),
    "长江网": ("Changjiang Net", "cjn"),
    "长江云": ("Changjiang Cloud", "cjy"),
    "湖北经视": ("Hubei Economic TV", "hbjs"),
    "国际在线": ("CRI Online", "cri"),
    "中国网": ("China.org.cn", "chinaorg"),
    "观察者网": ("Guancha", "guancha"),
}
# Names short and common enough to start other words (中国网络): a line names them only by starting with them.
_AT_START_ONLY = {"中国网"}
# An outlet's name alone on the first line, unlisted (某某在线湖北频道, 某某网·中国湖北), or a site's address.
_OUTLET_LINE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:网|在线|频道|日报|晚报|早报|时报|商报|新闻|电视台)"
                          r"(?:[·・][\u4e00-\u9fff]{2,8})?")
_FULL_DATE = re.compile(r"(20\d\d|19\d\d)\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?")
_MONTH_ONLY = re.compile(r"(?<!\d)(20\d\d)\s*(?:-|年)\s*(\d{1,2})(?:\s*月)?(?![\d./-])")
# A date written day first (28.12.2017), as some reposting sites print it.
_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])")
# A page's date set a part to a line: the year alone, then month/day (2019 / 06/14 / 09:42).
_YEAR_LINE = re.compile(r"(?:19|20)\d\d")
_SPLIT_DAY = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})")
_NOTE = re.compile(r"\s*[（(][^）)]*[）)]")        # a bracketed note after a masthead's date
# A dateline: a wire, site, paper or station, a place and a day (中新网武汉12月30日电, 央广网武汉1月14日消息).
_DATELINE = re.compile(r"(中新社|新华社|中新网|中国新闻网|[\u4e00-\u9fff]{1,8}?(?:社|网|报|台|新闻|之声))\s*"
                       r"([\u4e00-\u9fff]{2,4}?)\s*(\d{1,2})月(\d{1,2})日\s*(?:电|消息|讯)")
_NAME = r"([\u4e00-\u9fff]{2,10}|[\u4e00-\u9fff]{1,8}[A-Za-z0-9]{1,4})"
# A masthead not in our list: a short name alone before the date (长江网 2026-01-14, 某某晚报 2024年3月1日).
_NAMED_DATE = re.compile(rf"{_NAME}\s*[|｜丨·]?\s*(?:(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|"
                         rf"(?:19|20)\d\d([-./])\d{{1,2}}\2\d{{1,2}}|(?:19|20)\d\d-\d\d$)\s*"
                         rf"(?:星期.|周.|第?\s*[A-Z]?\d{{1,3}}\s*版|[\u4e00-\u9fff]{{0,8}})?\s*$")
# The paper's own credit opening the story: 楚天金报讯(记者…), 长江网讯(记者…), 长江商报消息(记者…).
_CREDIT = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?:讯|消息)\s*[（(]\s*(?:记者|通讯员|实习生)")
# Words that stand before a date in a first line and name no publication.
_NOT_NAME = re.compile(r"发布时间|时间|日期|更新|来源|星期|今天|今日|发布|编辑|作者|本报|截至|"
                       r"年|月|季度|以来|前|上半|下半|全年")
_PAGE = re.compile(r"第\s*([0-9A-Za-z]{1,3})\s*版|^\s*(\d{2})\s*$|(?<![\dA-Za-z])([A-Z]\d{1,2})\s*版")
_HEAD_LINES = 12
_REPOST_NOTE = re.compile(r"[（(][^）)]{0,30}(?:19|20)\d\d[-年./]\d{1,2}[-月./]\d{1,2}日?\s*(?:转载|轉載|转自|轉自)[）)]")


def _valid(y: int, m: int, d: int | None) -> bool:
    """Whether the year, month (and day) make a real date."""
    try:
        _dt.date(y, m, d or 1)
        return True
    except ValueError:
        return False


def _known(name: str) -> str:
    """A publication's name as we list it: 香港商报网 is 香港商报, 据新华社 is 新华社."""
    name = name.removeprefix("据")
    return name[:-1] if name not in PUBLICATIONS and name[:-1] in PUBLICATIONS and name[-1] in "网台" else name


def _unlisted(line: str) -> str | None:
    """A publication we do not list, named by the shape of a line: a dateline, a name before the date,
    or the paper's own credit opening the story."""
    dateline = _DATELINE.search(line[:40])
    if dateline and dateline.start() <= 1:
        return _known(dateline.group(1))
    bare = _NOTE.sub(" ", line).strip()             # 观察者网 2025-10（…）: the note aside
    named = _NAMED_DATE.match(bare)
    if named and len(bare) <= 40 and not _NOT_NAME.search(named.group(1)):
        return _known(named.group(1))
    credit = _CREDIT.match(line.strip())
    if credit and not _NOT_NAME.search(credit.group(1)):
        return _known(credit.group(1))
    return None


# A word a paper's name may hide in (未注明报名 holds no 明报).
_WORD_WITH = re.compile(r"(?:注|说|表|证|声|标|阐|查|写|指)明报")


def _names(line: str, name: str) -> bool:
    """Whether a line names a paper, not a word that holds its name."""
    return name in line and not (name == "明报" and _WORD_WITH.search(line) and line.count(name) == 1)


# Papers named in Latin letters on aggregator pages (Chang Jiang Ri Bao·2025-10-06, Hubei Daily): their Chinese names.
_LATIN_NAMES = {"长江日报": re.compile(r"\bchang\s?jiang\s?ri\s?bao\b|\bchangjiang daily\b", re.I),
                "湖北日报": re.compile(r"\bhu\s?bei\s?ri\s?bao\b|\bhubei daily\b", re.I)}


def find_publication(lines: list[str]) -> str | None:
    """The publication named in the first lines: a known name in a masthead, dateline or 来源 line,
    else one read from the shape of the first lines (a name before the date, a dateline, a credit)."""
    for line in lines[:_HEAD_LINES]:
        dateline = _DATELINE.search(line[:40])
        if dateline and _known(dateline.group(1)) in PUBLICATIONS:
            return _known(dateline.group(1))
        for name in sorted(PUBLICATIONS, key=len, reverse=True):
            if _names(line, name) and (len(line) <= 60 and name not in _AT_START_ONLY
                                       or line.lstrip().startswith(name)):
                return name                         # a long first line starting with the paper's name too
        m = re.search(r"来源[:：]\s*([\u4e00-\u9fff]{2,8})", line)
        if m:
            return m.group(1)
        latin = next((zh for zh, words in _LATIN_NAMES.items() if len(line) <= 60 and words.search(line)), None)
        if latin:
            return latin
    for line in lines[:_HEAD_LINES]:
        if name := _unlisted(line):
            return name
    first = lines[0].strip() if lines else ""
    dated = re.fullmatch(r"(\S+)\s+(?:19|20)\d\d[-./年]\d{1,2}[-./月]\d{1,2}日?", first)   # kangyundz.com 2025-08-07
    if dated and _SITE.fullmatch(dated.group(1)):
        return dated.group(1)
    return first if _OUTLET_LINE.fullmatch(first) or _SITE.fullmatch(first) else None


_FUTURE = re.compile(r"将|预计|计划|力争|有望|拟|争取|底前|年底前|之前")


# A year named only as what a figure is compared with (比2019年同期增长39.5%, 恢复到2019年水平): not the story's.
_BASE_YEAR = re.compile(r"(?:比|较|与|相比|对比|恢复[至到]?|超过|高于|低于)(20[0-4]\d)年(?:同期|水平|全年|[上下]半年|前)")


def _later_months_past(text: str, year: int, month: int) -> bool:
    """Whether the text tells as done something in a month of `year` later than the dateline's month (前两台已分别
    于2021年10月、12月发往…, in a story dated 5月14日): then the story is of the year after."""
    for m in re.finditer(rf"{year}年(\d{{1,2}})月((?:[、和及至到-]\d{{1,2}}月)*)", text):
        months = [int(m.group(1)), *map(int, re.findall(r"\d{1,2}", m.group(2)))]
        near = text[max(0, m.start() - 12):m.end() + 8]
        if max(months) > month and not _FUTURE.search(near) and re.search(r"已|了|曾", near):
            return True
    return False


def find_date(lines: list[str], text: str) -> tuple[str | None, str]:
    """The article's date (YYYY-MM-DD or YYYY-MM) from its first lines, and how it was found."""
    for n, raw in enumerate(lines[:_HEAD_LINES]):
        line = _NOTE.sub(" ", raw).strip()      # 湖北日报 2018年10月25日（…转载，https://…）: the note aside
        if len(line) > 60:
            continue
        nxt = lines[n + 1].strip() if n + 1 < len(lines) else ""
        day = _SPLIT_DAY.fullmatch(nxt) if _YEAR_LINE.fullmatch(line) else None    # 2019 / 06/14 / 09:42
        if day and _valid(int(line), int(day.group(1)), int(day.group(2))):
            return f"{int(line):04d}-{int(day.group(1)):02d}-{int(day.group(2)):02d}", "masthead"
        m = _FULL_DATE.search(line)
        if not m and line and len(line) <= 12 and _REPOST_NOTE.search(raw):
            m = _FULL_DATE.search(raw)          # 湖北日报(某某网 2023-10-12 转载): the repost's date, in its note
        if m and _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "masthead"
        dmy = _DAY_FIRST.search(line) if not m else None      # 28.12.2017  15:44: day, month, year
        if dmy and _valid(int(dmy.group(3)), int(dmy.group(2)), int(dmy.group(1))):
            return f"{dmy.group(3)}-{int(dmy.group(2)):02d}-{int(dmy.group(1)):02d}", "masthead"
        masthead = any(line.strip().startswith(name) for name in PUBLICATIONS)     # 湖北日报 2018年11月 (…转载)
        m = _MONTH_ONLY.search(line) if len(line) <= 20 or masthead else None   # 观察者网 2025-10（…）
        if m and _valid(int(m.group(1)), int(m.group(2)), None):
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}", "masthead"
    m = _DATELINE.search(text[:2000])
    if m:
        month, day = int(m.group(3)), int(m.group(4))
        bases = {m.start(1) for m in _BASE_YEAR.finditer(text)}      # 比2019年同期增长: a year compared with
        years = [int(m.group(1)) for m in re.finditer(r"(?<!\d)(20[0-4]\d)年", text) if m.start(1) not in bases]
        if bases and not years:
            return None, ""                 # only years compared with: the story's own is later, but which?
        year = max(years) if years else 0
        part = r"(?!\d|第?[一二三四1-4]季度|[上下]半年|前|头|首季|以来)"     # not 2025年一季度
        whole_year = rf"{year}年(?:12月|全年|[，,]|{part}[^。月]{{0,50}}?(?:同比|比上年|较上年))"
        if year and month < 12 and (re.search(whole_year, text) or _later_months_past(text, year, month)):
            year += 1                    # a whole year's figures for Y are reported early in Y+1; 已于Y年10月、
            #                              12月 发往… before a dateline of 5月14日: the story is of Y+1
        if year and _valid(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}", "dateline"
        today = _dt.date.today()
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
        if not years and _valid(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}", "dateline-no-year"
    return None, ""


def find_page(lines: list[str]) -> str:
    """The page (版) named in the first lines, as printed ('05'), or ''."""
    for line in lines[:_HEAD_LINES]:
        m = _PAGE.search(line)
        if m:
            return m.group(1) or m.group(2) or m.group(3)
    return ""


_NOT_TITLE = re.compile(r"记者|記者|通讯员|通訊員|编辑|編輯|责校|責校|主编|主編|来源|來源|当前位置|當前位置|首页|首頁|"
                        r"[>＞›»]|字体|字體|打印|分享|网讯|網訊|\d{1,2}:\d\d|^图为|^圖為|[摄攝]$")


# A web site's address alone on a line (ejc56.com, www.hbskw.com/p/1.html).
_SITE = re.compile(r"(?:https?://)?(?:www\.|m\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|hk|info)(?:/\S*)?", re.I)


def find_title(lines: list[str]) -> str:
    """The first short line that is not a masthead, date, page, byline or dateline."""
    for line in lines[:_HEAD_LINES]:
        s = line.strip()
        if not (4 <= len(s) <= 60) or s.endswith(("。", "：", ":")):
            continue
        if (_FULL_DATE.search(s) or _PAGE.search(s) or _DATELINE.search(s)
                or _MONTH_ONLY.search(_NOTE.sub(" ", s).strip()[-10:])):     # …2025-10（note）: a masthead
            continue
        if any(s.startswith(p) or s == p for p in PUBLICATIONS) or _NOT_TITLE.search(s):
            continue
        if _SITE.fullmatch(s):
            continue                    # ejc56.com: the site a repost was copied from, not its title
        if re.search(r"[，,]", s[:20]) and len(s) > 30:
            continue
        return s
    return ""


def source_id(publication_zh: str, date: str, text: str) -> str:
    """A stable id for the source: publication short name, date, and a hash of the text."""
    short = PUBLICATIONS.get(publication_zh, ("", "src"))[1]
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]
    return f"{short}-{date}-{digest}"


def publication_en(publication_zh: str) -> str:
    """The English name of a publication, or the Chinese one when we do not know it."""
    return PUBLICATIONS.get(publication_zh, (publication_zh, ""))[0]
