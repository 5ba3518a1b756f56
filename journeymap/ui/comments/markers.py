"""Comment markers on the canvas: a small speech bubble at the top-right corner of a commented object.

The bubble shows how many open threads the card, step or stage has; an
object whose threads are all resolved keeps a muted bubble with a tick, so a
settled discussion can still be found. A click on a bubble opens the thread in
the Comments panel. Bubbles are children of the object's item, so they move
with it; they are made, updated and dropped from the map's change records
like every other view of the map, and drawn in points like the cards.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from ...i18n import language, ngettext, tr, ui_language
from ...layout import text_width
from ...layout.text import BOLD
from ...model import ChangeSet
from ..canvas.fonts import draw_text
from ..canvas.scene import MapScene

OPEN_FILL = QColor("#f2b01e")  # amber: seen on every card tint, and not a tint cards use
OPEN_INK = QColor("#1a1a1a")
MUTED_FILL = QColor("#e5e7eb")
MUTED_INK = QColor("#6b7280")
HEIGHT = 12.0
TAIL = 3.5
SIZE = 8.0


class CommentBadge(QGraphicsItem):
    """A speech bubble with the number of open threads (or a tick when all are resolved)."""

    def __init__(self, target: str, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.target = target
        self.open_count = 0
        self.total = 0
        self.setZValue(50)
        self.setAcceptHoverEvents(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def muted(self) -> bool:
        return self.open_count == 0

    def label(self) -> str:
        return "\u2713" if self.muted else (str(self.open_count) if self.open_count < 100 else "99+")

    def width(self) -> float:
        return max(HEIGHT + 3, 7.0 + text_width(self.label(), BOLD, SIZE))

    def set_counts(self, open_count: int, total: int) -> None:
        if (open_count, total) == (self.open_count, self.total):
            return
        self.prepareGeometryChange()
        self.open_count, self.total = open_count, total
        resolved = total - open_count
        with language(ui_language()):  # the plural rules of the editor's language
            words = [ngettext("{count} open comment thread", "{count} open comment threads", open_count).format(
                count=open_count)] if open_count else []
        if resolved:
            words.append(tr("{count} resolved").format(count=resolved))
        self.setToolTip(tr("{counts}: click to read").format(counts=", ".join(words)))
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return QRectF(-1, -1, self.width() + 2, HEIGHT + TAIL + 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width()
        bubble = QPainterPath()
        bubble.addRoundedRect(QRectF(0, 0, w, HEIGHT), 4, 4)
        tail = QPainterPath(QPointF(3.5, HEIGHT - 1))
        tail.lineTo(QPointF(3.0, HEIGHT + TAIL))
        tail.lineTo(QPointF(8.5, HEIGHT - 1))
        tail.closeSubpath()
        bubble = bubble.united(tail)
        painter.setPen(QPen(QColor("#ffffff") if not self.muted else MUTED_INK, 0.9))
        painter.setBrush(MUTED_FILL if self.muted else OPEN_FILL)
        painter.drawPath(bubble)
        text = self.label()
        ink = MUTED_INK if self.muted else OPEN_INK
        draw_text(painter, (w - text_width(text, BOLD, SIZE)) / 2, HEIGHT / 2 + SIZE * 0.36, text, SIZE,
                  bold=True, colour=ink)


class CommentMarkers(QObject):
    """Keeps one bubble per commented card, step and stage; ``open_thread(target)`` is called on a click."""

    def __init__(self, scene: MapScene, open_thread: Callable[[str], None]) -> None:
        super().__init__(scene)
        self.scene, self.open_thread = scene, open_thread
        self.badges: dict[str, CommentBadge] = {}
        self._armed = False
        scene.layout_applied.connect(self.sync)
        scene.session.changed.connect(self._on_change)
        scene.installEventFilter(self)
        self.sync()

    def _on_change(self, changes: ChangeSet) -> None:
        if changes.kinds & {"thread", "comment"} and not self._armed:
            self._armed = True
            QTimer.singleShot(0, self.sync)

    def sync(self) -> None:
        """Bubbles for the objects with threads now: made, moved to their corner, counted, or dropped."""
        self._armed = False
        counts: dict[str, list[int]] = {}
        for thread in self.scene.session.journey.threads:
            c = counts.setdefault(thread.target, [0, 0])
            c[0] += not thread.resolved
            c[1] += 1
        for target in list(self.badges):
            badge = self.badges[target]
            parent = self.scene.item_for(target)
            if target not in counts or not shiboken6.isValid(badge) or badge.parentItem() is not parent:
                self._drop(target)
        for target, (open_count, total) in counts.items():
            parent = self.scene.item_for(target)
            if parent is None:
                continue  # a persona, or a card in a hidden lane: the panel lists it
            badge = self.badges.get(target)
            if badge is None:
                badge = self.badges[target] = CommentBadge(target, parent)
            badge.set_counts(open_count, total)
            self._place(badge, parent)

    def _drop(self, target: str) -> None:
        badge = self.badges.pop(target)
        if shiboken6.isValid(badge):
            badge.setParentItem(None)
            if badge.scene() is not None:
                badge.scene().removeItem(badge)

    @staticmethod
    def _place(badge: CommentBadge, parent: QGraphicsItem) -> None:
        """A card's bubble straddles its top-right corner; a header's sits inside its top-right corner."""
        w = getattr(parent, "_size", (0.0, 0.0))[0]
        if getattr(parent, "kind", "") == "card":
            pos = QPointF(w - 8.0, -HEIGHT + 3.0)
        else:
            right = w - 4.0
            box = getattr(parent, "box", None)
            mark = getattr(box, "moment_mark", None)  # a step's moment-of-truth star: the bubble goes left of it
            if mark is not None and mark.x + mark.w > box.rect.x + right - badge.width():
                right = mark.x - box.rect.x - 3.0
            pos = QPointF(right - badge.width(), 3.0)
        if badge.pos() != pos:
            badge.setPos(pos)

    def badge_at(self, pos: QPointF) -> CommentBadge | None:
        if self.scene.pinned_at(pos):
            return None
        return next((i for i in self.scene.items(pos) if isinstance(i, CommentBadge)), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.GraphicsSceneMousePress and isinstance(event, QGraphicsSceneMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton:
            badge = self.badge_at(event.scenePos())
            if badge is not None:
                self.open_thread(badge.target)
                event.accept()
                return True
        return False
