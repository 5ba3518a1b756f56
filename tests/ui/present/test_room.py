"""The workshop room with a full room of phones: votes, notes, reconnects and bad actors; the map checked after.

The room listens on 127.0.0.1 only; 50 simulated phones (aiohttp) run on a
thread of their own while the presentation handles the room's reports on
the GUI thread.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter

import aiohttp
import pytest
from PySide6.QtCore import Qt

from journeymap.collab.room import limits
from journeymap.collab.room.limits import MAX_MESSAGE_BYTES, NOTES_WAITING_EACH
from journeymap.io import dump_map, parse_map
from journeymap.model import LaneKind, reference_problems
from journeymap.model.limits import MAX_TEXT
from journeymap.ui.present.room_control import FROM_THE_ROOM
from tests.room_clients import Phone, run_in_thread

from .conftest import drawn_texts, open_presentation

PHONES = 50
BUDGET = 5


@pytest.fixture
def room(qtbot, monkeypatch):
    # every simulated phone comes from 127.0.0.1: lift the per-device caps (tested on their own elsewhere)
    monkeypatch.setattr(limits, "JOINS_PER_MINUTE_EACH", 1000)
    monkeypatch.setattr(limits, "SOCKETS_EACH", 1000)
    window = open_presentation(qtbot)
    window.go_to_stage(3)
    window.room.open_room("127.0.0.1")
    qtbot.waitUntil(lambda: window.room.opened is not None, timeout=5000)
    yield window
    window.room.close_room()
    qtbot.waitUntil(lambda: True)


def _finish(qtbot, thread, out, timeout=20000):
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout)
    if "error" in out:
        raise out["error"]
    return out.get("result")


def test_fifty_phones_vote_add_notes_reconnect_and_misbehave_and_the_map_comes_out_right(qtbot, room):
    import threading

    window = room
    session = window.session
    journey = session.journey
    original = journey.model_dump()
    opened = window.room.opened
    token = opened.link.split("#", 1)[1]
    view = window.room.view()
    cards = [c.id for lane in view.lanes for c in lane.cards]
    outsider = next(c.id for lane in journey.lanes for c in lane.cards if c.id not in cards)
    pains = next(lane.id for lane in view.lanes if "Pain" in lane.title)
    steps = [step.id for step in view.steps]
    before = {c.id: c.votes for lane in journey.lanes for c in lane.cards}
    started = threading.Event()
    expected: Counter = Counter()
    thread, out = run_in_thread(_script(opened.address, token, cards, outsider, pains, steps, started, expected))
    qtbot.waitUntil(lambda: window.room.people == PHONES, timeout=10000)
    window.room.start_round(BUDGET, 0, window.slide.stage_id)
    started.set()
    report = _finish(qtbot, thread, out, timeout=30000)
    qtbot.waitUntil(lambda: window.room.ballots.dots == sum(expected.values()), timeout=5000)
    assert report["slow_down"] and report["garbage_errors"] >= 10 and report["quota_refused"] == 5
    assert all(sum(placed.values()) <= BUDGET for placed in report["placed"].values())
    assert "D reveals" in " ".join(drawn_texts(window))  # the wall shows the totals, never the votes

    qtbot.keyClick(window, Qt.Key.Key_D)  # reveal: one undo step with the round
    qtbot.waitUntil(lambda: window.room.round is None, timeout=5000)
    assert window.slide.kind == "results"
    after = {c.id: c.votes for lane in journey.lanes for c in lane.cards}
    assert {cid: after[cid] - before[cid] for cid in after if after[cid] != before[cid]} == \
        {cid: n for cid, n in expected.items() if n}
    kept = journey.workshop.rounds[-1]
    assert kept.dots == BUDGET and kept.stage == journey.stages[2].id
    assert {c.card: c.votes for c in kept.counts} == {cid: n for cid, n in expected.items() if n}

    waiting = window.room.notes
    assert len(waiting) == 10 + NOTES_WAITING_EACH  # ten phones' notes and one phone's full quota; nothing else
    qtbot.keyClick(window, Qt.Key.Key_Q)
    qtbot.keyClick(window, Qt.Key.Key_A)  # all at once: one undo step
    assert window.room.notes == []
    from_room = [c for lane in journey.lanes for c in lane.cards if FROM_THE_ROOM in c.tags]
    assert len(from_room) == 10 + NOTES_WAITING_EACH
    assert all(lane.kind is LaneKind.PAIN_POINTS for lane in journey.lanes for c in lane.cards if c in from_room)
    assert session.undo_stack.count() == 2

    assert reference_problems(journey) == []
    assert parse_map(dump_map(journey)) == journey
    qtbot.keyClick(window, Qt.Key.Key_Q)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journey.model_dump() == original


def _script(address: str, token: str, cards: list[str], outsider: str, pains: str, steps: list[str],
            started, expected: Counter):
    """Everything the 50 phones do, as one coroutine; ``started`` is set by the test once the round is open."""

    async def run() -> dict:
        report: dict = {}
        async with aiohttp.ClientSession() as http:
            phones = [Phone(http, address, token, "" if i % 10 == 0 else f"Person {i}") for i in range(PHONES)]
            await asyncio.gather(*(p.join() for p in phones))
            await asyncio.to_thread(started.wait, 10)
            await asyncio.gather(*(p.wait_for(lambda p=p: "round" in p.state) for p in phones))

            async def vote(i: int, p: Phone) -> None:
                wanted = i % 8  # 0..7 dots: 6 and 7 go past the budget of 5 and are refused
                for k in range(wanted):
                    await p.send({"type": "dot", "card": cards[(i + k) % len(cards)]})
                    await asyncio.sleep(0.13)  # a person taps; the room's rate limit is for scripts
                    if k < BUDGET:
                        expected[cards[(i + k) % len(cards)]] += 1
                if i % 9 == 3 and wanted:  # changes their mind: takes the first dot back
                    await p.send({"type": "dot", "card": cards[i % len(cards)], "add": False})
                    expected[cards[i % len(cards)]] -= 1
                    await asyncio.sleep(0.13)
                await p.send({"type": "dot", "card": outsider})  # a card of another stage: refused

            async def reconnect(p: Phone) -> None:
                await p.leave()
                await p.join()

            async def notes(i: int, p: Phone) -> None:
                await p.send({"type": "note", "lane": pains, "step": steps[i % len(steps)],
                              "text": f"Room note {i}: the coupon field is hard to find"})

            async def garbage(p: Phone) -> None:
                for bad in ("not json", "[1, 2]", "{}", '{"type": "dot"}', '{"type": "dot", "card": "../../etc"}',
                            '{"type": "vote", "card": 1}', '{"type": "dot", "card": "x", "extra": 1}',
                            "[" * 5000 + "]" * 5000, '{"type": "rate", "value": 1e309}',
                            json.dumps({"type": "note", "lane": pains, "step": steps[0], "text": "x" * (MAX_TEXT + 1)}),
                            json.dumps({"type": "note", "lane": outsider, "step": steps[0], "text": "nowhere"})):
                    await p.send(bad)
                    await asyncio.sleep(0.13)
                await p.wait_for(lambda: sum(1 for r in p.replies if r.get("type") == "error") >= 10)

            async def flood(p: Phone) -> None:
                for _ in range(300):  # far too fast: dropped past the burst, and told to slow down
                    await p.send({"type": "rate", "value": 1})
                await p.wait_for(lambda: any(r.get("type") == "slow_down" for r in p.replies))

            async def oversized(p: Phone) -> None:
                await p.send("x" * (MAX_MESSAGE_BYTES + 10))
                await p.wait_for(lambda: p.closed or p.ws.closed, timeout=5)

            async def quota(p: Phone) -> None:
                for k in range(NOTES_WAITING_EACH + 5):
                    await p.send({"type": "note", "lane": pains, "step": steps[0], "text": f"Quota note {k}"})
                    await asyncio.sleep(0.13)
                await p.wait_for(lambda: sum(1 for r in p.replies if "many notes" in r.get("reason", "")) >= 5)

            jobs = []
            for i, p in enumerate(phones):
                if i == 0:
                    jobs.append(garbage(p))
                elif i == 1:
                    jobs.append(flood(p))
                elif i == 2:
                    jobs.append(oversized(p))
                elif i == 4:
                    jobs.append(quota(p))
                else:
                    async def both(i=i, p=p):
                        if 20 <= i < 30:
                            await reconnect(p)
                        await vote(i, p)
                        if 5 <= i < 15:
                            await notes(i, p)
                    jobs.append(both())
            await asyncio.gather(*jobs)
            # the phone thrown out for the oversized message comes back with its key and still votes
            await phones[2].leave()
            await phones[2].join()
            await phones[2].send({"type": "dot", "card": cards[0]})
            expected[cards[0]] += 1
            await phones[2].wait_for(lambda: sum(phones[2].state["round"]["placed"].values()) == 1)
            report["slow_down"] = any(r.get("type") == "slow_down" for r in phones[1].replies)
            report["garbage_errors"] = sum(1 for r in phones[0].replies if r.get("type") == "error")
            report["placed"] = {i: dict(p.state["round"]["placed"]) for i, p in enumerate(phones)}
            report["quota_refused"] = sum(1 for r in phones[4].replies if "many notes" in r.get("reason", ""))
            for p in phones:
                await p.leave()
        return report

    return run


def _phones(address: str, token: str, n: int, then):
    async def run():
        async with aiohttp.ClientSession() as http:
            phones = [Phone(http, address, token, f"P{i}") for i in range(n)]
            await asyncio.gather(*(p.join() for p in phones))
            result = await then(phones)
            for p in phones:
                await p.leave()
            return result
    return run


def test_d_asks_for_dots_and_a_timer_and_dots_stop_when_time_is_up(qtbot, room):
    window = room
    opened = window.room.opened
    token = opened.link.split("#", 1)[1]
    qtbot.keyClick(window, Qt.Key.Key_D)
    dialog = window.room.dialog
    assert dialog.isVisible() and dialog.dots.value() == 5
    dialog.dots.setValue(2)
    dialog.minutes.setValue(0)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert window.room.round is not None and window.room.round.dots == 2
    card = window.room.round.lanes[0].cards[0].id

    async def vote(phones):
        p = phones[0]
        await p.wait_for(lambda: "round" in p.state)
        for _ in range(3):
            await p.send({"type": "dot", "card": card})
            await asyncio.sleep(0.05)
        await p.wait_for(lambda: sum(p.state["round"]["placed"].values()) == 2)
        await p.wait_for(lambda: any(r.get("reason") == "no dots left" for r in p.replies))
        return [r.get("reason") for r in p.replies]

    thread, out = run_in_thread(_phones(opened.address, token, 1, vote))
    replies = _finish(qtbot, thread, out)
    assert "no dots left" in replies
    # a one-second timer: after it the room takes no more dots
    window.room.server.close_round()
    qtbot.waitUntil(lambda: window.room.round is None, timeout=5000)
    window.go_to_stage(3)
    window.room.start_round(3, 1, window.slide.stage_id)

    async def late(phones):
        p = phones[0]
        await p.wait_for(lambda: "round" in p.state)
        await asyncio.sleep(1.3)
        await p.send({"type": "dot", "card": window.room.round.lanes[0].cards[0].id})
        await p.wait_for(lambda: any(r.get("reason") == "voting is closed" for r in p.replies))
        return p.state["round"]["open"]

    thread, out = run_in_thread(_phones(opened.address, token, 1, late))
    assert _finish(qtbot, thread, out) is False
    qtbot.waitUntil(lambda: window.room.time_up, timeout=3000)
    assert any("Time's up" in t for t in drawn_texts(window))


def test_an_emotion_check_sets_the_personas_score_to_the_median_with_n_in_one_undo_step(qtbot, room):
    window = room
    journey = window.session.journey
    opened = window.room.opened
    token = opened.link.split("#", 1)[1]
    qtbot.keyClick(window, Qt.Key.Key_E)
    dialog = window.room.dialog
    step_id, persona_id = dialog.step.currentData(), dialog.persona.currentData()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert window.room.check is not None

    async def rate(phones):
        await asyncio.gather(*(p.wait_for(lambda p=p: "check" in p.state) for p in phones))
        for p, value in zip(phones, (-2, -1, -1, 0, 3), strict=True):
            await p.send({"type": "rate", "value": value})
        await phones[0].send({"type": "rate", "value": 9})  # off the scale: refused
        await asyncio.gather(*(p.wait_for(lambda p=p: p.state["check"]["mine"] is not None) for p in phones))
        await phones[0].wait_for(lambda: any(r.get("reason") == "that is not on the scale" for r in phones[0].replies))
        return phones[0].replies

    thread, out = run_in_thread(_phones(opened.address, token, 5, rate))
    replies = _finish(qtbot, thread, out)
    assert any(r.get("reason") == "that is not on the scale" for r in replies)
    qtbot.waitUntil(lambda: window.room.ratings.n == 5, timeout=5000)
    assert "n = 5" in " ".join(drawn_texts(window))
    before = journey.model_dump()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    score = next(s for st in journey.steps() if st.id == step_id for s in st.scores if s.persona == persona_id)
    assert (score.value, score.sample_size) == (-1, 5)
    assert window.room.check is None and window.session.undo_stack.count() == 1
    window.session.undo_stack.undo()
    assert journey.model_dump() == before


def test_a_declined_note_never_reaches_the_map_and_its_sender_is_told(qtbot, room):
    window = room
    opened = window.room.opened
    token = opened.link.split("#", 1)[1]
    view = window.room.view()

    async def send(phones):
        p = phones[0]
        await p.send({"type": "note", "lane": view.lanes[0].id, "step": view.steps[0].id, "text": "Spam spam"})
        await p.wait_for(lambda: p.state["notes"] and p.state["notes"][0]["state"] == "declined", timeout=10)
        return p.state["notes"][0]

    thread, out = run_in_thread(_phones(opened.address, token, 1, send))
    qtbot.waitUntil(lambda: len(window.room.notes) == 1, timeout=5000)
    cards = sum(len(lane.cards) for lane in window.session.journey.lanes)
    qtbot.keyClick(window, Qt.Key.Key_Q)
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    note = _finish(qtbot, thread, out)
    assert note["state"] == "declined" and note["text"] == "Spam spam"
    assert sum(len(lane.cards) for lane in window.session.journey.lanes) == cards
    assert window.session.undo_stack.count() == 0


def test_the_join_slide_shows_the_address_the_code_and_a_qr_code_that_stays_black_on_white_in_the_dark(qtbot, room):
    from journeymap.collab.room.tokens import spaced
    from journeymap.ui.present.palette import luminance

    window = room
    window.toggle_theme()
    opened = window.room.opened
    texts = drawn_texts(window)
    assert opened.address in texts and spaced(opened.code) in texts
    image = window.grab().toImage()
    assert luminance(image.pixelColor(5, 5).name()) < 0.01  # the dark theme's paper
    s = window.sizes
    row = [image.pixelColor(x, s.height // 2).name() for x in range(s.margin, int(s.width * 0.42))]
    assert row[:5] == ["#ffffff"] * 5  # the quiet zone: white, on the dark theme too
    assert "#000000" in row  # and black modules
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert not window.room.join_visible


def test_the_room_closes_with_the_presentation(qtbot, room):
    import socket

    window = room
    host, port = window.room.opened.address.removeprefix("http://").split(":")
    server = window.room.server
    window.close()
    server.thread.join(5)
    assert not server.thread.is_alive()
    with pytest.raises(OSError), socket.create_connection((host, int(port)), timeout=1):
        pass


def test_with_the_presenter_view_the_notes_queue_shows_on_the_laptop_not_on_the_wall(qtbot, room):
    from journeymap.collab.room import Note, NoteArrived
    from journeymap.ui.present.presenter import PresenterView

    window = room
    window.presenter = PresenterView(window)
    qtbot.addWidget(window.presenter)
    window.presenter.resize(1280, 800)
    view = window.room.view()
    window.room.on_event(NoteArrived(Note("n1", "k", "Ana", view.lanes[0].id, view.steps[0].id, "A private thought")))
    qtbot.keyClick(window, Qt.Key.Key_R)  # off the join slide
    qtbot.keyClick(window, Qt.Key.Key_Q)
    assert not any("A private thought" in t for t in drawn_texts(window))
    shown = window.room.overlay_ops(window.sizes, for_presenter=True)
    assert any(getattr(op, "text", "") == "A private thought" for op in shown)
    window.presenter.grab()  # paints the laptop's view with the queue


def test_r_asks_which_network_opens_the_room_there_and_shift_r_closes_it(qtbot, monkeypatch):
    from journeymap.ui.present import room_dialogs

    monkeypatch.setattr(room_dialogs, "room_addresses", lambda: [room_dialogs.LOOPBACK])
    window = open_presentation(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_R)
    dialog = window.room.dialog
    assert dialog.isVisible() and dialog.host() == "127.0.0.1"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.room.opened is not None, timeout=5000)
    assert window.room.opened.address.startswith("http://127.0.0.1:")
    assert window.room.join_visible and window.room.opened.address in drawn_texts(window)
    server = window.room.server
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    server.thread.join(5)
    assert not server.thread.is_alive() and not window.room.is_open
    assert window.room.overlay_ops(window.sizes) == []
