"""The autosave controller as the window uses it: timing, writing off the GUI thread, cleanup."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from journeymap.io import SaveError, autosave, dump_map, load_map, save_map
from journeymap.model import Card, Document
from journeymap.ui.autosave import AutosaveController

from .maps import small_map


class Editor(QObject):
    """Stands in for the window: a Document, a changed signal, a path and a title."""

    changed = Signal()

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.doc = Document(small_map())
        self.path = path
        self.doc.subscribe(lambda _change: self.changed.emit())

    def snapshot(self) -> tuple[bytes, Path | None, str]:
        return dump_map(self.doc.journey), self.path, self.doc.journey.title

    def add_card(self, text: str) -> None:
        lane = self.doc.journey.lanes[0]
        self.doc.add_card(lane.id, Card(step=self.doc.journey.steps()[0].id, text=text))


@pytest.fixture
def editor(qtbot):
    return Editor()


def make(editor: Editor, **kw) -> AutosaveController:
    kw.setdefault("idle_ms", 50)
    kw.setdefault("max_interval_ms", 5_000)
    return AutosaveController(editor.snapshot, editor.changed, path=editor.path, **kw)


def autosaved_titles() -> list[str]:
    return [load_map(a.map_path).title for a in autosave.all_autosaves()]


def test_an_edit_is_autosaved_after_a_quiet_moment(qtbot, editor):
    ctl = make(editor)
    editor.doc.set_fields(None, {"title": "After one edit"})
    with qtbot.waitSignal(ctl.written, timeout=3_000):
        pass
    assert autosaved_titles() == ["After one edit"]
    ctl.shutdown()


def test_a_clean_document_is_never_autosaved(qtbot, editor):
    ctl = make(editor)
    qtbot.wait(200)
    assert autosave.all_autosaves() == []
    ctl.shutdown()


def test_nonstop_editing_still_autosaves_by_the_deadline(qtbot, editor):
    ctl = make(editor, idle_ms=10_000, max_interval_ms=150)
    written = []
    ctl.written.connect(written.append)
    for k in range(40):  # an edit every 20 ms: never quiet for 10 s
        editor.add_card(f"card {k}")
        qtbot.wait(20)
    qtbot.waitUntil(lambda: bool(written), timeout=3_000)
    ctl.shutdown()
    assert len(written) >= 2
    saved = load_map(autosave.all_autosaves()[0].map_path)
    assert sum(len(lane.cards) for lane in saved.lanes) > 4


def test_the_disk_work_runs_off_the_gui_thread(qtbot, editor, monkeypatch):
    threads = []
    real = autosave.write
    monkeypatch.setattr(autosave, "write", lambda *a: (threads.append(threading.current_thread()), real(*a)))
    ctl = make(editor)
    editor.add_card("x")
    with qtbot.waitSignal(ctl.written, timeout=3_000):
        pass
    assert threads and threads[0] is not threading.main_thread()
    ctl.shutdown()


def test_saving_removes_the_autosave_even_if_a_write_was_queued(qtbot, tmp_path, editor):
    ctl = make(editor)
    editor.add_card("x")
    ctl.write_now()
    editor.path = tmp_path / "trip.journey"
    save_map(editor.doc.journey, editor.path)
    ctl.on_saved(editor.path)
    ctl.wait()
    assert autosave.all_autosaves() == []
    editor.add_card("after saving")
    qtbot.waitUntil(lambda: bool(autosave.all_autosaves()), timeout=3_000)
    [entry] = autosave.all_autosaves()
    assert entry.original == editor.path.resolve(), "after Save As the autosave follows the new file"
    ctl.shutdown()


def test_undoing_back_to_the_saved_state_removes_the_autosave(qtbot, editor):
    ctl = make(editor)
    editor.add_card("x")
    ctl.write_now()
    ctl.wait()
    assert autosave.all_autosaves()
    ctl.set_clean(True)
    ctl.wait()
    assert autosave.all_autosaves() == []
    ctl.shutdown()


def test_discarding_changes_removes_the_autosave(qtbot, editor):
    ctl = make(editor)
    editor.add_card("x")
    ctl.write_now()
    ctl.on_discarded()
    ctl.shutdown()
    assert autosave.all_autosaves() == []


def test_a_failed_autosave_is_reported_and_retried(qtbot, editor, monkeypatch):
    calls = []

    def flaky(*args):
        calls.append(args)
        if len(calls) == 1:
            raise SaveError("/state/autosave/x.journey", "the disk is full")
        return real(*args)

    real = autosave.write
    monkeypatch.setattr(autosave, "write", flaky)
    ctl = make(editor, max_interval_ms=100)
    editor.add_card("x")
    with qtbot.waitSignal(ctl.failed, timeout=3_000) as failure:
        pass
    assert "disk is full" in failure.args[0]
    with qtbot.waitSignal(ctl.written, timeout=3_000):
        pass
    ctl.shutdown()
    assert len(calls) == 2 and autosave.all_autosaves()


def test_a_file_changed_by_another_program_is_noticed(qtbot, tmp_path):
    path = tmp_path / "trip.journey"
    save_map(small_map(), path)
    ed = Editor(path)
    ctl = make(ed)
    assert not ctl.file_changed_on_disk()
    save_map(small_map("Someone else's edit — a longer title"), path)
    assert ctl.file_changed_on_disk()
    ctl.on_saved()
    assert not ctl.file_changed_on_disk()
    ctl.shutdown()
