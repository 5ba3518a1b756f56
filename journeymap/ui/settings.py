"""The editor's remembered choices: recent files, export options, window layout.

One small JSON file in :func:`journeymap.paths.config_dir`, written atomically,
so the user can read it, delete it, or carry it to another machine, and tests
redirect it with the other app folders. A missing or broken file is no error:
the editor starts with defaults and writes a good file on the next change.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..io.errors import SaveError
from ..io.settings_migrations import SETTINGS_VERSION, upgrade_settings
from ..io.writer import write_atomically
from ..paths import config_dir

SETTINGS_FILE = "settings.json"
MAX_RECENT = 10


def _json_bytes(data: dict[str, Any]) -> bytes:
    """Readable UTF-8 JSON; a recent file whose name is not UTF-8 is written with \\u escapes, which read back exactly."""
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(data, indent=2) + "\n").encode("ascii")


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


class Settings:
    """Recent files and named choices; every change is written at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._data: dict[str, Any] = {"version": SETTINGS_VERSION, "recent_files": [], "choices": {}}
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(data, dict):
            return
        data = upgrade_settings(data)  # ordered steps from the file's version; a newer file is kept as it is
        if data is None:
            return
        self._data.update({k: v for k, v in data.items() if k not in self._data})  # a newer version's keys
        self._data["version"] = max(SETTINGS_VERSION, data.get("version", SETTINGS_VERSION))
        recent = data.get("recent_files")
        if isinstance(recent, list):
            self._data["recent_files"] = [r for r in recent if isinstance(r, str)][:MAX_RECENT]
        choices = data.get("choices")
        if isinstance(choices, dict):
            self._data["choices"] = choices

    def _save(self) -> None:
        """Write the file; a settings file that cannot be written is not worth bothering the user."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, _json_bytes(self._data), backup=False)
        except (OSError, SaveError):
            pass

    # -- recent files ------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        return list(self._data["recent_files"])

    def add_recent(self, path: Path | str) -> None:
        """Put ``path`` first in the recent list (once), keeping the newest few."""
        text = str(Path(path).resolve())
        recent = [text] + [r for r in self._data["recent_files"] if r != text]
        self._data["recent_files"] = recent[:MAX_RECENT]
        self._save()

    def remove_recent(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self._data["recent_files"] = [r for r in self._data["recent_files"] if r != text]
        self._save()

    def clear_recent(self) -> None:
        self._data["recent_files"] = []
        self._save()

    # -- remembered choices --------------------------------------------------
    def choice(self, key: str, default: Any = None) -> Any:
        return self._data["choices"].get(key, default)

    def set_choice(self, key: str, value: Any) -> None:
        """Remember a JSON-able value under ``key`` (e.g. ``"export"`` -> its options)."""
        if self._data["choices"].get(key) != value:
            self._data["choices"][key] = value
            self._save()
