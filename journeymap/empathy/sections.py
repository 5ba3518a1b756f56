"""The sections of an empathy map in each layout, as the field names and numbers them.

Both the board in the app and the printed template read their headings and
prompts from here, so a workshop sheet and the screen always say the same.
They are written in English and marked for translation: whatever shows one
passes it through ``_()`` (a printed sheet speaks its map's language).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import N_
from ..model.journey_map import EMPATHY_SECTIONS
from ..model.kinds import EmpathyStyle


@dataclass(frozen=True)
class Section:
    """One area of an empathy map that holds notes (``key`` is the model's note list)."""

    key: str
    heading: str
    prompt: str
    number: int | None = None

    @property
    def title(self) -> str:
        """The heading with its canvas number, e.g. ``3 See``."""
        return f"{self.number} {self.heading}" if self.number else self.heading


#: The canvas's first area: not a note list, the persona themself.
WHO = Section("who", N_("Who"), N_("Who are we empathising with? What is their situation and role?"), 1)

_QUADRANTS = (
    Section("says", N_("Says"), N_("What do they say out loud, in their own words?")),
    Section("thinks", N_("Thinks"), N_("What are they thinking but might not say?")),
    Section("does", N_("Does"), N_("What do they do? What have we seen them do?")),
    Section("feels", N_("Feels"), N_("What are they feeling? What worries or excites them?")),
)

_CANVAS = (
    Section("goal", N_("Goal"), N_("What do they need to do? What decision must they make?"), 2),
    Section("sees", N_("See"), N_("What do they see around them, in the market, in ads?"), 3),
    Section("says", N_("Say"), N_("What have we heard them say? What might they say?"), 4),
    Section("does", N_("Do"), N_("What do they do today? What behaviour have we seen?"), 5),
    Section("hears", N_("Hear"), N_("What are they hearing others say?"), 6),
    Section("thinks", N_("Think"), N_("What thoughts might motivate their behaviour?"), 7),
    Section("feels", N_("Feel"), N_("What feelings might motivate their behaviour?"), 7),
    Section("pains", N_("Pains"), N_("What are their fears, frustrations and anxieties?"), 7),
    Section("gains", N_("Gains"), N_("What are their wants, needs, hopes and dreams?"), 7),
)

#: The heading that groups Think, Feel, Pains and Gains on the canvas.
THINK_AND_FEEL = "7 Think & Feel"
#: the group's heading and prompt on a printed canvas
THINK_AND_FEEL_HEADING = N_("Think & Feel")
THINK_AND_FEEL_PROMPT = N_("What other thoughts and feelings might motivate their behaviour?")


def sections_for(style: EmpathyStyle | str) -> tuple[Section, ...]:
    """The note sections shown in ``style``, in reading order."""
    return _CANVAS if EmpathyStyle(style) is EmpathyStyle.CANVAS else _QUADRANTS


def section(style: EmpathyStyle | str, key: str) -> Section:
    """The section ``key`` as ``style`` names it; sections a style lacks get a plain heading."""
    for s in sections_for(style):
        if s.key == key:
            return s
    for s in _CANVAS:
        if s.key == key:
            return Section(s.key, s.heading, s.prompt)
    raise KeyError(f"an empathy map has no section {key!r}")


def hidden_sections(style: EmpathyStyle | str) -> tuple[str, ...]:
    """Note lists that ``style`` does not show (their notes are kept, and printed apart)."""
    shown = {s.key for s in sections_for(style)}
    return tuple(k for k in EMPATHY_SECTIONS if k not in shown)


def find_note(empathy_map: object, note_id: str) -> tuple[str, int] | None:
    """Where a note sits in an empathy map: its section and index, or None."""
    for key in EMPATHY_SECTIONS:
        for k, note in enumerate(getattr(empathy_map, key)):
            if note.id == note_id:
                return key, k
    return None
