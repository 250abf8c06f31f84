"""The words around a chart: its caption (title, figures, every source) and the reply when no
comparable series fits, as Telegram HTML with everything from the store escaped."""
from __future__ import annotations

from html import escape

from .engine import Engine
from .series import MIN_BUTTON_POINTS, Series, chart_for
from .seriesindex import SeriesIndex

CAPTION_LIMIT = 1024        # Telegram's limit for a photo caption
SOURCES = {"zh": "📰 来源：", "en": "📰 Sources: "}
NO_SERIES = {
    "zh": "抱歉，资料库里没有可以画成图的可比数据（同一单位、同类时期的几个数字）来回答“{text}”。",
    "en": "Sorry, the fact base holds no comparable figures (same unit, same kind of period) to chart "
          "for “{text}”.",
}
TRY = {"zh": "可以试试：", "en": "You could try:"}
USAGE = {"zh": "用法：/chart 要画的数据，例如 /chart 湖北 2025 贸易伙伴",
         "en": "Usage: /chart WHAT, e.g. /chart Wuhan trade by quarter"}


def caption(series: Series, lang: str, html: bool = True) -> tuple[str, str]:
    """(caption, rest): the title, the figures and every source; what does not fit under the photo
    (Telegram allows 1024 characters) goes in `rest`, to be sent as a message after it."""
    e = escape if html else (lambda s: s)
    title = f"<b>{e(series.title(lang))}</b>" if html else series.title(lang)
    figures = " · ".join(f"{e(label)} {e(p.printed)}"
                         for label, p in zip(series.labels(lang), series.points))
    lines = [title, e(series.subtitle(lang).replace("\n", " · ")), figures]
    cited = [f"• {e(s.citation(lang))}" for s in series.sources()]
    text = "\n".join(lines + [SOURCES[lang]] + cited)
    if len(text) <= CAPTION_LIMIT:
        return text, ""
    return "\n".join(lines)[:CAPTION_LIMIT], "\n".join([SOURCES[lang]] + cited)


def examples(engine: Engine, index: SeriesIndex, lang: str, limit: int = 5) -> list[str]:
    """Titles of the longest series (trends next), each one that /chart with that title draws."""
    index.refresh()
    ordered = sorted(index.series, key=lambda s: (-len(s.points), s.key))
    picked = [s for s in ordered if len(s.points) >= MIN_BUTTON_POINTS]
    picked += [s for s in ordered if s.kind == "trend"] + ordered
    titles: list[str] = []
    for series in picked:
        title = series.title(lang)
        drawn = chart_for(engine, index, title) if title not in titles else None
        if drawn is not None and drawn.key == series.key:
            titles.append(title)
        if len(titles) == limit:
            break
    return titles


def no_series(engine: Engine, index: SeriesIndex, text: str, lang: str) -> str:
    """A clear reply when nothing comparable fits, with what can be charted instead."""
    lines = [NO_SERIES[lang].format(text=escape(text[:80])) if text else USAGE[lang], "", TRY[lang]]
    lines += [f"/chart {escape(title)}" for title in examples(engine, index, lang)]
    return "\n".join(lines)
