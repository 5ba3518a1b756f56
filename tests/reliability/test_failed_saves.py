"""Saves that fail (read-only folder, vanished folder, full disk): a clear message, nothing lost."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

import pytest

from journeymap.io import SaveError, autosave, dump_map, list_backups, load_map, save_map
from journeymap.io.recovery import pending_recoveries
from tests.io.failures import fail_with, writes_stop_halfway

from .kill_saves import kill_during_saves
from .maps import small_map


@pytest.fixture
def opened(tmp_path):
    """A saved file being edited, with its autosave written: the state just before the user saves."""
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "trip.journey"
    save_map(small_map("As saved"), path)
    edited = small_map("Edited")
    autosave.write(autosave.key_for(path), dump_map(edited), path, "trip")
    return path, path.read_bytes(), edited


def assert_nothing_lost(path, before):
    assert path.read_bytes() == before, "the old file is untouched"
    assert [p.name for p in path.parent.iterdir()] == [path.name], "no temporary file is left behind"
    [entry] = autosave.all_autosaves()
    assert load_map(entry.map_path).title == "Edited", "the autosave is still there"


def test_saving_into_a_read_only_folder(opened, monkeypatch):
    path, before, edited = opened
    os.chmod(path.parent, 0o555)
    try:
        if os.geteuid() == 0:  # root ignores permissions: make the folder refuse like it would for a user
            def refuse(*_a, **_k):
                raise PermissionError(errno.EACCES, "Permission denied")
            monkeypatch.setattr(tempfile, "mkstemp", refuse)
        with pytest.raises(SaveError) as caught:
            save_map(edited, path)
    finally:
        os.chmod(path.parent, 0o755)
    assert "read-only" in caught.value.reason
    assert "The previous file is unchanged" in str(caught.value)
    assert_nothing_lost(path, before)


def test_saving_into_a_folder_that_vanished(opened):
    path, before, edited = opened
    kept = path.parent.with_name("moved away")
    shutil.move(path.parent, kept)
    with pytest.raises(SaveError) as caught:
        save_map(edited, path)
    assert "folder does not exist" in caught.value.reason
    assert_nothing_lost(kept / path.name, before)
    assert not path.parent.exists(), "a save never re-creates a folder the user removed"


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_saving_on_a_full_disk(opened, monkeypatch, where):
    path, before, edited = opened
    real_fsync = os.fsync
    if where == "fsync":
        monkeypatch.setattr(os, "fsync", fail_with(errno.ENOSPC))
    else:
        writes_stop_halfway(monkeypatch)
    with pytest.raises(SaveError) as caught:
        save_map(edited, path)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert caught.value.reason == "the disk is full"
    assert_nothing_lost(path, before)


def test_a_failed_save_leaves_the_autosave_for_recovery_after_a_crash(opened, as_dead_instance, monkeypatch):
    path, _, edited = opened
    with as_dead_instance():
        autosave.write(autosave.key_for(path), dump_map(edited), path, "trip")
    with monkeypatch.context() as patched, pytest.raises(SaveError):
        patched.setattr(os, "fsync", fail_with(errno.ENOSPC))
        save_map(edited, path)
    [found] = pending_recoveries()
    assert found.original == path.resolve()


def test_a_backup_cut_short_by_a_crash_is_never_offered(tmp_path, monkeypatch):
    path = tmp_path / "trip.journey"
    save_map(small_map("First"), path)
    save_map(small_map("Second"), path)

    def crash_mid_copy(src, dst, **_k):
        with open(src, "rb") as f, open(dst, "wb") as out:
            out.write(f.read()[:100])
        raise SystemExit("killed")  # stands in for the process dying during the copy

    with monkeypatch.context() as patched, pytest.raises(SystemExit):
        patched.setattr(shutil, "copy2", crash_mid_copy)
        save_map(small_map("Third"), path)
    assert all(load_map(b) for b in list_backups(path))
    assert load_map(path).title == "Second"


def test_sigkill_during_saves_of_a_large_map_leaves_old_or_new_whole(tmp_path):
    """The short version of tests/reliability/kill_saves.py (which runs 200+ trials)."""
    folder = tmp_path / "maps"
    folder.mkdir()
    report = kill_during_saves(8, folder, seed=3)
    assert report.failures == []
    assert report.trials == 8 and report.cards >= 3000
    assert report.old_on_disk + report.new_on_disk == 8


def test_a_new_map_file_gets_the_same_permissions_as_any_new_file(tmp_path):
    path = tmp_path / "new.journey"
    save_map(small_map(), path)
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert path.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777


def _killed_save(path, journey) -> None:
    """Save ``journey`` in a child process that is SIGKILLed just before its atomic replace."""
    pid = os.fork()
    if pid == 0:  # the child: die exactly where a power cut would hurt most
        os.replace = lambda *_a: os.kill(os.getpid(), signal.SIGKILL)  # type: ignore[assignment]
        try:
            save_map(journey, path, backup=False)
        finally:
            os._exit(3)  # never reached when the kill works
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def _age(path, seconds) -> None:
    when = time.time() - seconds
    os.utime(path, (when, when), follow_symlinks=False)


def _hidden(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_temporary_file_left_by_a_killed_save_is_removed_by_a_later_save_once_stale(tmp_path):
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "trip.journey"
    save_map(small_map("First"), path)
    _killed_save(path, small_map("Killed"))
    [left] = _hidden(folder)
    assert left.startswith(".trip.journey.") and left.endswith(".tmp")
    assert load_map(path).title == "First", "the kill left the old file whole"

    save_map(small_map("Second"), path)
    assert _hidden(folder) == [left], "a fresh one may be a save running elsewhere: kept"

    _age(folder / left, 11 * 60)
    save_map(small_map("Third"), path)
    assert _hidden(folder) == [], "a leftover untouched for over ten minutes is removed"
    assert load_map(path).title == "Third"


def test_tidying_after_a_save_spares_everything_that_is_not_a_stale_temporary_file_of_that_map(tmp_path):
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "trip.journey"
    save_map(small_map("First"), path)
    fd, fresh = tempfile.mkstemp(dir=folder, prefix=".trip.journey.", suffix=".tmp")
    os.close(fd)
    fd, stale = tempfile.mkstemp(dir=folder, prefix=".trip.journey.", suffix=".tmp")
    os.close(fd)
    elsewhere = tmp_path / "precious.txt"
    elsewhere.write_text("not ours")
    spared = {
        ".trip.journey.notes": "file",  # an unrelated hidden file
        ".trip.journey.swp": "file",  # another program's
        ".trip.journey.abc.tmp": "file",  # not mkstemp's eight letters
        ".trip.journey.abcdefgh.tmp.bak": "file",
        ".trip.journey.ABCDEFGH.tmp": "file",  # mkstemp never uses capitals
        ".other.journey.abcdefgh.tmp": "file",  # a temporary file of another map
        "trip.journey.abcdefgh.tmp": "file",  # not hidden
        ".trip.journey.folder__.tmp": "folder",
        ".trip.journey.linkedto.tmp": "link",
    }
    for name, kind in spared.items():
        target = folder / name
        if kind == "folder":
            target.mkdir()
        elif kind == "link":
            target.symlink_to(elsewhere)
        else:
            target.write_text("someone's data")
        _age(target, 3600)
    _age(stale, 3600)

    save_map(small_map("Second"), path)

    names = {p.name for p in folder.iterdir()}
    assert Path(stale).name not in names
    assert Path(fresh).name in names
    assert set(spared) <= names
    assert elsewhere.read_text() == "not ours"
    assert load_map(path).title == "Second"


def test_a_folder_that_cannot_be_listed_does_not_fail_the_save(tmp_path, monkeypatch):
    path = tmp_path / "trip.journey"

    def refuse(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)
    save_map(small_map("Saved"), path)
    assert load_map(path).title == "Saved"
