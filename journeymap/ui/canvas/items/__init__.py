"""Scene items: each one a view of one layout box, updated from newer boxes."""

from .arrow import ArrowItem
from .base import MapItem
from .card import CardItem
from .decorations import BlueprintLineItem, HeaderItem
from .emotion import CurveItem, EmotionScaleItem, MarkerBox, MarkerItem, ScaleBox, draw_scale_labels
from .headers import LaneItem, StageItem, StepItem
from .legend import EmotionLegendItem, draw_lane_legend

__all__ = [
    "ArrowItem", "BlueprintLineItem", "CardItem", "CurveItem", "EmotionLegendItem", "EmotionScaleItem", "HeaderItem", "LaneItem", "MapItem",
    "MarkerBox", "MarkerItem", "ScaleBox", "StageItem", "StepItem", "draw_lane_legend",
    "draw_scale_labels",
]
