"""A card's channel icon is on paper as on screen: the plan fills the square the layout keeps for it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from journeymap.export.png_export import paint_plan
from journeymap.export.svg_player import svg_document
from journeymap.layout import layout_map
from journeymap.layout.geometry import Rect
from journeymap.layout.paint import Box, Circle, Path, Plan, card_group, map_plan
from journeymap.layout.paint.channel_icons import channel_shapes, icon_elements, parse_path
from journeymap.model import CHANNELS
from journeymap.templates import new_from_template
from journeymap.ui.canvas.items.icons import draw_channel_icon

SIZE = 96  # pixels of the compared square


def _with_channel():
    layout = layout_map(new_from_template("online-purchase"))
    cards = [c for c in layout.cards.values() if c.channel_mark is not None]
    assert cards, "the template has cards with a channel"
    return layout, cards


def _inside(shape, mark: Rect) -> bool:
    if isinstance(shape, Box):
        points = [(shape.rect.x, shape.rect.y), (shape.rect.right, shape.rect.bottom)]
    elif isinstance(shape, Circle):
        points = [(shape.cx - shape.r, shape.cy - shape.r), (shape.cx + shape.r, shape.cy + shape.r)]
    else:
        points = [start for start, _segments in shape.runs]
    return all(mark.x - 0.01 <= x <= mark.right + 0.01 and mark.y - 0.01 <= y <= mark.bottom + 0.01 for x, y in points)


def test_every_card_with_a_channel_draws_its_icon_inside_the_reserved_square_in_its_ink():
    layout, cards = _with_channel()
    for card in cards:
        group = card_group(card)
        icon = [s for s in group.items[1:] if isinstance(s, (Box, Circle, Path)) and _inside(s, card.channel_mark)]
        assert icon, card.card_id
        for shape in icon:
            assert (shape.stroke.colour if shape.stroke is not None else shape.fill) == card.text.colour
    svg = svg_document(map_plan(layout))
    assert svg.count("<circle") >= 3  # the social-media icon's three dots, the globes of the websites


def _mask(draw) -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter)
    painter.end()
    return image


def _dark(image: QImage) -> set[tuple[int, int]]:
    return {(x, y) for x in range(SIZE) for y in range(SIZE) if image.pixelColor(x, y).lightness() < 128}


@pytest.mark.parametrize("channel", sorted(CHANNELS))
def test_the_plans_icon_covers_the_same_pixels_as_the_canvas_icon(qapp, channel):
    assert icon_elements(channel), f"{channel} has an icon file"
    on_screen = _dark(_mask(lambda p: draw_channel_icon(p, channel, QRectF(0, 0, SIZE, SIZE), "#000000")))
    plan = Plan(SIZE, SIZE, round_caps=True)
    plan.add(*channel_shapes(channel, Rect(0, 0, SIZE, SIZE), "#000000"))
    on_paper = _dark(_mask(lambda p: paint_plan(p, plan, 72)))
    overlap = len(on_screen & on_paper) / len(on_screen | on_paper)
    assert overlap > 0.85, f"{channel}: {overlap:.2f}"


def test_an_unknown_channel_draws_the_custom_icon():
    assert channel_shapes("Carrier pigeon", Rect(0, 0, 12, 12), "#111111") == \
        channel_shapes("custom", Rect(0, 0, 12, 12), "#111111")


def test_path_data_reads_lines_curves_arcs_and_closes():
    [(((x, y), segments), closed)] = parse_path("M3 11.5V4.5A1.5 1.5 0 0 1 4.5 3h7L21 12.5l-8.5 8.5z")
    assert (x, y) == (3, 11.5) and closed
    assert segments[0] == (3, 4.5)
    assert len(segments[1]) == 6 and segments[1][-2:] == (4.5, 3)  # the arc, as one quarter-turn curve
    assert segments[2:] == ((11.5, 3), (21, 12.5), (12.5, 21))
