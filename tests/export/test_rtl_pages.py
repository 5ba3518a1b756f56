"""A map in Arabic reads from the right on paper: its digest, tables, empathy sheets and header are mirrored."""

from __future__ import annotations

from pypdf import PdfReader

from journeymap.export.empathy_files import empathy_pages
from journeymap.export.pdf_digest import export_digest
from journeymap.i18n import _, language
from journeymap.layout import layout_map
from journeymap.layout.shaping import FontReport

from ..layout.maps_languages import written_in


def _starts(pdf, page: int) -> dict[str, float]:
    """The x where each piece of text on ``page`` begins, by its text."""
    found: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.setdefault(text.strip(), tm[4] * cm[0] + cm[4])

    PdfReader(pdf).pages[page].extract_text(visitor_text=visit)
    return found


def _x_of(starts: dict[str, float], word: str) -> float:
    return min(x for text, x in starts.items() if word in text)


def test_an_arabic_digest_is_set_flush_right_and_a_german_one_flush_left(tmp_path):
    width = 595.28
    for lang, heading in (("ar", "المرحلة"), ("de", "Phase")):
        export_digest(written_in(lang), tmp_path / f"{lang}.pdf")
        x = _x_of(_starts(tmp_path / f"{lang}.pdf", 1), heading)
        assert (x > width / 2) if lang == "ar" else (x < 60), (lang, x)


def test_the_pain_point_table_of_an_arabic_digest_starts_at_the_right(tmp_path):
    export_digest(written_in("ar"), tmp_path / "ar.pdf")
    reader = PdfReader(tmp_path / "ar.pdf")
    last = len(reader.pages) - 1
    starts = _starts(tmp_path / "ar.pdf", last)
    with language("ar"):
        where, owners = _("Where"), _("Owners")
    assert _x_of(starts, where) > _x_of(starts, owners)  # the first column is the rightmost


def _heading_x(lang: str, blank: bool) -> tuple[float, float]:
    """Where the canvas's "1 Who" heading starts on the first sheet, and the sheet's width."""
    journey = written_in(lang)
    with language(lang):
        who = _("Who")
    page = empathy_pages(journey, None, "canvas", blank, "A4", None, FontReport())[0]
    (heading,) = [t for t in page.shapes() if getattr(t, "lines", None) == (who,)]
    return heading.rect.x, page.width


def test_an_arabic_empathy_sheet_is_mirrored_and_its_headings_read_right_to_left():
    for blank in (False, True):
        x, width = _heading_x("ar", blank)
        assert x > width / 2  # area 1 sits at the top right
        x, width = _heading_x("de", blank)
        assert x < width / 2
    page = empathy_pages(written_in("ar"), None, "canvas", False, "A4", None, FontReport())[0]
    with language("ar"):
        label = _("{label}:").format(label=_("Date"))
    (field,) = [t for t in page.shapes() if getattr(t, "lines", None) == (label,)]
    assert field.direction == "rtl" and field.align == "right"  # its colon at its left end


def test_the_header_of_an_arabic_map_is_flush_right_with_the_persona_key_at_the_left():
    with language("ar"):
        layout = layout_map(written_in("ar"))
    header = layout.header
    assert header.title.align == "right" and header.details.align == "right"
    assert abs(header.title.rect.right - header.rect.right) < 1.0
    assert all(entry.swatch.x < header.title.rect.x for entry in layout.legend)
    assert header.scenario.rect.right == header.title.rect.right  # the scenario lines up with the title
    with language("de"):
        layout = layout_map(written_in("de"))
    assert layout.header.title.align == "left"
    assert all(entry.swatch.x > layout.header.title.rect.right for entry in layout.legend)
