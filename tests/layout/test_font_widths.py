"""The layout's width table holds exactly the widths ReportLab and HarfBuzz read from the bundled fonts."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from journeymap.layout.font_widths import bundled_widths
from journeymap.layout.fonts import BUNDLED, FACES, font_file, register_fonts
from journeymap.layout.harfbuzz import shape_glyphs


def test_the_width_table_matches_the_bundled_fonts_so_screen_and_paper_wrap_alike():
    register_fonts()
    tables = bundled_widths()
    assert set(tables) == set(BUNDLED)
    for face in FACES:
        parsed = pdfmetrics.getFont(face).face
        widths, default = tables[face]
        assert default == parsed.defaultWidth, face
        assert widths == parsed.charWidths, f"{face}: run tools/make_font_widths.py after changing a font"


@pytest.mark.parametrize("face, sample", [
    ("NotoSansArabic", "\u0628"), ("NotoSansArabic-Bold", "\u0645"), ("NotoSansHebrew", "\u05e9"),
    ("NotoSansHebrew-Bold", "\u05dd"), ("NotoEmoji", "\U0001f44d"),
])
def test_a_stand_in_face_measures_as_harfbuzz_draws_it(face, sample):
    widths, _default = bundled_widths()[face]
    (glyph,) = shape_glyphs(sample, font_file(face), False)
    assert widths[ord(sample)] == pytest.approx(glyph.advance, abs=1e-3)
