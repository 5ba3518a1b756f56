"""MapView: the scrollable, zoomable window onto the map, with keyboard editing and sticky headers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsView, QWidget

from ...layout import StageBox
from ...model import Card
from ..session import EditSession
from . import clipboard, style
from .fonts import draw_block
from .items import CardItem, draw_lane_legend, draw_scale_labels
from .items.headers import draw_selection_outline, paint_stage_band, paint_step_header
from .scene import MapScene
from .sticky import sticky_title

MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
ZOOM_STEP = 1.25
WHEEL_STEP = 1.15


class MapView(QGraphicsView):
    """The canvas widget; owns its :class:`MapScene`. See the package docstring for the contract."""

    zoom_changed = Signal(float)

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.map_scene = MapScene(session, parent=self)
        self.setScene(self.map_scene)
        self.setSceneRect(self.map_scene.map_rect)  # the scene's own rect may be larger (it only grows)
        self.map_scene.map_rect_changed.connect(self.setSceneRect)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Journey map canvas")
        self.setAccessibleDescription("Arrow keys move between cells, Enter edits, N adds a card, Delete removes")
        self.sticky_headers = True
        self._pan_from: QPoint | None = None
        self._space_held = False
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._base = max(1.0, self.logicalDpiX()) / 72.0
        self.setTransform(QTransform.fromScale(self._base, self._base))
        self.map_scene.focus_cell_changed.connect(self._reveal_focus_cell)

    # -- zoom ------------------------------------------------------------------------
    def zoom_factor(self) -> float:
        """1.0 is true size: one point of the map is one point on the screen."""
        return self.transform().m11() / self._base

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor``, keeping the scene point under ``anchor`` (viewport pixels) still."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if anchor is None:
            anchor = QPointF(self.viewport().width() / 2, self.viewport().height() / 2)
        before = self.transform().inverted()[0].map(anchor + self._scroll_offset())
        scale = factor * self._base
        self.setTransform(QTransform.fromScale(scale, scale))
        after = self.transform().map(before) - self._scroll_offset()
        delta = after - anchor
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(delta.x()))
        v.setValue(v.value() + round(delta.y()))
        self.zoom_changed.emit(self.zoom_factor())

    def _scroll_offset(self) -> QPointF:
        """Where the viewport's top-left sits in transformed scene pixels."""
        origin = self.mapToScene(QPoint(0, 0))
        return self.transform().map(origin)

    def _pointer_anchor(self) -> QPointF | None:
        pos = self.viewport().mapFromGlobal(self.cursor().pos())
        return QPointF(pos) if self.viewport().rect().contains(pos) else None

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * ZOOM_STEP, self._pointer_anchor())

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / ZOOM_STEP, self._pointer_anchor())

    def zoom_100(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        self.map_scene.flush()
        rect = self.map_scene.map_rect
        vw, vh = max(1, self.viewport().width() - 2), max(1, self.viewport().height() - 2)
        factor = min(vw / rect.width(), vh / rect.height()) / self._base
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.setTransform(QTransform.fromScale(factor * self._base, factor * self._base))
        self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom_factor())

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom_factor() * WHEEL_STEP ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # -- panning -------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton or (
                event.button() == Qt.MouseButton.LeftButton and self._space_held):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._pan_from is not None:
            pos = event.position().toPoint()
            d = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - d.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - d.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space_held
                                      else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- keyboard ------------------------------------------------------------------
    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.map_scene.show_focus(True)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        editor = self.map_scene.router.editing.editor
        self.map_scene.show_focus(editor is not None)

    def _editing_text(self) -> bool:
        editor = self.map_scene.router.editing.editor
        return editor is not None and not editor.finished

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self._editing_text():
            super().keyPressEvent(event)
            return
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_held:
            self._space_held = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        arrows = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0),
                  Qt.Key.Key_Down: (1, 0)}
        if key in arrows and not ctrl:
            self.move_focus(*arrows[key])
            return True
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_selected()
            return True
        if key in (Qt.Key.Key_N, Qt.Key.Key_Insert) and not ctrl:
            self.add_card_at_current()
            return True
        if key == Qt.Key.Key_Escape:
            self.map_scene.router.cancel()
            self.map_scene.select_ids([])
            return True
        if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Backspace:
            self.delete_selected()
            return True
        if ctrl and key == Qt.Key.Key_D:
            self.duplicate_selected()
            return True
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected()
            return True
        if event.matches(QKeySequence.StandardKey.Cut):
            self.cut_selected()
            return True
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return True
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
            return True
        if ctrl and key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus):
            self.zoom_in()
            return True
        if ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
            return True
        if ctrl and key == Qt.Key.Key_0:
            self.zoom_to_fit()
            return True
        if ctrl and key == Qt.Key.Key_1:
            self.zoom_100()
            return True
        return False

    def move_focus(self, d_row: int, d_col: int) -> None:
        """Arrow keys: between the cards of a cell first, then to the neighbouring cell."""
        scene = self.map_scene
        layout = scene.layout
        lanes, steps = list(layout.lanes), list(layout.steps)
        if not lanes or not steps:
            return
        cell = scene.focus_cell or (lanes[0], steps[0])
        in_cell = self._cards_in(cell)
        chosen = [c for c in in_cell if c in scene.session.selection]
        if d_row and chosen:
            k = in_cell.index(chosen[-1] if d_row > 0 else chosen[0]) + d_row
            if 0 <= k < len(in_cell):
                scene.select_ids([in_cell[k]])
                self._reveal_card(in_cell[k])
                return
        row = max(0, min(len(lanes) - 1, lanes.index(cell[0]) + d_row))
        col = max(0, min(len(steps) - 1, steps.index(cell[1]) + d_col))
        target = (lanes[row], steps[col])
        scene.set_focus_cell(target)
        cards = self._cards_in(target)
        scene.select_ids([] if not cards else [cards[-1] if d_row < 0 else cards[0]])

    def _cards_in(self, cell: tuple[str, str]) -> list[str]:
        boxes = [b for b in self.map_scene.layout.cards.values() if (b.lane_id, b.step_id) == cell]
        return [b.card_id for b in sorted(boxes, key=lambda b: b.index)]

    def _reveal_focus_cell(self, cell) -> None:
        if cell is not None:
            r = self.map_scene.layout.cells[cell]
            self.ensureVisible(QRectF(r.x, r.y, r.w, min(r.h, 200)), 40, 40)

    def _reveal_card(self, card_id: str) -> None:
        item = self.map_scene.cards.get(card_id)
        if item is not None:
            self.ensureVisible(item, 40, 40)

    # -- the contract with the window --------------------------------------------------
    def add_card_at_current(self) -> None:
        """A new card in the focused cell (or the selected card's cell), edited in place."""
        scene = self.map_scene
        cell = scene.focus_cell
        for obj_id in scene.session.selection:
            box = scene.layout.cards.get(obj_id)
            if box is not None:
                cell = (box.lane_id, box.step_id)
                break
        if cell is not None:
            self._reveal_focus_cell(cell)
            scene.router.editing.add_card(cell)

    def edit_selected(self) -> None:
        """Edit the selected card's text, or rename the selected stage, step or lane, in place."""
        scene = self.map_scene
        editing = scene.router.editing
        for obj_id in scene.session.selection:
            item = scene.item_for(obj_id)
            if item is None:
                continue
            if isinstance(item, CardItem):
                self._reveal_card(obj_id)
                editing.edit_card(obj_id)
            else:
                self.ensureVisible(item, 40, 40)
                editing.rename(item.kind, obj_id)
            return
        if scene.focus_cell is not None and not self._cards_in(scene.focus_cell):
            editing.add_card(scene.focus_cell)

    def delete_selected(self) -> None:
        self.map_scene.router.editing.delete(self.session.selection)

    def duplicate_selected(self) -> None:
        self.map_scene.router.editing.duplicate(self.session.selection)

    def copy_selected(self) -> bool:
        return clipboard.copy_ids(self.map_scene, self.session.selection)

    def cut_selected(self) -> bool:
        return clipboard.cut_ids(self.map_scene, self.session.selection)

    def paste(self) -> list[str]:
        return clipboard.paste(self.map_scene)

    def select_all(self) -> None:
        """Select every card on the map."""
        self.map_scene.select_ids(list(self.map_scene.layout.cards))

    def set_filter(self, predicate: Callable[[Card], bool] | None) -> None:
        """Dim the cards for which ``predicate`` is False; ``None`` shows all again."""
        self.map_scene.set_filter(predicate)

    def reveal(self, obj_id: str) -> None:
        """Scroll to an object and select it (cards, steps, stages, lanes)."""
        scene = self.map_scene
        item = scene.item_for(obj_id)
        if item is None:
            return
        scene.select_ids([obj_id])
        box = scene.layout.cards.get(obj_id)
        if box is not None:
            scene.set_focus_cell((box.lane_id, box.step_id))
        self.ensureVisible(item, 60, 60)

    # -- sticky lane titles and stage/step headers -----------------------------------------
    def _scrolled(self, _value: int) -> None:
        if self.sticky_headers:
            self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        if not self.sticky_headers:
            return
        layout = self.map_scene.layout
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        o = layout.options
        shift_x = visible.left() - layout.grid.x
        shift_y = visible.top() - layout.grid.y
        pinned_left = shift_x > 1 and layout.lanes
        pinned_top = shift_y > 1 and layout.steps
        x_span = (rect.left() - 1, rect.right() + 1)
        y_span = (rect.top() - 1, rect.bottom() + 1)
        if pinned_left and rect.left() < visible.left() + o.lane_title_width:
            painter.save()
            painter.translate(shift_x, 0)
            for lane in layout.lanes.values():
                r = lane.rect
                if r.bottom < y_span[0] or r.y > y_span[1]:
                    continue
                band = QRectF(r.x, r.y, o.lane_title_width, r.h)
                painter.fillRect(band, style.TITLE_COLUMN)
                painter.setPen(QPen(style.ROW_LINE, 1))
                painter.drawLine(band.bottomLeft(), band.bottomRight())
                draw_block(painter, lane.title)
            for scale in self.map_scene.scales.values():
                draw_scale_labels(painter, scale.box)
            for legend in self.map_scene.legends.values():
                draw_lane_legend(painter, legend.box, legend.marker_size)
            painter.setPen(QPen(style.STICKY_SHADOW, 2))
            x = layout.grid.x + o.lane_title_width
            top = max(visible.top(), layout.grid.y)  # not across the map's title above the grid
            painter.drawLine(QPointF(x + 1, top), QPointF(x + 1, visible.bottom()))
            painter.restore()
        header_h = max((s.rect.bottom for s in layout.steps.values()), default=layout.grid.y) - layout.grid.y
        title_right = visible.left() + o.lane_title_width  # where the pinned lane-title column ends
        if pinned_top and rect.top() < visible.top() + header_h:
            painter.save()
            painter.translate(0, shift_y)
            painter.fillRect(QRectF(layout.grid.x, layout.grid.y, o.lane_title_width, header_h), style.PAPER)
            for stage in layout.stages.values():
                if stage.rect.right < x_span[0] or stage.rect.x > x_span[1]:
                    continue
                self._paint_stage(painter, stage, title_right)
            for step in layout.steps.values():
                r = step.rect
                if r.right < x_span[0] or r.x > x_span[1]:
                    continue
                paint_step_header(painter, step, 0.0, 0.0)
                self._outline_if_selected(painter, step.step_id, r)
            bottom = layout.grid.y + header_h
            painter.setPen(QPen(style.STICKY_SHADOW, 2))
            painter.drawLine(QPointF(visible.left(), bottom + 1), QPointF(visible.right(), bottom + 1))
            painter.restore()
        elif pinned_left and rect.top() < layout.grid.y + header_h and rect.bottom() > layout.grid.y:
            # scrolled sideways only: the stage under the pinned column keeps its name on screen
            for stage in layout.stages.values():
                if stage.rect.x < title_right < stage.rect.right and stage.rect.right > x_span[0]:
                    self._paint_stage(painter, stage, title_right)
            painter.fillRect(QRectF(visible.left(), layout.grid.y, o.lane_title_width, header_h),
                             style.TITLE_COLUMN)
        if pinned_left and pinned_top:
            painter.fillRect(QRectF(visible.left(), visible.top(), o.lane_title_width, header_h),
                             style.TITLE_COLUMN)

    def _paint_stage(self, painter: QPainter, stage: StageBox, title_right: float) -> None:
        """A stage band drawn over the scene, its name moved onto the part right of ``title_right``."""
        title = sticky_title(stage.title, stage.rect, title_right, self.map_scene.layout.options.cell_padding)
        paint_stage_band(painter, stage, title, 0.0, 0.0)
        self._outline_if_selected(painter, stage.stage_id, stage.rect)

    def _outline_if_selected(self, painter: QPainter, obj_id: str, r) -> None:
        item = self.map_scene.item_for(obj_id)
        if item is not None and item.isSelected():
            draw_selection_outline(painter, QRectF(r.x, r.y, r.w, r.h))
