"""The one entry point from a line of text to what a renderer draws: shaped runs.

Every output that embeds fonts (the PDFs: poster, tiles, digest, empathy
sheets) turns a wrapped line into runs here, so the choice of face per
character, the direction of each run and the glyphs are decided once:

- :func:`_face_spans` picks a face per character (:func:`.fonts.bundled_face_for`:
  DejaVu Sans, Noto Sans Arabic / Hebrew for those scripts, Noto Emoji (monochrome);
  else a font of this system that has the character; else a visible stand-in,
  reported). White space and marks stay in the face of the letter before
  them, so a word and its spaces are shaped in one font.
- A line with right-to-left characters gets its embedding levels from the
  Unicode Bidirectional Algorithm (:mod:`.bidi`), is cut where the level or
  the face changes, and its runs are put in the order they are seen (rule L2).
- Runs that are right to left or set in a stand-in face are shaped by
  HarfBuzz (:mod:`.harfbuzz`): joined Arabic, lam-alef, placed niqqud,
  mirrored brackets. They carry their glyphs; other runs stay text in a face.

Latin, Greek, Cyrillic and CJK lines take the short path: one run per face,
left to right, no HarfBuzz, no python-bidi.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from ..i18n import N_
from .bidi import has_rtl, levels, paragraph_direction, strip_controls, visual_order
from .font_report import ExportWarning, FontReport
from .fonts import (
    ARABIC,
    ARABIC_BOLD,
    BUNDLED,
    EMOJI,
    HEBREW,
    HEBREW_BOLD,
    REGULAR,
    ZERO_WIDTH,
    bundled_face_for,
    face_path,
    is_cjk,
    system_fonts_known,
)
from .fonts import system_font_for as _system_font_for
from .harfbuzz import Glyph, shape_glyphs

Direction = Literal["ltr", "rtl"]

EMOJI_STAND_IN = "\u25a1"  # a white square: visible, and says "a picture was here"
#: faces whose runs are always shaped by HarfBuzz and drawn glyph by glyph
GLYPH_FACES = frozenset({ARABIC, ARABIC_BOLD, HEBREW, HEBREW_BOLD, EMOJI})
#: scripts written left to right whose letters change shape or place by their neighbours: the Indic scripts
#: (Devanagari to Sinhala: conjuncts, a vowel sign drawn before its consonant), Thai, Lao, Tibetan, Myanmar,
#: Khmer, Mongolian and the South-East Asian scripts. Drawn letter by letter they are misspelt, so their
#: runs are shaped by HarfBuzz in whichever font draws them.
_COMPLEX = re.compile("[\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u18af\u1900-\u1aaf\u1b00-\u1b7f"
                      "\ua800-\ua8ff\ua900-\uaadf\uabc0-\uabff]")


def has_complex_script(text: str) -> bool:
    """True when ``text`` has letters of a script that must be shaped to be spelt right (see ``_COMPLEX``)."""
    return not text.isascii() and _COMPLEX.search(text) is not None


@dataclass(slots=True)
class ShapedRun:
    """Characters drawn in one face, in one direction, in the order a reader sees them (read-only).

    ``glyphs``: the run shaped by HarfBuzz, in visual order, drawn glyph by
    glyph; None: ``text`` is drawn in ``face`` as it is. ``slant``: the
    horizontal shear of an upright face standing in for an italic one.
    ``start``: where the run's text begins in the line (logical order), so a
    PDF can write the runs in reading order for text extraction.
    """

    text: str
    face: str
    direction: Direction = "ltr"
    glyphs: tuple[Glyph, ...] | None = None
    slant: float = 0.0
    start: int = 0

    def width(self, size: float) -> float:
        """The run's advance at ``size`` points, in the face it is drawn with."""
        if self.glyphs is not None:
            return sum(g.advance for g in self.glyphs) * size / 1000.0
        if self.face in BUNDLED:  # the width table holds the very numbers ReportLab reads
            from .text import plain_width

            return plain_width(self.text, self.face, size)
        from reportlab.pdfbase import pdfmetrics

        return pdfmetrics.stringWidth(self.text, self.face, size)


def shape(text: str, face: str = REGULAR, report: FontReport | None = None,
          direction: Direction | None = None) -> tuple[ShapedRun, ...]:
    """One line of ``text`` as runs to draw one after the other, left to right; substitutions go to ``report``.

    ``direction`` is the paragraph's base direction (None: the line's own, from
    its first strong character). A line drawn with the bundled faces alone is
    remembered (they never change): a second export shapes it no more. A line
    that needs a font of this system is shaped each time, as that font may
    come or go.
    """
    if text.isascii():
        return (ShapedRun(text, face),)
    key = (text, face, direction)
    runs = _shaped.get(key)
    if runs is not None:
        return runs
    # a line that needed this system's fonts (or found none): remembered with what it had to say, for as
    # long as no other system font has come (and the font finder is the same: tests replace it)
    other = (text, face, direction, system_fonts_known(), system_font_for)
    found = _shaped_with_system.get(other)
    if found is None:
        said = FontReport()
        runs = _shape(text, face, said, direction)
        if not said.said and all(run.face in BUNDLED for run in runs):
            if len(_shaped) > 50_000:
                _shaped.clear()
            _shaped[key] = runs
            return runs
        found = (runs, tuple(said.said))
        if len(_shaped_with_system) > 10_000:
            _shaped_with_system.clear()
        _shaped_with_system[other] = found
    runs, warnings = found
    if report is not None:
        report.add(warnings)
    return runs


_shaped: dict[tuple[str, str, Direction | None], tuple[ShapedRun, ...]] = {}
_shaped_with_system: dict[tuple[object, ...], tuple[tuple[ShapedRun, ...], tuple[ExportWarning, ...]]] = {}


def _shape(text: str, face: str, report: FontReport, direction: Direction | None) -> tuple[ShapedRun, ...]:
    text, spans = _face_spans(strip_controls(clean_text(text, report)), face, report)
    rtl = has_rtl(text)
    astral = max(text, default="") > "\uffff"  # beyond the BMP: ReportLab's text maps cannot say it, glyphs can
    complex_script = has_complex_script(text)
    if not rtl and not astral and not complex_script and all(f not in GLYPH_FACES for _s, _e, f, _sl in spans):
        return tuple(ShapedRun(text[s:e], f, "ltr", None, slant, s) for s, e, f, slant in spans)
    line_levels = levels(text, direction or paragraph_direction(text)) if rtl else [0] * len(text)
    pieces: list[tuple[int, int, int]] = []
    faces: dict[int, tuple[str, float]] = {}
    for s, e, f, slant in spans:
        k = s
        for j in range(s + 1, e + 1):
            if j == e or line_levels[j] != line_levels[k]:
                pieces.append((k, j, line_levels[k]))
                faces[k] = (f, slant)
                k = j
    runs = []
    for s, e, level in visual_order(pieces):
        f, slant = faces[s]
        part = text[s:e]
        odd = level % 2 == 1
        if odd or f in GLYPH_FACES or (astral and max(part) > "\uffff") or (complex_script and has_complex_script(part)):
            glyphs = shape_glyphs(part, face_path(f), odd)
            runs.append(ShapedRun(part, f, "rtl" if odd else "ltr", glyphs, slant, s))
        else:
            runs.append(ShapedRun(part, f, "ltr", None, slant, s))
    return tuple(runs)


def line_width(runs: tuple[ShapedRun, ...], size: float) -> float:
    """The advance of a shaped line at ``size`` points."""
    return sum(run.width(size) for run in runs)


def needs_shaping(text: str) -> bool:
    """True when measuring ``text`` must go through :func:`shape`: right-to-left text (joined, ligatures)."""
    return has_rtl(text)


def clean_text(text: str, report: FontReport | None = None) -> str:
    """Drop what only shapes an emoji in colour (variation selectors, skin tones, tags, keycaps, and the joiner
    of emoji sequences): each emoji is drawn on its own in the monochrome face, and the layout measured them
    as taking no room (:data:`.text.ZERO_WIDTH`). A joiner in Arabic or Indic text is kept.
    """
    if text.isascii():
        return text
    wide = max(text) > "\uffff"
    if not wide and not any("\ufe00" <= ch <= "\ufe0f" or ch == "\u20e3" for ch in text):
        return text
    return "".join(ch for ch in text if ord(ch) not in ZERO_WIDTH or (ch == "\u200d" and not wide))


def _keeps_previous_face(ch: str) -> bool:
    """Marks and joiners are set in the face of the character before them (one font per cluster).

    Spaces are not: they stay in the text face, as wide as the layout measured them.
    """
    return unicodedata.category(ch) in ("Mn", "Me", "Cf")


def _face_spans(text: str, face: str, report: FontReport | None) -> tuple[str, list[tuple[int, int, str, float]]]:
    """``text`` cut where the face that draws it changes: (start, end, face, slant) in logical order.

    A character no font has is replaced by :data:`EMOJI_STAND_IN` in the text
    returned (one for one, so the spans index both).
    """
    missing: list[int] = []
    spans: list[tuple[int, int, str, float]] = []
    current: tuple[str, float] | None = None
    start = 0
    for k, ch in enumerate(text):
        code = ord(ch)
        use: tuple[str, float] | None
        if current is not None and _keeps_previous_face(ch) and _has(current[0], code):
            use = current
        else:
            use = bundled_face_for(code, face)
            if use is None:
                use = _fallback(ch, current, report)
                if use[0] is _STAND_IN:
                    missing.append(k)
                    use = (REGULAR, 0.0)
        if use != current:
            if current is not None and k > start:
                spans.append((start, k, current[0], current[1]))
            start, current = k, use
    if current is not None:
        spans.append((start, len(text), current[0], current[1]))
    if missing:
        chars = list(text)
        for k in missing:
            chars[k] = EMOJI_STAND_IN
        text = "".join(chars)
    return text, spans


def _has(face: str, code: int) -> bool:
    from .fonts import BUNDLED, face_covers

    if face in BUNDLED:
        return code in face_covers(face)
    from .fonts import _registered_covers

    return _registered_covers(face, chr(code))


def _fallback(ch: str, current: tuple[str, float] | None, report: FontReport | None) -> tuple[str, float]:
    """A system font for a character no bundled face has; else the stand-in square in the regular face."""
    if ch.isspace() or unicodedata.category(ch) == "Cf":  # invisible: never worth a search or a warning
        return current or (REGULAR, 0.0)
    other = system_font_for(ch, current[0] if current else None)
    if other is not None:
        return other, 0.0
    if report:
        example, code = repr(ch), f"{ord(ch):04X}"
        if ord(ch) > 0xFFFF:
            report.warn(N_("emoji (e.g. {example}, U+{code}) not drawable: the bundled emoji font lacks it, so it "
                           "is drawn as {stand_in}"), example=example, code=code, stand_in=EMOJI_STAND_IN)
        elif is_cjk(ch):
            report.warn(N_("CJK text (e.g. {example}, U+{code}) not drawable: no font on this system has it. "
                           "Install a TrueType font for that script (e.g. fonts-wqy-microhei for CJK, "
                           "fonts-unfonts-core for Korean) to draw it, so it is drawn as {stand_in}"),
                        example=example, code=code, stand_in=EMOJI_STAND_IN)
        else:
            report.warn(N_("some characters (e.g. {example}, U+{code}) not drawable: no font on this system has "
                           "them. Install a TrueType font for their script (e.g. fonts-noto-core for Hindi, Tamil, "
                           "Thai and other scripts of South and South-East Asia) to draw them, so they are drawn "
                           "as {stand_in}"), example=example, code=code, stand_in=EMOJI_STAND_IN)
    return (_STAND_IN, 0.0)


_STAND_IN = "stand-in"  #: the marker of a character drawn as EMOJI_STAND_IN


def system_font_for(ch: str, previous: str | None = None) -> str | None:
    """A font of this system for ``ch`` (see :func:`.fonts.system_font_for`); a seam for tests."""
    return _system_font_for(ch, previous)
