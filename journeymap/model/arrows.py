"""Arrows between cards: the flows and dependencies of a service blueprint.

An arrow joins two cards of any lanes (customer action -> frontstage ->
backstage -> support process). It lives in the map's own list, not in a lane,
because its two ends may be in different lanes; deleting a card deletes the
arrows that touch it (and undo brings them back).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from .ids import Id, fresh_id
from .limits import MAX_NAME
from .strict import Strict

Label = Annotated[str, StringConstraints(max_length=MAX_NAME)]


class ArrowStyle(StrEnum):
    """Solid for a flow (this happens, then that); dashed for a dependency or support."""

    FLOW = "flow"
    DEPENDENCY = "dependency"

    @property
    def label(self) -> str:
        return "Flow (solid)" if self is ArrowStyle.FLOW else "Dependency (dashed)"


class Arrow(Strict):
    """From one card (``source``) to another (``target``), with an optional label."""

    id: Id = Field(default_factory=fresh_id)
    source: Id
    target: Id
    label: Label = ""
    style: ArrowStyle = ArrowStyle.FLOW

    @model_validator(mode="after")
    def _two_cards(self) -> Arrow:
        if self.source == self.target:
            raise ValueError("an arrow joins two different cards")
        return self
