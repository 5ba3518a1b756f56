"""Which running Journeymap has which file open, so a second instance can warn.

Each instance that opens a file writes a small lock file (pid, host, start
time) under ``state_dir()/locks/<hash of the path>/``, one per instance, so
two instances that both open a file never erase each other's lock. A lock
whose process is gone (a crash, ``kill -9``) is stale: it is ignored and
removed. Locks only warn; they never stop anyone from opening a file.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from ..paths import state_dir
from .filenames import path_digest


def host_name() -> str:
    """This machine's name, as locks and autosaves record it. The socket module loads when first asked,
    not with the editor: an untitled first window takes no lock."""
    import socket

    return socket.gethostname()


def locks_dir() -> Path:
    return state_dir() / "locks"


def process_token(pid: int) -> str | None:
    """Something that tells this process apart from a later one given the same pid.

    On Linux it is the start time in clock ticks since boot plus the boot id;
    elsewhere there is none, and only the pid is checked.
    """
    return _token(_stat_fields(pid))


def _stat_fields(pid: int) -> list[str] | None:
    """The fields of ``/proc/PID/stat`` from the state on (None off Linux, or when the process is gone).

    They start after the last ")" because the command name before it may hold spaces and parentheses.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rfind(")") + 2:].split()


def _token(fields: list[str] | None) -> str | None:
    if fields is None or len(fields) <= 19:
        return None
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return None
    return f"{boot}:{fields[19]}"


def process_alive(pid: int, token: str | None = None) -> bool:
    """Is process ``pid`` still running (and, when ``token`` is given, the same process)?

    A killed child that its parent has not reaped yet (a zombie) is dead for our purposes.
    """
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, but someone else's
    except OSError:
        return False
    fields = _stat_fields(pid)
    if token is not None:
        current = _token(fields)
        if current is not None and current != token:
            return False
    return not (fields and fields[0][:1] in ("Z", "X"))


def owner_alive(pid: int, host: str, token: str | None) -> bool:
    """Is the instance ``pid`` on ``host`` still running? Another machine's processes cannot be checked,
    so one there is taken to be running."""
    return host != host_name() or process_alive(pid, token)


def _windows_alive(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
    kernel32.CloseHandle(handle)
    return bool(ok) and code.value == 259  # STILL_ACTIVE


@dataclass(frozen=True)
class LockOwner:
    """One running instance that has a file open."""

    pid: int
    host: str
    started: float
    token: str | None = None

    @property
    def is_alive(self) -> bool:
        return owner_alive(self.pid, self.host, self.token)

    @property
    def is_me(self) -> bool:
        return self.pid == os.getpid() and self.host == host_name()


def _folder_for(path: Path) -> Path:
    return locks_dir() / path_digest(Path(path).resolve(), 24)  # from the name's bytes: any file name works


def _my_lock_file(path: Path) -> Path:
    return _folder_for(path) / f"{host_name()}-{os.getpid()}.lock"


_STARTED = time.time()


def lock(path: Path | str) -> list[LockOwner]:
    """Record that this instance has ``path`` open; return the *other* live instances that do.

    The caller warns the user when the list is not empty. Failing to write the
    lock (a read-only state folder) never stops a file from opening.
    """
    path = Path(path)
    others = owners(path)
    me = LockOwner(os.getpid(), host_name(), _STARTED, process_token(os.getpid()))
    target = _my_lock_file(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps({
            "path": str(path.resolve()), "pid": me.pid, "host": me.host,
            "started": me.started, "token": me.token,
        }), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass
    return others


def unlock(path: Path | str) -> None:
    """Forget that this instance has ``path`` open (on close, or after Save As elsewhere)."""
    target = _my_lock_file(Path(path))
    try:
        target.unlink(missing_ok=True)
        target.parent.rmdir()
    except OSError:
        pass


def owners(path: Path | str) -> list[LockOwner]:
    """Other live instances that have ``path`` open; stale locks are removed on the way."""
    folder = _folder_for(Path(path))
    if not folder.is_dir():
        return []
    found = []
    for f in sorted(folder.glob("*.lock")):
        owner = _read(f)
        if owner is None or not owner.is_alive:
            try:
                f.unlink(missing_ok=True)
            except OSError:
                pass
            continue
        if not owner.is_me:
            found.append(owner)
    return found


def _read(f: Path) -> LockOwner | None:
    try:
        raw = json.loads(f.read_text(encoding="utf-8"))
        return LockOwner(int(raw["pid"]), str(raw["host"]), float(raw["started"]), raw.get("token"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
