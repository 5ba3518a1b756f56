"""The room's layout version 2: an object's first fields are one Yjs entry, yet edits of different fields
of one card still merge, rooms made in layout 1 are read and edited as they are, and a room in a layout
this version does not know is refused with a reason instead of shown half-empty."""

from __future__ import annotations

import random

import pytest
from pycrdt import Map

from journeymap.collab import CollabError, MapBinding
from journeymap.collab.server import mark_layout
from journeymap.collab.state import roots, shared_doc
from journeymap.collab.writer import SharedWriter
from journeymap.model import Card
from tests.commands.test_undo_exact import sample

from .replicas import Replicas, dump, is_valid_map, shows_its_projection


def layout_1_share(monkeypatch) -> MapBinding:
    """A map shared as editors before layout 2 did it: every field its own entry, no layout marker."""
    with monkeypatch.context() as patch:
        patch.setattr(SharedWriter, "_put_new", SharedWriter._put_fields)
        patch.setattr(SharedWriter, "_mark_layout", lambda self: None)
        return MapBinding.share(sample())


def joined(binding: MapBinding, client_id: int) -> MapBinding:
    ydoc = shared_doc(client_id)
    ydoc.apply_update(binding.update_since())
    return MapBinding.join(ydoc)


def test_a_shared_card_is_three_entries_and_the_room_says_its_layout():
    ana = MapBinding.share(sample())
    card = ana.document.journey.lanes[0].cards[0]
    shared = roots(ana.ydoc)
    assert sorted(shared["cards"][card.id].keys()) == ["*", "detail", "text"]
    assert shared["map"]["layout"] == 2
    ben = joined(ana, 2)
    assert dump(ben.document) == dump(ana.document) and shows_its_projection(ben)


def test_two_people_setting_different_fields_of_one_card_both_win_and_undo_brings_back_the_first():
    room = Replicas(sample().journey, n=2)
    ana, ben = room.bindings
    card = ana.document.journey.lanes[0].cards[0]
    first_votes = card.votes
    with ana.local_edit():
        ana.document.set_fields(card.id, {"votes": first_votes + 3})
    with ben.local_edit():
        ben.document.set_fields(card.id, {"channel": "phone", "text": card.text + " (Ben)"})
    room.exchange_all()
    for doc in room.docs():
        assert doc.card(card.id).votes == first_votes + 3
        assert doc.card(card.id).channel == "phone" and doc.card(card.id).text.endswith("(Ben)")
    assert ana.undo()  # Ana's own edit only: back to the votes the card was made with
    room.exchange_all()
    for doc in room.docs():
        assert doc.card(card.id).votes == first_votes and doc.card(card.id).channel == "phone"
    assert dump(ana.document) == dump(ben.document)


def test_a_room_made_in_layout_1_is_joined_and_edited_as_it_is(monkeypatch):
    old = layout_1_share(monkeypatch)
    card = old.document.journey.lanes[0].cards[0]
    assert "*" not in roots(old.ydoc)["cards"][card.id] and "layout" not in roots(old.ydoc)["map"]
    ana, ben = joined(old, 2), joined(old, 3)
    assert dump(ana.document) == dump(old.document) == dump(ben.document)
    sent = {id(b): [] for b in (ana, ben)}
    for b in (ana, ben):
        b.on_local_update(sent[id(b)].append)
    lane, step = ana.document.journey.lanes[0].id, ana.document.journey.steps()[0].id
    with ana.local_edit():
        ana.document.add_card(lane, Card(step=step, text="Made in layout 2"))
        ana.document.set_fields(card.id, {"votes": 7})
    with ben.local_edit():
        ben.document.set_fields(card.id, {"owner": "Ben"})
    for update in sent[id(ana)]:
        assert ben.receive(update)
    for update in sent[id(ben)]:
        assert ana.receive(update)
    assert dump(ana.document) == dump(ben.document) and is_valid_map(ana.document)
    shown = ana.document.card(card.id)
    assert (shown.votes, shown.owner) == (7, "Ben")
    assert "Made in layout 2" in [c.text for c in ben.document.journey.lanes[0].cards]


def test_a_server_marks_a_room_it_loads_in_layout_1_and_nothing_else_changes(monkeypatch):
    old = layout_1_share(monkeypatch)
    room = shared_doc()
    room.apply_update(old.update_since())
    assert mark_layout(room) is True and room.get("map", type=Map)["layout"] == 2
    assert mark_layout(room) is False, "marked twice"
    assert mark_layout(shared_doc()) is False, "an empty room is marked by whoever shares into it"
    assert dump(MapBinding.join(room).document) == dump(old.document)


@pytest.mark.parametrize("layout", [3, "2"])
def test_a_room_in_a_layout_this_version_cannot_read_is_refused_with_a_reason(layout):
    room = shared_doc()
    room.apply_update(MapBinding.share(sample()).update_since())
    room.get("map", type=Map)["layout"] = layout
    with pytest.raises(CollabError, match="update Journeymap"):
        MapBinding.join(room)


def test_layout_1_and_layout_2_replicas_converge_under_random_concurrent_edits(monkeypatch):
    """Rooms made in layout 1 keep being edited by layout 2 editors: cards of both kinds side by side."""
    old = layout_1_share(monkeypatch)
    rng = random.Random(15)
    bindings = [joined(old, k) for k in (2, 3, 4)]
    sent: list[list[bytes]] = [[] for _ in bindings]
    for k, b in enumerate(bindings):
        b.on_local_update(sent[k].append)
    for _ in range(60):
        k = rng.randrange(3)
        doc = bindings[k].document
        lane = rng.choice([lane for lane in doc.journey.lanes if lane.kind != "emotion"])
        cards = [c for ln in doc.journey.lanes for c in ln.cards]
        with bindings[k].local_edit():
            roll = rng.random()
            if roll < 0.3 or not cards:
                doc.add_card(lane.id, Card(step=rng.choice(doc.journey.steps()).id, text=f"new {k}"))
            elif roll < 0.55:
                doc.set_fields(rng.choice(cards).id, {"votes": rng.randint(0, 9)})
            elif roll < 0.8:
                doc.set_fields(rng.choice(cards).id, {"owner": f"p{k}"})
            else:
                doc.remove_card(rng.choice(cards).id)
        if rng.random() < 0.3:
            a, b = rng.sample(range(3), 2)
            for update in sent[a]:
                bindings[b].receive(update)
    for _ in range(2):
        for a in bindings:
            for b in bindings:
                if a is not b:
                    assert b.receive(a.update_since(b.ydoc.get_state()))
    first = dump(bindings[0].document)
    assert all(dump(b.document) == first and shows_its_projection(b) for b in bindings)
