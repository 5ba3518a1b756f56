"""The faces text is measured and drawn with: the bundled DejaVu Sans, and a CJK fallback found on the system.

ReportLab embeds TrueType outlines only and has no glyph fallback, so the text
engine (:mod:`.shaping`) picks a face per run: DejaVu Sans for what it covers
(Latin, Greek, Cyrillic and more), else a TrueType CJK font of this system.
The canvas registers the same files with Qt (``QT_FAMILY``), so screen and
paper measure with one set of advance widths.
"""

from __future__ import annotations

import hashlib
import os
import struct
import sys
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

#: The bundled monochrome emoji face (Noto Emoji, OFL): what emoji are measured with, and drawn with
#: where the system has no colour emoji font.
EMOJI = "NotoEmoji"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
FACES = tuple(_FILES)  # the faces of the width table (the emoji face is read only when an emoji is measured)
_OTHER_FILES = {EMOJI: "NotoEmoji-Regular.ttf"}

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


def font_file(face: str) -> str:
    return str(resource_path("fonts", _FILES.get(face) or _OTHER_FILES[face]))


@cache
def register_fonts() -> None:
    """Register the bundled faces with ReportLab (idempotent), for the PDFs.

    Measuring needs only the width table (:mod:`.font_widths`), so ReportLab is
    imported here, not at start-up.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for face in _FILES:
        if face not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(face, font_file(face)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@cache
def cjk_font() -> str | None:
    """Register a TrueType CJK font if the system has one; its name, or None.

    Called only when some text has a character DejaVu lacks, once per process:
    known files first, then the usual font folders of this system.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    candidates = [Path(p) for p in _CJK_CANDIDATES]
    for candidate in [*candidates, *find_cjk_fonts(font_folders(), CJK_PROBE, skip=candidates)]:
        if not candidate.is_file() or not covers(candidate, CJK_PROBE):
            continue
        name = _registered_name(candidate)
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
def sans_covers() -> frozenset[int]:
    """The characters the bundled faces have glyphs for (the three share one character set).

    Read from the width table, which lists exactly the font's mapped characters,
    so asking does not parse the font files.
    """
    from .font_widths import bundled_widths

    return frozenset(bundled_widths()[REGULAR][0])


def is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") and ord(ch) < 0x10000
