"""Autosaves: a copy of each unsaved document in the app's state folder, never over the user's file.

Each document has a stable key: a hash of its file's absolute path, or a
random id while it is untitled. An autosave is two files in
``paths.autosave_dir()``: ``<key>.journey`` (the document's bytes, exactly
as Save would write them) and ``<key>.json`` (whose it is: the original
path, title, the original file's time and size when opened, when it was
written, and by which process). Both are written atomically, map first, so
a reader that finds a sidecar always finds a complete map beside it.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..paths import autosave_dir
from .errors import SaveError
from .filenames import path_digest, safe_stem
from .locking import host_name, owner_alive, process_token
from .writer import write_atomically

SUFFIX = ".journey"
SIDECAR = ".json"


def key_for(original: Path | str | None) -> str:
    """The autosave key of a document: stable per file, fresh per untitled document."""
    if original is None:
        return f"untitled-{uuid.uuid4().hex}"
    path = Path(original).resolve()
    return f"{safe_stem(path)}-{path_digest(path, 20)}"  # from the name's bytes: any file name works


@dataclass(frozen=True)
class FileStamp:
    """A file's modification time and size, to tell whether it changed since it was opened."""

    mtime: float
    size: int

    @classmethod
    def of(cls, path: Path | str | None) -> FileStamp | None:
        if path is None:
            return None
        try:
            st = os.stat(path)
        except OSError:
            return None
        return cls(st.st_mtime, st.st_size)


@dataclass(frozen=True)
class Autosave:
    """One autosave on disk, as its sidecar describes it."""

    key: str
    original: Path | None
    title: str
    saved_at: float
    pid: int
    host: str
    token: str | None
    opened_stamp: FileStamp | None

    @property
    def map_path(self) -> Path:
        return autosave_dir() / f"{self.key}{SUFFIX}"

    @property
    def owner_alive(self) -> bool:
        return owner_alive(self.pid, self.host, self.token)


def write(key: str, data: bytes, original: Path | str | None, title: str,
          opened_stamp: FileStamp | None = None) -> Path:
    """Write (or replace) the autosave ``key``; raise :class:`SaveError` if it cannot be written.

    Safe to call from a worker thread: it touches only the files of ``key``.
    """
    folder = autosave_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise SaveError(folder, e.strerror or str(e)) from None
    target = folder / f"{key}{SUFFIX}"
    write_atomically(target, data, backup=False)
    sidecar = {
        "original": str(Path(original).resolve()) if original is not None else None,
        "title": title,
        "opened_mtime": opened_stamp.mtime if opened_stamp else None,
        "opened_size": opened_stamp.size if opened_stamp else None,
        "saved_at": time.time(),
        "pid": os.getpid(),
        "host": host_name(),
        "token": process_token(os.getpid()),
    }
    write_atomically(folder / f"{key}{SIDECAR}", json.dumps(sidecar, indent=1).encode("utf-8"), backup=False)
    return target


def discard(key: str) -> None:
    """Remove the autosave ``key`` (after a clean save, or when the user throws the changes away)."""
    folder = autosave_dir()
    for suffix in (SIDECAR, SUFFIX):  # sidecar first: a map without one is never offered
        try:
            (folder / f"{key}{suffix}").unlink(missing_ok=True)
        except OSError:
            pass


def claim(key: str) -> None:
    """Mark autosave ``key`` as this process's, so other instances stop offering it.

    Called when a document is restored from it: until the next autosave
    replaces it, it is still the only copy of the work, and it is ours now.
    """
    entry = read(key)
    if entry is None:
        return
    path = autosave_dir() / f"{key}{SIDECAR}"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw.update(pid=os.getpid(), host=host_name(), token=process_token(os.getpid()))
        write_atomically(path, json.dumps(raw, indent=1).encode("utf-8"), backup=False)
    except (OSError, ValueError, SaveError):
        pass


def read(key: str) -> Autosave | None:
    """The autosave ``key`` if both its files are there and its sidecar is readable."""
    folder = autosave_dir()
    side = folder / f"{key}{SIDECAR}"
    if not (folder / f"{key}{SUFFIX}").is_file():
        return None
    try:
        raw = json.loads(side.read_text(encoding="utf-8"))
        stamp = None
        if raw.get("opened_mtime") is not None:
            stamp = FileStamp(float(raw["opened_mtime"]), int(raw["opened_size"]))
        return Autosave(
            key=key,
            original=Path(raw["original"]) if raw.get("original") else None,
            title=str(raw.get("title") or ""),
            saved_at=float(raw["saved_at"]),
            pid=int(raw["pid"]),
            host=str(raw.get("host") or host_name()),
            token=raw.get("token"),
            opened_stamp=stamp,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def all_autosaves() -> list[Autosave]:
    """Every readable autosave, newest first."""
    folder = autosave_dir()
    if not folder.is_dir():
        return []
    found = [a for f in folder.glob(f"*{SIDECAR}") if (a := read(f.stem)) is not None]
    return sorted(found, key=lambda a: a.saved_at, reverse=True)


def for_original(original: Path | str) -> Autosave | None:
    """The autosave of the file at ``original``, if there is one (for the open-error dialog)."""
    return read(key_for(original))
