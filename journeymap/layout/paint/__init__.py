"""The paint plan: what every output draws, as styled shapes tagged with the ids of what they show. No Qt.

``map_plan(layout)`` is the journey map; the empathy sheets (``empathy.pages``)
and the digest's stage charts (``stage_chart``) are plans too. PDF, SVG and PNG
are players of plans (``export/pdf_player.py``, ``export/svg_player.py``,
``export/png_export.py``).
"""

from .map_plan import card_group, card_outline, curve_stroke, map_plan, marker, moment_strip, text_of
from .primitives import (
    Anchor,
    Arrow,
    Box,
    Circle,
    Group,
    Image,
    Item,
    Line,
    Marker,
    Path,
    Plan,
    Segment,
    Shape,
    Text,
    text_at,
)

__all__ = [
    "Anchor", "Arrow", "Box", "Circle", "Group", "Image", "Item", "Line", "Marker", "Path", "Plan", "Segment", "Shape", "Text",
    "card_group", "card_outline", "curve_stroke", "map_plan", "marker", "moment_strip", "text_at", "text_of",
]
