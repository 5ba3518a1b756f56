"""Pasting a fragment of cards or steps: one undo step, exact undo, new ids, across maps."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from journeymap.commands.clipboard import (
    FragmentError,
    PasteFragment,
    dump_fragment,
    fragment_of,
    fragment_text,
    parse_fragment,
)
from journeymap.model import Document, JourneyMap, Lane, LaneKind, Persona, Stage, Step

from .test_undo_exact import sample
from .undo import push_undo_redo


def test_pasting_cards_into_a_cell_gives_new_ids_and_undoes_exactly():
    doc = sample()
    actions = doc.journey.lanes[0]
    source = [actions.cards[0].id, actions.cards[1].id]
    fragment = parse_fragment(dump_fragment(fragment_of(doc, source)))
    target = (doc.journey.lanes[2].id, doc.journey.steps()[3].id)
    command = PasteFragment(doc, fragment, cell=target)
    push_undo_redo(doc, command)
    pasted = doc.cell(*target)
    assert [c.text for c in pasted] == ["Scrolls feed", "Taps ad"]
    assert not {c.id for c in pasted} & set(source)


def test_pasting_a_step_brings_its_cards_and_scores_and_undoes_exactly():
    doc = sample()
    step = doc.journey.steps()[0]
    fragment = parse_fragment(dump_fragment(fragment_of(doc, [step.id])))
    stage = doc.journey.stages[1]
    command = PasteFragment(doc, fragment, stage=(stage.id, 1))
    push_undo_redo(doc, command)
    copy = doc.journey.stages[1].steps[1]
    assert copy.name == step.name and copy.id != step.id
    assert len(copy.scores) == 2
    assert [c.text for c in doc.cell(doc.journey.lanes[0].id, copy.id)] == ["Scrolls feed", "Taps ad"]


def test_a_step_pasted_into_another_map_finds_lanes_by_kind_and_drops_unknown_personas():
    doc = sample()
    fragment = parse_fragment(dump_fragment(fragment_of(doc, [doc.journey.steps()[0].id])))
    other = Document(JourneyMap(personas=[Persona(name="Zoe")], stages=[Stage(name="Only", steps=[Step(name="x")])],
                                lanes=[Lane(kind=LaneKind.ACTIONS)]))
    command = PasteFragment(other, fragment, stage=(other.journey.stages[0].id, 1))
    push_undo_redo(other, command)
    pasted = other.journey.stages[0].steps[1]
    assert pasted.scores == []
    assert len(other.cell(other.journey.lanes[0].id, pasted.id)) == 2


def test_plain_text_lists_the_cards_and_a_bad_fragment_is_refused_clearly():
    doc = sample()
    fragment = fragment_of(doc, [doc.journey.lanes[0].cards[0].id])
    assert fragment_text(fragment) == "- Scrolls feed"
    for raw in (b"not json", b'{"format": "other"}', b'{"format": "journeymap-fragment", "version": 1, '
                b'"cards": [{"card": {"step": "nope"}}]}'):
        try:
            parse_fragment(raw)
        except FragmentError as exc:
            assert str(exc)
        else:
            raise AssertionError(f"{raw!r} was accepted")


def test_pasting_nothing_leaves_no_undo_step():
    doc = sample()
    stack = QUndoStack()
    stack.push(PasteFragment(doc, fragment_of(doc, []), cell=(doc.journey.lanes[0].id, doc.journey.steps()[0].id)))
    assert stack.count() == 0


def test_a_step_from_a_map_with_a_wider_scale_keeps_its_extremes_on_this_maps_scale():
    from journeymap.io import dump_map, parse_map
    from journeymap.model import EmotionScale, Score

    doc = sample()  # on the usual -3..3 scale
    wide = Document(doc.journey.model_copy(deep=True))  # the same personas, on -5..5
    wide.journey.emotion_scale = EmotionScale(min=-5, max=5)
    step = wide.journey.steps()[0]
    persona = wide.journey.personas[0]
    step.scores = [Score(persona=persona.id, value=-5, target=4)]
    fragment = parse_fragment(dump_fragment(fragment_of(wide, [step.id])))
    stage = doc.journey.stages[0]
    PasteFragment(doc, fragment, stage=(stage.id, 0)).redo()
    pasted = doc.journey.stages[0].steps[0].scores
    assert [(s.value, s.target) for s in pasted] == [(-3, 3)]
    parse_map(dump_map(doc.journey))  # the map still saves as a file that opens
