"""Driving the editor with keys only, and reading what a screen reader would say at the focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

NO_MODS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(key: Qt.Key, mods: Qt.KeyboardModifier = NO_MODS, to: QWidget | None = None) -> None:
    """A key press to whatever has the keyboard focus (or ``to``), then the event loop turns once."""
    target = to or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, mods)
    for _ in range(2):  # what the key changed, then what is said about it (on the next turn of the loop)
        QApplication.processEvents()


def focused_interface() -> QAccessibleInterface | None:
    """The accessible object with the focus: the focus widget, then its focused child, all the way down."""
    widget = QApplication.focusWidget()
    if widget is None:
        return None
    iface = QAccessible.queryAccessibleInterface(widget)
    for _ in range(10):
        child = iface.focusChild() if iface is not None else None
        if child is None or not child.isValid():
            break
        iface = child
    return iface


def focus_name() -> str:
    iface = focused_interface()
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def walk_to(view, lane_id: str, step_id: str, on_each: Callable[[], object] | None = None) -> None:
    """Arrow keys on the canvas until the cell cursor is on (lane, step): columns first, then rows.

    ``on_each`` is called after every key (to read each stop on the way).
    """
    scene = view.map_scene
    steps, lanes = list(scene.layout.steps), list(scene.layout.lanes)
    for _ in range(200):
        lane, step = scene.focus_cell
        if (lane, step) == (lane_id, step_id):
            return
        if step != step_id:
            press(Qt.Key.Key_Right if steps.index(step_id) > steps.index(step) else Qt.Key.Key_Left, to=view)
        else:
            press(Qt.Key.Key_Down if lanes.index(lane_id) > lanes.index(lane) else Qt.Key.Key_Up, to=view)
        if on_each is not None:
            on_each()
    raise AssertionError("the arrow keys did not reach the cell")
