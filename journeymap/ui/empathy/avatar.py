"""The persona's face on the board: their photo in a circle, or their initials on their colour.

A painted widget of a fixed size, so layouts can centre it exactly; a styled
QLabel reports a size hint unrelated to its stylesheet circle and ends up
off-centre and under the name below it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...i18n import tr
from ...model import Persona
from ..faces import initials, photo_pixmap
from ..plain import tip
from ..present.palette import WHITE, ensure_contrast


class PersonaAvatar(QWidget):
    """A circle ``diameter`` pixels wide, ringed in the persona's colour."""

    def __init__(self, diameter: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diameter = diameter
        self.setFixedSize(diameter, diameter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.initials = "?"
        self.colour = "#0072b2"
        self.pixmap = QPixmap()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.diameter, self.diameter)

    def show_persona(self, persona: Persona) -> None:
        self.initials = initials(persona.name)
        self.colour = persona.colour
        self.pixmap = photo_pixmap(persona.photo)
        who = persona.name or tr("the persona")
        self.setAccessibleName((tr("Photo of {who}") if self.has_photo else tr("Initials of {who}")).format(who=who))
        self.setToolTip(tip(persona.name))
        self.update()

    @property
    def has_photo(self) -> bool:
        return not self.pixmap.isNull()

    def paintEvent(self, event) -> None:  # noqa: N802
        ring = max(2.0, self.diameter / 32)
        box = QRectF(self.rect()).adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        circle = QPainterPath()
        circle.addEllipse(box)
        if self.has_photo:
            # cover the circle, cropping the longer side, like a profile picture
            scaled = self.pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                        Qt.TransformationMode.SmoothTransformation)
            painter.setClipPath(circle)
            painter.drawPixmap(int((self.width() - scaled.width()) / 2),
                               int((self.height() - scaled.height()) / 2), scaled)
            painter.setClipping(False)
        else:
            # deep enough under white initials for 7:1, as on the presentation slides
            painter.fillPath(circle, QColor(ensure_contrast(self.colour, WHITE, 8.0)))
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(10, round(self.diameter * 0.36)))
            painter.setFont(font)
            painter.setPen(QColor(WHITE))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.initials)
        painter.setPen(QPen(QColor(self.colour), ring))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.end()
