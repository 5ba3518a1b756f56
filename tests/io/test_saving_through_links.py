"""Saving through a symbolic link writes the file it points to, and the link stays a link."""

from __future__ import annotations

import os

import pytest

from journeymap.io import list_backups, load_map, save_map
from journeymap.io.writer import backup_folder_for
from tests.model.sample import sample_map

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                                reason="symbolic links need a POSIX file system here")


def titled(title: str):
    journey = sample_map()
    journey.title = title
    return journey


@pytest.fixture
def linked(tmp_path):
    """A map in a synced folder, opened through a link from the desktop."""
    real = tmp_path / "synced" / "headphones.journey"
    real.parent.mkdir()
    save_map(titled("First"), real)
    link = tmp_path / "desktop" / "Headphones link.journey"
    link.parent.mkdir()
    link.symlink_to(real)
    return real, link


def test_saving_through_a_link_changes_the_real_file_and_keeps_the_link(linked):
    real, link = linked
    save_map(titled("Second"), link)
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert load_map(real).title == "Second"
    assert load_map(link).title == "Second"


def test_the_temporary_file_is_made_beside_the_real_file(linked, monkeypatch):
    import tempfile

    real, link = linked
    folders = []
    made = tempfile.mkstemp

    def spy(*args, **kwargs):
        folders.append(kwargs["dir"])
        return made(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", spy)
    save_map(titled("Second"), link)
    assert folders == [real.parent]
    assert sorted(p.name for p in link.parent.iterdir()) == [link.name]


def test_saves_through_the_link_and_directly_share_one_set_of_backups(linked):
    real, link = linked
    save_map(titled("Second"), link)
    save_map(titled("Third"), real)
    assert backup_folder_for(link) == backup_folder_for(real)
    assert [load_map(p).title for p in list_backups(link)] == ["Second", "First"]
    assert list_backups(real) == list_backups(link)


def test_a_relative_link_is_followed_from_its_own_folder(tmp_path):
    real = tmp_path / "maps" / "a.journey"
    real.parent.mkdir()
    save_map(titled("First"), real)
    link = tmp_path / "maps" / "shortcut.journey"
    link.symlink_to("a.journey")
    save_map(titled("Second"), link)
    assert link.is_symlink() and load_map(real).title == "Second"
