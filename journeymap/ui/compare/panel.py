"""The Compare panel: every difference from the version being compared with, in words.

What is still in the map is highlighted on the canvas too, and a click on its
line shows it there; what was removed exists only in the other version, so it
is listed here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...i18n import N_, ntr, tr
from ..plain import plain_label, tip

if TYPE_CHECKING:  # the diff loads when a comparison is first asked for, not with the window
    from ...analysis.diff import Difference

ROLE = Qt.ItemDataRole.UserRole
WORDS = {"added": N_("New"), "removed": N_("Removed"), "changed": N_("Changed"), "moved": N_("Moved")}


def summary(differences: list[Difference]) -> str:
    """"12 changes: 3 added, 2 removed, 5 changed, 2 moved" (or "no changes") in the editor's language."""
    if not differences:
        return tr("no changes")
    counts = {action: sum(1 for d in differences if d.action == action) for action in WORDS}
    added, removed, changed, moved = (counts[a] for a in ("added", "removed", "changed", "moved"))
    parts = [ntr("{n} added", "{n} added", added).format(n=added) if added else "",
             ntr("{n} removed", "{n} removed", removed).format(n=removed) if removed else "",
             ntr("{n} changed", "{n} changed", changed).format(n=changed) if changed else "",
             ntr("{n} moved", "{n} moved", moved).format(n=moved) if moved else ""]
    parts = [p for p in parts if p]
    n = len(differences)
    return ntr("{n} change: {counts}", "{n} changes: {counts}", n).format(n=n, counts=tr(", ").join(parts))


class ComparePanel(QWidget):
    def __init__(self, reveal: Callable[[str], None], stop: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reveal = reveal
        self.differences: list[Difference] = []
        self.setObjectName("compare")
        self.setAccessibleName(tr("Compare"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.title = plain_label()
        self.title.setAccessibleDescription(tr("Compared with"))
        self.title.setWordWrap(True)
        row.addWidget(self.title, 1)
        self.stop_button = QPushButton(tr("Stop Comparing"))
        self.stop_button.setAccessibleName(tr("Stop comparing"))
        self.stop_button.clicked.connect(stop)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setObjectName("compare-differences")
        self.list.setAccessibleName(tr("Differences"))
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._go)
        self.list.itemActivated.connect(self._go)
        layout.addWidget(self.list, 1)

    def show_differences(self, name: str, differences: list[Difference]) -> None:
        self.differences = differences
        self.title.setText(tr("Compared with {name}: {summary}").format(name=name, summary=summary(differences)))
        self.list.clear()
        for k, d in enumerate(differences):
            item = QListWidgetItem(tr("{what}: {text}").format(what=tr(WORDS[d.action]) if d.action in WORDS
                                                               else d.action, text=d.text))
            item.setData(ROLE, k)
            item.setToolTip(tip(f"{d.text}\n{d.place}" + ("\n" + tr("(only in the other version)") if d.in_old else "")))
            if d.in_old:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.list.addItem(item)

    def _go(self, item: QListWidgetItem) -> None:
        d = self.differences[item.data(ROLE)]
        if not d.in_old:
            self.reveal(d.obj_id)
