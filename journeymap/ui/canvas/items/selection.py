"""The one look of "selected" on the canvas: a solid blue rounded outline of one width.

Cards, stage bands, step headers and lane titles (in the scene and pinned), and the
card being typed in all show it; it used to be three different strokes (a rounded
outline round cards, a square one inside headers, a dashed one round the focused
cell) and a blue block for far-out cards. Far out it keeps two screen pixels, so a
selection is seen at every zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from .. import style

GAP = 2.0  # between an object's edge and its outline, outside (cards) or inside (headers and rows)
MIN_PIXELS = 2.0  # the outline's least width on screen


def selection_pen(painter: QPainter) -> QPen:
    scale = abs(painter.worldTransform().m22()) or 1.0
    pen = QPen(style.SELECTION, max(style.SELECTION_WIDTH, MIN_PIXELS / scale))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw_selection(painter: QPainter, rect: QRectF, radius: float, inside: bool = False) -> None:
    """The selection outline round ``rect`` (a card), or just inside it (a header or row, whose neighbours
    would paint over an outline outside)."""
    pen = selection_pen(painter)
    d = -GAP if not inside else GAP + pen.widthF() / 2 - 1
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    r = max(0.0, radius - d)
    painter.drawRoundedRect(rect.adjusted(d, d, -d, -d), r, r)
    painter.restore()
