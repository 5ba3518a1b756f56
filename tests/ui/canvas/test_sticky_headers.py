"""Pinned headers when the map is scrolled: stage names and moment-of-truth stars stay on screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from journeymap.layout import Rect, TextBlock
from journeymap.layout.text import BOLD, text_width
from journeymap.ui.canvas import MapView
from journeymap.ui.canvas.sticky import ELLIPSIS, sticky_title

from .conftest import at


def _scroll_to(view: MapView, qtbot, scene_x: float, scene_y: float) -> None:
    """Put the scene point (scene_x, scene_y) at the viewport's top-left corner."""
    view.resize(520, 320)
    qtbot.wait(10)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.minimum())
    v.setValue(v.minimum())
    p = at(view, scene_x, scene_y)
    h.setValue(h.value() + p.x())
    v.setValue(v.value() + p.y())
    qtbot.wait(10)


def _dark_pixels(image: QImage, x0: int, y0: int, x1: int, y1: int) -> int:
    return sum(1 for x in range(max(0, x0), min(image.width(), x1)) for y in range(max(0, y0), min(image.height(), y1))
               if image.pixelColor(x, y).lightness() < 90)


def _first_stage_name_pixels(view: MapView) -> int:
    """Dark (text) pixels in the first stage band, just right of the pinned lane-title column."""
    layout = view.map_scene.layout
    image = view.grab().toImage()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    band = layout.stages[view.session.journey.stages[0].id].rect
    top = max(band.y, visible.top())
    left = visible.left() + layout.options.lane_title_width
    a, b = at(view, left + 2, top + 2), at(view, left + 60, top + band.h - 2)
    return _dark_pixels(image, a.x(), a.y(), b.x(), b.y())


def test_a_stage_scrolled_half_off_keeps_its_name_right_of_the_pinned_titles(view, qtbot):
    layout = view.map_scene.layout
    band = layout.stages[view.session.journey.stages[0].id].rect
    # scrolled sideways and down: the header row is pinned, the band's left edge is under the lane titles
    _scroll_to(view, qtbot, band.x + 90, band.y + 60)
    assert _first_stage_name_pixels(view) > 20
    # scrolled sideways only: the band is where the map puts it, its name still follows the visible part
    _scroll_to(view, qtbot, band.x + 90, layout.grid.y - 20)
    assert _first_stage_name_pixels(view) > 20


def test_a_pinned_step_header_keeps_its_moment_of_truth_star(view, qtbot):
    layout = view.map_scene.layout
    step = next(s for s in view.session.journey.steps() if s.moment_of_truth)
    mark = layout.steps[step.id].moment_mark
    _scroll_to(view, qtbot, layout.steps[step.id].rect.x - 200, layout.grid.y + 120)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    shift = visible.top() - layout.grid.y  # the header row is drawn this much lower, at the window's top
    image = view.grab().toImage()
    centre = at(view, mark.x + mark.w / 2, mark.y + mark.h / 2 + shift)
    red = image.pixelColor(centre.x(), centre.y())
    assert red.red() > 150 and red.green() < 90 and red != QColor("#fafbfc")


def _title(text: str, x: float, w: float) -> TextBlock:
    return TextBlock(Rect(x, 10, w, 15), (text,), BOLD, 12, 15, bold=True)


def test_the_sticky_name_is_moved_clamped_into_the_band_and_elided_when_narrow():
    band = Rect(100, 10, 400, 30)
    title = _title("Research", 106, 388)
    assert sticky_title(title, band, 50, 6) is title  # the band's left edge is on screen: nothing moves
    moved = sticky_title(title, band, 200, 6)
    assert moved.rect.x == 206 and moved.lines == ("Research",) and moved.rect.right == band.right - 6
    narrow = sticky_title(title, band, 450, 6)  # 38 pt left: too narrow for the whole word
    assert narrow.lines[0].endswith(ELLIPSIS) and narrow.lines[0].startswith("Re")
    assert text_width(narrow.lines[0], BOLD, 12) <= narrow.rect.w
    assert sticky_title(title, band, 492, 6) is None  # not even an ellipsis fits
