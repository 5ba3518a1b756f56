"""Comments and review in the editor, driven through the real widgets: menus, the panel, markers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from journeymap.ui.canvas import menus
from journeymap.ui.comments import CommentBadge


def _right_click_and_pick(window, obj_id, entry, monkeypatch) -> list[str]:
    """Right-click the object on the canvas and choose ``entry`` from the menu that opens."""
    view = window.view
    view.reveal(obj_id)
    item = view.map_scene.item_for(obj_id)
    point = view.mapFromScene(item.mapToScene(item.boundingRect().center() + QPointF(0, 4)))
    shown: list[str] = []

    def pick(menu, _pos):
        actions = {a.text(): a for a in menu.actions()}
        shown.extend(actions)
        actions[entry].trigger()

    monkeypatch.setattr(menus, "run_menu", pick)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))
    return shown


def _write_and_post(qtbot, panel, text: str) -> None:
    panel.new_text.setFocus()
    qtbot.keyClicks(panel.new_text, text)
    qtbot.mouseClick(panel.post_button, Qt.MouseButton.LeftButton)


def _badge(window, obj_id) -> CommentBadge | None:
    item = window.view.map_scene.item_for(obj_id)
    return next((c for c in item.childItems() if isinstance(c, CommentBadge)), None) if item else None


def _wait(qtbot, window):
    qtbot.wait(5)
    window.view.map_scene.flush()
    QApplication.processEvents()


def _card(window):
    return window.session.journey.lanes[1].cards[0]


def test_a_comment_added_from_a_cards_menu_shows_in_the_panel_and_as_a_marker(template_window, qtbot, monkeypatch):
    window = template_window
    window.editor.settings.set_choice("name", "Dana Reyes")
    card = _card(window)
    shown = _right_click_and_pick(window, card.id, "Add comment…", monkeypatch)
    assert "Edit text" in shown
    panel = window.comments.panel
    assert panel.composer.isVisibleTo(panel) and card.text[:20] in panel.new_label.text()
    _write_and_post(qtbot, panel, "Is this observed? @dana reyes check with Sam")
    _wait(qtbot, window)
    [thread] = window.session.journey.threads
    assert thread.target == card.id and thread.author == "Dana Reyes"
    assert thread.comments[0].mentions == ["Dana Reyes"]
    assert not panel.composer.isVisibleTo(panel)
    assert panel.list.count() == 1 and card.text[:20] in panel.list.item(0).text()
    shown_html = panel.detail.toHtml()
    assert "@dana reyes" in panel.detail.toPlainText() and "#1f5fbf" in shown_html  # the mention picked out
    badge = _badge(window, card.id)
    assert badge is not None and badge.open_count == 1 and badge.label() == "1"
    stack = window.session.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Comment on card ‘Sponsored post with a 15% lau…’"


def test_reply_resolve_the_open_filter_hides_it_and_undo_gives_back_each_map_exactly(template_window, qtbot,
                                                                                     monkeypatch):
    window = template_window
    window.editor.settings.set_choice("name", "Dana")
    card, session, panel = _card(window), template_window.session, template_window.comments.panel
    before = [session.journey.model_dump()]
    window.view.reveal(card.id)
    QTest.keyClick(window.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert panel.new_target == card.id
    layouts = window.view.map_scene.stats["full_layouts"]
    _write_and_post(qtbot, panel, "Which survey says so?")
    _wait(qtbot, window)
    assert window.view.map_scene.stats["full_layouts"] == layouts  # a comment lays nothing out again
    assert _badge(window, card.id).open_count == 1
    before.append(session.journey.model_dump())
    qtbot.keyClicks(panel.reply_text, "The March one, n=410")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, window)
    assert [c.text for c in session.journey.threads[0].comments] == ["Which survey says so?", "The March one, n=410"]
    assert "1 reply" in panel.list.item(0).text()
    before.append(session.journey.model_dump())
    assert panel.state == "open"
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, window)
    thread = session.journey.threads[0]
    assert thread.resolved and thread.resolved_by == "Dana"
    assert panel.list.count() == 0 and panel.empty.isVisibleTo(panel)  # the open filter hides it
    assert panel.resolve_button.text() == "Reopen"
    assert _badge(window, card.id).muted and _badge(window, card.id).label() == "\u2713"
    panel.show_box.setCurrentIndex(panel.show_box.findData("resolved"))
    assert panel.list.count() == 1
    for expected in reversed(before):
        session.undo_stack.undo()
        _wait(qtbot, window)
        assert session.journey.model_dump() == expected
    assert _badge(window, card.id) is None and panel.list.count() == 0
    session.undo_stack.redo()
    _wait(qtbot, window)
    assert _badge(window, card.id).open_count == 1


def test_clicking_a_marker_opens_its_thread_and_clicking_a_thread_selects_its_object(template_window, qtbot):
    window = template_window
    window.editor.settings.set_choice("name", "Dana")
    journey = window.session.journey
    card, step = _card(window), journey.stages[0].steps[0]
    comments = window.comments
    for target, text in ((card.id, "About the card"), (step.id, "About the step")):
        comments.add_comment(target)
        _write_and_post(qtbot, comments.panel, text)
    _wait(qtbot, window)
    window.session.select([])
    comments.panel.show_thread(journey.threads[1].id)
    view = window.view
    view.reveal(card.id)
    badge = _badge(window, card.id)
    point = view.mapFromScene(badge.mapToScene(badge.boundingRect().center()))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert comments.panel.current == journey.threads[0].id
    assert "About the card" in comments.panel.detail.toPlainText()
    assert window.session.selection == (card.id,)
    assert window.session.undo_stack.count() == 2  # a click on a marker moves nothing
    lst = comments.panel.list
    row = next(lst.item(k) for k in range(lst.count()) if lst.item(k).data(Qt.ItemDataRole.UserRole)
               == journey.threads[1].id)
    assert "Step “" in row.text()
    rect = comments.panel.list.visualItemRect(row)
    QTest.mouseClick(comments.panel.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    assert window.session.selection == (step.id,)
    assert view.map_scene.item_for(step.id).isSelected()


def test_the_name_is_asked_once_and_kept_in_the_settings_name(template_window, qtbot, monkeypatch):
    window = template_window
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append(a), ("  Ana  Lima ", True))[1])
    panel = window.comments.panel
    window.comments.add_comment(_card(window).id)
    _write_and_post(qtbot, panel, "First")
    window.comments.add_comment(_card(window).id)
    _write_and_post(qtbot, panel, "Second")
    assert len(asked) == 1 and window.editor.settings.choice("name") == "Ana Lima"
    assert [t.author for t in window.session.journey.threads] == ["Ana Lima", "Ana Lima"]
    assert panel.name_button.text() == "You: Ana Lima"


def test_the_person_filter_shows_the_threads_someone_took_part_in(template_window, qtbot):
    window = template_window
    settings, panel, comments = window.editor.settings, window.comments.panel, window.comments
    journey = window.session.journey
    for name, target in (("Ana", journey.stages[0].id), ("Ben", journey.stages[1].id)):
        settings.set_choice("name", name)
        comments.add_comment(target)
        _write_and_post(qtbot, panel, f"{name} was here")
    settings.set_choice("name", "Cleo")
    panel.show_thread(journey.threads[0].id)
    qtbot.keyClicks(panel.reply_text, "Agreed, @Ana")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, window)
    names = [panel.person_box.itemText(k) for k in range(panel.person_box.count())]
    assert names[0] == "Everyone" and {"Ana", "Ben", "Cleo"} <= set(names)
    panel.person_box.setCurrentIndex(panel.person_box.findData("Cleo"))
    assert panel.list.count() == 1 and "Ana was here" in panel.list.item(0).text()
    panel.person_box.setCurrentIndex(panel.person_box.findData("Ben"))
    assert panel.list.count() == 1 and "Ben was here" in panel.list.item(0).text()
    assert journey.threads[0].comments[1].mentions == ["Ana"]


def test_a_persona_and_a_stage_take_comments_from_their_menus(template_window, qtbot, monkeypatch):
    window = template_window
    window.editor.settings.set_choice("name", "Dana")
    journey = window.session.journey
    stage = journey.stages[1]
    shown = _right_click_and_pick(window, stage.id, "Add comment…", monkeypatch)
    assert "Add step" in shown
    _write_and_post(qtbot, window.comments.panel, "Split this stage?")
    personas = window.personas.list
    row = personas.visualItemRect(personas.item(0)).center()
    picked = []
    monkeypatch.setattr(menus, "run_menu", lambda menu, _pos: (picked.append([a.text() for a in menu.actions()]),
                                                                menu.actions()[0].trigger()))
    personas.customContextMenuRequested.emit(row)
    assert picked == [["Add comment…"]]
    _write_and_post(qtbot, window.comments.panel, "Add her age range")
    _wait(qtbot, window)
    assert [t.target for t in journey.threads] == [stage.id, journey.personas[0].id]
    assert _badge(window, stage.id).open_count == 1
    assert "Persona “" in window.comments.panel.list.item(1).text()


def test_deleting_a_commented_card_takes_its_marker_and_undo_brings_both_back(template_window, qtbot):
    window = template_window
    window.editor.settings.set_choice("name", "Dana")
    card = _card(window)
    window.comments.add_comment(card.id)
    _write_and_post(qtbot, window.comments.panel, "Keep this one")
    _wait(qtbot, window)
    window.view.map_scene.router.editing.delete([card.id])
    _wait(qtbot, window)
    assert window.session.journey.threads == [] and window.comments.markers.badges == {}
    assert window.comments.panel.list.count() == 0
    window.session.undo_stack.undo()
    _wait(qtbot, window)
    assert _badge(window, card.id).open_count == 1 and window.comments.panel.list.count() == 1


def test_the_export_dialog_puts_the_comments_in_the_digest_when_checked(template_window, qtbot, tmp_path):
    from pypdf import PdfReader

    from journeymap.ui.export_dialog import ExportDialog

    window = template_window
    window.editor.settings.set_choice("name", "Dana")
    window.comments.add_comment(_card(window).id)
    _write_and_post(qtbot, window.comments.panel, "Check this with the March survey")
    dialog = ExportDialog(window.session, window.editor.settings, window)
    dialog.open_after.setChecked(False)
    dialog.path_edit.setText(str(tmp_path / "map.pdf"))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("poster"))
    assert not dialog.comments.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "map.html"))
    assert dialog.comments.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "map.pdf"))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("digest"))
    assert dialog.comments.isEnabled()
    qtbot.mouseClick(dialog.comments, Qt.MouseButton.LeftButton)
    assert dialog.comments.isChecked() and dialog.run_export()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "map.pdf").pages).split())
    assert "Check this with the March survey" in text and "Dana," in text
    again = ExportDialog(window.session, window.editor.settings, window)
    assert again.comments.isChecked()  # remembered


def test_a_hidden_panel_catches_up_when_shown(template_window, qtbot):
    window = template_window
    window.editor.settings.set_choice("name", "Dana")
    comments = window.comments
    comments.add_comment(_card(window).id)
    _write_and_post(qtbot, comments.panel, "Seen while hidden?")
    _wait(qtbot, window)
    comments.dock.hide()
    window.session.undo_stack.undo()
    _wait(qtbot, window)
    assert comments.panel.list.count() == 1  # not looked at while hidden
    comments.show()
    _wait(qtbot, window)
    assert comments.panel.list.count() == 0 and comments.panel.empty.isVisibleTo(comments.panel)


def test_f6_reaches_the_comments_panel_empty_or_not(template_window, qtbot):
    window = template_window
    window.comments.show()
    window.view.setFocus()
    visited = [window.cycle_panels(1) for _ in range(len(window.focus_targets()))]
    assert window.comments.panel in visited and visited[-1] is window.view


def test_a_screen_reader_hears_that_a_card_has_open_comments(template_window, qtbot):
    from PySide6.QtGui import QAccessible

    window = template_window
    window.editor.settings.set_choice("name", "Dana")
    card = _card(window)
    window.comments.add_comment(card.id)
    _write_and_post(qtbot, window.comments.panel, "Is this right?")
    _wait(qtbot, window)
    canvas = QAccessible.queryAccessibleInterface(window.view)  # as the platform bridge reads it
    node = canvas.node_for(("card", card.id))
    assert node.text(QAccessible.Text.Description).endswith("1 open comment thread")


def test_a_commented_persona_shows_a_bubble_in_its_row_that_opens_its_thread(template_window, qtbot):
    window = template_window
    window.editor.settings.set_choice("name", "Dana")
    journey, comments = window.session.journey, window.comments
    persona = journey.personas[0]
    personas = window.personas.list
    markers = comments.persona_markers
    first = personas.visualItemRect(personas.item(0))
    near_end = (personas.viewport().width() - 12, first.center().y())  # the row's visible end
    assert markers.bubble_at(*near_end) is None  # no threads, no bubble
    comments.add_comment(persona.id)
    _write_and_post(qtbot, comments.panel, "Add her age range")
    _wait(qtbot, window)
    assert markers.bubble_at(*near_end) == persona.id
    described = personas.item(0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "1 open comment thread" in described  # a screen reader hears the bubble too
    shot = personas.viewport().grab().toImage()
    assert shot.pixelColor(*near_end).name() == "#f2b01e"  # the amber of an open thread, as on the canvas
    assert markers.bubble_at(first.left() + 30, first.center().y()) is None  # the name is not the bubble
    window.session.select([])
    comments.panel.list.clearSelection()
    QTest.mouseClick(personas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(*near_end))
    assert window.session.selection == (persona.id,)
    assert comments.panel.current == journey.threads[0].id
    comments.panel.show_thread(journey.threads[0].id)
    window.session.undo_stack.undo()  # the thread goes: so does the bubble
    _wait(qtbot, window)
    assert markers.bubble_at(*near_end) is None


def _click_link(qtbot, detail, words: str, nth: int = 0) -> None:
    """Click the ``nth`` link reading ``words`` in the thread, where a user sees it."""
    cursor = None
    for _ in range(nth + 1):
        cursor = detail.document().find(words, cursor.position() if cursor else 0)
        assert not cursor.isNull(), f"no link {words!r}"
    cursor.setPosition(cursor.selectionStart() + 1)
    point = detail.cursorRect(cursor).center()
    QTest.mouseClick(detail.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_you_correct_or_take_back_your_own_comment_never_a_colleagues(template_window, qtbot):
    window = template_window
    settings, panel, comments = window.editor.settings, window.comments.panel, window.comments
    window.show()
    qtbot.waitExposed(window)
    card = _card(window)
    settings.set_choice("name", "Ana")
    comments.add_comment(card.id)
    _write_and_post(qtbot, panel, "Price shown too lat")
    settings.set_choice("name", "Ben")
    qtbot.keyClicks(panel.reply_text, "Agreed")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    settings.set_choice("name", "Ana")
    panel.refresh()
    html = panel.detail.toHtml()
    assert html.count('href="edit:') == 1 and html.count('href="delete:') == 1  # Ana's comment only
    thread = window.session.journey.threads[0]
    before = window.session.journey.model_dump()
    _click_link(qtbot, panel.detail, "Edit")
    assert panel.reply_text.toPlainText() == "Price shown too lat" and panel.reply_button.text() == "Save Edit"
    panel.reply_text.setFocus()
    qtbot.keyClick(panel.reply_text, Qt.Key.Key_End)
    qtbot.keyClicks(panel.reply_text, "e, @Ben")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    first = window.session.journey.threads[0].comments[0]
    assert first.text == "Price shown too late, @Ben" and first.mentions == ["Ben"] and first.edited
    assert len(window.session.journey.threads[0].comments) == 2  # an edit, not a reply
    assert panel.reply_button.text() == "Reply" and "(edited)" in panel.detail.toPlainText()
    assert window.session.undo_stack.undoText().startswith("Edit comment on card")
    window.session.undo_stack.undo()
    assert window.session.journey.model_dump() == before
    _click_link(qtbot, panel.detail, "Delete")
    assert [c.author for c in window.session.journey.threads[0].comments] == ["Ben"]
    assert window.session.journey.threads[0].id == thread.id
    window.session.undo_stack.undo()
    assert window.session.journey.model_dump() == before
    panel.start_edit(thread.comments[1].id)  # Ben's words: not Ana's to change
    assert panel.editing is None and panel.reply_button.text() == "Reply"


def test_a_map_nobody_has_written_or_commented_offers_everyones_comments(editor, qtbot):
    """With no authors, no comments and no name of one's own, "by" still reads Everyone (it was blank)."""
    from journeymap.templates import new_from_template

    journey = new_from_template("online-purchase").model_copy(update={"authors": [], "threads": []})
    window = editor.new_window(journey)
    window.comments.show()
    panel = window.comments.panel
    assert [panel.person_box.itemText(k) for k in range(panel.person_box.count())] == ["Everyone"]
    assert panel.person_box.currentText() == "Everyone"
