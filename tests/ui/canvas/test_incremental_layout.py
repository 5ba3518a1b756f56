"""Re-laying out only the touched cells gives exactly what a full layout gives."""

from __future__ import annotations

import random

from journeymap.layout import layout_map
from journeymap.layout.incremental import relayout_cells
from journeymap.model import Card, Document, Lane, LaneKind

from .maps import canvas_map


def _cell_of(doc: Document, card_id: str) -> tuple[str, str]:
    return (doc.parent_id(card_id), doc.card(card_id).step)


def test_card_edits_relaid_out_cell_by_cell_match_a_full_layout():
    journey = canvas_map()
    journey.lanes.append(Lane(kind=LaneKind.FRONTSTAGE, cards=[Card(step=journey.steps()[0].id, text="Greets")]))
    journey.lanes.append(Lane(kind=LaneKind.BACKSTAGE))
    doc = Document(journey)
    layout = layout_map(journey)
    rng = random.Random(3)
    long_text = "a long card text that wraps over several lines of the card " * 2
    for _ in range(60):
        cards = [c for lane in journey.lanes for c in lane.cards]
        card = rng.choice(cards)
        cells = {_cell_of(doc, card.id)}
        action = rng.choice(["text", "short", "move", "add", "remove", "votes"])
        if action == "text":
            doc.set_fields(card.id, {"text": long_text[: rng.randint(0, len(long_text))]})
        elif action == "short":
            doc.set_fields(card.id, {"text": "x"})
        elif action == "votes":
            doc.set_fields(card.id, {"votes": rng.randint(0, 3), "channel": rng.choice(["", "email"])})
        elif action == "move":
            lane = rng.choice([n for n in journey.lanes if n.kind != LaneKind.EMOTION])  # it holds no cards
            step = rng.choice(journey.steps())
            doc.move_card(card.id, lane.id, step.id, rng.randint(0, 2))
            cells.add((lane.id, step.id))
        elif action == "add":
            lane = rng.choice([n for n in journey.lanes if n.kind != LaneKind.EMOTION])  # it holds no cards
            new = Card(step=rng.choice(journey.steps()).id, text=long_text[: rng.randint(1, 80)])
            doc.add_card(lane.id, new)
            cells = {(lane.id, new.step)}
        elif action == "remove" and len(cards) > 3:
            doc.remove_card(card.id)
        updated = relayout_cells(layout, journey, cells)
        assert updated is not None
        fresh = layout_map(journey)
        assert updated == fresh, action
        layout = updated


def test_an_edit_in_a_hidden_lane_needs_no_relayout_and_a_structural_one_asks_for_a_full_layout():
    journey = canvas_map()
    journey.lanes[1].hidden = True
    layout = layout_map(journey)
    hidden_cell = (journey.lanes[1].id, journey.lanes[1].cards[0].step)
    assert relayout_cells(layout, journey, [hidden_cell]) == layout
    assert relayout_cells(layout, journey, [(journey.lanes[0].id, "not-a-step")]) is None
