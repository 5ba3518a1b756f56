"""Two editor windows in one process, joined to one room: what the live tests share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeymap.ui.live import LiveConnection, LiveMap
from journeymap.ui.live.dialogs import JoinDialog, ShareDialog
from journeymap.ui.preferences import Identity, save_identity

WAIT = 20_000  # ms: generous, the machine may be busy


def set_identity(editor, name: str, colour: str) -> None:
    save_identity(editor.settings, Identity(name, colour))


def share(qtbot, window) -> ShareDialog:
    """File > Share Live… on ``window``; the Share dialog it shows once the room is up."""
    window.live.share_action.trigger()
    start = window.live.start_dialog
    assert start.here.isChecked()  # from this computer, the default
    QTest.mouseClick(start.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.live.share_dialog is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.live.connection.status.state == "synced", timeout=WAIT)
    return window.live.share_dialog


def join(qtbot, editor, requester, link: str):
    """File > Join Live Map… on ``requester``, the link typed, Join clicked: the new window."""
    before = list(editor.windows)
    dialog: JoinDialog = requester.live.ask_join()
    dialog.link_edit.clear()
    QTest.keyClicks(dialog.link_edit, link)
    QTest.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.windows) > len(before), timeout=WAIT)
    (window,) = [w for w in editor.windows if w not in before]
    qtbot.waitUntil(lambda: window.live.active and window.live.connection.status.state == "synced", timeout=WAIT)
    return window


def loopback(monkeypatch) -> None:
    monkeypatch.setattr(LiveMap, "listen_host", "127.0.0.1")
    monkeypatch.setattr(LiveMap, "presence_timeout", 1.5)
    monkeypatch.setattr(LiveConnection, "max_backoff", 0.5)  # a restarted server is found again quickly


def edit_card_text(window, card_id: str, text: str) -> None:
    """Select a card, press Enter, type, press Enter: the user's way."""
    view = window.view
    window.session.select([card_id])
    view.setFocus()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    editor = view.map_scene.router.editing.editor
    assert editor is not None
    QTest.keySequence(view.viewport(), "Ctrl+A")
    editor_widget = view.viewport()
    QTest.keyClicks(editor_widget, text)
    QTest.keyClick(editor_widget, Qt.Key.Key_Return)
