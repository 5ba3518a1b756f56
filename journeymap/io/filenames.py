"""File names as the system has them (bytes), and as a person reads them in a message.

A name need not be valid UTF-8 (a file copied from an old Windows share, a
camera's card). Python hands it over with its odd bytes as lone surrogates
(``surrogateescape``); such a ``str`` cannot be encoded as UTF-8, so every
key, hash or file written *about* a file starts from :func:`name_bytes`,
the exact bytes, and every message shows :func:`shown`, which never fails
and never spreads one name over two lines.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\"}


def name_bytes(path: Path | str) -> bytes:
    """The exact bytes of ``path`` on this system, whatever its encoding."""
    return os.fsencode(path)


def path_digest(path: Path | str, length: int) -> str:
    """A stable hex digest of a path's bytes (the same as of its UTF-8 text, for a UTF-8 name)."""
    return hashlib.sha256(name_bytes(path)).hexdigest()[:length]


def safe_stem(path: Path | str, length: int = 40) -> str:
    """A readable, portable piece of a file's name for a folder or key: letters, digits, - and _."""
    stem = Path(path).stem
    return "".join(c if (c.isalnum() and c.isprintable() and not _is_escaped_byte(c)) or c in "-_" else "_"
                   for c in stem)[:length]


def _is_escaped_byte(ch: str) -> bool:
    return "\udc80" <= ch <= "\udcff" or "\ud800" <= ch <= "\udfff"


def needs_quotes(text: str) -> bool:
    """Whether a name would mislead or break a line when printed as it is."""
    return any(not ch.isprintable() or _is_escaped_byte(ch) for ch in text) or text != text.strip()


def shown(path: Path | str) -> str:
    """``path`` for a message: as it is when plain, else in double quotes with its odd parts escaped.

    A byte that is not UTF-8 shows as ``\\xe9``, a newline as ``\\n``, so a
    ``FILE: PLACE: MESSAGE`` line stays one line and names the file exactly.
    """
    text = os.fsdecode(path) if isinstance(path, bytes) else str(path)
    if not needs_quotes(text):
        return text
    out = []
    for ch in text:
        if "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif not ch.isprintable() or _is_escaped_byte(ch):
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def for_display(path: Path | str) -> str:
    """``path`` as text a widget can hold: odd bytes become U+FFFD (Qt cannot keep lone surrogates)."""
    text = os.fsdecode(path) if isinstance(path, bytes) else str(path)
    return name_bytes(text).decode("utf-8", "replace") if needs_quotes(text) else text
