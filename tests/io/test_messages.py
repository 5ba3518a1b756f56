"""Error messages say exactly what happened, in consistent units, and promise only what is true."""

from __future__ import annotations

import errno

import pytest

from journeymap.cli import main
from journeymap.io import MapFileError, SaveError, load_map, save_map
from journeymap.model.limits import MAX_FILE_BYTES
from tests.model.sample import sample_map

from .failures import fail_with


def test_a_file_one_byte_over_the_cap_is_reported_as_over_it_in_mib(tmp_path):
    path = tmp_path / "huge.journey"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert info.value.problems[0].message == "the file is 64.1 MiB, over the 64 MiB limit for a map"


def test_a_file_of_67_million_bytes_is_reported_in_the_cap_unit(tmp_path, monkeypatch):
    import journeymap.io.reader as reader

    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 60 * 1024 * 1024)
    path = tmp_path / "huge.journey"
    with path.open("wb") as f:
        f.truncate(67_000_000)
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert info.value.problems[0].message == "the file is 63.9 MiB, over the 60 MiB limit for a map"


def test_a_failed_save_of_a_new_file_does_not_speak_of_a_previous_file(tmp_path, capsys):
    target = tmp_path / "nonexist" / "x.json"
    assert main(["schema", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "the folder does not exist" in err
    assert "previous file" not in err


def test_a_failed_save_over_an_existing_file_says_it_is_unchanged(tmp_path, monkeypatch):
    import journeymap.io.writer as writer

    path = tmp_path / "x.journey"
    save_map(sample_map(), path)

    monkeypatch.setattr(writer.os, "replace", fail_with(errno.ENOSPC))
    with pytest.raises(SaveError) as info:
        save_map(sample_map(), path)
    assert str(info.value).endswith("the disk is full. The previous file is unchanged.")


def test_a_failed_save_of_a_new_file_midway_does_not_speak_of_a_previous_file(tmp_path, monkeypatch):
    import journeymap.io.writer as writer

    monkeypatch.setattr(writer.os, "replace", fail_with(errno.ENOSPC))
    with pytest.raises(SaveError) as info:
        save_map(sample_map(), tmp_path / "new.journey")
    assert str(info.value) == f"Could not save {tmp_path / 'new.journey'}: the disk is full."
    assert not (tmp_path / "new.journey").exists()
