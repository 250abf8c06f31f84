"""What is drawn: bar heights, value labels, tick labels, title and sources read back from the
matplotlib figure, in Chinese and English; and that the Chinese text has a font with every glyph."""
from __future__ import annotations

import io
import warnings

import pytest
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font
from PIL import Image

from bot.charts import bundled_font, cjk_family, draw, render_png
from bot.series import chart_for
from bot.seriesindex import SeriesIndex

REQUESTS = ["湖北 2025 贸易伙伴", "Wuhan trade by quarter", "湖北 开放口岸 综合保税区 经开区", "湖北出口 机电产品 新三样",
            "中欧班列 开行列数", "湖北 对外承包工程 新签合同额 完成营业额"]


@pytest.fixture(scope="module")
def drawn(engine):
    index = SeriesIndex(engine.store)
    return [chart_for(engine, index, text) for text in REQUESTS]


def _ticks(ax, lang: str) -> list[str]:
    """Tick labels with the line breaks of wrapping taken out."""
    return [t.get_text().replace("\n", "" if lang == "zh" else " ") for t in ax.get_xticklabels()]


def _texts(fig, gid: str) -> list[str]:
    return [t.get_text() for t in fig.findobj(lambda a: getattr(a, "get_gid", lambda: None)() == gid)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_six_series_are_drawn_with_their_figures(drawn, lang):
    keys = {s.key for s in drawn if s is not None}
    assert len(keys) == len(REQUESTS)                                   # six different series
    for series in drawn:
        fig = draw(series, lang)
        ax = fig.axes[0]
        bars = ax.patches
        assert [b.get_height() for b in bars] == [p.value for p in series.points]
        assert [float(p.fact.value) for p in series.points] == [p.value for p in series.points]
        assert _texts(fig, "value") == [p.printed for p in series.points]
        assert _ticks(ax, lang) == series.labels(lang)
        assert fig._suptitle.get_text() == series.title(lang)
        foot = _texts(fig, "sources")[0].replace("\n", " ")
        for source in series.sources():
            assert (source.publication_zh if lang == "zh" else source.publication_en) in foot
            assert source.date in foot


def test_labels_are_in_the_readers_language(drawn):
    partners = drawn[0]
    zh, en = _ticks(draw(partners, "zh").axes[0], "zh"), _ticks(draw(partners, "en").axes[0], "en")
    assert zh == ["共建“一带一路”国家", "东盟", "欧盟"]
    assert en == ["Belt and Road partner countries", "ASEAN", "European Union"]
    assert draw(partners, "zh").axes[0].get_ylabel() == "亿元"
    assert draw(partners, "en").axes[0].get_ylabel() == "100 million yuan"
    trend = drawn[1]
    assert _ticks(draw(trend, "zh").axes[0], "zh") == ["2024年上半年", "2024年前三季度"]
    assert _ticks(draw(trend, "en").axes[0], "en") == ["first half of 2024", "January-September 2024"]


def test_the_cjk_font_comes_with_the_venv_and_covers_every_glyph(drawn):
    path = bundled_font()
    assert path is not None and path.exists()                    # shipped by mplfonts, no system font needed
    family = cjk_family()
    found = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
    assert found == str(path)
    charmap = FT2Font(found).get_charmap()
    for series in drawn:
        text = series.title("zh") + series.subtitle("zh") + "".join(series.labels("zh"))
        text += "".join(s.citation("zh") for s in series.sources())
        missing = {c for c in text if not c.isspace() and ord(c) not in charmap}
        assert not missing, missing


def test_drawing_emits_no_missing_glyph_warning_and_makes_a_png(drawn):
    for series in drawn:
        for lang in ("zh", "en"):
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                png = render_png(series, lang)
            assert not [w for w in caught if "missing from" in str(w.message) or "Glyph" in str(w.message)]
            image = Image.open(io.BytesIO(png))
            assert image.format == "PNG" and image.size == (960, 600)
