"""File > New from Template is a gallery: thumbnails drawn from each template's layout, what each holds,
a search field; File > Save as Template adds the user's own maps to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeymap.paths import templates_dir
from journeymap.templates import list_templates
from journeymap.ui import prompts
from journeymap.ui.new_dialog import NewMapDialog


def _open_gallery(qtbot, parent=None) -> NewMapDialog:
    dialog = NewMapDialog(parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click(dialog: NewMapDialog, name: str) -> None:
    item = next(dialog.list.item(k) for k in range(dialog.list.count())
                if dialog.list.item(k).data(Qt.ItemDataRole.UserRole) == name)
    dialog.list.scrollToItem(item)
    rect = dialog.list.visualItemRect(item)
    QTest.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())


def test_every_template_has_a_thumbnail_and_its_contents_beside_it(qtbot):
    dialog = _open_gallery(qtbot)
    names = [t.name for t in list_templates()]
    assert dialog.shown() == names
    icons = [dialog.list.item(k).icon() for k in range(dialog.list.count())]
    assert all(not icon.isNull() for icon in icons)
    first, second = (icon.pixmap(120, 68).toImage() for icon in icons[1:3])
    assert first != second  # two templates are told apart at a glance
    _click(dialog, "hotel-blueprint")
    text = dialog.details.text()
    for words in ("Personas:", "Amira Haddad", "Stages:", "Lanes:", "Frontstage", "Backstage"):
        assert words in text
    assert dialog.chosen() == "hotel-blueprint"


def test_the_search_field_filters_by_title_persona_stage_or_lane(qtbot):
    dialog = _open_gallery(qtbot)
    QTest.keyClicks(dialog.search, "support processes")
    assert dialog.shown() == ["hotel-blueprint"]
    dialog.search.clear()
    QTest.keyClicks(dialog.search, "maya")
    assert dialog.shown() == ["online-purchase"]
    assert dialog.chosen() == "online-purchase"
    dialog.search.clear()
    QTest.keyClicks(dialog.search, "no such words anywhere")
    assert dialog.shown() == [] and not dialog.create_button.isEnabled()


def test_save_as_template_adds_the_map_to_the_gallery_and_a_new_map_starts_from_it(template_window, qtbot,
                                                                                      monkeypatch):
    w = template_window
    w.session.document.set_fields(w.session.journey.stages[0].id, {"name": "Spots the ad"})
    monkeypatch.setattr(prompts, "ask_text", lambda *_a: "Our headphone journey")
    w.acts.save_as_template.trigger()
    saved = list(templates_dir().glob("*.journey"))
    assert [p.name for p in saved] == ["our-headphone-journey.journey"]
    assert "Save as template" not in w.statusBar().currentMessage() and "template" in w.statusBar().currentMessage()
    dialog = _open_gallery(qtbot, w)
    mine = "user:our-headphone-journey"
    assert mine in dialog.shown()
    label = next(dialog.list.item(k).text() for k in range(dialog.list.count())
                 if dialog.list.item(k).data(Qt.ItemDataRole.UserRole) == mine)
    assert label == "Our headphone journey (yours)"
    QTest.keyClicks(dialog.search, "yours")
    assert dialog.shown() == [mine]
    assert "Your template" in dialog.details.text()
    QTest.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    window = w.editor.new_from_template(dialog.chosen())
    assert window is not None and window.session.journey.title == "Our headphone journey"
    assert window.session.journey.stages[0].name == "Spots the ad"
    assert window.session.journey.id != w.session.journey.id and window.session.path is None
