"""A persona's marker has one shape in every drawing: the digest's stage charts draw what the poster draws."""

import io
import re

import pytest
from reportlab.pdfgen.canvas import Canvas

from journeymap.export.pdf_player import PdfPlayer
from journeymap.layout import MARKERS, layout_map
from journeymap.layout.paint import Marker, Plan, map_plan
from journeymap.layout.paint.stage_chart import stage_chart
from journeymap.layout.style import Stroke
from tests.layout.maps import sample_map

GEOMETRY = re.compile(r"(?:-?[\d.]+ )+(?:m|l|c|re)\b|\bh\b")


def _outline(marker: Marker) -> list[str]:
    """The path operators (moves, lines, curves, rectangles) one marker puts on the page."""
    c = Canvas(io.BytesIO())
    before = len(c._code)
    PdfPlayer(c, 1.0, 0.0, 100.0).play(Plan(100, 100, items=[marker]))
    return GEOMETRY.findall(" ".join(c._code[before:]))


@pytest.mark.parametrize("shape", MARKERS)
def test_each_marker_shape_draws_its_own_outline(shape):
    outline = _outline(Marker(shape, 40.0, 60.0, 3.2, "#0072b2", Stroke("#ffffff", 1.0)))
    others = [_outline(Marker(other, 40.0, 60.0, 3.2, "#0072b2", Stroke("#ffffff", 1.0)))
              for other in MARKERS if other != shape]
    assert outline and outline not in others


def test_the_digest_chart_gives_each_persona_the_marker_shape_it_has_on_the_poster():
    journey = sample_map()
    on_map = {}
    for group in map_plan(layout_map(journey)).groups("curve"):
        on_map[group.ids[0]] = {s.shape for s in group.items if isinstance(s, Marker)}
    colours = {p.colour: p.id for p in journey.personas}
    for stage in journey.stages:
        chart = stage_chart(journey, stage, 495.0).plan
        for m in (s for s in chart.shapes() if isinstance(s, Marker)):
            persona = colours[m.stroke.colour]
            assert on_map[persona] == {m.shape}
