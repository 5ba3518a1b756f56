"""The bundled DejaVu faces registered with Qt, once per process, for everything Qt draws.

The canvas, the slides, the PNG exports and the editor application all draw
text with the faces the layout measures with, so screen, PNG and PDF break
lines at the same words. Registering is done here, once; the others ask.
"""

from __future__ import annotations

from functools import cache

from ..layout.fonts import ARABIC, ARABIC_BOLD, HEBREW, HEBREW_BOLD
from ..layout.text import BOLD, EMOJI, ITALIC, QT_FAMILY, REGULAR, font_file

#: Colour emoji fonts a system may have, best first; the first one installed draws emoji, and the
#: bundled monochrome Noto Emoji draws them where there is none (never a box or a bare outline).
COLOUR_EMOJI = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji", "Twitter Color Emoji",
                "JoyPixels", "EmojiOne Color", "Segoe UI Symbol")


@cache
def bundled_family() -> str:
    """Register the regular, bold and italic faces with Qt (a Q*Application must exist); their family name.

    Also sets the emoji fonts every Qt drawing falls back to (:func:`emoji_families`).
    """
    from PySide6.QtGui import QFontDatabase

    family = QT_FAMILY
    for face in (REGULAR, BOLD, ITALIC):
        font_id = QFontDatabase.addApplicationFont(font_file(face))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    QFontDatabase.setApplicationEmojiFontFamilies(list(emoji_families()))
    right_to_left_families()
    return family


@cache
def right_to_left_families() -> tuple[str, ...]:
    """Register the bundled Arabic and Hebrew faces with Qt; their family names.

    The PDF sets those scripts in these faces: the canvas and the slides draw them in the same ones
    (DejaVu's own Arabic is wider, and overflowed its box). Registered, they are also where Qt
    falls back for faces that lack the scripts, such as DejaVu's oblique (Arabic in italics drew boxes).
    """
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for face in (ARABIC, ARABIC_BOLD, HEBREW, HEBREW_BOLD):
        font_id = QFontDatabase.addApplicationFont(font_file(face))
        for name in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if name not in families:
                families.append(name)
    return tuple(families)


def families_for(right_to_left: bool) -> list[str]:
    """The families a line is drawn in on screen: the bundled face, and for a line with Arabic or Hebrew
    the bundled Noto faces first (the ones the layout measured it with and the PDF draws)."""
    return [*right_to_left_families(), bundled_family()] if right_to_left else [bundled_family()]


@cache
def emoji_families() -> tuple[str, ...]:
    """The system's colour emoji font (if it has one), then the bundled monochrome Noto Emoji."""
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    colour = [name for name in COLOUR_EMOJI if name in installed][:1]
    font_id = QFontDatabase.addApplicationFont(font_file(EMOJI))
    bundled = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return tuple(colour + bundled[:1])
