"""Errors of reading and writing map files, in words a designer can act on."""

from __future__ import annotations

import os
from pathlib import Path

from ..i18n import _, ngettext
from ..model.problems import Problem
from .filenames import shown


class MapFileError(Exception):
    """A file could not be opened as a map; ``problems`` say where and why."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = Path(path)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """One ``FILE: PLACE: MESSAGE`` line per problem, as ``journeymap validate`` prints."""
        name = shown(self.path)  # one line per problem, whatever the name holds
        return [f"{name}: {p.place}: {p.message}" for p in self.problems]

    @property
    def summary(self) -> str:
        first = self.problems[0] if self.problems else Problem("file", "unreadable")
        more = len(self.problems) - 1
        tail = " " + ngettext("(and {more} more problem)", "(and {more} more problems)", more).format(
            more=more) if more > 0 else ""
        return f"{first.place}: {first.message}{tail}"


class TooNewError(MapFileError):
    """The file was written by a newer Journeymap; opening it could lose data."""


class SaveError(Exception):
    """Saving failed; whatever was on disk before is untouched.

    The message promises the previous file is unchanged only when there was
    one: ``had_previous`` says so (by default: ``path`` is a file now, which a
    failed save leaves as it was).
    """

    def __init__(self, path: Path | str, reason: str, *, had_previous: bool | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        if had_previous is None:
            had_previous = os.path.isfile(self.path)
        self.had_previous = had_previous
        tail = _(" The previous file is unchanged.") if had_previous else ""
        super().__init__(_("Could not save {shown}: {reason}.{tail}").format(
            shown=shown(self.path), reason=reason, tail=tail))


class ReadOnlyError(SaveError):
    """The file is marked read-only: the user is asked (editor) or must say ``--force`` (command line)."""
