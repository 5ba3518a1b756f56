"""The inspector, outline, personas and find/filter panels, driven as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from journeymap.commands import SetFields
from journeymap.model import Card, Persona
from journeymap.ui.canvas import style
from journeymap.ui.panels.persona_form import PersonaDialog


def _first_card(window) -> Card:
    return next(card for lane in window.session.journey.lanes for card in lane.cards)


def _editor(form, field):
    return next(e for e in form.editors if e.field == field)


# -- inspector -----------------------------------------------------------------------------

def test_typing_a_card_text_in_the_inspector_is_one_undo_step_and_keeps_the_cursor(template_window):
    w = template_window
    card = _first_card(w)
    w.session.select([card.id])
    form = w.inspector.current
    text = _editor(form, "text").widget
    text.setFocus()
    cursor = text.textCursor()
    cursor.setPosition(0)
    text.setTextCursor(cursor)
    before = w.session.undo_stack.count()
    QTest.keyClicks(text, "New ")
    assert w.session.document.card(card.id).text.startswith("New ")
    assert w.session.undo_stack.count() == before + 1
    assert text.textCursor().position() == 4
    w.session.undo_stack.undo()
    assert w.session.document.card(card.id).text == card.text
    assert text.toPlainText() == card.text


def test_the_inspector_builds_a_kinds_form_when_one_is_first_selected_and_keeps_it(template_window):
    w = template_window
    assert list(w.inspector.forms) == [type(w.session.journey)]  # the first window shows the map's form only
    card = _first_card(w)
    w.session.select([card.id])
    form = w.inspector.current
    assert form is w.inspector.forms[Card] and form.isVisibleTo(w.inspector)
    assert _editor(form, "text").widget.toPlainText() == card.text
    w.session.select([])
    w.session.select([card.id])
    assert w.inspector.current is form  # built once


def test_typing_the_map_title_merges_into_one_step_and_the_cursor_stays_mid_word(template_window):
    w = template_window
    w.session.select([])
    title = _editor(w.inspector.current, "title").widget
    original = w.session.journey.title
    title.setFocus()
    title.setCursorPosition(3)
    QTest.keyClicks(title, "XYZ")
    assert w.session.journey.title == original[:3] + "XYZ" + original[3:]
    assert title.cursorPosition() == 6
    assert w.session.undo_stack.count() == 1
    assert w.session.undo_stack.text(0) == "Edit map title"
    w.session.undo_stack.undo()
    assert title.text() == original


def test_the_map_language_is_edited_in_the_inspector(template_window):
    w = template_window
    w.session.select([])
    language = _editor(w.inspector.current, "language").widget
    assert language.text() == "en"
    language.selectAll()
    QTest.keyClicks(language, "de-CH")
    assert w.session.journey.language == "de-CH"
    assert w.session.undo_stack.count() == 1
    w.session.undo_stack.undo()
    assert w.session.journey.language == "en" and language.text() == "en"


def test_the_inspector_follows_edits_made_elsewhere(template_window):
    w = template_window
    card = _first_card(w)
    w.session.select([card.id])
    w.session.push(SetFields(w.session.document, card.id, {"owner": "Logistics"}))
    assert _editor(w.inspector.current, "owner").widget.text() == "Logistics"


def test_the_inspector_edits_step_metrics_and_scores(template_window):
    w = template_window
    step = w.session.journey.steps()[0]
    persona = w.session.journey.personas[0]
    w.session.select([step.id])
    form = w.inspector.current
    nps = _editor(form, "metrics.nps")
    nps.recorded.setChecked(False)
    assert w.session.document.step(step.id).metrics.nps is None
    nps.recorded.setChecked(True)
    nps.number.setValue(42)
    nps.number.editingFinished.emit()
    assert w.session.document.step(step.id).metrics.nps.value == 42
    value_spin = form.scores.rows[persona.id][0]
    value_spin.setValue(2)
    assert w.session.document.score(step.id, persona.id).value == 2


def test_a_value_the_model_refuses_is_explained_not_applied(template_window):
    w = template_window
    stage = w.session.journey.stages[0]
    w.session.select([stage.id])
    form = w.inspector.current
    before = w.session.undo_stack.count()
    form._on_edited(_editor(form, "colour"), "not a colour")
    assert w.session.undo_stack.count() == before
    assert not form.problem.isHidden()


# -- outline ---------------------------------------------------------------------------------

def test_selecting_in_the_outline_selects_in_the_session_and_back(template_window):
    w = template_window
    card = _first_card(w)
    item = w.outline.item_for(card.id)
    w.outline.tree.setCurrentItem(item)
    assert w.session.selection == (card.id,)
    stage = w.session.journey.stages[1]
    w.session.select([stage.id])
    assert [i.data(0, Qt.ItemDataRole.UserRole) for i in w.outline.tree.selectedItems()] == [stage.id]


def test_the_outline_follows_renames_and_deletes(template_window):
    w = template_window
    stage = w.session.journey.stages[0]
    w.session.push(SetFields(w.session.document, stage.id, {"name": "Awareness"}))
    assert w.outline.item_for(stage.id).text(0) == "Stage: Awareness"
    w.session.select([stage.id])
    w.acts.delete.trigger()
    assert w.outline.item_for(stage.id) is None
    w.session.undo_stack.undo()
    assert w.outline.item_for(stage.id) is not None


def test_outline_rows_have_accessible_names(template_window):
    assert template_window.outline.tree.accessibleName() == "Map outline"
    for editor in template_window.inspector.current.editors:
        assert editor.widget.accessibleName()


# -- personas --------------------------------------------------------------------------------

def test_adding_a_persona_through_the_form(template_window, monkeypatch):
    w = template_window

    def fill(panel, dialog: PersonaDialog) -> bool:
        dialog.name.setText("Ada")
        dialog.role.setText("Commuter")
        dialog.lists["goals"].setPlainText("Arrive on time\n\nSave money")
        return True

    monkeypatch.setattr(type(w.personas), "run_dialog", fill)
    persona_id = w.personas.add_persona()
    persona = w.session.document.persona(persona_id)
    assert (persona.name, persona.role, persona.goals) == ("Ada", "Commuter", ["Arrive on time", "Save money"])
    assert w.personas.list.count() == len(w.session.journey.personas)
    w.session.undo_stack.undo()
    assert not w.session.document.has(persona_id)


def test_editing_a_persona_is_one_undo_step(template_window, monkeypatch):
    w = template_window
    persona = w.session.journey.personas[0]
    old_name = persona.name

    def fill(panel, dialog: PersonaDialog) -> bool:
        dialog.name.setText("Renamed")
        dialog.quote.setText("I just want it to work")
        return True

    monkeypatch.setattr(type(w.personas), "run_dialog", fill)
    before = w.session.undo_stack.count()
    assert w.personas.edit_persona(persona.id)
    assert w.session.undo_stack.count() == before + 1
    assert w.session.document.persona(persona.id).quote == "I just want it to work"
    w.session.undo_stack.undo()
    assert w.session.document.persona(persona.id).name == old_name


def test_deleting_a_persona_and_undo_restores_its_scores(template_window):
    w = template_window
    persona = w.session.journey.personas[0]
    scored = {s.id: w.session.document.score(s.id, persona.id) for s in w.session.journey.steps()
              if w.session.document.score(s.id, persona.id) is not None}
    assert scored
    before = w.session.journey.model_dump()
    w.personas.delete_persona(persona.id)
    assert not w.session.document.has(persona.id)
    assert all(w.session.document.score(sid, persona.id) is None for sid in scored)
    w.session.undo_stack.undo()
    assert w.session.journey.model_dump() == before


def test_unchecking_a_persona_hides_its_curve(template_window):
    w = template_window
    item = w.personas.list.item(0)
    persona_id = item.data(Qt.ItemDataRole.UserRole)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert w.session.document.persona(persona_id).show_curve is False
    w.session.undo_stack.undo()
    assert w.personas.list.item(0).checkState() == Qt.CheckState.Checked


def test_a_persona_row_follows_its_name_and_colour_through_undo(template_window):
    w = template_window
    persona = w.session.journey.personas[0]
    row = w.personas.list.item(0)
    w.session.push(SetFields(w.session.document, persona.id, {"name": "Renamed", "colour": "#112233"}))
    assert w.personas.list.item(0).text().startswith("Renamed")
    assert w.personas.list.item(0).icon().pixmap(14, 14).toImage().pixelColor(7, 7).name() == "#112233"
    w.session.undo_stack.undo()
    assert w.personas.list.item(0).text().startswith(persona.name)
    # typing on the persona's empathy board changes nothing the list shows: the row stays as it was
    w.session.push(SetFields(w.session.document, persona.id, {"empathy_map.designed_by": "Priya"}))
    assert w.personas.list.item(0) is row and w.personas.list.count() == len(w.session.journey.personas)


def test_a_long_role_is_cut_with_an_ellipsis_and_whole_in_the_tooltip(template_window):
    w = template_window
    persona = w.session.journey.personas[0]
    assert persona.role
    listing = w.personas.list
    assert listing.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert listing.textElideMode() == Qt.TextElideMode.ElideRight
    assert persona.role in listing.item(0).toolTip() and persona.name in listing.item(0).toolTip()


def test_a_photo_over_the_size_limit_is_refused_with_a_message(qapp, tmp_path):
    from journeymap.model.limits import MAX_PHOTO_BYTES
    from journeymap.safety.photos import PNG_MAGIC

    big = tmp_path / "huge.png"
    big.write_bytes(PNG_MAGIC + b"\0" * (MAX_PHOTO_BYTES + 1))
    dialog = PersonaDialog(Persona(name="Ada"))
    assert not dialog.use_photo_file(big)
    assert "at most" in dialog.problem.text()
    assert dialog.values()["photo"] is None


def test_a_small_png_becomes_the_persona_photo(qapp, tmp_path):
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "face.png"
    image.save(str(path))
    dialog = PersonaDialog(Persona(name="Ada"))
    assert dialog.use_photo_file(path)
    photo = dialog.values()["photo"]
    assert (photo.media_type, photo.width, photo.height) == ("image/png", 40, 30)


# -- find and filter -----------------------------------------------------------------------------

def test_find_reveals_and_selects_a_matching_card(template_window):
    w = template_window
    card = _first_card(w)
    word = card.text.split()[0]
    w.acts.find.trigger()
    assert w.find_dock.isVisible() or not w.isVisible()
    w.finder.find_edit.setText(card.text)
    found = w.finder.find_next()
    assert found == card.id
    assert w.session.selection == (card.id,)
    assert w.view.map_scene.cards[card.id].isSelected()
    assert word


def test_find_next_and_previous_walk_through_the_matches(template_window):
    w = template_window
    w.finder.find_edit.setText("e")
    first = w.finder.find_next()
    second = w.finder.find_next()
    assert first != second
    assert w.finder.find_previous() == first


def test_filter_by_channel_dims_the_other_cards(template_window):
    w = template_window
    cards = [c for lane in w.session.journey.lanes for c in lane.cards]
    channel = next(c.channel for c in cards if c.channel)
    w.finder.set_filter("channel", channel)
    items = w.view.map_scene.cards
    for card in cards:
        expected = 1.0 if card.channel == channel else style.DIMMED_OPACITY
        assert items[card.id].opacity() == expected
    w.finder.clear_filter()
    assert all(item.opacity() == 1.0 for item in items.values())


def test_the_filter_values_follow_owner_edits_but_not_text_typing(template_window, monkeypatch):
    from journeymap.commands.fields import SetFields

    w = template_window
    w.finder.filter_kind.setCurrentIndex(w.finder.filter_kind.findData("owner"))
    card = next(c for lane in w.session.journey.lanes for c in lane.cards)
    refills = []
    real = type(w.finder)._fill_values
    monkeypatch.setattr(type(w.finder), "_fill_values", lambda self: (refills.append(1), real(self)))
    w.session.undo_stack.push(SetFields(w.session.document, card.id, {"text": "Typed"}, text="Edit"))
    assert refills == []
    w.session.undo_stack.push(SetFields(w.session.document, card.id, {"owner": "Night shift"}, text="Edit"))
    values = [w.finder.filter_value.itemData(i) for i in range(w.finder.filter_value.count())]
    assert refills and "Night shift" in values


def test_filter_by_persona_keeps_cards_in_the_steps_the_persona_scored(template_window):
    w = template_window
    persona = w.session.journey.personas[-1]
    scored = {s.id for s in w.session.journey.steps() if w.session.document.score(s.id, persona.id)}
    w.finder.set_filter("persona", persona.id)
    for lane in w.session.journey.lanes:
        for card in lane.cards:
            dimmed = w.view.map_scene.cards[card.id].opacity() < 1.0
            assert dimmed == (card.step not in scored)


# -- window chrome ----------------------------------------------------------------------------------

def test_the_title_shows_the_modified_marker_after_an_edit(template_window):
    w = template_window
    assert not w.isWindowModified()
    assert "[*]" in w.windowTitle()
    w.session.push(SetFields(w.session.document, None, {"title": "Changed"}))
    assert w.isWindowModified()
    w.session.undo_stack.undo()
    assert not w.isWindowModified()


def test_the_status_bar_shows_zoom_and_selection(template_window):
    w = template_window
    w.view.zoom_100()
    assert w.zoom_label.text() == "Zoom 100%"
    card = _first_card(w)
    w.session.select([card.id])
    assert w.selection_label.text().startswith("Card “")
    steps = w.session.journey.steps()[:2]
    w.session.select([s.id for s in steps])
    assert w.selection_label.text() == "2 steps selected"


def test_map_menu_adds_a_stage_and_a_step_as_single_undo_steps(template_window):
    w = template_window
    stages = len(w.session.journey.stages)
    w.acts.add_stage.trigger()
    assert len(w.session.journey.stages) == stages + 1
    new_stage = w.session.journey.stages[-1]
    w.acts.add_step.trigger()
    assert len(w.session.document.stage(new_stage.id).steps) == 2
    w.session.undo_stack.undo()
    w.session.undo_stack.undo()
    assert len(w.session.journey.stages) == stages


def test_hiding_a_lane_from_the_map_menu_and_showing_all_again(template_window):
    from journeymap.ui.menus import fill_lanes_menu

    w = template_window
    fill_lanes_menu(w)
    w.lanes_menu.actions()[0].setChecked(False)
    lane = w.session.journey.lanes[0]
    assert lane.hidden
    w.acts.show_all_lanes.trigger()
    assert not lane.hidden


def test_standard_shortcuts_are_set(template_window):
    from PySide6.QtGui import QKeySequence

    a = template_window.acts
    Key = QKeySequence.StandardKey
    for action, key in ((a.new, Key.New), (a.open, Key.Open), (a.save, Key.Save), (a.save_as, Key.SaveAs),
                        (a.close, Key.Close), (a.find, Key.Find),
                        (a.zoom_in, Key.ZoomIn), (a.zoom_out, Key.ZoomOut), (a.select_all, Key.SelectAll),
                        (a.cut, Key.Cut), (a.copy, Key.Copy), (a.paste, Key.Paste), (a.delete, Key.Delete),
                        (template_window.undo_action, Key.Undo), (template_window.redo_action, Key.Redo)):
        assert action.shortcuts() == QKeySequence.keyBindings(key), action.text()
    platform_quit = QKeySequence.keyBindings(Key.Quit)
    assert a.quit.shortcuts() == (platform_quit or [QKeySequence("Ctrl+Q")])


def test_next_panel_moves_the_focus_between_canvas_and_panels(template_window):
    w = template_window
    w.view.setFocus()
    visited = [w.cycle_panels(1) for _ in range(len(w.focus_targets()))]
    assert visited[-1] is w.view
    assert w.outline in visited and w.inspector in visited


def test_choices_in_the_inspector_set_lane_kind_evidence_and_scope(template_window):
    from journeymap.model.kinds import EvidenceStatus, LaneKind, Scope

    w = template_window
    lane = w.session.journey.lanes[0]
    w.session.select([lane.id])
    _editor(w.inspector.current, "kind").choose(LaneKind.IDEAS)
    assert lane.kind is LaneKind.IDEAS
    card = lane.cards[0]
    w.session.select([card.id])
    _editor(w.inspector.current, "status").choose(EvidenceStatus.PROPOSED)
    assert card.status is EvidenceStatus.PROPOSED
    channel = _editor(w.inspector.current, "channel")
    channel.widget.setCurrentText("Carrier pigeon")
    channel.widget.lineEdit().editingFinished.emit()
    assert card.channel == "Carrier pigeon"
    channel.widget.setCurrentText("Email")
    channel.widget.lineEdit().editingFinished.emit()
    assert card.channel == "email"
    w.session.select([])
    _editor(w.inspector.current, "scope").choose(Scope.LIFETIME)
    assert w.session.journey.scope is Scope.LIFETIME
    assert w.inspector.current.problem.isHidden()


def test_the_empathy_map_action_opens_the_selected_personas_board(template_window):
    w = template_window
    persona = w.session.journey.personas[0]
    w.session.select([persona.id])
    assert w.personas.empathy_button.isEnabled()
    w.acts.empathy_map.trigger()
    boards = [top for top in w.findChildren(QWidget) if top.isWindow() and top.accessibleName() == "Empathy map window"]
    assert boards and boards[0].isVisible()
    for board in boards:
        board.close()


def test_present_opens_the_presentation_window(template_window):
    w = template_window
    shown = w.present()
    assert shown is not None and shown.isVisible()
    shown.close()


def test_selecting_a_card_in_the_outline_scrolls_the_canvas_to_it(template_window):
    w = template_window
    w.resize(900, 600)
    w.view.zoom_100()
    last = w.session.journey.lanes[-1].cards[-1]
    w.outline.tree.setCurrentItem(w.outline.item_for(last.id))
    item = w.view.map_scene.cards[last.id]
    visible = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    assert visible.intersects(item.sceneBoundingRect())


def test_the_outline_follows_card_adds_moves_and_deletes_in_place(template_window):
    from journeymap.commands import AddCard, MoveCard, Remove

    w = template_window
    doc = w.session.document
    lanes = w.session.journey.lanes
    step = w.session.journey.steps()[1]
    card = Card(step=step.id, text="Fresh idea")
    w.session.push(AddCard(doc, lanes[0].id, card))

    def rows(lane):
        item = w.outline.item_for(lane.id)
        return [item.child(k).data(0, Qt.ItemDataRole.UserRole) for k in range(item.childCount())]

    assert rows(lanes[0]) == [c.id for c in lanes[0].cards]
    w.session.push(MoveCard(doc, card.id, lanes[2].id, step.id, 0))
    assert rows(lanes[0]) == [c.id for c in lanes[0].cards]
    assert rows(lanes[2]) == [c.id for c in lanes[2].cards]
    w.session.push(Remove(doc, card.id))
    assert w.outline.item_for(card.id) is None
    w.session.undo_stack.undo()
    w.session.undo_stack.undo()
    assert rows(lanes[0]) == [c.id for c in lanes[0].cards]
