"""Shaped glyphs in a PDF: ReportLab embeds the fonts, HarfBuzz chose the glyphs, the text stays searchable.

ReportLab maps characters to glyphs through a font's cmap, which has no
entry for a joined Arabic letter, the lam-alef ligature or a mirrored
bracket. A :class:`GlyphFont` is a second registration of a font file whose
"characters" are private codes, one per (glyph, advance, text) met: ReportLab
subsets and embeds the glyphs as usual, the PDF's width table gives each code
HarfBuzz's advance, and the ToUnicode map written here gives each code the
text it stands for, so search, copy and ``pdftotext`` see real Arabic and
Hebrew words, not private characters.

A glyph standing for several characters (the lam-alef ligature) is written as
the glyph for the first and zero-width blanks for the others, one character
each, so extraction tools that reorder right-to-left text character by
character (poppler, pypdf) put them back in reading order.

The editor exports and autosaves on worker threads, so nothing here swaps a
ReportLab function or shares unguarded state: a glyph font hands out its
codes under a lock, and its ToUnicode maps are written into the document's
own objects after ReportLab has made them.
"""

from __future__ import annotations

import threading
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from ..layout.fonts import REGISTRY_LOCK, face_path
from ..layout.harfbuzz import Glyph, blank_glyph

_FIRST_CODE = 0xF0000  # Supplementary Private Use Area-A: no real character is ever drawn with these


def _hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(name: str, subset: list[int], texts: dict[int, str]) -> str:
    """A ToUnicode CMap for one 256-code subset: each code to the text of its glyph (several characters ok)."""
    entries = [f"<{i:02X}> <{_hex(texts.get(code, chr(code)))}>" for i, code in enumerate(subset)
               if texts.get(code, chr(code))]  # a mark drawn on a letter has no text: no entry
    out = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
           f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0", ">> def",
           f"/CMapName /{name} def", "/CMapType 2 def", "1 begincodespacerange",
           f"<00> <{len(subset) - 1:02X}>", "endcodespacerange"]
    for k in range(0, len(entries), 100):  # at most 100 entries per block, as the CMap format asks
        chunk = entries[k:k + 100]
        out += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    out += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(out)


class GlyphFont(TTFont):
    """A font file registered so that each code draws one chosen glyph with a chosen advance and text."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path, asciiReadable=0)
        # a name of its own: ReportLab names embedded subsets after the face, and the same file may also be
        # registered as a plain font (DejaVu Sans): one name would make the two share one embedded subset
        self.face.name = self.face.name + b"-Shaped"
        self.path = path
        self.texts: dict[int, str] = {}
        self._codes: dict[tuple[int, float, str], str] = {}
        self._next = _FIRST_CODE
        self._lock = threading.Lock()  # PDFs are written on several threads at once; each code is given once
        self.blank = blank_glyph(path)
        self._plans: WeakKeyDictionary[Any, dict[Any, Any]] = WeakKeyDictionary()

    def plans(self, doc: Any) -> dict[Any, Any]:
        """What the PDF writer worked out about this font's runs for ``doc`` (gone with the document)."""
        found = self._plans.get(doc)
        if found is None:
            found = self._plans[doc] = {}
        return found

    def code(self, gid: int, advance: float, text: str) -> str:
        """The private character that draws glyph ``gid`` advancing ``advance`` (1/1000 em) and reads ``text``."""
        key = (gid, advance, text)
        found = self._codes.get(key)
        if found is not None:
            return found
        with self._lock:
            found = self._codes.get(key)
            if found is None:
                code = self._next
                self._next += 1
                # what draws and reads the code is in place before any other thread can be handed the code
                self.face.charToGlyph[code] = gid
                self.face.charWidths[code] = advance
                self.texts[code] = text
                found = self._codes[key] = chr(code)
        return found

    def glyph_codes(self, glyph: Glyph, rtl: bool) -> str:
        """The codes of one glyph; a ligature's further characters ride on zero-width blanks."""
        text = glyph.text
        if len(text) <= 1:
            return self.code(glyph.gid, glyph.advance, text)
        main = self.code(glyph.gid, glyph.advance, text[0])
        rest = "".join(self.code(self.blank, 0.0, ch) for ch in (text[:0:-1] if rtl else text[1:]))
        return rest + main if rtl else main + rest

    def addObjects(self, doc: object) -> None:
        """As ReportLab's, then each subset's ToUnicode map rewritten to give each code its glyph's text.

        ReportLab's own map would read each private code as itself. Its
        objects are found by the name ReportLab gives them in ``doc``; only
        this document's objects change.
        """
        subsets = [list(subset) for subset in self._assignState(doc).subsets]  # ReportLab forgets them after
        super().addObjects(doc)
        objects = doc.idToObject  # type: ignore[attr-defined]
        for n, subset in enumerate(subsets):
            name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            objects["toUnicodeCMap:" + name].content = to_unicode_cmap(name, subset, self.texts)


_fonts: dict[str, GlyphFont] = {}


def glyph_font(face: str) -> GlyphFont:
    """The glyph registration of ``face`` (a bundled face or a system font), made once per process.

    Once, even when two exports meet a face at the same moment: a second
    registration under the name would replace the first while a document
    is drawing with it.
    """
    font = _fonts.get(face)
    if font is None:
        with REGISTRY_LOCK:
            font = _fonts.get(face)
            if font is None:
                font = GlyphFont(f"JM-Glyphs-{face}", face_path(face))
                pdfmetrics.registerFont(font)
                _fonts[face] = font
    return font
