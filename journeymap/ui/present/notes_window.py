"""The facilitator's notes on a single screen: a small window of its own, never drawn on the slide.

With two screens the presenter view shows the notes on the laptop. With one,
N used to lay them over the projected slide, where the whole room read them;
now they open in a separate small window, which stays out of a shared
presentation window (a video call shares the slide, not this) and can be
dragged aside or closed with N or Esc.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...i18n import tr


class NotesWindow(QWidget):
    """The current stage's notes, read-only, following the presentation from slide to slide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setWindowTitle(tr("Stage notes (only you see these)"))
        self.setAccessibleName(tr("Stage notes"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(tr("Notes"))
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        self.resize(520, 360)

    def show_notes(self, title: str, notes: str) -> None:
        self.heading.setText(tr("Notes \u00b7 {title}").format(title=title))
        self.body.setPlainText(notes or tr("No notes for this stage."))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_N):
            self.close()
            return
        super().keyPressEvent(event)
