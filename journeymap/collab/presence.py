"""Who else is in the map: name and colour, what they have selected, where they are typing.

Carried by the Yjs awareness protocol (pycrdt's Awareness), not by the map.
A peer's state is untrusted JSON: only these fields, of these types and sizes,
reach the editor; anything else is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .shape import is_id

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_SELECTION = 200


@dataclass(frozen=True)
class Presence:
    name: str
    colour: str = "#0072b2"
    selection: tuple[str, ...] = field(default_factory=tuple)
    typing_in: str | None = None
    #: the cell (lane id, step id) of a card being written that is not in the map yet
    typing_new: tuple[str, str] | None = None

    def to_state(self) -> dict[str, Any]:
        return {"name": self.name, "colour": self.colour, "selection": list(self.selection),
                "typing_in": self.typing_in, "typing_new": list(self.typing_new) if self.typing_new else None}

    @classmethod
    def from_state(cls, state: Any) -> Presence | None:
        """A peer's presence, or None when its state is not one (a hostile or foreign client)."""
        if not isinstance(state, dict):
            return None
        name = state.get("name")
        if not isinstance(name, str) or not name.strip():
            return None
        colour = state.get("colour")
        selection = state.get("selection")
        typing_in = state.get("typing_in")
        new = state.get("typing_new")
        typing_new = (new[0], new[1]) if (isinstance(new, list) and len(new) == 2
                                          and is_id(new[0]) and is_id(new[1])) else None
        return cls(
            name=name.strip()[:100],
            colour=colour if isinstance(colour, str) and _COLOUR.match(colour) else "#0072b2",
            selection=tuple(s for s in selection[:MAX_SELECTION] if is_id(s)) if isinstance(selection, list) else (),
            typing_in=typing_in if is_id(typing_in) else None,
            typing_new=typing_new,
        )
