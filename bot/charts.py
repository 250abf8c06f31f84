"""Drawing a series as a PNG with matplotlib (Agg): bars with their values written on them, title and
labels in the reader's language, the sources named under the chart. Chinese text is set in Noto Sans
CJK SC, shipped by the mplfonts package (installed with the venv), so no system font is needed."""
from __future__ import annotations

import importlib.util
import io
import logging
import textwrap
import threading
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from .series import Series, unit_en  # noqa: E402

log = logging.getLogger(__name__)

CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"
CJK_FAMILY = "Noto Sans CJK SC"
SYSTEM_CJK = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei")
BAR_COLOUR = "#2b6cb0"
SIZE = (8.0, 5.0)       # inches; at 120 dpi a 960 x 600 picture, sharp on a phone
DPI = 120
CLOSING = "”’）》」』、，。：；！？)"
SOURCE_LABEL = {"zh": "来源：", "en": "Sources: "}


def bundled_font() -> Path | None:
    """The Noto Sans CJK SC file inside the installed mplfonts package, if it is there."""
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / CJK_FONT_FILE
    return path if path.exists() else None


_FAMILY: list[str] = []
_LOCK = threading.Lock()     # handlers draw in worker threads; matplotlib's font state is shared


def cjk_family() -> str:
    """Register the bundled CJK font once and return the family name to draw with."""
    if _FAMILY:
        return _FAMILY[0]
    path = bundled_font()
    family = "DejaVu Sans"
    if path is not None:
        font_manager.fontManager.addfont(str(path))
        family = font_manager.FontProperties(fname=str(path)).get_name()
    else:
        installed = {f.name for f in font_manager.fontManager.ttflist}
        family = next((name for name in SYSTEM_CJK if name in installed), family)
        log.warning("mplfonts is not installed; Chinese labels use %s", family)
    _FAMILY.append(family)
    return family


def draw(series: Series, lang: str) -> Figure:
    """The chart as a matplotlib Figure (tests read bar heights and labels from it)."""
    family = cjk_family()
    fig = Figure(figsize=SIZE, dpi=DPI)
    ax = fig.add_subplot(1, 1, 1)
    labels = [_wrap(label, lang) for label in series.labels(lang)]
    values = [p.value for p in series.points]
    font = {"family": family}
    bars = ax.bar(range(len(values)), values, color=BAR_COLOUR, width=0.6, zorder=2)
    for bar, point in zip(bars, series.points):
        ax.annotate(point.printed, (bar.get_x() + bar.get_width() / 2, bar.get_height()), xytext=(0, 3),
                    textcoords="offset points", ha="center", va="bottom", fontsize=11, fontfamily=family,
                    gid="value")
    ax.set_xticks(range(len(values)), labels, fontdict=font, fontsize=10)
    ax.set_ylim(0, max(values) * 1.15 if values and max(values) > 0 else 1)
    unit = series.unit if lang == "zh" else unit_en(series.unit)
    if unit:
        ax.set_ylabel(unit, fontdict=font)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(axis="y", labelsize=9)
    fig.suptitle(series.title(lang), fontfamily=family, fontsize=14, y=0.97)
    ax.set_title(series.subtitle(lang), fontdict=font, fontsize=9.5, color="#555555")
    cited = "; ".join(s.citation(lang) for s in series.sources())
    foot = "\n".join(textwrap.wrap(SOURCE_LABEL[lang] + cited, 62 if lang == "zh" else 120)[:4])
    fig.text(0.01, 0.01, foot, fontfamily=family, fontsize=7.5, color="#444444", ha="left", va="bottom",
             gid="sources")
    top = 0.84 - 0.035 * series.subtitle(lang).count("\n")
    bottom = 0.14 + 0.035 * foot.count("\n") + _label_room(labels)
    fig.subplots_adjust(left=0.1, right=0.97, top=top, bottom=bottom)
    return fig


def render_png(series: Series, lang: str) -> bytes:
    """The chart as PNG bytes."""
    buffer = io.BytesIO()
    with _LOCK:
        draw(series, lang).savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _wrap(label: str, lang: str) -> str:
    """Long tick labels on up to three lines (wider lines rather than a cut label)."""
    width = 10 if lang == "zh" else 22
    lines = _lines(label, width, lang)
    while len(lines) > 3:
        width += 2
        lines = _lines(label, width, lang)
    return "\n".join(lines) if len(label) > 10 else label


def _lines(label: str, width: int, lang: str) -> list[str]:
    """Wrap at spaces (English) or every `width` characters (Chinese), no line opening with ” ） 、 ，."""
    if lang != "zh":
        return textwrap.wrap(label, width)
    lines = [label[i:i + width] for i in range(0, len(label), width)]
    for k in range(1, len(lines)):
        while lines[k] and lines[k][0] in CLOSING:
            lines[k - 1] += lines[k][0]
            lines[k] = lines[k][1:]
    return [line for line in lines if line]


def _label_room(labels: list[str]) -> float:
    return 0.04 * max((label.count("\n") for label in labels), default=0)
