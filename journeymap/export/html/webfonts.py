"""The fonts an HTML export carries inside it: the bundled DejaVu faces cut down to the characters it uses.

A self-contained page may not fetch a font, and three whole faces would add
2.8 MB to every file; subset to the characters of the map (with the shaping
tables, so Arabic joins), they add tens of kilobytes. Characters DejaVu lacks
(CJK) come from the system's CJK font when the export finds one, subset the
same way; emoji are left to the reader's own emoji font.
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache

from ...i18n import N_
from ...layout.fonts import BOLD, ITALIC, REGULAR, cjk_font, font_file, sans_covers
from ...layout.shaping import FontReport

FAMILY = "Journeymap Sans"
CJK_FAMILY = "Journeymap CJK"
#: drawn in every export: ASCII, the typographic marks and the arrows and stars the page itself uses
ALWAYS = "".join(chr(c) for c in range(0x20, 0x7F)) + "\u00a0\u00b7\u2010\u2013\u2014\u2018\u2019\u201c\u201d\u201e" \
    "\u2026\u203a\u2212\u2605\u00ab\u00bb\u202f\u2022\u25cb\u25b2"


def _subset(path: str, characters: str, font_number: int = 0) -> bytes:
    import logging

    from fontTools import subset
    from fontTools.ttLib import TTFont

    logging.getLogger("fontTools").setLevel(logging.ERROR)  # "FFTM NOT subset": FontForge's timestamp, not needed

    options = subset.Options()
    options.layout_features = ["*"]  # joining, ligatures, marks: Arabic and Hebrew shape as typed
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    font = TTFont(path, fontNumber=font_number, lazy=True)  # only the glyphs kept are ever decoded
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted({ord(c) for c in characters}))
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = None
    font.save(out)
    return out.getvalue()


@lru_cache(maxsize=32)
def _face(path: str, characters: str, font_number: int = 0) -> str:
    return base64.b64encode(_subset(path, characters, font_number)).decode("ascii")


def font_faces(characters: str, report: FontReport | None = None) -> str:
    """``@font-face`` rules (data URLs) for the bundled faces, and a CJK face when the text needs one."""
    chars = "".join(sorted(set(characters) | set(ALWAYS)))
    covered = sans_covers()
    sans = "".join(c for c in chars if ord(c) in covered)
    rules = []
    for face, weight, style in ((REGULAR, "normal", "normal"), (BOLD, "bold", "normal"), (ITALIC, "normal", "italic")):
        data = _face(font_file(face), sans)
        rules.append(_rule(FAMILY, data, weight, style))
    missing = "".join(c for c in chars if ord(c) not in covered and ord(c) <= 0xFFFF and not c.isspace())
    if missing:
        path = _cjk_path()
        if path is not None:
            try:
                rules.append(_rule(CJK_FAMILY, _face(path, missing), "normal", "normal"))
            except Exception:  # a font file the subsetter cannot read: the reader's own fonts draw it
                if report is not None:
                    report.warn(N_("the system's CJK font could not be embedded in the HTML; readers' own fonts "
                                   "draw those characters"))
    return "\n".join(rules)


def _rule(family: str, data: str, weight: str, style: str) -> str:
    return (f"@font-face{{font-family:\"{family}\";src:url(data:font/ttf;base64,{data}) format(\"truetype\");"
            f"font-weight:{weight};font-style:{style};font-display:swap}}")


def _cjk_path() -> str | None:
    name = cjk_font()
    if name is None:
        return None
    from reportlab.pdfbase import pdfmetrics

    try:
        return str(pdfmetrics.getFont(name).face.filename)
    except Exception:
        return None
