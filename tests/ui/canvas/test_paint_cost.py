"""What a repaint costs: pinned headers are painted once, and only when they change.

The canvas benchmark (benchmarks/bench_canvas.py) measures the times; these tests pin
down the causes of the regression it showed: the pinned header row painted every step
header a second time over the scene's own, and every edit repainted the pinned strips.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from journeymap.model import Card, JourneyMap, Lane, LaneKind, Stage, Step
from journeymap.ui.canvas import MapView, pinned
from journeymap.ui.canvas.items import headers
from journeymap.ui.session import EditSession


def _wide_map() -> JourneyMap:
    stages = [Stage(name=f"Stage {s}", steps=[Step(name=f"Step {s}.{k}") for k in range(6)]) for s in range(8)]
    steps = [step for stage in stages for step in stage.steps]
    lanes = [Lane(kind=kind, cards=[Card(step=step.id, text=f"{kind.label} at {step.name}") for step in steps])
             for kind in (LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.PAIN_POINTS, LaneKind.IDEAS,
                          LaneKind.OPPORTUNITIES, LaneKind.OWNERSHIP) * 3]
    return JourneyMap(title="Wide", stages=stages, lanes=lanes)


@pytest.fixture
def wide(qtbot) -> MapView:
    view = MapView(EditSession(_wide_map()))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_100()
    return view


@pytest.fixture
def painted(monkeypatch) -> Counter:
    """How often each pinned strip and each step header was painted."""
    counts: Counter = Counter()
    for cls in (pinned.PinnedHeaderRow, pinned.PinnedLaneTitles):
        original = cls.paint

        def counting(self, *args, _original=original, _name=cls.__name__):
            counts[_name] += 1
            return _original(self, *args)

        monkeypatch.setattr(cls, "paint", counting)
    step_header = headers.paint_step_header

    def count_header(*args):
        counts["step header"] += 1
        return step_header(*args)

    monkeypatch.setattr(headers, "paint_step_header", count_header)
    monkeypatch.setattr(pinned, "paint_step_header", count_header)
    return counts


def _scroll_to_middle(view: MapView, qtbot) -> None:
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue((h.minimum() + h.maximum()) // 2)
    v.setValue((v.minimum() + v.maximum()) // 2)
    qtbot.wait(20)
    assert view.map_scene.pinned.row.pos().y() > 0 and view.map_scene.pinned.column.pos().x() > 0


def test_typing_a_card_under_pinned_headers_does_not_repaint_them(wide, qtbot, painted):
    view = wide
    _scroll_to_middle(view, qtbot)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    centre = visible.center()
    card_id = next(b.card_id for b in view.map_scene.layout.cards.values() if b.rect.contains(centre.x(), b.rect.y)
                   and abs(b.rect.y - centre.y()) < 200)
    box = view.map_scene.layout.cards[card_id]
    point = view.mapFromScene(QPointF(box.rect.x + 10, box.rect.y + 8))
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    editor = view.map_scene.router.editing.editor
    assert editor is not None
    qtbot.wait(20)
    painted.clear()
    QTest.keyClicks(view.viewport(), " edited")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    qtbot.wait(30)
    assert view.session.document.card(card_id).text.endswith(" edited")
    assert painted["PinnedHeaderRow"] == 0
    assert painted["PinnedLaneTitles"] == 0


def test_a_step_renamed_under_the_pinned_row_is_repainted_there(wide, qtbot, painted):
    view = wide
    _scroll_to_middle(view, qtbot)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    step_id = next(s.step_id for s in view.map_scene.layout.steps.values()
                   if visible.left() + 200 < s.rect.x < visible.right() - 200)
    row = view.map_scene.pinned.row
    r = view.map_scene.layout.steps[step_id].rect
    point = view.mapFromScene(QPointF(r.x + r.w / 2, r.y + 10 + row.pos().y()))
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    painted.clear()
    QTest.keyClicks(view.viewport(), "Renamed")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    qtbot.wait(30)
    assert view.session.document.step(step_id).name == "Renamed"
    assert painted["PinnedHeaderRow"] >= 1


def test_headers_in_their_own_place_are_painted_once_not_twice(wide, qtbot, painted):
    """Scrolled sideways only, the header row is in its own place: the pinned row adds no second copy."""
    view = wide
    h = view.horizontalScrollBar()
    h.setValue((h.minimum() + h.maximum()) // 2)
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    qtbot.wait(20)
    row = view.map_scene.pinned.row
    assert row.isVisible() and row.pos().y() == 0  # shown for the stage name that follows its band
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    on_screen = sum(1 for s in view.map_scene.layout.steps.values()
                    if s.rect.right > visible.left() and s.rect.x < visible.right())
    painted.clear()
    view.viewport().repaint()
    assert 0 < painted["step header"] <= on_screen + 1


def test_a_step_header_pinned_at_the_top_still_shows(wide, qtbot, painted):
    view = wide
    _scroll_to_middle(view, qtbot)
    painted.clear()
    view.viewport().repaint()
    assert painted["PinnedHeaderRow"] >= 1 and painted["step header"] > 0
