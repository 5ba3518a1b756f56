"""The editor speaks the user's language (Preferences, else the system's); Arabic mirrors the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from journeymap.i18n import system_language, ui_language
from journeymap.ui import prompts
from journeymap.ui.preferences import PreferencesDialog
from journeymap.ui.settings import Settings
from journeymap.ui.ui_language import UI_LANGUAGE, apply_ui_language


@pytest.fixture
def speaking(qapp, tmp_path):
    """Set the editor's language for one test; English (Qt's words too) and left to right afterwards."""
    yield lambda settings: apply_ui_language(qapp, settings)
    english = Settings(tmp_path / "english.json")
    english.set_choice(UI_LANGUAGE, "en")
    apply_ui_language(qapp, english)
    assert ui_language() == "en" and qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_a_german_user_gets_german_menus_and_the_map_keeps_its_own_language(editor, speaking, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de_DE:en")
    assert speaking(editor.settings) == "de_DE"  # the region's catalog first, then German
    window = editor.new_window()
    assert _menu_titles(window)[:4] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Map"]
    assert window.acts.save.text() == "&Speichern" and window.acts.save.statusTip() == "Speichert die Map"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.session.journey.language != "de"  # the map's own words are not touched
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own words speak German too
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_arabic_mirrors_the_window_and_its_menus_read_arabic(editor, speaking, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    editor.settings.set_choice(UI_LANGUAGE, "ar")  # the choice in Preferences wins over the system's
    assert speaking(editor.settings) == "ar"
    window = editor.new_window()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _menu_titles(window)[:3] == ["&ملف", "&تحرير", "&عرض"]


def test_a_language_without_a_translation_is_english(editor, speaking, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "sw_KE")
    assert speaking(editor.settings) == "en"
    assert _menu_titles(editor.new_window())[0] == "&File"


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANGUAGE": "fr_CA:en", "LANG": "de_DE.UTF-8"}, "fr_CA"),
    ({"LC_ALL": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"}, "es_ES"),
    ({"LANG": "ar_EG.UTF-8"}, "ar_EG"),
    ({"LANG": "C"}, "en"),
    ({}, "en"),
])
def test_the_system_language_is_read_as_gettext_does(environ, expected):
    assert system_language(environ) == expected


def test_the_language_chosen_in_preferences_is_kept_for_the_next_start(editor, qtbot, monkeypatch, tmp_path):
    window = editor.new_window()

    def choose_german(dialog: PreferencesDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_german)
    asked = []
    monkeypatch.setattr(prompts, "ask_restart", lambda parent: asked.append(parent) or False)  # "Later"
    window.preferences_action.trigger()
    assert Settings(editor.settings.path).choice(UI_LANGUAGE) == "de"
    assert asked == [window]
    assert ui_language() == "en"  # applies at the next start, as the dialog says
    assert editor.windows == [window]


def test_restart_now_closes_the_maps_and_starts_again_with_the_saved_ones(editor, qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QProcess

    from journeymap.io import save_map
    from journeymap.templates import new_from_template

    path = tmp_path / "Reise.journey"
    save_map(new_from_template("online-purchase"), path)
    saved = editor.open_path(path)
    untouched = editor.new_window()
    started = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append((program, args)) or True)
    monkeypatch.setattr(prompts, "ask_restart", lambda parent: True)

    def choose_french(dialog: PreferencesDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_french)
    saved.preferences_action.trigger()
    assert editor.windows == [] and not saved.isVisible() and not untouched.isVisible()
    assert len(started) == 1
    program, args = started[0]
    assert args[:2] == ["-m", "journeymap"] and args[2:] == [str(path)]  # the saved map opens again
    assert Settings(editor.settings.path).choice(UI_LANGUAGE) == "fr"


def test_an_arabic_editor_keeps_the_map_in_its_own_reading_order(editor, speaking, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "ar")
    speaking(editor.settings)
    window = editor.new_window()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.view.layoutDirection() == Qt.LayoutDirection.LeftToRight
