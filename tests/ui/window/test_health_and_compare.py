"""The Health panel (findings select their place, rules switch off, conflicts settle) and File > Compare With."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeymap.analysis.merge import merge_maps
from journeymap.commands import AddCard, SetFields
from journeymap.io import save_map
from journeymap.model import Card, LaneKind
from tests.analysis.test_diff_merge import base_map


@pytest.fixture
def window(editor, qtbot):
    win = editor.new_window(base_map())
    qtbot.waitExposed(win)
    return win


def click_item(qtbot, widget, item) -> None:
    rect = widget.visualItemRect(item)
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def finding_items(panel):
    return [panel.tree.item(k) for k in range(panel.tree.count())]


def test_clicking_a_finding_selects_its_place_on_the_canvas(window, qtbot):
    window.evidence.show_health()
    panel = window.evidence.health
    journey = window.session.journey
    item = next(i for i in finding_items(panel) if "Warning: Step 'Reads reviews' has no owner" in i.text())
    panel.tree.scrollToItem(item)
    click_item(qtbot, panel.tree, item)
    step_id = journey.stages[0].steps[0].id
    assert window.session.selection == (step_id,)
    assert window.view.map_scene.steps[step_id].isSelected()
    assert window.evidence.health_dock.windowTitle() == f"Health ({len(panel.findings)})"


def test_findings_follow_edits_and_rules_switch_off_per_map_in_one_undo_step(window, qtbot):
    panel = window.evidence.health
    journey = window.session.journey
    session = window.session
    reads = journey.stages[0].steps[0]
    pains = next(lane for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS)
    session.push(AddCard(session.document, pains.id, Card(step=reads.id, text="Fake reviews")))
    qtbot.waitUntil(lambda: any("Fake reviews" in i.text() for i in finding_items(panel)), timeout=3000)
    panel._fill_rules()
    action = next(a for a in panel.rules_menu.actions() if a.text().endswith("[pain-without-remedy]"))
    assert action.isChecked()
    action.trigger()
    assert journey.health.disabled_rules == ["pain-without-remedy"]
    assert not any("[pain-without-remedy]" in i.text() for i in finding_items(panel))
    assert "(1 rule off)" in panel.summary.text()
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: any("Fake reviews" in i.text() for i in finding_items(panel)), timeout=3000)
    assert journey.health.disabled_rules == []


def test_a_merge_conflict_is_settled_from_the_panel(editor, qtbot):
    base = base_map()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.stages[1].steps[0].name, theirs.stages[1].steps[0].name = "Pay", "Checkout"
    window = editor.new_window(merge_maps(base, ours, theirs).journey)
    qtbot.waitExposed(window)
    panel = window.evidence.health
    (item,) = [i for i in finding_items(panel) if i.text().startswith("Error: ")]
    assert "[merge-conflict]" in item.text()
    menu = panel.conflict_menu(panel.finding_at(item))
    keep, other = menu.actions()
    assert other.isEnabled()
    other.trigger()
    journey = window.session.journey
    assert (journey.stages[1].steps[0].name, journey.merge_conflicts) == ("Checkout", [])
    assert not any(i.text().startswith("Error: ") for i in finding_items(panel))
    window.session.undo_stack.undo()
    assert journey.stages[1].steps[0].name == "Pay" and len(journey.merge_conflicts) == 1


def test_compare_with_the_saved_version_highlights_what_changed(window, qtbot, tmp_path):
    path = tmp_path / "shop.journey"
    assert window.save_to(path)
    session = window.session
    journey = session.journey
    reads = journey.stages[0].steps[0]
    pains = next(lane for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS)
    card = Card(step=reads.id, text="Fake reviews")
    session.push(AddCard(session.document, pains.id, card))
    session.push(SetFields(session.document, reads.id, {"name": "Compares reviews"}))
    compare = window.evidence.compare
    window.evidence.compare_menu.aboutToShow.emit()
    assert window.evidence.compare_saved.isEnabled() and not window.evidence.compare_stop.isEnabled()
    window.evidence.compare_saved.trigger()
    assert compare.dock.isVisible()
    words = sorted(item.word for item in compare.overlay.items)
    assert words == ["Changed", "New"]
    layout = window.view.map_scene.layout
    new_mark = next(i for i in compare.overlay.items if i.word == "New")
    card_rect = layout.cards[card.id].rect
    assert new_mark.mark.rect.contains(card_rect.x + 1, card_rect.y + 1)
    assert "Compared with the saved “shop.journey”: 2 changes" in compare.panel.title.text()
    lines = [compare.panel.list.item(k).text() for k in range(compare.panel.list.count())]
    assert "Changed: Step 'Reads reviews' renamed to 'Compares reviews'" in lines
    window.view.map_scene.select_ids([])
    click_item(qtbot, compare.panel.list, compare.panel.list.item(lines.index(
        "New: Stage 'Research': card 'Fake reviews' added to Pain points at 'Compares reviews'")))
    assert session.selection == (card.id,)
    session.undo_stack.undo()  # the rename goes: the comparison follows
    qtbot.waitUntil(lambda: [i.word for i in compare.overlay.items] == ["New"], timeout=3000)
    save_map(session.journey, tmp_path / "other.journey")
    compare.stop()
    assert compare.overlay.items == [] and not compare.dock.isVisible()
    assert compare.with_file(tmp_path / "other.journey")
    assert compare.differences == [] and compare.overlay.items == []


def test_compare_with_an_earlier_saved_version(window, qtbot, tmp_path, monkeypatch):
    from journeymap.ui.compare.sources import EarlierVersionDialog

    path = tmp_path / "shop.journey"
    assert window.save_to(path)
    session = window.session
    stage = session.journey.stages[0]
    session.push(SetFields(session.document, stage.id, {"name": "Look around"}))
    assert window.save()  # the first version is kept among the backups

    def choose_newest_backup(dialog):
        rows = [dialog.list.item(k).text() for k in range(dialog.list.count())]
        assert len(rows) == 1 and rows[0].endswith(" — Shop (2 stages · 2 steps · 2 cards · 1 persona)")
        dialog.show()
        qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(EarlierVersionDialog, "exec", choose_newest_backup)
    window.evidence.compare_menu.aboutToShow.emit()
    assert window.evidence.compare_earlier.isEnabled()
    window.evidence.compare_earlier.trigger()
    compare = window.evidence.compare
    assert [d.text for d in compare.differences] == ["Stage 'Research' renamed to 'Look around'"]
    (mark,) = compare.overlay.items
    assert mark.word == "Changed"
    assert compare.panel.title.text().startswith("Compared with the version saved ")


def test_f6_reaches_the_health_panel(window, qtbot):
    window.evidence.show_health()
    window.view.setFocus()
    seen = []
    for _ in range(8):
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_F6)
        seen.append(window.focusWidget())
    assert any(w is not None and (w is window.evidence.health or window.evidence.health.isAncestorOf(w))
               for w in seen)
