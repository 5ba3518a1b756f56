"""Telling a save in progress from one that was killed, by the temporary file it writes.

A save holds an advisory lock (``flock``) on its temporary file from its
creation to the atomic replace. The kernel drops the lock when the process
dies, however it dies, so a temporary file nobody holds a lock on belongs to
no running save and can go at once; there is no need to wait for it to age.
Where ``flock`` does not exist (Windows), nothing is known and the caller
falls back to the file's age.
"""

from __future__ import annotations

import os

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def hold(fd: int) -> None:
    """Mark the temporary file open on ``fd`` as being written by this process (until ``fd`` is closed)."""
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass  # a file system without locks: the age rule still applies


def abandoned(path: str | os.PathLike[str]) -> bool | None:
    """True when no running process is writing ``path``, False when one is, None when it cannot be told."""
    if fcntl is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return None
    finally:
        os.close(fd)  # closing drops the lock just taken
    return True
