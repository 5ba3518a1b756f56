"""In a dark UI the desk around the map goes dark; the map's own paper and colours do not."""

from journeymap.model import JourneyMap
from journeymap.ui.canvas import MapScene, style
from journeymap.ui.session import EditSession


def test_the_desk_follows_a_dark_scheme_and_back(qtbot, monkeypatch):
    monkeypatch.setenv("JOURNEYMAP_COLOR_SCHEME", "dark")
    scene = MapScene(EditSession(JourneyMap()))
    assert scene.backgroundBrush().color() == style.CANVAS_BACKGROUND_DARK
    scene.set_dark(False)
    assert scene.backgroundBrush().color() == style.CANVAS_BACKGROUND
