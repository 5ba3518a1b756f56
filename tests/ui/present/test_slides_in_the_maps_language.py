"""The wall speaks the map's language (as its exports do); the facilitator's keys card the editor's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journeymap.templates import new_from_template
from journeymap.ui.present import PresentationWindow
from journeymap.ui.session import EditSession

from .conftest import HEIGHT, WIDTH, drawn_texts


def _german_show(qtbot) -> PresentationWindow:
    journey = new_from_template("online-purchase").model_copy(update={"language": "de"})
    window = PresentationWindow(EditSession(journey))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    return window


def test_a_german_maps_slides_read_german_and_the_keys_card_the_editors_english(qtbot):
    window = _german_show(qtbot)
    titles = [slide.title for slide in window.slides]
    assert "Die Journey auf einen Blick" in titles and "Abstimmungsergebnisse" in titles
    moment = next(k for k, slide in enumerate(window.slides)
                  if slide.kind == "stage" and any(t.text.startswith("\u2605 Moment of Truth")
                                                   for t in slide.ops if hasattr(t, "text")))
    window.go_to(moment)
    texts = drawn_texts(window)
    assert any(t.startswith("\u2605 Moment of Truth") for t in texts)
    assert not any("Moment of truth" in t for t in texts)
    qtbot.keyClick(window, Qt.Key.Key_V)
    assert "\u25cf Abstimmung läuft" in drawn_texts(window)
    qtbot.keyClick(window, Qt.Key.Key_V)
    qtbot.keyClick(window, Qt.Key.Key_H)
    texts = drawn_texts(window)
    assert "Keys" in texts and "next slide" in texts  # the facilitator's card: the editor speaks English
