"""Hindi, Thai and the other scripts whose letters change by their neighbours are spelt right in a PDF.

Drawn letter by letter (ReportLab's own text), Devanagari loses its conjuncts and puts a vowel sign after
the consonant it is written before; the shaped line keeps them, and the PDF's text still reads as typed.
The test brings its own Devanagari font (Noto Sans Devanagari, OFL) as a font of "this system".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap.export.targets import export_to
from journeymap.layout import fonts
from journeymap.layout.shaping import FontReport, shape
from journeymap.templates import new_from_template

FONT = Path(__file__).resolve().parents[1] / "fonts" / "NotoSansDevanagari-Regular.ttf"
TITLE = "ग्राहक यात्रा"  # "customer journey": two conjuncts (ग्र, त्र) and vowel signs after them
CARD = "किताबें देखता है"  # "looks at books": कि is drawn with its vowel sign before the consonant


@pytest.fixture
def devanagari_font(tmp_path, monkeypatch):
    """A machine whose only font for Devanagari is Noto Sans Devanagari, found in its font folder."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    shutil.copy(FONT, folder / FONT.name)
    monkeypatch.setattr(fonts, "font_folders", lambda: [folder])
    monkeypatch.setattr(fonts, "_CJK_CANDIDATES", ())
    monkeypatch.setattr(fonts, "_found_fonts", [])
    monkeypatch.setattr(fonts, "_blocks_without_font", set())
    fonts._find_system_font.cache_clear()
    yield folder
    fonts._find_system_font.cache_clear()


def test_a_devanagari_line_is_shaped_into_its_conjuncts(devanagari_font):
    report = FontReport()
    runs = shape(TITLE, report=report)
    assert report.warnings == []
    word = next(run for run in runs if run.text.startswith("ग"))
    assert word.glyphs is not None, "drawn letter by letter"
    assert len(word.glyphs) < len(word.text), "a conjunct is one glyph, not a consonant, a virama and another"
    assert "".join(g.text for g in word.glyphs) == word.text, "the glyphs read the word as typed"
    assert all(g.text for g in word.glyphs if g.advance), "every glyph that takes room reads something"


def test_a_hindi_map_prints_its_words_as_typed(devanagari_font, tmp_path):
    journey = new_from_template("online-purchase")
    journey.title = TITLE
    journey.lanes[0].cards[0].text = CARD
    out = tmp_path / "map.pdf"
    report = FontReport()
    export_to(journey, out, ".pdf", "tiled", "A4", "landscape", 150, report)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert TITLE in text and CARD in text
    assert not [w for w in report.warnings if "drawable" in w]


def test_a_line_drawn_wider_than_measured_is_set_smaller_never_over_its_box_edge(tmp_path, monkeypatch):
    """A script no font on the machine has is drawn as stand-in squares, wider than the layout measured it."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from journeymap.export.pdf_player import PdfPlayer
    from journeymap.layout import shaping
    from journeymap.layout.geometry import Rect
    from journeymap.layout.paint import Plan, Text
    from journeymap.layout.shaping import line_width
    from journeymap.layout.text import text_width

    monkeypatch.setattr(shaping, "system_font_for", lambda ch, previous=None: None)
    tamil, english = "தமிழ் வாடிக்கையாளர்", "Reads reviews"
    width = text_width(tamil, "DejaVuSans", 10) + 1
    assert line_width(shape(tamil, "DejaVuSans"), 10) > width * 1.2, "the stand-ins are wider than measured"
    block = Text(Rect(10, 10, width, 40), (tamil, english), "DejaVuSans", 10, 14)
    out = io.BytesIO()
    c = Canvas(out)
    PdfPlayer(c, 1.0, 0.0, 100.0, FontReport()).play(Plan(200, 100, items=[block]))
    c.save()
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes[text.strip()[:1]] = size

    PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text(visitor_text=visit)
    assert sizes["R"] == 10, "a line that fits keeps its size"
    drawn = line_width(shape(tamil, "DejaVuSans"), 10)
    assert [s for k, s in sizes.items() if k != "R"] == [pytest.approx(10 * width / drawn, rel=0.01)]


def test_a_digest_paragraph_drawn_wider_than_measured_is_set_smaller_to_stay_in_the_margins(tmp_path, monkeypatch):
    from journeymap.export.targets import export_to
    from journeymap.layout import shaping

    monkeypatch.setattr(shaping, "system_font_for", lambda ch, previous=None: None)  # no Tamil font here
    journey = new_from_template("online-purchase")
    journey.lanes[0].cards[0].text = "தமிழ் வாடிக்கையாளர் மதிப்புரைகளைப் படிக்கிறார் " * 6
    out = tmp_path / "digest.pdf"
    export_to(journey, out, ".pdf", "digest", "A4", None, 150, FontReport())
    sizes: dict[str, list[float]] = {"stand-in": [], "latin": []}

    def visit(text, cm, tm, font, size):
        if shaping.EMOJI_STAND_IN * 3 in text:
            sizes["stand-in"].append(size)
        elif "I need new ones before the flight" in text:
            sizes["latin"].append(size)

    PdfReader(out).pages[1].extract_text(visitor_text=visit)
    assert sizes["stand-in"] and sizes["latin"]
    assert max(sizes["stand-in"]) < min(sizes["latin"]), "the over-wide lines are set smaller"
