"""Ctrl+S asks before it replaces what it should not: a read-only file, or a file another program
changed, also when the map came back from a crash's autosave."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeymap.io import autosave, dump_map, list_backups, load_map, save_map
from journeymap.io.autosave import FileStamp
from journeymap.templates import new_from_template
from journeymap.ui import prompts
from journeymap.ui.recovery_dialog import RecoveryChoice, RecoveryDialog
from tests.model.sample import sample_map


def _map(title: str):
    journey = sample_map()
    journey.title = title
    return journey


def _press_ctrl_s(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _edit_title(window, title: str) -> None:
    from journeymap.commands import SetFields

    window.session.push(SetFields(window.session.document, window.session.journey.id, {"title": title}))


@pytest.fixture
def asked(monkeypatch):
    """The questions Save asked, answered "no"."""
    questions: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "ask_overwrite_changed", lambda _p, name: questions.append(("changed", name)) or False)
    monkeypatch.setattr(prompts, "ask_replace_read_only", lambda _p, name: questions.append(("read-only", name)) or False,
                        raising=False)
    return questions


def test_saving_a_read_only_map_asks_and_cancel_leaves_it(editor, qtbot, tmp_path, asked, monkeypatch):
    path = tmp_path / "signed-off.journey"
    save_map(_map("Signed off"), path)
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    window = editor.open_path(path)
    _edit_title(window, "Changed after sign-off")
    _press_ctrl_s(qtbot, window)
    assert asked == [("read-only", "signed-off.journey")]  # was replaced silently
    assert load_map(path).title == "Signed off"
    assert window.session.modified

    monkeypatch.setattr(prompts, "ask_replace_read_only", lambda _p, _name: True)
    _press_ctrl_s(qtbot, window)
    assert load_map(path).title == "Changed after sign-off"
    assert stat.S_IMODE(path.stat().st_mode) == 0o444  # still read-only
    assert load_map(list_backups(path)[0]).title == "Signed off"
    assert not window.session.modified


@pytest.fixture
def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_after_restoring_from_autosave_save_asks_before_replacing_a_newer_version_on_disk(
        editor, qtbot, tmp_path, asked, monkeypatch, dead_pid):
    path = tmp_path / "trip.journey"
    save_map(_map("Opened before the crash"), path)
    opened = FileStamp.of(path)
    save_map(new_from_template("credit-card"), path)  # another program saves over it...
    then = path.stat().st_mtime - 60
    os.utime(path, (then, then))
    real_pid = os.getpid
    monkeypatch.setattr(os, "getpid", lambda: dead_pid)  # ...then the crashed session's last autosave
    autosave.write(autosave.key_for(path), dump_map(_map("Recovered work")), path, "trip.journey", opened)
    monkeypatch.setattr(os, "getpid", real_pid)
    monkeypatch.setattr(RecoveryDialog, "ask", staticmethod(
        lambda recoveries, _parent=None: [(r, RecoveryChoice.RESTORE) for r in recoveries]))
    editor.recover()
    window = editor.window_for(path)
    assert window is not None and window.session.journey.title == "Recovered work"

    _press_ctrl_s(qtbot, window)
    assert asked == [("changed", "trip.journey")]  # was overwritten without a word
    assert load_map(path).title == new_from_template("credit-card").title
    assert window.session.modified


def test_after_restoring_save_goes_ahead_quietly_when_the_file_is_as_the_crashed_session_left_it(
        editor, qtbot, tmp_path, asked, monkeypatch, dead_pid):
    path = tmp_path / "trip.journey"
    save_map(_map("Opened before the crash"), path)
    then = path.stat().st_mtime - 60
    os.utime(path, (then, then))
    real_pid = os.getpid
    monkeypatch.setattr(os, "getpid", lambda: dead_pid)
    autosave.write(autosave.key_for(path), dump_map(_map("Recovered work")), path, "trip.journey", FileStamp.of(path))
    monkeypatch.setattr(os, "getpid", real_pid)
    monkeypatch.setattr(RecoveryDialog, "ask", staticmethod(
        lambda recoveries, _parent=None: [(r, RecoveryChoice.RESTORE) for r in recoveries]))
    editor.recover()
    window = editor.window_for(path)
    _press_ctrl_s(qtbot, window)
    assert asked == []
    assert load_map(path).title == "Recovered work"
