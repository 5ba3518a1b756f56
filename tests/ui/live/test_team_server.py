"""Two editor windows on a real ``journeymap serve`` (a subprocess with a SQLite store): the server is
killed and restarted, both keep editing offline, they reconverge, and the store keeps it all."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeymap.collab.link import RoomLink
from journeymap.io import load_map
from tests.collab.test_server import TOKEN, server  # noqa: F401 - the fixture that starts `journeymap serve`
from tests.commands.test_undo_exact import sample

from .helpers import WAIT, edit_card_text, join, loopback, set_identity


def texts(window) -> list[str]:
    return [c.text for c in window.session.journey.lanes[0].cards]


def share_in_room(qtbot, window, link: RoomLink) -> None:
    window.live.share_action.trigger()
    start = window.live.start_dialog
    QTest.mouseClick(start.team, Qt.MouseButton.LeftButton)
    QTest.keyClicks(start.link_edit, link.url)
    QTest.mouseClick(start.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.live.active and window.live.connection.status.state == "synced", timeout=WAIT)


def test_two_editors_on_a_team_server_survive_its_restart_and_the_store_keeps_everything(
        editor, qtbot, monkeypatch, server, tmp_path):  # noqa: F811
    loopback(monkeypatch)
    set_identity(editor, "Ana", "#d55e00")
    proc, port = server()
    link = RoomLink("127.0.0.1", port, "team-map", TOKEN)
    a = editor.new_window(sample().journey)
    share_in_room(qtbot, a, link)
    b = join(qtbot, editor, a, link.url)
    first, second = [c.id for c in a.session.journey.lanes[0].cards[:2]]

    edit_card_text(a, first, "Ana, live")
    qtbot.waitUntil(lambda: texts(b)[0] == "Ana, live", timeout=WAIT)

    proc.kill()
    proc.wait(10)
    for w in (a, b):
        qtbot.waitUntil(lambda w=w: "offline" in w.live.status_label.text(), timeout=WAIT)
    edit_card_text(a, first, "Ana, offline")
    edit_card_text(b, second, "Ben, offline")
    for w in (a, b):
        qtbot.waitUntil(lambda w=w: w.live.status_label.text()
                        == "Live: offline, 1 change waiting · reconnecting…", timeout=WAIT)
    assert texts(a)[:2] == ["Ana, offline", "Taps ad"] and texts(b)[:2] == ["Ana, live", "Ben, offline"]

    proc, _ = server(port=port, allow_create=False)  # the same store and port: both find it again by themselves
    for w in (a, b):
        qtbot.waitUntil(lambda w=w: w.live.status_label.text() == "Live: 2 people · synced", timeout=WAIT)
    qtbot.waitUntil(lambda: texts(a) == texts(b), timeout=WAIT)
    assert texts(a)[:2] == ["Ana, offline", "Ben, offline"]
    final = a.session.journey.model_dump()
    assert b.session.journey.model_dump() == final
    for w in (a, b):
        w.live.leave()

    proc.kill()  # once more: what a newcomer gets now comes from the SQLite store alone
    proc.wait(10)
    server(port=port, allow_create=False)
    out = tmp_path / "copy.journey"
    result = subprocess.run([sys.executable, "-m", "journeymap", "open", link.url, "--save", str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert load_map(out).model_dump() == final
