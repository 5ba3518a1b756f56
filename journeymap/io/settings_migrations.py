"""Ordered upgrades of the editor's settings file, like the map file's (``migrations.py``).

``STEPS[n]`` is a pure function from the settings object at version ``n`` to
version ``n + 1``. An upgrade runs on a copy and is all or nothing: if a step
fails, none of it is used (the editor starts from its defaults and the file on
disk stays as it was until the user changes a setting). A file from a newer
Journeymap is read as far as this one understands it and never downgraded:
its version and the keys this version does not know are kept when it is written.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

SETTINGS_VERSION = 1

Step = Callable[[dict[str, Any]], dict[str, Any]]

#: version n -> the step that makes version n + 1 (none yet: version 1 is the first)
STEPS: dict[int, Step] = {}


def upgrade_settings(data: dict[str, Any], steps: dict[int, Step] | None = None,
                     current: int = SETTINGS_VERSION) -> dict[str, Any] | None:
    """``data`` at version ``current`` (or newer, untouched); None when it cannot be upgraded."""
    steps = STEPS if steps is None else steps
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return None
    if version >= current:
        return data
    out = copy.deepcopy(data)
    try:
        for n in range(version, current):
            out = steps[n](out)
            out["version"] = n + 1
    except Exception:  # a step that fails leaves nothing half-upgraded behind
        return None
    return out
