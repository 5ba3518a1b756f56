"""Right-to-left text in the PDFs: shaped, in the right order on the page, and extracted in reading order."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from journeymap.export.pdf_digest import export_digest
from journeymap.export.pdf_poster import export_poster
from journeymap.export.pdf_text import LineWriter
from journeymap.layout import layout_map
from journeymap.layout.fonts import ARABIC, ITALIC, REGULAR, SLANT, register_fonts
from journeymap.layout.shaping import FontReport, line_width, shape
from journeymap.layout.text import text_width

from ..layout.maps import rtl_map

LINES = [
    "شراء سماعات عبر الإنترنت",
    "Order #4711 لم يصل",  # a mixed run: English, a number, Arabic
    "لم يصل الطلب رقم 4711 بعد",  # a number inside right-to-left text
    "لم يصل الطلب رقم ٤٧١١ بعد",  # ... in Arabic-Indic digits, which pypdf takes for letters
    "المبلغ ١٢٣٫٥ و ٦٧",  # an Arabic decimal separator, two numbers
    "المرحلة 1: الوعي",  # punctuation between a number and an Arabic word (a digest heading)
    "Order ٤٧١١ لم يصل",  # Arabic-Indic digits after a Latin word
    "Total ١٢٣ ok",
    "שָׁלוֹם, איפה החבילה שלי?",  # Hebrew with points (niqqud)
    "السلام (مهم) لا",  # brackets mirrored, lam-alef
    "مُحَمَّد يصل",  # Arabic vowel signs
    "Hello שלום world \U0001f600 ok",
]
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e]")


def _write(path, lines, face=REGULAR):
    register_fonts()
    c = Canvas(str(path))
    y = 780.0
    for line in lines:
        t = c.beginText()
        writer = LineWriter(t, 14)
        writer.line(72, y, shape(line, face))
        c.drawText(t)
        writer.draw_marks(c)
        y -= 30
    c.save()


def _pdftotext(path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    return _MARKS.sub("", subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                         check=True).stdout)


def test_each_line_is_extracted_in_reading_order_by_pypdf_and_pdftotext(tmp_path):
    _write(tmp_path / "t.pdf", LINES)
    assert PdfReader(tmp_path / "t.pdf").pages[0].extract_text().split("\n") == LINES
    text = _pdftotext(tmp_path / "t.pdf")
    if text is not None:  # poppler reorders by position: every word, in logical order, is found
        for word in re.sub("[,?:]", " ", " ".join(LINES)).split():  # poppler places punctuation its own way
            assert word in text, word


def test_arabic_is_joined_and_lam_alef_is_one_glyph_read_as_two_letters():
    (run,) = shape("لا", REGULAR)
    assert run.face == ARABIC and run.direction == "rtl"
    assert [g.text for g in run.glyphs] == ["لا"]  # one ligature glyph, two letters of text
    (alone,) = shape("ب", REGULAR)
    (joined,) = shape("ببب", REGULAR)
    assert alone.glyphs[0].gid not in {g.gid for g in joined.glyphs}  # initial, medial, final forms


def test_the_runs_of_a_mixed_line_are_in_visual_order():
    runs = shape("Order #4711 لم يصل", REGULAR)
    assert runs[0].text == "Order #4711 " and runs[0].direction == "ltr"
    assert [r.text for r in runs[1:]] == ["يصل", " ", "لم"]  # the Arabic words read right to left
    runs = shape("لم يصل الطلب رقم 4711 بعد", REGULAR)
    assert runs[0].text == "بعد" and runs[-1].text == "لم"
    assert any(r.text == "4711" and r.direction == "ltr" for r in runs)  # the number still reads left to right


def test_an_arabic_quote_in_italics_is_drawn_slanted_never_as_boxes():
    report = FontReport()
    runs = shape("«أريدها أن تعمل في القطار»", ITALIC, report)
    assert report.warnings == []
    assert ARABIC in {r.face for r in runs} and all(r.slant == SLANT for r in runs if r.face == ARABIC)
    assert all(g.gid != 0 for r in runs if r.glyphs for g in r.glyphs)


def test_right_to_left_text_is_measured_as_it_is_drawn():
    for line in LINES:
        assert text_width(line, REGULAR, 10) == pytest.approx(line_width(shape(line, REGULAR), 10), abs=1e-6)


def test_a_card_that_starts_right_to_left_is_set_flush_right_and_an_english_one_stays_left():
    layout = layout_map(rtl_map())
    by_text = {card.text.text: card.text for card in layout.cards.values()}
    assert by_text["لم يصل الطلب رقم 4711 بعد، لا أحد يرد"].align == "right"
    assert by_text["لم يصل الطلب رقم 4711 بعد، لا أحد يرد"].direction == "rtl"
    assert by_text["Order #4711 لم يصل"].align == "left"
    assert by_text["Pairs the headphones with the phone"].align == "left"


def test_every_word_of_a_mixed_arabic_hebrew_english_map_is_in_the_digest_in_reading_order(tmp_path):
    journey = rtl_map()
    report = FontReport()
    export_digest(journey, tmp_path / "d.pdf", report=report)
    export_poster(journey, tmp_path / "p.pdf", report=report)
    assert report.warnings == []
    texts = [card.text for lane in journey.lanes for card in lane.cards]
    texts += [stage.name for stage in journey.stages] + [step.name for st in journey.stages for step in st.steps]
    texts += [p.name for p in journey.personas] + [journey.title]
    extracted = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "d.pdf").pages)
    flat = " ".join(extracted.split())
    for text in texts:
        for word in text.split():
            assert word in flat, word
    poppler = _pdftotext(tmp_path / "d.pdf")
    if poppler is not None:
        for text in texts:
            for word in re.findall(r"\w+", text):
                assert word in poppler, word
