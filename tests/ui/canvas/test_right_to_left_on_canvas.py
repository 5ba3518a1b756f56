"""Arabic on the canvas sits inside its box, in the faces the PDF draws it with; italics never show boxes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journeymap.export.qt_fonts import bundled_family
from journeymap.layout import BOLD, REGULAR, Rect, TextBlock, text_width
from journeymap.ui.canvas.fonts import draw_block

SCALE = 4  # drawn four times larger, to read the ink to a quarter point


def _ink(image: QImage) -> tuple[float, float]:
    """The leftmost and rightmost columns with ink, in points."""
    columns = [x for x in range(image.width())
               if any(image.pixelColor(x, y).lightness() < 200 for y in range(0, image.height(), 2))]
    return columns[0] / SCALE, (columns[-1] + 1) / SCALE


@pytest.mark.parametrize("bold", [False, True])  # card texts, and step and stage names
def test_a_right_aligned_arabic_line_ends_at_its_boxs_edge_not_beyond(qapp, bold):
    bundled_family()
    line = "يلاحظ الحاجة إلى سماعات جديدة"
    width = text_width(line, BOLD if bold else REGULAR, 10)
    block = TextBlock(Rect(20, 0, width, 16), (line,), BOLD if bold else REGULAR, 10, 16, bold=bold,
                      align="right", direction="rtl")
    image = QImage(round((width + 40) * SCALE), 16 * SCALE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(SCALE, SCALE)
    draw_block(painter, block)
    painter.end()
    left, right = _ink(image)
    assert right <= 20 + width + 0.5  # DejaVu's wider Arabic ran 7 pt past the box (and out of the card)
    assert left >= 20 - 0.5 and right - left >= width * 0.9  # the whole line, inside the box


def test_arabic_in_italics_is_drawn_in_letters_not_boxes(qapp):
    """The empathy board's prompts are italic: DejaVu's oblique has no Arabic, the bundled Noto face does."""
    from PySide6.QtGui import QTextLayout

    bundled_family()
    for family in (bundled_family(), QApplication.font().family()):  # the map's face, the editor's
        italic = QFont(family)
        italic.setItalic(True)
        layout = QTextLayout("ماذا يقولون بصوت عالٍ؟", italic)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        assert runs
        for run in runs:  # glyph 0 is the font's "missing" box
            assert 0 not in run.glyphIndexes(), run.rawFont().familyName()
