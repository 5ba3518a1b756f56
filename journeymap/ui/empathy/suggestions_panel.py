"""Fill from the journey: what the map says about this persona, offered as notes to accept some or all.

Suggestions are grouped under the board's own section headings with their counts
("Says · 6"), each group ticked or unticked at once; only the sections the board's
layout shows are offered (a line says how many more the other layout would take,
with a button to switch). The suggestion under the cursor is previewed on the board:
its section lights up and a dashed note shows where it lands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...empathy import Suggestion, offer, section
from ...i18n import N_, language, ntr, tr
from ...model import EmpathyStyle, JourneyMap

STYLE_NAMES = {EmpathyStyle.QUADRANTS: N_("Four quadrants"), EmpathyStyle.CANVAS: N_("Empathy Map Canvas")}


class SuggestionsPanel(QWidget):
    """Grouped, checkable suggestions; emits the ones the designer accepts and the one to preview."""

    accepted = Signal(object)  # list[Suggestion]
    previewed = Signal(object)  # Suggestion | None: where the current one would land
    switch_layout = Signal(object)  # EmpathyStyle: the layout that shows the other sections

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Suggestions from the journey"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("Fill from journey"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Suggested notes, by section"))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemChanged.connect(self._item_changed)
        layout.addWidget(self.tree, 1)
        self.elsewhere = QLabel()
        self.elsewhere.setWordWrap(True)
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(lambda: self.switch_layout.emit(self._other))
        other = QVBoxLayout()
        other.addWidget(self.elsewhere)
        other.addWidget(self.switch_button)
        layout.addLayout(other)
        buttons = QHBoxLayout()
        self.accept_selected = QPushButton(tr("Accept selected"))
        self.accept_selected.setAccessibleName(tr("Accept the checked suggestions"))
        self.accept_all = QPushButton(tr("Accept all"))
        self.accept_all.setAccessibleName(tr("Accept all suggestions"))
        buttons.addWidget(self.accept_selected)
        buttons.addWidget(self.accept_all)
        layout.addLayout(buttons)
        self.accept_selected.clicked.connect(lambda: self._emit(checked_only=True))
        self.accept_all.clicked.connect(lambda: self._emit(checked_only=False))
        self._offered: list[Suggestion] = []
        self._items: list[tuple[QTreeWidgetItem, Suggestion]] = []
        self._other = EmpathyStyle.CANVAS
        self._filling = False

    # -- reading ------------------------------------------------------------------
    def groups(self) -> list[tuple[str, int]]:
        """The group headings as shown ("Says", 6), top to bottom."""
        out = []
        for k in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(k)
            out.append((item.data(0, Qt.ItemDataRole.UserRole), item.childCount()))
        return out

    def items(self) -> list[tuple[QTreeWidgetItem, Suggestion]]:
        return list(self._items)

    def checked(self) -> list[Suggestion]:
        return [s for item, s in self._items if item.checkState(0) == Qt.CheckState.Checked]

    # -- filling ------------------------------------------------------------------
    def refresh(self, journey: JourneyMap, persona_id: str, style: EmpathyStyle) -> None:
        """Recompute the suggestions, keeping the designer's ticks on suggestions still offered."""
        ticked = {(s.section, s.text) for s in self.checked()}
        with language(journey.language):  # a suggestion becomes a note of the map: in the map's words
            groups, elsewhere = offer(journey, persona_id, style)
        self._filling = True
        try:
            self.tree.clear()
            self._items = []
            self._offered = []
            for key, found in groups.items():
                heading = tr(section(style, key).heading)
                group = QTreeWidgetItem([f"{heading}  \u00b7  {len(found)}"])
                group.setData(0, Qt.ItemDataRole.UserRole, heading)
                group.setFlags(group.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setToolTip(0, ntr("{n} to add to {section}", "{n} to add to {section}", len(found)).format(
                    n=len(found), section=heading))
                self.tree.addTopLevelItem(group)
                for s in found:
                    child = QTreeWidgetItem([s.text])
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(0, Qt.CheckState.Checked if (s.section, s.text) in ticked
                                        else Qt.CheckState.Unchecked)
                    child.setToolTip(0, s.text + "\n\u2192 " + tr("{section}, from {source}").format(section=heading,
                                                                                                  source=s.source))
                    group.addChild(child)
                    self._items.append((child, s))
                    self._offered.append(s)
                group.setExpanded(True)
        finally:
            self._filling = False
        n = len(self._offered)
        self.hint.setText(ntr("{n} suggestion about this persona, by the section it lands in; the one selected "
                              "shows on the board.", "{n} suggestions about this persona, by the section each lands "
                              "in; the one selected shows on the board.", n).format(n=n) if n
                          else tr("Nothing new to suggest for this layout: the journey's content is already here."))
        self._other = EmpathyStyle.QUADRANTS if EmpathyStyle(style) is EmpathyStyle.CANVAS else EmpathyStyle.CANVAS
        more = sum(elsewhere.values())
        if more:
            listed = tr(", ").join(tr("{n} for {section}").format(n=count, section=tr(section(self._other, key).heading))
                                   for key, count in elsewhere.items())
            self.elsewhere.setText(tr("The {layout} layout also shows: {notes}.").format(
                layout=tr(STYLE_NAMES[self._other]), notes=listed))
            self.switch_button.setText(tr("Switch to {layout}").format(layout=tr(STYLE_NAMES[self._other])))
        self.elsewhere.setVisible(bool(more))
        self.switch_button.setVisible(bool(more))
        self.accept_all.setEnabled(bool(n))
        self.accept_selected.setEnabled(bool(self.checked()))
        self.previewed.emit(None)

    # -- events ---------------------------------------------------------------------
    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        found = next((s for item, s in self._items if item is current), None)
        self.previewed.emit(found)

    def _item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        if not self._filling:
            self.accept_selected.setEnabled(bool(self.checked()))

    def _emit(self, checked_only: bool) -> None:
        chosen = self.checked() if checked_only else list(self._offered)
        if chosen:
            self.previewed.emit(None)
            self.accepted.emit(chosen)
