"""The editor speaks the user's language (the system's, or the one chosen in Preferences); exports keep the map's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from journeymap.i18n import _ as map_words
from journeymap.i18n import language
from journeymap.i18n.ui import _ as _ui
from journeymap.i18n.ui import choose, system_language, ui_language
from journeymap.ui.app import Editor
from journeymap.ui.preferences import PreferencesDialog
from journeymap.ui.settings import Settings


def _editor_in(qapp, code: str) -> Editor:
    settings = Settings()
    settings.set_choice("ui_language", code)
    return Editor(qapp, settings)


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.fixture
def close_windows(monkeypatch, qapp):
    editors: list[Editor] = []
    yield editors
    from journeymap.ui import prompts

    monkeypatch.setattr(prompts, "ask_save_changes", lambda *_a: "discard")
    for ed in editors:
        for window in list(ed.windows):
            window.close()
    qapp.processEvents()


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANGUAGE": "pt_BR:de", "LANG": "en_US.UTF-8"}, "de"),  # the first shipped language of the list
    ({"LANGUAGE": "pt_BR", "LC_ALL": "fr_FR.UTF-8"}, "fr_FR"),  # none shipped: the locale decides
    ({"LC_MESSAGES": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"}, "es_ES"),
    ({"LANG": "ar_EG.UTF-8"}, "ar_EG"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, None),  # nothing said: the editor asks Qt's QLocale.system()
])
def test_the_system_language_is_read_as_gettext_reads_it(environ, expected):
    assert system_language(environ) == expected


def test_the_preference_wins_over_the_system_and_an_unknown_language_is_english():
    assert choose("de", "fr_FR") == "de"
    assert choose("", "es_ES") == "es_ES"
    assert choose("", "ja_JP") == "en"


def test_a_german_user_gets_german_menus_and_a_french_map_still_exports_in_french(qapp, close_windows):
    editor = _editor_in(qapp, "de")
    close_windows.append(editor)
    window = editor.new_window()
    assert ui_language() == "de"
    assert _menu_titles(window)[:4] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Map"]
    assert window.acts.save.text() == "&Speichern"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    with language("fr"):  # what an export does: the map's language, not the editor's
        assert map_words("Actions") == "Actions"
        assert map_words("Pain points") == "Points de friction"


def test_arabic_mirrors_the_window_but_not_the_canvas(qapp, close_windows):
    editor = _editor_in(qapp, "ar")
    close_windows.append(editor)
    window = editor.new_window()
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _menu_titles(window)[:3] == ["&ملف", "&تحرير", "&عرض"]


def test_the_language_chosen_in_preferences_is_kept_for_the_next_start(editor, qtbot):
    dialog = PreferencesDialog(editor.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.findChild(QComboBox)
    assert box.currentData() == ""  # follows the system until the user chooses
    assert "restart" in dialog.language_note.text()
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_End)  # the last language offered: Arabic
    assert box.currentText() == "العربية"
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ui_language() == "en"  # nothing changes under the open windows
    assert Settings(editor.settings.path).choice("ui_language") == "ar"  # read again at the next start
    again = PreferencesDialog(Settings(editor.settings.path))
    qtbot.addWidget(again)
    assert again.language_box.currentText() == "العربية"
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight


def _accelerators_clash(menu) -> list[str]:
    """Items of ``menu`` (and its submenus) whose Alt+letter another item of the same menu already takes."""
    if hasattr(menu, "aboutToShow"):
        menu.aboutToShow.emit()  # menus filled when they open (recent files, compare) are filled now
    seen: dict[str, str] = {}
    clashes = []
    for action in menu.actions():
        text = action.text().replace("&&", "")
        if "&" in text:
            key = text[text.index("&") + 1].lower()
            if key in seen:
                clashes.append(f"{seen[key]} / {text}")
            seen[key] = text
        if action.menu() is not None:
            clashes += _accelerators_clash(action.menu())
    return clashes


@pytest.mark.parametrize("code", ["de", "fr", "es", "ar"])
def test_every_menu_keeps_one_item_per_alt_letter_in_each_language(qapp, close_windows, code):
    editor = _editor_in(qapp, code)
    close_windows.append(editor)
    window = editor.new_window()
    assert _accelerators_clash(window.menuBar()) == []
    window.live.share_action.setText(_ui("Show Live &Link…"))  # the File menu of a live map
    assert _accelerators_clash(window.file_menu) == []
