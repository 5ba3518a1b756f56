"""Every template drawn through the one paint plan into PDF and SVG: each object drawn once, tagged, styled from the table."""

import io
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from reportlab.pdfgen.canvas import Canvas

from journeymap.export.pdf_player import PdfPlayer
from journeymap.export.svg_player import svg_document
from journeymap.io import load_map
from journeymap.layout import layout_map
from journeymap.layout.geometry import Rect
from journeymap.layout.paint import Arrow, Box, Group, Image, Marker, Path, Plan, Text, map_plan
from journeymap.layout.style import STYLE, Stroke
from journeymap.templates import list_templates, template_path

SVG = "{http://www.w3.org/2000/svg}"
TEMPLATES = [t.name for t in list_templates()]
SCALE, OX, TOP = 0.5, 20.0, 800.0


class Recorder:
    """A ReportLab canvas that also notes every rectangle, line, path and text origin it is asked to draw."""

    def __init__(self) -> None:
        self.canvas = Canvas(io.BytesIO())
        self.calls: list[tuple] = []
        for name in ("rect", "roundRect", "line", "circle", "drawPath", "drawImage"):
            real = getattr(self.canvas, name)
            setattr(self.canvas, name, self._noting(name, real))

    def _noting(self, name, real):
        def call(*args, **kwargs):
            values = [*args, *(kwargs[k] for k in sorted(kwargs))]  # fill=, stroke= last
            self.calls.append((name, *[round(a, 3) if isinstance(a, float) else a for a in values]))
            return real(*args, **kwargs)
        return call

    def of(self, name: str) -> list[tuple]:
        return [c[1:] for c in self.calls if c[0] == name]


def _on_page(r: Rect) -> tuple[float, float, float, float]:
    return (round(OX + r.x * SCALE, 3), round(TOP - r.bottom * SCALE, 3), round(r.w * SCALE, 3),
            round(r.h * SCALE, 3))


@pytest.fixture(scope="module", params=TEMPLATES)
def drawn(request):
    journey = load_map(template_path(request.param))
    layout = layout_map(journey)
    plan = map_plan(layout, journey.title)
    rec = Recorder()
    PdfPlayer(rec.canvas, SCALE, OX, TOP).play(plan)
    svg = ET.fromstring(svg_document(plan))
    return journey, layout, plan, rec, svg


def test_each_card_is_one_group_tagged_with_its_id_and_styled_from_the_table(drawn):
    _journey, layout, plan, _rec, _svg = drawn
    cards = {g.ids: g for g in plan.groups("card")}
    assert sorted(cards) == sorted((card_id,) for card_id in layout.cards)
    c = STYLE.card
    for (card_id,), group in cards.items():
        card = layout.cards[card_id]
        box = group.items[0]
        assert isinstance(box, Box) and box.rect == card.rect and box.fill == card.fill and box.radius == c.radius
        emphasis = card.proposed or card.border == "dashed"
        assert box.stroke == Stroke(card.border_colour, c.emphasis_width if emphasis else c.border_width,
                                    c.assumed_dash if card.border == "dashed" else ())
        assert any(isinstance(s, Path) and s.fill == c.proposed for s in group.items) == card.proposed
        texts = [line for s in group.items if isinstance(s, Text) for line in s.lines]
        assert texts == [*card.text.lines, *(line for b in card.badges for line in b.lines)]


def test_stages_steps_lanes_and_curves_are_groups_named_by_their_ids(drawn):
    journey, layout, plan, _rec, _svg = drawn
    assert [g.ids[0] for g in plan.groups("stage")] == list(layout.stages)
    assert [g.ids[0] for g in plan.groups("step")] == list(layout.steps)
    assert [g.ids[0] for g in plan.groups("lane")] == list(layout.lanes)
    for group in plan.groups("step"):
        step = layout.steps[group.ids[0]]
        strips = [s for s in group.items if isinstance(s, Box) and s.fill == STYLE.grid.moment]
        assert len(strips) == (1 if step.moment_of_truth else 0)
    curves = plan.groups("curve")
    shown = {p.id for p in journey.personas if p.show_curve}
    if layout.emotion is not None:
        assert {g.ids[0] for g in curves} <= shown
        points = sum(len(c.points) for c in layout.emotion.curves)
        assert sum(isinstance(s, Marker) for g in curves for s in g.items) == points


def test_the_pdf_draws_every_card_box_where_the_plan_puts_it_with_the_tables_radius(drawn):
    _journey, layout, _plan, rec, _svg = drawn
    drawn_boxes = {call[:4]: call[4] for call in rec.of("roundRect")}  # (x, y, w, h): radius
    for card in layout.cards.values():
        assert drawn_boxes[_on_page(card.rect)] == round(STYLE.card.radius * SCALE, 3)
    lanes = set(rec.of("rect"))
    assert all(_on_page(lane.rect) + (1, 0) in lanes for lane in layout.lanes.values())  # filled, no edge


def test_the_svg_draws_every_card_in_its_own_group_with_the_same_geometry_and_style(drawn):
    _journey, layout, plan, _rec, svg = drawn
    c = STYLE.card
    for card in layout.cards.values():
        group = svg.find(f".//{SVG}g[@id='card-{card.card_id}']")
        rect = group.find(f"{SVG}rect")
        r = card.rect
        assert [float(rect.get(k)) for k in ("x", "y", "width", "height")] == pytest.approx([r.x, r.y, r.w, r.h],
                                                                                           abs=0.006)
        assert float(rect.get("rx")) == c.radius and rect.get("fill") == card.fill
        emphasis = card.proposed or card.border == "dashed"
        assert float(rect.get("stroke-width")) == (c.emphasis_width if emphasis else c.border_width)
        assert rect.get("stroke-dasharray") == ("3 2" if card.border == "dashed" else None)
    svg_text = [t.text for t in svg.iter(f"{SVG}text")]
    assert svg_text == plan.texts()


def test_one_change_in_the_style_table_changes_the_pdf_and_the_svg_alike():
    journey = load_map(template_path("online-purchase"))
    layout = layout_map(journey)
    style = replace(STYLE, card=replace(STYLE.card, radius=7.0, border_width=0.9))
    plan = map_plan(layout, journey.title, style)
    rec = Recorder()
    PdfPlayer(rec.canvas, SCALE, OX, TOP).play(plan)
    card = next(c for c in layout.cards.values() if not c.proposed and c.border == "solid")
    assert rec.of("roundRect").count(_on_page(card.rect) + (3.5, 1, 1)) == 1
    rect = ET.fromstring(svg_document(plan)).find(f".//{SVG}g[@id='card-{card.card_id}']/{SVG}rect")
    assert rect.get("rx") == "7" and rect.get("stroke-width") == "0.9"


def test_a_tile_draws_only_the_groups_it_shows():
    journey = load_map(template_path("online-purchase"))
    layout = layout_map(journey)
    plan = map_plan(layout)
    first = next(iter(layout.cards.values()))
    visible = first.rect.inset(2)
    rec = Recorder()
    PdfPlayer(rec.canvas, 1.0, 0.0, 1000.0, visible=visible).play(plan)
    boxes = rec.of("roundRect")
    shown = [c for c in layout.cards.values() if c.rect.intersects(visible)]
    assert len(boxes) == len(shown) == 1


def test_arrows_and_pictures_are_drawn_by_both_players():
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
           b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND"
           b"\xaeB`\x82")
    plan = Plan(200, 100, "Arrows", [Group("card", ("a",), None, (
        Arrow(10, 10, 110, 60, Stroke("#37474f", 1.5), head=8.0),
        Image(Rect(120, 10, 40, 40), "image/png", png, round=True),
    ))])
    rec = Recorder()
    PdfPlayer(rec.canvas, 1.0, 0.0, 100.0).play(plan)
    assert rec.of("line") == [(10.0, 90.0, 110.0, 40.0)]
    assert len(rec.of("drawPath")) == 1 and len(rec.of("drawImage")) == 1
    svg = ET.fromstring(svg_document(plan))
    assert svg.find(f".//{SVG}polygon").get("fill") == "#37474f"
    image = svg.find(f".//{SVG}image")
    assert image.get("clip-path") and image.get("{http://www.w3.org/1999/xlink}href").startswith("data:image/png")


def test_after_a_card_edit_the_plan_remakes_that_card_only():
    from journeymap.layout import relayout
    from journeymap.model import Document

    journey = load_map(template_path("online-purchase"))
    before = layout_map(journey)
    first = {g.ids[0]: g for g in map_plan(before).groups("card")}
    document = Document(journey)
    card_id = next(iter(before.cards))
    document.set_fields(card_id, {"text": "Compares three pairs in the shop, then buys online"})
    after = relayout(before, document.journey, [card_id])
    second = {g.ids[0]: g for g in map_plan(after).groups("card")}
    assert second[card_id] is not first[card_id]
    assert "Compares three pairs in the shop," in " ".join(second[card_id].items[1].lines)
    assert all(second[other] is first[other] for other in first if other != card_id)
