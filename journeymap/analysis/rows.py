"""Reading an import's rows: each value checked, grouped by step and persona, then summed up.

One pass over the table. Every problem is recorded with its row (as the
spreadsheet numbers it) and column; a row naming a step or persona the map
does not have is "unmatched" and listed, never dropped without a word.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from ..i18n import N_, _, ngettext
from ..model import JourneyMap
from ..model.limits import MAX_SAMPLE_SIZE, MAX_TEXT
from .mapping import Mapping
from .matching import Names
from .numbers import NotANumber, plain, read_count, read_number
from .plan import MEASURES, DataProblem, ImportPlan, MetricResult, ScoreResult
from .stats import (
    guess_scale,
    interval_from_summary,
    mean_estimate,
    net_promoter_score,
    rescale,
    satisfied_share,
)
from .tables import Row, Table


def round_half_away(x: float) -> int:
    """1.5 -> 2, -1.5 -> -2: a mean halfway between two scale steps goes to the stronger feeling."""
    return int(math.copysign(math.floor(abs(x) + 0.5), x))


class RowReader:
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
                self.problem(None, None, _("default persona: {why}").format(why=why))
            return found
        personas = self.journey.personas
        if len(personas) == 1:
            return personas[0].id
        if "rating" in self.col and "persona" not in self.col:
            if not personas:
                self.problem(None, None, _("the map has no personas: add the persona the ratings are about first"))
            else:
                self.problem(None, None, _("the data has no persona column and the map has {n} personas: choose "
                                           "whose ratings these are (default_persona)").format(n=len(personas)))
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
            self._unmatched(row, _("no step (the {column} column is empty)").format(column=self.plan.columns["step"]))
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
                self._unmatched(row, _("no persona (the {column} column is empty) and no default persona").format(
                    column=self.plan.columns["persona"]))
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
        limits = {"nps": (0, 10, N_("a whole number from 0 to 10")), "csat": (1, 5, N_("an answer from 1 to 5")),
                  "ces": (1, 7, N_("an answer from 1 to 7"))}
        for key, (low, high, words) in limits.items():
            if values[key] is None:
                continue
            got = self._number(row, key, values[key])
            if got is None:
                continue
            number = got[0]
            if not low <= number <= high or (key == "nps" and not number.is_integer()):
                self.problem(row.number, key, _("{value} is not {what}").format(value=plain(number, 3), what=_(words)))
                continue
            self.answers[key][step_id].append(number)

    def _aggregate_row(self, row: Row, step_id: str, persona_id: str | None, values: dict[str, Any]) -> None:
        if values["n"] is None:
            if any(values[k] is not None for k in ("rating", "nps", "csat", "ces")):
                self.problem(row.number, "n", _("no number of responses for this aggregated row"))
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
                    self.problem(row.number, "sd", _("a standard deviation cannot be negative"))
                sd = sd_got[0] if sd_got else None
            if got is not None:
                cell = (step_id, persona_id)
                if cell in self.rating_aggregates:
                    first = self.rating_aggregates[cell][0]
                    self.problem(row.number, "rating", _("a second rating for '{step}' and {persona} (the first is "
                                                         "in row {row})").format(
                        step=self.names.step_names[step_id], persona=self.names.persona_names[persona_id], row=first))
                else:
                    self.rating_aggregates[cell] = (row.number, got[0], n, sd)
        ranges = {"nps": (-100, 100, N_("an NPS from −100 to 100")), "csat": (0, 100, N_("a percentage from 0 to 100")),
                  "ces": (1, 7, N_("a CES from 1 to 7"))}
        for key, (low, high, words) in ranges.items():
            if values[key] is None:
                continue
            got = self._number(row, key, values[key])
            if got is None:
                continue
            number, percent = got
            if key == "csat" and not percent and number <= 5:
                self.problem(row.number, key, _("{value} looks like a mean on 1–5; an aggregated CSAT is the "
                                                "percentage satisfied (for example 84%)").format(value=plain(number, 3)))
                continue
            if not low <= number <= high:
                self.problem(row.number, key, _("{value} is not {what}").format(value=plain(number, 3), what=_(words)))
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
                if total > MAX_SAMPLE_SIZE:
                    self.problem(None, "n", _("the number {value} is too large").format(value=f"{total:,}"))
                    continue
                value = math.fsum(v * n for v, n in figures) / total
                self.plan.metrics.append(MetricResult(step_id, key, _round_metric(key, value), total))
        order = {step.id: k for k, step in enumerate(self.journey.steps())}
        persona_order = {p.id: k for k, p in enumerate(self.journey.personas)}
        self.plan.scores.sort(key=lambda s: (order[s.step_id], persona_order[s.persona_id]))
        self.plan.metrics.sort(key=lambda m: (order[m.step_id], ("nps", "csat", "ces").index(m.kind)))
        weak = [s for s in self.plan.scores if s.n < self.journey.research.weak_evidence_below]
        if weak:
            self.plan.notes.append(ngettext(
                "{weak} of {total} measured points rests on fewer than {n} responses: the curve marks it as weak "
                "evidence", "{weak} of {total} measured points rest on fewer than {n} responses: the curve marks "
                "them as weak evidence", len(weak)).format(weak=len(weak), total=len(self.plan.scores),
                                                          n=self.journey.research.weak_evidence_below))

    def _rating_scale(self) -> None:
        every = [(row, v) for entries in self.ratings.values() for row, v in entries]
        every += [(row, mean) for row, mean, _n, _sd in self.rating_aggregates.values()]
        given = self.mapping.rating_scale
        if given is None:
            self.plan.scale, self.plan.scale_guessed = guess_scale([v for _r, v in every]), True
            low, high = self.plan.scale
            self.plan.notes.append(_("Emotion ratings were read on the scale {low} to {high} (the smallest usual "
                                     "scale holding every rating); if the survey used another, set it in the "
                                     "mapping ([scales] rating = [lowest, highest])").format(low=plain(low, 2),
                                                                                             high=plain(high, 2)))
            return
        self.plan.scale = given
        low, high = given
        for row, v in sorted(every):
            if not low <= v <= high:
                self.problem(row, "rating", _("{value} is outside the rating scale {low} to {high}").format(
                    value=plain(v, 3), low=plain(low, 2), high=plain(high, 2)))

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
