"""Joining a room whose shared map is already damaged (a hostile server, a stored room a bad peer
reached before the gate existed): the join never crashes and shows exactly what checking every
object on its own shows, however the fast path of a join reads it."""

from __future__ import annotations

import pytest
from pycrdt import Doc, Map, Text

from journeymap.collab import MapBinding, state
from journeymap.collab.shape import Refused, checked_list
from journeymap.collab.state import roots, shared_doc
from journeymap.model import new_id
from journeymap.model.limits import MAX_TEXT
from tests.commands.test_undo_exact import sample

from .replicas import dump, is_valid_map, shows_its_projection
from .test_hostile_peer import HOSTILE, first_card


def _note_filed_under_another_id(d, s, j):
    s["notes"][new_id()] = Map({"id": new_id(), "text": Text("stray")})


def _a_card_without_its_step(d, s, j):
    card = new_id()
    s["cards"][card] = Map({"id": card, "text": Text("no step")})
    s["lists"][f"{j.lanes[0].id}.cards"].append(card)


def _a_card_text_a_little_too_long(d, s, j):
    s["cards"][first_card(j).id]["text"].insert(0, "y" * MAX_TEXT)


DAMAGE = {**HOSTILE, "a note filed under another id": _note_filed_under_another_id,
          "a card without its step": _a_card_without_its_step,
          "a card text a little over the limit": _a_card_text_a_little_too_long}


def damaged_room(act) -> Doc:
    original = MapBinding.share(sample())
    room = shared_doc()
    room.apply_update(original.ydoc.get_update())
    with room.transaction():
        act(room, roots(room), original.document.journey)
    return room


def join_checking_each_object(room: Doc, monkeypatch) -> MapBinding:
    with monkeypatch.context() as patch:
        patch.setattr(state, "_checked_root", lambda kind, text: None)
        return MapBinding.join(room)


@pytest.mark.parametrize("name", DAMAGE)
def test_joining_a_damaged_room_shows_what_checking_each_object_shows(name, monkeypatch):
    room = damaged_room(DAMAGE[name])
    joined = MapBinding.join(room)
    assert is_valid_map(joined.document)
    assert shows_its_projection(joined)
    assert dump(joined.document) == dump(join_checking_each_object(room, monkeypatch).document)


def test_the_good_cards_of_a_damaged_room_are_all_there():
    clean = sample().journey
    joined = MapBinding.join(damaged_room(HOSTILE["a card filed under another card's id"]))
    assert [c.text for lane in joined.document.journey.lanes for c in lane.cards] == \
        [c.text for lane in clean.lanes for c in lane.cards]


def test_a_card_text_a_little_over_the_limit_is_cut_not_dropped():
    joined = MapBinding.join(damaged_room(_a_card_text_a_little_too_long))
    card = first_card(joined.document.journey)
    assert len(card.text) == MAX_TEXT and card.text.startswith("y")


@pytest.mark.parametrize("entries", [
    lambda a, b: [a, f"{a},{b}"], lambda a, b: [f"{a},{b}", ""], lambda a, b: [""], lambda a, b: [a, None],
    lambda a, b: [a.upper()], lambda a, b: [a + "\n"], lambda a, b: [a, 42],
])
def test_a_list_is_refused_when_any_entry_is_not_exactly_one_id(entries):
    with pytest.raises(Refused):
        checked_list("stages", entries(new_id(), new_id()))


def test_a_list_of_ids_and_an_empty_list_are_taken():
    ids = [new_id() for _ in range(5)]
    assert checked_list("stages", ids) == ids and checked_list("stages", []) == []
