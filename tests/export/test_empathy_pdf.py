"""Empathy-map exports as a stakeholder or a workshop facilitator gets them."""

import re

import pytest
from pypdf import PdfReader

from journeymap.cli import main
from journeymap.empathy import WHO, sections_for
from journeymap.io import save_map
from journeymap.model import EMPATHY_SECTIONS, EmpathyStyle, Note
from tests.empathy.sample import two_persona_journey, with_notes


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def map_file(tmp_path):
    journey = with_notes(two_persona_journey())
    journey.personas[0].empathy_map.says.append(Note(text="Why does the checkout reject my address?"))
    path = tmp_path / "headphones.journey"
    save_map(journey, path, backup=False)
    return path, journey


@pytest.mark.parametrize("style", ["quadrants", "canvas"])
def test_filled_pdf_has_every_heading_and_every_notes_words(map_file, tmp_path, style):
    path, journey = map_file
    out = tmp_path / "em.pdf"
    assert main(["empathy", str(path), "-o", str(out), "--style", style]) == 0
    words = _words(_pdf_text(out))
    for sec in sections_for(style):
        assert _words(sec.heading) <= words
    for section in EMPATHY_SECTIONS:
        for note in getattr(journey.personas[0].empathy_map, section):
            assert _words(note.text) <= words, note.text
    assert "ana" in words and "shopper" in words


@pytest.mark.parametrize("style", ["quadrants", "canvas"])
def test_blank_template_has_headings_and_prompts_and_no_notes(map_file, tmp_path, style):
    path, journey = map_file
    out = tmp_path / "blank.pdf"
    assert main(["empathy", str(path), "-o", str(out), "--style", style, "--blank",
                 "--page-size", "A3"]) == 0
    text = _pdf_text(out)
    words = _words(text)
    shown = list(sections_for(style)) + ([WHO] if style == "canvas" else [])
    for sec in shown:
        assert _words(sec.heading) <= words
        assert _words(sec.prompt) <= words, sec.prompt
    assert "note" not in words and "checkout" not in words
    assert "ana" not in words  # no persona asked for: an anonymous sheet with blank header fields
    assert "Designed for" in text and len(PdfReader(str(out)).pages) == 1


def test_blank_template_for_a_named_persona_shows_their_name_only(map_file, tmp_path):
    path, _ = map_file
    out = tmp_path / "blank.pdf"
    assert main(["empathy", str(path), "-o", str(out), "--blank", "--persona", "ana shopper"]) == 0
    words = _words(_pdf_text(out))
    assert {"ana", "shopper"} <= words and "note" not in words


@pytest.mark.parametrize(("size", "orientation", "expected"), [
    ("A4", None, (842, 595)), ("A4", "--portrait", (595, 842)), ("A3", "--landscape", (1191, 842)),
    ("A1", "--portrait", (1684, 2384)), ("A0", None, (3370, 2384)), ("letter", None, (792, 612)),
    ("tabloid", "--portrait", (792, 1224)),
])
def test_page_sizes_and_orientation(map_file, tmp_path, size, orientation, expected):
    path, _ = map_file
    out = tmp_path / "em.pdf"
    args = ["empathy", str(path), "-o", str(out), "--page-size", size, "--blank"]
    assert main(args + ([orientation] if orientation else [])) == 0
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == expected


def test_persona_all_gives_each_persona_their_own_pages(map_file, tmp_path):
    path, journey = map_file
    out = tmp_path / "all.pdf"
    assert main(["empathy", str(path), "-o", str(out), "--persona", "all", "--style", "canvas"]) == 0
    pages = PdfReader(str(out)).pages
    firsts = [k for k, p in enumerate(pages) if "Designed for" in p.extract_text()]
    assert len(pages) >= 2
    assert "Ana Shopper" in pages[0].extract_text()
    assert any("Ben Banker" in p.extract_text() for p in pages[1:])
    assert "Ana Shopper" not in pages[-1].extract_text()
    assert len(firsts) == len(pages)


def test_fifty_notes_in_one_section_all_survive_on_continuation_pages(tmp_path):
    journey = two_persona_journey()
    says = journey.personas[0].empathy_map.says
    says.extend(Note(text=f"Quote number {k} about waiting for the parcel zz{k}") for k in range(50))
    says.append(Note(text=" ".join(f"long{k}" for k in range(900))))  # taller than any page
    path = tmp_path / "many.journey"
    save_map(journey, path, backup=False)
    for style in ("quadrants", "canvas"):
        out = tmp_path / f"{style}.pdf"
        assert main(["empathy", str(path), "-o", str(out), "--style", style]) == 0
        text = _pdf_text(out)
        words = _words(text)
        assert all(f"zz{k}" in words for k in range(50))
        assert all(f"long{k}" in words for k in range(900))
        assert "(continued)" in text
        assert len(PdfReader(str(out)).pages) >= 2


def test_svg_and_png_draw_the_same_sheet(map_file, tmp_path):
    import xml.etree.ElementTree as ET

    path, _ = map_file
    svg = tmp_path / "em.svg"
    assert main(["empathy", str(path), "-o", str(svg), "--style", "canvas", "--blank"]) == 0
    root = ET.parse(svg).getroot()
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "What are they hearing others say?" in texts
    png = tmp_path / "em.png"
    assert main(["empathy", str(path), "-o", str(png), "--blank"]) == 0
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert width == round(842 * 150 / 72)


def test_multi_page_svg_writes_one_numbered_file_per_page(map_file, tmp_path):
    path, _ = map_file
    assert main(["empathy", str(path), "-o", str(tmp_path / "em.svg"), "--persona", "all",
                 "--blank"]) == 0
    assert (tmp_path / "em-1.svg").is_file() and (tmp_path / "em-2.svg").is_file()


def test_quadrant_pdf_keeps_notes_of_sections_it_does_not_show(map_file, tmp_path):
    path, _ = map_file
    out = tmp_path / "q.pdf"
    assert main(["empathy", str(path), "-o", str(out), "--style", "quadrants"]) == 0
    words = _words(_pdf_text(out))
    assert {"goal", "sees", "hears", "pains", "gains"} <= words


def test_default_style_is_the_personas_own(map_file, tmp_path):
    path, journey = map_file
    journey.personas[0].empathy_map.style = EmpathyStyle.CANVAS
    save_map(journey, path, backup=False)
    out = tmp_path / "d.pdf"
    assert main(["empathy", str(path), "-o", str(out)]) == 0
    assert "Empathy Map Canvas" in _pdf_text(out)


LONG_NAME = "Maximiliana Alexandrova-Chen de la Fuente"
LONG_ROLE = "Senior procurement coordinator for regional healthcare facilities"
LONG_DESIGNER = "Priya Natarajan, Jonathan Okonkwo-Whitfield and the CX guild"
BIO = ("34, product manager in Leeds. Commutes 50 minutes each way by train. Researches on her phone, "
       "buys on her laptop, and hates creating accounts.")


@pytest.fixture
def long_names_file(tmp_path):
    journey = with_notes(two_persona_journey())
    ana = journey.personas[0]
    ana.name, ana.role, ana.bio = LONG_NAME, LONG_ROLE, BIO
    ana.empathy_map.designed_by = LONG_DESIGNER
    ana.empathy_map.date, ana.empathy_map.version = "14 September 2025", "2.1 (after workshop)"
    path = tmp_path / "long.journey"
    save_map(journey, path, backup=False)
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("style", ["quadrants", "canvas"])
@pytest.mark.parametrize("orientation", ["--landscape", "--portrait"])
def test_long_names_roles_and_designers_are_printed_whole_never_cut(long_names_file, tmp_path, style,
                                                                    orientation):
    out = tmp_path / "em.pdf"
    assert main(["empathy", str(long_names_file), "-o", str(out), "--style", style, orientation,
                 "--persona", LONG_NAME]) == 0
    text = _pdf_text(out)
    words = _words(text)
    for whole in (LONG_NAME, LONG_ROLE, LONG_DESIGNER, "14 September 2025", "2.1 (after workshop)"):
        assert _words(whole) <= words, whole
    assert "\u2026" not in text  # no ellipsis anywhere: nothing shortened
    assert LONG_ROLE in _flat(text) or all(w in words for w in _words(LONG_ROLE))
    if style == "canvas":  # "1 Who" shows the bio too
        assert _words(BIO) <= words


def test_the_canvas_who_section_shows_the_bio_on_the_first_sheet_when_it_fits(long_names_file, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "em.pdf"
    assert main(["empathy", str(long_names_file), "-o", str(out), "--style", "canvas",
                 "--persona", LONG_NAME]) == 0
    first = _flat(PdfReader(str(out)).pages[0].extract_text())
    assert "Commutes 50 minutes each way by train" in first
    assert LONG_ROLE in first


def test_a_bio_too_long_for_the_who_box_continues_on_the_next_sheet(long_names_file, tmp_path):
    from journeymap.io import load_map

    journey = load_map(long_names_file)
    journey = journey[0] if isinstance(journey, tuple) else journey
    journey.personas[0].bio = " ".join(f"Sentence {k} about her life and habits." for k in range(60))
    save_map(journey, long_names_file, backup=False)
    out = tmp_path / "em.pdf"
    assert main(["empathy", str(long_names_file), "-o", str(out), "--style", "canvas",
                 "--persona", LONG_NAME]) == 0
    assert _words(journey.personas[0].bio) <= _words(_pdf_text(out))


def test_the_digest_portrait_empathy_sheet_prints_long_names_whole(tmp_path):
    from journeymap.export.pdf_digest import export_digest

    journey = with_notes(two_persona_journey())
    ana = journey.personas[0]
    ana.name, ana.role = LONG_NAME, LONG_ROLE
    ana.empathy_map.designed_by = LONG_DESIGNER
    export_digest(journey, tmp_path / "d.pdf")
    reader = __import__("pypdf").PdfReader(str(tmp_path / "d.pdf"))
    sheets = [p.extract_text() for p in reader.pages if "Empathy Map" in p.extract_text()]
    assert sheets
    words = _words(" ".join(sheets))
    assert _words(LONG_NAME) | _words(LONG_ROLE) | _words(LONG_DESIGNER) <= words
    assert not any("\u2026" in s for s in sheets)


def test_empathy_pdf_embeds_every_font_and_carries_the_maps_metadata(tmp_path):
    """Built like the map PDFs: no stray non-embedded Helvetica, the map's author, keywords and language."""
    from journeymap import __version__

    from .pdf_fonts import pdf_fonts

    journey = with_notes(two_persona_journey())
    journey.authors = ["Rosa Diaz"]
    journey.tags = ["retail"]
    journey.language = "de"
    path = tmp_path / "m.journey"
    save_map(journey, path, backup=False)
    out = tmp_path / "em.pdf"
    assert main(["empathy", str(path), "-o", str(out), "--persona", "all"]) == 0
    fonts = pdf_fonts(out)
    assert fonts
    for font in fonts:
        assert font.fully_usable, font
    reader = PdfReader(str(out))
    info = reader.metadata
    assert info.title == f"{journey.title}: Empathy Maps"  # the map is German: its PDF's metadata is too
    assert info.author == "Rosa Diaz"
    assert info.subject == "Empathy Maps"
    assert "retail" in info["/Keywords"] and "Empathy Map" in info["/Keywords"]
    assert info.creator == f"Journeymap {__version__}"
    assert reader.trailer["/Root"]["/Lang"] == "de"
    again = tmp_path / "again.pdf"
    assert main(["empathy", str(path), "-o", str(again), "--persona", "all"]) == 0
    assert again.read_bytes() == out.read_bytes()
