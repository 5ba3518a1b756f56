"""A malicious or buggy peer sends raw Yjs updates: none crashes the editor, corrupts the map,
or passes on from a replica that refused it."""

from __future__ import annotations

import pytest
from pycrdt import Array, Doc, Map, Text

from journeymap.collab import MapBinding
from journeymap.collab.state import roots
from journeymap.model import new_id
from tests.commands.test_undo_exact import sample

from .replicas import dump, is_valid_map


@pytest.fixture
def victim() -> MapBinding:
    return MapBinding.join(_copy_of(MapBinding.share(sample()).ydoc))


def _copy_of(ydoc: Doc) -> Doc:
    copy = Doc()
    copy.apply_update(ydoc.get_update())
    return copy


def hostile_update(victim: MapBinding, act) -> bytes:
    """What a peer holding the same map sends after ``act`` on its raw shared document."""
    peer = _copy_of(victim.ydoc)
    before = peer.get_state()
    shared = roots(peer)
    with peer.transaction():
        act(peer, shared, victim.document.journey)
    return peer.get_update(before)


def first_card(journey):
    return journey.lanes[0].cards[0]


HOSTILE = {
    "a number field holding text": lambda d, s, j: s["cards"][first_card(j).id].__setitem__("votes", "lots"),
    "a negative vote count": lambda d, s, j: s["cards"][first_card(j).id].__setitem__("votes", -5),
    "a field the format does not have": lambda d, s, j: s["cards"][first_card(j).id].__setitem__("evil", 1),
    "an oversized text": lambda d, s, j: s["cards"][first_card(j).id]["text"].insert(0, "x" * 1_000_000),
    "an oversized name": lambda d, s, j: s["stages"][j.stages[0].id].__setitem__("name", "n" * 100_000),
    "a card that is a string": lambda d, s, j: s["cards"].__setitem__(new_id(), "card"),
    "a colour that is not a colour": lambda d, s, j: s["stages"][j.stages[0].id].__setitem__("colour", "red"),
    "a list of children holding a number": lambda d, s, j: s["lists"][f"{j.lanes[0].id}.cards"].append(42),
    "a list of children that is a map": lambda d, s, j: s["lists"].__setitem__("stages", Map({"a": 1})),
    "an unknown part of the document": lambda d, s, j: d.get("evil", type=Map).__setitem__("x", 1),
    "a lane kind nobody knows": lambda d, s, j: s["lanes"][j.lanes[0].id].__setitem__("kind", "tarot"),
    "a score far off any scale": lambda d, s, j: s["steps"][j.stages[0].steps[0].id]["scores"].__setitem__(
        j.personas[0].id, {"persona": j.personas[0].id, "value": 10**9}),
    "a card filed under another card's id": lambda d, s, j: s["cards"].__setitem__(
        new_id(), Map({"id": first_card(j).id, "step": j.stages[0].steps[0].id, "text": Text("x")})),
    "a card made with a field the format does not have": lambda d, s, j: _remake(s, j, evil=1),
    "a card made with a number field holding text": lambda d, s, j: _remake(s, j, votes="lots"),
    "a card whose first fields are not a map": lambda d, s, j: s["cards"][first_card(j).id].__setitem__("*", 5),
}


def _remake(s, j, **fields):
    """Put other first fields (the ``*`` entry, layout 2) into the first card."""
    card = s["cards"][first_card(j).id]
    card["*"] = {**card["*"], **fields}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_update_is_refused_logged_and_not_passed_on(victim, name, caplog):
    before = dump(victim.document)
    state_before = victim.ydoc.get_state()
    sent = []
    victim.on_local_update(sent.append)
    update = hostile_update(victim, HOSTILE[name])
    assert victim.receive(update) is False
    assert dump(victim.document) == before
    assert victim.ydoc.get_state() == state_before, "the refused update entered the shared document"
    assert sent == []
    assert victim.refused and "refused a shared-map update" in caplog.text
    # the replica still works: a good edit from the same peer afterwards goes through
    good = hostile_update(victim, lambda d, s, j: s["map"].__setitem__("title", "Still fine"))
    assert victim.receive(good)
    assert victim.document.journey.title == "Still fine"


def _set_layout(layout):
    def act(d, s, j):
        if layout is None:
            del s["map"]["layout"]
        else:
            s["map"]["layout"] = layout
    return act


@pytest.mark.parametrize("layout", [1, 3, "2", None])
def test_a_peer_may_not_change_the_rooms_layout_version(victim, layout):
    """Else one peer could lock everyone of this version out of the room, or let in editors too old for it."""
    assert victim.ydoc.get("map", type=Map)["layout"] == 2
    before = dump(victim.document)
    assert victim.receive(hostile_update(victim, _set_layout(layout))) is False
    assert dump(victim.document) == before
    assert "layout" in victim.refused[-1]


def test_garbage_bytes_are_refused_or_change_nothing(victim):
    before = dump(victim.document)
    for junk in (b"", b"\x00", b"\xff" * 64, bytes(range(256)) * 10, b"\x01\x01" + bytes(500)):
        victim.receive(junk)
    assert victim.receive(b"\xff" * 64) is False
    assert dump(victim.document) == before and is_valid_map(victim.document)


def test_a_card_naming_a_step_that_does_not_exist_never_reaches_the_map(victim):
    card = new_id()

    def act(d, s, j):
        s["cards"][card] = Map({"id": card, "step": new_id(), "text": Text("ghost")})
        s["lists"][f"{j.lanes[0].id}.cards"].append(card)

    before = dump(victim.document)
    victim.receive(hostile_update(victim, act))
    assert not victim.document.has(card)
    assert dump(victim.document) == before and is_valid_map(victim.document)


def test_a_thread_on_nothing_and_a_list_of_unknown_ids_are_left_out(victim):
    thread = new_id()

    def act(d, s, j):
        s["threads"][thread] = Map({"id": thread, "target": new_id()})
        s["lists"]["threads"].append(thread)
        s["lists"]["stages"].extend([new_id(), new_id()])
        s["lists"][f"{thread}.comments"] = Array([new_id()])

    before = dump(victim.document)
    victim.receive(hostile_update(victim, act))
    assert dump(victim.document) == before and is_valid_map(victim.document)


def test_100000_inserts_in_one_update_are_refused_at_once(victim):
    """A second's worth of a flooding peer (1,000 transactions of 100 inserts, merged) in one message."""
    peer = _copy_of(victim.ydoc)
    array = roots(peer)["lists"][f"{victim.document.journey.lanes[0].id}.cards"]
    start = peer.get_state()
    for _ in range(1_000):  # yrs grows badly with many inserts in one transaction; a peer would batch
        with peer.transaction():
            array.extend([new_id() for _ in range(100)])
    before = dump(victim.document)
    assert victim.receive(peer.get_update(start)) is False
    assert "100" in victim.refused[-1] and dump(victim.document) == before


def test_a_burst_of_100000_small_inserts_is_absorbed_without_a_crash(victim):
    """A second's flood of valid-looking list inserts (100 updates of 1,000) leaves a valid map."""
    peer = _copy_of(victim.ydoc)
    lane = victim.document.journey.lanes[0].id
    array = roots(peer)["lists"][f"{lane}.cards"]
    accepted = 0
    for _ in range(100):
        before = peer.get_state()
        for _ in range(10):
            with peer.transaction():
                array.extend([new_id() for _ in range(100)])
        accepted += victim.receive(peer.get_update(before))
    assert accepted < 100  # past the list limit the rest is refused
    assert is_valid_map(victim.document)
    assert len(victim.document.lane(lane).cards) == len(sample().journey.lanes[0].cards)


def test_a_peer_that_turns_a_lane_with_cards_into_an_emotion_lane_leaves_a_map_that_saves_and_loads(victim):
    lane = victim.document.journey.lanes[0]
    assert lane.cards

    def act(peer, shared, journey):
        shared["lanes"][lane.id]["kind"] = "emotion"

    assert victim.receive(hostile_update(victim, act))
    shown = victim.document.lane(lane.id)
    assert shown.kind.value == "emotion" and shown.cards == []
    assert is_valid_map(victim.document)


def test_a_panic_inside_yrs_while_checking_is_a_refusal_not_a_dead_connection(victim):
    class PanicException(BaseException):  # what pyo3 raises for a Rust panic: not an Exception
        pass

    def panics(update):
        raise PanicException("called `Option::unwrap()` on a `None` value")

    victim._gate._ready_twin().apply_update = panics  # the gate's own twin
    before = dump(victim.document)

    def rename(peer, shared, journey):
        shared["map"]["title"] = "Renamed"

    assert not victim.receive(hostile_update(victim, rename))
    assert "cannot be decoded" in victim.refused[-1] and dump(victim.document) == before
    assert victim.receive(hostile_update(victim, rename)), "a fresh twin checks the next update"
    assert victim.document.journey.title == "Renamed"
