"""Ordered upgrades of old files: each a pure function from version N to N+1.

A migration takes the parsed JSON object of a file at version N and returns
the object at version N+1; it never touches the disk. ``MIGRATIONS[n]``
upgrades from ``n``. Version 0 is the pre-release draft format (cards listed
at the top level with a ``lane`` field, scores under ``emotion``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..i18n import _
from ..model.journey_map import SCHEMA_VERSION
from ..model.problems import Problem

Migration = Callable[[dict[str, Any]], dict[str, Any]]


class MigrationError(ValueError):
    """An old file holds something its upgrade cannot carry over without losing it.

    ``problems`` are placed in the file as the user wrote it (the old version),
    so they can find and fix each one.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(map(str, problems)))


def _v0_to_v1(doc: dict[str, Any]) -> dict[str, Any]:
    """Draft files kept cards in one top-level list; v1 keeps them in their lane.

    A card that names no existing lane has nowhere to go: the file is refused
    with the card's place rather than upgraded without it.
    """
    out = copy.deepcopy(doc)
    problems: list[Problem] = []
    cards = out.pop("cards", [])
    if not isinstance(cards, list):
        problems.append(Problem("cards", _("must be a list of cards")))
        cards = []
    raw_lanes = out.get("lanes", [])
    if not isinstance(raw_lanes, list):
        raise MigrationError([*problems, Problem("lanes", _("must be a list of lanes"))])
    lanes = {}
    for n, lane in enumerate(raw_lanes):
        if not isinstance(lane, dict) or not isinstance(lane.get("id"), str):
            continue  # the validation of the upgraded file names it
        if not isinstance(lane.setdefault("cards", []), list):
            problems.append(Problem(f"lanes[{n}].cards", _("must be a list of cards")))
            continue
        lanes[lane["id"]] = lane
    for n, card in enumerate(cards):
        if not isinstance(card, dict):
            problems.append(Problem(f"cards[{n}]", _("must be an object (a card)")))
            continue
        if "lane" not in card:
            problems.append(Problem(f"cards[{n}].lane", _("required field is missing (the lane the card is in)")))
            continue
        lane_id = card.pop("lane")
        lane = lanes.get(lane_id) if isinstance(lane_id, str) else None
        if lane is None:
            shown = lane_id if isinstance(lane_id, str) else repr(lane_id)
            problems.append(Problem(f"cards[{n}].lane", _("no lane has the id {value}").format(
                value=shown[:60])))
            continue
        lane["cards"].append(card)
    for s, stage in enumerate(out.get("stages", []) if isinstance(out.get("stages"), list) else []):
        steps = stage.get("steps", []) if isinstance(stage, dict) else []
        for t, step in enumerate(steps if isinstance(steps, list) else []):
            if isinstance(step, dict) and "emotion" in step:
                if "scores" in step:
                    problems.append(Problem(f"stages[{s}].steps[{t}].emotion",
                                            _("the step has both emotion and scores; keep one of them")))
                    continue
                step["scores"] = step.pop("emotion")
    if problems:
        raise MigrationError(problems)
    out["schema_version"] = 1
    return out


def _comments_v2(doc: dict[str, Any]) -> None:
    """Version 2 adds comment threads (``threads``); a v1 map has none, and the default says so."""



def _v1_workshop(doc: dict[str, Any]) -> None:
    """Workshops (v2): a v1 map has no workshop view, vote rounds or polled scores.

    Nothing to carry over: the new ``workshop`` key and ``Score.sample_size``
    default to the default deck, no rounds and no poll, which is what a v1
    map meant.
    """



def _scores_were_entered_by_hand(doc: dict[str, Any]) -> None:
    """v2 scores say where they come from; every v1 score was typed or dragged by hand.

    (Version 2 also adds the research history, the health settings and the
    merge conflicts; their defaults are what a v1 map means, so they need no step.)
    """
    stages = doc.get("stages")
    for stage in stages if isinstance(stages, list) else []:
        steps = stage.get("steps") if isinstance(stage, dict) else None
        for step in steps if isinstance(steps, list) else []:
            scores = step.get("scores") if isinstance(step, dict) else None
            for score in scores if isinstance(scores, list) else []:
                if isinstance(score, dict):
                    score.setdefault("source", "manual")


def _v1_cards_have_no_pictures_spans_or_arrows(doc: dict[str, Any]) -> None:
    """Pictures, spanning cards, arrows and the persona library (v2): nothing to carry over.

    A v1 card is in one step with no picture (``last_step`` and ``picture`` default
    to none), a v1 map has no arrows, and its personas come from no library.
    """


def _columns_keep_their_width(doc: dict[str, Any]) -> None:
    """Column widths (v2): a v1 map has none, so every column keeps the default card width.

    ``JourneyMap.card_width`` and ``Step.card_width`` default to None, which is what
    a v1 map meant: nothing to carry over.
    """


#: The v1 -> v2 upgrade, one small step per feature of the wave (each edits the copy in place).
V1_TO_V2_STEPS: list[Callable[[dict[str, Any]], None]] = [
    _scores_were_entered_by_hand,
    _v1_workshop,
    _v1_cards_have_no_pictures_spans_or_arrows,
    _columns_keep_their_width,
    _comments_v2,
]


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    for step in V1_TO_V2_STEPS:
        step(out)
    out["schema_version"] = 2
    return out


MIGRATIONS: dict[int, Migration] = {0: _v0_to_v1, 1: _v1_to_v2}


def migrate(doc: dict[str, Any], version: int) -> dict[str, Any]:
    """Apply every migration from ``version`` up to the current schema version."""
    for v in range(version, SCHEMA_VERSION):
        doc = MIGRATIONS[v](doc)
    return doc
