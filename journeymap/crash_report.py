"""A fault of Journeymap's own, written down for a bug report instead of shown as a traceback.

The command line and the editor both meet bugs the same way: the user gets
one sentence (what failed, that the maps are safe, where the details are) and
the traceback goes to a report in the state folder, which a bug report can
carry. No Qt here: the editor shows the sentence itself.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Sequence
from types import TracebackType

from . import __version__
from .paths import state_dir


def write_crash_report(error: BaseException, tb: TracebackType | None, context: Sequence[str] = ()) -> str | None:
    """Write ``error`` with its traceback (and what was being done) to a new report; its path, or None
    when the state folder cannot be written (the fault must not become a second one)."""
    lines = [f"journeymap {__version__} on Python {sys.version.split()[0]}, {sys.platform}",
             *context, "", *traceback.format_exception(type(error), error, tb)]
    try:
        folder = state_dir() / "crash-reports"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for n in range(100):
            report = folder / (f"crash-{stamp}.txt" if n == 0 else f"crash-{stamp}-{n}.txt")
            try:
                with open(report, "x", encoding="utf-8", errors="backslashreplace") as f:
                    f.write("\n".join(line.rstrip("\n") for line in lines) + "\n")
                return str(report)
            except FileExistsError:
                continue
    except OSError:
        return None
    return None


def fault_summary(error: BaseException) -> str:
    """The one line a user reads of a fault: its kind and the start of its message."""
    text = str(error).replace("\n", " ")
    return f"{type(error).__name__}: {text[:200]}" if text else type(error).__name__
