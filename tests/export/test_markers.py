"""A persona's marker has one shape in every PDF: the digest's stage charts draw what the poster draws."""

import io
import re

import pytest
from reportlab.pdfgen.canvas import Canvas

from journeymap.export.pdf_digest import _mini_marker
from journeymap.export.pdf_draw import MapPainter
from journeymap.layout import MARKERS, layout_map
from tests.layout.maps import sample_map

GEOMETRY = re.compile(r"(?:-?[\d.]+ )+(?:m|l|c|re)\b|\bh\b")


def _outline(draw) -> list[str]:
    """The path operators (moves, lines, curves, rectangles) one marker drawing puts on the page."""
    c = Canvas(io.BytesIO())
    before = len(c._code)
    draw(c)
    return GEOMETRY.findall(" ".join(c._code[before:]))


@pytest.mark.parametrize("shape", MARKERS)
def test_the_digest_draws_each_persona_marker_in_the_posters_shape(shape):
    layout = layout_map(sample_map())
    poster = _outline(lambda c: MapPainter(c, layout, 1.0, 0.0, 100.0).marker(shape, 40.0, 60.0, 3.2, "#0072b2"))
    digest = _outline(lambda c: _mini_marker(c, shape, 40.0, 40.0, "#0072b2", hollow=False))
    assert poster and digest == poster
