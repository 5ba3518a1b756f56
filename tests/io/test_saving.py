"""Saving never destroys the last good file, and keeps the previous version in the app's state folder."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from journeymap.io import SaveError, list_backups, load_map, save_map
from journeymap.io import backups as backups_module
from journeymap.io import writer as writer_module
from journeymap.io.writer import BACKUPS_KEPT, backup_folder_for
from tests.model.sample import sample_map

from .failures import fail_with, writes_stop_halfway


@pytest.fixture
def saved(tmp_path) -> Path:
    path = tmp_path / "maps" / "headphones.journey"
    path.parent.mkdir()
    save_map(sample_map(), path)
    return path


def edited():
    journey = sample_map()
    journey.title = "Edited title"
    return journey


@pytest.mark.parametrize("target, code, words", [
    ("replace", errno.EACCES, "permission denied"),
    ("replace", errno.EROFS, "read-only"),
    ("fsync", errno.ENOSPC, "disk is full"),
    ("fsync", errno.EDQUOT, "quota"),
    ("mkstemp", errno.EACCES, "permission denied"),
])
def test_a_save_that_fails_midway_leaves_the_old_file_byte_identical(saved, monkeypatch, target, code, words):
    before = saved.read_bytes()
    module = {"replace": writer_module.os, "fsync": writer_module.os, "mkstemp": writer_module.tempfile}[target]
    monkeypatch.setattr(module, target, fail_with(code))
    with pytest.raises(SaveError) as info:
        save_map(edited(), saved)
    monkeypatch.undo()
    assert saved.read_bytes() == before
    assert words in info.value.reason
    assert str(saved) in str(info.value) and "unchanged" in str(info.value)
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name], "no temporary file is left behind"


def test_a_write_that_fails_halfway_leaves_the_old_file(saved, monkeypatch):
    before = saved.read_bytes()
    writes_stop_halfway(monkeypatch)
    with pytest.raises(SaveError, match="disk is full"):
        save_map(edited(), saved)
    monkeypatch.undo()
    assert saved.read_bytes() == before
    assert load_map(saved).title == "Buying headphones"
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]


def test_saving_into_a_folder_that_vanished_says_so(tmp_path):
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    path = folder / "map.journey"
    folder.rmdir()
    with pytest.raises(SaveError) as info:
        save_map(sample_map(), path)
    assert "folder" in info.value.reason
    assert not folder.exists()


def test_saving_over_a_folder_is_refused(tmp_path):
    (tmp_path / "map.journey").mkdir()
    with pytest.raises(SaveError, match="a folder has that name"):
        save_map(sample_map(), tmp_path / "map.journey")


def test_the_saved_file_keeps_its_permissions(saved):
    saved.chmod(0o640)
    save_map(edited(), saved)
    assert saved.stat().st_mode & 0o777 == 0o640


def test_after_two_saves_the_backup_holds_the_previous_version_in_the_state_folder(saved, tmp_path):
    first = saved.read_bytes()
    save_map(edited(), saved)
    backups = list_backups(saved)
    assert len(backups) == 1
    assert backups[0].read_bytes() == first
    state = Path(os.environ["JOURNEYMAP_STATE_DIR"])
    assert backups[0].is_relative_to(state)
    assert backup_folder_for(saved).is_relative_to(state)
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name], "no clutter beside the user's file"


def test_at_most_a_few_backups_are_kept_newest_first(saved):
    versions = []
    for n in range(BACKUPS_KEPT + 3):
        versions.append(saved.read_bytes())
        journey = sample_map()
        journey.title = f"Version {n}"
        save_map(journey, saved)
    backups = list_backups(saved)
    assert len(backups) == BACKUPS_KEPT
    assert [b.read_bytes() for b in backups] == versions[::-1][:BACKUPS_KEPT]


def test_backups_of_two_files_with_the_same_name_do_not_mix(tmp_path):
    a, b = tmp_path / "a" / "map.journey", tmp_path / "b" / "map.journey"
    for path in (a, b):
        path.parent.mkdir()
        save_map(sample_map(), path)
        save_map(edited(), path)
    assert backup_folder_for(a) != backup_folder_for(b)
    assert len(list_backups(a)) == len(list_backups(b)) == 1


def test_a_backup_that_cannot_be_written_does_not_stop_the_save(saved, monkeypatch):
    monkeypatch.setattr(backups_module.shutil, "copy2", fail_with(errno.ENOSPC))
    save_map(edited(), saved)
    assert load_map(saved).title == "Edited title"


def test_a_new_file_needs_no_backup(tmp_path):
    path = tmp_path / "fresh.journey"
    save_map(sample_map(), path)
    assert list_backups(path) == []
