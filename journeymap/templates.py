"""The bundled templates a designer starts from (resources/templates/*.journey)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .io import load_map
from .model import JourneyMap, new_id, now
from .resources import resource_path

BLANK = "blank"


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    path: Path


def list_templates() -> list[Template]:
    """Every bundled template, the blank starter first, then by name."""
    found = []
    for path in sorted(resource_path("templates").glob("*.journey")):
        found.append(Template(path.stem, load_map(path).title, path))
    found.sort(key=lambda t: (t.name != BLANK, t.name))
    return found


def template_path(name: str) -> Path:
    path = resource_path("templates", f"{name}.journey")
    if not path.is_file():
        known = ", ".join(t.name for t in list_templates())
        raise KeyError(f"no template named {name!r} (known: {known})")
    return path


def new_from_template(name: str = BLANK) -> JourneyMap:
    """A fresh map from a template: same content, its own id and times."""
    journey = load_map(template_path(name))
    stamp = now()
    return journey.model_copy(update={"id": new_id(), "created": stamp, "modified": stamp})
