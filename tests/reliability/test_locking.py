"""Locks: another running instance with the same file open is noticed; a crashed one is not."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from journeymap.io import locking


def test_opening_a_file_nobody_has_open_warns_nobody(tmp_path):
    assert locking.lock(tmp_path / "a.journey") == []
    assert locking.owners(tmp_path / "a.journey") == [], "this instance does not warn itself"


def test_another_running_instance_is_named(tmp_path):
    path = tmp_path / "a.journey"
    script = (
        "import sys, time\nfrom journeymap.io import locking\n"
        f"locking.lock({str(path)!r})\nprint('locked', flush=True)\ntime.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             env=os.environ.copy())
    try:
        assert child.stdout.readline().strip() == "locked"
        [other] = locking.lock(path)
        assert other.pid == child.pid
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert locking.owners(path) == [], "a killed instance's lock is stale"
        assert not any(locking.locks_dir().rglob(f"*-{child.pid}.lock")), "and it is cleaned up"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_closing_a_file_releases_the_lock(tmp_path, as_dead_instance):
    path = tmp_path / "a.journey"
    locking.lock(path)
    locking.unlock(path)
    assert not any(locking.locks_dir().rglob("*.lock"))


def test_a_reused_pid_does_not_look_like_the_old_instance():
    assert locking.process_alive(os.getpid(), locking.process_token(os.getpid()))
    assert not locking.process_alive(os.getpid(), "another-boot:12345")
