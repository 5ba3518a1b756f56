"""Autosaves that can never be offered again are cleared away, and only those."""

from __future__ import annotations

import os
import time

from journeymap.io import autosave, dump_map, load_map, save_map
from journeymap.io.recovery import pending_recoveries
from journeymap.io.writer import list_backups
from journeymap.paths import autosave_dir

from .maps import small_map


def _files_of(key: str) -> list[str]:
    return sorted(p.name for p in autosave_dir().glob(f"{key}.*"))


def _saved_later(path) -> None:
    later = time.time() + 5
    os.utime(path, (later, later))  # saved again after the autosave, e.g. by another instance


def test_a_dead_instances_autosave_older_than_its_file_moves_to_its_backups(tmp_path, as_dead_instance):
    path = tmp_path / "trip.journey"
    save_map(small_map("Saved"), path)
    key = autosave.key_for(path)
    with as_dead_instance():
        autosave.write(key, dump_map(small_map("Old edit")), path, "trip")
    _saved_later(path)
    assert pending_recoveries() == []
    assert _files_of(key) == [], "neither the map nor its sidecar stays behind"
    assert path.exists()
    kept = [load_map(b).title for b in list_backups(path)]
    assert "Old edit" in kept, "the work stays under Restore Previous Version"


def test_a_dead_instances_autosave_newer_than_its_file_is_kept_and_offered(tmp_path, as_dead_instance):
    path = tmp_path / "trip.journey"
    save_map(small_map("Saved"), path)
    earlier = time.time() - 60
    os.utime(path, (earlier, earlier))
    key = autosave.key_for(path)
    with as_dead_instance():
        autosave.write(key, dump_map(small_map("Newer edit")), path, "trip")
    [found] = pending_recoveries()
    assert found.key == key
    assert _files_of(key) == [f"{key}.journey", f"{key}.json"]


def test_a_running_instances_autosave_is_never_deleted_even_if_older_than_its_file(tmp_path):
    path = tmp_path / "trip.journey"
    save_map(small_map("Saved"), path)
    key = autosave.key_for(path)
    autosave.write(key, dump_map(small_map("Edit in progress")), path, "trip")
    _saved_later(path)
    assert pending_recoveries() == []
    assert _files_of(key) == [f"{key}.journey", f"{key}.json"]


def test_untitled_and_orphaned_autosaves_of_dead_instances_are_kept(tmp_path, as_dead_instance):
    path = tmp_path / "trip.journey"
    save_map(small_map("Saved"), path)
    untitled, gone = autosave.key_for(None), autosave.key_for(path)
    with as_dead_instance():
        autosave.write(untitled, dump_map(small_map("Workshop")), None, "Untitled 1")
        autosave.write(gone, dump_map(small_map("Edited")), path, "trip")
    path.unlink()
    assert {r.key for r in pending_recoveries()} == {untitled, gone}
    assert len(_files_of(untitled)) == 2 and len(_files_of(gone)) == 2
