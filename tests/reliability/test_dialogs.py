"""The recovery and open-error dialogs, driven the way a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from journeymap.io import MapFileError, TooNewError, autosave, dump_map, load_map, save_map
from journeymap.io.autosave import FileStamp
from journeymap.io.recovery import pending_recoveries
from journeymap.io.writer import list_backups
from journeymap.model.problems import Problem
from journeymap.ui.open_error_dialog import OpenErrorChoice, OpenErrorDialog, plain_summary
from journeymap.ui.recovery_dialog import RecoveryChoice, RecoveryDialog, apply_choices

from .maps import small_map


def crashed_with(tmp_path: Path, as_dead_instance) -> tuple[Path, list]:
    """A saved file with newer unsaved edits, and an untitled map, both left by a crashed instance."""
    path = tmp_path / "Headphones.journey"
    save_map(small_map("Headphones as saved"), path)
    with as_dead_instance():
        autosave.write(autosave.key_for(path), dump_map(small_map("Headphones edited")), path,
                       "Headphones", FileStamp.of(path))
        autosave.write(autosave.key_for(None), dump_map(small_map("Workshop notes")), None, "Untitled 1")
    return path, pending_recoveries()


def test_the_recovery_dialog_offers_each_document_and_returns_the_choices(qtbot, tmp_path, as_dead_instance):
    path, recoveries = crashed_with(tmp_path, as_dead_instance)
    dialog = RecoveryDialog(recoveries)
    qtbot.addWidget(dialog)
    assert len(dialog.rows) == 2
    untitled = next(r for r in dialog.rows if r.recovery.original is None)
    saved = next(r for r in dialog.rows if r.recovery.original is not None)
    assert not untitled.original.isEnabled(), "an untitled map has no original to open"
    saved.original.click()
    untitled.discard.click()
    dialog.continue_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dict((r.key, c) for r, c in dialog.choices()) == {
        saved.recovery.key: RecoveryChoice.OPEN_ORIGINAL, untitled.recovery.key: RecoveryChoice.DISCARD}


def test_decide_later_keeps_every_autosave(qtbot, tmp_path, as_dead_instance):
    _, recoveries = crashed_with(tmp_path, as_dead_instance)
    dialog = RecoveryDialog(recoveries)
    qtbot.addWidget(dialog)
    dialog.later_button.click()
    choices = dialog.choices()
    assert {c for _, c in choices} == {RecoveryChoice.LATER}
    assert apply_choices(choices, lambda *a: None, lambda p: None) == []
    assert len(pending_recoveries()) == 2


def test_restore_opens_the_work_with_its_path_and_key(qtbot, tmp_path, as_dead_instance):
    path, recoveries = crashed_with(tmp_path, as_dead_instance)
    opened, files = [], []
    choices = [(r, RecoveryChoice.RESTORE) for r in recoveries]
    assert apply_choices(choices, lambda j, p, k: opened.append((j.title, p, k)), files.append) == []
    assert sorted(t for t, _, _ in opened) == ["Headphones edited", "Workshop notes"]
    assert (
        "Headphones edited", path.resolve(), autosave.key_for(path)) in opened
    assert pending_recoveries() == [], "restored autosaves now belong to this instance"


def test_open_original_opens_the_file_and_keeps_the_edits_as_a_backup(qtbot, tmp_path, as_dead_instance):
    path, recoveries = crashed_with(tmp_path, as_dead_instance)
    files = []
    saved = next(r for r in recoveries if r.original is not None)
    apply_choices([(saved, RecoveryChoice.OPEN_ORIGINAL)], lambda *a: None, files.append)
    assert files == [path.resolve()]
    assert load_map(list_backups(path)[0]).title == "Headphones edited"


def broken_file(tmp_path: Path) -> Path:
    path = tmp_path / "Workshop.journey"
    save_map(small_map("Good version"), path)
    save_map(small_map("Good version 2"), path)  # the first one is now a backup
    path.write_bytes(path.read_bytes()[:700])
    return path


def test_a_broken_file_explains_itself_and_offers_its_backup(qtbot, tmp_path):
    path = broken_file(tmp_path)
    try:
        load_map(path)
    except MapFileError as e:
        error = e
    dialog = OpenErrorDialog.for_error(error)
    qtbot.addWidget(dialog)
    assert "truncated" in dialog.summary.text()
    assert not dialog.details.isVisibleTo(dialog)
    dialog.details_button.click()
    assert dialog.details.isVisibleTo(dialog)
    assert dialog.details.toPlainText() == "\n".join(error.lines())
    assert dialog.autosave_button is None
    dialog.backup_button.click()
    assert dialog.choice is OpenErrorChoice.OPEN_BACKUP
    assert load_map(dialog.chosen_path).title == "Good version"


def test_a_broken_file_with_an_autosave_offers_it(qtbot, tmp_path):
    path = broken_file(tmp_path)
    autosave.write(autosave.key_for(path), dump_map(small_map("Autosaved")), path, "Workshop")
    error = MapFileError(path, [Problem("line 20, column 3", "the file ends too early: it looks truncated")])
    dialog = OpenErrorDialog.for_error(error)
    qtbot.addWidget(dialog)
    dialog.autosave_button.click()
    assert dialog.choice is OpenErrorChoice.OPEN_AUTOSAVE
    assert load_map(dialog.chosen_path).title == "Autosaved"


def test_summaries_are_plain_words():
    path = Path("/maps/x.journey")
    too_new = TooNewError(path, [Problem("schema_version", "version 9")])
    assert "newer version of Journeymap" in plain_summary(too_new)
    many = MapFileError(path, [Problem("stages[0].name", "required field is missing"),
                               Problem("lanes[1].kind", "bad")])
    assert plain_summary(many).startswith("The map has 2 problems. The first is at stages[0].name")
    binary = MapFileError(path, [Problem("file", "this is a binary file, not a journey map (JSON text)")])
    assert plain_summary(binary) == "This is a binary file, not a journey map (JSON text)."
