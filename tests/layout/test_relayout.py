"""Re-layout after an edit gives exactly the map a fresh layout gives, for every kind of edit.

The editor keeps one layout and calls ``relayout`` after each edit with the ids
the Document reported; whatever shortcut it takes (cells only, or reusing the
boxes of unchanged cards), what the user sees must be what a full layout shows.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from journeymap.layout import LayoutOptions, layout_map, relayout
from journeymap.model import Card, Change, Document, Lane, LaneKind, Persona, Score, Stage, Step
from journeymap.model.arrows import Arrow
from journeymap.model.kinds import EvidenceStatus
from tests.pictures import picture

from .maps import sample_map

LONG = "a card text long enough to wrap over many lines of its card and make its row taller " * 4


def _card(doc: Document, text: str):
    return next(c for lane in doc.journey.lanes for c in lane.cards if c.text.startswith(text))


def _nth_card(doc: Document, n: int) -> Card:
    """The ``n``-th card, in map order, of the lanes shown (whatever earlier edits left of the map)."""
    return [c for lane in doc.journey.lanes if not lane.hidden for c in lane.cards][n]


EDITS: dict[str, Callable[[Document], None]] = {
    "card text": lambda d: d.set_fields(_card(d, "Tracks").id, {"text": "Tracks the parcel twice a day"}),
    "card text that grows its row": lambda d: d.set_fields(_card(d, "Sees").id, {"text": LONG}),
    "card text that shrinks its row": lambda d: d.set_fields(_card(d, "Account creation").id,
                                                             {"text": "x", "detail": ""}),
    "card fields": lambda d: d.set_fields(_card(d, "Product page").id, {"votes": 0, "channel": "phone",
                                                                       "status": EvidenceStatus.ASSUMED}),
    "card move to another lane and step": lambda d: d.move_card(
        _card(d, "Opens the box").id, d.journey.lanes[4].id, d.journey.stages[0].steps[0].id, 0),
    "card move within its cell": lambda d: d.move_card(
        _card(d, "Courier").id, d.journey.lanes[1].id, _card(d, "Courier").step, 0),
    "card add": lambda d: d.add_card(d.journey.lanes[2].id, Card(step=d.journey.stages[4].steps[0].id,
                                                                   text=LONG)),
    "card remove": lambda d: d.remove_card(_card(d, "Reads reviews").id),
    "card edit in a hidden lane": lambda d: d.set_fields(_card(d, "Hidden lane").id, {"text": LONG}),
    "score change": lambda d: d.set_score(d.journey.stages[1].steps[0].id, d.journey.personas[0].id,
                                          Score(persona=d.journey.personas[0].id, value=3, target=-2)),
    "score cleared": lambda d: d.set_score(d.journey.stages[0].steps[0].id, d.journey.personas[1].id, None),
    "lane hide": lambda d: d.set_fields(d.journey.lanes[1].id, {"hidden": True}),
    "lane show": lambda d: d.set_fields(d.journey.lanes[-1].id, {"hidden": False}),
    "lane rename": lambda d: d.set_fields(d.journey.lanes[0].id, {"title": "What the customer does, step "
                                                                           "by step, in great detail"}),
    "lane colour": lambda d: d.set_fields(d.journey.lanes[0].id, {"colour": "#203040"}),
    "lane add": lambda d: d.add_lane(Lane(kind=LaneKind.IDEAS, cards=[
        Card(step=d.journey.stages[2].steps[0].id, text="Pay later")]), 1),
    "lane remove": lambda d: d.remove_lane(d.journey.lanes[0].id),
    "step rename": lambda d: d.set_fields(d.journey.stages[2].steps[0].id,
                                          {"name": "Checkout, with a much longer name that wraps"}),
    "step moment of truth": lambda d: d.set_fields(d.journey.stages[0].steps[0].id, {"moment_of_truth": True}),
    "step add": lambda d: d.add_step(d.journey.stages[1].id, Step(name="Asks a friend"), 0),
    "step remove": lambda d: d.remove_step(d.journey.stages[3].steps[0].id),
    "stage add": lambda d: d.add_stage(Stage(name="Leave", steps=[Step(name="Cancels")]), 2),
    "stage rename": lambda d: d.set_fields(d.journey.stages[0].id, {"name": "Becoming aware of the brand"}),
    "stage remove": lambda d: d.remove_stage(d.journey.stages[0].id),
    "score of a second persona gets a to-be (legend grows)": lambda d: d.set_score(
        d.journey.stages[0].steps[0].id, d.journey.personas[1].id,
        Score(persona=d.journey.personas[1].id, value=-1, label="Unsure", target=2, target_label="Keen")),
    "score label that crowds another persona's": lambda d: d.set_score(
        d.journey.stages[0].steps[0].id, d.journey.personas[1].id,
        Score(persona=d.journey.personas[1].id, value=1, label="Curious as well")),
    "last to-be removed (legend shrinks)": lambda d: [
        d.set_score(st.id, s.persona, s.model_copy(update={"target": None}))
        for st in d.journey.steps() for s in list(st.scores) if s.target is not None],
    "score moved onto another persona's (markers spread)": lambda d: d.set_score(
        d.journey.stages[1].steps[0].id, d.journey.personas[0].id,
        Score(persona=d.journey.personas[0].id, value=-2, target=1)),
    "score moved off a shared point (the other marker goes back)": lambda d: d.set_score(
        d.journey.steps()[-1].id, d.journey.personas[0].id, Score(persona=d.journey.personas[0].id, value=1)),
    "step rename keeping the header height": lambda d: d.set_fields(d.journey.stages[0].steps[0].id,
                                                                    {"name": "Sees ad"}),
    "step description (nothing drawn changes)": lambda d: d.set_fields(d.journey.stages[0].steps[0].id,
                                                                      {"description": "Seen on a bus"}),
    "step metrics": lambda d: d.set_fields(d.journey.stages[0].steps[0].id,
                                           {"metrics": {"nps": {"value": 12, "sample_size": 40}}}),
    "persona curve hidden": lambda d: d.set_fields(d.journey.personas[0].id, {"show_curve": False}),
    # the emotion lane's own legend: its rows change with the personas, its key with the to-be scores
    "curve hidden of a persona without to-be (key stays)": lambda d: d.set_fields(
        d.journey.personas[1].id, {"show_curve": False}),
    "persona added (legend grows a line)": lambda d: d.add_persona(Persona(name="Cleo", colour="#009e73")),
    "persona removed": lambda d: d.remove_persona(d.journey.personas[1].id),
    "persona renamed to a name that wraps": lambda d: d.set_fields(
        d.journey.personas[1].id, {"name": "Benedict Okafor-Lindqvist, weekend shopper and gadget fan"}),
    "persona renamed, same length": lambda d: d.set_fields(d.journey.personas[1].id, {"name": "Ben Okafur"}),
    "persona recoloured": lambda d: d.set_fields(d.journey.personas[1].id, {"colour": "#cc79a7"}),
    "persona moved (markers swap)": lambda d: d.move_persona(d.journey.personas[1].id, 0),
    "first to-be of a persona without one (key stays)": lambda d: d.set_score(
        d.journey.stages[4].steps[0].id, d.journey.personas[1].id,
        Score(persona=d.journey.personas[1].id, value=2, target=3)),
    "map title": lambda d: d.set_fields(d.journey.id, {"title": "Buying headphones, the long story"}),
    "card made to span to the last step": lambda d: d.set_span(_nth_card(d, 0).id, d.journey.steps()[-1].id),
    "card text edited beside a spanning card": lambda d: (
        d.set_span(_nth_card(d, 1).id, d.journey.steps()[-1].id),
        d.set_fields(_nth_card(d, 2).id, {"text": LONG})),
    "picture added to a card": lambda d: d.set_fields(_nth_card(d, 2).id, {"picture": picture(80, 60)}),
    "arrow added": lambda d: d.add_arrow(Arrow(source=_nth_card(d, 0).id, target=_nth_card(d, 3).id)),
    "step column widened": lambda d: d.set_fields(d.journey.stages[0].steps[0].id, {"card_width": 260}),
    "step column back to the map's width (or set to it)": lambda d: d.set_fields(
        d.journey.stages[1].steps[0].id, {"card_width": None if d.journey.stages[1].steps[0].card_width else 150}),
    "map card width": lambda d: d.set_fields(d.journey.id, {"card_width": 190}),
}


def _with_widths(journey):
    """The sample map with a narrower default card and one wide column, as a designer resizes them."""
    journey.card_width = 130
    journey.stages[1].steps[0].card_width = 230
    journey.stages[0].steps[0].card_width = 170
    return journey


@pytest.mark.parametrize("widths", [False, True], ids=["default widths", "resized columns"])
@pytest.mark.parametrize("options", [LayoutOptions(), LayoutOptions(card_width=123.7, leading=1.3),
                                     LayoutOptions(card_max_lines=2)],
                         ids=["default", "odd sizes", "faces cut to two lines"])
@pytest.mark.parametrize("edit", EDITS)
def test_relayout_after_an_edit_equals_a_full_layout(edit, options, widths):
    doc = Document(_with_widths(sample_map()) if widths else sample_map())
    previous = layout_map(doc.journey, options)
    changed: list[str] = []
    records: list[Change] = []
    doc.subscribe(lambda change: (changed.extend(change.ids), records.append(change)))
    EDITS[edit](doc)
    assert changed, "the edit changed nothing"
    fresh = layout_map(doc.journey, options)
    assert relayout(previous, doc.journey, changed) == fresh
    assert relayout(previous, doc.journey, changed, records) == fresh  # the narrow paths the canvas takes


def test_a_sequence_of_edits_keeps_matching_a_full_layout():
    """The editor chains re-layouts; an error would build up from one edit to the next."""
    doc = Document(sample_map())
    layout = layout_map(doc.journey)
    for name, edit in EDITS.items():
        changed: list[str] = []
        records: list[Change] = []
        doc.subscribe(listener := lambda change, out=changed, rec=records: (out.extend(change.ids),
                                                                              rec.append(change)))
        edit(doc)
        doc.unsubscribe(listener)
        layout = relayout(layout, doc.journey, changed, records)
        assert layout == layout_map(doc.journey), name


def test_unchanged_cards_keep_their_very_boxes_so_the_canvas_can_skip_them():
    doc = Document(sample_map())
    before = layout_map(doc.journey)
    doc.set_fields(doc.journey.stages[0].steps[0].id, {"name": "Sees an advert"})
    after = relayout(before, doc.journey, [doc.journey.stages[0].steps[0].id])
    assert all(after.cards[cid] is box for cid, box in before.cards.items())


def test_a_full_layout_after_a_text_edit_rewraps_the_new_text():
    """The remembered boxes are keyed by everything they show: a change is never served stale."""
    journey = sample_map()
    layout_map(journey)
    card = journey.lanes[0].cards[0]
    card.text = "Quite new words"
    assert layout_map(journey).cards[card.id].text.lines == ("Quite new words",)


def test_a_score_edit_keeps_the_grid_and_the_curves_it_does_not_touch():
    """Only the edited persona's curves and the labels of the edited step's column are made again."""
    doc = Document(sample_map())
    before = layout_map(doc.journey)
    records: list[Change] = []
    doc.subscribe(records.append)
    ana, ben = doc.journey.personas[:2]
    step = next(st for st in doc.journey.steps() if st.name == "Delivery")  # Ana has no score here
    doc.set_score(step.id, ben.id, Score(persona=ben.id, value=-1, label="Late again"))
    after = relayout(before, doc.journey, [step.id, ben.id], records)
    assert after == layout_map(doc.journey)
    assert after.cards is before.cards and after.steps is before.steps and after.lanes is before.lanes
    anas = [c for c in before.emotion.curves if c.persona_id == ana.id]
    assert anas and all(any(c is kept for kept in after.emotion.curves) for c in anas)
    assert [c for c in after.emotion.curves if c.persona_id == ben.id] != \
        [c for c in before.emotion.curves if c.persona_id == ben.id]


def test_a_step_rename_that_keeps_the_header_height_changes_only_that_header():
    doc = Document(sample_map())
    before = layout_map(doc.journey)
    records: list[Change] = []
    doc.subscribe(records.append)
    step = doc.journey.stages[0].steps[0]
    doc.set_fields(step.id, {"name": "Sees ad"})
    after = relayout(before, doc.journey, [step.id], records)
    assert after == layout_map(doc.journey)
    assert after.steps[step.id].title.lines == ("Sees ad",)
    assert all(after.steps[sid] is box for sid, box in before.steps.items() if sid != step.id)
    assert after.cards is before.cards and after.emotion is before.emotion


def _recorded(doc: Document, edit: Callable[[Document], None]) -> tuple[list[str], list[Change]]:
    records: list[Change] = []
    doc.subscribe(records.append)
    edit(doc)
    doc.unsubscribe(records.append)
    return [i for c in records for i in c.ids], records


def test_hiding_a_lane_moves_the_rows_below_without_new_boxes_and_later_edits_still_match():
    from journeymap.layout.lane_visibility_cards import RowCards

    doc = Document(sample_map())
    layout = layout_map(doc.journey)
    lane, below = doc.journey.lanes[4], doc.journey.lanes[5]  # both below the emotion lane
    steps = [
        lambda d: d.set_fields(lane.id, {"hidden": True}),
        lambda d: d.set_fields(below.cards[0].id, {"colour": "#ffd8a8"}),  # same size, in a moved row
        lambda d: d.set_fields(below.cards[0].id, {"text": LONG}),  # grows a moved row
        lambda d: d.set_fields(lane.id, {"hidden": False}),
        lambda d: d.set_fields(doc.journey.lanes[-2].id, {"hidden": True}),  # the last shown lane
    ]
    for k, edit in enumerate(steps):
        ids, records = _recorded(doc, edit)
        before = layout
        layout = relayout(layout, doc.journey, ids, records)
        assert layout == layout_map(doc.journey), k
        if k == 1:
            assert isinstance(layout.cards, RowCards) and layout.cards.rows[below.id].dy == 0  # row remade
            assert layout.cards[below.cards[0].id].fill == "#ffd8a8"
        if k == 0:
            assert isinstance(layout.cards, RowCards)
            assert layout.emotion is before.emotion and layout.header is before.header
            assert below.id in layout.cards.rows and layout.cards.rows[below.id].dy < 0
    assert list(layout.cards) == list(layout_map(doc.journey).cards)  # same order: drags sort by it


def test_with_sizes_that_do_not_add_up_exactly_a_hidden_lane_gets_a_full_layout():
    from journeymap.layout.lane_visibility_cards import RowCards

    options = LayoutOptions(card_width=123.7, leading=1.3)
    doc = Document(sample_map())
    layout = layout_map(doc.journey, options)
    ids, records = _recorded(doc, lambda d: d.set_fields(d.journey.lanes[4].id, {"hidden": True}))
    after = relayout(layout, doc.journey, ids, records)
    assert not isinstance(after.cards, RowCards)
    assert after == layout_map(doc.journey, options)


def test_a_score_edit_that_keeps_the_line_style_key_keeps_the_lane_legend_itself():
    """The canvas compares boxes by identity first: an unchanged legend is the very same object."""
    doc = Document(sample_map())
    before = layout_map(doc.journey)
    records: list[Change] = []
    doc.subscribe(records.append)
    ben = doc.journey.personas[1]
    doc.set_score(doc.journey.stages[0].steps[0].id, ben.id, Score(persona=ben.id, value=-2))
    after = relayout(before, doc.journey, [i for c in records for i in c.ids], records)
    assert after.emotion.legend is before.emotion.legend
    assert after.lanes is before.lanes  # the narrow score path, not a full layout
    assert after == layout_map(doc.journey)
