"""Score labels sit on a plate in the lane's colour, above the curves, in every renderer."""

from __future__ import annotations

import re

from journeymap.export.svg_export import svg_text
from journeymap.layout import layout_map
from journeymap.layout.emotion_labels import label_plate, marker_rect

from .maps import sample_map


def test_a_plate_covers_its_label_and_never_another_label_or_a_marker():
    layout = layout_map(sample_map())
    emo = layout.emotion
    blocks = [(c.persona_id, c.kind, step_id, b) for c in emo.curves for step_id, b in c.label_blocks.items()]
    markers = [marker_rect(p.x, p.y, layout.options.marker_size) for c in emo.curves for p in c.points]
    assert blocks
    for key, _k, _s, block in blocks:
        plate = label_plate(block)
        assert plate.contains_rect(block.rect) and plate.w > block.rect.w and plate.h > block.rect.h
        assert not any(plate.intersects(m) for m in markers)
        others = [label_plate(b) for pid, k, s, b in blocks if b is not block]
        assert not any(plate.intersects(o) for o in others), key


def test_the_svg_draws_each_plate_after_the_curves_and_before_its_words():
    layout = layout_map(sample_map())
    svg = svg_text(sample_map())
    fill = layout.lanes[layout.emotion.lane_id].fill
    last_curve = max(m.start() for m in re.finditer(r'<path d="M[^"]*C', svg))
    plates = [m.start() for m in re.finditer(rf'<rect [^>]*fill="{fill}" fill-opacity="0\.\d+"/>', svg)]
    n_labels = sum(len(c.label_blocks) for c in layout.emotion.curves)
    assert len(plates) == n_labels > 0
    assert min(plates) > last_curve
    label = next(iter(next(c for c in layout.emotion.curves if c.label_blocks).label_blocks.values()))
    assert svg.index(label.lines[0], min(plates)) > min(plates)
