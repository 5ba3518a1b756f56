"""The layout's width table holds exactly the widths ReportLab reads from the bundled fonts."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from journeymap.layout.font_widths import bundled_widths
from journeymap.layout.fonts import FACES, register_fonts


def test_the_width_table_matches_the_bundled_fonts_so_screen_and_paper_wrap_alike():
    register_fonts()
    tables = bundled_widths()
    assert set(tables) == set(FACES)
    for face in FACES:
        parsed = pdfmetrics.getFont(face).face
        widths, default = tables[face]
        assert default == parsed.defaultWidth, face
        assert widths == parsed.charWidths, f"{face}: run tools/make_font_widths.py after changing a font"
