"""The editor's Export never writes over a journey map, whatever the name or link points at."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeymap.io import load_map, save_map
from journeymap.ui.export_dialog import ExportDialog
from tests.model.sample import sample_map


def test_exporting_onto_a_link_to_a_map_says_why_and_leaves_the_map(template_window, qtbot, tmp_path):
    the_map = tmp_path / "workshop.journey"
    journey = sample_map()
    journey.title = "Workshop map"
    save_map(journey, the_map)
    (tmp_path / "poster.pdf").symlink_to(the_map)
    dialog = ExportDialog(template_window.session, template_window.editor.settings, template_window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "poster.pdf"))
    dialog.open_after.setChecked(False)
    dialog.show()
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisible()
    assert "journey map" in dialog.problem.text() and "another name" in dialog.problem.text()
    assert load_map(the_map).title == "Workshop map"  # was a PDF
