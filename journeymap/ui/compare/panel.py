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

from ..plain import plain_label, tip

if TYPE_CHECKING:  # the diff loads when a comparison is first asked for, not with the window
    from ...analysis.diff import Difference

ROLE = Qt.ItemDataRole.UserRole
WORDS = {"added": "New", "removed": "Removed", "changed": "Changed", "moved": "Moved"}


class ComparePanel(QWidget):
    def __init__(self, reveal: Callable[[str], None], stop: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reveal = reveal
        self.differences: list[Difference] = []
        self.setObjectName("compare")
        self.setAccessibleName("Compare")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.title = plain_label()
        self.title.setAccessibleDescription("Compared with")
        self.title.setWordWrap(True)
        row.addWidget(self.title, 1)
        self.stop_button = QPushButton("Stop Comparing")
        self.stop_button.setAccessibleName("Stop comparing")
        self.stop_button.clicked.connect(stop)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setObjectName("compare-differences")
        self.list.setAccessibleName("Differences")
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._go)
        self.list.itemActivated.connect(self._go)
        layout.addWidget(self.list, 1)

    def show_differences(self, name: str, differences: list[Difference]) -> None:
        self.differences = differences
        from ...analysis.diff_render import summary

        self.title.setText(f"Compared with {name}: {summary(differences)}")
        self.list.clear()
        for k, d in enumerate(differences):
            item = QListWidgetItem(f"{WORDS.get(d.action, d.action)}: {d.text}")
            item.setData(ROLE, k)
            item.setToolTip(tip(f"{d.text}\n{d.place}" + ("\n(only in the other version)" if d.in_old else "")))
            if d.in_old:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.list.addItem(item)

    def _go(self, item: QListWidgetItem) -> None:
        d = self.differences[item.data(ROLE)]
        if not d.in_old:
            self.reveal(d.obj_id)
