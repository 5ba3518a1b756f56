"""What a map knows about the research behind it: measured scores, import history, health settings.

A score typed in a workshop and a score measured from 400 survey responses look
alike as a number on a curve; these records keep them apart. A measured score
names the import it came from (or the workshop's emotion check), how many ratings it
rests on (``sample_size``) and its
95 % confidence interval, so the curve can show how sure it is. The history of
imports stays in the file, so a map says which research wave its curve reflects.
Merge conflicts that a three-way merge could not settle are kept here too,
with both values, until someone chooses.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field, JsonValue, StringConstraints, model_validator

from .limits import MAX_LIST, MAX_NAME, MAX_SAMPLE_SIZE, MAX_SHORT_LIST, MAX_TEXT
from .strict import Strict

Name = Annotated[str, StringConstraints(max_length=MAX_NAME)]
SampleSize = Annotated[int, Field(ge=0, le=MAX_SAMPLE_SIZE)]

#: Below this many responses a measured point is marked as weak evidence (a common rule of thumb).
WEAK_EVIDENCE_BELOW = 30


class ImportSource(Strict):
    """Where a measured score came from: the import's name and when it was imported."""

    name: Name
    date: datetime


class Interval(Strict):
    """A 95 % confidence interval of a measured mean, on the map's emotion scale."""

    low: float
    high: float

    @model_validator(mode="after")
    def _ordered(self) -> Interval:
        if self.low > self.high:
            raise ValueError(f"the interval's low end {self.low} is above its high end {self.high}")
        return self


class ImportRecord(Strict):
    """One research import, as the history of the map keeps it.

    ``digest`` identifies the data and the mapping that produced it, so the same
    import made twice is recognised and changes nothing the second time.
    """

    name: Name
    date: datetime
    file: Name = ""
    digest: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    rows: SampleSize = 0
    skipped: SampleSize = 0
    scores: SampleSize = 0
    metrics: SampleSize = 0
    cards: SampleSize = 0


class Research(Strict):
    """The map's research settings and the history of its imports, oldest first."""

    weak_evidence_below: Annotated[int, Field(ge=1, le=MAX_SAMPLE_SIZE)] = WEAK_EVIDENCE_BELOW
    imports: Annotated[list[ImportRecord], Field(max_length=MAX_LIST)] = []


class Health(Strict):
    """The health check's settings for this map: the rules its team has switched off."""

    disabled_rules: Annotated[list[Name], Field(max_length=MAX_SHORT_LIST)] = []


class MergeConflict(Strict):
    """One thing two versions changed differently, kept with both values until someone chooses.

    The map holds ``ours`` (the version being merged into); ``theirs`` is the
    other side's value, so nothing either side wrote is lost. ``object`` is the
    id of what the conflict is about (None: the map itself); ``field`` is empty
    when the conflict is about the object as a whole (deleted on one side,
    edited on the other).
    """

    object: Annotated[str, StringConstraints(max_length=MAX_NAME)] | None = None
    field: Name = ""
    message: Annotated[str, StringConstraints(max_length=MAX_TEXT)]
    base: JsonValue = None
    ours: JsonValue = None
    theirs: JsonValue = None
