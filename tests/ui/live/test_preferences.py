"""Edit > Preferences…: your name and colour, the same name the comments are signed with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from journeymap.ui.comments.your_name import your_name
from journeymap.ui.preferences import PreferencesDialog, default_colour, load_identity


def test_preferences_keep_the_name_comments_are_signed_with_and_a_colour(editor, qtbot, monkeypatch):
    window = editor.new_window()
    assert load_identity(editor.settings).colour == default_colour(load_identity(editor.settings).name)

    def fill_in(dialog: PreferencesDialog) -> int:
        dialog.name_edit.clear()
        QTest.keyClicks(dialog.name_edit, "Cy Okafor")
        QTest.mouseClick(dialog.swatches.buttons()[4], Qt.MouseButton.LeftButton)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", fill_in)
    window.preferences_action.trigger()
    assert your_name(editor.settings) == "Cy Okafor"  # what a comment is signed with
    assert load_identity(editor.settings).colour == "#7b4fa0"
    assert window.comments.panel.name_button.text() == "You: Cy Okafor"
