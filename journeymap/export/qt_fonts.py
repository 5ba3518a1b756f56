"""The bundled DejaVu faces registered with Qt, once per process, for everything Qt draws.

The canvas, the slides, the PNG exports and the editor application all draw
text with the faces the layout measures with, so screen, PNG and PDF break
lines at the same words. Registering is done here, once; the others ask.
"""

from __future__ import annotations

from functools import cache

from ..layout.text import BOLD, ITALIC, QT_FAMILY, REGULAR, font_file


@cache
def bundled_family() -> str:
    """Register the regular, bold and italic faces with Qt (a Q*Application must exist); their family name."""
    from PySide6.QtGui import QFontDatabase

    family = QT_FAMILY
    for face in (REGULAR, BOLD, ITALIC):
        font_id = QFontDatabase.addApplicationFont(font_file(face))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family
