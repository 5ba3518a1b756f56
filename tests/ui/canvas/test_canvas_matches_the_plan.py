"""The canvas and the exports draw one map: every template through the paint plan, into SVG and PDF,
compared with the canvas items' rectangles, radii, pens and the moment-of-truth strip.

The three painters had drifted (card radius 5 vs 4, dashes [4,3] vs (3,2),
curve width 2.2 vs 2.0/1.6, no moment strip on screen); now each reads the one
style table through the plan's helpers, and this test holds them together.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from reportlab.pdfgen.canvas import Canvas

from journeymap.export.pdf_player import PdfPlayer
from journeymap.export.svg_player import svg_document
from journeymap.layout.paint import Box, Group, Path, map_plan
from journeymap.layout.style import STYLE
from journeymap.templates import list_templates, new_from_template
from journeymap.ui.canvas.scene import MapScene
from journeymap.ui.session import EditSession

TEMPLATES = [t.name for t in list_templates()]
_SVG_CARD = re.compile(r'<g id="card-([^"]+)">\s*<rect ([^>]*)/>')


def _attrs(text: str) -> dict[str, str]:
    return dict(re.findall(r'([\w-]+)="([^"]*)"', text))


def _dashes(pen: QPen) -> tuple[float, ...]:
    """A pen's dash pattern in points (Qt keeps it in pen widths)."""
    if not pen.dashPattern() or pen.style().name == "SolidLine":
        return ()
    return tuple(round(d * pen.widthF(), 3) for d in pen.dashPattern())


def _same_rect(a: QRectF, r) -> bool:
    return all(abs(x - y) < 1e-6 for x, y in ((a.x(), r.x), (a.y(), r.y), (a.width(), r.w), (a.height(), r.h)))


def _scene(qtbot, name: str) -> tuple[MapScene, list[Group]]:
    session = EditSession(new_from_template(name))
    scene = MapScene(session)
    groups = [item for item in map_plan(scene.layout).items if isinstance(item, Group)]
    return scene, groups


@pytest.mark.parametrize("name", TEMPLATES)
def test_cards_have_the_same_rect_radius_fill_and_pen_on_canvas_svg_and_pdf(qtbot, name, tmp_path):
    scene, groups = _scene(qtbot, name)
    cards = [g for g in groups if g.kind == "card"]
    assert len(cards) == len(scene.cards)
    svg = {card_id: _attrs(attrs) for card_id, attrs in _SVG_CARD.findall(svg_document(map_plan(scene.layout)))}
    drawn: list[tuple[float, float]] = []
    pdf = Canvas(str(tmp_path / "cards.pdf"))
    pdf.roundRect = lambda x, y, w, h, radius, **_kw: drawn.append((round(w, 3), round(radius, 3)))  # type: ignore[method-assign]
    player = PdfPlayer(pdf)
    for group in cards:
        box = group.items[0]
        assert isinstance(box, Box) and box.stroke is not None
        item = scene.cards[group.ids[0]]
        outline, brush, pen = item.outline()
        assert _same_rect(item.mapRectToScene(QRectF(0, 0, *item._size)), box.rect)
        assert outline.radius == box.radius == STYLE.card.radius
        assert brush == QColor(box.fill)
        assert pen.color() == QColor(box.stroke.colour)
        assert pen.widthF() == pytest.approx(box.stroke.width)
        assert _dashes(pen) == pytest.approx(box.stroke.dash)
        on_svg = svg[group.ids[0]]
        assert float(on_svg["rx"]) == box.radius and float(on_svg["stroke-width"]) == pytest.approx(pen.widthF())
        assert tuple(float(d) for d in on_svg.get("stroke-dasharray", "").split()) == pytest.approx(_dashes(pen))
        assert on_svg["fill"].lower() == brush.name().lower()
        player.box(box)
        assert drawn[-1] == (round(box.rect.w, 3), round(outline.radius, 3))


@pytest.mark.parametrize("name", TEMPLATES)
def test_curves_have_the_same_width_and_dash_on_canvas_and_paper(qtbot, name):
    scene, groups = _scene(qtbot, name)
    curves = [g for g in groups if g.kind == "emotion"]
    emotion = scene.layout.emotion
    if emotion is None or not emotion.curves:
        assert not curves or not scene.curves
        return
    paths = [s for g in curves for sub in g.items if isinstance(sub, Group) and sub.kind == "curve"
             for s in sub.items if isinstance(s, Path)]
    assert len(paths) == len(emotion.curves)
    svg = svg_document(map_plan(scene.layout))
    for curve, path in zip(emotion.curves, paths, strict=True):
        pen = scene.curves[(curve.persona_id, curve.kind)].pen()
        assert path.stroke is not None
        assert pen.color() == QColor(path.stroke.colour)
        assert pen.widthF() == pytest.approx(path.stroke.width)
        assert _dashes(pen) == pytest.approx(path.stroke.dash)
        assert f'stroke="{path.stroke.colour}" stroke-width="{path.stroke.width:g}"' in svg


def test_a_moment_of_truth_has_its_red_strip_on_the_canvas_as_on_paper(qtbot):
    name = next(n for n in TEMPLATES if any(s.moment_of_truth for s in new_from_template(n).steps()))
    scene, groups = _scene(qtbot, name)
    step_id = next(s.id for s in scene.session.journey.steps() if s.moment_of_truth)
    [group] = [g for g in groups if g.kind == "step" and g.ids == (step_id,)]
    strip = next(s for s in group.items if isinstance(s, Box) and s.fill == STYLE.grid.moment)
    assert strip.rect.h == STYLE.grid.moment_strip
    item = scene.steps[step_id]
    image = QImage(int(strip.rect.w) + 20, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    assert item.pos() == QPointF(strip.rect.x, strip.rect.y)  # the item's origin is the header's corner
    painter.translate(10, 10)
    item.paint(painter, _option(), None)
    painter.end()
    middle = image.pixelColor(int(strip.rect.w / 2) + 10, 10 + int(strip.rect.h / 2))
    assert middle == QColor(STYLE.grid.moment)
    below = image.pixelColor(int(strip.rect.w / 2) + 10, 10 + int(strip.rect.h) + 3)
    assert below != QColor(STYLE.grid.moment)


def _option():
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    return QStyleOptionGraphicsItem()


def test_blueprint_lines_have_their_own_strokes_on_canvas_and_paper(qtbot):
    scene, groups = _scene(qtbot, "hotel-blueprint")
    lines = [g for g in groups if g.kind == "blueprint-line"]
    assert len(lines) >= 2
    for group, item in zip(lines, scene.blueprint.values(), strict=True):
        line = group.items[0]
        pen = item_pen(item)
        assert pen.widthF() == pytest.approx(line.stroke.width)
        assert _dashes(pen) == pytest.approx(line.stroke.dash)
    assert len({g.items[0].stroke for g in lines}) == len(lines)  # they read apart without colour


def item_pen(item) -> QPen:
    from journeymap.ui.canvas.items.decorations import blueprint_pen

    return blueprint_pen(item.box.label)


def test_the_canvas_marker_is_the_plans_marker(qtbot):
    from journeymap.layout.paint import marker
    from journeymap.ui.canvas.items.shapes import paint_marker

    for hollow in (False, True):
        planned = marker("circle", 0, 0, 5, "#0060a0", hollow=hollow)
        image = QImage(40, 40, QImage.Format.Format_ARGB32)
        image.fill(QColor("#808080"))
        painter = QPainter(image)
        painter.translate(20, 20)
        painter.scale(3, 3)
        paint_marker(painter, "circle", 10, "#0060a0", hollow=hollow)
        painter.end()
        assert image.pixelColor(QPointF(20, 20).toPoint()) == QColor(planned.fill)


def test_slides_draw_as_is_and_to_be_curves_in_the_maps_proportion():
    from journeymap.ui.present.deck import build_deck
    from journeymap.ui.present.ops import CurveOp

    ops = [op for slide in build_deck(new_from_template("online-purchase"), 1920, 1080) for op in slide.ops
           if isinstance(op, CurveOp)]
    solid = {op.width for op in ops if not op.dashed}
    dashed = {op.width for op in ops if op.dashed}
    assert len(solid) == 1 and len(dashed) == 1
    e = STYLE.emotion
    assert dashed.pop() / solid.pop() == pytest.approx(e.to_be_width / e.as_is_width)
