"""The persona library: personas kept in the user's data folder, to be reused across maps. No Qt.

A map keeps its own copy of every persona (the file stays self-contained); a
copy taken from the library remembers where it came from (``Persona.library_id``),
so "Update from library" and "Update library from this map" are explicit
steps that show what will change (:func:`differences`) before anything does.

Each library persona is one small JSON file, ``<id>.json`` in
``paths.persona_library_dir()``, written atomically; a damaged file is
skipped with a message that names it, and never stops the others.
An export is one file holding several personas; an import also reads a
single persona file or the personas of a ``.journey`` map.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..i18n import _
from ..model.journey_map import EMPATHY_SECTIONS, Note, Persona, new_id, now
from ..paths import persona_library_dir
from .writer import write_atomically

PERSONA_FORMAT = "journeymap-persona"
EXPORT_FORMAT = "journeymap-personas"
VERSION = 1
_MAP_ONLY = {"id", "show_curve", "library_id"}  # what belongs to one map's copy, not to the persona


class LibraryError(ValueError):
    """A library file or an import that cannot be read; the message names the file and says why."""


@dataclass(frozen=True)
class LibraryPersona:
    """A persona as the library keeps it: its library id, when it was saved, where its file is."""

    id: str
    persona: Persona
    saved: datetime
    path: Path | None = None
    #: where a damaged file this save would have replaced was moved (see :func:`save_to_library`)
    damaged_kept_as: Path | None = None

    @property
    def name(self) -> str:
        return self.persona.name

    def matches(self, words: str) -> bool:
        """Whether every word of a search is in the persona's name, role, bio or channels."""
        hay = " ".join([self.persona.name, self.persona.role, self.persona.bio, *self.persona.channels]).casefold()
        return all(word in hay for word in words.casefold().split())


def library_folder() -> Path:
    return persona_library_dir()


def _entry_json(entry: LibraryPersona) -> dict[str, Any]:
    persona = entry.persona.model_dump(mode="json", exclude=_MAP_ONLY)
    return {"format": PERSONA_FORMAT, "version": VERSION, "id": entry.id, "saved": entry.saved.isoformat(),
            "persona": persona}


def _entry_from(data: Any, where: str) -> LibraryPersona:
    if not isinstance(data, dict) or data.get("format") != PERSONA_FORMAT:
        raise LibraryError(_("{where}: not a Journeymap library persona").format(where=where))
    if data.get("version") != VERSION:
        raise LibraryError(_("{where}: library persona version {version!r} is not supported").format(
            where=where, version=data.get('version')))
    try:
        persona = Persona.model_validate_json(json.dumps({**data.get("persona", {}), "id": data.get("id")}))
        saved = datetime.fromisoformat(str(data.get("saved")))
    except (ValidationError, ValueError, TypeError, RecursionError) as e:
        first = e.errors()[0] if isinstance(e, ValidationError) else None
        detail = f"{'.'.join(map(str, first['loc']))}: {first['msg']}" if first else str(e)
        raise LibraryError(_("{where}: the persona is damaged ({detail})").format(
            where=where, detail=detail)) from None
    return LibraryPersona(persona.id, persona, saved)


def list_library(folder: Path | None = None) -> tuple[list[LibraryPersona], list[str]]:
    """Every persona in the library, by name; and one message per file that could not be read."""
    folder = folder or library_folder()
    entries: list[LibraryPersona] = []
    problems: list[str] = []
    if not folder.is_dir():
        return entries, problems
    for path in sorted(folder.glob("*.json")):
        try:
            entry = _entry_from(json.loads(path.read_bytes()), path.name)
        except LibraryError as e:
            problems.append(str(e))
            continue
        except (ValueError, RecursionError):  # RecursionError: nested deeper than the JSON reader goes
            problems.append(_("{name} is not a library persona (not JSON)").format(name=path.name))
            continue
        except OSError as e:
            problems.append(_("{name} cannot be read ({value})").format(
                name=path.name, value=e.strerror or e))
            continue
        entries.append(LibraryPersona(entry.id, entry.persona, entry.saved, path))
    entries.sort(key=lambda e: (e.name.casefold(), e.id))
    return entries, problems


def library_entry(library_id: str, folder: Path | None = None) -> LibraryPersona | None:
    path = (folder or library_folder()) / f"{library_id}.json"
    if not path.is_file():
        return None
    try:
        entry = _entry_from(json.loads(path.read_bytes()), path.name)
    except (OSError, ValueError, RecursionError):
        return None
    return LibraryPersona(entry.id, entry.persona, entry.saved, path)


def save_to_library(persona: Persona, folder: Path | None = None, library_id: str | None = None) -> LibraryPersona:
    """Write a persona into the library (a new entry, or over ``library_id``'s); returns the entry."""
    folder = folder or library_folder()
    folder.mkdir(parents=True, exist_ok=True)
    key = library_id or persona.library_id or new_id()
    kept = persona.model_copy(deep=True, update={"id": key, "library_id": None, "show_curve": True})
    path = folder / f"{key}.json"
    entry = LibraryPersona(key, kept, now(), path)
    data = json.dumps(_entry_json(entry), indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    damaged = _move_aside_if_damaged(path)
    write_atomically(path, data, backup=False)
    return LibraryPersona(key, kept, entry.saved, path, damaged)


def _move_aside_if_damaged(path: Path) -> Path | None:
    """Move a library file that cannot be read out of the way of a save that takes its name; where it went.

    The library lists such a file as left out, so a save with the same id would
    otherwise replace it unseen; kept as ``<id>.json.damaged`` (not listed), a
    persona one flipped byte away from readable can still be mended by hand.
    """
    if not path.is_file():
        return None
    try:
        _entry_from(json.loads(path.read_bytes()), path.name)
        return None
    except (OSError, ValueError, RecursionError):  # LibraryError is a ValueError
        pass
    kept, n = path.with_name(f"{path.name}.damaged"), 1
    while kept.exists():
        n += 1
        kept = path.with_name(f"{path.name}.damaged-{n}")
    os.replace(path, kept)
    return kept


def copy_for_map(entry: LibraryPersona) -> Persona:
    """A map's own copy of a library persona: new ids (the persona's and its notes'), linked by ``library_id``."""
    persona = entry.persona.model_copy(deep=True, update={"id": new_id(), "library_id": entry.id})
    for section in EMPATHY_SECTIONS:
        setattr(persona.empathy_map, section, [Note(text=n.text) for n in getattr(persona.empathy_map, section)])
    return persona


@dataclass(frozen=True)
class Difference:
    """One field that differs between the map's copy and the library's: its name and the two values in words."""

    field: str
    label: str
    before: str
    after: str


_LABELS = {
    "name": "Name", "role": "Role", "quote": "Quote", "bio": "Bio", "goals": "Goals", "needs": "Needs",
    "pains": "Pains", "gains": "Gains", "channels": "Channels", "colour": "Colour", "photo": "Photo",
}


def _words(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(none)"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict) and "media_type" in value:
        return f"a {value['width']} × {value['height']} picture"
    return " ".join(str(value).split())


def differences(source: Persona, target: Persona) -> list[Difference]:
    """What changes in ``target`` if it takes ``source``'s content (ids, the curve's visibility and the link aside)."""
    a = source.model_dump(mode="json", exclude=_MAP_ONLY | {"empathy_map"})
    b = target.model_dump(mode="json", exclude=_MAP_ONLY | {"empathy_map"})
    out = [Difference(key, _LABELS.get(key, key), _words(b.get(key)), _words(a.get(key)))
           for key in a if a.get(key) != b.get(key)]
    ea, eb = source.empathy_map, target.empathy_map
    for key in ("style", "designed_by", "date", "version"):
        va, vb = getattr(ea, key), getattr(eb, key)
        if va != vb:
            out.append(Difference(f"empathy_map.{key}", _("Empathy map: {field}").format(
                field=key.replace('_', ' ')), _words(str(vb)),
                                  _words(str(va))))
    for section in EMPATHY_SECTIONS:
        ta = [n.text for n in getattr(ea, section)]
        tb = [n.text for n in getattr(eb, section)]
        if ta != tb:
            out.append(Difference(f"empathy_map.{section}", _("Empathy map: {section}").format(
                section=section), _words(tb), _words(ta)))
    return out


def taken_over(source: Persona, target: Persona) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The field values and the empathy notes (texts per section) ``target`` needs to match ``source``."""
    values: dict[str, Any] = {}
    notes: dict[str, list[str]] = {}
    for d in differences(source, target):
        if d.field.startswith("empathy_map.") and d.field.split(".", 1)[1] in EMPATHY_SECTIONS:
            section = d.field.split(".", 1)[1]
            notes[section] = [n.text for n in getattr(source.empathy_map, section)]
        elif d.field.startswith("empathy_map."):
            values[d.field] = getattr(source.empathy_map, d.field.split(".", 1)[1])
        else:
            values[d.field] = getattr(source, d.field)
    return values, notes


# -- export and import -----------------------------------------------------------------------------

def export_bytes(entries: list[LibraryPersona]) -> bytes:
    data = {"format": EXPORT_FORMAT, "version": VERSION, "personas": [_entry_json(e) for e in entries]}
    return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"


def read_import(path: Path) -> list[LibraryPersona]:
    """The personas an import file offers: an export, one library persona, or the personas of a map."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise LibraryError(_("{name}: cannot be read ({value})").format(
            name=path.name, value=e.strerror or e)) from None
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise LibraryError(_("{name}: not a persona export, a library persona or a map (not JSON)").format(
            name=path.name)) from None
    if isinstance(data, dict) and data.get("format") == EXPORT_FORMAT:
        items = data.get("personas")
        if not isinstance(items, list):
            raise LibraryError(_("{name}: the export holds no list of personas").format(name=path.name))
        return [_entry_from(item, f"{path.name}: personas[{k}]") for k, item in enumerate(items)]
    if isinstance(data, dict) and data.get("format") == PERSONA_FORMAT:
        return [_entry_from(data, path.name)]
    if isinstance(data, dict) and data.get("format") == "journeymap":
        from .errors import MapFileError
        from .reader import load_map

        try:
            journey = load_map(path)
        except MapFileError as e:
            raise LibraryError(_("{name}: the map cannot be read ({summary})").format(
                name=path.name, summary=e.summary)) from None
        return [LibraryPersona(p.library_id or p.id, p.model_copy(update={"id": p.library_id or p.id}), now())
                for p in journey.personas]
    raise LibraryError(_("{name}: not a persona export, a library persona or a map").format(name=path.name))
