"""The map scene: one item per layout box, kept up to date from the Document's change records.

The session hands over one change set per undo step; the layout is then brought
up to date at once by ``layout.relayout`` with the ids the changes touched (card edits re-lay
out their cells; other edits re-run the layout, which hands back the very same
box for everything unchanged). Items are then compared box by box, identity
first: a moved box just moves its item, a changed one repaints it, new ids get
new items, gone ids lose theirs. The scene is never rebuilt on an edit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from ...export.qt_fonts import bundled_family
from ...i18n import language
from ...layout import LayoutOptions, MapLayout, layout_map, relayout
from ...layout.lane_visibility_cards import RowCards
from ...model import Card, Change, ChangeSet
from ..session import EditSession
from ..theme import is_dark
from . import style
from .items import (
    ArrowItem,
    BlueprintLineItem,
    CardItem,
    CurveItem,
    EmotionLegendItem,
    EmotionScaleItem,
    HeaderItem,
    LaneItem,
    MapItem,
    MarkerBox,
    MarkerItem,
    ScaleBox,
    StageItem,
    StepItem,
)
from .live_card import LiveCard
from .pinned import PinnedHeaders

Cell = tuple[str, str]  # (lane_id, step_id)
CardFilter = Callable[[Card], bool]

SELECTABLE_KINDS = ("card", "stage", "step", "lane", "arrow")
PINNED_KINDS = ("stage", "step", "lane")  # what a pinned header shows
MARGIN = 24.0  # canvas around the paper, in points
#: The most lines a card's face shows on the canvas: one long quote must not stretch its whole row.
#: The rest is in the inspector, the tooltip and the spotlight; every export shows all of it.
CARD_LINES = 6
#: change kinds the layout does not draw (comment markers follow their own changes: ui/comments)
NOT_ON_THE_GRID = ("note", "thread", "comment")


def changed_ids(changes: Iterable[Change]) -> list[str]:
    """The ids a batch of change records touched (a score's are its step and persona), in order, once."""
    return list(dict.fromkeys(obj_id for change in changes for obj_id in change.ids))


class MapScene(QGraphicsScene):
    """The journey map as items; edits come in as change records from the session."""

    focus_cell_changed = Signal(object)
    map_rect_changed = Signal(object)  # QRectF: the paper and the desk around it
    layout_applied = Signal()  # the items show a new layout (the pinned headers are placed again)

    def __init__(self, session: EditSession, options: LayoutOptions | None = None, parent=None) -> None:
        super().__init__(parent)
        bundled_family()
        self.session = session
        self.options = options or LayoutOptions(card_max_lines=CARD_LINES)
        # A BSP index: paints and hit tests look at the few items in view, not all of them.
        # Safe because every item calls prepareGeometryChange before its bounds change.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.set_dark(is_dark())
        self.stats: Counter[str] = Counter()  # created / updated / removed items, for tests and benchmarks
        self.cards: dict[str, CardItem] = {}
        self._parked: dict[str, CardItem] = {}  # items of cards in lanes just hidden, out of the scene
        self.stages: dict[str, StageItem] = {}
        self.steps: dict[str, StepItem] = {}
        self.lanes: dict[str, LaneItem] = {}
        self.curves: dict[tuple[str, str], CurveItem] = {}
        self.markers: dict[tuple[str, str, str], MarkerItem] = {}
        self.scales: dict[str, EmotionScaleItem] = {}
        self.legends: dict[str, EmotionLegendItem] = {}  # the emotion lane's persona legend, by lane id
        self.blueprint: dict[str, BlueprintLineItem] = {}
        self.arrows: dict[str, ArrowItem] = {}
        self.header: HeaderItem | None = None
        # The paper is drawn with the background, not as an item: when the map grows or shrinks only
        # the strip that changed is repainted (a resized item would repaint the whole map).
        self.paper = QRectF()
        self.map_rect = QRectF()
        # The cell N adds a card to: a faint tint under the cards, not another outline (the selection's is
        # the only one), shown once the user has picked a cell (a click, the arrows), not on opening.
        self.focus_item = QGraphicsRectItem()
        self.focus_item.setPen(QPen(Qt.PenStyle.NoPen))
        self.focus_item.setBrush(QBrush(style.with_alpha(style.FOCUS_CELL, 30)))
        self.focus_item.setZValue(0.95)  # over the lanes' rows (z < 0.9), under cards and curves
        self.focus_item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(self.focus_item)
        self.focus_cell: Cell | None = None
        self.focus_chosen = False  # the user put the focus on a cell (the first cell is only a default)
        self.focus_visible = False  # the view shows the cell focus only while it has keyboard focus
        self.card_filter: CardFilter | None = None
        self._layout: MapLayout | None = None
        self._dirty = True
        self._pending: list[Change] = []
        self._syncing_selection = False
        from .interactions import InteractionRouter  # cycle: interactions need the scene type

        self.router = InteractionRouter(self)
        self.pinned = PinnedHeaders(self)
        self.live = LiveCard(self)
        session.changed.connect(self._on_change)
        session.selection_changed.connect(self._on_session_selection)
        self.selectionChanged.connect(self._on_scene_selection)
        self.flush()

    def _set_paper(self, rect: QRectF) -> None:
        old, self.paper = self.paper, rect
        if old.isEmpty():
            self.update(rect)
            return
        if old.width() != rect.width():
            self.update(old.united(rect))
            return
        top, bottom = sorted((old.bottom(), rect.bottom()))
        self.update(QRectF(rect.x(), top, rect.width(), bottom - top))

    def drawBackground(self, painter, rect: QRectF) -> None:  # noqa: N802 (Qt override)
        super().drawBackground(painter, rect)
        paper = self.paper.intersected(rect)
        if not paper.isEmpty():
            painter.fillRect(paper, style.PAPER)

    def set_dark(self, dark: bool) -> None:
        """The desk around the map follows the UI's scheme; the map's paper does not."""
        self.setBackgroundBrush(QBrush(style.CANVAS_BACKGROUND_DARK if dark else style.CANVAS_BACKGROUND))

    # -- layout ------------------------------------------------------------------
    @property
    def layout(self) -> MapLayout:
        """The layout the items show (always the map's: each change set is laid out as it arrives)."""
        assert self._layout is not None
        return self._layout

    def _on_change(self, changes: ChangeSet) -> None:
        self._dirty = True
        self._pending.extend(changes)
        self.flush()

    def flush(self, *_args: Any) -> None:
        """Bring the items up to date with the map, if anything changed."""
        if not self._dirty:
            return
        if self.live.active:
            self.live.end()  # the map changed under the editor: its preview is laid out again on the next key
        self._dirty = False
        pending, self._pending = self._pending, []
        old = self._layout
        if old is not None and pending and all(c.kind in NOT_ON_THE_GRID for c in pending):
            return  # empathy notes and comments are not laid out: typing them costs the canvas nothing
        journey = self.session.journey
        with language(journey.language):  # the map's own labels ("Pain points", "Delighted") as its exports print them
            if old is None or not pending or any(c.kind == "map" and "language" in c.fields for c in pending):
                new = layout_map(journey, self.options)
            else:
                new = relayout(old, journey, changed_ids(pending), pending)
        if old is None or new.steps is not old.steps:  # relayout keeps the grid's dicts for card edits
            self.stats["full_layouts"] += 1
        self.apply_layout(new)

    def rebuild(self) -> None:
        """Throw every item away and make them again (benchmarks compare an edit against this)."""
        for registry in (self.cards, self.stages, self.steps, self.lanes, self.curves, self.markers,
                         self.scales, self.legends, self.blueprint, self.arrows):
            for item in registry.values():
                self.removeItem(item)
            registry.clear()
        if self.header is not None:
            self.removeItem(self.header)
            self.header = None
        self._parked.clear()
        self._layout = None
        self._dirty = True
        self._pending.clear()
        self.flush()

    def apply_layout(self, new: MapLayout) -> None:
        """Update items from ``new``, touching only those whose box changed."""
        old = self._layout
        self._layout = new
        o = new.options
        if old is None or (old.width, old.height) != (new.width, new.height):
            self._set_paper(QRectF(0, 0, new.width, new.height))
            self.map_rect = QRectF(-MARGIN, -MARGIN, new.width + 2 * MARGIN, new.height + 2 * MARGIN)
            # The scene's own rect only grows: Qt rebuilds its whole item index whenever it changes,
            # which costs more than the edit. Views scroll over map_rect (MapView keeps it).
            grown = self.map_rect.united(self.sceneRect()) if old is not None else self.map_rect
            if grown != self.sceneRect():
                self.setSceneRect(grown)
            self.map_rect_changed.emit(self.map_rect)
        grid_kept = old is not None and new.steps is old.steps and new.lanes is old.lanes \
            and new.stages is old.stages  # a card-only re-layout: the grid's items need no look
        if not grid_kept:
            columns = tuple(sorted({s.column.x for s in new.steps.values()}))
            self._sync(self.stages, new.stages, StageItem)
            self._sync(self.steps, new.steps, StepItem)
            self._sync(self.lanes, new.lanes, lambda box: LaneItem(box, columns, o.lane_title_width))
            for row, lane_id in enumerate(new.lanes):
                item = self.lanes[lane_id]
                item.set_columns(columns)
                z = min(row, 999) * 0.0009  # lower rows over upper ones at their shared edge, as a fresh
                if item.zValue() != z:      # scene stacks them, even for a lane shown again
                    item.setZValue(z)
        if old is None or new.cards is not old.cards:
            if not self._sync_moved_rows(old, new):
                self._parked.clear()
                self._sync(self.cards, new.cards, self._make_card, self._apply_filter_to)
        if old is None or new.emotion is not old.emotion:
            self._sync_emotion(new, old)
        if old is None or new.arrow_specs or old.arrow_specs:  # arrows follow their cards (routes are cheap)
            self._sync(self.arrows, {route.arrow_id: route for route in new.arrows}, ArrowItem)
        if old is None or new.blueprint_lines is not old.blueprint_lines:
            self._sync(self.blueprint, {line.label: line for line in new.blueprint_lines}, BlueprintLineItem)
        if old is None or new.header is not old.header or new.legend is not old.legend:
            self._sync_header(new)
        if self.focus_cell is not None and self.focus_cell not in new.cells:
            self.focus_cell = None
        if self.focus_cell is None and new.cells:
            self.focus_cell = next(iter(new.cells))
        self._place_focus()
        self.layout_applied.emit()

    def _sync(self, registry: dict, boxes: dict, make: Callable[[Any], QGraphicsItem],
              on_update: Callable[[Any], None] | None = None, among: Iterable[Any] | None = None) -> None:
        """Items of ``registry`` made, updated or removed to show ``boxes``.

        ``among`` limits the removals to those keys (one row's cards); by default every key is looked at.
        """
        for key in [k for k in (registry if among is None else among) if k not in boxes]:
            self.removeItem(registry.pop(key))
            self.stats["removed"] += 1
        for key, box in boxes.items():
            item = registry.get(key)
            if item is None:
                item = registry[key] = make(box)
                self.addItem(item)
                self.stats["created"] += 1
                if isinstance(item, MapItem) and item.obj_id in self.session.selection:
                    item.setSelected(True)
            elif item.set_box(box):
                self.stats["updated"] += 1
                if on_update is not None:
                    on_update(item)

    def _sync_moved_rows(self, old: MapLayout | None, new: MapLayout) -> bool:
        """Card items after a lane was hidden or shown: rows that moved as a whole just move their items.

        Returns False when ``new``'s cards were not made that way from ``old``'s (then compare every box).
        """
        cards = new.cards
        if old is None or not isinstance(cards, RowCards) or cards.parent is not old.cards:
            return False
        for lane_id, row in cards.parent_rows.items():
            if lane_id not in cards.rows:
                for card_id in row.boxes:
                    item = self.cards.pop(card_id, None)
                    if item is not None:
                        self.removeItem(item)
                        self._parked[card_id] = item  # a hidden lane is often shown again: keep its items
                        self.stats["removed"] += 1
        for lane_id, row in cards.rows.items():
            was = cards.parent_rows.get(lane_id)
            if was is row:
                continue
            if was is not None and was.boxes is row.boxes:
                dy, items = row.dy, self.cards
                for card_id, box in row.boxes.items():
                    r = box.rect
                    items[card_id].move_to(r.x, r.y + dy, cards)
                self.stats["moved"] += len(row.boxes)
                continue
            self._sync(self.cards, {card_id: row.box(card_id) for card_id in row.boxes}, self._unpark_card,
                       self._apply_filter_to, among=() if was is None else was.boxes)
        return True

    def _unpark_card(self, box: Any) -> CardItem:
        """The item a hidden lane's card had, showing ``box`` (a new one if there is none)."""
        item = self._parked.pop(box.card_id, None)
        if item is None:
            return self._make_card(box)
        item.set_box(box)
        self._apply_filter_to(item)
        return item

    def _make_card(self, box: Any) -> CardItem:
        item = CardItem(box)
        self._apply_filter_to(item)
        return item

    def _sync_emotion(self, new: MapLayout, old: MapLayout | None = None) -> None:
        """Scale, curves and markers; only the markers of points that changed are looked at again."""
        emo = new.emotion
        scales: dict[str, ScaleBox] = {}
        legends: dict[str, Any] = {}
        curves: dict[tuple[str, str], Any] = {}
        if emo is not None:
            lane = new.lanes[emo.lane_id]
            x0 = lane.rect.x
            rect = type(emo.band)(x0, emo.band.y, emo.band.right - x0, emo.band.h)
            scales[emo.lane_id] = ScaleBox(rect, emo.band, tuple(emo.scale_ticks), emo.vmin, emo.vmax)
            curves = {(curve.persona_id, curve.kind): curve for curve in emo.curves}
            if emo.legend is not None:
                legends[emo.lane_id] = emo.legend
        size = new.options.marker_size + 1
        self._sync(self.scales, scales, lambda box: EmotionScaleItem(emo.lane_id, box))
        self._sync(self.legends, legends, lambda box: EmotionLegendItem(emo.lane_id, box, size))
        self._sync(self.curves, curves, CurveItem)
        fill = new.lanes[emo.lane_id].fill if emo is not None else "#ffffff"
        if old is None or old.emotion is None or emo is None or old.emotion.band != emo.band \
                or old.lanes[old.emotion.lane_id].fill != fill:
            self._sync(self.markers, {key: box for curve in curves.values()
                                      for key, box in self._marker_boxes(curve, curve.points, size, fill)},
                       MarkerItem)
            return
        before = {(c.persona_id, c.kind): c for c in old.emotion.curves}
        if before.keys() - curves.keys():
            for key in [k for k in self.markers if (k[0], k[1]) not in curves]:
                self.removeItem(self.markers.pop(key))
                self.stats["removed"] += 1
        for key, curve in curves.items():
            was = before.get(key)
            if was is curve:
                continue
            points = curve.points
            if was is not None and (was.colour, was.marker) == (curve.colour, curve.marker):
                old_points = {p.step_id: p for p in was.points}
                for step_id in old_points.keys() - {p.step_id for p in points}:
                    self.removeItem(self.markers.pop((*key, step_id)))
                    self.stats["removed"] += 1
                points = [p for p in points if old_points.get(p.step_id) != p
                          or was.labels.get(p.step_id) != curve.labels.get(p.step_id)
                          or was.label_blocks.get(p.step_id) != curve.label_blocks.get(p.step_id)]
            elif was is not None:
                for step_id in {p.step_id for p in was.points} - {p.step_id for p in points}:
                    self.removeItem(self.markers.pop((*key, step_id)))
                    self.stats["removed"] += 1
            for marker_key, box in self._marker_boxes(curve, points, size, fill):
                item = self.markers.get(marker_key)
                if item is None:
                    item = self.markers[marker_key] = MarkerItem(box)
                    self.addItem(item)
                    self.stats["created"] += 1
                elif item.set_box(box):
                    self.stats["updated"] += 1

    @staticmethod
    def _marker_boxes(curve: Any, points: Iterable[Any], size: float, fill: str) -> list[tuple[tuple, MarkerBox]]:
        return [((curve.persona_id, curve.kind, p.step_id), MarkerBox(
            curve.persona_id, curve.kind, p.step_id, p.x, p.y, p.value, curve.colour, curve.marker, size,
            curve.labels.get(p.step_id, ""), curve.label_blocks.get(p.step_id), fill,
        )) for p in points]

    def _sync_header(self, new: MapLayout) -> None:
        if new.header is None:
            if self.header is not None:
                self.removeItem(self.header)
                self.header = None
            return
        legend = tuple(new.legend)
        if self.header is None:
            self.header = HeaderItem(new.header, legend, new.options.marker_size + 1)
            self.addItem(self.header)
            self.stats["created"] += 1
        elif self.header.set_header(new.header, legend):
            self.stats["updated"] += 1

    # -- lookups -------------------------------------------------------------------
    def item_for(self, obj_id: str) -> MapItem | None:
        for registry in (self.cards, self.steps, self.stages, self.lanes, self.arrows):
            if obj_id in registry:
                return registry[obj_id]
        return None

    def map_item_at(self, pos: QPointF, kinds: Iterable[str] | None = None) -> Any:
        """The topmost map item under a scene point (optionally of some kinds only).

        Where a pinned header covers the point, it is that header (or nothing, over the
        blank corner): what is scrolled beneath the pinned row and column is never hit.
        """
        wanted = tuple(kinds) if kinds is not None else None
        covered, shown = self.pinned.covering(pos)
        if covered:
            if shown is None:
                return None
            pos = shown
            wanted = tuple(k for k in (wanted or PINNED_KINDS) if k in PINNED_KINDS)
        for item in self.items(pos):
            kind = getattr(item, "kind", "")
            if not kind or item is self.focus_item:
                continue
            if wanted is None or kind in wanted:
                return item
        return None

    def cell_at(self, pos: QPointF) -> Cell | None:
        """The cell under a scene point; None where a pinned header covers it."""
        if self.pinned.covering(pos)[0]:
            return None
        return self.layout.cell_at(pos.x(), pos.y())

    def pinned_at(self, pos: QPointF) -> bool:
        """Whether a pinned header (or the blank corner between them) covers a scene point."""
        return self.pinned.covering(pos)[0]

    # -- focus cell ----------------------------------------------------------------
    def set_focus_cell(self, cell: Cell | None) -> None:
        if cell is not None and cell not in self.layout.cells:
            return
        if not self.focus_chosen:
            self.focus_chosen = True
            self._place_focus()
        if cell != self.focus_cell:
            self.focus_cell = cell
            self._place_focus()
            self.focus_cell_changed.emit(cell)

    def show_focus(self, visible: bool) -> None:
        self.focus_visible = visible
        self._place_focus()

    def _place_focus(self) -> None:
        if not self.focus_visible or not self.focus_chosen or self.focus_cell is None or self._layout is None \
                or self.focus_cell not in self._layout.cells:
            self.focus_item.setVisible(False)
            return
        r = self._layout.cells[self.focus_cell]
        self.focus_item.setRect(QRectF(r.x + 0.5, r.y + 0.5, r.w - 1, r.h - 1))
        self.focus_item.setVisible(True)

    # -- selection -------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        return [i.obj_id for i in self.selectedItems() if getattr(i, "kind", "") in SELECTABLE_KINDS]

    def _on_scene_selection(self) -> None:
        if self._syncing_selection:
            return
        self.session.select(self.selected_ids(), origin=self)

    def _on_session_selection(self, payload: tuple) -> None:
        ids, origin = payload
        if origin is self:
            return
        self._syncing_selection = True
        try:
            wanted = set(ids)
            for item in self.selectedItems():
                if getattr(item, "obj_id", None) not in wanted:
                    item.setSelected(False)
            for obj_id in ids:
                item = self.item_for(obj_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self._syncing_selection = False

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select these objects on the canvas and everywhere else."""
        self.session.select(list(ids))
        self._on_session_selection((self.session.selection, None))

    # -- filter --------------------------------------------------------------------
    def set_filter(self, predicate: CardFilter | None) -> None:
        self.card_filter = predicate
        for item in self.cards.values():
            self._apply_filter_to(item)

    def _apply_filter_to(self, item: CardItem) -> None:
        if self.card_filter is None:
            item.setOpacity(1.0)
            return
        try:
            card = self.session.document.card(item.obj_id)
        except ValueError:
            return
        item.setOpacity(1.0 if self.card_filter(card) else style.DIMMED_OPACITY)

    # -- mouse: routed to interaction handlers ------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.router.press(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self.router.move(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self.router.release(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.router.double_click(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        from .menus import show_context_menu

        show_context_menu(self, event)
