"""Hear what the editor tells a screen reader: Qt's own accessibility update handler, in a test.

``QAccessible::installUpdateHandler`` is not in PySide6's bindings, so it is
called through ctypes on the Qt library PySide6 ships. While it is installed,
every accessibility event Qt would hand to the platform (AT-SPI on Linux)
comes here instead: focus moves, name changes, announcements.
"""

from __future__ import annotations

import ctypes
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleInterface

Event = QAccessible.Event
_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


def _qt_gui() -> ctypes.CDLL:
    lib = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"
    return ctypes.CDLL(str(lib))


@dataclass
class Heard:
    """One event as a screen reader would receive it: what kind, and what the object said at that moment."""

    kind: QAccessible.Event
    name: str = ""
    description: str = ""
    role: QAccessible.Role | None = None
    message: str = ""  # an announcement's text
    assertive: bool = False


def spoken(iface: QAccessibleInterface | None) -> str:
    """Name and description, as a screen reader reads an object."""
    if iface is None:
        return ""
    name = iface.text(QAccessible.Text.Name)
    description = iface.text(QAccessible.Text.Description)
    return f"{name}. {description}" if description else name


@dataclass
class Listener:
    heard: list[Heard] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def __call__(self, pointer: int) -> None:
        try:
            event = shiboken6.wrapInstance(pointer, QAccessibleEvent)
            kind = event.type()
            if kind == Event.Announcement:
                event = shiboken6.wrapInstance(pointer, QAccessibleAnnouncementEvent)
                self.heard.append(Heard(kind, message=event.message(),
                                        assertive=event.politeness() == QAccessible.AnnouncementPoliteness.Assertive))
                return
            iface = event.accessibleInterface()
            if iface is None or not iface.isValid():
                self.heard.append(Heard(kind))
                return
            self.heard.append(Heard(kind, iface.text(QAccessible.Text.Name),
                                    iface.text(QAccessible.Text.Description), iface.role()))
        except Exception:  # an exception must not cross into Qt's C++ frames
            self.errors.append(traceback.format_exc())

    # -- what the tests read -------------------------------------------------------------
    def clear(self) -> None:
        self.heard.clear()

    def focus(self) -> list[Heard]:
        return [h for h in self.heard if h.kind == Event.Focus]

    def focused_names(self) -> list[str]:
        return [h.name for h in self.focus()]

    def announcements(self) -> list[str]:
        return [h.message for h in self.heard if h.kind == Event.Announcement]

    def name_changes(self) -> list[str]:
        return [h.name for h in self.heard if h.kind == Event.NameChanged]


class UpdateHandler:
    """Install a listener as Qt's accessibility update handler; ``remove`` puts the previous one back."""

    def __init__(self, listener: Listener) -> None:
        lib = _qt_gui()
        self._install = lib._ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE
        self._install.restype = ctypes.c_void_p
        self._install.argtypes = [ctypes.c_void_p]
        self._callback = _HANDLER(listener)  # kept: Qt holds only the raw function pointer
        self._previous = self._install(ctypes.cast(self._callback, ctypes.c_void_p))

    def remove(self) -> None:
        self._install(self._previous)
