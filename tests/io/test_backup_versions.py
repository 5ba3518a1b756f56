"""Earlier versions are kept by change and by day: repeated saves and bursts never push out real work."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journeymap.io import list_backups, load_map, save_map
from journeymap.io.writer import backup_folder_for
from tests.model.sample import sample_map


def _version(title: str):
    journey = sample_map()
    journey.title = title
    return journey


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "headphones.journey"


def _titles(path: Path) -> list[str]:
    return [load_map(b).title for b in list_backups(path)]


def test_saving_an_unchanged_map_again_and_again_keeps_the_real_earlier_versions(path):
    journey = sample_map()
    for title in ("Monday", "Tuesday", "Wednesday"):
        journey.title = title
        save_map(journey, path)
    for _ in range(5):  # Ctrl+S five times without a change
        save_map(journey, path)
    assert _titles(path) == ["Wednesday", "Tuesday", "Monday"]  # was five copies of Wednesday


def test_a_burst_of_saves_today_keeps_the_newest_version_of_each_of_the_last_seven_days(path):
    save_map(_version("first"), path)
    save_map(_version("second"), path)  # the folder exists now, with "first" in it
    folder = backup_folder_for(path)
    for f in folder.iterdir():
        f.unlink()
    now = datetime.now(UTC).replace(hour=12)  # noon: "yesterday" 1 and 1.1 days back is one day at any hour
    for days, title in ((1, "yesterday, late"), (1.1, "yesterday, early"), (3, "three days ago"),
                        (10, "ten days ago")):
        stamp = (now - timedelta(days=days)).strftime("%Y%m%dT%H%M%S%fZ")
        save_map(_version(title), folder / f"{stamp}.journey", backup=False)
    for n in range(8):  # this afternoon's burst of real edits
        save_map(_version(f"today {n}"), path)
    titles = _titles(path)
    assert titles[:5] == ["today 6", "today 5", "today 4", "today 3", "today 2"]
    assert "yesterday, late" in titles and "three days ago" in titles
    assert "yesterday, early" not in titles and "ten days ago" not in titles
    assert len(titles) == 7
