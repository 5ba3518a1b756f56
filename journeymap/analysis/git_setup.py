"""Teaching a git repository to diff and merge maps by their meaning (``journeymap git-setup``).

Two things are written, both safe to write again:

- ``.gitattributes`` (committed, shared by the team) gets
  ``*.journey diff=journeymap merge=journeymap``;
- the repository's own ``.git/config`` (each clone runs git-setup once) gets
  the drivers: ``diff.journeymap.command`` so ``git diff`` prints the semantic
  diff, ``diff.journeymap.textconv`` so ``git log -p``, ``git show`` and
  blame-style tools see one line per object, and ``merge.journeymap.driver``
  = ``journeymap merge %O %A %B``, the three-way merge by ids.

The command written is ``journeymap`` when that is on PATH and is this very
installation; otherwise this Python running ``-m journeymap``, so the drivers
work from a virtual environment too.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ATTRIBUTES_LINE = "*.journey diff=journeymap merge=journeymap"
DRIVER = "journeymap"


class GitSetupError(RuntimeError):
    """Git is missing, or the folder is not in a repository."""


@dataclass(frozen=True)
class GitSetup:
    root: Path
    command: str
    attributes_added: bool
    config: dict[str, str]


def journeymap_command() -> str:
    """How git should start this Journeymap: ``journeymap``, or this Python with ``-m journeymap``."""
    found = shutil.which("journeymap")
    here = Path(sys.executable).resolve().parent
    if found is not None and Path(found).resolve().parent == here:
        return "journeymap"
    return f"{shlex.quote(sys.executable)} -m journeymap"


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=30)
    except FileNotFoundError:
        raise GitSetupError("git is not installed (or not on PATH)") from None
    except subprocess.TimeoutExpired:
        raise GitSetupError(f"git {' '.join(args)} did not answer") from None
    if done.returncode != 0:
        raise GitSetupError(done.stderr.strip() or f"git {' '.join(args)} failed")
    return done.stdout


def repository_root(folder: Path) -> Path:
    if not folder.is_dir():
        raise GitSetupError(f"{folder}: no such folder")
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], folder).strip())
    except GitSetupError as e:
        if "not a git repository" in str(e).lower():
            raise GitSetupError(f"{folder} is not in a git repository (run git init first)") from None
        raise


def driver_config(command: str) -> dict[str, str]:
    return {
        f"diff.{DRIVER}.command": f"{command} diff --git-external",
        f"diff.{DRIVER}.textconv": f"{command} diff --outline",
        f"diff.{DRIVER}.cachetextconv": "false",
        f"merge.{DRIVER}.name": "Journeymap three-way merge by ids",
        f"merge.{DRIVER}.driver": f"{command} merge %O %A %B",
    }


def set_up(folder: Path | str = ".", command: str | None = None) -> GitSetup:
    """Write the attributes line and the drivers' config into the repository holding ``folder``."""
    root = repository_root(Path(folder))
    command = command or journeymap_command()
    attributes = root / ".gitattributes"
    try:
        text = attributes.read_text("utf-8") if attributes.exists() else ""
    except (OSError, UnicodeDecodeError) as e:
        raise GitSetupError(f"{attributes} cannot be read ({e})") from None
    added = ATTRIBUTES_LINE not in (line.strip() for line in text.splitlines())
    if added:
        if text and not text.endswith("\n"):
            text += "\n"
        text += ("# Journeymap maps: semantic diff and three-way merge by ids (journeymap git-setup)\n"
                 f"{ATTRIBUTES_LINE}\n")
        tmp = attributes.with_name(".gitattributes.journeymap-tmp")
        try:
            tmp.write_text(text, "utf-8")
            os.replace(tmp, attributes)
        except OSError as e:
            raise GitSetupError(f"{attributes} cannot be written ({e.strerror or e})") from None
    config = driver_config(command)
    for key, value in config.items():
        _git(["config", "--local", key, value], root)
    return GitSetup(root, command, added, config)
