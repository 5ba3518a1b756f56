"""A card: a rounded note in a cell, drawn exactly from its CardBox."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ....layout import CardBox, text_width
from ....layout.map_layout import MORE_TEXT
from ....layout.paint import Box, card_outline
from ....layout.style import STYLE
from ....layout.text import BOLD, REGULAR
from .. import style
from ..fonts import GREEK_BELOW_PX, draw_block, draw_text, greek_block
from .base import MapItem
from .card_picture import draw_picture
from .handles import draw_handles
from .icons import draw_channel_icon
from .selection import draw_selection

RADIUS = STYLE.card.radius  # the style table's, as on paper
MORE_SIZE = 7.0  # the layout's small size: the mark's width is measured with it
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
        self.editing = False  # typed in: outlined as selected (a new card is not selected yet)

    def set_editing(self, on: bool) -> None:
        if on != self.editing:
            self.editing = on
            self.update()

    def content_key(self, box: CardBox) -> object:
        return (box.text.lines, tuple(b.lines for b in box.badges), box.fill, box.border, box.proposed,
                box.votes, box.channel, box.border_colour, box.text.colour, box.more is not None,
                box.channel_mark is not None, box.picture)

    def boundingRect(self) -> QRectF:  # noqa: N802
        if self._bounds_for != self._size:
            w, h = self._size
            # room for the selection outline, the to-be tag and the connector handle right of the card
            self._bounds = QRectF(-5, -7, w + 5 + HANDLE_REACH, h + 12)
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
            painter.fillRect(rect, QColor(box.fill).darker(108))
            greek_block(painter, box.text, dx, dy)  # every card alike: a zoomed-out map never looks empty
            if box.picture is not None:
                draw_picture(painter, box.picture, dx, dy, greek=True)
            if selected or self.editing:
                draw_selection(painter, rect, RADIUS)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline, brush, pen = self.outline()
        painter.setBrush(brush)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, outline.radius, outline.radius)
        if box.picture is not None:
            draw_picture(painter, box.picture, dx, dy)
        draw_block(painter, box.text, dx, dy)
        if box.more is not None:
            self._draw_more(painter, box, dx, dy)
        for badge in box.badges:
            draw_block(painter, badge, dx, dy)
        if box.channel_mark is not None:
            m = box.channel_mark
            draw_channel_icon(painter, box.channel, QRectF(m.x + dx, m.y + dy, m.w, m.h), box.text.colour)
        if selected or self.editing:
            draw_selection(painter, rect, RADIUS)
        if box.proposed:  # over the selection outline, which ran through its word
            self._draw_tag(painter, w)
        if selected:
            draw_handles(painter, w, h)

    def outline(self) -> tuple[Box, QColor, QPen]:
        """The card's box as the paint plan draws it on paper (rect in map points), and its brush and pen."""
        outline = card_outline(self.box)
        assert outline.stroke is not None  # a card always has an edge
        return outline, QColor(outline.fill or STYLE.paper), style.pen(outline.stroke)

    def _draw_more(self, painter: QPainter, box: CardBox, dx: float, dy: float) -> None:
        """The "more" mark at the end of a face cut to the line limit: a pill in the card's own ink."""
        m = box.more
        size = MORE_SIZE
        ink = QColor(box.text.colour)
        pill = QRectF(m.x + dx + 1, m.y + dy + (m.h - size * 1.5) / 2, m.w - 1, size * 1.5)
        fill = QColor(ink)
        fill.setAlpha(28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        tw = text_width(MORE_TEXT, REGULAR, size)
        draw_text(painter, pill.center().x() - tw / 2, pill.center().y() + size * 0.36, MORE_TEXT, size, colour=ink)

    def _draw_tag(self, painter: QPainter, w: float) -> None:
        """A small 'TO-BE' tab straddling the top edge: proposed without relying on colour."""
        tw = text_width(TAG_TEXT, BOLD, 6.0) + 8
        tag = QRectF(w - tw - 8, -5.5, tw, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.PROPOSED)
        painter.drawRoundedRect(tag, 3, 3)
        draw_text(painter, tag.x() + 4, tag.y() + 7.3, TAG_TEXT, 6.0, bold=True, colour=QColor("#ffffff"))
