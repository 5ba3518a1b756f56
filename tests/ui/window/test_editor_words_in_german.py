"""A German user reads the Health panel, the Share Live dialog and Edit > Undo in German (Arabic mirrors them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from journeymap.collab.link import RoomLink
from journeymap.commands import SetFields
from journeymap.ui.live.dialogs import ShareDialog
from tests.analysis.test_diff_merge import base_map

LINK = RoomLink("192.168.1.20", 8765, "kundenreise", "s3cr3t-token")


def test_the_health_panel_says_its_title_and_findings_in_german(editor, speak, qtbot):
    speak("de")
    window = editor.new_window(base_map())
    qtbot.waitExposed(window)
    window.evidence.show_health()
    panel = window.evidence.health
    assert window.evidence.health_dock.windowTitle() == f"Gesundheit ({len(panel.findings)})"
    assert "Warnung" in panel.summary.text()
    texts = [panel.tree.item(k).text() for k in range(panel.tree.count())]
    assert any(t.startswith("Warnung: Schritt „Reads reviews“ hat keine Verantwortlichen") for t in texts), texts
    assert panel.rules_button.text() == "Regeln"
    assert "Warning" not in " ".join(texts)


def test_the_share_live_dialog_speaks_german(editor, speak, qtbot):
    speak("de")
    dialog = ShareDialog(LINK, on_stop=lambda: None, on_server=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Live teilen"
    assert dialog.copy_button.text() == "Link &kopieren"
    words = " ".join(w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton))
    assert "Senden Sie diesen Link" in words and "Raum:" in words and "Teilen &beenden" in words
    dialog.copy()
    assert dialog.copied.text().startswith("Link kopiert")


def test_arabic_mirrors_the_share_live_dialog(editor, speak, qtbot, qapp):
    speak("ar")
    dialog = ShareDialog(LINK, on_stop=lambda: None, on_server=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "مشاركة مباشرة"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_edit_undo_names_the_last_edit_in_german(editor, speak, qtbot):
    speak("de")
    window = editor.new_window(base_map())
    session = window.session
    card = session.journey.lanes[0].cards[0]
    session.push(SetFields(session.document, card.id, {"text": "Vergleicht Preise"}))
    assert window.undo_action.text().startswith("&Rückgängig: Text von Karte ‘")
    stage = session.journey.stages[0]
    session.push(SetFields(session.document, stage.id, {"name": "Entdecken"}))
    assert window.undo_action.text().endswith("in ‘Entdecken’ umbenennen")
    session.undo()
    assert window.redo_action.text() == "Wieder&herstellen: Phase ‘Research’ in ‘Entdecken’ umbenennen"


def test_a_new_blank_map_in_a_german_editor_is_written_in_german(editor, speak, qtbot):
    speak("de")
    window = editor.new_from_template("blank")
    qtbot.waitExposed(window)
    assert window.windowTitle().startswith("Journey ohne Titel")
    journey = window.session.journey
    assert journey.language == "de" and journey.stages[0].name == "Aufmerksamkeit"
    assert window.view.map_scene.stages[journey.stages[0].id].box.title.lines == ("Aufmerksamkeit",)  # on the canvas


def test_the_status_bar_and_a_screen_reader_describe_the_selection_in_german(editor, speak, qtbot):
    from journeymap.templates import new_from_template

    speak("de")
    journey = new_from_template("online-purchase").model_copy(update={"language": "de"})
    window = editor.new_window(journey)
    qtbot.waitExposed(window)
    lane = next(lane for lane in journey.lanes if lane.cards)
    card = lane.cards[0]
    window.session.select([card.id])
    text = window.selection_label.text()
    assert text.startswith(f"Karte „{card.text}“ ausgewählt, in ") and " bei " in text, text
    assert "Aktionen" in text  # the untitled lane named in the map's language, as on the canvas
    window.session.select([c.id for c in lane.cards[:3]] + [journey.stages[0].steps[0].id])
    assert window.selection_label.text() == "3 Karten, 1 Schritt ausgewählt"
    from PySide6.QtGui import QAccessible

    canvas = QAccessible.queryAccessibleInterface(window.view)
    said = canvas.node_for(("card", card.id)).text(QAccessible.Text.Description)
    assert "Karte 1 von" in said and " in Aktionen bei " in said, said
    cell = canvas.node_for(("cell", lane.id, card.step)).text(QAccessible.Text.Description)
    assert cell.startswith("Zeile 1 von"), cell


def test_compare_lines_read_german_in_a_german_editor_and_the_command_line_keeps_english(editor, speak, qtbot):
    from journeymap.analysis.diff import diff_maps

    speak("de")
    old = base_map()
    window = editor.new_window(old.model_copy(deep=True))
    qtbot.waitExposed(window)
    step = old.stages[0].steps[0]
    window.session.push(SetFields(window.session.document, step.id, {"name": "Vergleicht Modelle"}))
    assert window.evidence.compare.start(old, "gespeichert")
    lines = [window.evidence.compare.panel.list.item(k).text()
             for k in range(window.evidence.compare.panel.list.count())]
    assert any(f"Schritt „{step.name}“ in „Vergleicht Modelle“ umbenannt" in line for line in lines), lines
    assert [mark.word for mark in window.evidence.compare.overlay.items] == ["Geändert"]  # the tag on the canvas too
    from journeymap.i18n import language

    with language("en"):  # a thread the editor did not set to its language (the command line's): English
        english = diff_maps(old, window.session.journey)
    assert any(d.text == f"Step '{step.name}' renamed to 'Vergleicht Modelle'" for d in english)


def test_a_damaged_file_is_explained_in_german_in_a_german_editor(editor, speak, tmp_path):
    from journeymap.io import MapFileError, load_map
    from journeymap.ui.open_error_dialog import plain_summary

    path = tmp_path / "kaputt.journey"
    path.write_text('{"format": "journeymap", "schema_version": 1, "title": "x"', "utf-8")
    with pytest.raises(MapFileError) as english:
        load_map(path)
    assert "the file ends too early" in str(english.value)
    speak("de")
    with pytest.raises(MapFileError) as german:
        load_map(path)  # what the editor's open shows
    said = plain_summary(german.value)
    assert said.startswith("Die Datei endet zu früh: sie scheint abgeschnitten (bei Zeile 1, Spalte "), said


def test_the_health_panels_rules_button_has_room_for_regeln_and_its_menu_arrow(editor, speak, qtbot):
    from PySide6.QtWidgets import QStyle

    speak("de")
    window = editor.new_window(base_map())
    qtbot.waitExposed(window)
    window.evidence.show_health()
    button = window.evidence.health.rules_button
    qtbot.wait(10)
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert button.text() == "Regeln"
    assert button.width() >= button.fontMetrics().horizontalAdvance("Regeln") + arrow + 8  # the arrow sat on the "n"
