"""The canvas's colours and strokes as QColor/QPen values.

The map's own look (grid lines, title column, scale lines, blueprint strokes,
the moment-of-truth red) comes from the one style table, ``layout/style.py``,
which the PDF and SVG exports draw with too; only what exists on screen alone
(selection, focus, the desk around the paper, stickies) is defined here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from ...layout.style import STYLE, Stroke

SELECTION = QColor("#1a73e8")  # selection outline: strong blue, 2.5 pt, visible on every tint
SELECTION_WIDTH = 2.5
FOCUS_CELL = QColor("#1a73e8")
GRID_LINE = QColor(STYLE.grid.line.colour)
GRID_WIDTH = STYLE.grid.line.width
ROW_LINE = QColor(STYLE.grid.line.colour)
TITLE_RULE = QColor(STYLE.grid.title_column_rule.colour)
TITLE_COLUMN = QColor(STYLE.grid.title_column_fill)
HEADER_FILL = QColor(STYLE.grid.header_fill)
CANVAS_BACKGROUND = QColor("#e9ecf0")
CANVAS_BACKGROUND_DARK = QColor("#1e2227")  # around the map when the UI is dark; the map keeps its colours
PAPER = QColor(STYLE.paper)
DROP_INDICATOR = QColor("#1a73e8")
DIMMED_OPACITY = 0.22
SCALE_LINE = QColor(STYLE.emotion.scale_line.colour)
SCALE_ZERO = QColor(STYLE.emotion.scale_zero.colour)
MUTED = QColor(STYLE.muted)
PROPOSED = QColor(STYLE.card.proposed)
MOMENT = QColor(STYLE.grid.moment)
STICKY_BACKGROUND = QColor(255, 255, 255, 235)
STICKY_SHADOW = QColor(0, 0, 0, 40)


def with_alpha(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def pen(stroke: Stroke, cap: Qt.PenCapStyle | None = None) -> QPen:
    """A style-table stroke as a pen: Qt counts dashes in pen widths, the table in points."""
    result = QPen(QColor(stroke.colour), stroke.width)
    if stroke.dash:
        result.setStyle(Qt.PenStyle.CustomDashLine)
        result.setDashPattern([d / stroke.width for d in stroke.dash])
    if cap is not None:
        result.setCapStyle(cap)
    return result
