"""In-place text editing on the canvas: Enter commits, Shift+Enter breaks the line, Escape cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from ...model.limits import MAX_NAME, MAX_TEXT
from ..text_limits import clip_to_room, limit_message
from .fonts import _OVERSAMPLE, qfont


class InPlaceEditor(QGraphicsTextItem):
    """A text field laid over a card or header, in the same face and size as the drawn text.

    It calls ``on_commit(text)`` or ``on_cancel()`` exactly once, then the owner removes it.
    Losing focus (clicking elsewhere) commits, as in every sticky-note tool.
    """

    kind = "editor"

    def __init__(self, text: str, rect: QRectF, size: float, *, bold: bool = False, fill: str = "#ffffff",
                 multiline: bool = True, on_commit: Callable[[str], None],
                 on_cancel: Callable[[], None], limit: int | None = None,
                 on_text: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self.limit = limit if limit is not None else (MAX_TEXT if multiline else MAX_NAME)
        self.limit_message = ""
        self.fill = QColor(fill)
        self.multiline = multiline
        self._on_commit, self._on_cancel = on_commit, on_cancel
        self._done = False
        self.setFont(qfont(size, bold))
        self.setDefaultTextColor(QColor("#1a1a1a"))
        self.setPlainText(text[: self.limit])
        self.document().setDocumentMargin(0)
        self.document().contentsChange.connect(self._keep_to_limit)
        self._on_text = on_text
        if on_text is not None:  # the card grows with the text (see live_card.py)
            self.document().contentsChanged.connect(self._text_changed)
        option = self.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setTextWidth(rect.width() * _OVERSAMPLE)
        self.setScale(1 / _OVERSAMPLE)
        self.setPos(rect.topLeft())
        self.min_height = rect.height()
        self.setZValue(100)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)

    def _text_changed(self) -> None:
        if not self._done and self._on_text is not None:
            self._on_text(self.toPlainText())

    def start(self) -> None:
        """Take keyboard focus with all the text selected, ready to type over."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    @property
    def finished(self) -> bool:
        return self._done

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self._on_commit(self.toPlainText())

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self._on_cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self.multiline:
                self.textCursor().insertText("\n")
            else:
                self.commit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            event.accept()
            return
        super().keyPressEvent(event)

    def paste_text(self, text: str) -> None:
        """Insert pasted text cut to the room left, before Qt lays it out (a 1 MB line froze the UI)."""
        if not self.multiline:
            text = " ".join(text.split())
        cursor = self.textCursor()
        room = self.limit - self._length() + len(cursor.selectedText())
        text, dropped = clip_to_room(text, room)
        cursor.insertText(text)
        self.setTextCursor(cursor)
        if dropped:
            self._tell(dropped)

    def _length(self) -> int:
        return max(0, self.document().characterCount() - 1)

    def _keep_to_limit(self, position: int, _removed: int, added: int) -> None:
        over = self._length() - self.limit
        if over <= 0 or added <= 0:
            return
        cursor = QTextCursor(self.document())
        end = position + added
        cursor.setPosition(max(position, end - over))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._tell(over)

    def _tell(self, dropped: int) -> None:
        """Say why the text stopped growing, at the editor (a tooltip; kept for tests as ``limit_message``)."""
        self.limit_message = limit_message(self.limit, dropped)
        for view in self.scene().views() if self.scene() is not None else []:
            spot = view.mapFromScene(self.sceneBoundingRect().bottomLeft())
            QToolTip.showText(view.viewport().mapToGlobal(spot), self.limit_message, view.viewport())

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the context menu of the field itself
            self.commit()

    def boundingRect(self) -> QRectF:  # noqa: N802
        r = super().boundingRect()
        h = max(r.height(), self.min_height * _OVERSAMPLE)
        return QRectF(r.x() - 12, r.y() - 12, r.width() + 24, h + 24)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self.boundingRect().adjusted(4, 4, -4, -4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.fill)
        painter.setPen(Qt.PenStyle.NoPen)  # the card beneath shows the one selection outline
        painter.drawRoundedRect(r, 4 * _OVERSAMPLE, 4 * _OVERSAMPLE)
        plain = QStyleOptionGraphicsItem(option)  # without Qt's own dashed focus frame round the text
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, widget)
