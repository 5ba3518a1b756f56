"""Write resources/fonts/widths.bin: the advance widths of every bundled face.

The layout measures text with these widths (for the DejaVu text faces, the same
numbers ReportLab reads from the TrueType files for the PDFs; for the stand-in
faces, Noto Sans Arabic and Hebrew and Noto Emoji, the fonts' own
advances, which HarfBuzz draws with); reading them from this small table
instead of parsing the fonts keeps the editor's start-up quick, and the table's
character lists tell which face has a glyph for a character.
Run after changing a bundled font: ``.venv/bin/python tools/make_font_widths.py``.
A test checks the table against the fonts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journeymap.layout.font_widths import WIDTHS_FILE, Table, encode  # noqa: E402
from journeymap.layout.fonts import BUNDLED, FACES, font_file, register_fonts  # noqa: E402


def stand_in_widths(face: str) -> Table:
    """Every mapped character's advance in 1/1000 em, read with fontTools (cmap format 12 included)."""
    from fontTools.ttLib import TTFont

    font = TTFont(font_file(face), lazy=True)
    scale = 1000.0 / font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    widths = {code: metrics[glyph][0] * scale for code, glyph in font.getBestCmap().items()}
    return widths, metrics[font.getGlyphOrder()[0]][0] * scale


def main() -> int:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    tables = {}
    for face in BUNDLED:
        if face in FACES:
            parsed = pdfmetrics.getFont(face).face
            tables[face] = (dict(parsed.charWidths), float(parsed.defaultWidth))
        else:
            tables[face] = stand_in_widths(face)
    WIDTHS_FILE.write_bytes(encode(tables))
    print(f"wrote {WIDTHS_FILE} ({WIDTHS_FILE.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
