"""Scene items: each one a view of one layout box, updated from newer boxes."""

from .base import MapItem
from .card import CardItem
from .decorations import BlueprintLineItem, HeaderItem
from .emotion import CurveItem, EmotionScaleItem, MarkerBox, MarkerItem, ScaleBox, draw_scale_labels
from .headers import LaneItem, StageItem, StepItem

__all__ = [
    "BlueprintLineItem", "CardItem", "CurveItem", "EmotionScaleItem", "HeaderItem", "LaneItem", "MapItem",
    "MarkerBox", "MarkerItem", "ScaleBox", "StageItem", "StepItem", "draw_scale_labels",
]
