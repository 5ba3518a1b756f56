"""A problem found in a map or a file, named by where it is and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong, at one place (``stages[2].steps[0].scores[1].value``)."""

    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}: {self.message}"


def place_of(loc: tuple[object, ...]) -> str:
    """Turn a Pydantic error location into the dotted, indexed form people read."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "top level"
