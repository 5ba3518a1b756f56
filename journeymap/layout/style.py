"""The one style table: every colour, stroke, radius, dash and type size the map and the sheets are drawn with.

The layout takes its type sizes from here (the defaults of ``LayoutOptions``),
the paint plan (:mod:`.paint`) takes every fill and stroke from here, and the
PDF, SVG and PNG players draw what the plan says. The canvas items and the
presentation slides are to read the same table, so one change here changes
every output at once (a moment-of-truth strip typed into two writers and
missing on the canvas is what this table ends).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ..model import LaneKind
from .fonts import BOLD, ITALIC, REGULAR


@dataclass(frozen=True, slots=True)
class Stroke:
    """A line's colour, width (pt) and dash pattern (pt on, pt off, ...; () for solid)."""

    colour: str
    width: float
    dash: tuple[float, ...] = ()


INK = "#1a1a1a"
PAPER = "#ffffff"
MUTED = "#4a5360"
PROPOSED = "#b3261e"
MOMENT = "#b3261e"

#: The default fill of a card in each kind of lane (a card's or lane's own colour wins).
CARD_TINTS: Mapping[LaneKind, str] = MappingProxyType({
    LaneKind.ACTIONS: "#e3eefa",
    LaneKind.TOUCHPOINTS: "#e6f4ea",
    LaneKind.THOUGHTS: "#f1e9fb",
    LaneKind.FEELINGS: "#fdebf3",
    LaneKind.EMOTION: "#fff4e0",
    LaneKind.PAIN_POINTS: "#fde4e1",
    LaneKind.OPPORTUNITIES: "#fff3c4",
    LaneKind.IDEAS: "#fff8d6",
    LaneKind.OWNERSHIP: "#e8eaed",
    LaneKind.METRICS: "#e0f2f1",
    LaneKind.EVIDENCE: "#efebe4",
    LaneKind.IMAGES: "#f1f3f4",
    LaneKind.TEXT: "#ffffff",
    LaneKind.PHYSICAL_EVIDENCE: "#efebe4",
    LaneKind.FRONTSTAGE: "#e3f2fd",
    LaneKind.BACKSTAGE: "#eceff1",
    LaneKind.SUPPORT_PROCESSES: "#f3f4f6",
})

#: Lane rows alternate these fills, so a long row is easy to follow across the map.
ROW_FILLS = ("#ffffff", "#f6f7f9")


@dataclass(frozen=True, slots=True)
class TypeSizes:
    """The map's type sizes in points, and line height as a multiple of the size."""

    title: float = 20.0
    scenario: float = 10.0
    stage: float = 12.0
    step: float = 10.0
    lane_title: float = 10.0
    card: float = 9.0
    small: float = 7.0  # badges, metrics, score labels, the scale
    leading: float = 1.25


@dataclass(frozen=True, slots=True)
class GridStyle:
    """The map's frame: stage bands, step headers, lane rows, their title column and the lines between."""

    line: Stroke = Stroke("#c9ced6", 0.5)
    header_fill: str = "#f2f4f7"
    title_column_fill: str = "#e9edf2"
    title_column_rule: Stroke = Stroke("#8d96a3", 0.8)
    stage_outline: Stroke = Stroke(PAPER, 1.5)
    moment: str = MOMENT  # the strip along a moment of truth's header, and its star
    moment_strip: float = 2.5


@dataclass(frozen=True, slots=True)
class CardStyle:
    radius: float = 4.0
    border: str = "#5f6b7a"
    border_width: float = 0.6
    emphasis_width: float = 1.2  # assumed (dashed) and proposed (red) cards
    assumed_dash: tuple[float, ...] = (3.0, 2.0)
    proposed: str = PROPOSED
    corner: float = 9.0  # the proposed card's folded corner: its size
    corner_bevel: float = 3.0  # and its cut


@dataclass(frozen=True, slots=True)
class EmotionStyle:
    """The emotion lane: scale lines and their words, curves, markers, score labels, legends."""

    scale_zero: Stroke = Stroke("#8d96a3", 0.8)
    scale_line: Stroke = Stroke("#dde1e6", 0.5, (2.0, 2.0))
    scale_label: str = MUTED
    scale_label_rise: float = 0.36  # the scale's words sit this many ems below their line: centred on it
    as_is_width: float = 2.0
    to_be_width: float = 1.6
    to_be_dash: tuple[float, ...] = (5.0, 3.0)
    marker_outline: float = 1.0  # the marker's rim: paper round a filled one, the colour round a hollow one
    marker_rim: str = PAPER
    label: str = INK
    label_plate_opacity: float = 0.85  # the curves under a score label fade to a hint, the words read clearly
    label_plate_radius: float = 2.0
    swatch_width: float = 1.6  # the header legend's line sample
    key_width: float = 1.2  # the lane legend's as-is / to-be line sample
    key_marker: float = 5.0  # and the marker in its middle
    key_ink: str = MUTED


@dataclass(frozen=True, slots=True)
class BlueprintStyle:
    """The service-blueprint lines, each with its own stroke as in the blueprint literature.

    Interaction solid and heaviest, visibility long dashes, internal interaction
    dots: the three read apart without colour. Any other line takes ``line``.
    """

    line: Stroke = Stroke("#3c4550", 1.4, (8.4, 4.2))
    strokes: Mapping[str, Stroke] = field(default_factory=lambda: MappingProxyType({
        "Line of interaction": Stroke("#3c4550", 1.8),
        "Line of visibility": Stroke("#3c4550", 1.4, (9.8, 4.9)),
        "Line of internal interaction": Stroke("#3c4550", 1.4, (1.4, 3.5)),
    }))
    label: str = MUTED

    def stroke_of(self, label: str) -> Stroke:
        return self.strokes.get(label, self.line)


@dataclass(frozen=True, slots=True)
class ArrowStyle:
    """Arrows between cards: solid for a flow, dashed for a dependency; the head always solid."""

    colour: str = "#2b3a4a"
    width: float = 1.1
    dependency_dash: tuple[float, ...] = (4.0, 2.5)
    head: float = 5.5
    label: str = INK
    label_size: float = 7.0
    label_max_width: float = 110.0
    label_plate_radius: float = 2.0
    picture_frame: Stroke = Stroke("#8d96a3", 0.5)  # round a picture on a card


@dataclass(frozen=True, slots=True)
class ThumbnailStyle:
    """The small map on the digest's cover: text too small to read becomes grey bars."""

    greek: str = "#b4bac2"
    frame: Stroke = Stroke("#bfc7d1", 0.5)


@dataclass(frozen=True, slots=True)
class ChartStyle:
    """The digest's emotion chart of one stage (its curves and markers are drawn as on the map)."""

    scale_zero: Stroke = Stroke("#8c96a3", 0.7)
    scale_line: Stroke = Stroke("#dee0e6", 0.4)
    label: str = MUTED
    step_name: str = INK
    type: float = 6.5
    as_is_width: float = 1.8
    to_be_width: float = 1.4
    marker_radius: float = 3.2
    marker_outline: float = 0.9


@dataclass(frozen=True, slots=True)
class SheetStyle:
    """The empathy sheets (sizes scale with the sheet: see ``empathy.pages.Type``)."""

    ink: str = INK
    soft_ink: str = "#454f5b"
    frame: str = "#8c96a3"
    badge: str = "#2b3a4a"  # the section numbers and the persona's disc
    think_feel_fill: str = "#f4f6f8"
    blank_head_fill: str = "#eef1f4"
    note_shadow: str = "#c9c9c9"
    #: (fill, edge) of the sticky notes of each section
    notes: Mapping[str, tuple[str, str]] = field(default_factory=lambda: MappingProxyType({
        "goal": ("#ffe2b8", "#d9a55c"), "sees": ("#fff4a3", "#d4c04a"), "says": ("#fff4a3", "#d4c04a"),
        "does": ("#ffe2b8", "#d9a55c"), "hears": ("#d7ecff", "#7fa9d1"), "thinks": ("#d7ecff", "#7fa9d1"),
        "feels": ("#ffd9e8", "#d68aa8"), "pains": ("#ffd6d1", "#d98b80"), "gains": ("#d9f4cf", "#86bd72"),
        "who": ("#eef1f4", "#8c96a3"),  # a bio too long for the Who box, continued
    }))


@dataclass(frozen=True, slots=True)
class TextStyle:
    """A paragraph style of the digest: face, size and line height (pt), colour, indent and spacing."""

    face: str
    size: float
    leading: float
    colour: str = INK
    indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0


def _digest_styles() -> Mapping[str, TextStyle]:
    return MappingProxyType({
        "title": TextStyle(BOLD, 24, 29, space_after=6),
        "h1": TextStyle(BOLD, 17, 21, space_before=4, space_after=6),
        "h2": TextStyle(BOLD, 12, 15, space_before=10, space_after=3),
        "h3": TextStyle(BOLD, 9, 12, MUTED, space_before=5, space_after=1),
        "body": TextStyle(REGULAR, 9.5, 13),
        "quote": TextStyle(ITALIC, 10.5, 14, indent=12, space_before=2, space_after=4),
        "item": TextStyle(REGULAR, 9.5, 13, indent=10, space_before=1),
        "small": TextStyle(REGULAR, 8, 10.5, MUTED),
        "card": TextStyle(REGULAR, 9.5, 12.5, indent=10, space_before=1),
        "card_detail": TextStyle(REGULAR, 8.5, 11, indent=10),
        "card_facts": TextStyle(REGULAR, 7.5, 10, MUTED, indent=10),
        "table": TextStyle(REGULAR, 8.5, 11),
    })


RGB = tuple[float, float, float]


@dataclass(frozen=True, slots=True)
class PageStyle:
    """What a PDF page carries besides the drawing: footers, tile labels, crop marks, the tile locator.

    These colours are RGB fractions, the very values the pages have always been
    printed with (near the hex colours above: the footer's is MUTED's, the label's INK's).
    """

    footer_ink: RGB = (0.29, 0.33, 0.38)
    footer_size: float = 7.5
    footer_rule: RGB = (0.8, 0.82, 0.85)
    footer_rule_width: float = 0.4
    label_ink: RGB = (0.1, 0.1, 0.1)
    label_size: float = 9.0  # "Row r of R · Column c of C"
    note_size: float = 7.0  # how to assemble the tiles
    crop_mark: RGB = (0.0, 0.0, 0.0)
    crop_mark_width: float = 0.4
    overlap_guide: RGB = (0.55, 0.59, 0.64)
    overlap_guide_width: float = 0.4
    overlap_guide_dash: tuple[float, ...] = (2.0, 2.0)
    locator_edge: RGB = (0.4, 0.44, 0.5)
    locator_edge_width: float = 0.3
    locator_field: RGB = (0.93, 0.94, 0.96)
    locator_left_out: RGB = (1.0, 1.0, 1.0)
    locator_here: RGB = (0.7, 0.15, 0.12)
    table_pad: float = 4.0  # the digest's pain-point table


@dataclass(frozen=True, slots=True)
class Style:
    type: TypeSizes = TypeSizes()
    grid: GridStyle = GridStyle()
    card: CardStyle = CardStyle()
    emotion: EmotionStyle = EmotionStyle()
    blueprint: BlueprintStyle = BlueprintStyle()
    arrow: ArrowStyle = ArrowStyle()
    thumbnail: ThumbnailStyle = ThumbnailStyle()
    chart: ChartStyle = ChartStyle()
    sheet: SheetStyle = SheetStyle()
    page: PageStyle = PageStyle()
    digest: Mapping[str, TextStyle] = field(default_factory=_digest_styles)
    paper: str = PAPER
    ink: str = INK
    muted: str = MUTED


#: The style every output draws with.
STYLE = Style()
