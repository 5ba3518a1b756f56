"""Only plain files are read as maps: a named pipe or a device would hang or mislead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.io import MapFileError, load_map, save_map
from journeymap.model import JourneyMap

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")


def _validate_in_child(path: Path) -> subprocess.CompletedProcess:
    """Run ``journeymap validate`` apart, so a read that blocks fails the test instead of hanging it."""
    try:
        return subprocess.run([sys.executable, "-m", "journeymap", "validate", str(path)],
                              capture_output=True, text=True, timeout=60, env=os.environ.copy())
    except subprocess.TimeoutExpired:
        pytest.fail(f"journeymap validate {path.name} hung (it opened the named pipe and waited)")


@needs_fifo
def test_validate_refuses_a_named_pipe_at_once(tmp_path):
    fifo = tmp_path / "fifo.journey"
    os.mkfifo(fifo)
    done = _validate_in_child(fifo)
    assert done.returncode == 1
    assert done.stdout == f"{fifo}: file: not a regular file (a named pipe, device or socket); a map is a plain file\n"
    assert "Traceback" not in done.stderr


@needs_fifo
def test_a_link_to_a_named_pipe_is_refused_too(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link.journey"
    link.symlink_to(fifo)
    done = _validate_in_child(link)
    assert done.returncode == 1
    assert "not a regular file" in done.stdout


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs a character device")
def test_a_device_is_not_a_map_file():
    with pytest.raises(MapFileError) as info:
        load_map("/dev/zero")  # endless: without the check this would read until memory runs out
    assert [p.message.split(" (")[0] for p in info.value.problems] == ["not a regular file"]


def test_a_link_to_a_good_file_still_opens(tmp_path):
    real = tmp_path / "real.journey"
    save_map(JourneyMap(title="Linked"), real)
    link = tmp_path / "link.journey"
    link.symlink_to(real)
    assert load_map(link).title == "Linked"


def test_a_folder_is_still_called_a_folder(tmp_path):
    with pytest.raises(MapFileError) as info:
        load_map(tmp_path)
    assert info.value.problems[0].message == "this is a folder, not a map file"
