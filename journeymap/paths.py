"""Where the app keeps its own files: settings, recent files, backups, autosaves.

``JOURNEYMAP_CONFIG_DIR`` and ``JOURNEYMAP_STATE_DIR`` override the platform
folders, so tests (and portable installs) never touch the user's real ones.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "journeymap"


def config_dir() -> Path:
    override = os.environ.get("JOURNEYMAP_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when no folder is given (tests and portable installs give one)

    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def state_dir() -> Path:
    override = os.environ.get("JOURNEYMAP_STATE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_state_dir(APP, appauthor=False))


def backups_dir() -> Path:
    return state_dir() / "backups"


def autosave_dir() -> Path:
    return state_dir() / "autosave"
