"""Long content: card faces keep to a line limit with a "more" mark; columns are resized by their edge.

The whole text stays in the inspector, the tooltip and every export; a resized column
is saved in the file and every export draws it at its width.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from journeymap.export.svg_export import export_svg
from journeymap.layout import layout_map
from journeymap.ui.canvas import MapView

from .conftest import at, double_click, drag

LONG = ("Taps a sponsored post, reads every comment, opens the brand's profile, scrolls three months of posts, "
        "checks the tagged photos from real buyers and saves the post to look at again tonight on the sofa. ") * 3


def _card_id(view: MapView, text: str) -> str:
    return next(c.id for lane in view.session.journey.lanes for c in lane.cards if c.text.startswith(text))


def _type_into_card(view: MapView, card_id: str, text: str) -> None:
    box = view.map_scene.layout.cards[card_id]
    double_click(view, at(view, box.rect.x + 12, box.rect.y + 8))
    assert view.map_scene.router.editing.editor is not None
    QTest.keyClicks(view.viewport(), text)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)


def test_a_long_card_shows_six_lines_and_a_more_mark_and_its_row_stays_short(view, tmp_path):
    card_id = _card_id(view, "Scrolls feed")
    lane_id = view.map_scene.layout.cards[card_id].lane_id
    _type_into_card(view, card_id, LONG)
    assert view.session.document.card(card_id).text == LONG.strip() or \
        view.session.document.card(card_id).text.startswith("Taps a sponsored post")
    layout = view.map_scene.layout
    box = layout.cards[card_id]
    assert len(box.text.lines) == 6 and box.text.lines[-1].endswith("\u2026")
    assert box.more is not None and box.rect.contains(box.more.x, box.more.y)
    assert layout.lanes[lane_id].rect.h < 150  # 500 characters used to stretch the row to ~300 pt
    # every export lays out the whole text
    out = export_svg(view.session.journey, tmp_path / "map.svg")
    svg = out.read_text(encoding="utf-8")
    assert "sofa.</text>" in svg.rsplit("Taps a sponsored post", 1)[1]  # the last words, three times over
    assert layout_map(view.session.journey).cards[card_id].more is None


def test_hovering_a_cut_card_shows_its_whole_text(view, qtbot):
    card_id = _card_id(view, "Scrolls feed")
    _type_into_card(view, card_id, LONG)
    vp = view.viewport()
    short = view.map_scene.layout.cards[_card_id(view, "Taps ad")]
    point = at(view, short.rect.x + 20, short.rect.y + 10)
    QApplication.sendEvent(vp, QHelpEvent(QEvent.Type.ToolTip, point, vp.mapToGlobal(point)))
    assert not QToolTip.isVisible()  # a card that shows all of its text needs no tooltip
    box = view.map_scene.layout.cards[card_id]
    point = at(view, box.rect.x + 20, box.rect.y + 10)
    QApplication.sendEvent(vp, QHelpEvent(QEvent.Type.ToolTip, point, vp.mapToGlobal(point)))
    assert QToolTip.isVisible()
    assert "tonight on the sofa." in QToolTip.text()
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # a tooltip left open takes the next test's pointer


def _edge(view: MapView, step_id: str):
    r = view.map_scene.layout.steps[step_id].rect
    return at(view, r.right, r.y + r.h / 2)


def _hover(view: MapView, point) -> None:
    """Move the pointer onto ``point`` from a little to its left (a move to where it already is sends nothing).

    The button is let go first: QTest.mouseDClick (in any earlier test) leaves it down in QTest's state.
    """
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       point - QPoint(30, 0))
    QTest.mouseMove(view.viewport(), point - QPoint(30, 0))
    QTest.mouseMove(view.viewport(), point)


def test_dragging_a_step_headers_edge_resizes_its_column_for_the_canvas_and_the_exports(view, qtbot, tmp_path):
    journey = view.session.journey
    step = journey.steps()[1]
    before = view.map_scene.layout.steps[step.id].rect.w
    edge = _edge(view, step.id)
    _hover(view, edge)
    assert view.viewport().cursor().shape() == Qt.CursorShape.SplitHCursor
    drag(view, edge, at(view, view.map_scene.layout.steps[step.id].rect.right + 100,
                        view.map_scene.layout.steps[step.id].rect.y + 10))
    assert step.card_width is not None and abs(step.card_width - 250) <= 2
    layout = view.map_scene.layout
    assert abs(layout.steps[step.id].rect.w - (before + 100)) <= 2
    card = layout.cards[_card_id(view, "Reads reviews")]
    assert card.rect.w == step.card_width  # its cards widen with it
    # saved in the file, drawn by every export at the new width
    svg = export_svg(journey, tmp_path / "map.svg").read_text(encoding="utf-8")
    widths = {float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"[^>]*rx=', svg)}
    assert float(step.card_width) in widths
    # one undo step gives the old width back
    assert view.session.undo_stack.undoText().startswith("Set the column of step")
    view.session.undo_stack.undo()
    assert step.card_width is None
    assert view.map_scene.layout.steps[step.id].rect.w == before


def test_double_clicking_a_resized_columns_edge_gives_it_the_maps_width(view, qtbot):
    step = view.session.journey.steps()[0]
    view.session.document.set_fields(step.id, {"card_width": 240})
    edge = _edge(view, step.id)
    _hover(view, edge)
    double_click(view, edge)
    assert step.card_width is None
    assert view.map_scene.layout.steps[step.id].rect.w == 150 + 2 * view.map_scene.options.cell_padding


def test_the_edge_of_a_pinned_header_resizes_too(view, qtbot):
    step = view.session.journey.steps()[2]
    v = view.verticalScrollBar()
    view.resize(900, 300)
    qtbot.wait(10)
    v.setValue(v.maximum())
    qtbot.wait(10)
    row = view.map_scene.pinned.row
    assert row.pos().y() > 0
    r = view.map_scene.layout.steps[step.id].rect
    edge = view.mapFromScene(QPointF(r.right, r.y + r.h / 2 + row.pos().y()))
    _hover(view, edge)
    drag(view, edge, edge + (at(view, r.right + 60, 0) - at(view, r.right, 0)))
    assert step.card_width is not None and abs(step.card_width - 210) <= 2
