"""File handling of the editor window: open, save, save as, failed saves, close prompt, recent files."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from journeymap.commands import SetFields
from journeymap.io import SaveError, load_map, save_map, writer
from journeymap.paths import config_dir
from journeymap.templates import new_from_template
from journeymap.ui import prompts
from journeymap.ui.settings import Settings


def _saved_map(tmp_path: Path, name: str = "trip.journey", template: str = "online-purchase") -> Path:
    path = tmp_path / name
    save_map(new_from_template(template), path)
    return path


def _edit_title(window, title: str) -> None:
    doc = window.session.document
    window.session.push(SetFields(doc, None, {"title": title}))


def test_opening_a_file_shows_it_in_a_window_titled_by_its_name(editor, tmp_path):
    path = _saved_map(tmp_path)
    window = editor.open_path(path)
    assert window is not None
    assert window.session.path == path.resolve()
    assert window.session.journey.title == load_map(path).title
    assert window.windowTitle().startswith("trip.journey")
    assert not window.isWindowModified()


def test_opening_a_broken_file_reports_the_file_and_the_problem_and_the_app_keeps_running(
        editor, tmp_path, monkeypatch):
    good = editor.new_window()
    broken = tmp_path / "broken.journey"
    broken.write_text('{"format": "journeymap", "schema_version": 1, "stages": [', encoding="utf-8")
    shown = []
    monkeypatch.setattr(type(good), "_show_open_error", lambda self, path, error: shown.append((path, error)))
    assert editor.open_path(broken, requester=good) is None
    assert len(shown) == 1
    path, error = shown[0]
    assert path == broken
    assert error.summary and any("broken.journey" in line for line in error.lines())
    assert editor.windows == [good] and good.isVisible()


def test_the_open_error_dialog_names_the_file_and_does_not_block(editor, tmp_path, monkeypatch):
    from journeymap.ui import open_error_dialog

    window = editor.new_window()
    broken = tmp_path / "bad.journey"
    broken.write_bytes(b"\x00\x01 not json")
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        return 0

    monkeypatch.setattr(open_error_dialog.OpenErrorDialog, "exec", fake_exec)
    editor.open_path(broken, requester=window)
    assert len(seen) == 1
    assert seen[0].error.path == broken
    assert window in editor.windows


def test_opening_a_file_already_open_switches_to_its_window(editor, tmp_path):
    path = _saved_map(tmp_path)
    first = editor.open_path(path)
    again = editor.open_path(tmp_path / "." / "trip.journey")
    assert again is first
    assert len(editor.windows) == 1


def test_an_opened_file_replaces_an_untouched_blank_window(editor, tmp_path):
    blank = editor.new_window()
    opened = editor.open_path(_saved_map(tmp_path), requester=blank)
    assert editor.windows == [opened]


def test_save_writes_the_file_and_clears_the_modified_marker(editor, tmp_path):
    path = _saved_map(tmp_path)
    window = editor.open_path(path)
    _edit_title(window, "Renamed journey")
    assert window.isWindowModified()
    assert window.save()
    assert load_map(path).title == "Renamed journey"
    assert not window.isWindowModified()
    assert not window.session.modified


def test_save_as_writes_a_new_file_and_makes_it_the_document(editor, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = editor.new_window(new_from_template("online-purchase"))
    target = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_as()
    written = tmp_path / "copy.journey"
    assert load_map(written).title == window.session.journey.title
    assert window.session.path == written.resolve()
    assert window.windowTitle().startswith("copy.journey")


def test_a_failed_save_says_why_and_keeps_the_document_open_modified_and_the_old_file_intact(
        editor, tmp_path, monkeypatch):
    path = _saved_map(tmp_path)
    before = path.read_bytes()
    window = editor.open_path(path)
    _edit_title(window, "Unsaved work")

    def fail(journey, target, **kwargs):
        raise SaveError(target, "the disk is full")

    monkeypatch.setattr(writer, "save_map", fail)
    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text, *rest: errors.append(text))
    assert not window.save()
    assert errors and "the disk is full" in errors[0] and "trip.journey" in errors[0]
    assert window in editor.windows
    assert window.isWindowModified() and window.session.modified
    assert window.session.journey.title == "Unsaved work"
    assert path.read_bytes() == before


def test_saving_into_a_vanished_folder_fails_cleanly(editor, tmp_path, monkeypatch):
    folder = tmp_path / "project"
    folder.mkdir()
    path = _saved_map(folder)
    window = editor.open_path(path)
    _edit_title(window, "Edited")
    path.unlink()
    folder.rmdir()
    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text, *rest: errors.append(text))
    assert not window.save()
    assert "folder does not exist" in errors[0]
    assert window.session.modified


def _close_with_answer(window, monkeypatch, answer: str):
    asked = []
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: asked.append(name) or answer)
    closed = window.close()
    return closed, asked


def test_closing_with_unsaved_changes_and_cancel_keeps_the_window(editor, tmp_path, monkeypatch):
    window = editor.open_path(_saved_map(tmp_path))
    _edit_title(window, "Changed")
    closed, asked = _close_with_answer(window, monkeypatch, "cancel")
    assert asked == ["trip.journey"]
    assert not closed and window in editor.windows and window.session.modified


def test_closing_with_discard_closes_without_writing(editor, tmp_path, monkeypatch):
    path = _saved_map(tmp_path)
    before = path.read_bytes()
    window = editor.open_path(path)
    _edit_title(window, "Changed")
    closed, asked = _close_with_answer(window, monkeypatch, "discard")
    assert closed and asked and window not in editor.windows
    assert path.read_bytes() == before


def test_closing_with_save_writes_then_closes(editor, tmp_path, monkeypatch):
    path = _saved_map(tmp_path)
    window = editor.open_path(path)
    _edit_title(window, "Saved on close")
    closed, _ = _close_with_answer(window, monkeypatch, "save")
    assert closed and window not in editor.windows
    assert load_map(path).title == "Saved on close"


def test_closing_with_save_that_fails_keeps_the_window_open(editor, tmp_path, monkeypatch):
    window = editor.open_path(_saved_map(tmp_path))
    _edit_title(window, "Changed")
    monkeypatch.setattr(writer, "save_map", lambda j, p, **k: (_ for _ in ()).throw(SaveError(p, "locked")))
    monkeypatch.setattr(prompts, "show_error", lambda *a, **k: None)
    closed, _ = _close_with_answer(window, monkeypatch, "save")
    assert not closed and window in editor.windows


def test_closing_an_unmodified_map_does_not_ask(editor, tmp_path, monkeypatch):
    window = editor.open_path(_saved_map(tmp_path))
    closed, asked = _close_with_answer(window, monkeypatch, "cancel")
    assert closed and asked == []


def test_quit_stops_at_the_first_cancel(editor, tmp_path, monkeypatch):
    a = editor.open_path(_saved_map(tmp_path, "a.journey"))
    b = editor.open_path(_saved_map(tmp_path, "b.journey"))
    _edit_title(b, "Changed")
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: "cancel")
    assert not editor.quit()
    assert b in editor.windows
    assert a not in editor.windows


def test_recent_files_are_kept_in_the_config_folder_and_can_be_cleared(editor, tmp_path):
    first = _saved_map(tmp_path, "first.journey")
    second = _saved_map(tmp_path, "second.journey")
    editor.open_path(first)
    editor.open_path(second)
    stored = json.loads((config_dir() / "settings.json").read_text(encoding="utf-8"))
    assert stored["recent_files"][:2] == [str(second.resolve()), str(first.resolve())]
    assert Settings().recent_files[:2] == [str(second.resolve()), str(first.resolve())]
    window = editor.windows[-1]
    from journeymap.ui.menus import fill_recent_menu

    fill_recent_menu(window)
    labels = [a.text() for a in window.recent_menu.actions()]
    assert any("second.journey" in t for t in labels)
    window.acts.clear_recent.trigger()
    assert Settings().recent_files == []


def test_dropping_a_journey_file_on_the_window_opens_it(editor, tmp_path):
    window = editor.new_window()
    path = _saved_map(tmp_path, "dropped.journey")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert editor.window_for(path) is not None


def test_saving_over_a_file_another_program_changed_asks_first(editor, tmp_path, monkeypatch):
    import os

    path = _saved_map(tmp_path)
    window = editor.open_path(path)
    _edit_title(window, "Mine")
    other = new_from_template("credit-card")
    save_map(other, path)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    asked = []
    monkeypatch.setattr(prompts, "ask_overwrite_changed", lambda parent, name: asked.append(name) or False)
    assert not window.save()
    assert asked == ["trip.journey"]
    assert load_map(path).title == other.title
    assert window.session.modified
    monkeypatch.setattr(prompts, "ask_overwrite_changed", lambda parent, name: True)
    assert window.save()
    assert load_map(path).title == "Mine"


def test_an_open_file_is_locked_for_other_instances_until_its_window_closes(editor, tmp_path):
    from journeymap.io.locking import _folder_for

    path = _saved_map(tmp_path)
    window = editor.open_path(path)
    assert list(_folder_for(path).glob("*.lock"))
    window.close()
    assert not _folder_for(path).exists() or not list(_folder_for(path).glob("*.lock"))
