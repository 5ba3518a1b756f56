"""On the canvas a score label knocks the curves out behind it, in the emotion lane's colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from journeymap.layout import Rect, TextBlock
from journeymap.layout.emotion_labels import label_plate
from journeymap.layout.text import REGULAR
from journeymap.ui.canvas.items import MarkerBox, MarkerItem


def test_a_label_paints_a_plate_in_the_lane_colour_over_a_curve_under_it(qtbot):
    block = TextBlock(Rect(100, 50, 40, 8.75), ("Relieved",), REGULAR, 7, 8.75, align="center")
    box = MarkerBox("p", "as_is", "s", 120, 40, 1, "#0072b2", "circle", 9, "Relieved", block, "#f6f8fa")
    scene = QGraphicsScene()
    curve = scene.addRect(QRectF(90, 45, 60, 20))  # stands for a thick curve line through the label
    curve.setBrush(QColor("#ff0000"))
    curve.setZValue(20)
    scene.addItem(MarkerItem(box))
    plate = label_plate(block)
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 400, 200), QRectF(50, 25, 100, 50))  # 4x: a plate margin is 4 px
    painter.end()

    def px(x: float, y: float) -> QColor:
        return image.pixelColor(round((x - 50) * 4), round((y - 25) * 4))

    assert px(95, plate.y + plate.h / 2).red() == 255 and px(95, plate.y + plate.h / 2).green() < 10
    inside = px(plate.x + 0.4, plate.y + plate.h / 2)  # in the plate's margin, left of the first letter
    assert inside.green() > 180 and inside.blue() > 180  # mostly the lane colour, the red only a hint
