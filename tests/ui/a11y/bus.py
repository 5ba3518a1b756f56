"""A private accessibility bus for one test: Xvfb, a D-Bus session and the AT-SPI registry.

Qt's AT-SPI bridge only exists on a real windowing system (the offscreen
platform has none), so the editor runs on Xvfb with the xcb platform, and
with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` so it speaks AT-SPI without a
desktop asking for it. The reader is Debian's pyatspi (the library Orca
uses), which lives in the system python's dist-packages: it runs as
``/usr/bin/python3`` in a subprocess (see ``reader.py``) rather than being
mixed into the project's virtual environment.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"


def missing_tools() -> list[str]:
    """What `make test` installs (Makefile: atspi-for-tests) and this machine lacks."""
    missing = [tool for tool in ("Xvfb", "dbus-launch") if shutil.which(tool) is None]
    missing += [path for path in (BUS_LAUNCHER, REGISTRY) if not os.access(path, os.X_OK)]
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True) \
        if os.access(SYSTEM_PYTHON, os.X_OK) else None
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def _stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=3)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=3)


@contextmanager
def accessibility_bus(folder: Path) -> Iterator[dict[str, str]]:
    """Start Xvfb, a D-Bus session and the AT-SPI bus; yield the environment that reaches them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
    env.pop("DISPLAY", None)
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten",
                             "tcp", "-noreset"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.close(write_end)
    launcher = dbus = None
    try:
        with os.fdopen(read_end) as displays:
            number = displays.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        env["DISPLAY"] = f":{number}"
        out = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True,
                             check=True, timeout=10).stdout
        for line in out.splitlines():
            if line.startswith(("DBUS_SESSION_BUS_ADDRESS=", "DBUS_SESSION_BUS_PID=")):
                key, value = line.rstrip(";").split("=", 1)
                env[key] = value.strip("'")
        dbus = int(env["DBUS_SESSION_BUS_PID"])
        env["XDG_RUNTIME_DIR"] = str(folder)
        launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for_bus(env)
        yield env
    finally:
        _stop(launcher)
        if dbus is not None:
            try:
                os.kill(dbus, signal.SIGTERM)
            except ProcessLookupError:
                pass
        _stop(xvfb)


def _wait_for_bus(env: dict[str, str], timeout: float = 10.0) -> None:
    """Until the session bus hands out the accessibility bus's address."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                               "org.a11y.Bus.GetAddress"], env=env, capture_output=True, text=True)
        if done.returncode == 0 and "unix:" in done.stdout:
            return
        time.sleep(0.05)
    raise RuntimeError("the AT-SPI bus did not start")
