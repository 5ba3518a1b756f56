"""The one entry point from a line of text to what a renderer draws: shaped runs.

Every output (PDF, SVG, the empathy sheets, the digest) turns a wrapped line
into runs here, so the choice of face per character and the direction of each
run are made once. Today a run is a stretch of characters in one face, all
left to right. Two steps are kept apart so the next ones slot in:

- :func:`_face_runs` picks a face per character (DejaVu Sans, else a CJK
  fallback of this system, else a visible stand-in). Per-character fallback to
  any font goes here.
- :func:`_in_visual_order` splits a line by direction and orders its runs as
  they are seen. Right-to-left text (python-bidi's embedding levels, then
  uharfbuzz for glyph shaping) goes here; callers already draw runs in the
  order given and honour ``direction``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from reportlab.pdfbase import pdfmetrics

from .fonts import REGULAR, cjk_font, is_cjk, sans_covers

Direction = Literal["ltr", "rtl"]

EMOJI_STAND_IN = "\u25a1"  # a white square: visible, and says "a picture was here"


@dataclass(slots=True)
class ShapedRun:
    """Characters drawn in one face, in one direction, in the order a reader sees them (read-only)."""

    text: str
    face: str
    direction: Direction = "ltr"

    def width(self, size: float) -> float:
        """The run's advance at ``size`` points, in the face it is drawn with."""
        return pdfmetrics.stringWidth(self.text, self.face, size)


@dataclass
class FontReport:
    """What had to be substituted while shaping; printed by the command line."""

    warnings: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        """Record ``message`` once; messages of one kind (same start) are reported once."""
        kind = message.split(" (e.g.")[0]
        if all(w.split(" (e.g.")[0] != kind for w in self.warnings):
            self.warnings.append(message)


def shape(text: str, face: str = REGULAR, report: FontReport | None = None) -> tuple[ShapedRun, ...]:
    """One line of ``text`` as runs to draw one after the other; substitutions go to ``report``."""
    if text.isascii():
        return (ShapedRun(text, face),)
    return _in_visual_order(_face_runs(clean_text(text, report), face, report))


def line_width(runs: tuple[ShapedRun, ...], size: float) -> float:
    """The advance of a shaped line at ``size`` points."""
    return sum(run.width(size) for run in runs)


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


def _face_runs(text: str, face: str, report: FontReport | None) -> list[ShapedRun]:
    """``text`` cut where the face that can draw it changes."""
    covered = sans_covers()
    if covered.issuperset(map(ord, text)):
        return [ShapedRun(text, face)]
    runs: list[ShapedRun] = []
    chars: list[str] = []
    current = face
    for ch in text:
        use = face
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
        if use != current and chars:
            runs.append(ShapedRun("".join(chars), current))
            chars = []
        current = use
        chars.append(ch)
    if chars:
        runs.append(ShapedRun("".join(chars), current))
    return runs


def _in_visual_order(runs: list[ShapedRun]) -> tuple[ShapedRun, ...]:
    """The runs in the order they are seen; every run reads left to right for now (see the module's note)."""
    return tuple(runs)

