"""A fault of Journeymap's own while the editor runs: said in a message and written down, never silent.

An exception that escapes a slot would otherwise go to a terminal nobody
reads, and the click would seem to do nothing. The editor's entry point
installs :func:`install_fault_handler`: each fault goes to a crash report
(:mod:`journeymap.crash_report`) and, the first time it happens, to a message
naming what failed and where the report is. Tests keep pytest-qt's own hook
(it fails the test instead); only ``run_editor`` installs this one.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..crash_report import fault_summary, write_crash_report
from ..i18n import tr
from .plain import plain_box, widen_details

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_fault_handler(app: QApplication) -> Hook:
    """Make ``sys.excepthook`` report faults to the user; returns the hook it replaced."""
    previous = sys.excepthook
    told: set[str] = set()

    def tell(summary: str, report: str | None) -> None:
        try:
            tell_fault(summary, report)
        except Exception:  # the message itself failed: said on the terminal, never a loop of messages
            told.add("*")
            traceback.print_exc()

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            previous(kind, error, tb)
            return
        traceback.print_exception(kind, error, tb)  # for whoever started the editor from a terminal
        summary = fault_summary(error)
        if summary in told:  # a fault repeating on every repaint is written down and said once
            return
        told.add(summary)
        report = write_crash_report(error, tb, ["in the editor"])
        if "*" not in told:
            QTimer.singleShot(0, lambda: tell(summary, report))

    sys.excepthook = handle
    return previous


def tell_fault(summary: str, report: str | None) -> QMessageBox:
    """The message of one fault, over the active window; it does not wait for an answer."""
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Internal error"))
    box.setText(tr("Journeymap ran into a fault of its own: {what}").format(what=summary))
    details = tr("Your files were not changed by it and your maps stay open; save your work to be safe.")
    if report:
        details += " " + tr("The details are in {report}: please send it with a bug report.").format(report=report)
    box.setInformativeText(details)
    widen_details(box, 60)  # a report's path is long
    _shown.append(box)  # a box without a window to belong to lives as long as it is open
    box.finished.connect(lambda _result: _shown.remove(box) if box in _shown else None)
    plain_box(box).open()
    return box


_shown: list[QMessageBox] = []
