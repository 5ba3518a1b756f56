"""The room serves only its page and API, only to its own address, only to holders of the join token."""

from __future__ import annotations

import asyncio
import base64
import json
import queue

import aiohttp
import pytest

from journeymap.collab.room import LaneView, Opened, RoomServer, StageView, StepView, limits
from journeymap.collab.room.tokens import CODE_ALPHABET

VIEW = StageView("Map", "en", "44444444-4444-4444-8444-444444444444", "Research", 2, 5,
                 (LaneView("11111111-1111-4111-8111-111111111111", "Pain points"),),
                 (StepView("22222222-2222-4222-8222-222222222222", "Compares"),))


@pytest.fixture
def server(request):
    events: queue.Queue = queue.Queue()
    room = RoomServer(VIEW, events.put, "127.0.0.1", 0)
    room.start()
    opened = events.get(timeout=5)
    assert isinstance(opened, Opened)
    room.events = events
    room.opened = opened
    yield room
    room.stop(wait=5)
    assert not room.thread.is_alive()


def run(coro):
    return asyncio.run(coro)


def test_the_token_has_at_least_128_bits_and_the_code_is_short_and_unambiguous(server):
    token = server.opened.link.split("#", 1)[1]
    assert len(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))) * 8 >= 128
    assert len(server.code) == 6 and set(server.code) <= set(CODE_ALPHABET)
    assert not set("01OIL") & set(CODE_ALPHABET)


def test_only_the_page_and_its_api_are_served_with_strict_headers_and_no_secret_in_the_page(server):
    async def go():
        async with aiohttp.ClientSession() as http:
            page = await http.get(server.opened.address + "/")
            html = await page.text()
            statuses = {path: (await http.get(server.opened.address + path)).status
                        for path in ("/room.js", "/room.css", "/favicon.ico", "/../etc/passwd", "/api", "/page/index.html")}
            return page, html, statuses

    page, html, statuses = run(go())
    assert page.status == 200 and server.token not in html and server.code not in html
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Content-Type-Options"] == "nosniff" and page.headers["Referrer-Policy"] == "no-referrer"
    assert statuses == {"/room.js": 200, "/room.css": 200, "/favicon.ico": 404, "/../etc/passwd": 404, "/api": 404,
                        "/page/index.html": 404}


def test_another_host_name_or_another_sites_origin_is_refused(server):
    async def go():
        async with aiohttp.ClientSession() as http:
            rebound = await http.get(server.opened.address + "/", headers={"Host": "evil.example:80"})
            cross = await http.post(server.opened.address + "/api/code", json={"code": server.code},
                                    headers={"Origin": "http://evil.example"})
            with pytest.raises(aiohttp.WSServerHandshakeError):
                await http.ws_connect(server.opened.address + "/api/ws", headers={"Origin": "http://evil.example"})
            return rebound.status, cross.status

    assert run(go()) == (421, 403)


def test_a_wrong_token_is_refused_and_the_short_code_is_rate_limited(server):
    async def go():
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(server.opened.address + "/api/ws") as ws:
                await ws.send_str(json.dumps({"type": "hello", "token": "guess" * 8}))
                refused = await ws.receive_json()
            tries = [(await http.post(server.opened.address + "/api/code", json={"code": "AAAAAA"})).status
                     for _ in range(limits.CODE_TRIES_PER_MINUTE + 2)]
            right_but_late = await http.post(server.opened.address + "/api/code", json={"code": server.code})
            return refused, tries, right_but_late.status

    refused, tries, late = run(go())
    assert refused["type"] == "refused"
    assert tries[:limits.CODE_TRIES_PER_MINUTE] == [403] * limits.CODE_TRIES_PER_MINUTE
    assert tries[limits.CODE_TRIES_PER_MINUTE:] == [429, 429] and late == 429


def test_the_right_code_gives_the_token(server):
    async def go():
        async with aiohttp.ClientSession() as http:
            reply = await http.post(server.opened.address + "/api/code", json={"code": " " + server.code.lower()})
            return reply.status, await reply.json()

    assert run(go()) == (200, {"token": server.token})


def test_a_full_room_turns_the_next_person_away(server, monkeypatch):
    monkeypatch.setattr(limits, "MAX_PARTICIPANTS", 2)

    async def go():
        async with aiohttp.ClientSession() as http:
            sockets = []
            replies = []
            for _ in range(3):
                ws = await http.ws_connect(server.opened.address + "/api/ws")
                await ws.send_str(json.dumps({"type": "hello", "token": server.token}))
                replies.append((await ws.receive_json())["type"])
                sockets.append(ws)
            for ws in sockets:
                await ws.close()
            return replies

    assert run(go()) == ["welcome", "welcome", "refused"]


def test_one_device_cannot_fill_the_room_with_made_up_people(server):
    async def go():
        async with aiohttp.ClientSession() as http:
            replies = []
            for _ in range(limits.JOINS_PER_MINUTE_EACH + 2):
                async with http.ws_connect(server.opened.address + "/api/ws") as ws:
                    await ws.send_str(json.dumps({"type": "hello", "token": server.token}))
                    replies.append((await ws.receive_json())["type"])
            return replies

    replies = run(go())
    assert replies == ["welcome"] * limits.JOINS_PER_MINUTE_EACH + ["refused", "refused"]


def test_a_full_room_makes_space_by_forgetting_people_who_left_with_nothing(monkeypatch):
    from journeymap.collab.room.protocol import Hello
    from journeymap.collab.room.state import Room, RoomError

    monkeypatch.setattr(limits, "MAX_PARTICIPANTS", 2)
    room = Room("t" * 32, VIEW)
    first = room.join(Hello(type="hello", token="t" * 32))
    second = room.join(Hello(type="hello", token="t" * 32))
    room.connected = {second.key}
    with pytest.raises(RoomError):
        room.connected.add(first.key)
        room.join(Hello(type="hello", token="t" * 32))
    room.connected.discard(first.key)  # the first left without a dot or a note
    third = room.join(Hello(type="hello", token="t" * 32))
    assert set(room.people) == {second.key, third.key}


def test_every_word_of_the_page_comes_from_the_strings_table():
    import re
    from importlib import resources

    from journeymap.collab.room.strings import ENGLISH

    page = resources.files("journeymap.collab.room").joinpath("page")
    html = page.joinpath("index.html").read_text("utf-8")
    script = page.joinpath("room.js").read_text("utf-8")
    used = set(re.findall(r'data-text="(\w+)"', html)) | set(re.findall(r'say\("(\w+)"', script))
    used = {name for name in used if not name.endswith("_")} | {"note_waiting", "note_added", "note_declined"}
    assert used <= set(ENGLISH)
    visible = re.sub(r"<[^>]+>|\{\{\w+\}\}", " ", re.sub(r"<script.*?</script>", " ", html, flags=re.S))
    assert visible.split() == []  # no hard-coded words in the markup
