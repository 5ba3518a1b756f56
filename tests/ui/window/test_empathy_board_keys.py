"""The empathy board closes like any window (Ctrl+W, Escape); Map > Empathy Map asks whose map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeymap.ui import prompts
from journeymap.ui.empathy import EmpathyWindow


def _boards(w) -> list[EmpathyWindow]:
    return [b for b in w.findChildren(EmpathyWindow) if b.isVisible()]


def test_map_empathy_map_with_no_persona_selected_offers_a_picker(template_window, qtbot, monkeypatch):
    w = template_window
    w.session.select([])
    offered: list[list[str]] = []
    second = w.session.journey.personas[1]

    def pick(parent, personas):
        offered.append([name for _id, name in personas])
        return second.id

    monkeypatch.setattr(prompts, "choose_persona", pick)
    w.acts.empathy_map.trigger()
    assert offered == [[p.name for p in w.session.journey.personas]]
    boards = _boards(w)
    assert len(boards) == 1 and boards[0].board.persona_id == second.id


def test_the_board_closes_with_escape_and_with_ctrl_w(template_window, qtbot, monkeypatch):
    w = template_window
    persona = w.session.journey.personas[0]
    w.session.select([persona.id])
    w.acts.empathy_map.trigger()
    board = _boards(w)[0]
    qtbot.waitExposed(board)
    QTest.keyClick(board, Qt.Key.Key_Escape)
    assert not board.isVisible()
    w.acts.empathy_map.trigger()
    board = _boards(w)[0]
    qtbot.waitExposed(board)
    QTest.keyClick(board.windowHandle(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not _boards(w)
