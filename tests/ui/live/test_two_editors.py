"""Two editor windows in one process share a map live through the embedded server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from journeymap.commands import SetFields
from journeymap.ui.live.dialogs import JoinDialog
from tests.commands.test_undo_exact import sample

from .helpers import WAIT, edit_card_text, join, loopback, set_identity, share


@pytest.fixture
def pair(editor, qtbot, monkeypatch):
    loopback(monkeypatch)
    set_identity(editor, "Ana", "#d55e00")
    a = editor.new_window(sample().journey)
    qtbot.waitExposed(a)
    dialog = share(qtbot, a)
    b = join(qtbot, editor, a, dialog.link.url)
    dialog.close()
    yield a, b
    for w in (a, b):
        w.live.leave()


def texts(window) -> list[str]:
    return [c.text for c in window.session.journey.lanes[0].cards]


def test_an_edit_in_one_window_appears_in_the_other_and_undo_is_personal(pair, qtbot):
    a, b = pair
    card_a, card_b = [c.id for c in a.session.journey.lanes[0].cards[:2]]
    assert b.session.journey.lanes[0].cards[0].id == card_a  # B opened the very map A shares
    edit_card_text(a, card_a, "Scrolls Instagram")
    qtbot.waitUntil(lambda: texts(b)[0] == "Scrolls Instagram", timeout=WAIT)
    qtbot.waitUntil(lambda: b.view.map_scene.cards[card_a].box.text.text == "Scrolls Instagram", timeout=WAIT)
    assert b.session.undo_stack.count() == 0  # a colleague's edit is not B's to undo
    edit_card_text(b, card_b, "Taps the advert")
    qtbot.waitUntil(lambda: texts(a)[1] == "Taps the advert", timeout=WAIT)

    b.activateWindow()
    b.view.setFocus()
    QTest.keyClick(b, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z in B
    assert texts(b)[:2] == ["Scrolls Instagram", "Taps ad"]  # B's own edit went, A's stayed
    qtbot.waitUntil(lambda: texts(a)[:2] == ["Scrolls Instagram", "Taps ad"], timeout=WAIT)
    assert not b.live.undo_action.isEnabled()  # nothing else of B's to undo: not A's edit
    assert "Live: 2 people · synced" == a.live.status_label.text()
    qtbot.waitUntil(lambda: b.live.status_label.text() == "Live: 2 people · synced", timeout=WAIT)


def test_a_colleagues_selection_is_drawn_in_their_colour_with_their_name(pair, qtbot):
    a, b = pair
    card = a.session.journey.lanes[0].cards[2].id
    a.session.select([card])
    scene = b.view.map_scene
    qtbot.waitUntil(lambda: scene is not None and bool(b.live.overlay.marks), timeout=WAIT)
    (marks,) = b.live.overlay.marks.values()
    assert marks.label == "Ana" and marks.colour.name() == "#d55e00"
    box = scene.layout.cards[card].rect
    assert marks.rects[0].contains(QRectF(box.x, box.y, box.w, box.h))  # an outline around her card
    assert b.live.overlay.tag_at(QPointF(box.x + 2, box.y - 6)) == "Ana"  # her name over it
    assert b.live.people.count() == 2 and "Ana" in b.live.people.item(1).text()

    a.view.map_scene.router.editing.edit_card(card)  # Ana starts typing in the card
    qtbot.waitUntil(lambda: any(m.label == "Ana is typing…" for m in b.live.overlay.marks.values()),
                    timeout=WAIT)
    assert "typing in “Reads reviews”" in b.live.people.item(1).text()


def test_leaving_keeps_a_modified_copy_and_ordinary_undo_comes_back(pair, qtbot):
    a, b = pair
    b.live.leave_action.trigger()
    assert not b.live.active and b.session.modified and b.live.status_label is None
    assert b.undo_action in b.toolbar.actions() and b.live.undo_action not in b.toolbar.actions()
    card = b.session.journey.lanes[0].cards[0].id
    edit_card_text(b, card, "Only in my copy")
    b.view.setFocus()
    QTest.keyClick(b, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(b)[0] == "Scrolls feed"  # the undo stack's undo again
    qtbot.waitUntil(lambda: a.live.status_label.text() == "Live: 1 person · synced", timeout=WAIT)


@pytest.mark.parametrize(("link", "words"), [
    ("http://example.org/room", "not a link to a live map"),
    ("ws://127.0.0.1:9/room", "no token"),
])
def test_a_bad_link_is_said_in_words(editor, qtbot, link, words):
    window = editor.new_window()
    dialog: JoinDialog = window.live.ask_join()
    dialog.link_edit.clear()  # a link copied by an earlier test may be on the clipboard, and is offered
    QTest.keyClicks(dialog.link_edit, link)
    QTest.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert words in dialog.message.text() and dialog.isVisible()


def test_a_server_that_is_down_and_a_wrong_token_are_said_in_words(editor, qtbot, monkeypatch):
    import socket

    loopback(monkeypatch)
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    free_port = probe.getsockname()[1]
    probe.close()
    window = editor.new_window(sample().journey)
    dialog = window.live.ask_join()
    dialog.link_edit.setText(f"ws://127.0.0.1:{free_port}/room?token=0123456789abcdef")
    QTest.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot reach 127.0.0.1" in dialog.message.text(), timeout=WAIT)
    assert dialog.join_button.isEnabled()

    link = share(qtbot, window).link
    dialog.link_edit.setText(link.url.replace(link.token, "not-the-token-at-all"))
    QTest.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused to let you in" in dialog.message.text(), timeout=WAIT)
    assert "token" in dialog.message.text() and len(editor.windows) == 1

    dialog.link_edit.setText(link.url.replace(link.room, "another-room"))
    QTest.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no such room" in dialog.message.text(), timeout=WAIT)
    assert len(editor.windows) == 1 and "Traceback" not in dialog.message.text()
    window.live.leave()


def test_the_share_dialog_copies_the_link(editor, qtbot, monkeypatch):
    loopback(monkeypatch)
    window = editor.new_window(sample().journey)
    dialog = share(qtbot, window)
    QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.link.url
    assert dialog.link.host == "127.0.0.1" and "?token=" in dialog.link_edit.text()
    window.live.leave()
    assert not window.live.active


def test_journeymap_open_with_a_link_starts_the_editor_joined_to_the_room(editor, qtbot, monkeypatch):
    from journeymap.ui.live.startup import join_from_start

    loopback(monkeypatch)
    a = editor.new_window(sample().journey)
    link = share(qtbot, a).link
    dialog = join_from_start(editor, link.url)  # what `journeymap open ws://…` shows first
    qtbot.waitUntil(lambda: len(editor.windows) == 2, timeout=WAIT)
    b = editor.windows[-1]
    qtbot.waitUntil(lambda: b.live.active and b.session.journey.model_dump() == a.session.journey.model_dump(),
                    timeout=WAIT)
    assert not dialog.isVisible()
    for w in (a, b):
        w.live.leave()


def test_a_macro_of_several_changes_is_one_step_of_personal_undo(pair, qtbot):
    a, b = pair
    cards = [c.id for c in b.session.journey.lanes[0].cards[:2]]
    b.session.select(cards)
    b.view.setFocus()
    QTest.keyClick(b.view.viewport(), Qt.Key.Key_Delete)  # one macro: two removals
    qtbot.waitUntil(lambda: len(texts(a)) == 2, timeout=WAIT)
    QTest.keyClick(b, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(b) == ["Scrolls feed", "Taps ad", "Reads reviews", "Enters card"]  # both back, in one undo
    qtbot.waitUntil(lambda: len(texts(a)) == 4, timeout=WAIT)


def test_the_name_and_colour_from_preferences_are_what_colleagues_see(pair, qtbot):
    from journeymap.ui.preferences import PreferencesDialog, load_identity

    a, b = pair
    dialog = PreferencesDialog(a.editor.settings, a)
    dialog.name_edit.clear()
    QTest.keyClicks(dialog.name_edit, "  Bea   Kim ")
    QTest.mouseClick(dialog.swatches.buttons()[2], Qt.MouseButton.LeftButton)
    dialog.accept()
    assert (load_identity(a.editor.settings).name, load_identity(a.editor.settings).colour) == ("Bea Kim", "#009e73")
    a.session.select([a.session.journey.lanes[0].cards[0].id])
    qtbot.waitUntil(lambda: any(m.label == "Bea Kim" and m.colour.name() == "#009e73"
                                for m in b.live.overlay.marks.values()), timeout=WAIT)


def test_colleagues_edits_reach_the_map_on_the_gui_thread_only(pair, qtbot):
    import threading

    a, b = pair
    threads: list[threading.Thread] = []
    b.session.document.subscribe(lambda _change: threads.append(threading.current_thread()))
    receive = b.live.binding.receive
    b.live.binding.receive = lambda update: (threads.append(threading.current_thread()), receive(update))[1]
    edit_card_text(a, a.session.journey.lanes[0].cards[3].id, "Pays by card")
    qtbot.waitUntil(lambda: texts(b)[3] == "Pays by card", timeout=WAIT)
    assert threads and set(threads) == {threading.main_thread()}


def test_closing_the_sharing_window_while_colleagues_edit_asks_first(pair, qtbot, monkeypatch):
    from journeymap.ui.live import live_map

    a, b = pair
    qtbot.waitUntil(lambda: bool(a.live.connection.others), timeout=WAIT)
    asked: list[list[str]] = []
    monkeypatch.setattr(live_map, "ask_end_sharing", lambda _w, names: asked.append(names) or False)
    assert not a.close()  # Cancel: still open, still shared
    assert asked == [["Ana"]] and a.live.active and a.isVisible()
    assert b.close()  # a colleague's window closes without the question
    assert asked == [["Ana"]]


def test_a_hostile_change_is_refused_and_said_in_the_status_bar(pair, qtbot):
    from tests.collab.test_hostile_peer import HOSTILE, hostile_update

    a, b = pair
    before = b.session.journey.model_dump()
    bad = hostile_update(b.live.binding, HOSTILE["a negative vote count"])
    assert not b.live.binding.receive(bad)
    assert "refused, the map is unharmed" in b.statusBar().currentMessage()
    assert b.session.journey.model_dump() == before and b.live.active


def test_typing_in_the_inspector_is_one_step_of_personal_undo(pair, qtbot):
    a, b = pair
    b.session.select([])
    title = next(e for e in b.inspector.current.editors if e.field == "title").widget
    original = b.session.journey.title
    title.setFocus()
    title.setCursorPosition(0)
    QTest.keyClicks(title, "Ben: ")
    qtbot.waitUntil(lambda: a.session.journey.title == "Ben: " + original, timeout=WAIT)
    b.view.setFocus()
    QTest.keyClick(b, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert b.session.journey.title == original  # all five keystrokes at once, as the undo stack would
    qtbot.waitUntil(lambda: a.session.journey.title == original, timeout=WAIT)


def test_ctrl_z_in_a_live_presentation_undoes_only_my_vote_never_a_colleagues(pair, qtbot):
    from PySide6.QtWidgets import QApplication

    from journeymap.ui.present import PresentationWindow

    a, b = pair
    card = a.session.journey.lanes[0].cards[0].id
    other = a.session.journey.lanes[0].cards[1].id

    def votes(window, card_id):
        return next(c.votes for c in window.session.journey.lanes[0].cards if c.id == card_id)

    edit_card_text(a, other, "Edited in the editor before presenting")
    shown = PresentationWindow(a.session)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    shown.activateWindow()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=WAIT)  # its keys, not the editor's
    shown.vote(card, +1)
    qtbot.wait(10)  # two presses of +, not one edit
    shown.vote(card, +1)
    qtbot.waitUntil(lambda: votes(b, card) == 2, timeout=WAIT)
    shown.vote(other, +1)  # Ana's vote on the second card; then Ben votes on it too
    qtbot.waitUntil(lambda: votes(b, other) == 1, timeout=WAIT)
    b.session.push(SetFields(b.session.document, other, {"votes": 2}, "Add vote"))
    qtbot.waitUntil(lambda: votes(a, other) == 2, timeout=WAIT)

    # Ctrl+Z: Ana's vote on the second card was overwritten by Ben's, so (as Yjs does) it is passed over
    # and her vote before it goes; Ben's vote stays.
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (votes(a, card), votes(a, other)) == (1, 2)
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert votes(a, card) == 0
    qtbot.waitUntil(lambda: votes(b, card) == 0, timeout=WAIT)
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    assert votes(a, card) == 1
    for _ in range(5):  # more Ctrl+Z than votes: the edit made before presenting stays
        qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert votes(a, card) == 0
    assert texts(a)[1] == "Edited in the editor before presenting"
    qtbot.waitUntil(lambda: votes(b, card) == 0 and votes(b, other) == 2, timeout=WAIT)
    shown.vote(other, +1)  # Ana's only vote since presenting, then overwritten by Ben
    qtbot.waitUntil(lambda: votes(b, other) == 3, timeout=WAIT)
    b.session.push(SetFields(b.session.document, other, {"votes": 5}, "Add vote"))
    qtbot.waitUntil(lambda: votes(a, other) == 5, timeout=WAIT)
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Yjs would reach the editor's edit
    assert texts(a)[1] == "Edited in the editor before presenting" and votes(a, other) == 5


def test_a_colleague_writing_a_new_card_shows_at_its_cell_before_it_exists(pair, qtbot):
    a, b = pair
    lane = a.session.journey.lanes[0]
    step = a.session.journey.stages[0].steps[1]
    a.view.map_scene.router.editing.add_card((lane.id, step.id))  # Ana starts a card nobody has yet
    qtbot.waitUntil(lambda: any(m.label == "Ana is typing…" for m in b.live.overlay.marks.values()),
                    timeout=WAIT)
    (marks,) = b.live.overlay.marks.values()
    cell = b.view.map_scene.layout.cells[(lane.id, step.id)]
    assert marks.typing.contains(QRectF(cell.x, cell.y, cell.w, cell.h))  # ringed where the card will land
    assert f"writing a new card in {lane.display_title} at “{step.name}”" in b.live.people.item(1).text()
    a.view.map_scene.router.editing.close_editor(commit=False)
    qtbot.waitUntil(lambda: not b.live.overlay.marks, timeout=WAIT)
