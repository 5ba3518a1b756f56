"""File > Export… with "Empathy maps": persona, layout, blank sheet, page size; remembered choices."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from journeymap.model import Note
from journeymap.ui.export_dialog import ExportDialog
from journeymap.ui.settings import Settings
from tests.empathy.sample import two_persona_journey


@pytest.fixture
def window(editor):
    """Ana has notes in the four quadrants (nothing the quadrant layout would print apart); Ben has none."""
    journey = two_persona_journey()
    em = journey.personas[0].empathy_map
    em.says.append(Note(text="Where is my parcel"))
    em.thinks.append(Note(text="Is this the right size"))
    em.does.append(Note(text="Compares three models"))
    em.feels.append(Note(text="Nervous at checkout"))
    return editor.new_window(journey)


def _dialog(window, **preset) -> ExportDialog:
    return ExportDialog(window.session, window.editor.settings, window, **preset)


def _choose(box, value) -> None:
    """As a user picking an entry (the activated signal, as a mouse or keyboard choice sends)."""
    row = box.findData(value)
    assert row >= 0, value
    box.setCurrentIndex(row)
    box.activated.emit(row)


def _empathy(dialog, out, persona, blank=False) -> None:
    _choose(dialog.what_box, "empathy")
    dialog.path_edit.setText(str(out))
    _choose(dialog.persona_box, persona)
    dialog.blank.setChecked(blank)
    dialog.open_after.setChecked(False)


def _text(path) -> str:
    """The PDF's words with line breaks as spaces (notes wrap inside their sticky note)."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def test_exporting_a_personas_empathy_map_writes_a_pdf_with_its_notes(window, tmp_path):
    ana = window.session.journey.personas[0]
    dialog = _dialog(window)
    _empathy(dialog, tmp_path / "ana.pdf", ana.id)
    assert dialog.run_export()
    text = _text(tmp_path / "ana.pdf")
    for words in ("Ana Shopper", "Says", "Where is my parcel", "Is this the right size",
                  "Compares three models", "Nervous at checkout"):
        assert words in text
    assert dialog.result_path == tmp_path / "ana.pdf"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ana.pdf")]  # no temporary file left


def test_a_blank_workshop_template_has_the_headings_and_no_notes(window, tmp_path):
    dialog = _dialog(window)
    _empathy(dialog, tmp_path / "blank.pdf", window.session.journey.personas[0].id, blank=True)
    _choose(dialog.style_box, "canvas")
    assert dialog.run_export()
    text = _text(tmp_path / "blank.pdf")
    for heading in ("See", "Say", "Hear", "Pains", "Gains", "What are they hearing others say?"):
        assert heading in text
    assert "Where is my parcel" not in text and "Nervous at checkout" not in text


def test_all_personas_gives_one_page_per_persona(window, tmp_path):
    dialog = _dialog(window)
    _empathy(dialog, tmp_path / "all.pdf", "all")
    _choose(dialog.page_box, "A3")
    assert dialog.run_export()
    pages = PdfReader(str(tmp_path / "all.pdf")).pages
    assert len(pages) == 2
    assert "Ana Shopper" in pages[0].extract_text() and "Ben Banker" in pages[1].extract_text()
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (round(width), round(height)) == (1191, 842)  # A3, landscape by default


def test_choosing_what_to_export_shows_only_its_options(window, tmp_path):
    dialog = _dialog(window)
    form = dialog.form
    _choose(dialog.what_box, "journey")
    assert form.isRowVisible(dialog.layout_box)
    assert not any(form.isRowVisible(w) for w in (dialog.persona_box, dialog.style_box, dialog.blank))
    _choose(dialog.what_box, "empathy")
    assert not form.isRowVisible(dialog.layout_box)
    assert all(form.isRowVisible(w) for w in (dialog.persona_box, dialog.style_box, dialog.blank))
    assert dialog.out_path().stem.endswith("-empathy")
    a0 = dialog.page_box.findData("A0")
    assert not dialog.page_box.model().item(a0).isEnabled()  # empathy maps stop at A1
    dialog.path_edit.setText(str(tmp_path / "map.csv"))
    assert not dialog.export_button.isEnabled()  # a table is for the journey only
    dialog.path_edit.setText(str(tmp_path / "map.png"))
    assert dialog.dpi.isEnabled() and dialog.export_button.isEnabled()


def test_the_layout_follows_the_chosen_persona_and_all_may_keep_each_ones_own(window):
    from journeymap.model import EmpathyStyle

    window.session.journey.personas[1].empathy_map.style = EmpathyStyle.CANVAS
    ana, ben = window.session.journey.personas
    dialog = _dialog(window)
    _choose(dialog.what_box, "empathy")
    _choose(dialog.persona_box, ben.id)
    assert dialog.style_box.currentData() == "canvas"
    _choose(dialog.persona_box, ana.id)
    assert dialog.style_box.currentData() == "quadrants"
    _choose(dialog.persona_box, "all")
    assert dialog.style_box.currentData() == ""  # each persona's own layout


def test_empathy_choices_are_remembered_by_a_new_dialog(window, tmp_path):
    ben = window.session.journey.personas[1]
    dialog = _dialog(window)
    _empathy(dialog, tmp_path / "ben.svg", ben.id, blank=True)
    _choose(dialog.style_box, "canvas")
    _choose(dialog.page_box, "A2")
    _choose(dialog.orientation_box, "portrait")
    assert dialog.run_export()
    assert (tmp_path / "ben.svg").read_text(encoding="utf-8").lstrip().startswith("<")
    again = ExportDialog(window.session, Settings(), window)
    assert again.what() == "empathy"
    assert again.persona_box.currentData() == ben.id
    assert again.style_box.currentData() == "canvas"
    assert again.blank.isChecked()
    assert (again.page_box.currentData(), again.orientation_box.currentData()) == ("A2", "portrait")
    assert (again.out_path().parent, again.out_path().suffix) == (tmp_path, ".svg")
    _choose(again.what_box, "journey")  # the journey keeps its own page size
    assert again.page_box.currentData() == "A3"


def test_an_empathy_export_that_cannot_be_written_says_why_and_stays_open(window, tmp_path):
    dialog = _dialog(window)
    _empathy(dialog, tmp_path / "gone" / "ana.pdf", window.session.journey.personas[0].id)
    assert not dialog.run_export()
    assert "does not exist" in dialog.problem.text() and "Traceback" not in dialog.problem.text()


def test_the_dialog_can_be_preset_to_a_persona(window):
    ben = window.session.journey.personas[1]
    dialog = _dialog(window, persona_id=ben.id)
    assert dialog.what() == "empathy" and dialog.persona_box.currentData() == ben.id


def test_the_boards_export_button_opens_the_dialog_preset_to_its_persona(window, qtbot):
    from PySide6.QtCore import Qt

    ben = window.session.journey.personas[1]
    window._open_empathy_board(ben.id)
    board_window = next(w for w in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                        if w.accessibleName() == "Empathy map window")
    board = board_window.board
    assert board.export_button.isEnabled()
    qtbot.mouseClick(board.export_button, Qt.MouseButton.LeftButton)
    dialog = board_window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.what() == "empathy"
    assert dialog.persona_box.currentData() == ben.id
    assert dialog.style_box.currentData() == ben.empathy_map.style.value
    dialog.reject()
    board_window.close()
