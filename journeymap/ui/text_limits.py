"""Every text input keeps to the file format's length limits as the user types or pastes.

A paste is cut to the room left *before* it reaches the widget (a megabyte without
spaces would otherwise be laid out as one line, freezing the UI for many seconds),
typing past the limit is refused, and either way the user sees why: a tooltip at the
field says how many characters the field takes and how many were left out. The last
message stays readable as the widget's ``limit_message`` property (tests, screen readers).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QPoint
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolTip, QWidget

from ..i18n import format_number, language, ntr, tr, ui_language
from ..model.limits import MAX_NAME, MAX_TEXT
from .plain import align_to_its_text

__all__ = ["MAX_NAME", "MAX_TEXT", "LimitedPlainTextEdit", "clip_to_room", "limit_line_edit",
           "limit_plain_text_edit", "limit_message", "tell_limit"]


def _count(n: int) -> str:
    """A count as the editor's language writes it ("20,000", "20.000")."""
    with language(ui_language()):
        return format_number(n, 0)


def limit_message(limit: int, dropped: int) -> str:
    return ntr("This field takes at most {limit} characters; {dropped} character was left out.",
               "This field takes at most {limit} characters; {dropped} characters were left out.", dropped).format(
        limit=_count(limit), dropped=_count(dropped))


def tell_limit(widget: QWidget | QObject, limit: int, dropped: int, at: QPoint | None = None) -> None:
    """Show (and remember on the widget) why text was cut."""
    message = limit_message(limit, dropped)
    widget.setProperty("limit_message", message)
    if isinstance(widget, QWidget) and widget.isVisible():
        QToolTip.showText(widget.mapToGlobal(at or QPoint(0, widget.height())), message, widget)


def clip_to_room(text: str, room: int) -> tuple[str, int]:
    """``text`` cut to ``room`` characters (never splitting a surrogate pair), and how many were cut."""
    if len(text) <= room:
        return text, 0
    room = max(0, room)
    return text[:room], len(text) - room


def _length(document: QTextDocument) -> int:
    return max(0, document.characterCount() - 1)  # QTextDocument counts a final paragraph separator


def limit_plain_text_edit(edit: QPlainTextEdit, limit: int) -> None:
    """Cut whatever makes ``edit`` longer than ``limit`` (typing, drops, undo of a cut): the fallback
    for paths :class:`LimitedPlainTextEdit` cannot see; pastes are best cut before they land."""
    edit.setProperty("max_length", limit)

    def check(position: int, _removed: int, added: int) -> None:
        over = _length(edit.document()) - limit
        if over <= 0 or added <= 0:
            return
        cursor = QTextCursor(edit.document())
        end = position + added
        cursor.setPosition(max(position, end - over))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        tell_limit(edit, limit, over)

    edit.document().contentsChange.connect(check)


class LimitedPlainTextEdit(QPlainTextEdit):
    """A QPlainTextEdit that cuts pastes and drops to the room left before inserting them."""

    def __init__(self, text: str = "", limit: int = MAX_TEXT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setPlainText(text[:limit])
        limit_plain_text_edit(self, limit)
        align_to_its_text(self)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        selected = len(self.textCursor().selectedText())
        room = self.limit - _length(self.document()) + selected
        text, dropped = clip_to_room(source.text(), room)
        self.textCursor().insertText(text)
        if dropped:
            tell_limit(self, self.limit, dropped)


def limit_line_edit(edit: QLineEdit, limit: int = MAX_NAME) -> None:
    """``setMaxLength`` plus a visible reason when a key or paste is refused."""
    edit.setMaxLength(limit)

    def refused() -> None:
        if len(edit.text()) >= limit:
            message = tr("This field takes at most {limit} characters; the rest was left out.").format(
                limit=_count(limit))
            edit.setProperty("limit_message", message)
            if edit.isVisible():
                QToolTip.showText(edit.mapToGlobal(QPoint(0, edit.height())), message, edit)

    edit.inputRejected.connect(refused)
