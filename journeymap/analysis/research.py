"""Research data into a map: from rows of a survey or analytics export to measured scores and evidence.

:func:`plan_import` reads nothing and changes nothing: it works out, from a
:class:`~.tables.Table` and a :class:`~.mapping.Mapping`, what the import would
do (per step and persona: the mean emotion on the map's scale, n and the 95 %
interval; NPS, CSAT and CES per step with n; verbatims as evidence cards) and
every problem, each with its row and column. The plan's ``edits`` are then
applied in one go (:mod:`.edits`): in the editor as one undo step, on the
command line before one save. A plan with problems has no edits: nothing is
ever half-imported.

Rows come in two shapes. One response per row is the default. When a column
gives the number of responses (``n``), each row is an aggregate (the mean
rating, an NPS figure, a CSAT percentage) for its step and persona.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..model import Card, Ces, Csat, EvidenceStatus, JourneyMap, Lane, LaneKind, Metrics, Nps, Score, now
from ..model.evidence import ImportRecord, ImportSource, Interval
from ..model.limits import MAX_TEXT
from .edits import AddCard, AddLane, Edit, SetFields, SetScore
from .fields import FIELD_LABELS, match_columns, normalised
from .mapping import Mapping
from .matching import Names
from .numbers import NotANumber, plain, read_count, read_number, signed
from .stats import (
    guess_scale,
    interval_from_summary,
    mean_estimate,
    net_promoter_score,
    rescale,
    satisfied_share,
)
from .tables import Row, Table, read_table

MEASURES = ("rating", "nps", "csat", "ces", "verbatim")
MAX_SHOWN_PROBLEMS = 50


@dataclass(frozen=True)
class DataProblem:
    """Something wrong with the data, at a row (as the spreadsheet numbers it) and a column."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = ", ".join(p for p in (f"row {self.row}" if self.row else "",
                                      f"column {self.column}" if self.column else "") if p)
        return f"{where}: {self.message}" if where else self.message


@dataclass(frozen=True)
class ScoreResult:
    """The measured emotion of one persona at one step (on the map's scale)."""

    step_id: str
    persona_id: str
    n: int
    mean: float
    low: float | None
    high: float | None
    value: int


@dataclass(frozen=True)
class MetricResult:
    step_id: str
    kind: str  # nps, csat, ces
    value: float
    n: int


@dataclass
class ImportPlan:
    """What an import would change, and why it cannot when it cannot."""

    name: str
    date: datetime
    file: str
    table: Table
    columns: dict[str, str]
    unused: list[str]
    aggregate: bool = False
    scale: tuple[float, float] | None = None
    scale_guessed: bool = False
    problems: list[DataProblem] = field(default_factory=list)
    unmatched: list[DataProblem] = field(default_factory=list)
    skip_unmatched: bool = False
    notes: list[str] = field(default_factory=list)
    scores: list[ScoreResult] = field(default_factory=list)
    metrics: list[MetricResult] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    record: ImportRecord | None = None
    already: ImportRecord | None = None
    rows_used: int = 0
    #: (step id, persona id or None) -> (row, text) of each verbatim, in file order
    verbatims: dict[tuple[str, str | None], list[tuple[int, str]]] = field(default_factory=dict)
    max_verbatims: int = 5

    @property
    def blocking(self) -> list[DataProblem]:
        """The problems that stop the import: all of them, unless unmatched rows may be left out."""
        return self.problems + ([] if self.skip_unmatched else self.unmatched)

    @property
    def ok(self) -> bool:
        return not self.blocking


def data_digest(data: bytes, mapping: Mapping) -> str:
    """What identifies an import: the data's bytes and what of the mapping shapes the result."""
    h = hashlib.sha256(data)
    h.update(b"\0")
    h.update(mapping.fingerprint())
    return h.hexdigest()


def read_and_plan(journey: JourneyMap, data_path: Path | str, mapping: Mapping,
                  when: datetime | None = None) -> ImportPlan:
    """Read the data file and plan its import into ``journey`` (raises :class:`~.tables.DataFileError`)."""
    path = Path(data_path)
    table = read_table(path, mapping.sheet, mapping.header_row)
    digest = data_digest(path.read_bytes(), mapping)
    return plan_import(journey, table, mapping, digest=digest, file_name=path.name, when=when)


def plan_import(journey: JourneyMap, table: Table, mapping: Mapping, *, digest: str, file_name: str = "",
                when: datetime | None = None) -> ImportPlan:
    """Work out the import of ``table`` into ``journey``; see the module's docstring."""
    file_name = file_name or table.name
    already = next((r for r in journey.research.imports if r.digest == digest), None)
    name = already.name if already else (mapping.name or Path(file_name).stem or "Research import")
    date = already.date if already else (when or now())
    columns, problems = _columns(table, mapping, journey.language)
    used = set(columns.values())
    plan = ImportPlan(name, date, file_name, table, columns, [h for h in table.headers if h not in used],
                      aggregate="n" in columns, skip_unmatched=mapping.skip_unmatched, already=already)
    plan.problems += problems
    if problems:
        return plan
    _Reader(journey, table, mapping, plan).run()
    if not plan.ok:
        plan.edits = []
        return plan
    plan.edits = _edits(journey, plan, digest)
    return plan


def _columns(table: Table, mapping: Mapping, language: str) -> tuple[dict[str, str], list[DataProblem]]:
    found, unsure = match_columns(table.headers, language)
    problems: list[DataProblem] = []
    columns = dict(found)
    for key, header in mapping.columns.items():
        if not header:  # the mapping says: do not read this field, whatever its name suggests
            columns.pop(key, None)
            unsure.pop(key, None)
            continue
        match = next((h for h in table.headers if h == header), None) or next(
            (h for h in table.headers if normalised(h) == normalised(header)), None)
        if match is None:
            problems.append(DataProblem(None, header, f"is not in {table.name} (the mapping gives it as "
                                                      f"{FIELD_LABELS[key]}); its columns: "
                                                      f"{', '.join(table.headers)}"))
            continue
        for other, h in list(columns.items()):
            if h == match and other != key:
                del columns[other]  # the mapping's word wins over a match by name
        columns[key] = match
    for key, headers in unsure.items():
        if key not in columns:
            problems.append(DataProblem(None, None, f"{len(headers)} columns could be {FIELD_LABELS[key]} "
                                                    f"({', '.join(headers)}): name one in the mapping"))
    if "step" not in columns:
        problems.append(DataProblem(None, None, "no column names the step: call it 'Step' or name it "
                                                "in the mapping ([columns] step = \"…\")"))
    if not any(k in columns for k in MEASURES):
        problems.append(DataProblem(None, None, "no column holds a rating, NPS, CSAT, CES or verbatim: "
                                                "name them in the mapping's [columns]"))
    return columns, problems


def round_half_away(x: float) -> int:
    """1.5 -> 2, -1.5 -> -2: a mean halfway between two scale steps goes to the stronger feeling."""
    return int(math.copysign(math.floor(abs(x) + 0.5), x))


class _Reader:
    """One pass over the rows: values checked, grouped by step and persona, then summed up."""

    def __init__(self, journey: JourneyMap, table: Table, mapping: Mapping, plan: ImportPlan) -> None:
        self.journey, self.table, self.mapping, self.plan = journey, table, mapping, plan
        self.names = Names(journey, mapping.steps, mapping.personas)
        self.col = {key: table.headers.index(h) for key, h in plan.columns.items()}
        self.ratings: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
        self.rating_aggregates: dict[tuple[str, str], tuple[int, float, int, float | None]] = {}
        self.answers: dict[str, dict[str, list[float]]] = {k: defaultdict(list) for k in ("nps", "csat", "ces")}
        self.aggregates: dict[str, dict[str, list[tuple[float, int]]]] = {
            k: defaultdict(list) for k in ("nps", "csat", "ces")}
        self.verbatims: dict[tuple[str, str | None], list[tuple[int, str]]] = defaultdict(list)

    def problem(self, row: int | None, key: str | None, message: str) -> None:
        column = self.plan.columns.get(key) if key else None
        self.plan.problems.append(DataProblem(row, column, message))

    def run(self) -> None:
        default_persona = self._default_persona()
        for row in self.table.rows:
            self._row(row, default_persona)
        if self.plan.problems:
            return
        self._sum_up()
        self.plan.verbatims = dict(self.verbatims)
        self.plan.max_verbatims = self.mapping.max_verbatims

    def _default_persona(self) -> str | None:
        given = self.mapping.default_persona
        if given is not None:
            found, why = self.names.persona(given)
            if found is None:
                self.problem(None, None, f"default persona: {why}")
            return found
        personas = self.journey.personas
        if len(personas) == 1:
            return personas[0].id
        if "rating" in self.col and "persona" not in self.col:
            if not personas:
                self.problem(None, None, "the map has no personas: add the persona the ratings are about first")
            else:
                self.problem(None, None, f"the data has no persona column and the map has {len(personas)} "
                                         f"personas: choose whose ratings these are (default_persona)")
        return None

    def _cell(self, row: Row, key: str) -> Any:
        k = self.col.get(key)
        return None if k is None else row.get(k)

    def _row(self, row: Row, default_persona: str | None) -> None:
        if all(v is None for v in row.cells):
            return
        values = {key: self._cell(row, key) for key in MEASURES + ("n", "sd")}
        if all(values[k] is None for k in MEASURES):
            return
        step_text = self._cell(row, "step")
        if step_text is None:
            self._unmatched(row, f"no step (the {self.plan.columns['step']} column is empty)")
            return
        step_id, why = self.names.step(str(step_text))
        if step_id is None:
            self._unmatched(row, why)
            return
        persona_id = default_persona
        persona_text = self._cell(row, "persona")
        if persona_text is not None:
            persona_id, why = self.names.persona(str(persona_text))
            if persona_id is None:
                self._unmatched(row, why)
                return
        elif values["rating"] is not None and persona_id is None:
            if "persona" in self.col:
                self._unmatched(row, f"no persona (the {self.plan.columns['persona']} column is empty) "
                                     f"and no default persona")
            return
        self.plan.rows_used += 1
        if self.plan.aggregate:
            self._aggregate_row(row, step_id, persona_id, values)
        else:
            self._response_row(row, step_id, persona_id, values)
        if values["verbatim"] is not None:
            text = " ".join(str(values["verbatim"]).split()) if not isinstance(values["verbatim"], str) \
                else str(values["verbatim"]).strip()
            if text:
                self.verbatims[(step_id, persona_id)].append((row.number, text[:MAX_TEXT]))

    def _unmatched(self, row: Row, message: str) -> None:
        self.plan.unmatched.append(DataProblem(row.number, None, message))

    def _number(self, row: Row, key: str, value: Any) -> tuple[float, bool] | None:
        try:
            return read_number(value)
        except NotANumber as e:
            self.problem(row.number, key, str(e))
            return None

    def _response_row(self, row: Row, step_id: str, persona_id: str | None, values: dict[str, Any]) -> None:
        if values["rating"] is not None and persona_id is not None:
            got = self._number(row, "rating", values["rating"])
            if got is not None:
                self.ratings[(step_id, persona_id)].append((row.number, got[0]))
        limits = {"nps": (0, 10, "a whole number from 0 to 10"), "csat": (1, 5, "an answer from 1 to 5"),
                  "ces": (1, 7, "an answer from 1 to 7")}
        for key, (low, high, words) in limits.items():
            if values[key] is None:
                continue
            got = self._number(row, key, values[key])
            if got is None:
                continue
            number = got[0]
            if not low <= number <= high or (key == "nps" and not number.is_integer()):
                self.problem(row.number, key, f"{plain(number, 3)} is not {words}")
                continue
            self.answers[key][step_id].append(number)

    def _aggregate_row(self, row: Row, step_id: str, persona_id: str | None, values: dict[str, Any]) -> None:
        if values["n"] is None:
            if any(values[k] is not None for k in ("rating", "nps", "csat", "ces")):
                self.problem(row.number, "n", "no number of responses for this aggregated row")
            return
        try:
            n = read_count(values["n"])
        except NotANumber as e:
            self.problem(row.number, "n", str(e))
            return
        if n == 0:
            return
        if values["rating"] is not None and persona_id is not None:
            got = self._number(row, "rating", values["rating"])
            sd = None
            if values["sd"] is not None:
                sd_got = self._number(row, "sd", values["sd"])
                if sd_got is not None and sd_got[0] < 0:
                    self.problem(row.number, "sd", "a standard deviation cannot be negative")
                sd = sd_got[0] if sd_got else None
            if got is not None:
                key = (step_id, persona_id)
                if key in self.rating_aggregates:
                    first = self.rating_aggregates[key][0]
                    self.problem(row.number, "rating", f"a second rating for '{self.names.step_names[step_id]}' "
                                                       f"and {self.names.persona_names[persona_id]} "
                                                       f"(the first is in row {first})")
                else:
                    self.rating_aggregates[key] = (row.number, got[0], n, sd)
        ranges = {"nps": (-100, 100, "an NPS from −100 to 100"), "csat": (0, 100, "a percentage from 0 to 100"),
                  "ces": (1, 7, "a CES from 1 to 7")}
        for key, (low, high, words) in ranges.items():
            if values[key] is None:
                continue
            got = self._number(row, key, values[key])
            if got is None:
                continue
            number, percent = got
            if key == "csat" and not percent and number <= 5:
                self.problem(row.number, key, f"{plain(number, 3)} looks like a mean on 1–5; an aggregated CSAT "
                                              f"is the percentage satisfied (for example 84%)")
                continue
            if not low <= number <= high:
                self.problem(row.number, key, f"{plain(number, 3)} is not {words}")
                continue
            self.aggregates[key][step_id].append((number, n))

    # -- summing up ------------------------------------------------------------------------------
    def _sum_up(self) -> None:
        vmin, vmax = self.journey.emotion_scale.min, self.journey.emotion_scale.max
        if self.ratings or self.rating_aggregates:
            self._rating_scale()
        if self.plan.problems:
            return
        scale = self.plan.scale
        for (step_id, persona_id), entries in self.ratings.items():
            est = mean_estimate([v for _row, v in entries])
            self._score(step_id, persona_id, est.n, est.mean, est.low, est.high, scale, (vmin, vmax))
        for (step_id, persona_id), (_row, mean, n, sd) in self.rating_aggregates.items():
            interval = interval_from_summary(mean, sd, n) if sd is not None else None
            low, high = interval if interval else (None, None)
            self._score(step_id, persona_id, n, mean, low, high, scale, (vmin, vmax))
        for key in ("nps", "csat", "ces"):
            for step_id, answers in self.answers[key].items():
                if key == "nps":
                    value = net_promoter_score(answers)
                elif key == "csat":
                    value = satisfied_share(answers, self.mapping.csat_satisfied_from)
                else:
                    value = math.fsum(answers) / len(answers)
                self.plan.metrics.append(MetricResult(step_id, key, _round_metric(key, value), len(answers)))
            for step_id, figures in self.aggregates[key].items():
                total = sum(n for _v, n in figures)
                value = math.fsum(v * n for v, n in figures) / total
                self.plan.metrics.append(MetricResult(step_id, key, _round_metric(key, value), total))
        order = {step.id: k for k, step in enumerate(self.journey.steps())}
        persona_order = {p.id: k for k, p in enumerate(self.journey.personas)}
        self.plan.scores.sort(key=lambda s: (order[s.step_id], persona_order[s.persona_id]))
        self.plan.metrics.sort(key=lambda m: (order[m.step_id], ("nps", "csat", "ces").index(m.kind)))
        weak = [s for s in self.plan.scores if s.n < self.journey.research.weak_evidence_below]
        if weak:
            self.plan.notes.append(f"{len(weak)} of {len(self.plan.scores)} measured points rest on fewer than "
                                   f"{self.journey.research.weak_evidence_below} responses: the curve marks "
                                   f"them as weak evidence")

    def _rating_scale(self) -> None:
        every = [(row, v) for entries in self.ratings.values() for row, v in entries]
        every += [(row, mean) for row, mean, _n, _sd in self.rating_aggregates.values()]
        given = self.mapping.rating_scale
        if given is None:
            self.plan.scale, self.plan.scale_guessed = guess_scale([v for _r, v in every]), True
            low, high = self.plan.scale
            self.plan.notes.append(f"Emotion ratings were read on the scale {plain(low, 2)} to {plain(high, 2)} "
                                   f"(the smallest usual scale holding every rating); if the survey used another, "
                                   f"set it in the mapping ([scales] rating = [lowest, highest])")
            return
        self.plan.scale = given
        low, high = given
        for row, v in sorted(every):
            if not low <= v <= high:
                self.problem(row, "rating", f"{plain(v, 3)} is outside the rating scale "
                                            f"{plain(low, 2)} to {plain(high, 2)}")

    def _score(self, step_id: str, persona_id: str, n: int, mean: float, low: float | None, high: float | None,
               scale: tuple[float, float] | None, target: tuple[int, int]) -> None:
        assert scale is not None
        m = rescale(mean, scale, target)
        lo = rescale(low, scale, target) if low is not None else None
        hi = rescale(high, scale, target) if high is not None else None
        value = max(target[0], min(target[1], round_half_away(m)))
        self.plan.scores.append(ScoreResult(step_id, persona_id, n, round(m, 3),
                                            None if lo is None else round(lo, 3),
                                            None if hi is None else round(hi, 3), value))


def _round_metric(kind: str, value: float) -> float:
    return round(value, 2 if kind == "ces" else 1)


# -- the edits ----------------------------------------------------------------------------------------

def _edits(journey: JourneyMap, plan: ImportPlan, digest: str) -> list[Edit]:
    source = ImportSource(name=plan.name, date=plan.date)
    edits: list[Edit] = []
    steps = {step.id: step for step in journey.steps()}
    for result in plan.scores:
        old = next((s for s in steps[result.step_id].scores if s.persona == result.persona_id), None)
        interval = None if result.low is None or result.high is None else Interval(low=result.low, high=result.high)
        measured = {"value": result.value, "source": source, "n": result.n, "mean": result.mean,
                    "interval": interval}
        new = Score(persona=result.persona_id, **measured) if old is None else old.model_copy(update=measured)
        if new != old:
            edits.append(SetScore(result.step_id, result.persona_id, new))
    by_step: dict[str, dict[str, Any]] = defaultdict(dict)
    kinds = {"nps": Nps, "csat": Csat, "ces": Ces}
    for metric in plan.metrics:
        by_step[metric.step_id][metric.kind] = kinds[metric.kind](value=metric.value, sample_size=metric.n)
    for step_id, update in by_step.items():
        old_metrics = steps[step_id].metrics
        new_metrics = Metrics.model_validate(old_metrics.model_copy(update=update).model_dump())
        if new_metrics != old_metrics:
            edits.append(SetFields(step_id, {"metrics": new_metrics}))
    edits += _evidence_cards(journey, plan)
    if plan.already is None:
        plan.record = ImportRecord(name=plan.name, date=plan.date, file=plan.file, digest=digest,
                                   rows=plan.rows_used + len(plan.unmatched), skipped=len(plan.unmatched),
                                   scores=len(plan.scores), metrics=len(plan.metrics), cards=len(plan.cards))
        edits.append(SetFields(None, {"research.imports": [*journey.research.imports, plan.record]}))
    else:
        plan.record = plan.already
    return edits


def _evidence_cards(journey: JourneyMap, plan: ImportPlan) -> list[Edit]:
    """Verbatims as observed evidence cards, at most ``max_verbatims`` per step and persona, none twice."""
    if not plan.verbatims:
        return []
    lane = next((lane for lane in journey.lanes if lane.kind is LaneKind.EVIDENCE), None)
    edits: list[Edit] = []
    if lane is None:
        lane = Lane(kind=LaneKind.EVIDENCE)
        edits.append(AddLane(lane))
    persona_names = {p.id: p.name for p in journey.personas}
    named = {name: pid for pid, name in persona_names.items()}
    on_map = {(card.step, next((named[t] for t in card.tags if t in named), ""), normalised(card.text))
              for card in lane.cards}
    made_now: set[tuple[str, str, str]] = set()
    left_out = repeated = same = 0
    limit = plan.max_verbatims
    for (step_id, persona_id), quotes in plan.verbatims.items():
        made = 0
        for row, text in quotes:
            key = (step_id, persona_id or "", normalised(text))
            if key in on_map:
                repeated += 1
                continue
            if key in made_now:
                same += 1
                continue
            if made >= limit:
                left_out += 1
                continue
            made_now.add(key)
            made += 1
            who = persona_names.get(persona_id or "", "")
            card = Card(step=step_id, text=text, status=EvidenceStatus.OBSERVED, tags=[who] if who else [],
                        detail=" · ".join(p for p in (plan.name, who, f"row {row}") if p))
            plan.cards.append(card)
            edits.append(AddCard(lane.id, card))
    if left_out:
        were = "verbatim was" if left_out == 1 else "verbatims were"
        plan.notes.append(f"{left_out} more {were} not made into cards (at most {limit} per step and "
                          f"persona; set [verbatims] max_per_step to change)")
    if repeated:
        plan.notes.append(f"{repeated} verbatim{'s are' if repeated != 1 else ' is'} already "
                          f"{'cards' if repeated != 1 else 'a card'} in the {lane.display_title} lane")
    if same:
        plan.notes.append(f"{same} verbatim{'s repeat' if same != 1 else ' repeats'} another response's words "
                          f"at the same step for the same persona: one card for those words")
    if not plan.cards:
        return []  # no new card: no new lane either
    if isinstance(edits[0], AddLane):
        plan.notes.append("An Evidence lane is added to hold the verbatims")
    return edits


def describe_score(result: ScoreResult, names: dict[str, str]) -> str:
    """"Maya Chen at 'Pays': +0.62 (95 % CI +0.41 to +0.83, n=214)"."""
    interval = "" if result.low is None else f"95 % CI {signed(result.low, 2)} to {signed(result.high or 0, 2)}, "
    return (f"{names.get(result.persona_id, '?')} at '{names.get(result.step_id, '?')}': "
            f"{signed(result.mean, 2)} ({interval}n={result.n})")
