"""The autosave store and crash recovery, without any window: what a restarted app would find."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journeymap.io import MapFileError, autosave, dump_map, load_map, save_map
from journeymap.io.autosave import FileStamp
from journeymap.io.recovery import discard, pending_recoveries, restore, shelve
from journeymap.io.writer import list_backups
from journeymap.paths import autosave_dir

from .maps import small_map


def test_autosave_never_touches_the_users_file(tmp_path):
    path = tmp_path / "trip.journey"
    save_map(small_map("Saved"), path)
    before = path.read_bytes()
    autosave.write(autosave.key_for(path), dump_map(small_map("Edited")), path, "trip")
    assert path.read_bytes() == before
    assert list(autosave_dir().glob("*.journey"))


def test_a_file_keeps_its_key_and_untitled_documents_get_their_own(tmp_path):
    path = tmp_path / "trip.journey"
    assert autosave.key_for(path) == autosave.key_for(tmp_path / "." / "trip.journey")
    assert autosave.key_for(None) != autosave.key_for(None)


def test_autosaves_of_this_running_instance_are_not_offered(tmp_path):
    autosave.write(autosave.key_for(None), dump_map(small_map()), None, "Untitled")
    assert pending_recoveries() == []


def test_a_crashed_instances_untitled_work_is_offered_and_restored(as_dead_instance):
    journey = small_map("Workshop output")
    key = autosave.key_for(None)
    with as_dead_instance():
        autosave.write(key, dump_map(journey), None, "Untitled 1")
    [found] = pending_recoveries()
    assert found.original is None and found.title == "Untitled 1"
    restored, original = restore(found)
    assert original is None
    assert restored.model_dump() == journey.model_dump()
    assert pending_recoveries() == [], "after a restore this instance owns the autosave"


def test_recovery_of_a_saved_file_gives_back_its_path(tmp_path, as_dead_instance):
    path = tmp_path / "trip.journey"
    save_map(small_map("Saved"), path)
    stamp = FileStamp.of(path)
    edited = small_map("Edited after saving")
    with as_dead_instance():
        autosave.write(autosave.key_for(path), dump_map(edited), path, "trip", stamp)
    [found] = pending_recoveries()
    assert found.original == path.resolve()
    assert not found.original_changed_since_opened and not found.original_missing
    restored, original = restore(found)
    assert original == path.resolve() and restored.title == "Edited after saving"


def test_an_autosave_older_than_its_file_is_not_offered(tmp_path, as_dead_instance):
    path = tmp_path / "trip.journey"
    save_map(small_map("Saved"), path)
    with as_dead_instance():
        autosave.write(autosave.key_for(path), dump_map(small_map("Old edit")), path, "trip")
    later = time.time() + 5
    os.utime(path, (later, later))  # saved again afterwards, e.g. by another program
    assert pending_recoveries() == []


def test_a_file_that_vanished_still_offers_its_autosave(tmp_path, as_dead_instance):
    path = tmp_path / "trip.journey"
    save_map(small_map("Saved"), path)
    with as_dead_instance():
        autosave.write(autosave.key_for(path), dump_map(small_map("Edited")), path, "trip", FileStamp.of(path))
    path.unlink()
    [found] = pending_recoveries()
    assert found.original_missing


def test_discarding_removes_the_autosave_for_good(as_dead_instance):
    with as_dead_instance():
        autosave.write("k1", dump_map(small_map()), None, "Untitled")
    [found] = pending_recoveries()
    discard(found)
    assert pending_recoveries() == [] and autosave.all_autosaves() == []
    assert list(autosave_dir().iterdir()) == []


def test_open_original_keeps_the_autosave_as_a_previous_version(tmp_path, as_dead_instance):
    path = tmp_path / "trip.journey"
    save_map(small_map("Saved"), path)
    with as_dead_instance():
        autosave.write(autosave.key_for(path), dump_map(small_map("Unsaved edits")), path, "trip")
    [found] = pending_recoveries()
    shelve(found)
    assert pending_recoveries() == []
    [backup] = list_backups(path)
    assert load_map(backup).title == "Unsaved edits"


def test_a_damaged_autosave_is_reported_not_raised_at_startup(as_dead_instance):
    with as_dead_instance():
        autosave.write("broken", b'{"format": "journeymap", "schema_version": 1, "ti', None, "Untitled")
    (autosave_dir() / "junk.json").write_text("not json")
    [found] = pending_recoveries()
    with pytest.raises(MapFileError, match="truncated"):
        restore(found)


def test_a_really_killed_process_leaves_a_recoverable_autosave(tmp_path):
    script = (
        "import os, signal\n"
        "from journeymap.io import autosave, dump_map\n"
        "from tests.reliability.maps import small_map\n"
        "autosave.write('from-child', dump_map(small_map('Killed mid-edit')), None, 'Untitled')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    child = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[2], env=os.environ.copy())
    assert child.returncode == -9
    [found] = pending_recoveries()
    assert restore(found)[0].title == "Killed mid-edit"
