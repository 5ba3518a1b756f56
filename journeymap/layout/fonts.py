"""The faces text is measured and drawn with: the bundled fonts, and fallbacks found on the system.

ReportLab embeds TrueType outlines only and has no glyph fallback, so the text
engine (:mod:`.shaping`) picks a face per run: DejaVu Sans for what it covers
(Latin, Greek, Cyrillic and more); Noto Sans Arabic and Noto Sans Hebrew for
those scripts (always, so a word is shaped in one font: DejaVu's bold and
oblique lack hundreds of Arabic characters); Noto Emoji (monochrome
outlines); else a TrueType font of this system that has the run's characters
(CJK, Korean, Thai...). Coverage is checked per face, from the width table.
The canvas registers the same files with Qt (``QT_FAMILY``), so screen and
paper measure with one set of advance widths.
"""

from __future__ import annotations

import hashlib
import os
import struct
import sys
import threading
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import BinaryIO

from ..resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
#: The family name Qt knows the bundled fonts by.
QT_FAMILY = "DejaVu Sans"
ASCENT = 0.7598  # of the em, from the font's hhea table
DESCENT = 0.2402

ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
HEBREW = "NotoSansHebrew"
HEBREW_BOLD = "NotoSansHebrew-Bold"
#: The bundled monochrome emoji face (Noto Emoji, OFL; tools/make_emoji_font.py): what emoji are measured
#: with, drawn with in the PDFs, and on screen where the system has no colour emoji font.
EMOJI = "NotoEmoji"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          ARABIC: "NotoSansArabic-Regular.ttf", ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
          HEBREW: "NotoSansHebrew-Regular.ttf", HEBREW_BOLD: "NotoSansHebrew-Bold.ttf",
          EMOJI: "NotoEmoji-Regular.ttf"}
#: Joiners, variation selectors, skin tones and tags: they change how the emoji before them looks, and
#: take no room of their own (the PDFs drop them: each emoji is drawn in the bundled monochrome face).
ZERO_WIDTH = frozenset({0x200D, 0x20E3, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)})
FACES = (REGULAR, BOLD, ITALIC)  #: the faces text is set in (the others stand in for what these lack)
BUNDLED = tuple(_FILES)  #: every bundled face, in the width table
#: the slant of an upright face standing in for the italic one (Arabic and Hebrew have no italic): 11°,
#: DejaVu Sans Oblique's own
SLANT = 0.194

#: per text face, the bundled faces that stand in for what it lacks, in order, and their slant
_STAND_INS: dict[str, tuple[tuple[str, float], ...]] = {
    REGULAR: ((EMOJI, 0.0),),
    BOLD: ((REGULAR, 0.0), (EMOJI, 0.0)),
    ITALIC: ((REGULAR, SLANT), (EMOJI, 0.0)),
}
#: per text face, the face its Arabic and Hebrew letters are set in
_SCRIPT_FACES: dict[str, tuple[str, str, float]] = {
    REGULAR: (ARABIC, HEBREW, 0.0), BOLD: (ARABIC_BOLD, HEBREW_BOLD, 0.0), ITALIC: (ARABIC, HEBREW, SLANT),
}

CJK = "JM-CJK"  #: the start of the names CJK fonts are registered under

_CJK_CANDIDATES = (  # well-known files, tried before any folder is searched
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msgothic.ttc",
)
CJK_PROBE = "\u4e2d\u65e5"  # 中日: ideographs every Chinese, Japanese and Korean font has
_FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
_MAX_FONT_FILES = 4000  # a folder search never turns into a crawl of a huge collection


@cache
def font_file(face: str) -> str:
    return str(resource_path("fonts", _FILES[face]))


_system_paths: dict[str, str] = {}


#: held while a font is looked for and registered with ReportLab: exports run on several threads, and a
#: font registered twice under one name would swap the object a document is drawing with
REGISTRY_LOCK = threading.RLock()


def system_fonts_known() -> tuple[int, int]:
    """How many system fonts this process has registered and found: a line shaped with them is remembered
    only until another one comes."""
    return len(_system_paths), len(_found_fonts)


def face_path(face: str) -> str:
    """The file a bundled face, or a system font this process registered, is read from."""
    return font_file(face) if face in _FILES else _system_paths[face]


@cache
def register_fonts() -> None:
    """Register the bundled text faces with ReportLab (idempotent), for the PDFs.

    Measuring needs only the width table (:mod:`.font_widths`), so ReportLab is
    imported here, not at start-up. The stand-in faces are drawn glyph by glyph
    (``export/pdf_glyphs.py``), registered there when a text needs them.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with REGISTRY_LOCK:
        for face in FACES:
            if face not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(face, font_file(face)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@cache
def cjk_font() -> str | None:
    """Register a TrueType CJK font if the system has one; its name, or None.

    Called only when some text has a character DejaVu lacks, once per process:
    known files first, then the usual font folders of this system.
    """
    with REGISTRY_LOCK:
        return _register_cjk_font()


def _register_cjk_font() -> str | None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    candidates = [Path(p) for p in _CJK_CANDIDATES]
    for candidate in [*candidates, *find_cjk_fonts(font_folders(), CJK_PROBE, skip=candidates)]:
        if not candidate.is_file() or not covers(candidate, CJK_PROBE):
            continue
        name = _registered_name(candidate)
        _system_paths[name] = str(candidate)
        if name in pdfmetrics.getRegisteredFontNames():
            return name
        try:
            pdfmetrics.registerFont(TTFont(name, str(candidate), subfontIndex=0))
        except Exception:  # embedding forbidden or damaged: ReportLab cannot use it
            continue
        return name
    return None


def _registered_name(font_file: Path) -> str:
    """A ReportLab name that is this file's alone.

    ReportLab keeps the first font registered under a name and silently
    ignores a later one, so one fixed name would let whichever file was found
    first (an earlier search of other folders) draw every later CJK text.
    """
    try:
        info = font_file.stat()
        identity = f"{font_file.resolve()}:{info.st_size}:{info.st_mtime_ns}"
    except OSError:
        identity = str(font_file)
    return f"{CJK}-{hashlib.sha256(os.fsencode(identity)).hexdigest()[:12]}"


def font_folders() -> list[Path]:
    """Where this system keeps fonts: the shared folders and the user's own."""
    home = Path.home()
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                Path("/Library/Fonts"), home / "Library" / "Fonts"]
    if sys.platform == "win32":
        folders = [Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"]
        if os.environ.get("LOCALAPPDATA"):
            folders.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
        return folders
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return list(dict.fromkeys([Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts",
                               data_home / "fonts", home / ".local" / "share" / "fonts"]))


def find_cjk_fonts(folders: list[Path], probe: str = CJK_PROBE, skip: list[Path] | tuple[Path, ...] = ()) -> Iterator[Path]:
    """Font files under ``folders`` that ReportLab can embed (TrueType outlines) and that draw ``probe``.

    CFF-flavoured OpenType (most ``.otf``) is skipped: ReportLab embeds only
    glyf outlines. Only a file's table directory and cmap are read, so the
    search stays quick; files are visited in sorted order for the same pick
    on every run.
    """
    seen = {str(p) for p in skip}
    count = 0
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                if not name.lower().endswith(_FONT_SUFFIXES):
                    continue
                count += 1
                if count > _MAX_FONT_FILES:
                    return
                path = Path(root, name)
                if str(path) not in seen and covers(path, probe):
                    seen.add(str(path))
                    yield path


def covers(path: Path, probe: str) -> bool:
    """True when the font file (first face of a collection) has glyf outlines and maps every probe character."""
    try:
        with path.open("rb") as f:
            return _sfnt_covers(f, probe)
    except (OSError, struct.error, ValueError):
        return False


def _sfnt_covers(f: BinaryIO, probe: str) -> bool:
    start = 0
    head = f.read(12)
    if head[:4] == b"ttcf":
        f.seek(12)
        start = struct.unpack(">I", f.read(4))[0]
        f.seek(start)
        head = f.read(12)
    if head[:4] not in (b"\x00\x01\x00\x00", b"true"):
        return False  # "OTTO": CFF outlines
    tables = {}
    for _ in range(struct.unpack(">H", head[4:6])[0]):
        tag, _sum, offset, length = struct.unpack(">4sIII", f.read(16))
        tables[tag] = (offset, length)
    if b"glyf" not in tables or b"CFF " in tables or b"cmap" not in tables:
        return False
    offset, length = tables[b"cmap"]
    f.seek(offset)
    cmap = f.read(min(length, 8 << 20))
    return all(_cmap_has(cmap, ord(ch)) for ch in probe)


def _cmap_has(cmap: bytes, code: int) -> bool:
    """Whether a Unicode cmap subtable (format 4 or 12) maps ``code`` to a glyph."""
    count = struct.unpack_from(">H", cmap, 2)[0]
    for k in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * k)
        if not (platform == 0 or (platform == 3 and encoding in (1, 10))):
            continue
        fmt = struct.unpack_from(">H", cmap, offset)[0]
        if fmt == 12:
            groups = struct.unpack_from(">I", cmap, offset + 12)[0]
            for g in range(groups):
                first, last, glyph = struct.unpack_from(">III", cmap, offset + 16 + 12 * g)
                if first <= code <= last:
                    return glyph + code - first != 0
        elif fmt == 4 and code <= 0xFFFF:
            seg2 = struct.unpack_from(">H", cmap, offset + 6)[0]
            ends = offset + 14
            starts = ends + seg2 + 2
            deltas = starts + seg2
            ranges = deltas + seg2
            for i in range(0, seg2, 2):
                end = struct.unpack_from(">H", cmap, ends + i)[0]
                if code > end:
                    continue
                first = struct.unpack_from(">H", cmap, starts + i)[0]
                if code < first:
                    break
                delta = struct.unpack_from(">h", cmap, deltas + i)[0]
                range_offset = struct.unpack_from(">H", cmap, ranges + i)[0]
                if range_offset == 0:
                    return (code + delta) & 0xFFFF != 0
                glyph = struct.unpack_from(">H", cmap, ranges + i + range_offset + 2 * (code - first))[0]
                return glyph != 0
    return False


@cache
def face_covers(face: str) -> frozenset[int]:
    """The characters the bundled ``face`` has glyphs for: each face its own (DejaVu's bold and oblique lack some).

    Read from the width table, which lists exactly the font's mapped characters,
    so asking does not parse the font files.
    """
    from .font_widths import bundled_widths

    return frozenset(bundled_widths()[face][0])


def sans_covers() -> frozenset[int]:
    """The characters the regular text face has glyphs for."""
    return face_covers(REGULAR)


def is_arabic(code: int) -> bool:
    return 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def is_hebrew(code: int) -> bool:
    return 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F


@cache
def bundled_face_for(code: int, face: str) -> tuple[str, float] | None:
    """The bundled face (and slant) that draws character ``code`` for text set in ``face``; None: none has it.

    Arabic and Hebrew letters always go to their script's face, so a word is
    shaped in one font; everything else to ``face`` when it has the glyph, else
    to the first stand-in that has it (an Arabic quote in italics is never a box).
    """
    arabic, hebrew, slant = _SCRIPT_FACES.get(face, _SCRIPT_FACES[REGULAR])
    script = arabic if is_arabic(code) else hebrew if is_hebrew(code) else None
    if script is not None and code in face_covers(script):
        return script, slant
    if face in _FILES and code in face_covers(face):  # DejaVu's own emoticons too: the canvas draws those
        return face, 0.0
    if code > 0xFFFF and code in face_covers(EMOJI):
        return EMOJI, 0.0
    for other, other_slant in _STAND_INS.get(face, _STAND_INS[REGULAR]):
        if code in face_covers(other):
            return other, other_slant
    return None


def system_font_for(ch: str, previous: str | None = None) -> str | None:
    """A TrueType font of this system that draws ``ch`` (registered with ReportLab), or None.

    Chosen by the character the run must draw, not by a fixed probe: a
    Korean-only font is found for Hangul, a Thai font for Thai. ``previous``
    (the font of the character before) is kept when it has ``ch``, so a run
    stays in one font; then the fonts already found; then a search, at most
    once per block of 256 characters that no font on this system has.
    """
    if previous is not None and _registered_covers(previous, ch):
        return previous
    for name in _system_fonts():
        if _registered_covers(name, ch):
            return name
    if ord(ch) >> 8 in _blocks_without_font:
        return None
    found = _find_system_font(ch)
    if found is None:
        _blocks_without_font.add(ord(ch) >> 8)
    return found


_found_fonts: list[str] = []
_blocks_without_font: set[int] = set()


def _system_fonts() -> list[str]:
    name = cjk_font()
    return [name, *_found_fonts] if name else list(_found_fonts)


def _registered_covers(name: str, ch: str) -> bool:
    """Whether the font registered with ReportLab as ``name`` draws ``ch``; False for a name not registered.

    Asked before ``getFont``: for a name it does not have, ReportLab reads every
    AFM file it knows looking for it (50 ms, each time), and a line of characters
    no font here has asks once per character.
    """
    from reportlab.pdfbase import pdfmetrics

    if name not in pdfmetrics.getRegisteredFontNames():
        return False
    try:
        mapped = pdfmetrics.getFont(name).face.charToGlyph
    except (KeyError, AttributeError):
        return False
    return ord(ch) in mapped


@cache
def _find_system_font(probe: str) -> str | None:
    """Search the known files, then the font folders, for a TrueType font with ``probe``; register it."""
    with REGISTRY_LOCK:
        return _register_system_font(probe)


def _register_system_font(probe: str) -> str | None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    candidates = [Path(p) for p in _CJK_CANDIDATES]
    for candidate in [*candidates, *find_cjk_fonts(font_folders(), probe, skip=candidates)]:
        if not candidate.is_file() or not covers(candidate, probe):
            continue
        name = _registered_name(candidate)
        _system_paths[name] = str(candidate)
        if name not in pdfmetrics.getRegisteredFontNames():
            try:
                pdfmetrics.registerFont(TTFont(name, str(candidate), subfontIndex=0))
            except Exception:  # embedding forbidden or damaged: ReportLab cannot use it
                continue
        if name not in _found_fonts:
            _found_fonts.append(name)
        return name
    return None


def is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") and ord(ch) < 0x10000
