"""A cheap proof that a file has no duplicate keys, so the fast reading path stays fast.

JSON parsers (the standard library's and Pydantic's) keep the last of two equal
keys in one object and drop the other without a word; a map saved after that
would silently lose what the first key held (think of a hand-resolved git merge
conflict). The careful path finds duplicates exactly but costs a second parse.

The proof: every key in a JSON text is a string followed by optional JSON
white space (space, tab, CR, LF) and a colon. Delete every white-space byte
from the text, and each key ends in ``":`` -- its own colon, so distinct keys
give distinct matches; ``":`` may also arise inside strings, so
``count('":')`` of the squeezed text is at least the number of keys K.
Pydantic records which keys each object gave (``model_fields_set``); their
total F is the number of *distinct* keys. F <= K <= count, so when F == count
there is no duplicate. When the counts differ (duplicates, or merely ``":``
inside some text) the caller takes the careful path, which decides exactly.
Squeezing and counting are two C passes over the bytes, and cost less than a
separate search for white space before a colon.
"""

from __future__ import annotations

from operator import attrgetter

from ..model.journey_map import EMPATHY_SECTIONS, JourneyMap

_JSON_WHITE_SPACE = b" \t\r\n"


def surely_no_duplicate_keys(data: bytes, journey: JourneyMap) -> bool:
    """True when ``data`` (which validated into ``journey``) provably repeats no key in any object."""
    return _keys_given(journey) == _squeezed_colons(data)


_BLOB = b'"data": "'


def _squeezed_colons(data: bytes) -> int:
    """``count('":')`` of ``data`` without its white space, skipping the text of embedded pictures.

    A picture's base64 text is most of a storyboard map's bytes and holds no
    key; squeezing and searching it would double the cost of loading. Every
    skipped stretch runs from a string's opening quote to the next quote byte,
    so it lies inside one string value and holds no key; the count is the same.
    """
    total = 0
    at = 0
    while True:
        found = data.find(_BLOB, at)
        if found < 0:
            break
        start = found + len(_BLOB)
        end = data.find(b'"', start)
        if end < 0:
            break
        total += data[at:start].translate(None, _JSON_WHITE_SPACE).count(b'":')
        at = end
    return total + data[at:].translate(None, _JSON_WHITE_SPACE).count(b'":')


_fields_given = attrgetter("__pydantic_fields_set__")


def _given(model: object) -> int:
    return len(_fields_given(model))


def _all_given(models: list) -> int:
    return sum(map(len, map(_fields_given, models)))


def _keys_given(journey: JourneyMap) -> int:
    n = _given(journey) + _given(journey.emotion_scale)
    for persona in journey.personas:
        empathy = persona.empathy_map
        n += _given(persona) + _given(empathy) + (_given(persona.photo) if persona.photo else 0)
        for section in EMPATHY_SECTIONS:
            n += _all_given(getattr(empathy, section))
    for stage in journey.stages:
        n += _given(stage)
        for step in stage.steps:
            metrics = step.metrics
            n += _given(step) + _given(metrics) + _all_given(step.scores)
            for score in step.scores:
                if score.interval is not None:
                    n += _given(score.interval)
                if score.source != "manual":
                    n += _given(score.source)
            for metric in (metrics.nps, metrics.csat, metrics.ces):
                if metric is not None:
                    n += _given(metric)
    for lane in journey.lanes:
        cards = lane.cards
        n += _given(lane) + _all_given(cards)
        n += _all_given([card.picture for card in cards if card.picture is not None])
    n += _all_given(journey.arrows)
    research = journey.research
    n += _given(research) + _all_given(research.imports) + _given(journey.health)
    n += _all_given(journey.merge_conflicts) + sum(map(_json_keys, _conflict_values(journey)))
    for thread in journey.threads:
        n += _given(thread) + _all_given(thread.comments)
    return n + _workshop_keys_given(journey)


def _conflict_values(journey: JourneyMap) -> list:
    return [v for c in journey.merge_conflicts for v in (c.base, c.ours, c.theirs)]


def _json_keys(value: object) -> int:
    """Keys inside a free JSON value (a merge conflict keeps both sides' values as they were)."""
    if isinstance(value, dict):
        return len(value) + sum(map(_json_keys, value.values()))
    if isinstance(value, list):
        return sum(map(_json_keys, value))
    return 0


def _workshop_keys_given(journey: JourneyMap) -> int:
    workshop = journey.workshop
    if "workshop" not in _fields_given(journey):
        return 0
    n = _given(workshop) + _all_given(workshop.lanes or [])
    for vote_round in workshop.rounds:
        n += _given(vote_round) + _all_given(vote_round.counts)
    return n
