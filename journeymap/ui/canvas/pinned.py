"""Pinned headers: the stage/step row and the lane-title column stay on screen while the map scrolls.

They are real scene items laid over the map (not paint in the view's
foreground), so they take the clicks that land on them: the scene asks
:meth:`PinnedHeaders.covering` before it hit-tests the map, and a click on a
pinned step header selects that step, a double-click renames it in place, a
right-click opens its menu, and nothing underneath (a card scrolled beneath the
header) ever gets the event.

Each item draws in layout coordinates and is moved by the scroll offset, so the
header boxes of the layout are also the boxes that are hit-tested.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import MapLayout, StageBox
from . import style
from .fonts import draw_block
from .items import draw_lane_legend, draw_scale_labels
from .items.decorations import blueprint_pen, draw_blueprint_label
from .items.headers import draw_selection_outline, paint_stage_band, paint_step_header
from .sticky import sticky_title

if TYPE_CHECKING:
    from .scene import MapScene

PINNED_Z = 45.0  # over cards, curves and markers (<= 40), under the drop indicator and the in-place editor


class _PinnedItem(QGraphicsItem):
    """One pinned strip; ``rect`` is where its headers sit in the layout (local coordinates)."""

    def __init__(self, owner: PinnedHeaders, z: float) -> None:
        super().__init__()
        self.owner = owner
        self.rect = QRectF()
        self.setZValue(z)
        self.setVisible(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptHoverEvents(True)  # hovering a pinned header never shows what lies beneath

    def set_rect(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.rect

    def exposed(self, option: QStyleOptionGraphicsItem) -> QRectF:
        """The part to paint: what Qt exposed, within what the window shows (``render`` exposes all)."""
        area = option.exposedRect.adjusted(-1, -1, 1, 1)
        shown = self.owner.visible.translated(-self.pos())
        return area.intersected(shown.adjusted(-2, -2, 2, 2)) if not shown.isEmpty() else area


class PinnedHeaderRow(_PinnedItem):
    """The stage bands and step headers, moved down to the window's top edge."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        owner = self.owner
        layout = owner.scene.layout
        o = layout.options
        area = self.exposed(option)
        title_right = owner.title_right()
        if self.pos().y() == 0:
            # In its own place the row is shown only for the stage name that follows the visible part
            # of its band; the scene's own headers beneath look the same everywhere else.
            for stage in layout.stages.values():
                r = stage.rect
                if r.x < title_right < r.right:
                    self._paint_stage(painter, stage, title_right, layout)
            return
        painter.fillRect(QRectF(layout.grid.x, self.rect.y(), o.lane_title_width, self.rect.height()), style.PAPER)
        for stage in layout.stages.values():
            r = stage.rect
            if r.right < area.left() or r.x > area.right():
                continue
            self._paint_stage(painter, stage, title_right, layout)
        for step in layout.steps.values():
            r = step.rect
            if r.right < area.left() or r.x > area.right():
                continue
            paint_step_header(painter, step, 0.0, 0.0)
            owner.outline_if_selected(painter, step.step_id, QRectF(r.x, r.y, r.w, r.h))
        if self.pos().y() > 0:  # lifted off the map: a soft edge under the row
            painter.setPen(QPen(style.STICKY_SHADOW, 2))
            bottom = self.rect.bottom()
            painter.drawLine(QPointF(area.left(), bottom + 1), QPointF(area.right(), bottom + 1))

    def _paint_stage(self, painter: QPainter, stage: StageBox, title_right: float, layout: MapLayout) -> None:
        """A stage band, its name moved onto the part right of the pinned lane titles."""
        title = sticky_title(stage.title, stage.rect, title_right, layout.options.cell_padding)
        paint_stage_band(painter, stage, title, 0.0, 0.0)
        r = stage.rect
        self.owner.outline_if_selected(painter, stage.stage_id, QRectF(r.x, r.y, r.w, r.h))

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.rect.adjusted(0, 0, 0, 3)  # the shadow line


class PinnedLaneTitles(_PinnedItem):
    """The lane-title column (with the emotion scale, its legend and the blueprint line labels)."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        owner = self.owner
        scene = owner.scene
        layout = scene.layout
        o = layout.options
        area = self.exposed(option)
        for lane in layout.lanes.values():
            r = lane.rect
            if r.bottom < area.top() or r.y > area.bottom():
                continue
            band = QRectF(r.x, r.y, o.lane_title_width, r.h)
            painter.fillRect(band, style.TITLE_COLUMN)
            painter.setPen(QPen(style.ROW_LINE, style.GRID_WIDTH))
            painter.drawLine(band.bottomLeft(), band.bottomRight())
            draw_block(painter, lane.title)
            owner.outline_if_selected(painter, lane.lane_id, band)
        for scale in scene.scales.values():
            draw_scale_labels(painter, scale.box)
        for legend in scene.legends.values():
            draw_lane_legend(painter, legend.box, legend.marker_size)
        for line in layout.blueprint_lines:  # the line's start and its name stay readable when pinned
            painter.setPen(blueprint_pen(line.label))
            painter.drawLine(QPointF(line.x0, line.y), QPointF(line.x0 + o.lane_title_width, line.y))
            draw_blueprint_label(painter, line)
        painter.setPen(QPen(style.STICKY_SHADOW, 2))
        x = self.rect.right()
        painter.drawLine(QPointF(x + 1, max(area.top(), self.rect.top())), QPointF(x + 1, area.bottom()))

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.rect.adjusted(0, 0, 3, 0)


class PinnedCorner(_PinnedItem):
    """The blank corner where the pinned row and column meet (covers both)."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.fillRect(self.rect, style.TITLE_COLUMN if self.pos().x() > 0 else style.PAPER)


class PinnedHeaders:
    """The three pinned strips of one scene, placed for the part of the map a view shows."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.row = PinnedHeaderRow(self, PINNED_Z)
        self.column = PinnedLaneTitles(self, PINNED_Z + 1)
        self.corner = PinnedCorner(self, PINNED_Z + 2)
        self.enabled = True
        self.visible = QRectF()  # the scene rect the view shows
        self._shows: tuple = ()  # the layout parts the strips were last painted from
        for item in self.items():
            scene.addItem(item)
        scene.session.selection_changed.connect(lambda _payload: self.repaint())

    def items(self) -> tuple[_PinnedItem, ...]:
        return (self.row, self.column, self.corner)

    def title_right(self) -> float:
        """Where the lane-title column ends on screen (in layout x)."""
        return self.visible.left() + self.scene.layout.options.lane_title_width

    def place(self, visible: QRectF) -> None:
        """Pin the headers to the window's top and left edges; ``visible`` is the scene rect on screen.

        Called on every scroll and every edit, so it repaints only what changed: a strip that moves is
        repainted by Qt; the strips' content only when the headers themselves changed (a card edit
        leaves them alone), and the row when a sideways scroll moves a stage's name along its band.
        """
        scrolled_sideways = visible.left() != self.visible.left()
        self.visible = QRectF(visible)
        layout = self.scene.layout
        g = layout.grid
        o = layout.options
        shift_x = visible.left() - g.x
        shift_y = visible.top() - g.y
        header_h = max((s.rect.bottom for s in layout.steps.values()), default=g.y) - g.y
        pinned_left = self.enabled and shift_x > 1 and bool(layout.lanes)
        pinned_top = self.enabled and shift_y > 1 and bool(layout.steps)
        self.row.set_rect(QRectF(g.x, g.y, g.w, header_h))
        self.row.setPos(0, shift_y if pinned_top else 0)
        self.row.setVisible(pinned_top or (pinned_left and header_h > 0))
        self.column.set_rect(QRectF(g.x, g.y + header_h, o.lane_title_width, max(0.0, g.h - header_h)))
        self.column.setPos(shift_x if pinned_left else 0, 0)
        self.column.setVisible(pinned_left)
        self.corner.set_rect(QRectF(g.x, g.y, o.lane_title_width, header_h))
        self.corner.setPos(shift_x if pinned_left else 0, shift_y if pinned_top else 0)
        self.corner.setVisible((pinned_left or pinned_top) and header_h > 0)
        shows = (layout.stages, layout.steps, layout.lanes, layout.emotion, layout.blueprint_lines,
                 (o.lane_title_width, o.cell_padding, o.marker_size))
        if len(shows) != len(self._shows) or any(a is not b for a, b in zip(shows[:-1], self._shows, strict=False)) \
                or shows[-1] != self._shows[-1]:
            self._shows = shows
            self.repaint()
        elif scrolled_sideways and self.row.isVisible():
            self.row.update()

    def repaint(self) -> None:
        for item in self.items():
            if item.isVisible():
                item.update()

    def offset_of(self, kind: str) -> QPointF:
        """How far a stage/step header or a lane title is drawn from its place in the map."""
        item = self.row if kind in ("stage", "step") else self.column
        return item.pos() if item.isVisible() else QPointF()

    def covering(self, pos: QPointF) -> tuple[bool, QPointF | None]:
        """Whether a pinned strip covers scene point ``pos``; if so, the point of the map it shows there.

        The second value is None over the blank corner (nothing of the map is shown there).
        """
        for item in (self.corner, self.column, self.row):
            if item.isVisible() and item.rect.contains(pos - item.pos()):
                return True, (None if item is self.corner else pos - item.pos())
        return False, None

    def outline_if_selected(self, painter: QPainter, obj_id: str, rect: QRectF) -> None:
        item = self.scene.item_for(obj_id)
        if item is not None and item.isSelected():
            draw_selection_outline(painter, rect)
