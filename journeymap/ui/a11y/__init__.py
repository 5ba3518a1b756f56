"""What the editor tells a screen reader: spoken names, announcements and focus events.

Qt carries it to the platform (AT-SPI on Linux, UI Automation on Windows,
NSAccessibility on macOS). The canvas and the slides, which Qt cannot see
into, add their own accessible children (:mod:`.node`); the words come from
:mod:`.phrases`, one vocabulary for every view of the map.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleInterface


def announce(source: QObject | QAccessibleInterface, text: str, assertive: bool = False) -> None:
    """Say ``text`` without moving the focus: a live region's polite (or assertive) message."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def send_focus(iface: QAccessibleInterface | None) -> None:
    """Tell the screen reader that ``iface`` (a child Qt cannot see, such as a canvas cell) has the focus."""
    if iface is not None and iface.isValid():
        QAccessible.updateAccessibility(QAccessibleEvent(iface, QAccessible.Event.Focus))


def send_name_changed(iface: QAccessibleInterface | None) -> None:
    if iface is not None and iface.isValid():
        QAccessible.updateAccessibility(QAccessibleEvent(iface, QAccessible.Event.NameChanged))


__all__ = ["announce", "send_focus", "send_name_changed"]
