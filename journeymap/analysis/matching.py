"""Finding the step or persona a value in the data names: by name, by id, or through the mapping.

Names are compared without case, accents' composition or punctuation
("checkout-page" finds "Checkout page"). Two steps of one name in different
stages are told apart by "Stage / Step"; a name that still fits more than one
is reported, never guessed.
"""

from __future__ import annotations

import re

from ..i18n import _
from ..model import JourneyMap
from .fields import normalised

_STAGE_STEP = re.compile(r"\s*(?:/|›|>|»|::)\s*")


class Names:
    """Looks up steps and personas of one map by what a data file calls them."""

    def __init__(self, journey: JourneyMap, step_aliases: dict[str, str] | None = None,
                 persona_aliases: dict[str, str] | None = None) -> None:
        self.journey = journey
        self._steps: dict[str, list[str]] = {}
        self._stage_steps: dict[tuple[str, str], list[str]] = {}
        self.step_names: dict[str, str] = {}
        self.stage_of: dict[str, str] = {}
        for stage in journey.stages:
            for step in stage.steps:
                self._steps.setdefault(normalised(step.name), []).append(step.id)
                self._stage_steps.setdefault((normalised(stage.name), normalised(step.name)), []).append(step.id)
                self.step_names[step.id] = step.name
                self.stage_of[step.id] = stage.name
        self._personas: dict[str, list[str]] = {}
        self.persona_names: dict[str, str] = {}
        for persona in journey.personas:
            self._personas.setdefault(normalised(persona.name), []).append(persona.id)
            self.persona_names[persona.id] = persona.name
        self.step_aliases = {normalised(k): v for k, v in (step_aliases or {}).items()}
        self.persona_aliases = {normalised(k): v for k, v in (persona_aliases or {}).items()}

    def step(self, value: str) -> tuple[str | None, str]:
        """The step id ``value`` names, or None and why not (in the user's words)."""
        key = normalised(value)
        if key in self.step_aliases:
            target = self.step_aliases[key]
            found, why = self._step_named(target)
            if found is None:
                return None, _("the mapping sends '{value}' to '{target}', which {why}").format(
                    value=value, target=target, why=why)
            return found, ""
        found, why = self._step_named(value)
        return found, (_("'{value}' {why}").format(value=value, why=why) if found is None else "")

    def _step_named(self, value: str) -> tuple[str | None, str]:
        if value in self.step_names:  # an id
            return value, ""
        ids = self._steps.get(normalised(value), [])
        if len(ids) == 1:
            return ids[0], ""
        if len(ids) > 1:
            stages = ", ".join(f"'{self.stage_of[i]}'" for i in ids)
            return None, _("names {n} steps (in {stages}); write 'Stage / Step' or map it in the mapping's "
                           "[steps]").format(n=len(ids), stages=stages)
        parts = _STAGE_STEP.split(value.strip(), maxsplit=1)
        if len(parts) == 2:
            ids = self._stage_steps.get((normalised(parts[0]), normalised(parts[1])), [])
            if len(ids) == 1:
                return ids[0], ""
        return None, _("is not a step of this map")

    def persona(self, value: str) -> tuple[str | None, str]:
        """The persona id ``value`` names, or None and why not."""
        key = normalised(value)
        target = self.persona_aliases.get(key, value)
        if target in self.persona_names:
            return target, ""
        ids = self._personas.get(normalised(target), [])
        if len(ids) == 1:
            return ids[0], ""
        if len(ids) > 1:
            why = _("names {n} personas; map it to one by id in the mapping's [personas]").format(n=len(ids))
        else:
            why = _("is not a persona of this map")
        if key in self.persona_aliases:
            return None, _("the mapping sends '{value}' to '{target}', which {why}").format(
                value=value, target=target, why=why)
        return None, _("'{value}' {why}").format(value=value, why=why)
