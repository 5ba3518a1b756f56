"""Fill from the journey: what the map already says about a persona, offered as notes.

The designer accepts suggestions one by one or all at once; nothing here edits
the map. Only what belongs to the persona is offered:

- cards of the steps the persona takes part in (the steps where the persona has
  a score, or every step when the persona has no scores at all), and cards
  tagged with the persona's name wherever they are;
- but no card that names another persona and not this one ("Tom signs in" is
  not Maya's); a card that names several ("Maya chooses guest checkout; Tom
  signs in") offers only its clauses about this persona ("Maya chooses guest
  checkout");
- the persona's own score labels, quote, goals, gains and pains.

:func:`offer` also sorts them by the sections the board's layout shows, so
nothing is accepted into a section the board does not show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import _
from ..model.journey_map import EMPATHY_SECTIONS, JourneyMap, Persona, Step
from ..model.kinds import EmpathyStyle, LaneKind, channel_name
from .sections import sections_for

#: Which empathy section a lane's cards suggest notes for.
LANE_SECTIONS: dict[LaneKind, str] = {
    LaneKind.THOUGHTS: "thinks",
    LaneKind.ACTIONS: "does",
    LaneKind.FEELINGS: "feels",
    LaneKind.PAIN_POINTS: "pains",
    LaneKind.OPPORTUNITIES: "gains",
}

#: Marks that open or close a verbatim quote, in the languages designers write maps in.
QUOTE_MARKS = "\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a\u300c\u300d\u300e\u300f"


def is_quote(text: str, tags: Sequence[str] = ()) -> bool:
    """A customer's own words: text in quote marks, or a card tagged "quote" or "verbatim".

    Evidence lanes also hold statistics and sources ("Survey, n=212"); only the
    customer's words belong in Says.
    """
    text = text.strip()
    if any(t.casefold() in ("quote", "verbatim") for t in tags):
        return True
    return len(text) > 2 and (text[0] in QUOTE_MARKS or text[-1] in QUOTE_MARKS)


#: Channels the customer mostly looks at, and those they mostly listen to.
SEEN_CHANNELS = frozenset({"advert", "website", "mobile_app", "store", "letter", "email",
                           "delivery", "atm", "self_service"})
HEARD_CHANNELS = frozenset({"phone", "chat", "chatbot", "social_media"})


@dataclass(frozen=True)
class Suggestion:
    """A note the journey suggests: its ``section``, ``text``, and where it comes from."""

    section: str
    text: str
    source: str


def participating_steps(journey: JourneyMap, persona_id: str) -> list[Step]:
    """Steps the persona takes part in (scored ones), or all steps if it has no scores."""
    steps = journey.steps()
    scored = [s for s in steps if any(sc.persona == persona_id for sc in s.scores)]
    return scored if scored else steps


def suggestions(journey: JourneyMap, persona_id: str) -> list[Suggestion]:
    """Suggested notes for a persona's empathy map, in map order, without repeats.

    A suggestion whose text is already a note in its section is left out, so
    accepting all twice adds nothing the second time.
    """
    persona = next((p for p in journey.personas if p.id == persona_id), None)
    if persona is None:
        raise KeyError(f"the map has no persona with the id {persona_id}")
    steps = participating_steps(journey, persona_id)
    step_names = {s.id: s.name for s in steps}
    all_names = {s.id: s.name for s in journey.steps()}
    others = [p for p in journey.personas if p.id != persona_id]
    found: list[Suggestion] = []
    for lane in journey.lanes:
        target = LANE_SECTIONS.get(lane.kind)
        for card in lane.cards:
            tagged = any(_names(tag, persona) for tag in card.tags)
            if card.step not in step_names and not (tagged and card.step in all_names):
                continue
            if any(_names(tag, other) for tag in card.tags for other in others) and not tagged:
                continue
            text = card.text if tagged else about(card.text, persona, others)
            if not text:
                continue
            where = _("{lane}, {step}").format(lane=lane.display_title, step=all_names[card.step])
            if target:
                found.append(Suggestion(target, text, where))
            elif lane.kind is LaneKind.EVIDENCE and is_quote(text, card.tags):
                found.append(Suggestion("says", text, where))
            if card.channel:
                found.extend(_channel_suggestion(card.channel, text, where))
    for step in steps:
        for score in step.scores:
            if score.persona != persona_id:
                continue
            for label in (score.label, score.target_label):
                if label:
                    found.append(Suggestion("feels", label, _("Emotion, {step}").format(step=step.name)))
    found.extend(_from_persona(persona))
    return _unique(found, persona)


def _name_patterns(persona: Persona) -> list[re.Pattern[str]]:
    """The whole name and the first name, as whole words in any case."""
    words = [w for w in persona.name.split() if any(ch.isalnum() for ch in w)]
    names = {persona.name.strip(), *words[:1]}
    return [re.compile(r"(?<!\w)" + re.escape(n) + r"(?!\w)", re.IGNORECASE) for n in names if len(n) > 1]


def _names(text: str, persona: Persona) -> bool:
    return any(p.search(text) for p in _name_patterns(persona))


def about(text: str, persona: Persona, others: list[Persona]) -> str:
    """What of ``text`` is about ``persona``: all of it unless it names someone else.

    A text that names only other personas gives ""; one whose clauses (split at
    ";") name several keeps the clauses that name this persona or nobody.
    """
    if not any(_names(text, other) for other in others):
        return text
    clauses = [c.strip() for c in text.split(";") if c.strip()]
    kept = [c for c in clauses if _names(c, persona) or not any(_names(c, o) for o in others)]
    if len(clauses) == 1 or not any(_names(c, persona) for c in kept):
        return text if _names(text, persona) else ""
    return "; ".join(kept)


def offer(journey: JourneyMap, persona_id: str, style: EmpathyStyle | str
          ) -> tuple[dict[str, list[Suggestion]], dict[str, int]]:
    """The suggestions grouped by the sections ``style`` shows, in its reading order (empty groups left out),
    and how many more suggestions there are for sections it does not show."""
    shown = [sec.key for sec in sections_for(style)]
    groups: dict[str, list[Suggestion]] = {key: [] for key in shown}
    elsewhere: dict[str, int] = {}
    for suggestion in suggestions(journey, persona_id):
        if suggestion.section in groups:
            groups[suggestion.section].append(suggestion)
        else:
            elsewhere[suggestion.section] = elsewhere.get(suggestion.section, 0) + 1
    ordered = {key: groups[key] for key in shown if groups[key]}
    return ordered, {key: elsewhere[key] for key in EMPATHY_SECTIONS if key in elsewhere}


def _channel_suggestion(channel: str, text: str, where: str) -> list[Suggestion]:
    name = channel_name(channel)
    if channel in SEEN_CHANNELS:
        return [Suggestion("sees", f"{name}: {text}" if text else name, where)]
    if channel in HEARD_CHANNELS:
        return [Suggestion("hears", f"{name}: {text}" if text else name, where)]
    return []


def _from_persona(persona: Persona) -> list[Suggestion]:
    out = []
    if persona.quote:
        out.append(Suggestion("says", persona.quote, _("{persona}'s quote").format(persona=persona.name)))
    out += [Suggestion("gains", g, _("{persona}'s goals").format(persona=persona.name)) for g in persona.goals]
    out += [Suggestion("gains", g, _("{persona}'s gains").format(persona=persona.name)) for g in persona.gains]
    out += [Suggestion("pains", p, _("{persona}'s pains").format(persona=persona.name)) for p in persona.pains]
    return out


def _unique(found: list[Suggestion], persona: Persona) -> list[Suggestion]:
    seen: set[tuple[str, str]] = set()
    for section in {s.section for s in found}:
        for note in getattr(persona.empathy_map, section):
            seen.add((section, _key(note.text)))
    out = []
    for s in found:
        key = (s.section, _key(s.text))
        if not key[1] or key in seen:
            continue
        seen.add(key)
        out.append(s)
    return out


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()
