"""Reading map files: a fast path for good files, a careful one for the rest.

A good current file is parsed and validated in one pass by Pydantic's JSON
parser. Anything else (an old version, a syntax error, a wrong type) goes
through the careful path, which parses with the standard library to find
the line and column of syntax errors, upgrades old versions, refuses newer
ones, and turns every validation error into a ``FILE: PLACE: MESSAGE`` line.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..i18n import N_, _
from ..model.journey_map import FORMAT_NAME, SCHEMA_VERSION, JourneyMap
from ..model.limits import MAX_FILE_BYTES
from ..model.problems import Problem, place_of
from ..model.references import reference_problems
from ..safety.photos import photo_problems
from .errors import MapFileError, TooNewError
from .keys import surely_no_duplicate_keys
from .lone_surrogates import lone_surrogate_problems
from .migrations import MigrationError, migrate

_HEAD = re.compile(rb'\A\{\s*"format"\s*:\s*"journeymap"\s*,\s*"schema_version"\s*:\s*(\d{1,6})\s*,')
_MAX_PROBLEMS = 50
#: How UTF-16 JSON begins: a byte-order mark, or "{", "[" or white space with a zero byte.
_UTF16_STARTS = {b"\xff\xfe", b"\xfe\xff"} | {c + b"\x00" for c in (b"{", b"[", b" ", b"\n", b"\r", b"\t")} | {
    b"\x00" + c for c in (b"{", b"[", b" ", b"\n", b"\r", b"\t")}


def load_map(path: Path | str) -> JourneyMap:
    """Read and validate the map at ``path``; raise :class:`MapFileError` with every problem."""
    path = Path(path)
    try:
        _check_regular(path, os.stat(path))
        # Non-blocking, so a file swapped for a named pipe after the stat cannot hang the open.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as f:
            info = os.fstat(f.fileno())
            _check_regular(path, info)
            size = info.st_size
            if size > MAX_FILE_BYTES:
                raise MapFileError(path, [_too_big(size)])
            # Asking for the cap would allocate 64 MB up front; a file that grew since stat() reads on.
            data = f.read(size + 1)
            if len(data) > size:
                data += f.read(MAX_FILE_BYTES + 1 - len(data))
    except MapFileError:
        raise
    except IsADirectoryError:
        raise MapFileError(path, [Problem("file", _("this is a folder, not a map file"))]) from None
    except FileNotFoundError:
        raise MapFileError(path, [Problem("file", _("no such file"))]) from None
    except PermissionError:
        raise MapFileError(path, [Problem("file", _("permission denied: you may not read this file"))]) from None
    except OSError as e:
        raise MapFileError(path, [Problem("file", _("could not be read ({value})").format(
            value=e.strerror or e))]) from None
    return parse_map(data, path)


def _check_regular(path: Path, info: os.stat_result) -> None:
    """Refuse what is not a plain file: reading a named pipe or a device could wait forever."""
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(info.st_mode):
        raise MapFileError(path, [Problem("file", _("not a regular file (a named pipe, device or socket); "
                                                    "a map is a plain file"))])


def parse_map(data: bytes, path: Path | str = "<map>") -> JourneyMap:
    """Validate the bytes of a map file; ``path`` only names it in messages."""
    if len(data) > MAX_FILE_BYTES:
        raise MapFileError(path, [_too_big(len(data))])
    head = _HEAD.match(data[:200])
    if head and int(head.group(1)) == SCHEMA_VERSION:
        try:
            journey = JourneyMap.model_validate_json(data)
        except ValidationError as e:
            if _only_shape_errors(e) and b"NaN" not in data and b"Infinity" not in data:
                # Well-formed JSON of the current version: these are the careful path's
                # findings too, and validating a huge hostile file twice costs seconds.
                raise MapFileError(path, _validation_problems(e)) from None
        else:
            if surely_no_duplicate_keys(data, journey):
                return _sound(journey, path)
    return _careful(data, path)


def _sound(journey: JourneyMap, path: Path | str) -> JourneyMap:
    """``journey`` once the checks across objects (ids, references, photos) pass; both paths end here."""
    problems = reference_problems(journey, _MAX_PROBLEMS) + photo_problems(journey)
    if problems:
        raise MapFileError(path, problems[:_MAX_PROBLEMS])
    return journey


def _careful(data: bytes, path: Path | str) -> JourneyMap:
    if not data.strip():
        raise MapFileError(path, [Problem("file", _("the file is empty"))])
    if data[:2] in _UTF16_STARTS:
        raise MapFileError(path, [Problem("file", _("the file is UTF-16 text, not UTF-8; save it as UTF-8"))])
    if b"\x00" in data[:4096]:
        raise MapFileError(path, [Problem("file", _("this is a binary file, not a journey map (JSON text)"))])
    doc = _parse_json(data, path)
    halves = lone_surrogate_problems(doc)
    if halves:
        raise MapFileError(path, halves)
    if not isinstance(doc, dict):
        kind = {list: _("a list"), str: _("a string"), int: _("a number"), float: _("a number"),
                bool: _("true/false"), type(None): "null"}.get(type(doc), _("a value"))
        raise MapFileError(path, [Problem("top level", _("the file holds {kind}, not a journey map").format(
            kind=kind))])
    if doc.get("format") != FORMAT_NAME:
        raise MapFileError(path, [Problem("format", _('this is not a Journeymap file (it lacks "format": "journeymap")'))])
    version = doc.get("schema_version")
    if type(version) is not int or version < 0:
        raise MapFileError(path, [Problem("schema_version", _("must be a whole number (the file format's version)"))])
    if version > SCHEMA_VERSION:
        raise TooNewError(path, [Problem(
            "schema_version",
            _("the file was written by a newer Journeymap (format version {version}; this app "
              "reads versions up to {SCHEMA_VERSION}). Update Journeymap to open it; the file "
              "was not changed.").format(version=version, SCHEMA_VERSION=SCHEMA_VERSION),
        )])
    if version < SCHEMA_VERSION:
        try:
            doc = migrate(doc, version)
        except MigrationError as e:
            raise MapFileError(path, e.problems[:_MAX_PROBLEMS]) from None
        except Exception as e:  # a migration meets a shape it cannot upgrade
            raise MapFileError(path, [Problem("schema_version", _("could not upgrade from version {version}: {reason}")
                                              .format(version=version, reason=e))]) from None
    try:
        journey = JourneyMap.model_validate_json(json.dumps(doc, ensure_ascii=False))
    except ValidationError as e:
        raise MapFileError(path, _validation_problems(e)) from None
    return _sound(journey, path)


class _BadNumber(ValueError):
    def __init__(self, message: str, token: str = "") -> None:
        super().__init__(message)
        self.token = token


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(_("the number {value} is too large").format(value=text[:40]), text)
    return value


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > 20:
        raise _BadNumber(_("the number {value}… has too many digits").format(value=text[:40]), text)
    return int(text)


def _reject_constant(name: str) -> float:
    raise _BadNumber(_("{name} is not a number a map may hold (only finite numbers are allowed)").format(
        name=name), name)


def _place_of_value(text: str, token: str) -> str:
    """The line and column of the first value ``token`` in ``text`` (best effort), else "file"."""
    if token:
        found = re.search(r"[:\[,]\s*(-?" + re.escape(token.lstrip("-")) + r")(?=\s*[,\]}])", text)
        if found:
            start = found.start(1)
            line = text.count("\n", 0, start) + 1
            return f"line {line}, column {start - (text.rfind(chr(10), 0, start) + 1) + 1}"
    return "file"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _BadNumber(_('the key "{value}" appears twice in one object').format(value=key[:60]))
        out[key] = value
    return out


def _parse_json(data: bytes, path: Path | str) -> Any:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise MapFileError(path, [Problem(
            f"line {line}, byte {e.start}",
            _("the file is not UTF-8 text (byte 0x{value:02x}); save it as UTF-8").format(
                value=data[e.start]),
        )]) from None
    try:
        return json.loads(
            text,
            parse_float=_parse_float,
            parse_int=_parse_int,
            parse_constant=_reject_constant,
            object_pairs_hook=_no_duplicates,
        )
    except json.JSONDecodeError as e:
        if not text[e.pos:].strip() or e.msg.startswith("Unterminated string"):
            message = _("the file ends too early: it looks truncated")
        else:
            message = _("not valid JSON: {reason}").format(
                reason=e.msg[0].lower() + e.msg[1:])  # Python's words
        raise MapFileError(path, [Problem(f"line {e.lineno}, column {e.colno}", message)]) from None
    except RecursionError:
        raise MapFileError(path, [Problem("file", _("the JSON is nested too deeply to be a journey map"))]) from None
    except _BadNumber as e:
        raise MapFileError(path, [Problem(_place_of_value(text, e.token), str(e))]) from None
    except ValueError as e:
        raise MapFileError(path, [Problem("file", _("not valid JSON: {reason}").format(reason=e))]) from None


_FRIENDLY = {
    "extra_forbidden": N_("unknown field (not part of the Journeymap format; check its spelling)"),
    "missing": N_("required field is missing"),
}


def _validation_problems(error: ValidationError) -> list[Problem]:
    problems = []
    for item in error.errors(include_url=False)[:_MAX_PROBLEMS]:
        friendly = _FRIENDLY.get(item["type"])
        message = _(friendly) if friendly is not None else item["msg"]  # pydantic's own words: English
        if item["type"] not in _FRIENDLY and "input" in item and not isinstance(item["input"], (dict, list)):
            shown = repr(item["input"])
            message += " " + _("(found {value})").format(value=shown[:60] + ("…" if len(shown) > 60 else ""))
        problems.append(Problem(place_of(tuple(item["loc"])), message))
    return problems


def _only_shape_errors(error: ValidationError) -> bool:
    """True when every error is about the map's content, none about the JSON text itself."""
    return all(
        item["type"] not in ("json_invalid", "finite_number") and "JSON" not in item["msg"]
        for item in error.errors(include_url=False)
    )


_MIB = 1024 * 1024


def _too_big(size: int) -> Problem:
    """Both sizes in MiB; the file's rounded up, so one byte over never reads as "64 MiB, over 64 MiB"."""
    shown = math.ceil(size * 10 / _MIB) / 10
    return Problem("file", _("the file is {shown:g} MiB, over the {value:g} MiB limit for a map").format(
        shown=shown, value=MAX_FILE_BYTES / _MIB))
