"""Where the app keeps its own files: settings, recent files, backups, autosaves, the persona library.

``JOURNEYMAP_CONFIG_DIR``, ``JOURNEYMAP_STATE_DIR`` and ``JOURNEYMAP_DATA_DIR``
override the platform folders, so tests (and portable installs) never touch the
user's real ones.
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


def data_dir() -> Path:
    """The user's own Journeymap files that are not settings: their templates and their persona library."""
    override = os.environ.get("JOURNEYMAP_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def persona_library_dir() -> Path:
    return data_dir() / "personas"


def templates_dir() -> Path:
    """Where File > Save as Template puts the user's templates (File > New from Template lists them)."""
    return data_dir() / "templates"
