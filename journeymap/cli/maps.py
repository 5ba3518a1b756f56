"""Reading the map a verb works on: its problems go to stderr, one line each with the place."""

from __future__ import annotations

import sys
from pathlib import Path

from ..io import MapFileError, load_map
from ..model import JourneyMap


def load_or_report(name: str | Path) -> JourneyMap | None:
    """The map in ``name``, or None once its problems are printed (the verb then exits with BAD_INPUT)."""
    try:
        return load_map(name)
    except MapFileError as e:
        for line in e.lines():
            print(line, file=sys.stderr)
        return None
