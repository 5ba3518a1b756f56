"""File > Import Research Data…: the mapping dialog, its preview and problems, and one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from journeymap.model import LaneKind
from journeymap.ui.research import ImportDialog
from tests.analysis.test_import_rules import small_map

DATA = ("Journey step,Segment,Rating,NPS,Comment\n"
        "Pays,Maya Chen,4,9,Quick\n"
        "Pays,Maya Chen,5,10,\n"
        "Pays,Tom Okafor,2,3,Card declined twice\n"
        "Checkout page,Maya Chen,1,2,Lost my basket\n")


@pytest.fixture
def window(editor, qtbot):
    win = editor.new_window(small_map())
    qtbot.waitExposed(win)
    return win


def open_dialog(window, qtbot, monkeypatch, path: Path) -> ImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    assert window.evidence.import_action in window.file_menu.actions()
    window.evidence.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry the way a keyboard user does: focus the combo, arrow down to it."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def test_a_value_the_map_does_not_know_blocks_the_import_until_it_is_mapped(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "may.csv"
    path.write_text(DATA, "utf-8")
    dialog = open_dialog(window, qtbot, monkeypatch, path)
    problems = [dialog.problems.item(k).text() for k in range(dialog.problems.count())]
    assert "Problem — row 5: 'Checkout page' is not a step of this map" in problems
    assert not dialog.import_button.isEnabled()
    combo = dialog.value_combos[("step", "Checkout page")]
    choose(qtbot, combo, "Buy › Pays")
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=3000)
    preview = [dialog.preview.topLevelItem(k).text(0) for k in range(dialog.preview.topLevelItemCount())]
    assert "Buy › Pays" in preview
    session = window.session
    before = session.journey.model_dump()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    journey = session.journey
    pays = journey.stages[0].steps[1]
    maya = next(s for s in pays.scores if s.persona == journey.personas[0].id)
    assert (maya.sample_size, maya.source.name) == (3, "may")
    assert pays.metrics.nps.sample_size == 4
    evidence = next(lane for lane in journey.lanes if lane.kind is LaneKind.EVIDENCE)
    assert {c.text for c in evidence.cards} == {"Quick", "Card declined twice", "Lost my basket"}
    assert session.undo_stack.count() == 1
    assert session.undo_stack.text(0) == "Import research “may”"
    after = journey.model_dump()
    session.undo_stack.undo()
    assert session.journey.model_dump() == before
    session.undo_stack.redo()
    assert session.journey.model_dump() == after


def test_leaving_unmatched_rows_out_and_a_column_set_to_not_used(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "may.csv"
    path.write_text(DATA, "utf-8")
    dialog = open_dialog(window, qtbot, monkeypatch, path)
    box = QPoint(8, dialog.skip_check.height() // 2)  # on the check box's square
    qtbot.mouseClick(dialog.skip_check, Qt.MouseButton.LeftButton, pos=box)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=3000)
    assert any(dialog.problems.item(k).text().startswith("Left out — row 5")
               for k in range(dialog.problems.count()))
    choose(qtbot, dialog.column_combos["nps"], "— not used —")
    qtbot.waitUntil(lambda: "nps" not in dialog.plan.columns, timeout=3000)
    assert dialog.plan.metrics == []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    pays = window.session.journey.stages[0].steps[1]
    assert pays.metrics.nps is None and pays.scores[0].sample_size == 2
    assert window.session.journey.research.imports[0].skipped == 1


def test_an_unreadable_file_gets_a_message_not_a_dialog(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    shown = []
    monkeypatch.setattr("journeymap.ui.prompts.show_error", lambda *a, **_k: shown.append(a[1:]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    window.evidence.import_action.trigger()
    assert window.findChild(ImportDialog) is None
    assert shown == [("Cannot import", "“photo.csv” cannot be read as a table of data.",
                      "this is a binary file, not a CSV or Excel table")]
    assert window.session.undo_stack.count() == 0


def test_the_inspector_says_where_a_score_comes_from_and_a_label_edit_keeps_the_measurement(
        window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "may.csv"
    path.write_text(DATA.replace("Checkout page", "Pays"), "utf-8")
    dialog = open_dialog(window, qtbot, monkeypatch, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    journey = window.session.journey
    pays, maya = journey.stages[0].steps[1], journey.personas[0]
    window.session.select([pays.id])
    scores = window.inspector.current.scores
    value, label = scores.rows[maya.id][0], scores.rows[maya.id][1]
    assert value.toolTip().startswith("<qt>Measured by “may” on ")
    assert "n=3" in value.toolTip()
    label.setFocus()
    QTest.keyClicks(label, "Relieved")
    QTest.keyClick(label, Qt.Key.Key_Return)
    score = window.session.document.score(pays.id, maya.id)
    assert (score.label, score.sample_size, score.source.name) == ("Relieved", 3, "may")
    value.setFocus()
    QTest.keyClick(value, Qt.Key.Key_Up)
    score = window.session.document.score(pays.id, maya.id)
    assert (score.source, score.sample_size) == ("manual", None)
    assert "Entered by hand" in value.toolTip()


def test_a_german_editor_reads_the_import_problems_in_german(window, qtbot, monkeypatch, tmp_path, qapp):
    from journeymap.ui.settings import Settings
    from journeymap.ui.ui_language import UI_LANGUAGE, apply_ui_language

    settings = Settings(tmp_path / "de.json")
    settings.set_choice(UI_LANGUAGE, "de")
    apply_ui_language(qapp, settings)
    try:
        path = tmp_path / "mai.csv"
        path.write_text(DATA, "utf-8")
        dialog = open_dialog(window, qtbot, monkeypatch, path)
        problems = [dialog.problems.item(k).text() for k in range(dialog.problems.count())]
        assert "Problem — Zeile 5: „Checkout page“ ist kein Schritt dieser Map" in problems, problems
        dialog.reject()
    finally:
        settings.set_choice(UI_LANGUAGE, "en")
        apply_ui_language(qapp, settings)
