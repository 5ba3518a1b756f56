"""In every shipped language each menu keeps one item per Alt letter, and the menus' items speak that language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from journeymap.i18n import tr
from journeymap.ui.settings import Settings
from journeymap.ui.ui_language import UI_LANGUAGE, apply_ui_language


@pytest.fixture
def speaking(qapp, tmp_path):
    yield lambda settings: apply_ui_language(qapp, settings)
    english = Settings(tmp_path / "english.json")
    english.set_choice(UI_LANGUAGE, "en")
    apply_ui_language(qapp, english)


def _clashes(menu) -> list[str]:
    """Items of ``menu`` and its submenus whose Alt letter an earlier item of the same menu already takes."""
    if isinstance(menu, QMenu):
        menu.aboutToShow.emit()  # menus filled as they open (recent files, compare, lanes) are filled now
    seen: dict[str, str] = {}
    clashes = []
    for action in menu.actions():
        text = action.text().replace("&&", "")
        if "&" in text:
            key = text[text.index("&") + 1].casefold()
            if key in seen:
                clashes.append(f"{seen[key]} / {text}")
            seen[key] = text
        if action.menu() is not None:
            clashes += _clashes(action.menu())
    return clashes


@pytest.mark.parametrize("code", ["de", "fr", "es", "ar"])
def test_each_menu_has_one_item_per_alt_letter_and_speaks_the_language(editor, speaking, code):
    editor.settings.set_choice(UI_LANGUAGE, code)
    speaking(editor.settings)
    window = editor.new_window()
    assert _clashes(window.menuBar()) == []
    live = window.live.share_action
    live.setText(tr("Show Live &Link…"))  # the File menu of a live map, with its personal undo and redo
    assert _clashes(window.file_menu) == []
    english = {"&Import Research Data…", "Compare &With", "Share &Live…", "Add Pict&ure…", "Co&nnect Cards",
               "Persona &Library", "&Health Check", "Add &Comment…", "Presen&t On", "&Workshop View…", "&Undo"}
    shown = {a.text() for menu in (window.file_menu, window.map_menu, window.menuBar().actions()[2].menu())
             for a in menu.actions()} | {window.undo_action.text()}
    assert shown.isdisjoint(english), shown & english
