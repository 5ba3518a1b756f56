"""Every map command: push, undo gives back the identical document, redo the edited one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from journeymap.commands import (
    AddCard,
    AddLane,
    AddPersona,
    AddStage,
    AddStep,
    MoveCard,
    MoveStep,
    Remove,
    Reorder,
    SetFields,
    SetScore,
)
from journeymap.model import (
    Card,
    Document,
    EvidenceStatus,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Score,
    Stage,
    Step,
)

from .undo import push_undo_redo


def sample() -> Document:
    a, b = Persona(name="Ana"), Persona(name="Ben")
    s1 = Stage(name="Aware", steps=[Step(name="See advert"), Step(name="Visit site")])
    s2 = Stage(name="Buy", steps=[Step(name="Checkout"), Step(name="Pay")])
    steps = s1.steps + s2.steps
    for k, step in enumerate(steps):
        step.scores = [Score(persona=a.id, value=k - 1), Score(persona=b.id, value=1 - k)]
    actions = Lane(kind=LaneKind.ACTIONS, cards=[
        Card(step=steps[0].id, text="Scrolls feed"), Card(step=steps[0].id, text="Taps ad"),
        Card(step=steps[1].id, text="Reads reviews"), Card(step=steps[3].id, text="Enters card"),
    ])
    pains = Lane(kind=LaneKind.PAIN_POINTS, cards=[Card(step=steps[2].id, text="Forced sign-up")])
    return Document(JourneyMap(personas=[a, b], stages=[s1, s2],
                               lanes=[actions, Lane(kind=LaneKind.EMOTION), pains]))


def commands(doc: Document):
    j = doc.journey
    steps = j.steps()
    actions, pains = j.lanes[0], j.lanes[2]
    card = actions.cards[0]
    yield SetFields(doc, None, {"title": "New title"})
    yield SetFields(doc, card.id, {"text": "Scrolls Instagram", "status": EvidenceStatus.ASSUMED})
    yield SetFields(doc, j.personas[0].id, {"empathy_map.designed_by": "Kim"})
    yield AddPersona(doc, Persona(name="Cy"), 1)
    yield AddStage(doc, Stage(name="Use"), 1)
    yield AddStep(doc, j.stages[1].id, Step(name="Confirm"), 0)
    yield AddLane(doc, Lane(kind=LaneKind.IDEAS), 0)
    yield AddCard(doc, pains.id, Card(step=steps[0].id, text="Too many ads"))
    yield AddCard(doc, actions.id, Card(step=steps[0].id, text="First"), 0)
    yield Remove(doc, j.personas[0].id)
    yield Remove(doc, j.stages[0].id)
    yield Remove(doc, steps[0].id)
    yield Remove(doc, actions.id)
    yield Remove(doc, card.id)
    yield Reorder(doc, j.stages[1].id, 0)
    yield Reorder(doc, j.lanes[2].id, 0)
    yield Reorder(doc, j.personas[1].id, 0)
    yield MoveStep(doc, steps[0].id, j.stages[1].id, 1)
    yield MoveStep(doc, steps[1].id, j.stages[0].id, 0)
    yield MoveCard(doc, card.id, pains.id, steps[3].id, 0)
    yield MoveCard(doc, card.id, actions.id, steps[0].id, 1)
    yield MoveCard(doc, actions.cards[3].id, actions.id, steps[0].id, 0)
    yield SetScore(doc, steps[1].id, j.personas[0].id, Score(persona=j.personas[0].id, value=3))
    yield SetScore(doc, steps[1].id, j.personas[0].id, None)


def _ids():
    return [type(c).__name__ + str(k) for k, c in enumerate(commands(sample()))]


@pytest.mark.parametrize("k", range(len(_ids())), ids=_ids())
def test_push_undo_redo_is_exact(k):
    doc = sample()
    push_undo_redo(doc, list(commands(doc))[k])


def test_typing_in_a_field_merges_into_one_undo_step():
    doc = sample()
    stack = QUndoStack()
    card = doc.journey.lanes[0].cards[0]
    for text in ("S", "Sc", "Scr"):
        stack.push(SetFields(doc, card.id, {"text": text}, merge=True))
    assert stack.count() == 1
    stack.undo()
    assert card.text == "Scrolls feed"


def test_an_edit_that_changes_nothing_leaves_no_undo_step():
    doc = sample()
    stack = QUndoStack()
    stack.push(SetFields(doc, None, {"title": doc.journey.title}))
    stack.push(MoveCard(doc, doc.journey.lanes[0].cards[0].id, doc.journey.lanes[0].id,
                        doc.journey.steps()[0].id, 0))
    assert stack.count() == 0
