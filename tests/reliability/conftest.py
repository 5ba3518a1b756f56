"""Fixtures for reliability tests: a process id that is certainly dead, and writing as a dead instance."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def dead_pid() -> int:
    """The pid of a process that has finished (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def as_dead_instance(dead_pid, monkeypatch):
    """A context in which files are written as if by an instance that has since crashed."""

    @contextlib.contextmanager
    def written_by_dead() -> Iterator[None]:
        real = os.getpid
        monkeypatch.setattr(os, "getpid", lambda: dead_pid)
        try:
            yield
        finally:
            monkeypatch.setattr(os, "getpid", real)

    return written_by_dead
