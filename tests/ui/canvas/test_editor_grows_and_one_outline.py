"""The card being typed in grows with its text (rows below move; nothing spills into the next lane),
and "selected" looks the same everywhere: one blue outline, no dashed cell box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from journeymap.ui.canvas import MapView, style

from .conftest import at, double_click

MORE = " and then reads every comment under the post, opens the profile and scrolls back through months of posts"


def _card_id(view: MapView, text: str) -> str:
    return next(c.id for lane in view.session.journey.lanes for c in lane.cards if c.text.startswith(text))


def _lane_below(view: MapView, lane_id: str) -> str:
    lanes = list(view.map_scene.layout.lanes)
    return lanes[lanes.index(lane_id) + 1]


def test_typing_grows_the_card_and_moves_the_lane_below_instead_of_spilling_into_it(view, qtbot):
    card_id = _card_id(view, "Taps ad")
    layout = view.map_scene.layout
    box = layout.cards[card_id]
    below = _lane_below(view, box.lane_id)
    below_top = layout.lanes[below].rect.y
    double_click(view, at(view, box.rect.x + 12, box.rect.y + 8))
    editor = view.map_scene.router.editing.editor
    QTest.keyClick(view.viewport(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view.viewport(), MORE)
    layout = view.map_scene.layout
    grown = layout.cards[card_id]
    assert grown.rect.h > box.rect.h + 30
    assert layout.lanes[below].rect.y > below_top + 30  # the next lane moved down
    assert editor.sceneBoundingRect().bottom() - 9 <= grown.rect.bottom <= layout.lanes[below].rect.y
    assert view.session.document.card(card_id).text == "Taps ad"  # nothing written while typing
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.session.document.card(card_id).text == "Taps ad" + MORE
    assert view.session.undo_stack.count() == 1
    assert view.map_scene.layout.cards[card_id].rect.h == grown.rect.h


def test_escape_puts_the_row_back(view, qtbot):
    card_id = _card_id(view, "Taps ad")
    box = view.map_scene.layout.cards[card_id]
    below = _lane_below(view, box.lane_id)
    top = view.map_scene.layout.lanes[below].rect.y
    double_click(view, at(view, box.rect.x + 12, box.rect.y + 8))
    QTest.keyClicks(view.viewport(), MORE * 2)
    assert view.map_scene.layout.lanes[below].rect.y > top
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert view.map_scene.layout.lanes[below].rect.y == top
    assert view.session.undo_stack.count() == 0


def test_a_new_card_grows_as_it_is_typed_and_is_added_once(view, qtbot):
    layout = view.map_scene.layout
    step_id = view.session.journey.steps()[2].id
    lane_id = next(iter(layout.lanes))
    cell = layout.cells[(lane_id, step_id)]
    below = _lane_below(view, lane_id)
    top = layout.lanes[below].rect.y
    double_click(view, at(view, cell.x + cell.w / 2, cell.y + cell.h / 2))
    QTest.keyClicks(view.viewport(), "Compares two models" + MORE)
    assert view.map_scene.layout.lanes[below].rect.y > top
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    added = [c for c in view.session.journey.lanes[0].cards if c.step == step_id]
    assert [c.text for c in added] == ["Compares two models" + MORE]
    assert view.session.undo_stack.count() == 1


def _pixel(view: MapView, x: float, y: float) -> QColor:
    image = view.viewport().grab().toImage()
    p = at(view, x, y)
    return image.pixelColor(p)


def _is_selection_blue(colour: QColor) -> bool:
    blue = style.SELECTION
    return abs(colour.red() - blue.red()) < 40 and abs(colour.green() - blue.green()) < 40 \
        and abs(colour.blue() - blue.blue()) < 40


def test_a_new_card_being_typed_has_the_selection_outline_of_any_selected_card(view, qtbot):
    layout = view.map_scene.layout
    step_id = view.session.journey.steps()[2].id
    lane_id = next(iter(layout.lanes))
    cell = layout.cells[(lane_id, step_id)]
    double_click(view, at(view, cell.x + cell.w / 2, cell.y + cell.h / 2))
    QTest.keyClicks(view.viewport(), "Asks a friend")
    qtbot.wait(10)
    draft = next(b for b in view.map_scene.layout.cards.values()
                 if (b.lane_id, b.step_id) == (lane_id, step_id))
    outline_y = draft.rect.y + draft.rect.h / 2
    assert _is_selection_blue(_pixel(view, draft.rect.right + 2, outline_y))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    qtbot.wait(10)
    # the same card, selected after it was added, has the very same outline
    card = next(b for b in view.map_scene.layout.cards.values() if (b.lane_id, b.step_id) == (lane_id, step_id))
    assert card.card_id in view.session.selection
    assert _is_selection_blue(_pixel(view, card.rect.right + 2, card.rect.y + card.rect.h / 2))


def test_the_focused_empty_cell_is_a_tint_not_a_dashed_box(view, qtbot):
    layout = view.map_scene.layout
    step_id = view.session.journey.steps()[2].id
    lane_id = next(iter(layout.lanes))
    cell = layout.cells[(lane_id, step_id)]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     at(view, cell.x + cell.w / 2, cell.y + cell.h / 2))
    view.setFocus()
    qtbot.wait(10)
    assert view.map_scene.focus_cell == (lane_id, step_id) and view.map_scene.focus_item.isVisible()
    for x, y in ((cell.x + 2, cell.y + cell.h / 2), (cell.x + cell.w / 2, cell.y + 2),
                 (cell.right - 2, cell.y + cell.h / 2)):
        assert not _is_selection_blue(_pixel(view, x, y))


def test_on_opening_no_cell_is_marked(view, qtbot):
    view.setFocus()
    qtbot.wait(10)
    assert not view.map_scene.focus_item.isVisible()
