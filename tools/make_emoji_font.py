"""Write resources/fonts/SymbolaEmoji.ttf: the emoji and symbols of Symbola that the PDFs draw in monochrome.

Colour emoji fonts (bitmaps or COLR layers) cannot be embedded by ReportLab;
Symbola (George Douros, "free for any use", Debian's ``fonts-symbola``) has
monochrome TrueType outlines for the emoji of Unicode 9 and many symbols.
This keeps the emoji blocks and the symbol blocks DejaVu Sans lacks, without
hinting, so the file stays under 1 MB.

Run: ``apt-get install fonts-symbola`` (or pass the font file), then
``.venv/bin/python tools/make_emoji_font.py [Symbola.ttf]`` and
``tools/make_font_widths.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf")
RANGES = ((0x2190, 0x21FF), (0x2300, 0x23FF), (0x25A0, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF))


def main(argv: list[str]) -> int:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    source = Path(argv[0]) if argv else SOURCE
    font = TTFont(source)
    dejavu = set(TTFont(ROOT / "resources" / "fonts" / "DejaVuSans.ttf").getBestCmap())
    keep = [code for code in font.getBestCmap() if any(a <= code <= b for a, b in RANGES)
            and (code > 0xFFFF or code not in dejavu)]  # beyond the BMP the PDFs draw every emoji with this face
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    out = ROOT / "resources" / "fonts" / "SymbolaEmoji.ttf"
    font.save(out)
    print(f"wrote {out}: {len(keep)} characters, {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
