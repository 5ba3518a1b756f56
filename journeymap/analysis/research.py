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
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from ..i18n import _, ngettext
from ..model import Card, Ces, Csat, EvidenceStatus, JourneyMap, Lane, LaneKind, Metrics, Nps, Score, now
from ..model.evidence import ImportRecord, ImportSource, Interval
from .edits import AddCard, AddLane, Edit, SetFields, SetScore
from .fields import FIELD_LABELS, match_columns, normalised
from .mapping import Mapping
from .numbers import signed
from .plan import MAX_SHOWN_PROBLEMS, MEASURES, DataProblem, ImportPlan, MetricResult, ScoreResult
from .rows import RowReader, round_half_away
from .tables import Table, read_table

__all__ = ["MAX_SHOWN_PROBLEMS", "DataProblem", "ImportPlan", "MetricResult", "ScoreResult", "data_digest",
           "describe_score", "plan_import", "read_and_plan", "round_half_away"]


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
    RowReader(journey, table, mapping, plan).run()
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
            problems.append(DataProblem(None, header, _("is not in {table} (the mapping gives it as {field}); its "
                                                        "columns: {columns}").format(
                table=table.name, field=FIELD_LABELS[key], columns=", ".join(table.headers))))
            continue
        for other, h in list(columns.items()):
            if h == match and other != key:
                del columns[other]  # the mapping's word wins over a match by name
        columns[key] = match
    for key, headers in unsure.items():
        if key not in columns:
            problems.append(DataProblem(None, None, _("{n} columns could be {field} ({columns}): name one in the "
                                                      "mapping").format(n=len(headers), field=FIELD_LABELS[key],
                                                                        columns=", ".join(headers))))
    if "step" not in columns:
        problems.append(DataProblem(None, None, _("no column names the step: call it 'Step' or name it "
                                                "in the mapping ([columns] step = \"…\")")))
    if not any(k in columns for k in MEASURES):
        problems.append(DataProblem(None, None, _("no column holds a rating, NPS, CSAT, CES or verbatim: "
                                                "name them in the mapping's [columns]")))
    return columns, problems


# -- the edits ----------------------------------------------------------------------------------------

def _edits(journey: JourneyMap, plan: ImportPlan, digest: str) -> list[Edit]:
    source = ImportSource(name=plan.name, date=plan.date)
    edits: list[Edit] = []
    steps = {step.id: step for step in journey.steps()}
    for result in plan.scores:
        old = next((s for s in steps[result.step_id].scores if s.persona == result.persona_id), None)
        interval = None if result.low is None or result.high is None else Interval(low=result.low, high=result.high)
        measured: dict[str, Any] = {"value": result.value, "source": source, "sample_size": result.n, "mean": result.mean,
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
                made += 1  # already a card: it counts toward the limit, so the same data gives the same cards
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
        plan.notes.append(ngettext(
            "{n} more verbatim was not made into a card (at most {limit} per step and persona; set [verbatims] "
            "max_per_step to change)", "{n} more verbatims were not made into cards (at most {limit} per step and "
            "persona; set [verbatims] max_per_step to change)", left_out).format(n=left_out, limit=limit))
    if repeated:
        plan.notes.append(ngettext("{n} verbatim is already a card in the {lane} lane",
                                   "{n} verbatims are already cards in the {lane} lane", repeated).format(
            n=repeated, lane=lane.display_title))
    if same:
        plan.notes.append(ngettext(
            "{n} verbatim repeats another response's words at the same step for the same persona: one card for "
            "those words", "{n} verbatims repeat another response's words at the same step for the same persona: "
            "one card for those words", same).format(n=same))
    if not plan.cards:
        return []  # no new card: no new lane either
    if isinstance(edits[0], AddLane):
        plan.notes.append(_("An Evidence lane is added to hold the verbatims"))
    return edits


def describe_score(result: ScoreResult, names: dict[str, str]) -> str:
    """"Maya Chen at 'Pays': +0.62 (95 % CI +0.41 to +0.83, n=214)"."""
    interval = "" if result.low is None else f"95 % CI {signed(result.low, 2)} to {signed(result.high or 0, 2)}, "
    return (f"{names.get(result.persona_id, '?')} at '{names.get(result.step_id, '?')}': "
            f"{signed(result.mean, 2)} ({interval}n={result.n})")
