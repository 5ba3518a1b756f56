"""Comment markers on personas: the same speech bubble as on the canvas, at the end of the persona's row.

Personas are not drawn as objects on the canvas, so their threads were only
found through the Comments panel. Each row of the Personas panel now ends in
the bubble a commented card has: amber with the number of open threads, muted
with a tick when all are resolved; a click on it opens the threads, hovering
says the counts. The row's text is cut shorter to make room, never drawn under
the bubble.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from ...i18n import ntr, tr
from ...model import ChangeSet
from ..panels.personas import ID_ROLE, PersonasPanel
from ..session import EditSession
from .markers import MUTED_FILL, MUTED_INK, OPEN_FILL, OPEN_INK

GAP = 4  # between the text and the bubble, and the bubble and the row's end
Index = QModelIndex | QPersistentModelIndex


def thread_counts(session: EditSession) -> dict[str, tuple[int, int]]:
    """Open and total threads per commented object."""
    counts: dict[str, tuple[int, int]] = {}
    for thread in session.journey.threads:
        open_count, total = counts.get(thread.target, (0, 0))
        counts[thread.target] = (open_count + (not thread.resolved), total + 1)
    return counts


def counts_words(open_count: int, total: int) -> str:
    """"2 open comment threads, 1 resolved: click to read" in the editor's language."""
    words = [ntr("{count} open comment thread", "{count} open comment threads", open_count).format(
        count=open_count)] if open_count else []
    if total - open_count:
        words.append(tr("{count} resolved").format(count=total - open_count))
    return tr("{counts}: click to read").format(counts=tr(", ").join(words))


class BubbleDelegate(QStyledItemDelegate):
    """Draws a persona's row as usual, with its comment bubble at the row's end."""

    def __init__(self, session: EditSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.counts: dict[str, tuple[int, int]] = {}

    def refresh(self) -> None:
        self.counts = thread_counts(self.session)

    def counts_of(self, index: Index) -> tuple[int, int] | None:
        return self.counts.get(index.data(ID_ROLE))

    def bubble_rect(self, option_rect: QRect, index: Index, font: QFont, view_width: int,
                    right_to_left: bool = False) -> QRect | None:
        """Where the bubble of ``index``'s row is drawn (None: no threads on that persona).

        A row of a long role is wider than the narrow docked list (its text is cut with "…"), so
        the bubble goes at the end of what is visible, ``view_width``, not at the end of the row.
        In a right-to-left editor a row ends on the left.
        """
        counts = self.counts_of(index)
        if counts is None:
            return None
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        h = min(option_rect.height() - 2, metrics.height() + 2)
        w = max(h + 4, metrics.horizontalAdvance(_label(*counts)) + 10)
        top = option_rect.center().y() - h // 2
        if right_to_left:
            return QRect(max(option_rect.left(), 0) + GAP, top, w, h)
        right = min(option_rect.right(), view_width - 1) - GAP
        return QRect(right - w, top, w, h)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        bubble = self.bubble_rect(option.rect, index, option.font, _view_width(option),  # type: ignore[attr-defined]
                                  option.direction == Qt.LayoutDirection.RightToLeft)  # type: ignore[attr-defined]
        if bubble is None:
            super().paint(painter, option, index)
            return
        shorter = QStyleOptionViewItem(option)
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        if option.direction == Qt.LayoutDirection.RightToLeft:  # type: ignore[attr-defined]
            rect.setLeft(bubble.right() + GAP)
        else:
            rect.setRight(bubble.left() - GAP)
        shorter.rect = rect  # type: ignore[attr-defined]
        super().paint(painter, shorter, index)
        open_count, total = self.counts_of(index) or (0, 0)
        muted = open_count == 0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(bubble), 4, 4)
        painter.setPen(QPen(MUTED_INK if muted else OPEN_FILL.darker(115), 1))
        painter.setBrush(MUTED_FILL if muted else OPEN_FILL)
        painter.drawPath(path)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(MUTED_INK if muted else OPEN_INK)
        painter.drawText(bubble, Qt.AlignmentFlag.AlignCenter, _label(open_count, total))
        painter.restore()

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: Index) -> bool:
        bubble = self.bubble_rect(option.rect, index, option.font, _view_width(option),  # type: ignore[attr-defined]
                                  option.direction == Qt.LayoutDirection.RightToLeft)  # type: ignore[attr-defined]
        counts = self.counts_of(index)
        if bubble is not None and counts is not None and bubble.contains(event.pos()):
            QToolTip.showText(event.globalPos(), counts_words(*counts), view)
            return True
        return super().helpEvent(event, view, option, index)


class PersonaCommentMarkers(QObject):
    """Keeps the Personas panel's bubbles in step with the threads; ``open_thread(persona_id)`` on a click."""

    def __init__(self, panel: PersonasPanel, open_thread: Callable[[str], None]) -> None:
        super().__init__(panel)
        self.panel, self.open_thread = panel, open_thread
        self.delegate = BubbleDelegate(panel.session, panel.list)
        self.delegate.refresh()
        panel.list.setItemDelegate(self.delegate)
        panel.list.viewport().installEventFilter(self)
        panel.session.changed.connect(self._on_change)
        panel.more_words = self.words  # a screen reader hears the bubble too
        panel.redescribe()

    def words(self, persona_id: str) -> str:
        counts = self.delegate.counts.get(persona_id)
        return counts_words(*counts) if counts is not None else ""

    def _on_change(self, changes: ChangeSet) -> None:
        if changes.kinds & {"thread", "comment", "persona"}:
            self.delegate.refresh()
            self.panel.list.viewport().update()
            self.panel.redescribe()

    def bubble_at(self, x: int, y: int) -> str | None:
        """The persona whose bubble is under the viewport point (x, y), if any."""
        lst = self.panel.list
        index = lst.indexAt(QPoint(x, y))
        if not index.isValid():
            return None
        bubble = self.delegate.bubble_rect(lst.visualRect(index), index, lst.font(), lst.viewport().width(),
                                           lst.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        return index.data(ID_ROLE) if bubble is not None and bubble.contains(x, y) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton:
            point = event.position().toPoint()
            persona_id = self.bubble_at(point.x(), point.y())
            if persona_id is not None:
                self.open_thread(persona_id)
                return True
        return False


def _view_width(option: QStyleOptionViewItem) -> int:
    """The width of the list's visible area (a very large one when the option has no view)."""
    view = option.widget  # type: ignore[attr-defined]
    return view.viewport().width() if isinstance(view, QAbstractItemView) else 1 << 20


def _label(open_count: int, total: int) -> str:
    return "\u2713" if open_count == 0 else (str(open_count) if open_count < 100 else "99+")

