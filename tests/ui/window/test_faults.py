"""A fault of Journeymap's own in the editor is said to the user and written down, not lost on a terminal."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from journeymap.ui.faults import install_fault_handler


def _fault() -> tuple[type[BaseException], BaseException, object]:
    try:
        {}["html"]
    except KeyError as e:
        return type(e), e, e.__traceback__
    raise AssertionError


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_fault_is_said_once_with_its_crash_report(qapp, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(QMessageBox, "open", QMessageBox.show)  # this test wants the message shown
    install_fault_handler(qapp)
    sys.excepthook(*_fault())
    sys.excepthook(*_fault())  # the same fault again (a repaint): not a second message
    qtbot.waitUntil(lambda: bool(_boxes()))
    qtbot.wait(50)
    [box] = _boxes()
    [report] = (tmp_path / "_state" / "crash-reports").iterdir()
    assert "KeyError: 'html'" in box.text()
    assert str(report) in box.informativeText() and "not changed" in box.informativeText()
    assert "Traceback" in report.read_text() and "KeyError" in report.read_text()
    box.close()


def test_a_message_that_cannot_be_shown_does_not_become_a_loop_of_messages(qapp, qtbot, monkeypatch, capsys):
    from journeymap.ui import faults

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []

    def failing(summary, report):
        shown.append(summary)
        raise RuntimeError("no screen")

    monkeypatch.setattr(faults, "tell_fault", failing)
    install_fault_handler(qapp)
    sys.excepthook(*_fault())
    qtbot.wait(50)
    sys.excepthook(RuntimeError, RuntimeError("another"), None)
    qtbot.wait(50)
    assert shown == ["KeyError: 'html'"]
