"""A proposed card's TO-BE tab stays readable when the card is selected."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionGraphicsItem

from journeymap.layout import BOLD, text_width
from journeymap.templates import new_from_template
from journeymap.ui.canvas.items.card import TAG_TEXT

SCALE = 4


def _paint(item, selected: bool) -> QImage:
    rect = item.boundingRect().adjusted(-4, -8, 4, 4)
    image = QImage(round(rect.width() * SCALE), round(rect.height() * SCALE), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(SCALE, SCALE)
    painter.translate(-rect.x(), -rect.y())
    option = QStyleOptionGraphicsItem()
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    item.paint(painter, option, None)
    painter.end()
    return image


def test_selecting_a_proposed_card_leaves_its_to_be_tab_whole(editor, qtbot):
    window = editor.new_window(new_from_template("online-purchase"))
    qtbot.waitExposed(window)
    scene = window.view.map_scene
    card = next(c for lane in window.session.journey.lanes for c in lane.cards if scene.item_for(c.id).box.proposed)
    item = scene.item_for(card.id)
    plain, selected = _paint(item, False), _paint(item, True)
    rect = item.boundingRect().adjusted(-4, -8, 4, 4)
    w = item._size[0]
    width = text_width(TAG_TEXT, BOLD, 6.0) + 8
    tab = QRectF(w - width - 8, -5.5, width, 10).adjusted(1, 1, -1, -1).translated(-rect.x(), -rect.y())
    differing = sum(plain.pixel(x, y) != selected.pixel(x, y)
                    for x in range(round(tab.left() * SCALE), round(tab.right() * SCALE))
                    for y in range(round(tab.top() * SCALE), round(tab.bottom() * SCALE)))
    assert differing == 0  # the selection outline ran through the tab's word
