"""The map as a paint plan: every stage, step, lane, card, curve and label as styled shapes, tagged with ids.

Built from a :class:`~journeymap.layout.MapLayout` and the style table, once
per export; the poster, the tiles, the digest's thumbnail, the SVG and the PNG
all play this one plan, so they cannot drift apart. Painting order: header and
its legend, lane rows, stage bands, step headers, grid lines, cards, the
emotion lane (scale, lane legend, curves and markers, score labels on their
plates), blueprint lines.
"""

from __future__ import annotations

import base64
from functools import cache, lru_cache

from ..arrows import ArrowRoute
from ..boxes import CardBox, CurveLayout, LaneLegend, PictureBox, StepBox, TextBlock
from ..emotion_labels import label_plate
from ..geometry import Rect
from ..map_layout import MapLayout
from ..style import STYLE, Stroke, Style
from ..text import REGULAR, text_width
from .channel_icons import channel_shapes
from .evidence import band_items, weak_rings
from .primitives import (
    Arrow,
    Box,
    Group,
    Image,
    Item,
    Line,
    Marker,
    Path,
    Plan,
    Shape,
    Text,
    text_at,
)


def text_of(block: TextBlock | None) -> Text | None:
    """The shape of a laid-out text block: the block itself (None when there is nothing to draw)."""
    return block if block is not None and block.lines else None


def _texts(*blocks: TextBlock | None) -> list[Shape]:
    return [t for t in map(text_of, blocks) if t is not None]


@cache
def stroke(colour: str, width: float, dash: tuple[float, ...] = ()) -> Stroke:
    """A stroke, made once per look (a map has thousands of cards and a handful of looks)."""
    return Stroke(colour, width, dash)


def marker(shape: str, x: float, y: float, r: float, colour: str, hollow: bool = False,
           rim: str | None = None, style: Style = STYLE) -> Marker:
    """A persona marker as the curves draw it: filled with a paper rim, or hollow (to-be) in its colour."""
    e = style.emotion
    edge = rim or (colour if hollow else e.marker_rim)
    return Marker(shape, x, y, r, style.paper if hollow else colour, stroke(edge, e.marker_outline))


def map_plan(layout: MapLayout, title: str = "", style: Style = STYLE) -> Plan:
    """The whole map, in painting order."""
    plan = Plan(layout.width, layout.height, title, round_caps=True)
    plan.items += _header(layout, style)
    plan.items += _lanes(layout, style)
    plan.items += _stages_and_steps(layout, style)
    plan.items += _grid_lines(layout, style)
    plan.items += [_card_group(card, style) for card in layout.cards.values()]
    plan.items += _emotion(layout, style)
    plan.items += _blueprint_lines(layout, style)
    plan.items += [arrow_group(route, style) for route in layout.arrows]
    return plan


def arrow_group(route: ArrowRoute, style: Style = STYLE) -> Group:
    """One arrow: its line (dashed for a dependency), its head at the target, its label on a plate."""
    a = style.arrow
    line = stroke(a.colour, a.width, a.dependency_dash if route.dashed else ())
    (x0, y0), *via, (x1, y1) = route.points
    shapes: list[Shape] = [Arrow(x0, y0, x1, y1, line, a.head, tuple(via))]
    if route.label is not None:
        shapes += [Box(route.label.rect.inset(-1.5), style.paper, radius=a.label_plate_radius), route.label]
    return Group("arrow", (route.arrow_id, route.source, route.target), route.bounds, tuple(shapes))


@lru_cache(maxsize=256)
def picture_bytes(data: str) -> bytes:
    """The bytes of a picture's base64 text, decoded once however often it is drawn."""
    try:
        return base64.b64decode(data)
    except ValueError:
        return b""


def picture_shapes(picture: PictureBox, style: Style = STYLE) -> tuple[Shape, ...]:
    """A card's picture at its printed size, with a hairline frame (a white screenshot stays a shape)."""
    r = picture.rect
    return (Image(r, picture.media_type, picture_bytes(picture.data), alt=picture.alt),
            Box(r, None, style.arrow.picture_frame))


def _header(layout: MapLayout, style: Style) -> list[Item]:
    h = layout.header
    if h is None:
        return []
    items: list[Item] = [*_texts(h.title, h.details, h.scenario)]
    e = style.emotion
    r = layout.options.marker_size / 2
    for entry in layout.legend:
        sw = entry.swatch
        cy = sw.y + sw.h / 2
        items.append(Group("legend", (entry.persona_id,), None, (
            Line(sw.x, cy, sw.right, cy, Stroke(entry.colour, e.swatch_width, entry.dash)),
            marker(entry.marker, sw.x + sw.w / 2, cy, r, entry.colour, hollow=entry.kind == "to_be", style=style),
            *_texts(entry.label),
        )))
    return [Group("header", (), h.rect, tuple(items))]


def _lanes(layout: MapLayout, style: Style) -> list[Item]:
    title_w = layout.options.lane_title_width
    fill = style.grid.title_column_fill
    return [Group("lane", (lane.lane_id,), lane.rect, (
        Box(lane.rect, lane.fill),
        Box(Rect(lane.rect.x, lane.rect.y, title_w, lane.rect.h), fill),
        *_texts(lane.title),
    )) for lane in layout.lanes.values()]


def _stages_and_steps(layout: MapLayout, style: Style) -> list[Item]:
    g = style.grid
    items: list[Item] = [Group("stage", (stage.stage_id,), stage.rect, (
        Box(stage.rect, stage.colour, g.stage_outline), *_texts(stage.title),
    )) for stage in layout.stages.values()]
    for step in layout.steps.values():
        shapes: list[Shape] = [Box(step.rect, g.header_fill, g.line)]
        strip = moment_strip(step, style)
        if strip is not None:
            shapes.append(strip)
            if step.moment_mark:
                m = step.moment_mark
                shapes.append(marker("star", m.x + m.w / 2, m.y + m.h / 2, m.w / 2, g.moment, style=style))
        shapes += _texts(step.title, *step.metrics)
        items.append(Group("step", (step.step_id,), step.rect, tuple(shapes)))
    return items


def _grid_lines(layout: MapLayout, style: Style) -> list[Item]:
    if not layout.lanes:
        return []
    g = style.grid
    top = min(lane.rect.y for lane in layout.lanes.values())
    bottom = max(lane.rect.bottom for lane in layout.lanes.values())
    items: list[Item] = [Group("column-line", (step.step_id,), step.column, (
        Line(step.column.right, top, step.column.right, bottom, g.line),
    )) for step in layout.steps.values()]
    x0, x1 = layout.grid.x, layout.grid.right
    items += [Group("row-line", (lane.lane_id,), lane.rect, (
        Line(x0, lane.rect.bottom, x1, lane.rect.bottom, g.line),
    )) for lane in layout.lanes.values()]
    rule = x0 + layout.options.lane_title_width
    items.append(Line(rule, top, rule, bottom, g.title_column_rule))
    return items


#: card box -> its group, for boxes the layout handed back unchanged (it keeps them: see ``map_layout._Memo``)
_groups: dict[int, tuple[CardBox, Style, Group]] = {}


def _card_group(card: CardBox, style: Style) -> Group:
    """:func:`card_group`, remembered: a plan after an edit (or a second export) remakes only changed cards."""
    hit = _groups.get(id(card))
    if hit is not None and hit[0] is card and hit[1] is style:
        return hit[2]
    if len(_groups) > 200_000:
        _groups.clear()
    group = card_group(card, style)
    _groups[id(card)] = (card, style, group)
    return group


def card_outline(card: CardBox, style: Style = STYLE) -> Box:
    """A card's rounded box: dashed when assumed, heavier when proposed (the canvas draws this one too)."""
    c = style.card
    if card.border == "dashed":
        edge = stroke(card.border_colour, c.emphasis_width, c.assumed_dash)
    else:
        edge = stroke(card.border_colour, c.emphasis_width if card.proposed else c.border_width)
    return Box(card.rect, card.fill, edge, c.radius)


def curve_stroke(curve: CurveLayout, style: Style = STYLE) -> Stroke:
    """An emotion curve's line: as-is solid and heavier, to-be in the persona's dash (canvas and paper)."""
    e = style.emotion
    return Stroke(curve.colour, e.as_is_width if curve.kind == "as_is" else e.to_be_width, curve.dash)


def moment_strip(step: StepBox, style: Style = STYLE) -> Box | None:
    """The strip along the top of a moment of truth's header (canvas and paper)."""
    if not step.moment_of_truth:
        return None
    g = style.grid
    return Box(Rect(step.rect.x, step.rect.y, step.rect.w, g.moment_strip), g.moment)


def card_group(card: CardBox, style: Style = STYLE) -> Group:
    """One card: its box (dashed when assumed, red with a folded corner when proposed) and its text."""
    c = style.card
    box = card_outline(card, style)
    text = card.text
    picture = picture_shapes(card.picture, style) if card.picture is not None else ()
    mark = channel_shapes(card.channel, card.channel_mark, text.colour) if card.channel_mark is not None else ()
    if card.proposed:
        r = card.rect
        corner = Path((((r.right - c.corner, r.y), ((r.right - c.corner_bevel, r.y), (r.right, r.y + c.corner_bevel),
                                                    (r.right, r.y + c.corner))),), fill=card.border_colour, closed=True)
        items: tuple[Shape, ...] = ((box, *picture, corner, text, *card.badges, *mark) if text.lines
                                    else (box, *picture, corner, *card.badges, *mark))
    else:
        items = (box, *picture, text, *card.badges, *mark) if text.lines else (box, *picture, *card.badges, *mark)
    return Group("card", (card.card_id,), card.rect, items)


def _emotion(layout: MapLayout, style: Style) -> list[Item]:
    emo = layout.emotion
    if emo is None:
        return []
    e = style.emotion
    opts = layout.options
    lane = layout.lanes[emo.lane_id]
    size = opts.small_size
    x_label = lane.rect.x + opts.lane_title_width - opts.cell_padding
    items: list[Item] = []
    for value, y, label in emo.scale_ticks:
        items.append(Line(emo.band.x, y, emo.band.right, y, e.scale_zero if value == 0 else e.scale_line))
        items.append(text_at(x_label, y + e.scale_label_rise * size, label, REGULAR, size, e.scale_label, "end",
                             text_width(label, REGULAR, size)))
    if emo.legend is not None:
        items.append(_lane_legend(emo.legend, opts.marker_size / 2, style))
    r = opts.marker_size / 2
    for curve in emo.curves:
        hollow = curve.kind == "to_be"
        stroke = curve_stroke(curve, style)
        runs = tuple(((run[0][0], run[0][1]), tuple(seg[2:] for seg in run)) for run in curve.runs if run)
        items.append(Group("curve", (curve.persona_id,), None, (
            *_evidence(curve),
            Path(runs, stroke=stroke),
            *(marker(curve.marker, p.x, p.y, r, curve.colour, hollow=hollow, style=style) for p in curve.points),
        )))
    for curve in emo.curves:  # labels last, on a plate that knocks the curves out behind them
        for step_id, block in curve.label_blocks.items():
            items.append(Group("score-label", (curve.persona_id, step_id), block.rect, (
                Box(label_plate(block), lane.fill, radius=e.label_plate_radius, opacity=e.label_plate_opacity),
                *_texts(block),
            )))
    return [Group("emotion", (emo.lane_id,), lane.rect, tuple(items))]


def _evidence(curve: CurveLayout) -> list[Item]:
    """A measured curve's 95 % intervals under it, and rings around its weak points (``paint.evidence``)."""
    at = {p.step_id: (p.x, p.y) for p in curve.points}
    return band_items(curve.bands, curve.colour) + weak_rings(at[s] for s in curve.weak if s in at)


def _lane_legend(legend: LaneLegend, r: float, style: Style) -> Group:
    """The persona legend in the emotion lane's title cell (the canvas draws the same, items/legend.py)."""
    e = style.emotion
    shapes: list[Shape] = []
    for key in legend.personas:
        shapes.append(marker(key.marker, key.x, key.y, r, key.colour, style=style))
        shapes += _texts(key.name)
    for line in legend.lines:
        shapes.append(Line(line.x0, line.y, line.x1, line.y, Stroke(line.colour, e.key_width, line.dash)))
        shapes.append(marker("circle", (line.x0 + line.x1) / 2, line.y, e.key_marker / 2, line.colour,
                             hollow=line.kind == "to_be", rim=line.colour, style=style))
        shapes += _texts(line.label)
    return Group("lane-legend", tuple(key.persona_id for key in legend.personas), legend.rect, tuple(shapes))


def _blueprint_lines(layout: MapLayout, style: Style) -> list[Item]:
    b = style.blueprint
    return [Group("blueprint-line", (), Rect(bl.x0, bl.y, bl.x1 - bl.x0, 0.0), (
        Line(bl.x0, bl.y, bl.x1, bl.y, b.stroke_of(bl.label)), *_texts(bl.text),
    )) for bl in layout.blueprint_lines]
