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
