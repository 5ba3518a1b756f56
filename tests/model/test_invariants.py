"""After any sequence of operations and undos the map stays sound and the Document's index true."""

from __future__ import annotations

from journeymap.model import (
    Card,
    Document,
    Lane,
    LaneKind,
    Note,
    Persona,
    Score,
    Stage,
    Step,
    reference_problems,
)

from .sample import sample_map


def assert_sound(doc: Document) -> None:
    """No cross-object problem, and every object is found by id under its real parent."""
    j = doc.journey
    assert reference_problems(j) == []
    expected: dict[str, str | None] = {}
    for persona in j.personas:
        expected[persona.id] = None
        for section in ("goal", "sees", "says", "does", "hears", "thinks", "feels", "pains", "gains"):
            for note in getattr(persona.empathy_map, section):
                expected[note.id] = persona.id
    for stage in j.stages:
        expected[stage.id] = None
        for step in stage.steps:
            expected[step.id] = stage.id
    for lane in j.lanes:
        expected[lane.id] = None
        for card in lane.cards:
            expected[card.id] = lane.id
    for obj_id, parent in expected.items():
        assert doc.has(obj_id)
        assert doc.parent_id(obj_id) == parent
    fresh = Document(j)
    assert {k for k in expected if fresh.has(k)} == set(expected)
    assert len(doc._objects) == len(expected)  # nothing stale left in the index


def test_a_long_edit_session_and_its_full_undo_keep_the_map_sound():
    doc = Document(sample_map())
    j = doc.journey
    start = j.model_dump()
    undo: list = []

    def run(do, back):
        result = do()
        undo.append(lambda: back(result))
        assert_sound(doc)

    ana, ben = j.personas
    pay = j.stages[1].steps[0]
    run(lambda: doc.set_fields(None, {"title": "New"}), lambda old: doc.set_fields(None, old))
    step = Step(name="Unbox")
    run(lambda: doc.add_stage(Stage(name="Use", steps=[step])), lambda _: doc.remove_stage(j.stages[-1].id))
    card = Card(step=step.id, text="Finds a thank-you note")
    run(lambda: doc.add_card(j.lanes[0].id, card, 0), lambda _: doc.remove_card(card.id))
    run(lambda: doc.move_card(j.lanes[0].cards[0].id, j.lanes[2].id, step.id), lambda old: doc.place_card(
        j.lanes[2].cards[-1].id, *old))
    run(lambda: doc.move_step(pay.id, j.stages[2].id, 0), lambda old: doc.move_step(pay.id, old.owner, old.index))
    run(lambda: doc.set_score(step.id, ben.id, Score(persona=ben.id, value=3)),
        lambda old: doc.set_score(step.id, ben.id, *old))
    run(lambda: doc.remove_persona(ana.id), doc.restore)
    run(lambda: doc.add_persona(Persona(name="Cleo")), lambda _: doc.remove_persona(j.personas[-1].id))
    note = Note(text="Wants it today")
    run(lambda: doc.add_note(ben.id, "feels", note), lambda _: doc.remove_note(note.id))
    run(lambda: doc.move_note(note.id, "gains", 0), lambda old: doc.place_note(note.id, old))
    run(lambda: doc.add_lane(Lane(kind=LaneKind.IDEAS), 1), lambda _: doc.remove_lane(j.lanes[1].id))
    run(lambda: doc.move_lane(j.lanes[0].id, 3), lambda old: doc.move_lane(j.lanes[3].id, old))
    run(lambda: doc.remove_step(pay.id), doc.restore)
    run(lambda: doc.remove_stage(j.stages[0].id), doc.restore)
    run(lambda: doc.remove_lane(j.lanes[0].id), doc.restore)

    while undo:
        undo.pop()()
        assert_sound(doc)
    assert j.model_dump() == start
