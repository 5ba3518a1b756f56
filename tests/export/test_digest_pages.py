"""Digest pages as a reader turns them: no page holding a lonely line, no heading without its cards."""

import re

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from journeymap.export.pdf_digest import export_digest
from journeymap.export.pdf_flow import TAIL_SHARE, PageBreak, PageFlow, Text
from journeymap.io import load_map
from journeymap.layout.fonts import register_fonts
from journeymap.templates import template_path

FOOTER = re.compile(r"Page \d+\s*$")


def _lines(page) -> list[str]:
    lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
    return [line for line in lines if not FOOTER.search(line)]


@pytest.mark.parametrize("name", ["online-purchase", "credit-card", "hotel-blueprint", "support-bug"])
def test_no_digest_page_is_a_thin_tail_and_no_page_ends_on_a_heading(name, tmp_path):
    journey = load_map(template_path(name))
    out = tmp_path / "d.pdf"
    export_digest(journey, out)
    headings = {lane.display_title for lane in journey.lanes}
    headings |= {step.name for stage in journey.stages for step in stage.steps}
    headings |= {"Goals", "Needs", "Pains", "Gains", "Channels", "Says", "Thinks", "Does", "Feels", "Sees",
                 "Hears", "Goal"}
    for k, page in enumerate(PdfReader(out).pages, start=1):
        lines = _lines(page)
        assert len(lines) >= 8, f"{name} page {k} holds only {lines}"
        if k > 1:  # the cover ends with the small map, whose step names are drawn text too
            assert lines[-1] not in headings, f"{name} page {k} ends on the heading {lines[-1]!r}"


def _flow_pages(tmp_path, blocks) -> list[int]:
    """Lines of text on each page when ``blocks`` flow on A4."""
    register_fonts()
    out = tmp_path / "flow.pdf"
    c = Canvas(str(out), pagesize=(595.28, 841.89), invariant=1)
    flow = PageFlow(c, (595.28, 841.89), 50, "Flow test")
    flow.add_all(blocks)
    flow.finish()
    return [len(_lines(p)) for p in PdfReader(out).pages]


def _items(n: int, space: float = 4.0) -> list[Text]:
    return [Text(f"Item number {i}", space_before=space) for i in range(n)]


def test_a_tail_of_two_lines_is_pulled_back_by_tighter_spacing(tmp_path):
    # 44 items of 13 + 4 pt overflow an A4 page (742 pt usable) by two items
    counts = _flow_pages(tmp_path, [PageBreak(), *_items(44)])
    assert counts == [44]


def test_a_longer_thin_tail_takes_blocks_from_the_page_before(tmp_path):
    blocks = [PageBreak(), *_items(62, space=0.0), PageBreak(), *_items(3, space=0.0)]
    counts = _flow_pages(tmp_path, blocks)
    assert len(counts) == 3 and sum(counts) == 65  # nothing lost, no page added
    assert counts[1] * 13 >= TAIL_SHARE * 742 and counts[0] >= counts[1]
    assert counts[2] == 3  # a short section of its own is not a tail: it stays as it is


def test_a_step_starts_on_the_page_that_has_room_for_its_heading_and_first_card(tmp_path):
    # the hotel template's first stage: its second step used to go to a page of its own,
    # leaving a fifth of the page before blank, to avoid a continuation of a quarter page
    out = tmp_path / "hotel.pdf"
    export_digest(load_map(template_path("hotel-blueprint")), out)
    pages = [_lines(p) for p in PdfReader(out).pages]
    stage_page = next(k for k, lines in enumerate(pages) if "Stage 1: Book" in lines)
    assert "Gets the pre-arrival e-mail" in pages[stage_page]
    assert "• Pre-arrival e-mail with parking and check-in times" in pages[stage_page]
    assert len(pages[stage_page + 1]) >= 8 and "Stage 2: Arrive" not in pages[stage_page + 1]
