"""A card's picture on the canvas: decoded at the size the zoom shows it, framed, in its PictureBox."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from ....layout.boxes import PictureBox
from ...pictures import picture_image

FRAME = QColor("#8d96a3")
MISSING = QColor("#d0d4da")


def draw_picture(painter: QPainter, picture: PictureBox, dx: float, dy: float, *, greek: bool = False) -> None:
    """The picture at its place on the card; a grey block when zoomed far out or when it cannot be decoded."""
    r = picture.rect
    target = QRectF(r.x + dx, r.y + dy, r.w, r.h)
    if greek:
        painter.fillRect(target, MISSING)
        return
    transform = painter.worldTransform()
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    side = round(max(r.w, r.h) * max(abs(transform.m11()), abs(transform.m22())) * ratio)
    image = picture_image(picture.data, side)
    if image is None:
        painter.fillRect(target, MISSING)
    else:
        painter.drawImage(target, image)
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.setPen(QPen(FRAME, 0.5))
    painter.drawRect(target)
