"""File > Export… for the poster, hidden lanes and the web page: what the person exporting sees and clicks."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeymap.templates import new_from_template
from journeymap.ui.export_dialog import ExportDialog


def _dialog(window) -> ExportDialog:
    dialog = ExportDialog(window.session, window.editor.settings, window)
    dialog.open_after.setChecked(False)
    return dialog


def _choose(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def test_a_poster_too_small_to_read_says_so_and_switches_to_tiled_in_one_click(template_window, tmp_path, qtbot):
    dialog = _dialog(template_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(str(tmp_path / "map.pdf"))
    _choose(dialog.layout_box, "poster")
    _choose(dialog.page_box, "A4")
    assert dialog.notice.isVisible()
    assert "pt" in dialog.notice.label.text() and "6 pt" in dialog.notice.label.text()
    assert dialog.notice.smallest is not None and dialog.notice.smallest < 6
    assert dialog.grab().save(str(tmp_path / "export-dialog.png"))
    QTest.mouseClick(dialog.notice.button, Qt.MouseButton.LeftButton)
    assert dialog.layout_box.currentData() == "tiled"
    assert not dialog.notice.isVisible()
    _choose(dialog.layout_box, "poster")
    _choose(dialog.page_box, "A0")
    assert not dialog.notice.isVisible()  # a template's text is readable on A0


def test_the_poster_chooses_its_orientation_and_its_fit(template_window, tmp_path):
    dialog = _dialog(template_window)
    out = tmp_path / "map.pdf"
    dialog.path_edit.setText(str(out))
    _choose(dialog.layout_box, "poster")
    auto = dialog.orientation_box.findData("auto")
    assert dialog.orientation_box.model().item(auto).isEnabled()
    assert dialog.orientation_box.itemText(auto) == "Automatic (larger print)"
    _choose(dialog.page_box, "A3")
    dialog.orientation_box.setCurrentIndex(auto)
    assert dialog.fit_box.isEnabled() and dialog.fit_box.currentData() == "bands"
    assert dialog.run_export()
    box = PdfReader(out).pages[0].mediabox
    assert float(box.width) < float(box.height)  # two bands fill a portrait A3 best
    dialog = _dialog(template_window)
    dialog.path_edit.setText(str(tmp_path / "m.png"))
    assert not dialog.fit_box.isEnabled()


def test_hidden_lanes_are_left_out_unless_the_box_is_ticked(editor, tmp_path, qtbot):
    journey = new_from_template("online-purchase")
    lane = journey.lanes[-1]
    lane.hidden = True
    secret = lane.cards[0].text if lane.cards else None
    assert secret
    window = editor.new_window(journey)
    dialog = _dialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    _choose(dialog.layout_box, "digest")
    dialog.path_edit.setText(str(tmp_path / "a.pdf"))
    assert not dialog.include_hidden.isChecked()
    assert dialog.run_export()
    text = " ".join("".join(p.extract_text() for p in PdfReader(tmp_path / "a.pdf").pages).split())
    assert " ".join(secret.split()) not in text
    dialog = _dialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(str(tmp_path / "b.pdf"))
    QTest.mouseClick(dialog.include_hidden, Qt.MouseButton.LeftButton, pos=dialog.include_hidden.rect().center())
    assert dialog.include_hidden.isChecked()
    assert dialog.run_export()
    text = " ".join("".join(p.extract_text() for p in PdfReader(tmp_path / "b.pdf").pages).split())
    assert " ".join(secret.split()) in text
    dialog = _dialog(window)
    assert dialog.include_hidden.isChecked()  # remembered
    dialog.path_edit.setText(str(tmp_path / "c.csv"))
    assert not dialog.include_hidden.isEnabled()  # the CSV keeps every lane, marked


def test_the_dialog_exports_the_map_as_a_web_page(template_window, tmp_path):
    dialog = _dialog(template_window)
    out = tmp_path / "map.html"
    dialog.path_edit.setText(str(out))
    assert dialog.format_label.text().startswith("Web page")
    assert not dialog.page_box.isEnabled() and not dialog.layout_box.isEnabled()
    assert dialog.run_export()
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and template_window.session.journey.title in page


def test_a_french_editor_writes_the_posters_smallest_text_size_with_a_decimal_comma(editor, qapp, tmp_path, qtbot):
    from journeymap.ui.settings import Settings
    from journeymap.ui.ui_language import UI_LANGUAGE, apply_ui_language

    editor.settings.set_choice(UI_LANGUAGE, "fr")
    apply_ui_language(qapp, editor.settings)
    try:
        window = editor.new_window(new_from_template("online-purchase"))
        dialog = _dialog(window)
        dialog.path_edit.setText(str(tmp_path / "map.pdf"))
        _choose(dialog.layout_box, "poster")
        _choose(dialog.page_box, "A4")
        smallest = dialog.notice.smallest
        assert smallest is not None and smallest < 6
        words = dialog.notice.label.text()
        assert f"{smallest:.1f}".replace(".", ",") + "\u00a0pt" in words.replace(" pt", "\u00a0pt"), words
        assert f"{smallest:.1f} pt" not in words
    finally:
        english = Settings(tmp_path / "english.json")
        english.set_choice(UI_LANGUAGE, "en")
        apply_ui_language(qapp, english)
