"""A sticky note on the board: read as a label, edited in place, dragged by the mouse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from ...empathy.pages import NOTE_COLOURS
from ...i18n import tr
from ..plain import plain_label
from ..text_limits import LimitedPlainTextEdit

NOTE_MIME = "application/x-journeymap-empathy-note"


class NoteEditor(LimitedPlainTextEdit):
    """The in-place editor: Enter commits, Shift+Enter is a new line, Escape cancels."""

    committed = Signal()
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.committed.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.committed.emit()


class NoteWidget(QFrame):
    """One note. ``note_id`` is None for a draft that is not in the map yet.

    The widget never edits the map itself: it emits what the user did, and
    the board turns that into one undo command.
    """

    text_typed = Signal(str)        # every keystroke while editing
    edit_finished = Signal(bool)    # True: keep, False: cancelled
    delete_requested = Signal()
    step_requested = Signal(int)    # -1 up, +1 down (Alt+Up / Alt+Down)

    def __init__(self, note_id: str | None, text: str, section: str, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_id = note_id
        self.section = section
        self.heading = heading
        self.original = text
        self._text = text
        self._press: QPoint | None = None
        self.context_menu: Callable[[NoteWidget, QPoint], None] | None = None
        fill, edge = NOTE_COLOURS[section]
        self.setObjectName("stickyNote")
        self.setStyleSheet(f"#stickyNote {{ background: {fill}; border: 1px solid {edge}; "
                           f"border-radius: 3px; }} #stickyNote:focus {{ border: 2px solid #1f5fbf; }}"
                           "QLabel, QPlainTextEdit { color: #1a1a1a; background: transparent; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, font.pointSizeF()))
        self.label = plain_label(text)
        self.label.setFont(font)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.editor = NoteEditor()
        self.editor.setFont(font)
        self.editor.setFrameShape(QFrame.Shape.NoFrame)
        self.editor.setAccessibleName(tr("Edit note in {section}").format(section=heading))
        self.editor.setFixedHeight(72)
        self.editor.hide()
        self.editor.textChanged.connect(self._typed)
        self.editor.committed.connect(lambda: self._finish(True))
        self.editor.cancelled.connect(lambda: self._finish(False))
        layout.addWidget(self.label)
        layout.addWidget(self.editor)
        self.set_text(text)

    # -- showing ---------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return not self.editor.isHidden()

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.label.setText(text or tr("(empty note)"))
        self.setAccessibleName(tr("Note in {section}: {text}").format(section=self.heading, text=text))
        self.setToolTip(tr("Double-click or press Enter to edit; drag to move; Delete removes it"))

    # -- editing ------------------------------------------------------------
    def start_edit(self) -> None:
        if self.editing:
            return
        self.original = self._text
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._text)
        self.editor.blockSignals(False)
        self.label.hide()
        self.editor.show()
        self.editor.setFocus()
        self.editor.selectAll()

    def _typed(self) -> None:
        if self.editing:
            self.text_typed.emit(self.editor.toPlainText())

    def _finish(self, keep: bool) -> None:
        if not self.editing:
            return
        self.editor.blockSignals(True)
        self.editor.hide()
        self.editor.blockSignals(False)
        self.label.show()
        self.setFocus()
        self.edit_finished.emit(keep)

    def editor_text(self) -> str:
        return self.editor.toPlainText()

    # -- keys and mouse -------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.note_id:
            self.delete_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.start_edit()
        elif mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.start_edit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.setFocus()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if (self._press is None or self.editing or self.note_id is None
                or (event.position().toPoint() - self._press).manhattanLength()
                < QApplication.startDragDistance()):
            return
        self._press = None
        mime = QMimeData()
        mime.setData(NOTE_MIME, self.note_id.encode("ascii"))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = None
        super().mouseReleaseEvent(event)

    def _menu(self, pos: QPoint) -> None:
        if self.context_menu is not None:
            self.context_menu(self, self.mapToGlobal(pos))
