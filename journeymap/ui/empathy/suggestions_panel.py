"""Fill from the journey: the map's own words offered as notes, to accept some or all."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...empathy import Suggestion, section, suggestions
from ...model import EmpathyStyle, JourneyMap


class SuggestionsPanel(QWidget):
    """A checklist of suggestions; emits the ones the designer accepts."""

    accepted = Signal(object)  # list[Suggestion]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Suggestions from the journey")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>Fill from journey</b>")
        layout.addWidget(title)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget()
        self.list.setAccessibleName("Suggested notes")
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.accept_selected = QPushButton("Accept selected")
        self.accept_selected.setAccessibleName("Accept the checked suggestions")
        self.accept_all = QPushButton("Accept all")
        self.accept_all.setAccessibleName("Accept all suggestions")
        buttons.addWidget(self.accept_selected)
        buttons.addWidget(self.accept_all)
        layout.addLayout(buttons)
        self.accept_selected.clicked.connect(lambda: self._emit(checked_only=True))
        self.accept_all.clicked.connect(lambda: self._emit(checked_only=False))
        self._offered: list[Suggestion] = []

    def refresh(self, journey: JourneyMap, persona_id: str, style: EmpathyStyle) -> None:
        """Recompute the list, keeping the designer's ticks on suggestions still offered."""
        ticked = {(s.section, s.text) for s in self.checked()}
        self._offered = suggestions(journey, persona_id)
        self.list.clear()
        for s in self._offered:
            item = QListWidgetItem(f"{s.text}\n\u2192 {section(style, s.section).heading}  \u00b7  {s.source}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if (s.section, s.text) in ticked
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        n = len(self._offered)
        self.hint.setText(f"{n} suggestion{'s' if n != 1 else ''} from the steps this persona takes part "
                          "in." if n else "Nothing new to suggest: the journey's content is already here.")
        self.accept_all.setEnabled(bool(n))
        self.accept_selected.setEnabled(bool(n))

    def checked(self) -> list[Suggestion]:
        return [self._offered[k] for k in range(self.list.count())
                if self.list.item(k).checkState() == Qt.CheckState.Checked and k < len(self._offered)]

    def _emit(self, checked_only: bool) -> None:
        chosen = self.checked() if checked_only else list(self._offered)
        if chosen:
            self.accepted.emit(chosen)
