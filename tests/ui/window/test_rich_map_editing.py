"""In the editor window: pictures dropped, pasted and described; cards connected and widened from the keyboard;
arrows in the outline; the persona library saved to, added from and updated both ways. Real widgets and events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeymap.io.persona_library import library_entry, list_library, save_to_library
from journeymap.model import LaneKind
from journeymap.templates import new_from_template
from journeymap.ui import picture_flow
from journeymap.ui.persona_library_ui import ChangesDialog, LibraryDialog
from tests.pictures import picture_bytes
from tests.rich_map import rich_map


@pytest.fixture
def window(editor, qtbot):
    win = editor.new_window(rich_map())
    win.resize(1600, 1000)
    qtbot.waitExposed(win)
    win.view.zoom_100()
    return win


@pytest.fixture
def answers(monkeypatch):
    """What the user answers when a picture comes in: its alt text, and whether to embed a large one."""
    asked: dict[str, list] = {"alt": [], "large": []}
    state = {"alt": "Shelf with headphones", "large": True}

    def alt(_parent, default):
        asked["alt"].append(default)
        return state["alt"]

    def large(_parent, description):
        asked["large"].append(description)
        return state["large"]

    monkeypatch.setattr(picture_flow, "ask_alt_text", alt)
    monkeypatch.setattr(picture_flow, "confirm_large_picture", large)
    return asked, state


def card_with(window, text: str):
    return next(c for lane in window.session.journey.lanes for c in lane.cards if c.text.startswith(text))


def drop_files(window, paths, scene_point: QPointF) -> None:
    """Drag files from a file manager over the canvas and drop them at a scene point: enter, move, drop."""
    view = window.view
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = view.mapFromScene(scene_point)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted(), "the canvas takes a drag that carries pictures"
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods))
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, buttons, mods))


def test_a_picture_file_dropped_on_a_card_becomes_its_picture_with_the_alt_text_asked_for(window, answers, tmp_path):
    asked, _state = answers
    path = tmp_path / "Shelf in the store.png"
    path.write_bytes(picture_bytes(400, 300, "PNG"))
    card = card_with(window, "Parks, unloads")
    window.view.reveal_whole(card.id)
    box = window.view.map_scene.layout.cards[card.id].rect
    drop_files(window, [path], QPointF(box.x + 20, box.y + 10))
    assert asked["alt"] == ["Shelf in the store"], "the file's name is offered as the alt text"
    assert card.picture is not None and card.picture.alt == "Shelf with headphones"
    assert window.session.undo_stack.undoText() == "Add picture on card ‘Parks, unloads bags and children’"
    assert window.view.map_scene.layout.cards[card.id].picture is not None
    window.session.undo_stack.undo()
    assert card.picture is None


def test_a_very_large_picture_is_shown_by_its_size_and_not_embedded_if_the_user_says_no(window, answers, tmp_path):
    asked, state = answers
    state["large"] = False
    from PIL import Image

    path = tmp_path / "noise.png"
    Image.merge("RGB", [Image.effect_noise((1600, 1200), 90) for _ in range(3)]).save(path)
    card = card_with(window, "Parks, unloads")
    box = window.view.map_scene.layout.cards[card.id].rect
    window.view.reveal_whole(card.id)
    before = window.session.undo_stack.count()
    drop_files(window, [path], QPointF(box.x + 20, box.y + 10))
    assert asked["large"] and " × " in asked["large"][0] and "MB" in asked["large"][0]
    assert window.session.undo_stack.count() == before and card.picture is None


def test_several_pictures_dropped_on_an_empty_cell_make_a_card_each_in_one_undo_step(window, answers, tmp_path):
    files = []
    for k in range(3):
        files.append(tmp_path / f"frame {k + 1}.jpg")
        files[-1].write_bytes(picture_bytes(320, 240, "JPEG", colour=(40 * k, 90, 160)))
    journey = window.session.journey
    storyboard = next(lane for lane in journey.lanes if lane.kind == LaneKind.IMAGES)
    layout = window.view.map_scene.layout
    step = next(s for s in journey.steps() if not any(c.step == s.id for c in storyboard.cards))
    cell = layout.cells[(storyboard.id, step.id)]
    window.view.reveal_whole(storyboard.id)
    window.view.centerOn(QPointF(cell.x + 40, cell.y + 30))
    drop_files(window, files, QPointF(cell.x + 40, cell.y + 30))
    made = [c for c in storyboard.cards if c.step == step.id]
    assert [c.picture.alt for c in made] == ["Shelf with headphones"] * 3
    assert window.session.undo_stack.undoText() == "Add 3 pictures"
    window.session.undo_stack.undo()
    assert not [c for c in storyboard.cards if c.step == step.id]


def test_a_picture_pasted_from_the_clipboard_goes_on_the_selected_card(window, answers):
    card = card_with(window, "Parks, unloads")
    image = QImage.fromData(picture_bytes(200, 150, "PNG"))
    QGuiApplication.clipboard().setImage(image)
    window.view.map_scene.select_ids([card.id])
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert card.picture is not None and (card.picture.width, card.picture.height) == (200, 150)
    assert answers[0]["alt"] == ["Pasted picture"]


def test_the_inspector_shows_the_picture_and_edits_its_alt_text_in_one_undo_step_and_removes_it(window, qtbot):
    journey = window.session.journey
    card = next(c for lane in journey.lanes for c in lane.cards if c.picture is not None)
    window.session.select([card.id])
    form = window.inspector.current
    editor = form.picture
    assert not editor.preview.pixmap().isNull()
    before = window.session.undo_stack.count()
    editor.alt.setFocus()
    editor.alt.selectAll()
    QTest.keyClicks(editor.alt, "A new desk")
    assert card.picture.alt == "A new desk"
    assert window.session.undo_stack.count() == before + 1, "typing is one undo step"
    QTest.mouseClick(editor.remove, Qt.MouseButton.LeftButton)
    assert card.picture is None
    assert editor.preview.text() == "No picture"


def test_the_inspector_makes_a_card_span_steps(window):
    card = card_with(window, "Parks, unloads")
    window.session.select([card.id])
    span = window.inspector.current.span
    steps = window.session.journey.steps()
    two_on = steps[[s.id for s in steps].index(card.step) + 2]
    index = span.findData(two_on.id)
    span.setFocus()
    span.setCurrentIndex(index)
    span.activated.emit(index)
    assert card.last_step == two_on.id
    assert window.view.map_scene.layout.cards[card.id].columns == 3


def test_two_selected_cards_are_connected_from_the_keyboard_and_a_card_widened(window):
    a, b = card_with(window, "Parks, unloads"), card_with(window, "Doorman")
    window.session.select([a.id, b.id])
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    arrow = window.session.journey.arrows[-1]
    assert (arrow.source, arrow.target) == (a.id, b.id)
    assert window.session.selection == (arrow.id,)
    window.session.select([a.id])
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert a.last_step is not None
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert a.last_step is None


def test_the_outline_lists_arrows_and_selecting_one_selects_it_on_the_canvas(window, qtbot):
    journey = window.session.journey
    arrow = next(a for a in journey.arrows if a.label == "room not ready")
    item = window.outline.item_for(arrow.id)
    assert item is not None
    assert item.text(0) == "Arrow: Receptionist checks the booki… → Duty manager reallocates room…  “room not ready”"
    tree = window.outline.tree
    tree.scrollToItem(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tree.visualItemRect(item).center())
    assert window.session.selection == (arrow.id,)
    assert window.view.map_scene.arrows[arrow.id].isSelected()
    assert window.inspector.heading.text() == "Arrow"


def test_a_persona_saved_to_the_library_is_added_to_another_map_found_by_search(editor, window, qtbot):
    eva = next(p for p in window.session.journey.personas if p.name.startswith("Eva"))
    window.session.select([eva.id])
    lib = window.rich.library
    lib.update_actions()
    assert lib.save_action.isEnabled()
    lib.save_action.trigger()
    assert eva.library_id is not None and library_entry(eva.library_id) is not None
    assert window.session.undo_stack.undoText() == "Link persona “Eva Lindqvist” to the library"
    save_to_library(new_from_template("online-purchase").personas[0])

    other = editor.new_window(new_from_template("blank"))
    seen: list[str] = []

    def choose(dialog: LibraryDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.list.count() == 2
        QTest.keyClicks(dialog.search, "family")
        seen.extend(dialog.list.item(k).text() for k in range(dialog.list.count())
                    if not dialog.list.item(k).isHidden())
        QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    other.rich.library.run_dialog = choose
    other.rich.library.add_action.trigger()
    assert seen == ["Eva Lindqvist\nParent on a family weekend"]
    added = other.session.journey.personas[-1]
    assert added.name == "Eva Lindqvist" and added.library_id == eva.library_id and added.id != eva.id
    assert [n.text for n in added.empathy_map.says] == [n.text for n in eva.empathy_map.says]
    other.session.undo_stack.setClean()


def test_updates_either_way_show_what_changes_first_and_change_the_map_in_one_undo_step(window):
    session = window.session
    eva = next(p for p in session.journey.personas if p.name.startswith("Eva"))
    session.select([eva.id])
    lib = window.rich.library
    lib.save_to_library()
    entry = library_entry(eva.library_id)
    changed = entry.persona.model_copy(deep=True, update={"role": "Family traveller", "goals": ["Late check-out"]})
    changed.empathy_map.says = changed.empathy_map.says[:0]
    save_to_library(changed, library_id=entry.id)
    shown: list[list[str]] = []

    def agree(dialog: ChangesDialog) -> bool:
        shown.extend([[dialog.tree.topLevelItem(k).text(c) for c in range(3)]
                      for k in range(dialog.tree.topLevelItemCount())])
        return True

    lib.run_dialog = agree
    before = session.undo_stack.count()
    assert lib.update_from_library()
    assert shown[0] == ["Role", "Parent on a family weekend", "Family traveller"]
    assert ["Empathy map: says", "“We did ask for a cot when we booked.”", "(none)"] in shown
    assert eva.role == "Family traveller" and eva.empathy_map.says == []
    assert session.undo_stack.count() == before + 1
    session.undo_stack.undo()
    assert eva.role == "Parent on a family weekend" and len(eva.empathy_map.says) == 1

    shown.clear()
    eva_role = eva.role
    assert lib.update_library() == entry.id
    assert ["Role", "Family traveller", eva_role] in shown
    assert library_entry(entry.id).persona.role == eva_role
    assert len(list_library()[0]) == 1
