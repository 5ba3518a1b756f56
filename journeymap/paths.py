"""Where the app keeps its own files: settings, recent files, backups, autosaves.

``JOURNEYMAP_CONFIG_DIR`` and ``JOURNEYMAP_STATE_DIR`` override the platform
folders, so tests (and portable installs) never touch the user's real ones.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "journeymap"


def config_dir() -> Path:
    override = os.environ.get("JOURNEYMAP_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP, appauthor=False))


def state_dir() -> Path:
    override = os.environ.get("JOURNEYMAP_STATE_DIR")
    return Path(override) if override else Path(platformdirs.user_state_dir(APP, appauthor=False))


def backups_dir() -> Path:
    return state_dir() / "backups"


def autosave_dir() -> Path:
    return state_dir() / "autosave"
