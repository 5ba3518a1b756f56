"""The three service-blueprint lines look different, and their names stay on screen when scrolled sideways."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from journeymap.templates import new_from_template
from journeymap.ui.canvas import MapView
from journeymap.ui.session import EditSession


def _view(qtbot) -> MapView:
    view = MapView(EditSession(new_from_template("hotel-blueprint")))
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_100()
    return view


def _row_of_line(image: QImage, view: MapView, line) -> list[int]:
    """Darkness along the line, across 300 px of the grid right of the titles."""
    start = view.mapFromScene(QPointF(line.x0 + view.map_scene.layout.options.lane_title_width + 20, line.y))
    return [255 - image.pixelColor(start.x() + k, start.y()).lightness() for k in range(300)]


def test_each_blueprint_line_has_its_own_stroke(qtbot):
    view = _view(qtbot)
    lines = view.map_scene.layout.blueprint_lines
    assert len(lines) == 3
    gaps_by_label = {}
    for line in lines:
        view.ensureVisible(line.x0, line.y - 40, 400, 80, 0, 0)
        QApplication.processEvents()
        image = view.viewport().grab().toImage()
        row = _row_of_line(image, view, line)
        inked = [d > 60 for d in row]
        gaps_by_label[line.label] = sum(1 for a, b in zip(inked, inked[1:], strict=False) if a and not b)
    interaction, visibility, internal = (gaps_by_label[k] for k in (
        "Line of interaction", "Line of visibility", "Line of internal interaction"))
    assert interaction <= 1 < visibility < internal, gaps_by_label  # solid, dashed, dotted


def test_blueprint_line_names_stay_visible_in_the_pinned_lane_titles(qtbot):
    view = _view(qtbot)
    line = view.map_scene.layout.blueprint_lines[1]
    view.ensureVisible(line.x0, line.y - 40, 10, 80, 0, 0)
    h = view.horizontalScrollBar()
    h.setValue(h.value() + 500)  # the label's own place is far left, under the pinned column
    QApplication.processEvents()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    shift = visible.left() - view.map_scene.layout.grid.x
    assert shift > 100
    t = line.text.rect
    image = view.viewport().grab().toImage()
    a = view.mapFromScene(QPointF(t.x + shift, t.y))
    b = view.mapFromScene(QPointF(t.right + shift, t.bottom))
    dark = sum(1 for x in range(a.x(), b.x()) for y in range(a.y(), b.y())
               if image.pixelColor(x, y).lightness() < 170)
    assert dark > 30
