"""File > Export…: writes the chosen format, remembers the options, explains failures."""

from __future__ import annotations

from journeymap.commands import SetFields
from journeymap.ui.export_dialog import ExportDialog
from journeymap.ui.settings import Settings


def test_export_to_pdf_writes_the_file_and_remembers_the_options(template_window, tmp_path):
    w = template_window
    dialog = ExportDialog(w.session, w.editor.settings, w)
    out = tmp_path / "map.pdf"
    dialog.path_edit.setText(str(out))
    dialog.page_box.setCurrentIndex(dialog.page_box.findData("A4"))
    dialog.orientation_box.setCurrentIndex(dialog.orientation_box.findData("portrait"))
    dialog.open_after.setChecked(False)
    assert dialog.format_label.text() == "PDF document"
    assert dialog.run_export()
    assert out.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".map.pdf")]
    again = ExportDialog(w.session, Settings(), w)
    assert again.page_box.currentData() == "A4"
    assert again.orientation_box.currentData() == "portrait"
    assert again.out_path().parent == tmp_path


def test_the_format_comes_from_the_extension_and_only_its_options_are_enabled(template_window, tmp_path):
    dialog = ExportDialog(template_window.session, template_window.editor.settings, template_window)
    dialog.path_edit.setText(str(tmp_path / "map.png"))
    assert dialog.dpi.isEnabled() and not dialog.page_box.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "map.txt"))
    assert not dialog.export_button.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "map.pdf"))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("digest"))
    assert dialog.page_box.currentData() in ("A4", "letter")
    assert not dialog.orientation_box.isEnabled()


def test_an_export_into_a_missing_folder_says_why_and_stays_open(template_window, tmp_path):
    dialog = ExportDialog(template_window.session, template_window.editor.settings, template_window)
    dialog.path_edit.setText(str(tmp_path / "gone" / "map.pdf"))
    dialog.open_after.setChecked(False)
    assert not dialog.run_export()
    assert "does not exist" in dialog.problem.text()


def _pages(pdf) -> int:
    return pdf.read_bytes().count(b"/Type /Page\n") or pdf.read_bytes().count(b"/Type /Page ")


def test_tiled_can_choose_the_orientation_that_needs_fewer_sheets(template_window, tmp_path):
    from journeymap.export.targets import export_to
    from journeymap.layout.shaping import FontReport

    dialog = ExportDialog(template_window.session, template_window.editor.settings, template_window)
    auto = dialog.orientation_box.findData("auto")
    dialog.path_edit.setText(str(tmp_path / "map.pdf"))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("digest"))
    assert not dialog.orientation_box.model().item(auto).isEnabled()
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("tiled"))
    assert dialog.orientation_box.model().item(auto).isEnabled()
    dialog.page_box.setCurrentIndex(dialog.page_box.findData("A4"))
    dialog.orientation_box.setCurrentIndex(auto)
    dialog.open_after.setChecked(False)
    assert dialog.run_export()
    sheets = {}
    for orientation in (None, "landscape", "portrait"):
        out = tmp_path / f"{orientation}.pdf"
        export_to(template_window.session.journey, out, ".pdf", "tiled", "A4", orientation, 150, FontReport())
        sheets[orientation] = _pages(out)
    assert _pages(tmp_path / "map.pdf") == sheets[None] == min(sheets["landscape"], sheets["portrait"])
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("digest"))
    assert not dialog.orientation_box.isEnabled(), "a digest is portrait"
    dialog.path_edit.setText(str(tmp_path / "map.html"))
    dialog.path_edit.setText(str(tmp_path / "map.pdf"))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("tiled"))
    assert dialog.orientation_box.currentData() == "auto", "the choice survives a look at another format"


def test_what_an_export_could_not_draw_is_shown_in_full_not_only_counted(template_window, tmp_path, monkeypatch):
    from journeymap.layout import shaping
    from journeymap.ui import prompts

    monkeypatch.setattr(shaping, "system_font_for", lambda ch, previous=None: None)  # a machine without CJK fonts
    w = template_window
    card = w.session.journey.lanes[0].cards[0]
    w.session.push(SetFields(w.session.document, card.id, {"text": "\u6ce8\u6587 confirmed"}))
    shown = []
    monkeypatch.setattr(prompts, "show_warnings", lambda parent, title, text, warnings: shown.append((text, warnings)))
    dialog = ExportDialog(w.session, w.editor.settings, w)
    dialog.path_edit.setText(str(tmp_path / "map.pdf"))
    dialog.open_after.setChecked(False)
    assert dialog.run_export()
    [(text, warnings)] = shown
    assert text == "Exported map.pdf, with one thing to check:"
    assert len(warnings) == 1 and "CJK text" in warnings[0] and "fonts-wqy-microhei" in warnings[0]
    assert "(1 warning)" in w.statusBar().currentMessage()


def test_an_export_that_drew_everything_asks_nothing(template_window, tmp_path, monkeypatch):
    from journeymap.ui import prompts

    shown = []
    monkeypatch.setattr(prompts, "show_warnings", lambda *a: shown.append(a))
    dialog = ExportDialog(template_window.session, template_window.editor.settings, template_window)
    dialog.path_edit.setText(str(tmp_path / "map.pdf"))
    dialog.open_after.setChecked(False)
    assert dialog.run_export()
    assert shown == [] and "warning" not in template_window.statusBar().currentMessage()
