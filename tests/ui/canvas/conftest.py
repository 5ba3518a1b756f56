"""A real MapView on a small map, shown offscreen, for driving with mouse and keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from journeymap.ui.canvas import MapView
from journeymap.ui.session import EditSession

from .maps import canvas_map


@pytest.fixture
def session(qtbot) -> EditSession:
    return EditSession(canvas_map())


@pytest.fixture
def view(qtbot, session) -> MapView:
    widget = MapView(session)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.zoom_100()
    widget.horizontalScrollBar().setValue(widget.horizontalScrollBar().minimum())
    widget.verticalScrollBar().setValue(widget.verticalScrollBar().minimum())
    return widget


def at(view: MapView, x: float, y: float) -> QPoint:
    """The viewport pixel showing the scene point (x, y)."""
    return view.mapFromScene(QPointF(x, y))


def drag(view: MapView, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press, move in steps, release: a real drag on the viewport."""
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, steps + 1):
        p = start + (end - start) * (k / steps)
        QTest.mouseMove(vp, p)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def double_click(view: MapView, pos: QPoint) -> None:
    """A double-click that ends with the button up, as a hand's does.

    QTest.mouseDClick leaves the button pressed in QTest's own state, so later moves
    (in this test or the next) would carry it, as a drag, and hovering would never happen.
    """
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
