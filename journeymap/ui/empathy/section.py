"""One section of the board (Says, See, Pains...): heading, prompt, add button, its notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...empathy.sections import Section
from ...i18n import tr
from .note import NOTE_MIME, NoteWidget


class SectionWidget(QFrame):
    """Shows one note list; accepts notes dropped on it and says where they landed."""

    add_requested = Signal()
    note_dropped = Signal(str, int)  # note id, index in this section without that note

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName("empathySection")
        self.setStyleSheet("#empathySection { border: 1px solid #8c96a3; border-radius: 6px; "
                           "background: palette(base); }")
        self.setAcceptDrops(True)
        heading_text = tr(section.heading)
        self.setAccessibleName(tr("{section} section").format(section=heading_text))
        self.setAccessibleDescription(tr(section.prompt))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 8)
        outer.setSpacing(4)
        top = QHBoxLayout()
        heading = QLabel(f"{section.number} {heading_text}" if section.number else heading_text)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        top.addWidget(heading)
        top.addStretch(1)
        self.add_button = QToolButton()
        self.add_button.setText(tr("+ Add"))
        self.add_button.setAccessibleName(tr("Add a note to {section}").format(section=heading_text))
        self.add_button.setToolTip(tr("Add a note to {section} (or double-click empty space)").format(
            section=heading_text))
        self.add_button.clicked.connect(self.add_requested)
        top.addWidget(self.add_button)
        outer.addLayout(top)
        prompt = QLabel(tr(section.prompt))
        prompt.setWordWrap(True)
        italic = QFont(prompt.font())
        italic.setItalic(True)
        prompt.setFont(italic)
        prompt.setStyleSheet("color: palette(placeholder-text);")
        outer.addWidget(prompt)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setObjectName("noteHolder")
        holder.setStyleSheet("#noteHolder { background: transparent; }")
        self.scroll.viewport().setAutoFillBackground(False)
        self.notes_layout = QVBoxLayout(holder)
        self.notes_layout.setContentsMargins(0, 2, 0, 2)
        self.notes_layout.setSpacing(6)
        self.notes_layout.addStretch(1)
        self.scroll.setWidget(holder)
        outer.addWidget(self.scroll, 1)
        self._marker = QFrame(holder)
        self._marker.setFixedHeight(3)
        self._marker.setStyleSheet("background: #1f5fbf;")
        self._marker.hide()
        # Fill from journey previews here the suggestion under its cursor: a dashed note at the end
        self.preview = QLabel()
        self.preview.setObjectName("notePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet("#notePreview { border: 2px dashed #1f5fbf; border-radius: 4px; padding: 6px;"
                                   " background: rgba(31, 95, 191, 0.08); }")
        self.preview.setAccessibleName(tr("Where the suggestion lands in {section}").format(section=heading_text))
        self.preview.hide()
        self.notes_layout.insertWidget(self.notes_layout.count() - 1, self.preview)

    def show_preview(self, text: str | None) -> None:
        """Show (or, with None, hide) where a suggestion would land: a dashed note after the last one."""
        lit = text is not None
        self.setStyleSheet("#empathySection { border: %s; border-radius: 6px; background: palette(base); }"
                           % ("2px solid #1f5fbf" if lit else "1px solid #8c96a3"))
        if not lit:
            self.preview.hide()
            return
        self.preview.setText(text)
        self.notes_layout.removeWidget(self.preview)
        self.notes_layout.insertWidget(len(self.notes()), self.preview)
        self.preview.show()
        self.scroll.ensureWidgetVisible(self.preview)

    # -- notes ------------------------------------------------------------------
    def notes(self) -> list[NoteWidget]:
        out = []
        for k in range(self.notes_layout.count()):
            w = self.notes_layout.itemAt(k).widget()
            if isinstance(w, NoteWidget):
                out.append(w)
        return out

    def insert(self, widget: NoteWidget, index: int) -> None:
        widget.section = self.section.key
        widget.heading = tr(self.section.heading)
        self.notes_layout.insertWidget(min(index, len(self.notes())), widget)
        widget.show()

    def take(self, widget: NoteWidget) -> None:
        self.notes_layout.removeWidget(widget)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.add_requested.emit()

    # -- dropping -------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(NOTE_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(NOTE_MIME):
            return
        event.acceptProposedAction()
        note_id = bytes(event.mimeData().data(NOTE_MIME)).decode("ascii")
        index = self.drop_index(event.position().toPoint(), note_id)
        others = [n for n in self.notes() if n.note_id != note_id]
        holder = self.scroll.widget()
        y = (others[index].y() - 3) if index < len(others) else (
            others[-1].geometry().bottom() + 2 if others else 0)
        self._marker.setGeometry(0, y, holder.width(), 3)
        self._marker.raise_()
        self._marker.show()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._marker.hide()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._marker.hide()
        if not event.mimeData().hasFormat(NOTE_MIME):
            return
        note_id = bytes(event.mimeData().data(NOTE_MIME)).decode("ascii")
        index = self.drop_index(event.position().toPoint(), note_id)
        event.acceptProposedAction()
        self.note_dropped.emit(note_id, index)

    def drop_index(self, pos, note_id: str) -> int:
        """Where a note dropped at ``pos`` (section coordinates) goes, counting the others."""
        holder = self.scroll.widget()
        y = holder.mapFrom(self, pos).y()
        others = [n for n in self.notes() if n.note_id != note_id]
        for k, n in enumerate(others):
            if y < n.y() + n.height() / 2:
                return k
        return len(others)
