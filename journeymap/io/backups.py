"""Earlier versions of a map, kept in the app's state folder (File > Restore Previous Version).

Before a save replaces a file, the file is copied here, unless it is the
same as the newest copy already kept: pressing Ctrl+S five times on an
unchanged map must not push five real versions out. Versions are kept by
time as well as by count (the newest :data:`BACKUPS_KEPT`, plus the newest
of each of the last :data:`DAYS_KEPT` days), so a burst of saves this
afternoon cannot push out yesterday's work.
"""

from __future__ import annotations

import filecmp
import os
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ..paths import backups_dir
from .filenames import path_digest, safe_stem

BACKUPS_KEPT = 5
DAYS_KEPT = 7
_STAMP = "%Y%m%dT%H%M%S%fZ"


def backup_folder_for(path: Path) -> Path:
    """The state-folder subfolder holding backups of one file (by its real path, links followed).

    A file saved through a link and directly keeps one set of backups. The
    folder is named from the path's bytes, so any file name works.
    """
    real = Path(path).resolve()
    return backups_dir() / f"{safe_stem(real)}-{path_digest(real, 16)}"


def list_backups(path: Path) -> list[Path]:
    """Backups of ``path``, newest first."""
    folder = backup_folder_for(path)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")), reverse=True)


def keep_backup(path: Path, now: datetime | None = None) -> Path | None:
    """Copy the current ``path`` among its backups, unless the newest backup already holds these bytes.

    Returns the backup that holds the current bytes (new or already there).
    A backup that cannot be written never stops the save: it is a courtesy,
    and the atomic replace already protects the old file.
    """
    try:
        newest = next(iter(list_backups(path)), None)
        if newest is not None and filecmp.cmp(path, newest, shallow=False):
            return newest
        folder = backup_folder_for(path)
        folder.mkdir(parents=True, exist_ok=True)
        target = add_version(folder, path, now or datetime.now(UTC), path.suffix or ".journey")
        prune(folder, now)
        return target
    except OSError:
        return None


def add_version(folder: Path, source: Path, when: datetime, suffix: str = ".journey") -> Path:
    """Copy ``source`` into ``folder`` as the version of time ``when`` (UTC); complete or not at all."""
    stamp = when.astimezone(UTC).strftime(_STAMP)
    target = folder / f"{stamp}{suffix}"
    partial = folder / f".{stamp}.tmp"  # a copy cut short by a crash must never look like a backup
    shutil.copy2(source, partial)
    os.replace(partial, target)
    return target


def prune(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the versions in ``folder`` that the rule does not keep; return them."""
    versions = sorted((p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")), reverse=True)
    keep = set(versions[:BACKUPS_KEPT])
    today = (now or datetime.now(UTC)).astimezone().date()
    newest_of_day: dict[date, Path] = {}
    for version in versions:  # newest first: the first seen of a day is its newest
        day = _local_day(version)
        if day is not None and today - day < timedelta(days=DAYS_KEPT):
            newest_of_day.setdefault(day, version)
    keep.update(newest_of_day.values())
    removed = []
    for version in versions:
        if version not in keep:
            try:
                version.unlink()
                removed.append(version)
            except OSError:
                pass
    return removed


def _local_day(version: Path) -> date | None:
    try:
        stamp = datetime.strptime(version.name.split(".")[0], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return stamp.astimezone().date()
