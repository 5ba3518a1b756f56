"""The health check: each rule fires on a map that breaks it, stays quiet on one that does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from journeymap.analysis.health import RULES, Level, check_health
from journeymap.cli import main
from journeymap.io import save_map
from journeymap.model import Card, EvidenceStatus, JourneyMap, Lane, LaneKind, Persona, Score, Stage, Step
from journeymap.model.evidence import MergeConflict


def healthy() -> JourneyMap:
    """A small map a CX lead would sign off: every rule is satisfied."""
    maya = Persona(name="Maya Chen")
    pays = Step(name="Pays", moment_of_truth=True, scores=[Score(persona=maya.id, value=1, sample_size=120)])
    tracks = Step(name="Tracks the parcel", scores=[Score(persona=maya.id, value=2)])
    steps = (pays, tracks)
    lanes = [
        Lane(kind=LaneKind.TOUCHPOINTS, cards=[Card(step=s.id, text=f"App screen {k}", channel="mobile_app",
                                                    owner="Digital") for k, s in enumerate(steps)]),
        Lane(kind=LaneKind.EMOTION),
        Lane(kind=LaneKind.PAIN_POINTS, cards=[Card(step=pays.id, text="Card declined without a reason")]),
        Lane(kind=LaneKind.OPPORTUNITIES, cards=[Card(step=pays.id, text="Say why a card is declined")]),
        Lane(kind=LaneKind.OWNERSHIP, cards=[Card(step=s.id, text=f"Team {k}") for k, s in enumerate(steps)]),
    ]
    return JourneyMap(title="Healthy", personas=[maya], stages=[Stage(name="Buy", steps=[pays, tracks])],
                      lanes=lanes)


def lane(j: JourneyMap, kind: LaneKind) -> Lane:
    return next(x for x in j.lanes if x.kind is kind)


def _conflict(j):
    j.merge_conflicts.append(MergeConflict(object=j.stages[0].steps[0].id, field="name", message="two names",
                                           ours="Pays", theirs="Checkout"))


def _pain(j):
    lane(j, LaneKind.PAIN_POINTS).cards.append(Card(step=j.stages[0].steps[1].id, text="Parcel stuck"))


def _no_owner(j):
    tracks = j.stages[0].steps[1].id
    for kind in (LaneKind.OWNERSHIP, LaneKind.TOUCHPOINTS):
        lane(j, kind).cards = [c for c in lane(j, kind).cards if c.step != tracks]


def _touchpoint(j):
    lane(j, LaneKind.TOUCHPOINTS).cards[0].channel = ""


def _moment_unscored(j):
    j.stages[0].steps[1].moment_of_truth = True
    j.stages[0].steps[1].scores = []


def _moment_unmeasured(j):
    j.stages[0].steps[0].scores[0].sample_size = None


def _persona(j):
    j.personas.append(Persona(name="Tom Okafor"))


def _negative(j):
    for step in j.stages[0].steps:
        step.scores[0].value = -2
    j.lanes.remove(lane(j, LaneKind.PAIN_POINTS))


def _assumed(j):
    for c in [c for x in j.lanes for c in x.cards][:5]:
        c.status = EvidenceStatus.ASSUMED


def _empty(j):
    j.lanes.append(Lane(kind=LaneKind.IDEAS))


def _duplicate(j):
    lane(j, LaneKind.OPPORTUNITIES).cards.append(Card(step=j.stages[0].steps[1].id,
                                                      text="Say  why a card is DECLINED"))


BREAKS: dict[str, Callable[[JourneyMap], None]] = {
    "merge-conflict": _conflict, "pain-without-remedy": _pain, "step-without-owner": _no_owner,
    "touchpoint-incomplete": _touchpoint, "moment-unscored": _moment_unscored,
    "moment-unmeasured": _moment_unmeasured, "persona-unscored": _persona,
    "negative-stage-without-pains": _negative, "mostly-assumed": _assumed, "empty-lane": _empty,
    "duplicate-text": _duplicate,
}


def test_every_rule_has_a_test():
    assert set(BREAKS) == set(RULES)


def test_a_healthy_map_has_no_findings():
    assert check_health(healthy()) == []


@pytest.mark.parametrize("rule", list(BREAKS))
def test_each_rule_fires_on_the_map_that_breaks_it_and_names_the_place(rule):
    journey = healthy()
    BREAKS[rule](journey)
    findings = check_health(journey)
    assert {f.rule for f in findings} == {rule}
    for f in findings:
        assert f.obj_id is not None
        assert f.place.startswith(("stages[", "lanes[", "personas[")), f.place
    journey.health.disabled_rules = [rule]
    assert check_health(journey) == []


def test_findings_say_what_and_where():
    journey = healthy()
    _pain(journey)
    _negative(journey)
    _touchpoint(journey)
    lines = [f.line() for f in check_health(journey)]
    assert lines == [
        "lanes[0].cards[0]: warning: touchpoint 'App screen 0' has no channel [touchpoint-incomplete]",
        "stages[0]: warning: stage 'Buy' feels negative (average score \u22122.0) but has no pain points "
        "[negative-stage-without-pains]",
    ]


def test_lint_exits_1_on_errors_only_and_strict_counts_warnings(tmp_path, capsys):
    good, warned, broken = (tmp_path / n for n in ("good.journey", "warned.journey", "broken.journey"))
    save_map(healthy(), good)
    j = healthy()
    _touchpoint(j)
    save_map(j, warned)
    j = healthy()
    _moment_unscored(j)
    save_map(j, broken)
    assert main(["lint", str(good), str(warned)]) == 0
    assert main(["lint", "--strict", str(warned)]) == 1
    assert main(["lint", str(good), str(broken)]) == 1
    out = capsys.readouterr().out
    assert (f"{broken}: stages[0].steps[1]: error: moment of truth 'Tracks the parcel' has no emotion score "
            f"[moment-unscored]") in out
    assert f"{broken}: 1 error" in out
    assert main(["lint", "--disable", "moment-unscored", str(broken)]) == 0
    assert main(["lint", "--disable", "no-such-rule", str(good)]) == 2
    assert Level.ERROR.word == "error"
