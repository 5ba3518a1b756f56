"""Writing map files so that the last good file survives anything.

The bytes are the same every time for the same map (2-space indent, keys in
model order, non-ASCII as itself, one trailing newline), so files diff well
in git. A save writes a temporary file beside the target, fsyncs it, keeps
the old version as a backup in the app's state folder, atomically replaces
the target and fsyncs the folder. Any failure leaves the old file untouched.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..i18n import _
from ..model.journey_map import JourneyMap
from . import temp_files
from .backups import BACKUPS_KEPT, backup_folder_for, keep_backup, list_backups
from .errors import ReadOnlyError, SaveError
from .output_guard import is_read_only

__all__ = ["BACKUPS_KEPT", "backup_folder_for", "dump_map", "keep_backup", "list_backups", "replace_atomically",
           "save_map", "save_target", "write_atomically"]
#: A temporary file this old was left by a save that was killed; no save takes this long.
STALE_TEMP_SECONDS = 10 * 60
_TEMP_SUFFIX = ".tmp"
#: What mkstemp puts between our prefix and suffix (tempfile's eight-letter random names).
_TEMP_RANDOM = re.compile(r"[a-z0-9_]{8}")


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def dump_map(journey: JourneyMap) -> bytes:
    """The exact bytes of ``journey`` as a file."""
    return journey.model_dump_json(indent=2).encode("utf-8") + b"\n"


def save_map(journey: JourneyMap, path: Path | str, *, backup: bool = True, replace_read_only: bool = False) -> None:
    """Atomically write ``journey`` to ``path``; raise :class:`SaveError` on any failure.

    A read-only file is not replaced (:class:`ReadOnlyError`) unless ``replace_read_only``.
    """
    write_atomically(Path(path), dump_map(journey), backup=backup, replace_read_only=replace_read_only)


def write_atomically(path: Path, data: bytes, *, backup: bool = True, replace_read_only: bool = False) -> None:
    """Replace ``path`` with ``data`` or leave it exactly as it was.

    A symbolic link is followed: the file it points to gets the new bytes
    (its temporary file sits beside it, so the replace stays atomic on its
    disk) and the link stays a link. Messages still name ``path``. A file
    marked read-only raises :class:`ReadOnlyError` unless ``replace_read_only``
    (the rename would replace it regardless of its permissions); it stays
    read-only after the save.
    """
    target, problem = save_target(path)
    folder = target.parent
    if problem:
        raise SaveError(path, problem, had_previous=False)
    if not os.path.isdir(folder):
        raise SaveError(path, _("the folder does not exist (was it moved, deleted or unmounted?)"), had_previous=False)
    existed = os.path.exists(target)
    if existed and not replace_read_only and is_read_only(target):
        raise ReadOnlyError(path, _("the file is read-only"), had_previous=True)
    try:
        replace_atomically(target, lambda tmp: _write_bytes(tmp, data), backup=backup)
    except OSError as e:
        raise SaveError(path, _reason(e), had_previous=existed) from None
    remove_stale_temp_files(target)


def replace_atomically(target: Path, write: Callable[[Path], None], *, suffix: str = _TEMP_SUFFIX,
                       backup: bool = False) -> None:
    """Have ``write`` fill a temporary file beside ``target``, then atomically put it in its place.

    ``target`` is what :func:`save_target` returned for a path it found no
    problem with. The new file is fsynced before the replace and keeps the old
    file's permissions (or gets a new file's usual ones); with ``backup`` the
    old file is copied among the backups first. ``suffix`` ends the temporary
    name, for writers that pick a format from it. On any failure (an OSError,
    or whatever ``write`` raises) ``target`` is untouched and the temporary
    file is gone.
    """
    folder = target.parent
    existed = os.path.exists(target)
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=_temp_prefix(target), suffix=suffix)
    temp_files.hold(fd)  # until the replace: a killed save leaves a file no one holds, removed at the next open
    replaced = False
    try:
        write(Path(tmp_name))
        _fsync_file(tmp_name)
        if existed:
            os.chmod(tmp_name, target.stat().st_mode & 0o7777)
            if backup:
                keep_backup(target)
        else:  # mkstemp makes 0600; a new file gets the permissions any new file would
            os.chmod(tmp_name, 0o666 & ~_UMASK)
        os.replace(tmp_name, target)
        replaced = True
        _fsync_folder(folder)
    finally:
        os.close(fd)
        if not replaced:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _write_bytes(tmp: Path, data: bytes) -> None:
    with os.fdopen(os.open(tmp, os.O_WRONLY | getattr(os, "O_BINARY", 0)), "wb") as f:
        f.write(data)


def _fsync_file(name: str) -> None:
    fd = os.open(name, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def save_target(path: Path | str) -> tuple[Path, str | None]:
    """The file a save to ``path`` really writes (links followed), and why it cannot, if it cannot.

    Replacing is only right for a regular file: replacing ``/dev/null`` or a
    named pipe with a map would break the system, and a link loop has no file
    at its end to write.
    """
    target = Path(os.path.realpath(path))
    # os.path, not Path: Path's checks raise on a name too long for the file system (Python 3.11)
    if os.path.islink(target):
        return target, _("the link points back at itself; there is no file at its end")
    try:
        st = target.stat()
    except OSError:
        return target, None  # a new file
    if stat.S_ISDIR(st.st_mode):
        return target, _("a folder has that name")
    if not stat.S_ISREG(st.st_mode):
        return target, _("not a regular file (a device, named pipe or socket); choose a file name")
    return target, None


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def remove_stale_temp_files(path: Path, *, older_than: float = STALE_TEMP_SECONDS, unheld: bool = False) -> list[Path]:
    """Delete what killed saves of ``path`` left beside it; return what was removed.

    A save killed between creating its temporary file and the atomic replace
    leaves a hidden ``.<name>.XXXXXXXX.tmp`` next to the user's file. Only
    names made exactly by our pattern for this file are touched, only regular
    files (never a link or folder) of our own user, only ones no running save
    holds (:mod:`.temp_files`), and only ones not written for ``older_than``
    seconds, so a save running now in another window or process keeps its
    file. With ``unheld`` (opening a map no other Journeymap has open) a file
    no save holds goes whatever its age. Tidying is a courtesy: it never fails a save.
    """
    prefix = _temp_prefix(path)
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(_TEMP_SUFFIX)
                and _TEMP_RANDOM.fullmatch(name[len(prefix):-len(_TEMP_SUFFIX)])):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                continue
            free = temp_files.abandoned(entry.path)
            if free is False or (not (unheld and free) and now - info.st_mtime < older_than):
                continue
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reason(e: OSError) -> str:
    return {
        errno.ENOSPC: _("the disk is full"),
        errno.EDQUOT: _("the disk quota is used up"),
        errno.EACCES: _("permission denied (the folder or file is read-only)"),
        errno.EPERM: _("permission denied (the folder or file is read-only)"),
        errno.EROFS: _("the disk is read-only"),
        errno.ENOENT: _("the folder no longer exists"),
        errno.EBUSY: _("the file is locked by another program"),
    }.get(e.errno or 0, e.strerror or str(e))
