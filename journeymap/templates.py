"""The templates a designer starts from: bundled (resources/templates/*.journey) and their own.

File > Save as Template puts a copy of a map in the user's data folder
(:func:`journeymap.paths.templates_dir`); File > New from Template lists both
kinds. A user template's name is ``user:`` and its file's stem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .i18n import N_, _, language
from .io import MapFileError, load_map, save_map
from .model import JourneyMap, new_id, now
from .paths import templates_dir
from .resources import resource_path

BLANK = "blank"
USER = "user:"

#: The blank map's starter words, here so they are extracted for translation: a new blank map starts
#: in the editor's language. A test keeps this list and resources/templates/blank.journey in step.
BLANK_WORDS = (
    N_("Untitled journey"), N_("Persona name"), N_("Role or segment"),
    N_("Aware"), N_("What makes the customer start looking? Where do they first hear of us?"),
    N_("Notices a need"), N_("Hears of us"),
    N_("Consider"), N_("What do they compare, and what would make them give up?"),
    N_("Researches options"), N_("Compares and decides"),
    N_("Buy"), N_("Walk the purchase step by step. Who owns each moment?"), N_("Buys"), N_("Gets confirmation"),
    N_("Use"), N_("What happens after the sale? Where do they need help?"), N_("First use"), N_("Gets help"),
)


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    path: Path
    description: str = ""
    personas: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    lanes: tuple[str, ...] = ()  # the lane kinds' names, top to bottom
    user: bool = False
    journey: JourneyMap | None = field(default=None, compare=False, repr=False)


def _described(name: str, path: Path, user: bool) -> Template:
    journey = load_map(path)
    return Template(name, journey.title, path, journey.description or journey.scenario,
                    tuple(p.name for p in journey.personas), tuple(s.name for s in journey.stages),
                    tuple(lane.display_title for lane in journey.lanes if not lane.hidden), user, journey)


def gallery_templates() -> list[Template]:
    """Every template with what the gallery shows: bundled first (the blank one first), then the user's.

    A user template that no longer opens is left out (the gallery cannot show it).
    """
    found = [_described(t.name, t.path, False) for t in list_templates()]
    folder = templates_dir()
    for path in sorted(folder.glob("*.journey")) if folder.is_dir() else []:
        try:
            found.append(_described(USER + path.stem, path, True))
        except MapFileError:
            continue
    return found


def save_as_template(journey: JourneyMap, title: str) -> Path:
    """A copy of ``journey`` titled ``title`` in the user's templates folder; never overwrites another."""
    folder = templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:60] or "template"
    path = folder / f"{stem}.journey"
    k = 2
    while path.exists():
        path = folder / f"{stem}-{k}.journey"
        k += 1
    save_map(journey.model_copy(update={"title": title}), path, backup=False)
    return path


def list_templates() -> list[Template]:
    """Every bundled template, the blank starter first, then by name."""
    found = []
    for path in sorted(resource_path("templates").glob("*.journey")):
        found.append(Template(path.stem, load_map(path).title, path))
    found.sort(key=lambda t: (t.name != BLANK, t.name))
    return found


def template_path(name: str) -> Path:
    if name.startswith(USER):
        path = templates_dir() / f"{name.removeprefix(USER)}.journey"
        if not path.is_file():
            raise KeyError(f"no template of yours named {name.removeprefix(USER)!r} in {templates_dir()}")
        return path
    path = resource_path("templates", f"{name}.journey")
    if not path.is_file():
        known = ", ".join(t.name for t in list_templates())
        raise KeyError(f"no template named {name!r} (known: {known})")
    return path


def new_from_template(name: str = BLANK, words_in: str | None = None) -> JourneyMap:
    """A fresh map from a template: same content, its own id and times.

    ``words_in``: a language code; the blank map's starter words (title, persona, stage and step
    names, stage prompts) are written in it and the map's language is set to it, so a German
    designer's new map reads German and exports German. Other templates are worked examples and
    keep the words they were written in.
    """
    journey = load_map(template_path(name))
    stamp = now()
    journey = journey.model_copy(update={"id": new_id(), "created": stamp, "modified": stamp})
    return blank_in(journey, words_in) if name == BLANK and words_in not in (None, "en") else journey


def blank_in(journey: JourneyMap, code: str) -> JourneyMap:
    """The blank map with its starter words in ``code``'s language (English where it has none)."""
    def say(text: str) -> str:
        return _(text) if text else text  # gettext("") is the catalog's header

    data = journey.model_dump()
    with language(code):
        data["title"] = say(data["title"])
        data["language"] = code
        for persona in data["personas"]:
            persona["name"], persona["role"] = say(persona["name"]), say(persona["role"])
        for stage in data["stages"]:
            stage["name"], stage["notes"] = say(stage["name"]), say(stage["notes"])
            for step in stage["steps"]:
                step["name"] = say(step["name"])
    return JourneyMap.model_validate(data)
