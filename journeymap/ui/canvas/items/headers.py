"""Stage bands, step headers and lane rows (with their title column)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ....layout import LaneBox, StageBox, StepBox, TextBlock, text_width
from ....layout.paint import moment_strip
from ....layout.style import STYLE
from .. import style
from ..fonts import draw_block
from .base import MapItem
from .selection import draw_selection
from .shapes import star_points


def _selected(option: QStyleOptionGraphicsItem) -> bool:
    return bool(option.state & QStyle.StateFlag.State_Selected)


HEADER_RADIUS = STYLE.card.radius  # the cards' corner radius: one outline shape everywhere


def draw_selection_outline(painter: QPainter, rect: QRectF) -> None:
    """The selection's outline just inside a header's or lane's ``rect`` (in the scene and pinned)."""
    draw_selection(painter, rect, HEADER_RADIUS, inside=True)


def paint_stage_band(painter: QPainter, box: StageBox, title: TextBlock | None, dx: float, dy: float) -> None:
    """A stage's band and name; ``dx``/``dy`` shift layout to painter coordinates.

    The pinned header row draws the same band with the name moved (``title``) to
    the part of the band still on screen.
    """
    r = box.rect
    x, y = r.x + dx, r.y + dy
    painter.fillRect(QRectF(x, y, r.w, r.h), QColor(box.colour))
    painter.setPen(style.pen(STYLE.grid.stage_outline))
    painter.drawLine(QPointF(x, y), QPointF(x, y + r.h))  # a white gap between neighbouring bands
    if title is not None:
        draw_block(painter, title, dx, dy)


def paint_step_header(painter: QPainter, box: StepBox, dx: float, dy: float) -> None:
    """A step's header: name, metric badges and the moment-of-truth star (in the scene and pinned)."""
    r = box.rect
    x, y = r.x + dx, r.y + dy
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(x, y, r.w, r.h), style.HEADER_FILL)
    painter.setPen(style.pen(STYLE.grid.line))
    painter.drawLine(QPointF(x, y + r.h), QPointF(x + r.w, y + r.h))
    painter.drawLine(QPointF(x, y), QPointF(x, y + r.h))
    strip = moment_strip(box)
    if strip is not None:
        s = strip.rect
        painter.fillRect(QRectF(s.x + dx, s.y + dy, s.w, s.h), QColor(strip.fill or STYLE.grid.moment))
    draw_block(painter, box.title, dx, dy)
    for badge in box.metrics:
        if badge.lines and not badge.bold:
            tw = text_width(badge.lines[0], badge.font, badge.size)
            pill = QRectF(badge.rect.x + dx - 3, badge.rect.y + dy + 0.5, tw + 6, badge.rect.h - 1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#eceff3"))
            painter.drawRoundedRect(pill, 3, 3)
        draw_block(painter, badge, dx, dy)
    if box.moment_mark is not None:
        m = box.moment_mark
        cx, cy = m.x + dx + m.w / 2, m.y + dy + m.h / 2
        star = QPolygonF([QPointF(cx + px, cy + py) for px, py in star_points(m.w / 2)])
        painter.setPen(QPen(style.MOMENT, STYLE.emotion.marker_outline))
        painter.setBrush(style.MOMENT)
        painter.drawPolygon(star)


class StageItem(MapItem):
    """A stage's coloured band across its steps; drag to reorder, double-click to rename."""

    kind = "stage"

    def __init__(self, box: StageBox) -> None:
        super().__init__(box.stage_id, box)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box: StageBox = self.box
        w, h = self._size
        paint_stage_band(painter, box, box.title, *self.origin)
        if _selected(option):
            draw_selection_outline(painter, QRectF(0, 0, w, h))


class StepItem(MapItem):
    """A step's header: name, moment-of-truth star and label, metric badges."""

    kind = "step"

    def __init__(self, box: StepBox) -> None:
        super().__init__(box.step_id, box)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)

    def content_key(self, box: StepBox) -> object:
        return (box.title.lines, box.moment_of_truth, tuple(b.lines for b in box.metrics),
                None if box.moment_mark is None else (box.moment_mark.w, box.moment_mark.h))

    def set_box(self, box: StepBox) -> bool:
        old = self.box
        if old is not None and old is not box and old.rect is box.rect and old.title is box.title \
                and old.metrics is box.metrics and old.moment_mark is box.moment_mark \
                and old.moment_of_truth == box.moment_of_truth:
            self.box = box  # only the column's length changed (a lane hidden or shown): nothing to draw
            return True
        return super().set_box(box)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box: StepBox = self.box
        w, h = self._size
        paint_step_header(painter, box, *self.origin)
        if _selected(option):
            draw_selection_outline(painter, QRectF(0, 0, w, h))


class LaneItem(MapItem):
    """A lane's row: background, cell lines, and its title column (the only part that takes clicks).

    The shape is the title column alone, so a click or rubber band over the
    cells reaches the cards and empty cells, not the lane.
    """

    kind = "lane"

    def __init__(self, box: LaneBox, columns: tuple[float, ...], title_width: float) -> None:
        self.columns = columns
        self._lines: list[QLineF] = []
        self._lines_for: tuple | None = None
        self.title_width = title_width
        super().__init__(box.lane_id, box)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # paint what is exposed only
        self.setZValue(0)

    def set_columns(self, columns: tuple[float, ...]) -> None:
        if columns != self.columns:
            self.columns = columns
            self.update()

    def content_key(self, box: LaneBox) -> object:
        return (box.title.lines, box.fill, box.hidden, box.kind)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self.title_width, self._size[1]))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box: LaneBox = self.box
        w, h = self._size
        painter.fillRect(QRectF(0, 0, w, h), QColor(box.fill))
        painter.fillRect(QRectF(0, 0, self.title_width, h), style.TITLE_COLUMN)
        painter.setPen(style.pen(STYLE.grid.line))
        x0 = self.box.rect.x
        area = option.exposedRect
        first = bisect_left(self.columns, area.left() + x0 - 1)
        last = bisect_right(self.columns, area.right() + x0 + 1)
        key = (self.columns, x0, h)
        if self._lines_for != key:  # made once per size, not per paint (a wide map has hundreds)
            self._lines = [QLineF(x - x0, 0, x - x0, h) for x in self.columns]
            self._lines_for = key
        painter.drawLines(self._lines[first:last])
        painter.drawLine(QPointF(0, h), QPointF(w, h))
        painter.setPen(style.pen(STYLE.grid.title_column_rule))
        painter.drawLine(QPointF(self.title_width, 0), QPointF(self.title_width, h))
        dx, dy = self.origin
        draw_block(painter, box.title, dx, dy, QColor("#6b7380") if box.hidden else None)
        if _selected(option):
            draw_selection_outline(painter, QRectF(0, 0, w, h))
