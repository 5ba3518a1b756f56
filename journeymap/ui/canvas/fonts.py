"""The bundled DejaVu faces for the canvas, so screen and PDF break lines at the same words."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from ...export.qt_fonts import families_for
from ...layout import TextBlock, text_width
from ...layout.bidi import has_rtl

#: Fonts are made this many times larger than the layout's size and drawn scaled
#: down, so fractional point sizes (QFont pixel sizes are whole) keep their size.
_OVERSAMPLE = 4


#: Below this many pixels of type size, lines are drawn as grey bars ("greeking"):
#: unreadable anyway, and a whole large map at fit-to-view repaints many times faster.
GREEK_BELOW_PX = 3.5


def _greek(painter: QPainter, block: TextBlock, dx: float, dy: float, colour: QColor | None,
           scale: float, alpha: int = 90) -> None:
    bar = block.size * 0.45
    if bar * scale < 0.6:
        return  # thinner than a hairline: the card's tinted block is all that shows at this size
    ink = QColor(colour if colour is not None else QColor(block.colour))
    ink.setAlpha(alpha)
    for line, base in zip(block.lines, block.baselines(), strict=False):
        w = min(block.rect.w, text_width(line, block.font, block.size))
        painter.fillRect(QRectF(block.rect.x + dx, base + dy - bar, w, bar), ink)


def greek_block(painter: QPainter, block: TextBlock, dx: float = 0.0, dy: float = 0.0) -> None:
    """A block's lines as grey bars, whatever the zoom (cards too small to draw as cards)."""
    if block.lines:
        _greek(painter, block, dx, dy, None, abs(painter.worldTransform().m22()) or 1.0, alpha=140)


@cache
def qfont(size: float, bold: bool = False, italic: bool = False, right_to_left: bool = False) -> QFont:
    """A QFont at ``size`` scene units x the oversampling factor, unhinted, no kerning.

    Hinting and kerning are off because the layout measures with the fonts'
    plain advance widths; with them on, Qt's lines would be narrower or wider
    than the PDF's. ``right_to_left``: for a line with Arabic or Hebrew, whose letters
    the layout measures (and the PDF draws) in the bundled Noto faces, not DejaVu's.
    """
    font = QFont()
    font.setFamilies(families_for(right_to_left))
    font.setPixelSize(max(1, round(size * _OVERSAMPLE)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def draw_block(painter: QPainter, block: TextBlock, dx: float = 0.0, dy: float = 0.0,
               colour: QColor | None = None) -> None:
    """Draw a layout TextBlock line by line, exactly as the layout wrapped it.

    ``dx``/``dy`` shift from layout coordinates to the item's own coordinates.
    """
    if not block.lines:
        return
    scale = abs(painter.worldTransform().m22()) or 1.0
    if block.size * scale < GREEK_BELOW_PX:
        _greek(painter, block, dx, dy, colour, scale)
        return
    painter.save()
    # the paragraph's own direction, never the editor's (a cached item paints with the application's)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if block.direction == "rtl"
                               else Qt.LayoutDirection.LeftToRight)
    painter.setPen(colour if colour is not None else QColor(block.colour))
    painter.translate(dx, dy)
    painter.scale(1 / _OVERSAMPLE, 1 / _OVERSAMPLE)
    for line, base in zip(block.lines, block.baselines(), strict=False):
        painter.setFont(qfont(block.size, block.bold, block.italic, has_rtl(line)))
        x = block.rect.x
        if block.align != "left":
            spare = block.rect.w - text_width(line, block.font, block.size)
            x += spare if block.align == "right" else spare / 2
        painter.drawText(QPointF(x * _OVERSAMPLE, base * _OVERSAMPLE), line)
    painter.restore()


def draw_text(painter: QPainter, x: float, baseline: float, text: str, size: float,
              bold: bool = False, italic: bool = False, colour: QColor | None = None) -> None:
    """Draw one short label (tags, scale words) at a baseline, in the bundled face."""
    painter.save()
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a label starts at x whatever the editor's language
    painter.setFont(qfont(size, bold, italic))
    if colour is not None:
        painter.setPen(colour)
    painter.translate(x, baseline)
    painter.scale(1 / _OVERSAMPLE, 1 / _OVERSAMPLE)
    painter.drawText(QPointF(0, 0), text)
    painter.restore()
