"""Write resources/fonts/widths.bin: the advance widths of the bundled DejaVu faces.

The layout measures text with these widths (the same numbers ReportLab reads
from the TrueType files for the PDFs); reading them from this small table
instead of parsing three 700 kB fonts keeps the editor's start-up quick.
Run after changing a bundled font: ``.venv/bin/python tools/make_font_widths.py``.
A test checks the table against the fonts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journeymap.layout.font_widths import WIDTHS_FILE, encode  # noqa: E402
from journeymap.layout.fonts import FACES, register_fonts  # noqa: E402


def main() -> int:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    tables = {}
    for face in FACES:
        parsed = pdfmetrics.getFont(face).face
        tables[face] = (dict(parsed.charWidths), float(parsed.defaultWidth))
    WIDTHS_FILE.write_bytes(encode(tables))
    print(f"wrote {WIDTHS_FILE} ({WIDTHS_FILE.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
