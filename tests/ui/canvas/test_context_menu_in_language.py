"""A German user's right-click on a card reads German: the entries, the evidence and channel names, the colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from journeymap.i18n import ui_language
from journeymap.ui.canvas import menus
from journeymap.ui.settings import Settings
from journeymap.ui.ui_language import UI_LANGUAGE, apply_ui_language

from .conftest import at


@pytest.fixture
def german(qapp, tmp_path):
    """The editor speaks German for one test; English afterwards."""
    settings = Settings(tmp_path / "de.json")
    settings.set_choice(UI_LANGUAGE, "de")
    apply_ui_language(qapp, settings)
    assert ui_language() == "de"
    yield
    settings.set_choice(UI_LANGUAGE, "en")
    apply_ui_language(qapp, settings)
    assert ui_language() == "en"


def _card_menu(view, monkeypatch):
    card_id = next(c.id for lane in view.session.journey.lanes for c in lane.cards if c.text.startswith("Product page"))
    box = view.map_scene.layout.cards[card_id]
    shown = []
    monkeypatch.setattr(menus, "run_menu", lambda menu, _pos: shown.append(menu))
    vp = view.viewport()
    point = at(view, box.rect.x + 10, box.rect.y + 8)
    QApplication.sendEvent(vp, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, vp.mapToGlobal(QPoint(point))))
    return card_id, shown[0]


def _texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _submenu(menu, title: str):
    return next(a.menu() for a in menu.actions() if a.text() == title)


def test_a_cards_context_menu_speaks_german_and_still_edits_the_card(view, monkeypatch, german):
    card_id, menu = _card_menu(view, monkeypatch)
    texts = _texts(menu)
    assert texts[:4] == ["Text bearbeiten", "Duplizieren", "Kopieren", "Ausschneiden"]
    assert {"Belege", "Kanal", "Farbe", "Löschen"} <= set(texts)
    assert _texts(_submenu(menu, "Belege")) == ["Beobachtet", "Angenommen", "Vorgeschlagen"]
    assert _texts(_submenu(menu, "Kanal"))[:3] == ["Keiner", "Website", "Mobile App"]
    colours = _submenu(menu, "Farbe")
    assert _texts(colours)[:3] == ["Standard", "Blau", "Grün"]
    next(a for a in colours.actions() if a.text() == "Grün").trigger()  # a German word, the same colour
    assert view.session.document.card(card_id).colour == menus.SWATCHES["Green"]
    assert not any(text in texts for text in ("Edit text", "Duplicate", "Delete", "Evidence"))
