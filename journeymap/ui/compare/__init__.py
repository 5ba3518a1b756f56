"""File > Compare With…: the differences from another version, highlighted on the canvas and listed."""

from .controller import CompareController
from .overlay import CompareOverlay, HighlightItem, highlights

__all__ = ["CompareController", "CompareOverlay", "HighlightItem", "highlights"]
