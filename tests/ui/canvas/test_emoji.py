"""Emoji are drawn as emoji on the canvas, the slides and the PNG: the system's colour emoji font when it has
one, else the bundled monochrome Noto Emoji (never an empty box)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtTest import QTest

from journeymap.export.qt_fonts import COLOUR_EMOJI, emoji_families
from journeymap.layout import text_width
from journeymap.layout.text import REGULAR
from journeymap.ui.canvas.fonts import draw_text

from .conftest import at, double_click

MISSING = "\U000f0001"  # a private-use character no font has: drawn as the "missing glyph" box


def _ink(image: QImage) -> list[tuple[int, int]]:
    """Where the image is dark (the glyph's strokes)."""
    return [(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).lightness() < 128]


def _drawn(text: str) -> QImage:
    image = QImage(120, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.scale(8, 8)
    draw_text(painter, 1, 10, text, 9.0, colour=QColor("#000000"))
    painter.end()
    return image


def test_an_emoji_pasted_into_a_card_is_drawn_as_its_glyph_not_a_box(view, qtbot):
    box = next(iter(view.map_scene.layout.cards.values()))
    double_click(view, at(view, box.rect.x + 12, box.rect.y + 8))
    QTest.keyClick(view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().setText("\U0001f3a7 Headphones \U0001f60d")
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.session.document.card(box.card_id).text == "\U0001f3a7 Headphones \U0001f60d"
    card = view.map_scene.layout.cards[box.card_id]
    assert card.text.lines == ("\U0001f3a7 Headphones \U0001f60d",)
    # the glyphs the canvas draws: headphones and a smiling face, not twice the same missing-glyph box
    headphones, face, missing = _ink(_drawn("\U0001f3a7")), _ink(_drawn("\U0001f60d")), _ink(_drawn(MISSING))
    assert headphones and face
    assert set(headphones) != set(missing) and set(face) != set(missing) and set(headphones) != set(face)
    view.viewport().grab()  # and the card itself paints (a failed font lookup would raise or hang here)


def test_emoji_fall_back_to_a_colour_font_when_the_system_has_one_else_the_bundled_noto_emoji():
    families = emoji_families()
    assert families and families[-1] == "Noto Emoji"
    assert all(name in COLOUR_EMOJI for name in families[:-1])


def test_emoji_are_measured_as_wide_as_they_are_drawn():
    """The layout wraps with the emoji face's widths, so a line of emoji stays inside its card."""
    from PySide6.QtGui import QFontMetricsF

    from journeymap.ui.canvas.fonts import qfont

    metrics = QFontMetricsF(qfont(25.0))  # the canvas's own font, 100 pixels
    for text in ("\U0001f3a7", "\U0001f600\U0001f603\U0001f604", "Arrives \U0001f69a"):
        assert abs(metrics.horizontalAdvance(text) - text_width(text, REGULAR, 100)) < 1.0
