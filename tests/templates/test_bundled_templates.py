"""The bundled templates are what a designer starts from: each must open cleanly,
validate against the published schema, and be rich enough to learn from."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from journeymap.io import load_map
from journeymap.io.schema import schema_dict
from journeymap.model import LaneKind
from journeymap.resources import resource_path
from journeymap.templates import BLANK, list_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_FILES = sorted(resource_path("templates").glob("*.journey"))
FULL_TEMPLATES = [p for p in TEMPLATE_FILES if p.stem != BLANK]
BLUEPRINT_KINDS = {LaneKind.PHYSICAL_EVIDENCE, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE,
                   LaneKind.SUPPORT_PROCESSES}
EXPECTED = {"blank", "online-purchase", "credit-card", "support-bug", "saas-trial", "hotel-blueprint"}


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def test_the_promised_templates_are_bundled():
    assert EXPECTED <= {p.stem for p in TEMPLATE_FILES}


def test_the_blank_starter_is_listed_first():
    names = [t.name for t in list_templates()]
    assert names[0] == BLANK
    assert set(names) == {p.stem for p in TEMPLATE_FILES}


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=_ids(TEMPLATE_FILES))
def test_every_template_loads_without_problems(path):
    journey = load_map(path)
    assert journey.title.strip()
    assert journey.stages and journey.lanes and journey.personas


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=_ids(TEMPLATE_FILES))
def test_every_template_validates_against_the_published_schema(path):
    validator = jsonschema.Draft202012Validator(schema_dict())
    errors = sorted(validator.iter_errors(json.loads(path.read_text("utf-8"))), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def test_the_blank_starter_is_an_empty_grid_ready_to_fill():
    journey = load_map(resource_path("templates", "blank.journey"))
    assert journey.title == "Untitled journey"
    assert len(journey.personas) == 1
    assert len(journey.stages) >= 4 and all(stage.steps for stage in journey.stages)
    kinds = {lane.kind for lane in journey.lanes}
    assert {LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.EMOTION, LaneKind.PAIN_POINTS} <= kinds
    assert not any(lane.cards for lane in journey.lanes)
    assert not any(step.scores for step in journey.steps())


@pytest.mark.parametrize("path", FULL_TEMPLATES, ids=_ids(FULL_TEMPLATES))
def test_each_full_template_is_rich_enough_to_learn_from(path):
    journey = load_map(path)
    steps = journey.steps()
    kinds = {lane.kind for lane in journey.lanes}
    assert len(journey.personas) >= 2
    assert len(journey.stages) >= 4
    assert len(steps) >= 12
    assert len(kinds) >= 8
    if "blueprint" in path.stem:
        assert BLUEPRINT_KINDS <= kinds
    assert any(step.moment_of_truth and step.moment_of_truth_note for step in steps)
    assert sum(not step.metrics.is_empty() for step in steps) >= 3
    assert journey.scenario and journey.expectations and journey.authors and journey.tags


@pytest.mark.parametrize("path", FULL_TEMPLATES, ids=_ids(FULL_TEMPLATES))
def test_every_persona_has_a_curve_on_most_steps_with_gaps_left_as_gaps(path):
    journey = load_map(path)
    steps = journey.steps()
    for persona in journey.personas:
        scored = [s for s in steps if any(sc.persona == persona.id for sc in s.scores)]
        assert len(scored) >= len(steps) // 2, persona.name
    assert any(sc.target is not None for s in steps for sc in s.scores), "no to-be targets"
    assert any(len(s.scores) < len(journey.personas) for s in steps), "no unscored gap"


@pytest.mark.parametrize("path", FULL_TEMPLATES, ids=_ids(FULL_TEMPLATES))
def test_personas_are_told_apart_and_cards_show_where_they_come_from(path):
    journey = load_map(path)
    colours = [p.colour.lower() for p in journey.personas]
    assert len(set(colours)) == len(colours)
    cards = [card for lane in journey.lanes for card in lane.cards]
    assert {card.status for card in cards} == {"observed", "assumed", "proposed"}
    touchpoints = [c for lane in journey.lanes if lane.kind is LaneKind.TOUCHPOINTS for c in lane.cards]
    assert all(card.channel and card.owner for card in touchpoints)


def test_the_generator_reproduces_the_committed_bytes(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_templates.py"), "--out", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    made = sorted(tmp_path.glob("*.journey"))
    assert {p.name for p in made} == {p.name for p in TEMPLATE_FILES}
    for path in made:
        assert path.read_bytes() == resource_path("templates", path.name).read_bytes(), path.name
