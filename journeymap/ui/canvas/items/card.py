"""A card: a rounded note in a cell, drawn exactly from its CardBox."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ....layout import CardBox, text_width
from ....layout.text import BOLD, REGULAR
from .. import style
from ..fonts import GREEK_BELOW_PX, draw_block, draw_text, greek_block
from .base import MapItem
from .card_picture import draw_picture
from .handles import draw_handles
from .icons import draw_channel_icon

RADIUS = 5.0
TAG_TEXT = "TO-BE"
HANDLE_REACH = 16.0  # the connector handle sits this far right of the card's edge, at most


class CardItem(MapItem):
    """A card; selectable; the scene's card-drag interaction moves it live."""

    kind = "card"

    def __init__(self, box: CardBox) -> None:
        self._bounds_for: tuple[float, float] | None = None
        self._bounds = QRectF()
        super().__init__(box.card_id, box)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(10)
        self.setAcceptHoverEvents(False)

    def content_key(self, box: CardBox) -> object:
        return (box.text.lines, tuple(b.lines for b in box.badges), box.fill, box.border, box.proposed,
                box.votes, box.channel, box.border_colour, box.text.colour, box.picture)

    def boundingRect(self) -> QRectF:  # noqa: N802
        if self._bounds_for != self._size:
            w, h = self._size
            # room for the selection outline, the to-be tag and the connector handle right of the card
            self._bounds = QRectF(-4, -7, w + 4 + HANDLE_REACH, h + 11)
            self._bounds_for = self._size
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        w, h = self._size
        path.addRoundedRect(QRectF(0, 0, w, h), RADIUS, RADIUS)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box: CardBox = self.box
        w, h = self._size
        dx, dy = self.origin
        rect = QRectF(0, 0, w, h)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # Text too small to read: every card alike is a tinted block with greeked lines (a card with
        # text never looks blank, and a large map at fit-to-view repaints fast)
        if abs(painter.worldTransform().m22()) * box.text.size < GREEK_BELOW_PX:
            painter.fillRect(rect, style.SELECTION if selected else QColor(box.fill).darker(108))
            greek_block(painter, box.text, dx, dy)  # every card alike: a zoomed-out map never looks empty
            if box.picture is not None:
                draw_picture(painter, box.picture, dx, dy, greek=True)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(box.fill))
        pen = QPen(QColor(box.border_colour), 1.6 if box.proposed else 1.0)
        if box.border == "dashed":
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([4, 3])
            pen.setWidthF(1.3)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        if box.picture is not None:
            draw_picture(painter, box.picture, dx, dy)
        draw_block(painter, box.text, dx, dy)
        for badge in box.badges:
            draw_block(painter, badge, dx, dy)
        if box.channel and box.badges:
            self._draw_channel_icon(painter, box, dx, dy)
        if box.proposed:
            self._draw_tag(painter, w)
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(style.SELECTION, style.SELECTION_WIDTH))
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), RADIUS + 2, RADIUS + 2)
            draw_handles(painter, w, h)

    def _draw_channel_icon(self, painter: QPainter, box: CardBox, dx: float, dy: float) -> None:
        """The channel's icon at the right end of the channel line, where the text leaves room."""
        line = box.badges[0]
        size = line.leading
        used = text_width(line.lines[0], REGULAR, line.size) if line.lines else 0.0
        if used + size + 4 > line.rect.w:
            return
        x = line.rect.right - size + dx
        painter.save()
        painter.setOpacity(painter.opacity() * 0.85)
        draw_channel_icon(painter, box.channel, QRectF(x, line.rect.y + dy, size, size))
        painter.restore()

    def _draw_tag(self, painter: QPainter, w: float) -> None:
        """A small 'TO-BE' tab straddling the top edge: proposed without relying on colour."""
        tw = text_width(TAG_TEXT, BOLD, 6.0) + 8
        tag = QRectF(w - tw - 8, -5.5, tw, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.PROPOSED)
        painter.drawRoundedRect(tag, 3, 3)
        draw_text(painter, tag.x() + 4, tag.y() + 7.3, TAG_TEXT, 6.0, bold=True, colour=QColor("#ffffff"))
