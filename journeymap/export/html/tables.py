"""The page's tables and lists after the grid: emotion scores per persona, pain points, metrics, moments of truth."""

from __future__ import annotations

from typing import Any

from ...layout.emotion import scale_label
from ...model import Card, LaneKind
from ...model.kinds import EvidenceStatus
from .context import Page, bullets, words
from .grid import score_words
from .markup import esc
from .strings import text


def _section(key: str, body: str) -> str:
    return (f'<section id="{key}" aria-labelledby="{key}-h"><h2 id="{key}-h" tabindex="-1">{esc(text(key))}</h2>'
            f"{body}</section>")


def _table(caption: str, head: list[str], rows: list[list[str]], row_headers: int = 1) -> str:
    """A table whose first ``row_headers`` cells of each row are row headers; cells are given as markup."""
    th = "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
    body = []
    for row in rows:
        cells = [f'<th scope="row">{c}</th>' if i < row_headers else f"<td>{c}</td>" for i, c in enumerate(row)]
        body.append(f"<tr>{''.join(cells)}</tr>")
    cap = f"<caption>{caption}</caption>" if caption else ""
    return f'<div class="table-wrap"><table>{cap}<thead><tr>{th}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


def emotions(p: Page) -> str:
    j = p.journey
    s = j.emotion_scale
    out = [p.m.words("p", text("scale_note", low=scale_label(s.min, s.min, s.max),
                                high=scale_label(s.max, s.min, s.max)))]
    measured = any(x.sample_size is not None for step in j.steps() for x in step.scores)
    for persona in j.personas:
        rows = []
        for stage in j.stages:
            for step in stage.steps:
                score = next((x for x in step.scores if x.persona == persona.id), None)
                if score is None:
                    continue
                rows.append([words(p, step.name), words(p, stage.name),
                             esc(scale_label(score.value, s.min, s.max)) if score.value is not None else esc(text("no_score")),
                             esc(scale_label(score.target, s.min, s.max)) if score.target is not None else "",
                             words(p, " / ".join(x for x in (score.label, score.target_label) if x))]
                            + ([esc(str(score.sample_size)) if score.sample_size is not None else ""] if measured else []))
        caption = (f'<span class="swatch" style="background:{persona.colour}" aria-hidden="true"></span>'
                   f'{esc(text("scores_of", persona=persona.name))}')
        head = [text("table_step"), text("table_stage"), text("table_as_is"), text("table_to_be"), text("table_label")]
        if rows:
            out.append(_table(caption, head + ([text("table_evidence")] if measured else []), rows))
        else:
            out.append(f"<p>{caption}: {esc(text('curve_none'))}</p>")
    return _section("emotions", "".join(out))


def pains(p: Page) -> str:
    pains: dict[str, list[Card]] = {}
    ideas: dict[str, list[Card]] = {}
    owners: dict[str, list[str]] = {}
    for lane in p.lanes:
        for c in lane.cards:
            if lane.kind == LaneKind.PAIN_POINTS:
                pains.setdefault(c.step, []).append(c)
            elif lane.kind in (LaneKind.OPPORTUNITIES, LaneKind.IDEAS):
                ideas.setdefault(c.step, []).append(c)
            elif lane.kind == LaneKind.OWNERSHIP and c.text:
                owners.setdefault(c.step, []).append(c.text)
    rows = []
    for stage in p.journey.stages:
        for step in stage.steps:
            if step.id not in pains:
                continue
            opp = ideas.get(step.id, [])
            who = [c.owner for c in pains[step.id] if c.owner] + [o.owner for o in opp if o.owner]
            who = list(dict.fromkeys(who + owners.get(step.id, [])))
            proposed = f" ({text('proposed_short')})"
            rows.append([words(p, text("where_value", stage=stage.name, step=step.name)),
                         bullets(p, [c.text + (f" \u2014 {c.detail}" if c.detail else "") for c in pains[step.id]]),
                         bullets(p, [o.text + (proposed if o.status == EvidenceStatus.PROPOSED else "") for o in opp]),
                         words(p, ", ".join(who)) or esc(text("none"))])
    if not rows:
        return _section("pains", f"<p>{esc(text('no_pains'))}</p>")
    head = [text("where"), text("pain_points"), text("opportunities"), text("owners")]
    return _section("pains", _table("", head, rows))


def metrics(p: Page) -> str:
    rows = []
    for stage in p.journey.stages:
        for step in stage.steps:
            m = step.metrics
            if m.is_empty():
                continue

            def cell(metric: Any, fmt: str) -> str:
                if metric is None:
                    return ""
                value = fmt.format(metric.value)
                return esc(value + (f" ({text('sample', n=metric.sample_size)})" if metric.sample_size is not None else ""))

            rows.append([words(p, step.name), words(p, stage.name), cell(m.nps, "{:+.0f}").replace("-", "\u2212"),
                         cell(m.csat, "{:.0f} %"), cell(m.ces, "{:.1f}")])
    if not rows:
        return _section("metrics", f"<p>{esc(text('no_metrics'))}</p>")
    head = [text("table_step"), text("table_stage"), text("nps"), text("csat"), text("ces")]
    return _section("metrics", _table("", head, rows))


def moments(p: Page) -> str:
    items = []
    names = p.persona_names
    for stage in p.journey.stages:
        for step in stage.steps:
            if not step.moment_of_truth:
                continue
            parts = [f"<h3{p.m.attrs()}>{esc(text('where_value', stage=stage.name, step=step.name))}</h3>"]
            if step.moment_of_truth_note:
                parts.append(p.m.words("p", step.moment_of_truth_note))
            scores = [text("score_item", persona=names.get(s.persona, "?"), value=score_words(p, s))
                      for s in step.scores if s.value is not None or s.target is not None]
            if scores:
                parts.append(p.m.words("p", text("moment_scores", scores="; ".join(scores))))
            items.append("".join(parts))
    if not items:
        return _section("moments", f"<p>{esc(text('no_moments'))}</p>")
    return _section("moments", "".join(items))
