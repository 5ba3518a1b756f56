"""Sticky notes on the empathy sheets: one size per section, a note never cut, continuations whole and wrapped once."""

from __future__ import annotations

import random

import pytest

from journeymap.empathy.flow import CONTINUES
from journeymap.empathy.pages import NOTE_COLOURS, NOTE_SPREAD, Request, build_pages
from journeymap.layout.fonts import REGULAR
from journeymap.layout.paint import Box, Text
from journeymap.layout.shaping import FontReport
from journeymap.layout.text import wrap
from journeymap.model import EmpathyStyle, JourneyMap, Note, Persona
from journeymap.paper import page_size

WORDS = ("she said the app kept asking for her password again and the delivery slot she wanted was gone "
         "by the time she got through so she called support and waited").split()


def _note(rng: random.Random, n: int) -> Note:
    return Note(text=" ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + ".")


def crowded_map() -> JourneyMap:
    """A long quote among short ones, a crowded Does, a lone feeling: what made notes run past their edge."""
    rng = random.Random(3)
    persona = Persona(name="Maya Chen", role="Commuter")
    em = persona.empathy_map
    em.says += [_note(rng, 8), _note(rng, 120), _note(rng, 10), _note(rng, 14), _note(rng, 6)]
    em.thinks += [_note(rng, 10) for _ in range(3)]
    em.does += [_note(rng, 12) for _ in range(9)] + [_note(rng, 60)]
    em.feels += [_note(rng, 5)]
    return JourneyMap(title="Empathy test", personas=[persona])


def _notes(page, key):
    """(box, lines, size) of each note of section ``key`` on ``page``."""
    fill = NOTE_COLOURS[key][0]
    boxes = [s.rect for s in page.shapes() if isinstance(s, Box) and s.fill == fill]
    texts = [s for s in page.shapes() if isinstance(s, Text)]
    out = []
    for r in boxes:
        inside = [t for t in texts if r.x < t.rect.x < r.right and r.y < t.baselines()[0] < r.bottom]
        out.append((r, [t.lines[0] for t in inside], inside[0].size if inside else 0.0))
    return out


@pytest.fixture(params=[EmpathyStyle.QUADRANTS, EmpathyStyle.CANVAS])
def pages(request):
    journey = crowded_map()
    return journey, build_pages(Request(journey, journey.personas[0], request.param, False,
                                        page_size("A4", True)), FontReport())


KEYS = ("says", "thinks", "does", "feels")


def test_the_notes_of_a_section_share_one_size_on_every_page(pages):
    _journey, sheets = pages
    for key in KEYS:
        sizes = {round(size, 3) for page in sheets for _r, _l, size in _notes(page, key)}
        assert len(sizes) <= 1, (key, sizes)


def test_the_sections_of_a_sheet_keep_close_sizes(pages):
    _journey, sheets = pages
    sizes = [size for key in KEYS for _r, _l, size in _notes(sheets[0], key)]
    assert max(sizes) / min(sizes) <= NOTE_SPREAD + 1e-6  # was 6 pt beside 11 pt on one page


def test_a_note_that_fits_a_page_is_never_cut_and_each_is_wrapped_once_from_its_own_text(pages):
    journey, sheets = pages
    em = journey.personas[0].empathy_map
    for key in KEYS:
        texts = [n.text for n in getattr(em, key)]
        drawn = [(r, lines, size) for page in sheets for r, lines, size in _notes(page, key)]
        assert len(drawn) == len(texts)  # one sticky per note: none split over two
        for r, lines, size in drawn:
            assert not any(CONTINUES in line for line in lines)
            text = " ".join(lines)
            assert text in texts
            assert lines == wrap(text, REGULAR, size, r.w - 1.4 * size)  # at its own width, once
            assert r.bottom <= sheets[0].height  # inside the sheet: nothing runs past an edge


def test_a_continuation_page_holds_whole_notes_and_no_short_note_gets_a_page_the_first_had_room_for(pages):
    journey, sheets = pages
    assert len(sheets) == 2
    assert "(continued)" in sheets[1].title
    first = {" ".join(lines) for key in KEYS for _r, lines, _s in _notes(sheets[0], key)}
    short = [n.text for n in journey.personas[0].empathy_map.feels]
    assert set(short) <= first
