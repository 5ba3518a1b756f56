"""Revert, Restore Previous Version, and files the system asks the app to open (macOS double-click)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent

from journeymap.commands import SetFields
from journeymap.commands.replace_map import ReplaceMap
from journeymap.io import list_backups, load_map, save_map
from journeymap.model import Card
from journeymap.templates import new_from_template
from journeymap.ui import prompts, versions_dialog
from journeymap.ui.versions_dialog import VersionsDialog, read_versions


def _saved_map(tmp_path: Path, name: str = "trip.journey") -> Path:
    path = tmp_path / name
    save_map(new_from_template("online-purchase"), path)
    return path


def _edit_title(window, title: str) -> None:
    window.session.push(SetFields(window.session.document, None, {"title": title}))


def _add_card(window, text: str) -> None:
    from journeymap.commands import AddCard

    journey = window.session.journey
    card = Card(step=journey.steps()[0].id, text=text)
    window.session.push(AddCard(window.session.document, journey.lanes[0].id, card))


def _card_texts(window) -> list[str]:
    return [c.text for lane in window.session.journey.lanes for c in lane.cards]


def _three_saves(editor, tmp_path: Path):
    """A file saved as First, then Second, then Third: backups Second, First, the template (newest first)."""
    path = _saved_map(tmp_path)
    window = editor.open_path(path)
    for title in ("First", "Second", "Third"):
        _edit_title(window, title)
        assert window.save()
    return window, path


def test_swapping_the_whole_map_undoes_to_an_identical_map_and_redoes(template_window):
    session = template_window.session
    before = session.journey.model_dump()
    other = new_from_template("online-purchase")
    other.title = "Another version"
    other.lanes[0].cards.append(Card(step=other.steps()[0].id, text="Only in the other version"))
    other_dump = other.model_copy(deep=True).model_dump()
    session.push(ReplaceMap(session.document, other))
    assert session.journey.title == "Another version"
    assert "Only in the other version" in _card_texts(template_window)
    session.undo_stack.undo()
    assert session.journey.model_dump() == before
    session.undo_stack.redo()
    after = session.journey.model_dump()
    assert {k: v for k, v in after.items() if k != "id"} == {k: v for k, v in other_dump.items() if k != "id"}


def test_revert_after_edits_brings_back_the_file_and_a_clean_history(editor, tmp_path, monkeypatch):
    path = _saved_map(tmp_path)
    window = editor.open_path(path)
    saved = load_map(path).model_dump()
    assert not window.acts.revert.isEnabled()
    _edit_title(window, "Changed")
    _add_card(window, "A card nobody saved")
    assert window.acts.revert.isEnabled()
    asked = []
    monkeypatch.setattr(prompts, "ask_revert", lambda parent, name: asked.append(name) or True)
    assert window.revert()
    assert asked == ["trip.journey"]
    assert window.session.journey.model_dump() == saved
    assert "A card nobody saved" not in _card_texts(window)
    assert window.session.undo_stack.count() == 0 and not window.session.modified
    assert not window.isWindowModified() and not window.acts.revert.isEnabled()
    assert editor.windows == [window]


def test_cancelling_revert_keeps_the_changes(editor, tmp_path, monkeypatch):
    window = editor.open_path(_saved_map(tmp_path))
    _edit_title(window, "Changed")
    monkeypatch.setattr(prompts, "ask_revert", lambda *_a: False)
    assert not window.revert()
    assert window.session.journey.title == "Changed" and window.session.modified


def test_revert_of_a_file_broken_on_disk_keeps_the_document_and_says_why(editor, tmp_path, monkeypatch):
    from journeymap.ui import open_error_dialog

    path = _saved_map(tmp_path)
    window = editor.open_path(path)
    _edit_title(window, "Still here")
    path.write_bytes(b'{"format": "journeymap", "schema_version": 1, "stages": [')
    monkeypatch.setattr(prompts, "ask_revert", lambda *_a: True)
    shown = []
    monkeypatch.setattr(open_error_dialog.OpenErrorDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    assert not window.revert()
    assert len(shown) == 1 and shown[0].error.path == path.resolve()
    assert window.session.journey.title == "Still here"
    assert window.session.modified and window.session.undo_stack.count() == 1


def test_restoring_a_previous_version_opens_it_modified_and_saving_writes_it(editor, tmp_path, monkeypatch):
    window, path = _three_saves(editor, tmp_path)
    versions = read_versions(path)
    assert len(versions) == 3 and [v.journey.title for v in versions[:2]] == ["Second", "First"]
    assert window.acts.restore_version.isEnabled()

    def choose_second_newest(dialog):
        assert dialog.restore_button.isEnabled()
        dialog.select(1)  # "First"
        dialog._restore()
        return 1

    monkeypatch.setattr(VersionsDialog, "exec", choose_second_newest)
    assert window.restore_previous_version()
    assert window.session.journey.title == "First"
    assert window.session.modified and window.isWindowModified()
    assert load_map(path).title == "Third"  # nothing written until Save
    assert editor.windows == [window]
    window.session.undo_stack.undo()  # restore is one undo step
    assert window.session.journey.title == "Third" and not window.session.modified
    window.session.undo_stack.redo()
    assert window.save()
    assert load_map(path).title == "First"
    assert read_versions(path)[0].journey.title == "Third"  # the replaced version is itself kept


def test_damaged_backups_are_listed_as_damaged_and_cannot_be_restored(editor, tmp_path, qtbot):
    window, path = _three_saves(editor, tmp_path)
    backups = list_backups(path)
    backups[0].write_bytes(b"\x00\x01 not a map")
    versions = read_versions(path)
    assert versions[0].damaged and versions[0].problem
    assert not versions[1].damaged
    dialog = VersionsDialog(path, versions, window)
    qtbot.addWidget(dialog)
    first = dialog.table.topLevelItem(0)
    assert "Damaged" in first.text(1) and versions[0].problem in first.text(2)
    assert dialog.selected() is versions[1]  # the first good one is offered
    dialog.select(0)
    assert not dialog.restore_button.isEnabled()
    assert "cannot be restored" in dialog.details.text()
    dialog._restore()
    assert dialog.chosen is None


def test_restore_is_offered_only_once_the_file_has_a_backup(editor, tmp_path):
    path = _saved_map(tmp_path, "fresh.journey")
    window = editor.open_path(path)
    assert not window.acts.restore_version.isEnabled()
    _edit_title(window, "Saved twice")
    assert window.save()
    assert window.acts.restore_version.isEnabled()


def test_versions_list_reads_saved_time_size_and_contents(tmp_path):
    path = _saved_map(tmp_path)
    save_map(load_map(path), path)
    (version,) = read_versions(path)
    journey = version.journey
    assert version.size == version.path.stat().st_size
    assert version.saved_text.startswith("Today, ")
    assert f"{len(journey.stages)} stage" in version.contents_text
    assert f"{sum(len(lane.cards) for lane in journey.lanes)} card" in version.contents_text
    assert versions_dialog.size_text(2048) == "2.0 KB"


def test_a_file_the_system_asks_to_open_opens_in_a_window(editor, qapp, tmp_path):
    blank = editor.new_window()
    path = _saved_map(tmp_path, "double-clicked.journey")
    assert editor.eventFilter(qapp, QFileOpenEvent(str(path)))  # installed on macOS only
    window = editor.window_for(path)
    assert window is not None and window.session.journey.title == load_map(path).title
    assert blank not in editor.windows  # the untouched blank window made way
