"""Disk failures to inject into a save: any call raising an OSError, or a write cut off halfway."""

from __future__ import annotations

import errno
import os


def fail_with(code: int):
    """A stand-in for any os/tempfile call that fails as the system would with ``code``."""
    def boom(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))
    return boom


def writes_stop_halfway(monkeypatch) -> None:
    """Files opened with ``os.fdopen`` take half of what is written, then report a full disk."""
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            self.f.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fdopen", lambda fd, mode="r", *a, **k: HalfWriter(real_fdopen(fd, mode, *a, **k)))
