"""The outline: the whole map as a tree, and the screen-reader path into it.

Map > Stages > Steps; Lanes > Cards; Emotion curves > each persona's curve >
its score at each step; Arrows; Personas. Arranged "by stage and step", the cards sit
under their step instead, grouped by lane (Stage > Step > Lane > Card), the
order a journey is read in. Selecting a row selects the object everywhere
(canvas, inspector); a selection made elsewhere is shown here. Every row tells
a screen reader its level and its place in the map (``outline_rows``).

The tree follows the Document's change records row by row: an add, remove or
move touches the one row (with its children) and a field edit renames it, so
what is expanded, selected and scrolled to stays put; a map of thousands of
cards is never rebuilt after an edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import N_, tr
from ...model import Card, Change, ChangeSet, Document, JourneyMap, Lane, Persona, Stage, Step
from ...model.arrows import Arrow
from ..a11y.tree_focus import TreeFocusSpeech
from ..plain import tip
from ..session import EditSession
from .outline_rows import (
    CURVE,
    GROUP_CURVES,
    OutlineRow,
    RowSync,
    RowWords,
    Wanted,
    cards_by_cell,
    cell_label,
    curve_rows,
    key_target,
    stage_rows,
    step_cells,
)

ID_ROLE = Qt.ItemDataRole.UserRole
GROUP_STAGES, GROUP_LANES, GROUP_PERSONAS, GROUP_ARROWS = "#stages", "#lanes", "#personas", "#arrows"
_SHOWN_KINDS = frozenset({"map", "persona", "stage", "step", "lane", "card", "arrow"})  # scores, notes: no row
_CURVE_KINDS = frozenset({"map", "persona", "stage", "step", "score"})  # what the curves' rows read
BY_LANE, BY_STAGE = "lane", "stage"
ARRANGEMENTS = ((BY_LANE, N_("Cards by lane")), (BY_STAGE, N_("Cards by stage and step")))


def short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def label_of(obj: object, document: Document | None = None, code: str | None = None) -> str:
    """The row text of an object: its name, in the words of the map (a card's picture and span, an arrow's ends).

    Without ``document`` a card's span and an arrow's cards cannot be named and are left out. An untitled
    lane is named in the map's language (``code``, else the document's map's), as the canvas names it.
    """
    if isinstance(obj, JourneyMap):
        return obj.title or tr("Untitled journey")
    if isinstance(obj, Stage):
        return tr("Stage: {name}").format(name=obj.name)
    if isinstance(obj, Step):
        row = tr("Step: {name}  ★ moment of truth") if obj.moment_of_truth else tr("Step: {name}")
        return row.format(name=obj.name)
    if isinstance(obj, Lane):
        name = obj.title_in(code or (document.journey.language if document is not None else None))
        return tr("{lane} (hidden)").format(lane=name) if obj.hidden else name
    if isinstance(obj, Card):
        text = tr("Card: {text}").format(text=short(obj.text) or tr("(empty)"))
        if obj.picture is not None:
            text += "  · " + tr("picture: {alt}").format(alt=short(obj.picture.alt, 40) or tr("no description"))
        if obj.last_step is not None and document is not None and document.has(obj.last_step):
            text += "  · " + tr("spans to {step}").format(step=short(document.step(obj.last_step).name, 30))
        return text
    if isinstance(obj, Arrow):
        ends = [short(document.card(end).text, 30) if document is not None and document.has(end) else "?"
                for end in (obj.source, obj.target)]
        source, target = ends[0] or tr("(empty)"), ends[1] or tr("(empty)")
        row = (tr("Dependency: {source} → {target}") if obj.style.value == "dependency"
               else tr("Arrow: {source} → {target}")).format(source=source, target=target)
        return row + (f"  “{short(obj.label, 40)}”" if obj.label else "")
    if isinstance(obj, Persona):
        if obj.role:
            return tr("Persona: {name}, {role}").format(name=obj.name, role=obj.role)
        return tr("Persona: {name}").format(name=obj.name)
    return str(obj)


class OutlinePanel(QWidget):
    """A keyboard-navigable tree of the map whose selection is the session's."""

    arrangement_changed = Signal(str)

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.arrangement = BY_LANE
        self.words = RowWords(session.document)
        self.setObjectName("outline")
        self.setAccessibleName(tr("Map outline"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("outline-tree")
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAccessibleName(tr("Map outline"))
        self.tree.setAccessibleDescription(
            tr("The map as a tree: stages and their steps, lanes and their cards, each persona's emotion curve, "
               "personas. Selecting a row selects it on the map."))
        self.tree.setUniformRowHeights(True)
        self.arrange = QComboBox()
        self.arrange.setObjectName("outline-arrangement")
        self.arrange.setAccessibleDescription(tr("How the outline arranges the cards"))
        for key, text in ARRANGEMENTS:
            self.arrange.addItem(tr(text), key)
        arrange_label = QLabel(tr("&Show:"))
        arrange_label.setBuddy(self.arrange)
        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(arrange_label)
        row.addWidget(self.arrange, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.tree)
        self.setFocusProxy(self.tree)
        self.row_speech = TreeFocusSpeech(self.tree)  # back in the tree, the row it is on is said
        self._items: dict[str, QTreeWidgetItem] = {}
        self._expanded_memory: dict[str, bool] = {}  # rows taken out (delete, move): open again on undo
        self._syncing = False
        self._opened_curves: set[str] = set()  # curve rows expanded: only they have their step rows
        self.tree.itemSelectionChanged.connect(self._on_tree_selection)
        self.tree.itemExpanded.connect(lambda item: self._curve_opened(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._curve_opened(item, False))
        self.arrange.currentIndexChanged.connect(lambda _i: self.set_arrangement(self.arrange.currentData()))
        session.changed.connect(self._on_change)
        session.selection_changed.connect(self._on_session_selection)
        self.rebuild()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QWidget.setTabOrder(self.arrange, self.tree)  # as they read, once in its window: the choice, then the tree

    def set_arrangement(self, arrangement: str) -> None:
        """Cards under their lanes (``"lane"``) or under their steps, grouped by lane (``"stage"``)."""
        if arrangement not in (BY_LANE, BY_STAGE) or arrangement == self.arrangement:
            return
        self.arrangement = arrangement
        self.arrange.setCurrentIndex(self.arrange.findData(arrangement))
        self.rebuild()
        self.arrangement_changed.emit(arrangement)

    # -- building ------------------------------------------------------------
    def rebuild(self) -> None:
        """Rebuild all rows, keeping which groups and objects were expanded."""
        expanded = {key for key, item in self._items.items() if item.isExpanded()}
        first = not self._items
        self._syncing = True
        try:
            self.tree.clear()
            self._items.clear()
            journey = self.session.journey
            root = self._add(None, journey.id, label_of(journey))
            stages = self._add(root, GROUP_STAGES, tr("Stages"))
            if self.arrangement == BY_STAGE:
                self._sync(stages, stage_rows(journey, label_of))
            else:
                for stage in journey.stages:
                    s = self._add(stages, stage.id, label_of(stage))
                    for step in stage.steps:
                        self._add(s, step.id, label_of(step))
            lanes = self._add(root, GROUP_LANES, tr("Lanes"))
            for lane in journey.lanes:
                item = self._add(lanes, lane.id, label_of(lane, code=journey.language))
                if self.arrangement == BY_LANE:
                    for card in lane.cards:
                        self._add(item, card.id, label_of(card, self.session.document))
            curves = self._add(root, GROUP_CURVES, tr("Emotion curves"))
            self._opened_curves = {key for key in self._opened_curves if key in expanded}
            self._sync(curves, curve_rows(journey, self._opened_curves))
            self._show_curves_open(curves)
            arrows = self._add(root, GROUP_ARROWS, tr("Arrows"))
            for arrow in journey.arrows:
                self._add(arrows, arrow.id, label_of(arrow, self.session.document))
            personas = self._add(root, GROUP_PERSONAS, tr("Personas"))
            for persona in journey.personas:
                self._add(personas, persona.id, label_of(persona))
            if first:
                expanded = {journey.id, GROUP_STAGES, GROUP_LANES, GROUP_CURVES, GROUP_ARROWS, GROUP_PERSONAS}
            for key in expanded | {journey.id}:
                if key in self._items:
                    self._items[key].setExpanded(True)
        finally:
            self._syncing = False
        self._show_selection(self.session.selection)

    def _add(self, parent: QTreeWidgetItem | None, key: str, text: str) -> QTreeWidgetItem:
        item = self._row(key, text)
        if key.startswith("#"):
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _row(self, key: str, text: str) -> QTreeWidgetItem:
        item = OutlineRow([text])
        item.describe = self.words
        item.setData(0, ID_ROLE, key)
        item.setToolTip(0, tip(text))
        self._items[key] = item
        return item

    @staticmethod
    def _set_text(item: QTreeWidgetItem, text: str) -> None:
        item.setText(0, text)
        item.setToolTip(0, tip(text))

    def item_for(self, obj_id: str) -> QTreeWidgetItem | None:
        return self._items.get(obj_id)

    def _sync(self, parent: QTreeWidgetItem, wanted: list) -> None:
        RowSync(self._row, self._items.get, self._set_text, self._forget).sync(parent, wanted)

    def _sync_curves(self) -> None:
        group = self._items.get(GROUP_CURVES)
        if group is not None:
            self._sync(group, curve_rows(self.session.journey, self._opened_curves))
            self._show_curves_open(group)

    def _show_curves_open(self, group: QTreeWidgetItem) -> None:
        """Every curve row can be opened (its step rows are made then), and those that were open are."""
        for k in range(group.childCount()):
            row = group.child(k)
            row.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            if row.data(0, ID_ROLE) in self._opened_curves and not row.isExpanded():
                row.setExpanded(True)

    def _curve_opened(self, item: QTreeWidgetItem, opened: bool) -> None:
        key = item.data(0, ID_ROLE)
        if not str(key).startswith(CURVE) or (key in self._opened_curves) == opened:
            return
        if opened:
            self._opened_curves.add(key)
        else:
            self._opened_curves.discard(key)
        syncing, self._syncing = self._syncing, True
        try:
            self._sync_curves()
        finally:
            self._syncing = syncing

    def _sync_stages(self) -> None:
        """Arranged by stage and step: the stage group reconciled with the map, lanes without their cards."""
        journey = self.session.journey
        stages, lanes = self._items.get(GROUP_STAGES), self._items.get(GROUP_LANES)
        if stages is None or lanes is None:
            self.rebuild()
            return
        self._sync(stages, stage_rows(journey, label_of))
        self._sync(lanes, [Wanted(lane.id, label_of(lane, code=journey.language), []) for lane in journey.lanes])

    # -- following the model ---------------------------------------------------
    def _on_change(self, changes: ChangeSet) -> None:
        try:
            for change in changes:
                self._follow(change)
        finally:
            if changes.kinds & _CURVE_KINDS:
                self._syncing = True
                try:
                    self._sync_curves()
                finally:
                    self._syncing = False

    def _follow(self, change: Change) -> None:
        if change.kind not in _SHOWN_KINDS:
            return
        doc = self.session.document
        if change.action == "update":
            for obj_id in change.ids:
                item = self._items.get(obj_id)
                if item is not None:
                    self._set_text(item, label_of(doc.get(obj_id), doc))
            if change.kind == "card" and "text" in change.fields:  # the arrows that name the card
                for arrow in doc.arrows_of(set(change.ids)):
                    item = self._items.get(arrow.id)
                    if item is not None:
                        self._set_text(item, label_of(arrow, doc))
            if self.arrangement == BY_STAGE and change.kind == "lane":
                self._rename_cells(change.ids)
            return
        if self.arrangement == BY_STAGE and change.kind in ("stage", "step", "lane", "card"):
            self._syncing = True
            try:
                if change.kind != "card" or not self._sync_card_steps(change.ids):
                    self._sync_stages()
            finally:
                self._syncing = False
            self._show_selection(self.session.selection, scroll=False)
            return
        self._syncing = True  # a row taken out leaves the tree's selection: not the user's doing
        try:
            done = all(self._remove_row(obj_id) if change.action == "remove" else self._place_row(obj_id)
                       for obj_id in change.ids)
        finally:
            self._syncing = False
        if not done:  # the tree and the map disagree: start again rather than show a wrong tree
            self.rebuild()
            return
        self._show_selection(self.session.selection, scroll=False)

    def _sync_card_steps(self, card_ids: tuple[str, ...]) -> bool:
        """Arranged by stage: cards added, removed or moved touch only the steps they left and joined."""
        doc = self.session.document
        steps: set[str] = set()
        for card_id in card_ids:
            row = self._items.get(card_id)
            cell = row.parent() if row is not None else None
            if cell is not None and str(cell.data(0, ID_ROLE)).startswith("cell|"):
                steps.add(cell.data(0, ID_ROLE).split("|")[1])
            if doc.has(card_id):
                steps.add(doc.card(card_id).step)
        if not all(doc.has(s) and s in self._items for s in steps):
            return False
        journey = self.session.journey
        cells = cards_by_cell(journey, steps)
        RowSync(self._row, self._items.get, self._set_text, self._forget).sync_many(
            [(self._items[s], step_cells(journey, doc.step(s), cells, label_of)) for s in steps])
        return True

    def _rename_cells(self, lane_ids: tuple[str, ...]) -> None:
        """Arranged by stage: a lane's new title (or hiding it) shows on its rows under every step."""
        doc = self.session.document
        for key, item in self._items.items():
            lane_id = key.rsplit("|", 1)[-1] if key.startswith("cell|") else None
            if lane_id in lane_ids and doc.has(lane_id):
                self._set_text(item, cell_label(doc.lane(lane_id), item.childCount(), doc.journey.language))

    def _remove_row(self, obj_id: str) -> bool:
        item = self._items.get(obj_id)
        if item is None:
            return True
        self._forget(item)
        parent = item.parent()
        if parent is None:
            return False
        parent.removeChild(item)
        return True

    def _place_row(self, obj_id: str) -> bool:
        """Put the row of ``obj_id`` (new or moved) where the object now sits in the map."""
        doc = self.session.document
        if not doc.has(obj_id):
            return False
        obj = doc.get(obj_id)
        parent = self._parent_row(obj, doc.parent_id(obj_id))
        if parent is None:
            return False
        item = self._items.get(obj_id)
        if item is None:
            item = self._make_subtree(obj)
        else:
            self._forget(item)  # remembers what was expanded below it
            old_parent = item.parent()
            if old_parent is not None:
                old_parent.removeChild(item)
            self._remember(item)
        parent.insertChild(self._row_index(parent, obj, doc.parent_id(obj_id)), item)
        self._restore_expanded(item)
        return True

    def _parent_row(self, obj: object, owner: str | None) -> QTreeWidgetItem | None:
        group = {Stage: GROUP_STAGES, Lane: GROUP_LANES, Persona: GROUP_PERSONAS, Arrow: GROUP_ARROWS}.get(type(obj))
        return self._items.get(group if group is not None else owner or "")

    def _siblings(self, obj: object, owner: str | None) -> list:
        journey = self.session.journey
        if isinstance(obj, Stage):
            return journey.stages
        if isinstance(obj, Lane):
            return journey.lanes
        if isinstance(obj, Persona):
            return journey.personas
        if isinstance(obj, Arrow):
            return journey.arrows
        return self.session.document.get(owner).steps if isinstance(obj, Step) \
            else self.session.document.get(owner).cards

    def _row_index(self, parent: QTreeWidgetItem, obj: object, owner: str | None) -> int:
        """The object's index among the siblings that already have a row (during a restore, not all do)."""
        index = 0
        for sibling in self._siblings(obj, owner):
            if sibling is obj:
                break
            if sibling.id in self._items:  # the tree mirrors the map: a sibling's row is under parent
                index += 1
        return index

    def _make_subtree(self, obj: Any) -> QTreeWidgetItem:
        """A detached row for a new object, with rows for what it holds (a stage's steps, a lane's cards)."""
        doc = self.session.document
        item = self._row(obj.id, label_of(obj, doc))
        children = obj.steps if isinstance(obj, Stage) else obj.cards if isinstance(obj, Lane) else []
        item.addChildren([self._row(child.id, label_of(child, doc)) for child in children])
        return item

    def _forget(self, item: QTreeWidgetItem) -> None:
        """Drop a row and its children from the id map, remembering which of them were expanded."""
        stack = [item]
        while stack:
            row = stack.pop()
            key = row.data(0, ID_ROLE)
            if self._items.get(key) is row:
                del self._items[key]
            if row.childCount():
                self._expanded_memory[key] = row.isExpanded()
                stack.extend(row.child(k) for k in range(row.childCount()))

    def _remember(self, item: QTreeWidgetItem) -> None:
        stack = [item]
        while stack:
            row = stack.pop()
            self._items[row.data(0, ID_ROLE)] = row
            stack.extend(row.child(k) for k in range(row.childCount()))

    def _restore_expanded(self, item: QTreeWidgetItem) -> None:
        """A row put back (undo, move) opens as it was; a new one starts closed."""
        stack = [item]
        while stack:
            row = stack.pop()
            if row.childCount():
                row.setExpanded(self._expanded_memory.pop(row.data(0, ID_ROLE), False))
                stack.extend(row.child(k) for k in range(row.childCount()))

    # -- selection, both ways ----------------------------------------------------
    def _on_tree_selection(self) -> None:
        if self._syncing:
            return
        ids = [key_target(item.data(0, ID_ROLE)) for item in self.tree.selectedItems()]
        self.session.select([i for i in dict.fromkeys(ids) if i is not None], origin=self)

    def _on_session_selection(self, payload: tuple[tuple[str, ...], object]) -> None:
        ids, origin = payload
        if origin is not self:
            self._show_selection(ids)

    def _show_selection(self, ids: tuple[str, ...], scroll: bool = True) -> None:
        """Select the rows of ``ids``; ``scroll=False`` after an edit, so the tree does not jump."""
        rows = [item for item in (self._items.get(obj_id) for obj_id in ids) if item is not None]
        if not scroll and {r.data(0, ID_ROLE) for r in rows} == \
                {r.data(0, ID_ROLE) for r in self.tree.selectedItems()}:
            return
        self._syncing = True
        try:
            self.tree.clearSelection()
            for item in rows:
                item.setSelected(True)
                parent = item.parent()
                while parent is not None:
                    parent.setExpanded(True)
                    parent = parent.parent()
            if rows:
                if self.tree.currentItem() is not rows[0]:
                    auto = self.tree.hasAutoScroll()
                    self.tree.setAutoScroll(scroll)  # after an edit the tree stays where the user left it
                    self.tree.setCurrentItem(rows[0], 0, QItemSelectionModel.SelectionFlag.NoUpdate)
                    self.tree.setAutoScroll(auto)
                if scroll:
                    self.tree.scrollToItem(rows[0])
        finally:
            self._syncing = False
