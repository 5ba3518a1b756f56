"""Colleagues on the canvas: their selection outlined in their colour, with their name; the card
they are typing in marked "Ana is typing…".

Drawn by one item per colleague above the map's items (under the in-place
editor). The items are views of the room's presence and of the layout: they
are made again when either changes, which is cheap for the few people in a map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from ...export.qt_fonts import bundled_family
from ...i18n import tr

if TYPE_CHECKING:
    from ...collab.presence import Presence

Z_VALUE = 40  # over cards, arrows and curves; under the in-place editor (100)
MAX_OUTLINES = 60  # a colleague who selected every card gets outlines on the first few only
_GAP = 3.0  # points between an object and a colleague's outline (each further colleague one more out)
_TAG_SIZE = 7.5


def text_colour_on(colour: QColor) -> QColor:
    """White or near-black, whichever reads better on ``colour``."""
    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    return QColor("#1a1a1a") if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.55 else QColor("#ffffff")


def tag_text(presence: Presence) -> str:
    typing = presence.typing_in or presence.typing_new
    return tr("{name} is typing…").format(name=presence.name) if typing else presence.name


class ColleagueMarks(QGraphicsItem):
    """One colleague's outlines and name tag."""

    def __init__(self, presence: Presence, rects: list[QRectF], typing: QRectF | None, ring: int) -> None:
        super().__init__()
        self.presence = presence
        self.colour = QColor(presence.colour)
        gap = _GAP + 2.5 * ring
        self.rects = [r.adjusted(-gap, -gap, gap, gap) for r in rects]
        self.typing = typing.adjusted(-gap, -gap, gap, gap) if typing is not None else None
        self.font = QFont(bundled_family())
        self.font.setPointSizeF(_TAG_SIZE)
        self.font.setBold(True)
        metrics = QFontMetricsF(self.font)
        self.label = tag_text(presence)
        # a name tag over the card typed in and over the first selected object (each may be far apart)
        self.tags: list[tuple[QRectF, str]] = []
        anchors = ([(self.typing, self.label)] if self.typing is not None else []) \
            + ([(self.rects[0], presence.name)] if self.rects else [])
        for anchor, text in anchors:
            width = metrics.horizontalAdvance(text) + 8
            height = metrics.height() + 3
            self.tags.append((QRectF(anchor.left(), anchor.top() - height, width, height), text))
        self.tag = self.tags[0][0] if self.tags else QRectF()
        self.setZValue(Z_VALUE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setToolTip(self.label)
        bounds = QRectF(self.tag)
        for r in [*self.rects, *([self.typing] if self.typing is not None else []), *(t for t, _ in self.tags)]:
            bounds = bounds.united(r)
        self._bounds = bounds.adjusted(-2, -2, 2, 2)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.colour, 2.0)
        pen.setCosmetic(True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        for r in self.rects:
            painter.drawRoundedRect(r, 4, 4)
        if self.typing is not None:
            dashed = QPen(self.colour, 2.0, Qt.PenStyle.DashLine)
            dashed.setCosmetic(True)
            painter.setPen(dashed)
            painter.drawRoundedRect(self.typing, 4, 4)
        painter.setFont(self.font)
        for tag, text in self.tags:
            path = QPainterPath()
            path.addRoundedRect(tag, 2.5, 2.5)
            painter.fillPath(path, self.colour)
            painter.setPen(text_colour_on(self.colour))
            painter.drawText(tag.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


class PresenceOverlay:
    """Keeps one :class:`ColleagueMarks` per colleague who selects or types in something."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.others: dict[int, Presence] = {}
        self.marks: dict[int, ColleagueMarks] = {}
        scene.layout_applied.connect(self.refresh)  # type: ignore[attr-defined]

    def show(self, others: dict[int, Presence]) -> None:
        self.others = dict(others)
        self.refresh()

    def clear(self) -> None:
        self.show({})

    def _rect_of(self, obj_id: str) -> QRectF | None:
        item = self.scene.item_for(obj_id)  # type: ignore[attr-defined]
        if item is None or not item.isVisible() or item.scene() is not self.scene:
            return None
        rect = getattr(getattr(item, "box", None), "rect", None)  # the object itself, not its item's margins
        if rect is not None and hasattr(rect, "w"):
            return QRectF(rect.x, rect.y, rect.w, rect.h)
        return item.sceneBoundingRect()

    def refresh(self) -> None:
        for marks in self.marks.values():
            self.scene.removeItem(marks)
        self.marks.clear()
        ordered = sorted(self.others.items(), key=lambda kv: (kv[1].name.casefold(), kv[0]))
        for ring, (client, presence) in enumerate(ordered):
            rects = [r for i in presence.selection[:MAX_OUTLINES] if i != presence.typing_in
                     and (r := self._rect_of(i)) is not None]
            typing = self._rect_of(presence.typing_in) if presence.typing_in else None
            if typing is None and presence.typing_new is not None:  # a card not in the map yet: its cell
                cell = self.scene.layout.cells.get(presence.typing_new)  # type: ignore[attr-defined]
                typing = QRectF(cell.x, cell.y, cell.w, cell.h) if cell is not None else None
            if not rects and typing is None:
                continue
            marks = ColleagueMarks(presence, rects, typing, ring % 4)
            self.scene.addItem(marks)
            self.marks[client] = marks

    def tag_at(self, point: QPointF) -> str | None:
        """The name tag drawn at a scene point (for tests and tooltips)."""
        for marks in self.marks.values():
            for tag, text in marks.tags:
                if tag.contains(point):
                    return text
        return None
