"""The canvas's own colours and strokes (the map's colours come from the model and layout)."""

from __future__ import annotations

from PySide6.QtGui import QColor

SELECTION = QColor("#1a73e8")  # selection outline: strong blue, 2.5 pt, visible on every tint
SELECTION_WIDTH = 2.5
FOCUS_CELL = QColor("#1a73e8")
GRID_LINE = QColor("#d5d9e0")
ROW_LINE = QColor("#c4cad3")
TITLE_COLUMN = QColor("#eef1f5")
CANVAS_BACKGROUND = QColor("#e9ecf0")
CANVAS_BACKGROUND_DARK = QColor("#1e2227")  # around the map when the UI is dark; the map keeps its colours
PAPER = QColor("#ffffff")
DROP_INDICATOR = QColor("#1a73e8")
DIMMED_OPACITY = 0.22
SCALE_LINE = QColor("#e1e5ea")
SCALE_ZERO = QColor("#aab2bd")
MUTED = QColor("#4a5360")
PROPOSED = QColor("#b3261e")
MOMENT = QColor("#b3261e")
STICKY_BACKGROUND = QColor(255, 255, 255, 235)
STICKY_SHADOW = QColor(0, 0, 0, 40)


def with_alpha(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


#: The service-blueprint lines, each with its own stroke as in the blueprint literature:
#: interaction solid and heaviest, visibility long dashes, internal interaction dots.
#: (width in points, dash pattern in pen widths or None for solid)
BLUEPRINT_INK = QColor("#3c4550")
BLUEPRINT_STROKES: dict[str, tuple[float, list[float] | None]] = {
    "Line of interaction": (1.8, None),
    "Line of visibility": (1.4, [7.0, 3.5]),
    "Line of internal interaction": (1.4, [1.0, 2.5]),
}
BLUEPRINT_DEFAULT_STROKE: tuple[float, list[float] | None] = (1.4, [6.0, 3.0])
