"""A map made with the keyboard alone, as a screen-reader user makes it, every focus stop named.

From a blank start: File > New (Ctrl+N) from the "Buying headphones online" template; add a stage and a
step, named in place; a card in Pain points at the new step; Maya Chen's score there; save under a new
name. Only key presses drive it (modal dialogs included); at every stop the test reads what a screen
reader would say, through Qt's accessibility API, and checks it names the place. The file on disk is
read back at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from journeymap.io import load_map
from tests.ui.a11y.keys import CTRL, SHIFT, focus_name, focused_interface, press, walk_to

pytestmark = pytest.mark.usefixtures("no_message_boxes")
Role = QAccessible.Role


class Stops:
    """Every place the focus stopped, as a screen reader would name it."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def here(self, expected: str | None = None, startswith: str | None = None) -> str:
        name = focus_name()
        assert name.strip(), f"a focus stop without a name after {self.names[-3:]}"
        if expected is not None:
            assert name == expected
        if startswith is not None:
            assert name.startswith(startswith), name
        self.names.append(name)
        return name


def in_modal(action: Callable[[QDialog], None]) -> list[BaseException]:
    """Run ``action`` on the modal dialog as soon as it is open (it blocks the key press that opens it)."""
    problems: list[BaseException] = []

    def attempt(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or focus is None or not dialog.isAncestorOf(focus):  # not open, or not yet focused
            if tries:
                QTimer.singleShot(10, lambda: attempt(tries - 1))
            return
        try:
            action(dialog)
        except BaseException as e:  # the dialog must close either way, or the test hangs
            problems.append(e)
            dialog.reject()

    QTimer.singleShot(0, attempt)
    return problems


def type_text(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def test_a_map_made_with_keys_only_every_focus_stop_named(editor, qtbot, tmp_path: Path):
    stops = Stops()
    start = editor.new_window()
    start.startup = True
    qtbot.waitExposed(start)
    start.activateWindow()
    qtbot.waitActive(start)
    start.view.setFocus()
    qtbot.waitUntil(start.view.hasFocus)

    # 1. File > New: the gallery opens in its search field; a few letters leave the template wanted,
    # Down goes on to it, Enter creates the map.
    def choose_template(dialog: QDialog) -> None:
        stops.here("Search templates")
        QTest.keyClicks(QApplication.focusWidget(), "headphones")
        press(Qt.Key.Key_Down)
        assert stops.here() == "Buying headphones online"
        press(Qt.Key.Key_Return)

    problems = in_modal(choose_template)
    press(Qt.Key.Key_N, CTRL, to=start.view)
    assert not problems, problems
    window = editor.windows[-1]
    assert window.session.journey.title == "Buying headphones online"
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: window.view.hasFocus())
    QApplication.processEvents()
    stops.here("Actions, Notices the need (Discover), 1 card: Headphones break on the train home")
    journey = window.session.journey

    # 2. A stage (Ctrl+Shift+G), named in place; Enter keeps the name.
    press(Qt.Key.Key_G, CTRL | SHIFT)
    assert focused_interface().role() == Role.EditableText
    stops.here("Stage name")
    type_text("Delivery")
    press(Qt.Key.Key_Return)
    stage = journey.stages[-1]
    assert stage.name == "Delivery"
    stops.here("Delivery")  # the new stage's header, selected

    # 3. A step in it (Ctrl+Shift+T), named in place.
    press(Qt.Key.Key_T, CTRL | SHIFT)
    stops.here("Step name")
    type_text("Packs the parcel")
    press(Qt.Key.Key_Return)
    step = stage.steps[-1]
    assert step.name == "Packs the parcel"
    stops.here("Packs the parcel")

    # 4. A card in Pain points at that step: arrows to the cell (every cell passed is named), N, type, Enter.
    pains = next(lane for lane in journey.lanes if lane.kind == "pain_points")
    walk_to(window.view, pains.id, step.id, on_each=stops.here)
    assert stops.names[-1] == "Pain points, Packs the parcel (Delivery), no cards"
    press(Qt.Key.Key_N, to=window.view)
    stops.here("New card in Pain points at Packs the parcel (Delivery)")
    type_text("Box too big for the letterbox")
    press(Qt.Key.Key_Return)
    card = next(c for c in pains.cards if c.text == "Box too big for the letterbox")
    assert card.step == step.id
    stops.here("Box too big for the letterbox")

    # 5. Maya Chen's score at the step: F6 to the Outline, arranged by stage and step; Left to the step.
    press(Qt.Key.Key_F6)
    stops.here("Card: Box too big for the letterbox")
    press(Qt.Key.Key_Tab, SHIFT)
    stops.here("Cards by lane")
    press(Qt.Key.Key_Down)
    stops.here("Cards by stage and step")
    press(Qt.Key.Key_Tab)
    stops.here("Card: Box too big for the letterbox")
    press(Qt.Key.Key_Left)
    stops.here("Pain points — 1 card")
    assert window.session.selection == (step.id,)  # a lane's row under a step selects the step
    press(Qt.Key.Key_F6)  # on to the Inspector, at the step's first field
    stops.here("Name")
    for expected in ("Description", "Moment of truth", "Why it matters", "NPS recorded", "CSAT % recorded",
                     "CES recorded", "Column width", "Maya Chen as-is score at Packs the parcel"):
        press(Qt.Key.Key_Tab)
        stops.here(expected)
    type_text("2")
    press(Qt.Key.Key_Tab)
    stops.here("Maya Chen as-is word at Packs the parcel")
    maya = journey.personas[0]
    assert window.session.document.score(step.id, maya.id).value == 2

    # 6. Save (Ctrl+S): the untitled map asks where, in a file dialog typed into.
    target = tmp_path / "delivery.journey"

    def save_as(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        edit = QApplication.focusWidget()
        assert isinstance(edit, QLineEdit)
        stops.here()
        edit.selectAll()
        type_text(str(target))
        press(Qt.Key.Key_Return)

    problems = in_modal(save_as)
    press(Qt.Key.Key_S, CTRL)
    assert not problems, problems
    assert target.exists(), f"nothing saved; focus stops: {stops.names}"
    saved = load_map(target)
    stage_saved = saved.stages[-1]
    assert (stage_saved.name, stage_saved.steps[-1].name) == ("Delivery", "Packs the parcel")
    assert "Box too big for the letterbox" in [c.text for lane in saved.lanes if lane.kind == "pain_points"
                                               for c in lane.cards]
    assert next(s for s in stage_saved.steps[-1].scores if s.persona == maya.id).value == 2
    assert len(stops.names) > 30 and all(name.strip() for name in stops.names)
