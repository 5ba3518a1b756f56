"""The bundled DejaVu faces registered with Qt, once per process, for everything Qt draws.

The canvas, the slides, the PNG exports and the editor application all draw
text with the faces the layout measures with, so screen, PNG and PDF break
lines at the same words. Registering is done here, once; the others ask.
"""

from __future__ import annotations

from functools import cache

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
    return family


@cache
def emoji_families() -> tuple[str, ...]:
    """The system's colour emoji font (if it has one), then the bundled monochrome Noto Emoji."""
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    colour = [name for name in COLOUR_EMOJI if name in installed][:1]
    font_id = QFontDatabase.addApplicationFont(font_file(EMOJI))
    bundled = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return tuple(colour + bundled[:1])
