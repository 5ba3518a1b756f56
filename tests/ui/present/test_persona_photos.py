"""Persona photos on the overview (decoded only once checked), initials in a coloured circle otherwise."""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from journeymap.model.journey_map import Photo
from journeymap.templates import new_from_template
from journeymap.ui import faces
from journeymap.ui.faces import initials
from journeymap.ui.present import PresentationWindow
from journeymap.ui.session import EditSession

from .conftest import HEIGHT, WIDTH

GREEN = "#22aa44"


def _photo(width: int = 90, height: int = 60, claimed: tuple[int, int] | None = None) -> Photo:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(GREEN))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    w, h = claimed or (width, height)
    return Photo(media_type="image/png", data=base64.b64encode(bytes(data)).decode(), width=w, height=h)


def _window(qtbot, photo: Photo | None) -> PresentationWindow:
    journey = new_from_template("hotel-blueprint")
    journey.personas[0].photo = photo
    window = PresentationWindow(EditSession(journey))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    return window


def test_a_persona_with_a_photo_shows_it_and_one_without_shows_initials(qtbot, monkeypatch):
    decoded = []
    real = faces._decode
    monkeypatch.setattr(faces, "_decode", lambda raw: decoded.append(raw) or real(raw))
    faces._PHOTOS.clear()
    window = _window(qtbot, _photo())
    image = window.grab().toImage()
    amira, eva = window.session.journey.personas
    texts = [t.text for t in window.text_log.items]
    assert len(window.text_log.photos) == 1 and len(decoded) == 1
    centre = window.text_log.photos[0].center()
    assert image.pixelColor(centre.toPoint()).name() == GREEN
    assert initials(amira.name) not in texts  # the photo replaces the initials
    assert initials(eva.name) == "EL" and "EL" in texts
    assert min(t.pixel_size for t in window.text_log.items) >= HEIGHT / 40


def test_a_photo_whose_header_disagrees_with_the_map_is_never_decoded_and_initials_show(qtbot, monkeypatch):
    decoded = []
    monkeypatch.setattr(faces, "_decode", lambda raw: decoded.append(raw) or QImage())
    faces._PHOTOS.clear()
    window = _window(qtbot, _photo(claimed=(4000, 4000)))  # the file says 90 x 60
    window.grab()
    assert decoded == []
    assert window.text_log.photos == []
    assert "AH" in [t.text for t in window.text_log.items]


def test_initials_sit_on_a_circle_of_the_persona_colour_dark_enough_for_white_text(qtbot):
    window = _window(qtbot, None)
    window.grab()
    drawn = next(t for t in window.text_log.items if t.text == "AH")
    assert drawn.pixel_size >= HEIGHT / 40
    from journeymap.ui.present.palette import contrast

    assert contrast(drawn.colour, drawn.background) >= 7.0
    assert drawn.background != "#ffffff"


def test_initials_of_awkward_names():
    assert initials("Amira Haddad") == "AH"
    assert initials("Mary-Jane van der Berg") == "MB"
    assert initials("Prince") == "P"
    assert initials("  ") == "?"
    assert initials("\u201cJo\u201d Smith") == "JS"
