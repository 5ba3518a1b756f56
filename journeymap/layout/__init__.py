"""Pure geometry of a journey map, in points (1/72 in), y downwards, and the one text engine. No Qt.

The editor's canvas and every export draw from :func:`layout_map`, so what the
screen shows and what prints agree, down to where lines wrap. The text engine:
``text`` (measure, wrap, hyphenate), ``fonts`` (faces and fallback), ``shaping``
(``shape()``: a line into runs with a face and a direction; imported from ``shaping`` itself,
so that the editor's first window, which measures plain text, does not load HarfBuzz's glue), ``fitting`` (the
largest size that fits). The paint plan and its one style table: ``paint``, ``style``.
"""

from .boxes import (
    BlueprintLine,
    CardBox,
    CurveLayout,
    CurvePoint,
    HeaderLayout,
    LaneBox,
    LegendEntry,
    ScaleTick,
    StageBox,
    StepBox,
    TextBlock,
)
from .emotion import MARKERS, EmotionLayout, emotion_word, monotone_beziers, scale_label
from .geometry import Rect
from .incremental import relayout, relayout_cells
from .map_layout import MapLayout, blueprint_splits, card_badges, layout_map, metric_texts, visible_lanes
from .options import LayoutOptions
from .palette import CARD_TINTS, ink_on
from .style import STYLE, Stroke, Style
from .text import BOLD, ITALIC, QT_FAMILY, REGULAR, font_file, register_fonts, text_width, wrap

__all__ = [
    "BOLD", "CARD_TINTS", "ITALIC", "MARKERS", "QT_FAMILY", "REGULAR", "STYLE",
    "Stroke", "Style",
    "BlueprintLine", "CardBox", "CurveLayout", "CurvePoint", "EmotionLayout", "HeaderLayout",
    "LaneBox", "LayoutOptions", "LegendEntry", "MapLayout", "Rect", "ScaleTick", "StageBox",
    "StepBox", "TextBlock", "blueprint_splits", "card_badges", "emotion_word", "font_file", "ink_on",
    "layout_map", "metric_texts", "monotone_beziers", "register_fonts", "relayout", "relayout_cells",
    "scale_label",
    "text_width", "visible_lanes", "wrap",
]

