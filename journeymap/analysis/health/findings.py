"""A finding of the health check: which rule, how serious, where, and what to do about it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum


class Level(IntEnum):
    """How serious a finding is; ``journeymap lint`` exits 1 when any finding is an error."""

    ERROR = 0
    WARNING = 1
    NOTE = 2

    @property
    def word(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    """One thing a CX lead would point at, at one place of the map.

    ``place`` is the path validation uses (``stages[2].steps[0]``); ``obj_id``
    is what the editor selects when the finding is clicked. ``message`` is in
    English (``journeymap lint`` prints it); ``words`` and ``values`` are what
    it was made of, so that the editor can say it in its own language.
    """

    rule: str
    level: Level
    place: str
    obj_id: str | None
    message: str
    words: str = ""
    values: tuple[tuple[str, str], ...] = ()

    def said(self, translate: Callable[[str], str]) -> str:
        """The message with its words translated by ``translate`` (the names it quotes stay as typed)."""
        return translate(self.words).format(**dict(self.values)) if self.words else self.message

    def line(self) -> str:
        return f"{self.place}: {self.level.word}: {self.message} [{self.rule}]"
