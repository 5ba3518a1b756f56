"""After any edit, the updated canvas shows exactly what a canvas built fresh from the same map shows.

The scene updates its items from a re-layout (``layout.relayout``) instead of
rebuilding; these tests prove, through the real view, that the items it keeps,
moves, repaints, adds and drops end up where and as a fresh scene draws them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from journeymap.commands import AddCard, AddPersona, AddStep, Remove, Reorder, SetFields, SetScore
from journeymap.model import Card, Lane, LaneKind, Persona, Score, Step
from journeymap.ui.canvas import MapView
from journeymap.ui.canvas.scene import MapScene
from journeymap.ui.session import EditSession

from .maps import canvas_map

REGISTRIES = ("cards", "stages", "steps", "lanes", "curves", "markers", "scales", "legends", "blueprint")


def scene_state(scene: MapScene) -> dict:
    """Every item by registry and key: where it sits, how big it is, and the box it draws (texts included)."""
    state: dict = {}
    for name in REGISTRIES:
        for key, item in getattr(scene, name).items():
            rect = item.boundingRect()
            state[(name, key)] = (item.pos().x(), item.pos().y(), rect.width(), rect.height(),
                                  getattr(item, "box", getattr(item, "curve", None)), item.isVisible(),
                                  item.zValue())
    header = scene.header
    state["header"] = None if header is None else (header.pos().x(), header.pos().y(), header.boundingRect())
    # which row paints over which at their shared edge (a lane shown again must not end up on top)
    state["lane stacking"] = [item.obj_id for item in scene.items(Qt.SortOrder.AscendingOrder)
                              if getattr(item, "kind", "") == "lane"]
    state["map rect"] = scene.map_rect
    state["view rect"] = [view.sceneRect() for view in scene.views()]
    return state


def fresh_state(qtbot, session: EditSession) -> dict:
    twin = EditSession(session.journey.model_copy(deep=True))
    view = MapView(twin)
    qtbot.addWidget(view)
    return scene_state(view.map_scene)


def _edit(session: EditSession, make: Callable[[EditSession], object]) -> None:
    session.push(make(session))


EDITS: dict[str, Callable[[EditSession], object]] = {
    "score change": lambda s: SetScore(s.document, s.journey.steps()[2].id, s.journey.personas[0].id,
                                       Score(persona=s.journey.personas[0].id, value=-3, label="Angry")),
    "score cleared": lambda s: SetScore(s.document, s.journey.steps()[1].id, s.journey.personas[0].id, None),
    "to-be added (legend grows)": lambda s: SetScore(
        s.document, s.journey.steps()[3].id, s.journey.personas[0].id,
        Score(persona=s.journey.personas[0].id, value=0, target=2)),
    "second persona's score and to-be at a shared step": lambda s: SetScore(
        s.document, s.journey.steps()[1].id, s.journey.personas[1].id,
        Score(persona=s.journey.personas[1].id, value=-1, label="Lost", target=3, target_label="Found")),
    "last to-be removed (legend shrinks)": lambda s: SetScore(
        s.document, s.journey.steps()[0].id, s.journey.personas[1].id,
        Score(persona=s.journey.personas[1].id, value=1)),
    "score onto another persona's point (markers side by side)": lambda s: SetScore(
        s.document, s.journey.steps()[0].id, s.journey.personas[0].id,
        Score(persona=s.journey.personas[0].id, value=1)),
    "step rename": lambda s: SetFields(s.document, s.journey.steps()[1].id, {"name": "Compare prices"}),
    "step rename that wraps": lambda s: SetFields(
        s.document, s.journey.steps()[1].id, {"name": "Compare prices on three other sites before deciding"}),
    "metrics on a step": lambda s: SetFields(s.document, s.journey.steps()[0].id,
                                             {"metrics": {"nps": {"value": 12, "sample_size": 40}}}),
    "lane hide": lambda s: SetFields(s.document, s.journey.lanes[0].id, {"hidden": True}),
    "last lane hide": lambda s: SetFields(s.document, s.journey.lanes[-1].id, {"hidden": True}),
    "emotion lane hide": lambda s: SetFields(s.document, s.journey.lanes[2].id, {"hidden": True}),
    "lane move": lambda s: Reorder(s.document, s.journey.lanes[3].id, 0),
    "step add": lambda s: AddStep(s.document, s.journey.stages[0].id, Step(name="Ask a friend"), 1),
    "stage remove": lambda s: Remove(s.document, s.journey.stages[0].id),
    "persona curve hidden": lambda s: SetFields(s.document, s.journey.personas[1].id, {"show_curve": False}),
    "persona added (lane legend grows)": lambda s: AddPersona(s.document, Persona(name="Cleo", colour="#009e73")),
    "persona removed": lambda s: Remove(s.document, s.journey.personas[1].id),
    "persona renamed to a name that wraps": lambda s: SetFields(
        s.document, s.journey.personas[0].id, {"name": "Anastasia Konstantinou, night-shift nurse"}),
    "persona recoloured": lambda s: SetFields(s.document, s.journey.personas[0].id, {"colour": "#cc79a7"}),
    "curve hidden of a persona without to-be (key stays)": lambda s: SetFields(
        s.document, s.journey.personas[0].id, {"show_curve": False}),
    "card add": lambda s: AddCard(s.document, s.journey.lanes[1].id,
                                  Card(step=s.journey.steps()[3].id, text="Receipt by e-mail")),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_an_edit_its_undo_and_redo_leave_the_items_a_fresh_scene_would_show(qtbot, view, session, name):
    scene = view.map_scene
    before = scene_state(scene)
    assert before == fresh_state(qtbot, session)
    _edit(session, EDITS[name])
    qtbot.wait(1)
    edited = scene_state(scene)
    assert edited != before
    assert edited == fresh_state(qtbot, session)
    session.undo_stack.undo()
    assert scene_state(scene) == before
    session.undo_stack.redo()
    assert scene_state(scene) == edited


def test_a_score_change_then_a_step_rename_match_a_fresh_scene_and_keep_other_items(qtbot, view, session):
    scene = view.map_scene
    cards_before = dict(scene.cards)
    steps = session.journey.steps()
    ana = session.journey.personas[0]
    session.push(SetScore(session.document, steps[2].id, ana.id, Score(persona=ana.id, value=2)))
    session.push(SetFields(session.document, steps[0].id, {"name": "Sees advert"}))
    assert scene_state(scene) == fresh_state(qtbot, session)
    assert scene.steps[steps[0].id].box.title.lines == ("Sees advert",)
    assert all(scene.cards[key] is item for key, item in cards_before.items())  # kept, not remade


def test_typing_an_empathy_note_does_not_lay_out_the_map(view, session):
    from journeymap.commands.empathy import AddNote
    from journeymap.model import Note

    scene = view.map_scene
    layout = scene.layout
    session.push(AddNote(session.document, session.journey.personas[0].id, "says", Note(text="Too slow")))
    assert scene.layout is layout


def test_hiding_and_showing_a_lane_below_the_emotion_lane_moves_the_rows_below_and_matches_a_fresh_scene(qtbot):
    journey = canvas_map()
    steps = journey.steps()
    journey.lanes += [
        Lane(kind=LaneKind.OPPORTUNITIES, cards=[Card(step=steps[0].id, text="Clearer ad"),
                                                 Card(step=steps[2].id, text="Guest checkout")]),
        Lane(kind=LaneKind.IDEAS, cards=[Card(step=steps[1].id, text="Compare tool", votes=2)]),
    ]
    session = EditSession(journey)
    view = MapView(session)
    qtbot.addWidget(view)
    scene = view.map_scene
    pains = journey.lanes[3]
    kept = {c.id: scene.cards[c.id] for lane in journey.lanes[4:] for c in lane.cards}
    before = scene_state(scene)
    session.push(SetFields(session.document, pains.id, {"hidden": True}))
    assert scene.stats["moved"] >= len(kept)  # the rows below moved their items...
    assert all(scene.cards[cid] is item for cid, item in kept.items())  # ...which are the same items
    assert scene_state(scene) == fresh_state(qtbot, session)
    assert pains.cards[0].id not in scene.cards
    session.push(SetFields(session.document, journey.lanes[4].cards[1].id, {"colour": "#ffd8a8"}))
    assert scene_state(scene) == fresh_state(qtbot, session)
    session.push(SetFields(session.document, journey.lanes[4].cards[0].id,
                           {"text": "A much clearer advert that says the price up front, in large type"}))
    assert scene_state(scene) == fresh_state(qtbot, session)
    session.push(SetFields(session.document, pains.id, {"hidden": False}))
    shown = scene_state(scene)
    assert shown == fresh_state(qtbot, session)
    for _ in range(4):
        session.undo_stack.undo()
    assert scene_state(scene) == before
    for _ in range(4):
        session.undo_stack.redo()
    assert scene_state(scene) == shown


def test_two_personas_with_the_same_score_show_two_markers_side_by_side(view, session):
    scene = view.map_scene
    ana, ben = session.journey.personas
    step = session.journey.steps()[0]
    session.push(SetScore(session.document, step.id, ana.id, Score(persona=ana.id, value=1)))  # Ben's score too
    a, b = scene.markers[(ana.id, "as_is", step.id)], scene.markers[(ben.id, "as_is", step.id)]
    assert a.pos().y() == b.pos().y()
    assert abs(a.pos().x() - b.pos().x()) >= 12  # a marker is 9 pt wide: both visible
    centre = scene.layout.steps[step.id].column.center[0]
    assert abs((a.pos().x() + b.pos().x()) / 2 - centre) < 1e-6
    assert scene.layout.emotion.y_to_value(a.pos().y()) == 1
