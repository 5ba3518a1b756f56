"""Pickers show what they pick: channels with their icons, colours with swatches; a card's channel icon
is large and in the card's own ink."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from journeymap.model import CHANNELS
from journeymap.ui.canvas import menus
from journeymap.ui.panels.fields import ChannelField

from .conftest import at


def _card_id(view, text: str) -> str:
    return next(c.id for lane in view.session.journey.lanes for c in lane.cards if c.text.startswith(text))


def _right_click_menu(view, monkeypatch, point: QPoint):
    shown = []
    monkeypatch.setattr(menus, "run_menu", lambda menu, _pos: shown.append(menu))
    vp = view.viewport()
    QApplication.sendEvent(vp, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, vp.mapToGlobal(point)))
    assert shown
    return shown[0]


def _submenu(menu, title: str):
    return next(a.menu() for a in menu.actions() if a.text() == title)


def test_the_colour_menu_shows_a_swatch_per_colour_and_ticks_the_current_one(view, monkeypatch):
    card_id = _card_id(view, "Product page")
    box = view.map_scene.layout.cards[card_id]
    menu = _right_click_menu(view, monkeypatch, at(view, box.rect.x + 10, box.rect.y + 8))
    colours = _submenu(menu, "Colour")
    choices = [a for a in colours.actions() if not a.isSeparator()]
    assert [a.text() for a in choices] == ["Default", *menus.SWATCHES]
    assert all(not a.icon().isNull() for a in choices)
    assert [a.text() for a in choices if a.isChecked()] == ["Default"]
    next(a for a in choices if a.text() == "Green").trigger()
    assert view.session.document.card(card_id).colour == menus.SWATCHES["Green"]


def test_the_channel_menu_shows_each_channel_with_its_icon(view, monkeypatch):
    card_id = _card_id(view, "Product page")
    box = view.map_scene.layout.cards[card_id]
    menu = _right_click_menu(view, monkeypatch, at(view, box.rect.x + 10, box.rect.y + 8))
    channels = [a for a in _submenu(menu, "Channel").actions() if not a.isSeparator()]
    assert [a.text() for a in channels] == ["None", *CHANNELS.values()]
    assert all(not a.icon().isNull() for a in channels[1:])
    assert [a.text() for a in channels if a.isChecked()] == ["Website"]
    next(a for a in channels if a.text() == "Phone").trigger()
    assert view.session.document.card(card_id).channel == "phone"
    assert view.session.undo_stack.undoText().startswith("Set channel of card ‘Product page’ to Phone")


def test_the_inspectors_channel_picker_shows_icons_and_takes_a_typed_channel(qtbot):
    field = ChannelField()
    qtbot.addWidget(field.widget)
    combo = field.widget
    icons = {combo.itemText(k): not combo.itemIcon(k).isNull() for k in range(combo.count())}
    assert all(icons[name] for name in CHANNELS.values())
    got = []
    field.edited.connect(got.append)
    combo.show()
    combo.setFocus()
    combo.lineEdit().selectAll()
    from PySide6.QtTest import QTest

    QTest.keyClicks(combo.lineEdit(), "Chat")
    QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert got and got[-1] == "chat"


def test_a_cards_channel_icon_is_large_and_in_the_cards_own_ink(view, qtbot):
    card_id = _card_id(view, "Product page")
    view.session.document.set_fields(card_id, {"colour": "#203040"})  # a dark card: its ink is white
    qtbot.wait(10)
    box = view.map_scene.layout.cards[card_id]
    mark = box.channel_mark
    assert mark is not None and mark.w >= 12 and box.rect.contains_rect(mark)
    assert mark.w * view.transform().m11() >= 16  # at 100 %: at least 16 pixels across
    image = view.viewport().grab().toImage()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    top_left, bottom_right = at(view, mark.x, mark.y), at(view, mark.right, mark.bottom)
    light = 0
    for x in range(top_left.x(), bottom_right.x()):
        for y in range(top_left.y(), bottom_right.y()):
            c = image.pixelColor(int(x * ratio), int(y * ratio))
            light += c.lightness() > 200
    assert light >= 10, "the icon is drawn in the card's light ink on a dark card"
