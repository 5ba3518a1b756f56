"""A presentation of a bundled template on a fixed 1920x1080 surface (offscreen cannot go full screen)."""

from __future__ import annotations

import pytest

from journeymap.model.workshop import WorkshopLane
from journeymap.templates import new_from_template
from journeymap.ui.present import PresentationWindow
from journeymap.ui.session import EditSession

WIDTH, HEIGHT = 1920, 1080


def open_presentation(qtbot, name: str = "online-purchase", all_lanes: bool = False) -> PresentationWindow:
    """A presentation of a template; ``all_lanes`` sets its workshop view to every lane (not the default)."""
    journey = new_from_template(name)
    if all_lanes:
        journey.workshop.lanes = [WorkshopLane(lane=lane.id) for lane in journey.lanes]
    session = EditSession(journey)
    window = PresentationWindow(session)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    return window


@pytest.fixture(autouse=True)
def light_theme():
    """The theme is remembered for the rest of a run; every test starts from the light one."""
    from journeymap.ui.present.palette import LIGHT, remember_palette

    remember_palette(LIGHT)
    yield
    remember_palette(LIGHT)


@pytest.fixture
def presentation(qtbot) -> PresentationWindow:
    return open_presentation(qtbot)


def drawn_texts(window: PresentationWindow) -> list[str]:
    """Render the window and return every line of text it drew."""
    window.grab()
    return [t.text for t in window.text_log.items]
