"""What a stakeholder reads: no lane the author hid, quotes and codes printed right, each fact once, honest dates."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from journeymap.cli import main
from journeymap.export.empathy_files import write_empathy
from journeymap.export.pdf_digest import export_digest
from journeymap.export.pdf_tiled import export_tiled
from journeymap.export.quotes import quoted
from journeymap.export.targets import export_to
from journeymap.io import load_map, save_map
from journeymap.layout.shaping import FontReport
from journeymap.model import Card, Lane, LaneKind, Note
from journeymap.templates import template_path

from ..layout.maps import sample_map

HIDDEN = "Hidden lane text"


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("layout", ["poster", "tiled", "digest"])
def test_a_lane_the_author_hid_is_in_no_pdf_unless_asked_for(tmp_path, layout):
    journey = sample_map()
    export_to(journey, tmp_path / "a.pdf", ".pdf", layout)
    text = _text(tmp_path / "a.pdf")
    assert HIDDEN not in text and "Internal notes" not in text
    export_to(journey, tmp_path / "b.pdf", ".pdf", layout, include_hidden=True)
    assert HIDDEN in _text(tmp_path / "b.pdf")


def test_the_svg_and_png_leave_hidden_lanes_out_and_the_csv_keeps_them_marked(tmp_path):
    from PySide6.QtGui import QImage

    journey = sample_map()
    export_to(journey, tmp_path / "m.svg", ".svg")
    assert HIDDEN not in (tmp_path / "m.svg").read_text(encoding="utf-8")
    export_to(journey, tmp_path / "all.svg", ".svg", include_hidden=True)
    assert HIDDEN in (tmp_path / "all.svg").read_text(encoding="utf-8")
    export_to(journey, tmp_path / "m.png", ".png", dpi=30)
    export_to(journey, tmp_path / "all.png", ".png", dpi=30, include_hidden=True)
    assert QImage(str(tmp_path / "all.png")).height() > QImage(str(tmp_path / "m.png")).height()
    export_to(journey, tmp_path / "m.csv", ".csv")
    with open(tmp_path / "m.csv", encoding="utf-8-sig", newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["text"] == HIDDEN)
    assert row["hidden_lane"] == "yes"


def test_include_hidden_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "m.journey"
    save_map(sample_map(), path)
    assert main(["export", str(path), "-o", str(tmp_path / "d.pdf"), "--layout", "digest"]) == 0
    assert HIDDEN not in _text(tmp_path / "d.pdf")
    assert main(["export", str(path), "-o", str(tmp_path / "d.pdf"), "--layout", "digest", "--include-hidden"]) == 0
    assert HIDDEN in _text(tmp_path / "d.pdf")


def test_quote_marks_are_added_only_when_the_author_typed_none_in_the_maps_language(tmp_path):
    assert quoted("Fast, please", "en") == "\u201cFast, please\u201d"
    assert quoted("Schnell, bitte", "de-AT") == "\u201eSchnell, bitte\u201c"
    assert quoted("Vite", "fr") == "\u00ab\u202fVite\u202f\u00bb"
    assert quoted("\u201cAlready quoted\u201d", "en") == "\u201cAlready quoted\u201d"
    assert quoted("\u201eSchon zitiert\u201c", "en") == "\u201eSchon zitiert\u201c"
    assert quoted("It's mine", "en") == "\u201cIt's mine\u201d"  # an apostrophe is not a quote mark
    journey = sample_map()
    ana, ben = journey.personas
    ana.quote = "\u201cI just want it to work.\u201d"
    ben.quote = "\u201eDas Billigste gewinnt.\u201c"
    export_digest(journey, tmp_path / "d.pdf")
    text = _text(tmp_path / "d.pdf")
    assert "\u201c\u201c" not in text and "\u201d\u201d" not in text and "\u201c\u201e" not in text
    assert text.count("\u201cI just want it to work.\u201d") == 2  # the cover and Ana's page
    journey.language = "de"
    ana.quote = "Es soll einfach funktionieren."
    export_digest(journey, tmp_path / "de.pdf")
    assert "\u201eEs soll einfach funktionieren.\u201c" in _text(tmp_path / "de.pdf")


def test_urls_order_numbers_and_emails_are_never_hyphenated_in_the_digest(tmp_path):
    journey = sample_map()
    url = "https://www.marketplace-example.com/orders/DE-2-026-000482913/tracking?lang=en"
    journey.lanes[0].cards[0].text = f"See {url} for order DE-2-026-000482913, or priya.natarajan@marketplace-example.com"
    export_digest(journey, tmp_path / "d.pdf")
    text = _text(tmp_path / "d.pdf")
    assert "\u2010" not in text  # no break hyphen anywhere in it
    joined = re.sub(r"\s*\n\s*", "", text)
    assert url in joined and "priya.natarajan@marketplace-example.com" in joined


def test_the_pain_table_lists_each_opportunity_once_per_step(tmp_path):
    journey = sample_map()
    checkout = next(s for s in journey.steps() if s.name == "Checkout")
    pains = next(lane for lane in journey.lanes if lane.kind == LaneKind.PAIN_POINTS)
    pains.cards += [Card(step=checkout.id, text=f"Pain number {k}") for k in range(11)]  # 12 in one cell
    export_digest(journey, tmp_path / "d.pdf")
    pages = [p.extract_text() for p in PdfReader(tmp_path / "d.pdf").pages]
    start = next(i for i, t in enumerate(pages) if "Pain points and opportunities" in t)
    table = "\n".join(pages[start:])
    assert table.count("Guest checkout") == 1
    assert all(f"Pain number {k}" in table for k in range(11))


def test_every_pdf_is_dated_by_the_maps_own_modified_time_and_authored_by_its_authors(tmp_path):
    journey = sample_map()
    journey.modified = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    journey.authors = ["Priya Natarajan", "Jonas Weber"]
    for layout in ("poster", "tiled", "digest"):
        export_to(journey, tmp_path / f"{layout}.pdf", ".pdf", layout)
    write_empathy(journey, tmp_path / "empathy.pdf", "all")
    for name in ("poster", "tiled", "digest", "empathy"):
        meta = PdfReader(tmp_path / f"{name}.pdf").metadata
        assert meta["/CreationDate"] == meta["/ModDate"] == "D:20260304050607+00'00'", name
        assert meta["/Author"] == "Priya Natarajan, Jonas Weber"
    again = tmp_path / "again.pdf"
    export_to(journey, again, ".pdf", "digest")
    assert again.read_bytes() == (tmp_path / "digest.pdf").read_bytes()


def test_the_tiled_hotel_counts_only_the_rows_it_prints(tmp_path):
    journey = load_map(template_path("hotel-blueprint"))
    export_tiled(journey, tmp_path / "t.pdf", "A4")
    pages = [p.extract_text() for p in PdfReader(tmp_path / "t.pdf").pages]
    rows = {int(n) for t in pages for n in re.findall(r"Row \d+ of (\d+)", t)}
    printed = {int(n) for t in pages for n in re.findall(r"Row (\d+) of \d+", t)}
    assert rows == {max(printed)}


def test_an_empathy_pdf_has_a_bookmark_for_each_persona_and_its_continuations(tmp_path):
    journey = sample_map()
    ana, ben = journey.personas
    ana.empathy_map.says += [Note(text="word " * 400) for _ in range(6)]  # runs over onto a second sheet
    ben.empathy_map.thinks.append(Note(text="Cheap is fine"))
    written = write_empathy(journey, tmp_path / "e.pdf", "all")
    outline = PdfReader(tmp_path / "e.pdf").outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles == [f"Empathy Map: {ana.name}", f"Empathy Map: {ben.name}"]  # the title the sheet shows
    nested = [item for item in outline if isinstance(item, list)]
    assert nested and all(entry.title.startswith("Continued") for entry in nested[0])
    assert written.pages == 1 + len(nested[0]) + 1


def test_emoji_in_a_png_are_warned_about(tmp_path):
    journey = sample_map()
    journey.lanes[0].cards[0].text = "Loves the new headphones \U0001F3A7"
    report = FontReport()
    export_to(journey, tmp_path / "m.png", ".png", dpi=20, report=report)
    assert any("emoji" in w and "PNG" in w and "\U0001F3A7" in w for w in report.warnings)
    clean = FontReport()
    export_to(sample_map(), tmp_path / "n.png", ".png", dpi=20, report=clean)
    assert not clean.warnings


def test_a_hidden_lane_in_a_template_stays_off_the_poster(tmp_path):
    journey = load_map(template_path("online-purchase"))
    journey.lanes.append(Lane(kind=LaneKind.TEXT, title="Internal notes \u2014 not for customers", hidden=True,
                              cards=[Card(step=journey.steps()[0].id, text="Margin on this SKU is thin")]))
    export_to(journey, tmp_path / "p.pdf", ".pdf", "poster", "A3")
    assert "not for customers" not in _text(tmp_path / "p.pdf")
