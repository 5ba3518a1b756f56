"""Crash recovery: find the autosaves a dead instance left behind, and bring them back.

An autosave is offered for recovery when the process that wrote it is gone
(crash, power cut, ``kill -9``) and it is newer than its original file, or
the document was never saved. Autosaves of a running instance are not
offered. Those of a dead instance that are older than their file (the file
was saved later, e.g. by another instance or program) are never offered, so
they are deleted rather than left to pile up in the state folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..i18n import _
from ..model.journey_map import JourneyMap
from . import autosave
from .autosave import Autosave, FileStamp
from .backups import add_version, backup_folder_for, prune
from .reader import load_map


@dataclass(frozen=True)
class Recovery:
    """An autosave that can be restored, with what the user needs to choose."""

    autosave: Autosave
    #: The original file's stamp now (None: untitled, or the file is gone).
    original_now: FileStamp | None

    @property
    def key(self) -> str:
        return self.autosave.key

    @property
    def original(self) -> Path | None:
        return self.autosave.original

    @property
    def title(self) -> str:
        return self.autosave.title

    @property
    def saved_at(self) -> float:
        return self.autosave.saved_at

    @property
    def original_missing(self) -> bool:
        return self.original is not None and self.original_now is None

    @property
    def original_changed_since_opened(self) -> bool:
        """The file on disk is not the one the lost session opened (another program saved it)."""
        opened = self.autosave.opened_stamp
        return opened is not None and self.original_now is not None and opened != self.original_now


def pending_recoveries() -> list[Recovery]:
    """Autosaves left by dead instances that hold work the files do not; newest first.

    A dead instance's autosave that its file has since overtaken is never
    offered again; it goes among the file's backups (Restore Previous Version)
    rather than being deleted, since "newer" is only the file's modified time,
    which a sync tool or ``touch`` can move without the work being in the file.
    """
    found = []
    for entry in autosave.all_autosaves():
        if entry.owner_alive:
            continue
        now = FileStamp.of(entry.original) if entry.original is not None else None
        if now is not None and now.mtime >= entry.saved_at:
            shelve(entry.key)
            continue
        found.append(Recovery(entry, now))
    return found


def restore(recovery: Recovery | str) -> tuple[JourneyMap, Path | None]:
    """The recovered map and its original path; the autosave becomes this process's.

    Raises :class:`MapFileError` when the autosave itself is unreadable, so the
    caller can show the same open-error dialog as for any bad file.
    """
    key = recovery if isinstance(recovery, str) else recovery.key
    entry = autosave.read(key)
    if entry is None:
        from ..model.problems import Problem
        from .errors import MapFileError

        raise MapFileError(autosave.autosave_dir() / f"{key}{autosave.SUFFIX}",
                           [Problem("file", _("the autosave is gone (another instance may have restored it)"))])
    journey = load_map(entry.map_path)
    autosave.claim(key)
    return journey, entry.original


def shelve(recovery: Recovery | str) -> Path | None:
    """Move an autosave among its file's backups ("Open original": keep the work, stop asking).

    Untitled autosaves have no file to belong to and are simply kept where
    they are for this session. Returns where the autosave went.
    """
    key = recovery if isinstance(recovery, str) else recovery.key
    entry = autosave.read(key)
    if entry is None:
        return None
    if entry.original is None:
        autosave.claim(key)
        return entry.map_path
    try:
        folder = backup_folder_for(entry.original)
        folder.mkdir(parents=True, exist_ok=True)
        target = add_version(folder, entry.map_path, datetime.fromtimestamp(entry.saved_at, UTC),
                             entry.original.suffix or ".journey")
        prune(folder)
    except OSError:
        autosave.claim(key)
        return entry.map_path
    autosave.discard(key)
    return target


def discard(recovery: Recovery | str) -> None:
    autosave.discard(recovery if isinstance(recovery, str) else recovery.key)
