"""Window tests: an Editor whose windows are closed (without prompts) after each test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(no_message_boxes):
    """Every window test fails on a message box it did not answer (see the root conftest)."""


@pytest.fixture
def template_window(editor):
    """A window with the online-purchase template (or the richest one there is) open."""
    from journeymap.templates import list_templates, new_from_template

    names = [t.name for t in list_templates()]
    name = "online-purchase" if "online-purchase" in names else names[-1]
    return editor.new_window(new_from_template(name))


@pytest.fixture
def speak(qapp, editor, tmp_path):
    """Set the editor's language for one test, as Preferences does at start-up; English afterwards."""
    from journeymap.i18n import ui_language
    from journeymap.ui.settings import Settings
    from journeymap.ui.ui_language import UI_LANGUAGE, apply_ui_language

    def choose(code: str) -> None:
        editor.settings.set_choice(UI_LANGUAGE, code)
        apply_ui_language(qapp, editor.settings)
    yield choose
    english = Settings(tmp_path / "english.json")
    english.set_choice(UI_LANGUAGE, "en")
    apply_ui_language(qapp, english)
    assert ui_language() == "en"
