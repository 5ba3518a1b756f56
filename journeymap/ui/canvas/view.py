"""MapView: the scrollable, zoomable window onto the map, with keyboard editing and pinned headers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QKeySequence, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsView, QToolTip, QWidget

from ...i18n import tr
from ...model import Card
from ..session import EditSession
from .card_tips import card_tip
from .items import CardItem
from .scene import MapScene

MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
READABLE_ZOOM = 1.0  # a map opens at least this large (100 %: card text at its printed size)
ZOOM_STEP = 1.25
WHEEL_STEP = 1.15


class MapView(QGraphicsView):
    """The canvas widget; owns its :class:`MapScene`. See the package docstring for the contract."""

    zoom_changed = Signal(float)

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the map reads in its own order whatever the editor's language: an Arabic editor mirrors its
        # menus and panels, never the journey (its cards' words are laid out by the map's layout)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
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
        self.setAccessibleName(tr("Journey map canvas"))
        self.setAccessibleDescription(tr("Arrow keys move between cells and cards, Enter or F2 edits, N adds a card, Delete removes"))
        self._pan_from: QPoint | None = None
        self._space_held = False
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._base = max(1.0, self.logicalDpiX()) / 72.0
        #: "readable" or "fit" while the zoom follows the window's size; None once the user zoomed
        self.auto_zoom: str | None = None
        self._auto_zooming = False
        self.setTransform(QTransform.fromScale(self._base, self._base))
        self.map_scene.focus_cell_changed.connect(self._reveal_focus_cell)
        self.map_scene.layout_applied.connect(self._pin_headers)
        from .accessible import make_accessible  # the canvas as a screen reader reads it

        self.speech = make_accessible(self)

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
        self.auto_zoom = None
        self._set_scale(scale)
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

    # -- the zoom a map opens at, and keeps while the user has not zoomed ---------------------
    def fit_factor(self) -> float:
        """The zoom at which the whole map fits the window."""
        rect = self.map_scene.map_rect
        vw, vh = max(1, self.viewport().width() - 2), max(1, self.viewport().height() - 2)
        return max(MIN_ZOOM, min(MAX_ZOOM, min(vw / rect.width(), vh / rect.height()) / self._base))

    def open_readable(self) -> None:
        """100 % or the fit zoom, whichever is larger, from the map's top-left corner.

        A large map fitted to the window is too small to read (21 % on a laptop);
        a small one is shown whole. Resizing the window applies the rule again
        until the user zooms (see :attr:`auto_zoom`).
        """
        self.auto_zoom = "readable"
        self._apply_auto_zoom()

    def _apply_auto_zoom(self) -> None:
        if self.auto_zoom == "fit":
            self._fit()
            return
        factor = max(READABLE_ZOOM, self.fit_factor())
        scale = factor * self._base
        self._set_scale(scale)
        rect = self.map_scene.map_rect
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self.ensureVisible(QRectF(rect.left(), rect.top(), 1, 1), 0, 0)
        self.zoom_changed.emit(self.zoom_factor())

    def _set_scale(self, scale: float) -> None:
        self._auto_zooming = True
        try:
            self.setTransform(QTransform.fromScale(scale, scale))
        finally:
            self._auto_zooming = False

    def view_state(self) -> dict[str, float]:
        """Zoom and the map point at the window's top-left, to reopen a file where it was left."""
        origin = self.mapToScene(QPoint(0, 0))
        return {"zoom": round(self.zoom_factor(), 4), "x": round(origin.x(), 1), "y": round(origin.y(), 1)}

    def restore_view_state(self, state: dict) -> bool:
        """Show the map at a remembered :meth:`view_state`; False when ``state`` is not one."""
        try:
            zoom, x, y = float(state["zoom"]), float(state["x"]), float(state["y"])
        except (KeyError, TypeError, ValueError):
            return False
        self.auto_zoom = None
        self._set_scale(max(MIN_ZOOM, min(MAX_ZOOM, zoom)) * self._base)
        corner = self.transform().map(QPointF(x, y))
        origin = self.transform().map(self.mapToScene(QPoint(0, 0)))
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(corner.x() - origin.x()))
        v.setValue(v.value() + round(corner.y() - origin.y()))
        self.zoom_changed.emit(self.zoom_factor())
        return True

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * ZOOM_STEP, self._pointer_anchor())

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / ZOOM_STEP, self._pointer_anchor())

    def zoom_100(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        """Ctrl+0: the whole map; it stays fitted as the window is resized until the user zooms."""
        self.auto_zoom = "fit"
        self._fit()

    def _fit(self) -> None:
        factor = self.fit_factor()
        self._set_scale(factor * self._base)
        self.centerOn(self.map_scene.map_rect.center())
        self.zoom_changed.emit(self.zoom_factor())

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom_factor() * WHEEL_STEP ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = card_tip(self.map_scene, self.mapToScene(event.pos()), self.transform().m22())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

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

    # -- pictures dropped on a card or a cell (journeymap/ui/canvas/picture_drop.py) -------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        from .picture_drop import accept_drag

        if not accept_drag(self, event):
            event.ignore()  # a map file dropped on the canvas goes on to the window, which opens it

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        from .picture_drop import accept_drag

        if not accept_drag(self, event):
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        from .picture_drop import clear_target

        clear_target(self)

    def dropEvent(self, event) -> None:  # noqa: N802
        from .picture_drop import drop

        if not drop(self, event):
            event.ignore()

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
        from . import clipboard  # loads with the first copy or paste

        return clipboard.copy_ids(self.map_scene, self.session.selection)

    def cut_selected(self) -> bool:
        from . import clipboard  # loads with the first copy or paste

        return clipboard.cut_ids(self.map_scene, self.session.selection)

    def paste(self) -> list[str]:
        from . import clipboard  # loads with the first copy or paste

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

    def reveal_whole(self, obj_id: str) -> None:
        """Scroll so all of a stage, step, lane or card is on screen and clear of the pinned headers."""
        layout = self.map_scene.layout
        box = (layout.stages.get(obj_id) or layout.steps.get(obj_id) or layout.lanes.get(obj_id)
               or layout.cards.get(obj_id))
        if box is None:
            return
        r = box.rect
        o = layout.options
        header_h = max((s.rect.bottom for s in layout.steps.values()), default=layout.grid.y) - layout.grid.y
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        scale = self.transform().m11()
        margin = 12.0
        if obj_id not in layout.lanes:  # columns: right of the pinned lane titles
            left, right = visible.left() + o.lane_title_width + margin, visible.right() - margin
            dx = r.x - left if r.x < left else min(r.right - right, r.x - left) if r.right > right else 0.0
            h = self.horizontalScrollBar()
            h.setValue(h.value() + round(dx * scale))
        if obj_id in layout.lanes or obj_id in layout.cards:  # rows: below the pinned header row
            top, bottom = visible.top() + header_h + margin, visible.bottom() - margin
            dy = r.y - top if r.y < top else min(r.bottom - bottom, r.y - top) if r.bottom > bottom else 0.0
            v = self.verticalScrollBar()
            v.setValue(v.value() + round(dy * scale))

    # -- pinned lane titles and stage/step headers (journeymap/ui/canvas/pinned.py) ------------
    @property
    def sticky_headers(self) -> bool:
        return self.map_scene.pinned.enabled

    @sticky_headers.setter
    def sticky_headers(self, on: bool) -> None:
        self.map_scene.pinned.enabled = on
        self._pin_headers()

    def _pin_headers(self) -> None:
        self.map_scene.pinned.place(self.mapToScene(self.viewport().rect()).boundingRect())

    def _scrolled(self, _value: int) -> None:
        self._pin_headers()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.auto_zoom is not None:
            self._apply_auto_zoom()
        self._pin_headers()

    def setTransform(self, matrix: QTransform, combine: bool = False) -> None:  # noqa: N802
        super().setTransform(matrix, combine)
        self._pin_headers()
