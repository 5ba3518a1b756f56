"""Started from a Windows shortcut, the editor closes the console window it was given."""

import os
import sys

from journeymap.cli import leave_own_console


class FakeKernel32:
    def __init__(self, attached: int) -> None:
        self.attached = attached
        self.freed = False

    def GetConsoleProcessList(self, processes, size):  # noqa: N802 - the Win32 name
        assert size == len(processes) == 2
        return self.attached

    def FreeConsole(self):  # noqa: N802
        self.freed = True


def test_a_console_of_its_own_is_closed_and_later_prints_go_nowhere(monkeypatch):
    monkeypatch.setattr(sys, "stdout", sys.stdout)
    monkeypatch.setattr(sys, "stderr", sys.stderr)
    kernel = FakeKernel32(attached=1)
    assert leave_own_console(kernel) and kernel.freed
    assert sys.stdout.name == os.devnull and sys.stderr is sys.stdout
    print("a late warning")  # must not fail on the freed console's handle


def test_a_console_shared_with_a_shell_is_kept_for_messages():
    kernel = FakeKernel32(attached=2)
    assert not leave_own_console(kernel) and not kernel.freed


def test_elsewhere_nothing_happens():
    assert leave_own_console() is False
