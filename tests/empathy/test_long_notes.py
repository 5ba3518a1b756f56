"""A note longer than a page goes on, at the page's width, on the next: every character kept, none outside its note."""

import pytest

from journeymap.empathy.flow import CONTINUES, Piece, fit_notes
from journeymap.empathy.pages import NOTE_COLOURS, Request, build_pages
from journeymap.layout.fonts import REGULAR
from journeymap.layout.paint import Box, Text
from journeymap.layout.shaping import FontReport
from journeymap.layout.text import BREAK_HYPHEN, text_width, wrap
from journeymap.model import EmpathyStyle, JourneyMap, Note, Persona
from journeymap.paper import page_size


def _one_note_map(text: str) -> JourneyMap:
    persona = Persona(name="Mei Lin", role="Night-shift nurse")
    persona.empathy_map.says.append(Note(text=text))
    return JourneyMap(title="One long note", personas=[persona])


@pytest.mark.parametrize("text", ["\u4e2d" * 6000, "a" * 6000, " ".join(f"word{k}" for k in range(1500)),
                                  "First paragraph.\n\n" + " ".join(["second"] * 1200)])
def test_a_note_too_long_for_a_page_is_split_and_every_piece_fits_its_note(text):
    regions = [(30.0, 80.0, 560.0, 300.0)]
    pieces, shown = [Piece(0, text)], []
    for _page in range(200):
        fit = fit_notes(regions, pieces, 12.0, 8.0, 7.0)
        for note in fit.placed:
            assert all(text_width(line, REGULAR, note.size) <= note.w - 1.4 * note.size + 1e-6
                       for line in note.lines)
            if note.lines[-1].endswith(CONTINUES):
                assert note.w == 560.0  # a split note takes the whole width, not one narrow column
            shown += note.lines
        pieces = fit.rest
        if not pieces:
            break
    assert not pieces
    drawn = "".join(shown).replace(CONTINUES, "").replace(BREAK_HYPHEN, "")
    assert "".join(drawn.split()) == "".join(text.split())  # every character, in order, once


def test_a_twenty_thousand_character_note_fills_few_pages_edge_to_edge():
    journey = _one_note_map("\u4e2d" * 20_000)
    pages = build_pages(Request(journey, journey.personas[0], EmpathyStyle.QUADRANTS, False,
                                page_size("A4", True)), FontReport())
    drawn = "".join(t.replace(CONTINUES, "") for page in pages for t in page.texts())
    assert drawn.count("\u4e2d") == 20_000
    assert len(pages) <= 8  # was 46 pages of one narrow column overflowing its note


def test_a_long_word_breaks_in_a_note_as_it_does_on_a_card():
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 2
    text = f"{word} again and again"
    journey = _one_note_map(text)
    page = build_pages(Request(journey, journey.personas[0], EmpathyStyle.QUADRANTS, False, (300.0, 420.0)))[0]
    note = next(s.rect for s in page.shapes() if isinstance(s, Box) and s.fill == NOTE_COLOURS["says"][0])
    lines = [s for s in page.shapes() if isinstance(s, Text) and note.x < s.rect.x < note.right
             and note.y < s.baselines()[0] < note.bottom]
    size = lines[0].size
    assert [s.lines[0] for s in lines] == wrap(text, REGULAR, size, note.w - 1.4 * size)  # the card's wrap
    assert lines[0].lines[0].endswith(BREAK_HYPHEN)
