"""A full-size temporary file left by a save killed mid-write goes the next time the map is opened,
unless a save still runs or another Journeymap has the map open."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys

from journeymap.io import save_map

from .maps import small_map

LEFT = ".trip.journey.k1ll3d00.tmp"  # the pattern of our saves' temporary files


def _killed_save_leftover(folder):
    """What a SIGKILL between writing and replacing leaves: a whole map under a hidden temporary name."""
    path = folder / "trip.journey"
    save_map(small_map("Trip"), path)
    (folder / LEFT).write_bytes(path.read_bytes() * 50)
    return path


def test_opening_the_map_removes_what_a_killed_save_left_beside_it(editor, tmp_path):
    path = _killed_save_leftover(tmp_path)
    editor.open_path(path)
    assert not (tmp_path / LEFT).exists()  # was kept for ten minutes after the kill
    assert path.exists()


def test_a_temporary_file_that_a_running_save_still_writes_is_kept(editor, tmp_path):
    path = _killed_save_leftover(tmp_path)
    fd = os.open(tmp_path / LEFT, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as a save in progress holds it
        editor.open_path(path)
        assert (tmp_path / LEFT).exists()
    finally:
        os.close(fd)


def test_while_another_journeymap_has_the_map_open_its_temporary_files_are_left_alone(editor, tmp_path,
                                                                                     monkeypatch):
    path = _killed_save_leftover(tmp_path)
    script = ("import time\nfrom journeymap.io import locking\n"
              f"locking.lock({str(path)!r})\nprint('locked', flush=True)\ntime.sleep(60)\n")
    other = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             env=os.environ.copy())
    try:
        assert other.stdout.readline().strip() == "locked"
        from journeymap.ui import prompts

        prompts_seen = []
        monkeypatch.setattr(prompts, "warn_open_elsewhere", lambda *a: prompts_seen.append(a))
        editor.open_path(path)
        assert prompts_seen  # the other instance was noticed...
        assert (tmp_path / LEFT).exists()  # ...and its possible save left alone
    finally:
        other.kill()
        other.wait()
