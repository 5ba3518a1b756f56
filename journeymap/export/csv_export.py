"""The map as a table: one row per card, one per step (metrics, moment of truth), one per score, one per arrow.

A card spanning steps names its last step (``spans_to``); a card with a
picture gives the picture's alt text (``picture``). An arrow row names the
card it starts from and the one it points to, each with its lane.

UTF-8 with a byte-order mark and a header row, so a spreadsheet opens it with
accents intact. Text that a spreadsheet would run as a formula (starting with
=, +, - or @ and not a number) is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..model import JourneyMap, channel_name

COLUMNS = [
    "record", "stage", "step", "lane", "lane_kind", "text", "detail", "channel", "owner", "evidence_status",
    "votes", "tags", "persona", "emotion_as_is", "emotion_as_is_label", "emotion_to_be", "emotion_to_be_label",
    "nps", "nps_n", "csat", "csat_n", "ces", "ces_n", "moment_of_truth", "moment_of_truth_note",
    "hidden_lane", "spans_to", "picture", "arrow_from", "arrow_to", "arrow_to_lane", "arrow_style",
]


def _safe(value: object) -> object:
    if not isinstance(value, str) or not value or value[0] not in "=+-@":
        return value
    try:
        float(value)
        return value
    except ValueError:
        return "'" + value


def rows(journey: JourneyMap) -> list[dict[str, object]]:
    """Every row of the table, in map order: steps left to right, then cards lane by lane."""
    out: list[dict[str, object]] = []
    where = {step.id: (stage, step) for stage in journey.stages for step in stage.steps}
    names = {p.id: p.name for p in journey.personas}
    for stage in journey.stages:
        for step in stage.steps:
            m = step.metrics
            out.append({
                "record": "step", "stage": stage.name, "step": step.name, "text": step.description,
                "nps": m.nps.value if m.nps else "", "nps_n": m.nps.sample_size if m.nps else "",
                "csat": m.csat.value if m.csat else "", "csat_n": m.csat.sample_size if m.csat else "",
                "ces": m.ces.value if m.ces else "", "ces_n": m.ces.sample_size if m.ces else "",
                "moment_of_truth": "yes" if step.moment_of_truth else "",
                "moment_of_truth_note": step.moment_of_truth_note,
            })
            for score in step.scores:
                out.append({
                    "record": "score", "stage": stage.name, "step": step.name,
                    "persona": names.get(score.persona, score.persona),
                    "emotion_as_is": "" if score.value is None else score.value,
                    "emotion_as_is_label": score.label,
                    "emotion_to_be": "" if score.target is None else score.target,
                    "emotion_to_be_label": score.target_label,
                })
    for lane in journey.lanes:
        for card in lane.cards:
            placed = where.get(card.step)  # a card whose step is gone belongs to no stage
            out.append({
                "record": "card", "stage": placed[0].name if placed else "", "step": placed[1].name if placed else "",
                "lane": lane.display_title, "lane_kind": lane.kind.value, "text": card.text,
                "detail": card.detail, "channel": channel_name(card.channel) if card.channel else "",
                "owner": card.owner, "evidence_status": card.status.value, "votes": card.votes,
                "tags": ", ".join(card.tags), "hidden_lane": "yes" if lane.hidden else "",
                "spans_to": where[card.last_step][1].name if card.last_step in where else "",
                "picture": (card.picture.alt or "(picture)") if card.picture is not None else "",
            })
    cards = {card.id: (card, lane) for lane in journey.lanes for card in lane.cards}
    for arrow in journey.arrows:
        (source, source_lane), (target, target_lane) = cards[arrow.source], cards[arrow.target]
        placed = where.get(source.step)
        out.append({
            "record": "arrow", "stage": placed[0].name if placed else "", "step": placed[1].name if placed else "",
            "lane": source_lane.display_title, "lane_kind": source_lane.kind.value, "text": arrow.label,
            "arrow_from": source.text, "arrow_to": target.text, "arrow_to_lane": target_lane.display_title,
            "arrow_style": arrow.style.value,
        })
    return out


def export_csv(journey: JourneyMap, out: Path | str) -> Path:
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, restval="", lineterminator="\r\n")
        writer.writeheader()
        for row in rows(journey):
            writer.writerow({k: _safe(v) for k, v in row.items()})
    return Path(out)
