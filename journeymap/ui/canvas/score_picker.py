"""Adding an emotion score with a double-click: the pointer says whose score and what value.

Moving over the emotion band shows, at the pointer's column and snapped value, a
ghost of the marker (shape and colour) of the persona a double-click would score,
with the name and value beside it ("Tom Okafor · +1 Content"). A double-click with
more than one persona on the map opens a small menu at the pointer, each persona
with their marker in their colour, the hinted one first and default; a map with
one persona scores it at once. Either way it is one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QMenu, QStyleOptionGraphicsItem, QWidget

from ...i18n import tr
from ...layout import text_width
from ...layout.emotion import persona_marker, scale_label
from ...layout.text import REGULAR
from ...model import Persona
from . import menus
from .fonts import draw_text
from .items.shapes import paint_marker

if TYPE_CHECKING:
    from .scene import MapScene

HINT_SIZE = 8.0  # the hint's type size, points
HINT_Z = 35.0  # over curves and markers, under the pinned headers


def marker_icon(persona_index: int, colour: str, size: int = 16) -> QIcon:
    """A persona's marker in their colour, for menus and lists."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(size / 2, size / 2)
    paint_marker(painter, persona_marker(persona_index), size * 0.7, colour)
    painter.end()
    return QIcon(pixmap)


class ScoreHint(QGraphicsItem):
    """The ghost marker and "name · value" at the pointer over the emotion band."""

    def __init__(self) -> None:
        super().__init__()
        self.marker = "circle"
        self.colour = "#000000"
        self.text = ""
        self.left = False  # the words go left of the marker (near the window's right edge)
        self.setZValue(HINT_Z)
        self.setVisible(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def show_for(self, x: float, y: float, marker: str, colour: str, text: str, left: bool = False) -> None:
        if (marker, colour, text, left) != (self.marker, self.colour, self.text, self.left):
            self.prepareGeometryChange()
            self.marker, self.colour, self.text, self.left = marker, colour, text, left
            self.update()
        self.setPos(x, y)
        self.setVisible(True)

    def _plate(self) -> QRectF:
        w = text_width(self.text, REGULAR, HINT_SIZE) + 8
        return QRectF(-9 - w if self.left else 9, -HINT_SIZE * 0.8, w, HINT_SIZE * 1.6)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._plate().united(QRectF(-10, -10, 20, 20)).adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(0.55)
        paint_marker(painter, self.marker, 10.0, self.colour)
        painter.setOpacity(1.0)
        plate = self._plate()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(plate, 3, 3)
        draw_text(painter, plate.x() + 4, HINT_SIZE * 0.36, self.text, HINT_SIZE, colour=QColor(self.colour).darker(130))


class ScorePicker:
    """Which persona a double-click in the emotion band scores, and where."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.hint = ScoreHint()
        scene.addItem(self.hint)

    def spot(self, pos: QPointF) -> tuple[str, int] | None:
        """The step and scale value a double-click at ``pos`` would score; None outside the band."""
        layout = self.scene.layout
        emo = layout.emotion
        if emo is None or not emo.band.inset(-6).contains(pos.x(), pos.y()) or self.scene.pinned_at(pos):
            return None
        cell = layout.cell_at(pos.x(), pos.y())
        if cell is None or cell[0] != emo.lane_id:
            return None
        return cell[1], emo.y_to_value(pos.y())

    def candidates(self, step_id: str) -> list[tuple[int, Persona]]:
        """Shown personas, the first without a score at ``step_id`` first (the one a hint names)."""
        doc = self.scene.session.document
        shown = [(k, p) for k, p in enumerate(doc.journey.personas) if p.show_curve]

        def scored(persona: Persona) -> bool:
            score = doc.score(step_id, persona.id)
            return score is not None and score.value is not None

        return sorted(shown, key=lambda kp: scored(kp[1]))

    def hover(self, pos: QPointF, over_marker: bool) -> None:
        found = None if over_marker else self.spot(pos)
        people = self.candidates(found[0]) if found is not None else []
        if found is None or not people:
            if self.hint.isVisible():
                self.hint.setVisible(False)
            return
        step_id, value = found
        index, persona = people[0]
        emo = self.scene.layout.emotion
        x = self.scene.layout.steps[step_id].rect.center[0]
        label = scale_label(value, emo.vmin, emo.vmax)
        more = " \u00b7 " + tr("or another") if len(people) > 1 else ""
        text = f"{persona.name} \u00b7 {label}{more}"
        right = self.scene.pinned.visible.right()
        left = not self.scene.pinned.visible.isEmpty() and x + 30 + text_width(text, REGULAR, HINT_SIZE) > right
        self.hint.show_for(x, emo.value_to_y(value), persona_marker(index), persona.colour, text, left)

    def double_click(self, pos: QPointF, screen_pos) -> bool:
        """Score a persona at ``pos``: at once with one persona, else the one picked from a menu."""
        found = self.spot(pos)
        if found is None:
            return False
        step_id, value = found
        people = self.candidates(step_id)
        if not people:
            return False
        self.hint.setVisible(False)
        editing = self.scene.router.editing
        if len(people) == 1:
            editing.set_score_value(step_id, people[0][1].id, "as_is", value)
            return True
        emo = self.scene.layout.emotion
        menu = QMenu()
        menu.setAccessibleName(tr("Whose score"))
        menu.setToolTipsVisible(True)
        title = menu.addAction(tr("Score {value} for").format(value=scale_label(value, emo.vmin, emo.vmax)))
        title.setEnabled(False)
        doc = self.scene.session.document
        for k, (index, persona) in enumerate(people):
            score = doc.score(step_id, persona.id)
            now = "" if score is None or score.value is None else f"  (now {scale_label(score.value, emo.vmin, emo.vmax)})"
            action = menu.addAction(marker_icon(index, persona.colour), persona.name + now)
            action.triggered.connect(lambda _checked=False, pid=persona.id: editing.set_score_value(
                step_id, pid, "as_is", value))
            if k == 0:
                menu.setDefaultAction(action)
                menu.setActiveAction(action)
        menus.run_menu(menu, screen_pos)
        return True
