"""Errors of reading and writing map files, in words a designer can act on."""

from __future__ import annotations

from pathlib import Path

from ..model.problems import Problem


class MapFileError(Exception):
    """A file could not be opened as a map; ``problems`` say where and why."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = Path(path)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """One ``FILE: PLACE: MESSAGE`` line per problem, as ``journeymap validate`` prints."""
        return [f"{self.path}: {p.place}: {p.message}" for p in self.problems]

    @property
    def summary(self) -> str:
        first = self.problems[0] if self.problems else Problem("file", "unreadable")
        more = len(self.problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        return f"{first.place}: {first.message}{tail}"


class TooNewError(MapFileError):
    """The file was written by a newer Journeymap; opening it could lose data."""


class SaveError(Exception):
    """Saving failed; the previous file on disk is untouched."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Could not save {self.path}: {reason}. The previous file is unchanged.")
