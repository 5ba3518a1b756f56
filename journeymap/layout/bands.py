"""A long journey wrapped into bands, one under the other, so a poster can use a sheet's height.

A 40-step map is seven times wider than tall; printed on one strip across an
A0 sheet, its text is 3 pt. Cut into bands of consecutive steps stacked down
the sheet, it prints three times larger. Each band is laid out as a map of its
own steps (the same :func:`layout_map`), so it repeats the lane titles, the
emotion scale and the persona legend at its left, its rows are only as tall
as its own cards need, and a stage cut between two bands is named again in
the next with "(continued)". Only the first band carries the map's header.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..i18n import N_, _
from ..model import JourneyMap, Lane, Stage
from ..model.spans import shrunk_spans
from .geometry import Rect
from .map_layout import MapLayout, layout_map
from .options import LayoutOptions

#: the space between two bands, in layout units (a poster's bands have no margin of their own)
BAND_GAP = 28.0
#: how a stage cut off by the band before it is named again (one place, for translation later)
CONTINUED = N_("{name} (continued)")  #: translated where it is shown: _(CONTINUED)

Column = tuple[int, int | None]  # (stage index, step index; None for a stage without steps)


@dataclass(frozen=True)
class Band:
    """One band: its own layout, placed with its top-left at (x, y) on the poster, in layout units."""

    layout: MapLayout
    x: float
    y: float
    columns: tuple[Column, ...]

    @property
    def rect(self) -> Rect:
        return Rect(self.x, self.y, self.layout.width, self.layout.height)

    @property
    def content(self) -> Rect:
        """What the band draws: its layout without the empty margin around it."""
        m = self.layout.options.margin
        return Rect(self.x + m, self.y + m, self.layout.width - 2 * m, self.layout.height - 2 * m)


@dataclass(frozen=True)
class BandedLayout:
    """The map as bands stacked top to bottom; ``width`` x ``height`` holds them all (layout units)."""

    bands: tuple[Band, ...]
    width: float
    height: float

    @property
    def count(self) -> int:
        return len(self.bands)

    def content_area(self) -> float:
        """The area the bands draw on (margins excluded): what a poster's coverage counts."""
        return sum(b.content.w * b.content.h for b in self.bands)


def map_columns(journey: JourneyMap) -> list[Column]:
    """The map's columns left to right, as the layout makes them: one per step, one per empty stage."""
    out: list[Column] = []
    for si, stage in enumerate(journey.stages):
        if stage.steps:
            out.extend((si, ti) for ti in range(len(stage.steps)))
        else:
            out.append((si, None))
    return out


def split_columns(columns: list[Column], count: int) -> list[list[Column]]:
    """``columns`` cut into ``count`` runs, none wider than the widest must be, cuts on stage edges when free.

    The poster's scale depends only on the widest band, so every split whose
    bands hold at most ``ceil(n / count)`` columns is as large; among those,
    a cut that falls between two stages is preferred (a stage read in one piece).
    """
    n = len(columns)
    count = max(1, min(count, n))
    most = -(-n // count)
    cuts = [0]
    for left in range(count - 1, 0, -1):  # ``left`` bands still to come after this one
        start = cuts[-1]
        lo, hi = max(start + 1, n - left * most), min(start + most, n - left)
        stage_edges = [c for c in range(lo, hi + 1) if columns[c][0] != columns[c - 1][0]]
        cuts.append(max(stage_edges) if stage_edges else hi)
    cuts.append(n)
    return [columns[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def band_journey(journey: JourneyMap, columns: list[Column]) -> JourneyMap:
    """The map with only the stages and steps of ``columns``; a stage begun in an earlier band says so.

    Lanes, cards and personas are shared, not copied: the layout leaves out
    cards whose step is not in the band, and scores live on the steps.
    """
    stages: list[Stage] = []
    for si in dict.fromkeys(c[0] for c in columns):
        stage = journey.stages[si]
        steps = [stage.steps[ti] for s, ti in columns if s == si and ti is not None]
        begun_before = bool(stage.steps) and steps[0] is not stage.steps[0]
        name = _(CONTINUED).format(name=stage.name) if begun_before else stage.name
        stages.append(stage.model_copy(update={"steps": steps, "name": name}))
    return journey.model_copy(update={"stages": stages, "lanes": _spans_in_band(journey, stages)})


def _spans_in_band(journey: JourneyMap, stages: list[Stage]) -> list[Lane]:
    """The lanes, with each card that spans steps into or out of the band cut to the band's part of its span.

    The steps outside the band leave each span as moved-away steps would
    (:func:`..model.spans.shrunk_spans`): a span begun in an earlier band is
    printed from the band's first step, one going on into the next band runs to
    this band's last. Lanes without such a card are the map's own (nothing copied).
    """
    inside = {step.id for stage in stages for step in stage.steps}
    cut = {edit.card_id: edit.new
           for edit in shrunk_spans(journey, (step.id for step in journey.steps() if step.id not in inside))}
    if not cut:
        return journey.lanes
    return [lane.model_copy(update={"cards": [
        card.model_copy(update={"step": cut[card.id][0], "last_step": cut[card.id][1]}) if card.id in cut else card
        for card in lane.cards]}) if any(card.id in cut for card in lane.cards) else lane
        for lane in journey.lanes]


def layout_bands(journey: JourneyMap, count: int, options: LayoutOptions | None = None) -> BandedLayout:
    """The map in ``count`` bands (fewer when it has fewer columns), each laid out on its own, stacked."""
    opts = options or LayoutOptions()
    columns = map_columns(journey)
    if count <= 1 or len(columns) <= 1:
        layout = layout_map(journey, opts)
        return BandedLayout((Band(layout, 0.0, 0.0, tuple(columns)),), layout.width, layout.height)
    bands: list[Band] = []
    y = 0.0
    runs = split_columns(columns, count)
    widest = max(len(run) for run in runs)
    for k, run in enumerate(runs):
        band_opts = replace(opts, show_header=k == 0 and opts.show_header)
        if len(run) < widest:  # a band with fewer steps gets wider cards: every band ends at the same edge
            col_w = (opts.card_width + 2 * opts.cell_padding) * widest / len(run)
            band_opts = replace(band_opts, card_width=col_w - 2 * opts.cell_padding)
        layout = layout_map(band_journey(journey, run), band_opts)
        bands.append(Band(layout, 0.0, y, tuple(run)))
        y += layout.height + BAND_GAP
    return BandedLayout(tuple(bands), max(b.layout.width for b in bands), y - BAND_GAP)
