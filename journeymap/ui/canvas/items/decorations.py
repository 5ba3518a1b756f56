"""The map's header (title, scenario, persona legend) and the service-blueprint lines."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ....layout import BlueprintLine, HeaderLayout, LegendEntry, Rect
from ....layout.style import STYLE
from .. import style
from ..fonts import draw_block
from .base import MapItem
from .shapes import line_pen, paint_marker


class HeaderItem(MapItem):
    """Title, scope, personas and scenario at the top left; the curve legend at the right."""

    kind = "header"

    def __init__(self, header: HeaderLayout, legend: tuple[LegendEntry, ...], marker_size: float) -> None:
        self.legend = legend
        self.marker_size = marker_size
        super().__init__("header", header)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_header(self, header: HeaderLayout, legend: tuple[LegendEntry, ...]) -> bool:
        if legend != self.legend:
            self.prepareGeometryChange()
            self.legend = legend
            self.update()
            self.set_box(header)
            return True
        return self.set_box(header)

    def boundingRect(self) -> QRectF:  # noqa: N802
        w, h = self._size
        bottom = max((e.label.rect.bottom for e in self.legend), default=0.0) - self.box.rect.y
        return QRectF(0, 0, w, max(h, bottom))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        header: HeaderLayout = self.box
        dx, dy = self.origin
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_block(painter, header.title, dx, dy)
        if header.details is not None:
            draw_block(painter, header.details, dx, dy)
        if header.scenario is not None:
            draw_block(painter, header.scenario, dx, dy)
        for entry in self.legend:
            self._draw_entry(painter, entry, dx, dy)

    def _draw_entry(self, painter: QPainter, entry: LegendEntry, dx: float, dy: float) -> None:
        s: Rect = entry.swatch
        y = s.y + s.h / 2 + dy
        painter.setPen(line_pen(entry.colour, 2.2, entry.dash))
        painter.drawLine(QPointF(s.x + dx, y), QPointF(s.right + dx, y))
        painter.save()
        painter.translate(s.x + s.w / 2 + dx, y)
        paint_marker(painter, entry.marker, self.marker_size, entry.colour, hollow=entry.kind == "to_be")
        painter.restore()
        draw_block(painter, entry.label, dx, dy)


class BlueprintLineItem(MapItem):
    """A labelled dashed line across the grid between the blueprint lanes it separates."""

    kind = "blueprint"

    def __init__(self, line: BlueprintLine) -> None:
        super().__init__(line.label, line)
        self.setZValue(8)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def box_rect(self, line: BlueprintLine) -> Rect:
        top = line.text.rect.y if line.text is not None else line.y
        return Rect(line.x0, top, line.x1 - line.x0, line.y - top)

    def boundingRect(self) -> QRectF:  # noqa: N802
        w, h = self._size
        return QRectF(0, 0, w, h + 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        line: BlueprintLine = self.box
        dx, dy = self.origin
        painter.setPen(blueprint_pen(line.label))
        y = line.y + dy
        painter.drawLine(QPointF(0, y), QPointF(self._size[0], y))
        draw_blueprint_label(painter, line, dx, dy)


def blueprint_pen(label: str) -> QPen:
    """Each blueprint line's own stroke from the style table, so the three read apart without colour."""
    stroke = STYLE.blueprint.stroke_of(label)
    dots = bool(stroke.dash) and stroke.dash[0] <= stroke.width
    return style.pen(stroke, Qt.PenCapStyle.RoundCap if dots else None)


def draw_blueprint_label(painter: QPainter, line: BlueprintLine, dx: float = 0.0, dy: float = 0.0) -> None:
    """A blueprint line's name on its plate (in the scene, and in the pinned lane-title column)."""
    if line.text is not None:
        back = QRectF(line.text.rect.x + dx - 2, line.text.rect.y + dy, line.text.rect.w + 4,
                      line.text.rect.h)
        painter.fillRect(back, style.with_alpha(style.TITLE_COLUMN, 230))
        draw_block(painter, line.text, dx, dy)
