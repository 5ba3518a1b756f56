"""The outline: the whole map as a tree, and the screen-reader path into it.

Map > Stages > Steps; Lanes > Cards; Personas. Selecting a row selects the
object everywhere (canvas, inspector); a selection made elsewhere is shown
here. The tree follows the Document's change records: structure changes
rebuild it (keeping what was expanded), field edits only rename one row.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...model import Card, Change, JourneyMap, Lane, Persona, Stage, Step
from ..session import EditSession

ID_ROLE = Qt.ItemDataRole.UserRole
GROUP_STAGES, GROUP_LANES, GROUP_PERSONAS = "#stages", "#lanes", "#personas"


def short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def label_of(obj: object) -> str:
    """The row text of an object: its name, in the words of the map."""
    if isinstance(obj, JourneyMap):
        return obj.title or "Untitled journey"
    if isinstance(obj, Stage):
        return f"Stage: {obj.name}"
    if isinstance(obj, Step):
        return f"Step: {obj.name}" + ("  ★ moment of truth" if obj.moment_of_truth else "")
    if isinstance(obj, Lane):
        hidden = " (hidden)" if obj.hidden else ""
        return f"{obj.display_title}{hidden}"
    if isinstance(obj, Card):
        return f"Card: {short(obj.text) or '(empty)'}"
    if isinstance(obj, Persona):
        return f"Persona: {obj.name}" + (f", {obj.role}" if obj.role else "")
    return str(obj)


class OutlinePanel(QWidget):
    """A keyboard-navigable tree of the map whose selection is the session's."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("outline")
        self.setAccessibleName("Map outline")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("outline-tree")
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAccessibleName("Map outline")
        self.tree.setAccessibleDescription(
            "The map as a tree: stages and their steps, lanes and their cards, personas. "
            "Selecting a row selects it on the map.")
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.setFocusProxy(self.tree)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._syncing = False
        self.tree.itemSelectionChanged.connect(self._on_tree_selection)
        session.changed.connect(self._on_change)
        session.selection_changed.connect(self._on_session_selection)
        self.rebuild()

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
            stages = self._add(root, GROUP_STAGES, "Stages")
            for stage in journey.stages:
                s = self._add(stages, stage.id, label_of(stage))
                for step in stage.steps:
                    self._add(s, step.id, label_of(step))
            lanes = self._add(root, GROUP_LANES, "Lanes")
            for lane in journey.lanes:
                item = self._add(lanes, lane.id, label_of(lane))
                for card in lane.cards:
                    self._add(item, card.id, label_of(card))
            personas = self._add(root, GROUP_PERSONAS, "Personas")
            for persona in journey.personas:
                self._add(personas, persona.id, label_of(persona))
            if first:
                expanded = {journey.id, GROUP_STAGES, GROUP_LANES, GROUP_PERSONAS}
            for key in expanded | {journey.id}:
                if key in self._items:
                    self._items[key].setExpanded(True)
        finally:
            self._syncing = False
        self._show_selection(self.session.selection)

    def _add(self, parent: QTreeWidgetItem | None, key: str, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, ID_ROLE, key)
        item.setToolTip(0, text)
        if key.startswith("#"):
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._items[key] = item
        return item

    def item_for(self, obj_id: str) -> QTreeWidgetItem | None:
        return self._items.get(obj_id)

    # -- following the model ---------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.kind == "score" or change.kind == "note":
            return
        if change.action == "update":
            for obj_id in change.ids:
                item = self._items.get(obj_id)
                if item is not None:
                    text = label_of(self.session.document.get(obj_id))
                    item.setText(0, text)
                    item.setToolTip(0, text)
            return
        if change.kind == "card" and self._update_card_rows(change):
            return
        self.rebuild()

    def _update_card_rows(self, change: Change) -> bool:
        """Add, remove or move card rows in place (cards change often; a rebuild of a big map is slow)."""
        doc = self.session.document
        for card_id in change.ids:
            old = self._items.pop(card_id, None)
            if old is not None and old.parent() is not None:
                old.parent().removeChild(old)
            if change.action == "remove":
                continue
            lane_item = self._items.get(doc.parent_id(card_id) or "")
            if lane_item is None:
                return False
            item = QTreeWidgetItem([label_of(doc.card(card_id))])
            item.setData(0, ID_ROLE, card_id)
            item.setToolTip(0, item.text(0))
            lane_item.insertChild(doc.slot_of(card_id).index, item)
            self._items[card_id] = item
        self._show_selection(self.session.selection)
        return True

    # -- selection, both ways ----------------------------------------------------
    def _on_tree_selection(self) -> None:
        if self._syncing:
            return
        ids = [item.data(0, ID_ROLE) for item in self.tree.selectedItems()]
        self.session.select([i for i in ids if not i.startswith("#")], origin=self)

    def _on_session_selection(self, payload: tuple[tuple[str, ...], object]) -> None:
        ids, origin = payload
        if origin is not self:
            self._show_selection(ids)

    def _show_selection(self, ids: tuple[str, ...]) -> None:
        self._syncing = True
        try:
            self.tree.clearSelection()
            current = None
            for obj_id in ids:
                item = self._items.get(obj_id)
                if item is None:
                    continue
                item.setSelected(True)
                parent = item.parent()
                while parent is not None:
                    parent.setExpanded(True)
                    parent = parent.parent()
                current = current or item
            if current is not None:
                self.tree.setCurrentItem(current, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.tree.scrollToItem(current)
        finally:
            self._syncing = False
