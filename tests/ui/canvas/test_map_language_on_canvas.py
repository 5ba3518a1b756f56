"""The canvas prints a map's own labels in the map's language, as its exports do, whatever the editor speaks."""

from __future__ import annotations

from journeymap.commands import SetFields
from journeymap.model import LaneKind
from journeymap.templates import new_from_template


def _lane_title(window, kind: LaneKind) -> tuple[str, ...]:
    lane = next(lane for lane in window.session.journey.lanes if lane.kind is kind)
    return window.view.map_scene.lanes[lane.id].box.title.lines


def test_a_german_map_in_an_english_editor_shows_german_lane_names_and_follows_a_language_change(editor, qtbot):
    journey = new_from_template("online-purchase").model_copy(update={"language": "de"})
    window = editor.new_window(journey)
    qtbot.waitExposed(window)
    assert _lane_title(window, LaneKind.THOUGHTS) == ("Gedanken",)
    assert window.menuBar().actions()[0].text() == "&File"  # the editor itself still speaks English
    session = window.session
    session.push(SetFields(session.document, journey.id, {"language": "fr"}))
    window.view.map_scene.flush()
    assert _lane_title(window, LaneKind.THOUGHTS) == ("Pensées",)
    session.undo()
    window.view.map_scene.flush()
    assert _lane_title(window, LaneKind.THOUGHTS) == ("Gedanken",)
