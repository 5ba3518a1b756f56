"""A cheap proof that a file has no duplicate keys, so the fast reading path stays fast.

JSON parsers (the standard library's and Pydantic's) keep the last of two equal
keys in one object and drop the other without a word; a map saved after that
would silently lose what the first key held (think of a hand-resolved git merge
conflict). The careful path finds duplicates exactly but costs a second parse.

The proof: every key in a JSON text ends in ``":`` unless whitespace sits
between the quote and the colon, and ``":`` can also occur inside strings, so
``count('":')`` is at least the number of keys K. Pydantic records which keys
each object gave (``model_fields_set``); their total F is the number of
*distinct* keys. F <= K <= count, so when F == count there is no duplicate.
When the counts differ (duplicates, or merely ``":`` inside some text) the
caller takes the careful path, which decides exactly.
"""

from __future__ import annotations

import re

from ..model.journey_map import EMPATHY_SECTIONS, JourneyMap

_SPACE_BEFORE_COLON = re.compile(rb'"[ \t\r\n]+:')


def surely_no_duplicate_keys(data: bytes, journey: JourneyMap) -> bool:
    """True when ``data`` (which validated into ``journey``) provably repeats no key in any object."""
    if _SPACE_BEFORE_COLON.search(data):
        return False
    return _keys_given(journey) == data.count(b'":')


def _given(model: object) -> int:
    return len(model.__pydantic_fields_set__)  # type: ignore[attr-defined]


def _keys_given(journey: JourneyMap) -> int:
    n = _given(journey) + _given(journey.emotion_scale)
    for persona in journey.personas:
        empathy = persona.empathy_map
        n += _given(persona) + _given(empathy) + (_given(persona.photo) if persona.photo else 0)
        for section in EMPATHY_SECTIONS:
            n += sum(len(note.__pydantic_fields_set__) for note in getattr(empathy, section))
    for stage in journey.stages:
        n += _given(stage)
        for step in stage.steps:
            metrics = step.metrics
            n += _given(step) + _given(metrics)
            for metric in (metrics.nps, metrics.csat, metrics.ces):
                if metric is not None:
                    n += _given(metric)
            n += sum(len(score.__pydantic_fields_set__) for score in step.scores)
    for lane in journey.lanes:
        n += _given(lane) + sum(len(card.__pydantic_fields_set__) for card in lane.cards)
    return n
