"""The knobs of the map's geometry: sizes in points, fonts, paddings."""

from __future__ import annotations

from dataclasses import dataclass

from .style import STYLE

_TYPE = STYLE.type


@dataclass(frozen=True)
class LayoutOptions:
    card_width: float = 150.0
    margin: float = 24.0
    # type sizes (points), from the style table
    title_size: float = _TYPE.title
    scenario_size: float = _TYPE.scenario
    stage_size: float = _TYPE.stage
    step_size: float = _TYPE.step
    lane_title_size: float = _TYPE.lane_title
    card_size: float = _TYPE.card
    small_size: float = _TYPE.small
    leading: float = _TYPE.leading  # line height as a multiple of the type size
    # paddings and gaps
    card_padding: float = 6.0
    cell_padding: float = 6.0
    card_gap: float = 6.0
    header_gap: float = 14.0
    lane_title_width: float = 120.0
    min_row_height: float = 44.0
    min_card_height: float = 28.0
    emotion_lane_height: float = 150.0
    emotion_padding: float = 14.0
    marker_size: float = 8.0
    scenario_width: float = 620.0
    thumbnail_height: float = 40.0  # a picture on a card outside the Images lane
    frame_max_height: float = 150.0  # a storyboard frame in the Images lane
    picture_gap: float = 4.0  # between a card's picture and its text
    legend_width: float = 220.0
    #: the most lines of text a card's face shows, the last ending in "..." and a "more" mark; 0: every
    #: line. The canvas sets a limit so one long quote does not stretch a whole row; exports show all.
    card_max_lines: int = 0
    #: cards whose face shows every line whatever ``card_max_lines`` says: the one being typed in
    open_cards: frozenset[str] = frozenset()
    show_hidden_lanes: bool = False
    show_header: bool = True
