"""The Outline and its screen-reader words speak the editor's language; the map's names stay as written."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from journeymap.i18n import set_ui_language
from journeymap.templates import new_from_template
from journeymap.ui.a11y.colour_names import colour_name
from journeymap.ui.a11y.phrases import plural

from .test_outline_speaks import row_interfaces

Text = QAccessible.Text


@pytest.fixture
def german_window(editor, qtbot):
    set_ui_language("de")  # the suite's autouse fixture puts English back afterwards
    window = editor.new_window(new_from_template("online-purchase"))
    qtbot.waitExposed(window)
    return window


def test_a_german_editor_shows_the_outline_in_german_and_the_map_as_written(german_window):
    outline = german_window.outline
    root = outline.tree.topLevelItem(0)
    assert root.text(0) == "Buying headphones online"  # the map's title: its own words
    assert [root.child(k).text(0) for k in range(root.childCount())] == [
        "Phasen", "Zeilen", "Emotionskurven", "Pfeile", "Personas"]
    journey = german_window.session.journey
    research = outline.item_for(journey.stages[1].id)
    assert research.text(0) == "Phase: Research"
    assert [research.child(k).text(0) for k in range(research.childCount())] == [
        "Schritt: Compares models", "Schritt: Reads reviews", "Schritt: Checks the delivery date  ★ Moment of Truth"]
    outline.tree.expandAll()
    rows = row_interfaces(outline.tree)
    assert rows["Phase: Research"].text(Text.Description) == "Phase 2 von 5, 3 Schritte, Ebene 3"
    assert rows["Karte: No codec list on the product page"].text(Text.Description) == (
        "beobachtet, 2 Stimmen, Karte 2 von 2 in Pain points bei Compares models (Research), Ebene 4")
    assert outline.tree.accessibleName() == "Gliederung der Map"


def test_counts_follow_the_plural_rules_of_the_editors_language():
    set_ui_language("ar")
    assert [plural(n, "step") for n in (0, 1, 2, 3, 11, 100)] == [
        "لا خطوات", "خطوة واحدة", "خطوتان", "3 خطوات", "11 خطوة", "100 خطوة"]
    set_ui_language("fr")
    assert (plural(0, "card"), plural(2, "card")) == ("0 carte", "2 cartes")  # French: zero is singular
    assert colour_name("#dbe9f6") == "bleu pâle"
    set_ui_language("de")
    assert colour_name("#dbe9f6") == "blassblau"
