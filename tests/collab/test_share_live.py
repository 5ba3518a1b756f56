"""What "Share live" and "Join" will call: the embedded server, the link, the status words."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from journeymap.collab import MapBinding
from journeymap.collab.client import RoomClient, RoomStatus
from journeymap.collab.embedded import start_embedded_server
from journeymap.collab.link import LinkError, RoomLink
from tests.commands.test_undo_exact import sample

from .test_server import wait_for


def test_a_link_says_where_the_room_is_and_round_trips():
    link = RoomLink.parse("ws://studio-pc:8765/team-map?token=abc%2Fdef")
    assert (link.host, link.port, link.room, link.token, link.secure) == ("studio-pc", 8765, "team-map", "abc/def", False)
    assert RoomLink.parse(link.url) == link
    assert RoomLink.parse("wss://maps.example.org/journey?token=t").port == 443


@pytest.mark.parametrize(("text", "words"), [
    ("http://host/room?token=t", "ws://"),
    ("ws://host:8765/?token=t", "no room"),
    ("ws://host:8765/room", "no token"),
    ("ws://:8765/room?token=t", "no host"),
    ("ws://host:99999/room?token=t", "not a room link"),
])
def test_a_bad_link_says_what_is_wrong(text, words):
    with pytest.raises(LinkError, match=words):
        RoomLink.parse(text)


def test_the_status_reads_as_the_status_bar_will_show_it():
    assert str(RoomStatus("offline", 12)) == "offline, 12 changes waiting"
    assert str(RoomStatus("offline", 1)) == "offline, 1 change waiting"
    assert str(RoomStatus("synced")) == "synced"
    assert str(RoomStatus("refused", message="wrong token")) == "not connected: wrong token"


def test_share_live_starts_a_room_on_a_free_port_and_a_colleague_joins_with_the_link():
    server = start_embedded_server(host="127.0.0.1")
    owners = [ThreadPoolExecutor(max_workers=1) for _ in range(2)]
    sharer = RoomClient(server.link, MapBinding.share(sample()), owner=owners[0].submit)
    joined: list[MapBinding] = []
    colleague = RoomClient(RoomLink.parse(str(server.link)), owner=owners[1].submit, on_joined=joined.append)
    try:
        assert server.link.port > 0 and len(server.link.token) >= 16
        sharer.start()
        wait_for(lambda: sharer.status.state == "synced")
        colleague.start()
        assert colleague.joined.wait(10) and joined == [colleague.binding]
        owners[1].submit(lambda: colleague.binding.document.set_fields(None, {"title": "From the colleague"})).result()
        wait_for(lambda: sharer.binding.document.journey.title == "From the colleague")
    finally:
        sharer.stop()
        colleague.stop()
        server.stop()
        for owner in owners:
            owner.shutdown()


def test_each_sees_who_else_is_in_the_map_what_they_select_and_where_they_type():
    from journeymap.collab.presence import Presence

    server = start_embedded_server(host="127.0.0.1")
    owners = [ThreadPoolExecutor(max_workers=1) for _ in range(2)]
    binding = MapBinding.share(sample())
    card = binding.document.journey.lanes[0].cards[0].id
    seen: list[dict] = []
    ana = RoomClient(server.link, binding, owner=owners[0].submit, presence=Presence("Ana", "#d55e00"))
    ben = RoomClient(server.link, owner=owners[1].submit, on_presence=seen.append)
    try:
        ana.start()
        wait_for(lambda: ana.status.state == "synced")
        ben.start()
        assert ben.joined.wait(10)
        wait_for(lambda: any(p.name == "Ana" for p in ben.others.values()))
        ana.set_presence(Presence("Ana", "#d55e00", selection=(card,), typing_in=card))
        wait_for(lambda: any(p.typing_in == card for p in ben.others.values()))
        (who,) = ben.others.values()
        assert (who.name, who.colour, who.selection) == ("Ana", "#d55e00", (card,))
        assert seen and all(isinstance(p, Presence) for state in seen for p in state.values())
        ana.stop()
        wait_for(lambda: ben.others == {})  # Ana left: her name and selection go at once
    finally:
        ana.stop()
        ben.stop()
        server.stop()
        for owner in owners:
            owner.shutdown()


@pytest.mark.parametrize("state", [None, "x", {"name": ""}, {"name": 5}, {"colour": "#fff"}])
def test_a_presence_that_is_not_one_is_dropped(state):
    from journeymap.collab.presence import Presence

    assert Presence.from_state(state) is None


def test_a_hostile_presence_is_cut_down_to_what_the_editor_draws():
    from journeymap.collab.presence import Presence

    p = Presence.from_state({"name": "x" * 10_000, "colour": "red; evil", "selection": ["../etc", 5] * 500,
                             "typing_in": {"a": 1}, "script": "<img src=x>"})
    assert p == Presence("x" * 100)


def test_a_new_cards_cell_travels_and_a_hostile_one_is_dropped():
    from journeymap.collab.presence import Presence
    from journeymap.model import new_id

    lane, step = new_id(), new_id()
    ana = Presence("Ana", typing_new=(lane, step))
    assert Presence.from_state(ana.to_state()) == ana
    for bad in ([lane], [lane, step, step], [lane, "../etc"], "lane|step", {"lane": lane}, [5, 6]):
        assert Presence.from_state({"name": "Ana", "typing_new": bad}) == Presence("Ana")
