"""What an output command may replace: never a map, its own input, or a file of another kind, unasked.

``journeymap export map.journey -o out.pdf`` where ``out.pdf`` is a link to
the map used to put a PDF where the map was. Every verb that writes a file
asks :func:`refusal` first: the target (links followed) must not be one of
the command's inputs, must not be a map, must not be an existing file of
another kind (a PDF export does not replace a spreadsheet) and must not be
read-only, unless the user said ``--force``. Even then a replaced map goes
among its backups first (:func:`keep_replaced_map`), so File > Restore
Previous Version brings it back.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from ..i18n import _
from .filenames import shown

#: How a map file begins (after an optional byte-order mark and white space).
_MAP_START = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"journeymap"')
_HEAD_BYTES = 4096


def _is_text(head: bytes) -> bool:
    return b"\x00" not in head


#: Each output kind, as (what a reader calls it, how its files begin).
KINDS: dict[str, tuple[str, Callable[[bytes], bool]]] = {
    "pdf": ("a PDF", lambda head: head.lstrip().startswith(b"%PDF-")),
    "png": ("a PNG picture", lambda head: head.startswith(b"\x89PNG\r\n\x1a\n")),
    "svg": ("an SVG drawing", lambda head: _is_text(head) and b"<svg" in head),
    "html": ("a web page", lambda head: _is_text(head) and (b"<html" in head.lower() or b"<!doctype" in head.lower())),
    "csv": ("a CSV table", lambda head: _is_text(head) and not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")),
    "schema": ("a JSON Schema", lambda head: _is_text(head) and b'"$schema"' in head),
    "map": ("a journey map", lambda head: bool(_MAP_START.match(head))),
    "personas": ("a persona export", lambda head: _is_text(head) and b'"journeymap-personas"' in head),
}


def kind_of_suffix(suffix: str) -> str:
    """The output kind an export file name asks for (``.pdf`` -> ``pdf``)."""
    return suffix.lower().lstrip(".")


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(_HEAD_BYTES)
    except OSError:
        return b""


def is_map_file(path: Path | str) -> bool:
    """Whether ``path`` (links followed) is an existing journey map, judged by its first bytes."""
    return os.path.isfile(path) and bool(_MAP_START.match(_head(Path(path))))


def is_read_only(path: Path | str) -> bool:
    """No one may write the file, or we may not.

    The atomic replace renames over a file, which its permissions do not
    stop, so a file marked read-only must be asked about before a save.
    Checked from the permission bits too: ``root`` may write any file.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(path, os.W_OK))


def refusal(out: Path | str, kind: str, *, inputs: Sequence[Path | str] = (), force: bool = False) -> str | None:
    """Why writing ``kind`` to ``out`` needs ``--force`` (a sentence naming the file), or None when it may go ahead."""
    if force:
        return None
    out = Path(out)
    target = Path(os.path.realpath(out))
    through = _(" (through the link {shown})").format(
        shown=shown(out)) if target != Path(os.path.abspath(out)) else ""
    for given in inputs:
        if os.path.exists(given) and os.path.exists(target) and os.path.samefile(given, target):
            return (_("{shown}{through} is the file being read; writing there would replace it. Choose "
                      "another output name (or use --force to replace it anyway)").format(
                          shown=shown(target), through=through))
    if not os.path.isfile(target):  # os.path: a name too long for the file system is not there, not a traceback
        return None  # new, or something write_atomically refuses with its own message
    head = _head(target)
    # a kind this table does not know yet is still kept off maps, inputs and read-only files
    name, looks_right = KINDS.get(kind, ("a file of that kind", lambda _head: True))
    if kind == "map" and looks_right(head):
        return _("{shown}{through} already exists; use --force to overwrite it (the old map is "
                 "kept among its backups)").format(shown=shown(target), through=through)
    if _MAP_START.match(head):
        return (_("{shown}{through} is a journey map; writing {name} there would replace the map. "
                  "Choose another output name (or use --force to replace it; the map is kept among "
                  "its backups)").format(shown=shown(target), through=through, name=name))
    if not looks_right(head):
        return (_("{shown}{through} already exists and is not {name}; use --force to replace it").format(
            shown=shown(target), through=through, name=name))
    if is_read_only(target):
        return _("{shown}{through} is read-only; use --force to replace it anyway").format(
            shown=shown(target), through=through)
    return None


def keep_replaced_map(target: Path | str) -> None:
    """Copy a map that an export or ``--force`` is about to replace among its backups."""
    if is_map_file(target):
        from .backups import keep_backup

        keep_backup(Path(os.path.realpath(target)))
