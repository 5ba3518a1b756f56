"""A save or an export never replaces a device, a pipe or a link loop: only regular files are written."""

from __future__ import annotations

import os

import pytest

from journeymap.cli import main
from journeymap.io import SaveError, save_map
from journeymap.templates import new_from_template


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.journey"
    os.mkfifo(path)
    return path


def test_saving_over_a_named_pipe_is_refused_and_the_pipe_stays(fifo):
    with pytest.raises(SaveError, match="not a regular file"):
        save_map(new_from_template("blank"), fifo)
    assert fifo.exists() and not fifo.is_file()


def test_a_link_loop_is_refused_not_replaced(tmp_path):
    one, two = tmp_path / "one.journey", tmp_path / "two.journey"
    one.symlink_to(two)
    two.symlink_to(one)
    with pytest.raises(SaveError, match="points back at itself"):
        save_map(new_from_template("blank"), one)
    assert one.is_symlink() and two.is_symlink()


def test_the_command_line_does_not_replace_a_device_or_pipe(fifo, tmp_path, capsys):
    source = tmp_path / "map.journey"
    save_map(new_from_template("online-purchase"), source)
    assert main(["schema", "-o", str(fifo)]) == 1
    assert main(["export", str(source), "-o", str(tmp_path / "pipe.csv")]) == 0  # an ordinary name still works
    os.mkfifo(tmp_path / "out.csv")
    assert main(["export", str(source), "-o", str(tmp_path / "out.csv")]) == 1
    assert "not a regular file" in capsys.readouterr().err
    assert not (tmp_path / "out.csv").is_file()


def test_an_export_through_a_link_writes_its_target(tmp_path):
    source = tmp_path / "map.journey"
    save_map(new_from_template("online-purchase"), source)
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert main(["export", str(source), "-o", str(link)]) == 0
    assert link.is_symlink() and real.read_bytes().startswith(b"\xef\xbb\xbf")
