"""An import plan in words: what was read, what it will change, and what is wrong with the data.

The command line prints these lines and the import dialog shows them, so both
say the same thing the same way.
"""

from __future__ import annotations

from ..i18n import _
from ..model import JourneyMap
from .fields import FIELD_KEYS, FIELD_LABELS
from .numbers import count, plain, signed
from .research import MAX_SHOWN_PROBLEMS, DataProblem, ImportPlan, MetricResult

_METRIC_NAMES = {"nps": "NPS", "csat": "CSAT", "ces": "CES"}


def metric_text(metric: MetricResult) -> str:
    if metric.kind == "nps":
        return f"NPS {signed(metric.value, 1).replace('.0', '')} (n={metric.n:,})"
    if metric.kind == "csat":
        return f"CSAT {plain(metric.value, 1)} % (n={metric.n:,})"
    return f"CES {plain(metric.value, 2)} (n={metric.n:,})"


def problem_lines(problems: list[DataProblem], limit: int = MAX_SHOWN_PROBLEMS) -> list[str]:
    lines = [str(p) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(_("… and {n} more").format(n=len(problems) - limit))
    return lines


def read_lines(plan: ImportPlan) -> list[str]:
    """What was read: the file, its rows, which column became which field, and what was not used."""
    t = plan.table
    lines = [f"{plan.file}: {count(len(t.rows), 'row')} under the headers in row {t.header_row} ({t.read_as})"]
    width = max(len(FIELD_LABELS[k]) for k in FIELD_KEYS)
    for key in FIELD_KEYS:
        header = plan.columns.get(key)
        if header is None:
            continue
        extra = ""
        if key == "rating" and plan.scale is not None:
            low, high = plan.scale
            extra = f"  (asked on {plain(low, 2)} to {plain(high, 2)}{', guessed' if plan.scale_guessed else ''})"
        lines.append(f"  {FIELD_LABELS[key]:<{width}}  <- \"{header}\"{extra}")
    if plan.unused:
        lines.append("  not used: " + ", ".join(f'"{h}"' for h in plan.unused))
    if plan.aggregate:
        lines.append("  each row is an aggregate (it has a number of responses)")
    return lines


def change_lines(plan: ImportPlan, journey: JourneyMap) -> list[str]:
    """What the import sets, per step and persona, in the map's words."""
    names = {p.id: p.name for p in journey.personas}
    steps = {s.id: s.name for s in journey.steps()}
    weak_below = journey.research.weak_evidence_below
    scale = journey.emotion_scale
    lines: list[str] = []
    if plan.scores:
        lines.append(f"Emotion per step and persona (on the map's scale {signed(scale.min)} to {signed(scale.max)}):")
        for s in plan.scores:
            interval = "" if s.low is None else f"95 % CI {signed(s.low, 2)} to {signed(s.high or 0, 2)}, "
            weak = "  weak evidence" if s.n < weak_below else ""
            lines.append(f"  {names.get(s.persona_id, '?')} at '{steps.get(s.step_id, '?')}': "
                         f"{signed(s.mean, 2)} ({interval}n={s.n:,}){weak}")
    if plan.metrics:
        lines.append("Metrics per step:")
        by_step: dict[str, list[str]] = {}
        for m in plan.metrics:
            by_step.setdefault(m.step_id, []).append(metric_text(m))
        for step_id, texts in by_step.items():
            lines.append(f"  '{steps.get(step_id, '?')}': " + ", ".join(texts))
    if plan.cards:
        lines.append(f"Evidence cards: {len(plan.cards):,} new (status observed)")
    for note in plan.notes:
        lines.append(f"Note: {note}")
    if plan.unmatched and plan.skip_unmatched:
        lines.append(f"Left out, as asked: {count(len(plan.unmatched), 'row')} that match nothing in the map:")
        lines += ["  " + line for line in problem_lines(plan.unmatched)]
    return lines


def outcome_line(plan: ImportPlan) -> str:
    """One line: what applying the plan does to the map."""
    if not plan.ok:
        return "Nothing was imported."
    if not plan.edits:
        if plan.already is not None:
            return (f"Nothing to change: this data was imported as '{plan.already.name}' on "
                    f"{plan.already.date:%Y-%m-%d %H:%M} UTC, and the map still holds it.")
        return "Nothing to change."
    counts = [count(len(plan.scores), "emotion score") if plan.scores else "",
              count(len(plan.metrics), "metric") if plan.metrics else "",
              count(len(plan.cards), "evidence card") if plan.cards else ""]
    what = ", ".join(c for c in counts if c) or "the import history"
    again = " again" if plan.already is not None else ""
    return f"Imports '{plan.name}'{again}: {what}."
