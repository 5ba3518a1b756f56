"""Build the bundled monochrome emoji font (resources/fonts/NotoEmoji-Regular.ttf) from the npm package.

Noto Emoji (SIL Open Font License 1.1, Google) is drawn where a system has no colour
emoji font, so "🎧" is headphones, not a box. The npm package @fontsource/noto-emoji
ships it as web-font subsets (WOFF2, split by Unicode range); this one-off script joins
the regular-weight subsets into one TrueType file that Qt, and ReportLab, can load:

    npm pack @fontsource/noto-emoji@5.3.2 && tar xzf fontsource-noto-emoji-5.3.2.tgz
    .venv/bin/pip install fonttools brotli
    .venv/bin/python tools/make_emoji_font.py package/files

It also copies the package's LICENSE next to the font (resources/fonts/NotoEmoji-LICENSE.txt).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FONT = "NotoEmoji-Regular.ttf"
LICENCE = "NotoEmoji-LICENSE.txt"


def main(argv: list[str] | None = None) -> int:
    from fontTools.merge import Merger
    from fontTools.ttLib import TTFont

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, help="the package's files/ folder (the WOFF2 subsets)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    subsets = sorted(args.files.glob("noto-emoji-*-400-normal.woff2"))
    if not subsets:
        parser.error(f"{args.files}: no noto-emoji-*-400-normal.woff2 files")
    with tempfile.TemporaryDirectory() as folder:
        parts = []
        for woff2 in subsets:
            font = TTFont(woff2)
            font.flavor = None
            part = Path(folder) / (woff2.stem + ".ttf")
            font.save(part)
            parts.append(str(part))
        merged = Merger().merge(parts)
        merged.save(args.out / FONT)
    licence = args.files.parent / "LICENSE"
    if licence.is_file():
        shutil.copyfile(licence, args.out / LICENCE)
    print(f"wrote {args.out / FONT} from {len(subsets)} subsets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
