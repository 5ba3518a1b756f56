"""The handles of a selected card: a round connector right of it (drag to another card: an arrow) and a
grip on its right edge (drag across steps: the card spans them). Where they are is said once, here."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from .. import style

CONNECTOR_OFFSET = 9.0  # the connector's centre, right of the card's edge
CONNECTOR_RADIUS = 4.5
CONNECTOR_HIT = 8.0
GRIP_HALF = 7.0  # half the grip's height
EDGE_HIT = 4.0  # how close to the right edge a press takes the grip


def connector_centre(rect: QRectF) -> QPointF:
    return QPointF(rect.right() + CONNECTOR_OFFSET, rect.center().y())


def on_connector(rect: QRectF, pos: QPointF) -> bool:
    c = connector_centre(rect)
    return (pos.x() - c.x()) ** 2 + (pos.y() - c.y()) ** 2 <= CONNECTOR_HIT ** 2


def on_right_edge(rect: QRectF, pos: QPointF) -> bool:
    return abs(pos.x() - rect.right()) <= EDGE_HIT and rect.top() <= pos.y() <= rect.bottom()


def draw_handles(painter: QPainter, w: float, h: float) -> None:
    """In the card's own coordinates: the grip (two short bars) on the right edge, the connector beyond it."""
    painter.setPen(QPen(style.SELECTION, 1.2))
    for x in (w - 2.0, w + 1.0):
        painter.drawLine(QPointF(x, h / 2 - GRIP_HALF / 2), QPointF(x, h / 2 + GRIP_HALF / 2))
    painter.setPen(QPen(QColor("#ffffff"), 1.2))
    painter.setBrush(style.SELECTION)
    painter.drawEllipse(QPointF(w + CONNECTOR_OFFSET, h / 2), CONNECTOR_RADIUS, CONNECTOR_RADIUS)
