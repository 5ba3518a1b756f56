"""The emotion lane of the HTML page: the curves as inline SVG, drawn from the map's own paint plan.

The page's grid has columns as wide as the layout's, in CSS pixels, so the
layout's emotion lane (laid out once more with sizes for a screen) drops into
the grid row as it is: the curves, markers and score labels in one SVG across
the step columns, the lane's title, scale words and persona legend in another
in the pinned title column. The curves' SVG carries a text alternative that
says what the curves do; every score is in the tables under it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...layout import LayoutOptions, MapLayout
from ...layout.emotion import scale_label
from ...layout.paint import Group, Item, Text, map_plan
from ...model import JourneyMap, Persona
from ..svg_player import SvgPlayer, _n
from .markup import esc
from .strings import text

#: the layout's sizes for a screen: one layout point is one CSS pixel
SCREEN = LayoutOptions(card_width=196.0, cell_padding=8.0, lane_title_width=184.0, margin=0.0, small_size=12.0,
                       lane_title_size=15.0, marker_size=11.0, emotion_lane_height=210.0, emotion_padding=18.0,
                       card_size=14.0, step_size=15.0, stage_size=16.0, show_header=False)


@dataclass(frozen=True)
class EmotionSvgs:
    curves: str  # across the step columns
    key: str  # in the lane-title column
    height: float  # both, in px


def emotion_svgs(layout: MapLayout, journey: JourneyMap) -> EmotionSvgs | None:
    """The two SVGs of the emotion lane, or None when the map shows no emotion lane."""
    emo = layout.emotion
    if emo is None:
        return None
    lane = layout.lanes[emo.lane_id]
    opts = layout.options
    top = lane.rect.y
    bottom = emo.band.bottom + opts.emotion_padding + opts.cell_padding
    if emo.legend is not None:
        bottom = max(bottom, emo.legend.rect.bottom + opts.cell_padding)
    height = bottom - top
    grid_x = lane.rect.x + opts.lane_title_width
    group = next(g for g in map_plan(layout).items if isinstance(g, Group) and g.kind == "emotion")
    in_title = [item for item in group.items if _in_title_column(item, grid_x)]
    in_grid = [item for item in group.items if not _in_title_column(item, grid_x)]
    title_items: list[Item] = [lane.title, *in_title] if lane.title.lines else in_title
    key = _svg(title_items, lane.rect.x, top, opts.lane_title_width, height, ' aria-hidden="true"')
    width = lane.rect.right - grid_x
    title, desc = curve_words(journey, layout)
    described = (' role="img" aria-labelledby="curve-title" aria-describedby="curve-desc"',
                 f'<title id="curve-title">{esc(title)}</title><desc id="curve-desc">{esc(desc)}</desc>')
    curves = _svg(in_grid, grid_x, top, width, height, described[0], described[1])
    return EmotionSvgs(curves, key, height)


def _in_title_column(item: Item, grid_x: float) -> bool:
    if isinstance(item, Group):
        return item.kind == "lane-legend"
    return isinstance(item, Text) and item.rect.right <= grid_x + 0.5


def _svg(items: list[Item], x: float, y: float, w: float, h: float, attrs: str, head: str = "") -> str:
    player = SvgPlayer()
    player.play(items)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(w)}" height="{_n(h)}" '
            f'viewBox="{_n(x)} {_n(y)} {_n(w)} {_n(h)}" stroke-linecap="round" stroke-linejoin="round"'
            f'{attrs}>{head}{"".join(player.out)}</svg>')


def curve_words(journey: JourneyMap, layout: MapLayout) -> tuple[str, str]:
    """The curves' text alternative: a title, and per persona where the curve starts, dips, peaks and ends."""
    shown = [p for p in journey.personas if p.show_curve]
    steps = [step for stage in journey.stages for step in stage.steps]
    names = ", ".join(p.name for p in shown)
    title = text("curve_title", personas=names or "\u2014", steps=len(steps))
    lines = [_persona_words(journey, p) for p in shown]
    lines = [line for line in lines if line]
    if not lines:
        return title, text("curve_none")
    s = journey.emotion_scale
    lines.append(text("scale_note", low=scale_label(s.min, s.min, s.max), high=scale_label(s.max, s.min, s.max)))
    if any(score.target is not None for step in steps for score in step.scores):
        lines.append(text("curve_key"))
    lines.append(text("curve_more"))
    return title, " ".join(lines)


def _persona_words(journey: JourneyMap, persona: Persona) -> str:
    s = journey.emotion_scale
    points = [(step.name, score.value) for stage in journey.stages for step in stage.steps
              for score in step.scores if score.persona == persona.id and score.value is not None]
    if not points:
        return ""

    def said(value: int) -> str:
        return scale_label(value, s.min, s.max)

    if len(points) == 1:
        return text("curve_persona_one", persona=persona.name, first=said(points[0][1]), first_step=points[0][0])
    low = min(points, key=lambda p: p[1])
    high = max(points, key=lambda p: p[1])
    return text("curve_persona", persona=persona.name, first=said(points[0][1]), first_step=points[0][0],
                low=said(low[1]), low_step=low[0], high=said(high[1]), high_step=high[0],
                last=said(points[-1][1]), last_step=points[-1][0])
