"""How a data file's columns and values map onto the map: the mapping file, and its defaults.

Without a mapping, columns named like the fields are matched by name (see
:mod:`.fields`), step and persona values by the names in the map, and a rating
column is read on the smallest common scale that holds its values. A TOML
mapping file (``--mapping M.toml``) says what the names do not::

    name = "Spring 2026 survey"        # the import's name (default: the data file's name)
    sheet = "Responses"                # which sheet of a workbook (default: the first)
    header_row = 3                     # where the headers are (default: found)
    default_persona = "Maya Chen"      # for rows that name no persona
    skip_unmatched = false             # true: import the matched rows, list the others

    [columns]                          # field = the column's header
    step = "Journey step"
    rating = "How did you feel?"
    ces = false                        # do not read CES, though a column is called "Effort"

    [scales]
    rating = [1, 5]                    # the scale the rating was asked on
    csat_satisfied_from = 4            # CSAT counts answers from 4 (of 1-5) as satisfied

    [steps]                            # a value in the data = the step's name or id
    "Checkout page" = "Pays"           # ("Stage / Step" when two stages have a step of that name)

    [personas]
    "Young professionals" = "Maya Chen"

    [verbatims]
    max_per_step = 5                   # evidence cards per step and persona (0: none)

The file is read with ``tomllib``; an unknown key or a wrong type is refused
with its place, as a map file's would be.
"""

from __future__ import annotations

import json
import math
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .fields import FIELD_KEYS
from .numbers import LARGEST

DEFAULT_MAX_VERBATIMS = 5


class MappingError(ValueError):
    """A mapping file that cannot be used, with the file and the place in it."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path, self.problems = Path(path), problems
        super().__init__("; ".join(f"{Path(path).name}: {p}" for p in problems))


@dataclass
class Mapping:
    """What the user said about the data; every field optional."""

    name: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    default_persona: str | None = None
    skip_unmatched: bool = False
    columns: dict[str, str] = field(default_factory=dict)
    rating_scale: tuple[float, float] | None = None
    csat_satisfied_from: float = 4
    steps: dict[str, str] = field(default_factory=dict)
    personas: dict[str, str] = field(default_factory=dict)
    max_verbatims: int = DEFAULT_MAX_VERBATIMS

    def fingerprint(self) -> bytes:
        """What of the mapping changes the result of an import (the name does not)."""
        data = asdict(self)
        data.pop("name")
        return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


_TOP = {"name", "sheet", "header_row", "default_persona", "skip_unmatched", "columns", "scales", "steps",
        "personas", "verbatims"}


def load_mapping(path: Path | str) -> Mapping:
    """Read a TOML mapping file; raise :class:`MappingError` naming each problem."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            doc = tomllib.load(f)
    except FileNotFoundError:
        raise MappingError(path, ["no such file"]) from None
    except IsADirectoryError:
        raise MappingError(path, ["this is a folder, not a mapping file"]) from None
    except OSError as e:
        raise MappingError(path, [f"cannot be read ({e.strerror or e})"]) from None
    except tomllib.TOMLDecodeError as e:
        raise MappingError(path, [f"is not valid TOML ({e})"]) from None
    except UnicodeDecodeError:
        raise MappingError(path, ["is not UTF-8 text"]) from None
    return mapping_from_dict(doc, path)


def mapping_from_dict(doc: dict[str, Any], path: Path | str = "mapping.toml") -> Mapping:
    problems: list[str] = []
    out = Mapping()

    def text(where: str, value: Any) -> str | None:
        if isinstance(value, str) and value.strip():
            return value.strip()
        problems.append(f"{where}: must be a non-empty text")
        return None

    for key in doc:
        if key not in _TOP:
            problems.append(f"{key}: unknown key (known: {', '.join(sorted(_TOP))})")
    if "name" in doc:
        out.name = text("name", doc["name"])
    if "sheet" in doc:
        out.sheet = text("sheet", doc["sheet"])
    if "default_persona" in doc:
        out.default_persona = text("default_persona", doc["default_persona"])
    if "header_row" in doc:
        row = doc["header_row"]
        if isinstance(row, int) and not isinstance(row, bool) and row >= 1:
            out.header_row = row
        else:
            problems.append("header_row: must be a row number (1 or more)")
    if "skip_unmatched" in doc:
        if isinstance(doc["skip_unmatched"], bool):
            out.skip_unmatched = doc["skip_unmatched"]
        else:
            problems.append("skip_unmatched: must be true or false")
    for table, target in (("columns", out.columns), ("steps", out.steps), ("personas", out.personas)):
        value = doc.get(table, {})
        if not isinstance(value, dict):
            problems.append(f"[{table}]: must be a table of names")
            continue
        for k, v in value.items():
            if table == "columns" and k not in FIELD_KEYS:
                problems.append(f"[columns] {k}: unknown field (fields: {', '.join(FIELD_KEYS)})")
                continue
            if table == "columns" and v is False:
                target[k] = ""  # not used, whatever the columns are called
                continue
            name = text(f"[{table}] {k}", v)
            if name is not None:
                target[k] = name
    scales = doc.get("scales", {})
    if not isinstance(scales, dict):
        problems.append("[scales]: must be a table")
        scales = {}
    for k, v in scales.items():
        if k == "rating":
            if (isinstance(v, list) and len(v) == 2 and all(_is_number(x) for x in v) and v[0] < v[1]):
                out.rating_scale = (float(v[0]), float(v[1]))
            else:
                problems.append("[scales] rating: must be [lowest, highest], e.g. [1, 5]")
        elif k == "csat_satisfied_from":
            if _is_number(v):
                out.csat_satisfied_from = float(v)
            else:
                problems.append("[scales] csat_satisfied_from: must be a number, e.g. 4")
        else:
            problems.append(f"[scales] {k}: unknown key (known: rating, csat_satisfied_from)")
    verbatims = doc.get("verbatims", {})
    if not isinstance(verbatims, dict):
        problems.append("[verbatims]: must be a table")
        verbatims = {}
    for k, v in verbatims.items():
        if k == "max_per_step":
            if isinstance(v, int) and not isinstance(v, bool) and v >= 0:
                out.max_verbatims = v
            else:
                problems.append("[verbatims] max_per_step: must be a whole number (0 or more)")
        else:
            problems.append(f"[verbatims] {k}: unknown key (known: max_per_step)")
    if problems:
        raise MappingError(path, problems)
    return out


def _is_number(value: Any) -> bool:
    """A number a scale can use: TOML also reads nan and inf, which would turn every score into nan."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) \
        and abs(value) < LARGEST


def mapping_to_toml(mapping: Mapping) -> str:
    """The mapping as a TOML file the command line reads back (File > Import can save one)."""
    lines: list[str] = []

    def q(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    for key in ("name", "sheet", "default_persona"):
        value = getattr(mapping, key)
        if value:
            lines.append(f"{key} = {q(value)}")
    if mapping.header_row is not None:
        lines.append(f"header_row = {mapping.header_row}")
    if mapping.skip_unmatched:
        lines.append("skip_unmatched = true")
    if mapping.columns:
        lines += ["", "[columns]"] + [f"{k} = {q(v) if v else 'false'}" for k, v in mapping.columns.items()]
    scales = []
    if mapping.rating_scale is not None:
        low, high = mapping.rating_scale
        scales.append(f"rating = [{_num(low)}, {_num(high)}]")
    if mapping.csat_satisfied_from != 4:
        scales.append(f"csat_satisfied_from = {_num(mapping.csat_satisfied_from)}")
    if scales:
        lines += ["", "[scales]", *scales]
    for table in ("steps", "personas"):
        values = getattr(mapping, table)
        if values:
            lines += ["", f"[{table}]"] + [f"{q(k)} = {q(v)}" for k, v in values.items()]
    if mapping.max_verbatims != DEFAULT_MAX_VERBATIMS:
        lines += ["", "[verbatims]", f"max_per_step = {mapping.max_verbatims}"]
    return "\n".join(lines).strip() + "\n"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)
