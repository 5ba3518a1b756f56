"""Fonts for PDF output: embedded TrueType, one font per text run, no silent gaps.

ReportLab embeds TrueType outlines only and has no glyph fallback, so text is
split into runs by the font that can draw each character: the bundled DejaVu
Sans (Latin, Greek, Cyrillic and more), or a TrueType CJK font found on the
system. Characters beyond the Basic Multilingual Plane (emoji) are replaced
by a visible stand-in, and every substitution is reported as a warning.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource_path

SANS = "JM-Sans"
SANS_BOLD = "JM-Sans-Bold"
SANS_ITALIC = "JM-Sans-Oblique"
CJK = "JM-CJK"
EMOJI_STAND_IN = "\u25a1"  # a white square: visible, and says "a picture was here"

_CJK_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msgothic.ttc",
)


@dataclass
class FontReport:
    """What had to be substituted while drawing; printed by the command line."""

    warnings: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        """Record ``message`` once; messages of one kind (same start) are reported once."""
        kind = message.split(" (e.g.")[0]
        if all(w.split(" (e.g.")[0] != kind for w in self.warnings):
            self.warnings.append(message)


@cache
def register_fonts() -> None:
    """Register the bundled fonts with ReportLab once per process."""
    for name, file in ((SANS, "DejaVuSans.ttf"), (SANS_BOLD, "DejaVuSans-Bold.ttf"),
                       (SANS_ITALIC, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC,
                                  boldItalic=SANS_BOLD)


@cache
def cjk_font() -> str | None:
    """Register a TrueType CJK font if the system has one; its name, or None."""
    for candidate in _CJK_CANDIDATES:
        if Path(candidate).is_file():
            try:
                pdfmetrics.registerFont(TTFont(CJK, candidate, subfontIndex=0))
            except Exception:  # CFF-flavoured or damaged font: ReportLab cannot embed it
                continue
            return CJK
    return None


@cache
def _sans_covers() -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(SANS).face
    return frozenset(face.charToGlyph.keys())


def is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") and ord(ch) < 0x10000


def clean_text(text: str, report: FontReport | None = None) -> str:
    """Replace characters no embedded font can draw (emoji, beyond the BMP)."""
    if text.isascii() or (max(text) <= "\uffff" and "\ufe0f" not in text and "\u200d" not in text):
        return text
    out = []
    for ch in text:
        if ord(ch) > 0xFFFF:
            out.append(EMOJI_STAND_IN)
            if report:
                report.warn("emoji and other characters beyond the Basic Multilingual Plane are "
                            f"drawn as {EMOJI_STAND_IN} (PDF fonts cannot embed colour emoji)")
        elif ch in ("\ufe0f", "\u200d"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def runs(text: str, font: str = SANS, report: FontReport | None = None) -> list[tuple[str, str]]:
    """Split ``text`` into (font, text) runs so every character has a font that draws it."""
    text = clean_text(text, report)
    if text.isascii():
        return [(font, text)]
    covered = _sans_covers()
    if covered.issuperset(map(ord, text)):
        return [(font, text)]
    result: list[tuple[str, str]] = []
    for ch in text:
        use = font
        if ord(ch) not in covered and not ch.isspace():
            other = cjk_font() if is_cjk(ch) else None
            if other is None:
                if report:
                    what = "CJK text" if is_cjk(ch) else "some characters"
                    report.warn(f"{what} (e.g. {ch!r}, U+{ord(ch):04X}) not drawable: no TrueType font on "
                                f"this system has it, so it is drawn as {EMOJI_STAND_IN}. "
                                "Install a TrueType CJK font (e.g. fonts-wqy-microhei) to draw it")
                ch = EMOJI_STAND_IN
            else:
                use = other
        if result and result[-1][0] == use:
            result[-1] = (use, result[-1][1] + ch)
        else:
            result.append((use, ch))
    return result


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` as drawn run by run."""
    register_fonts()
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs(text, font))
