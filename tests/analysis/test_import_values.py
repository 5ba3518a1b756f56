"""A realistic survey export, in four messy shapes, imported value by value as a researcher would compute it.

The reference figures are worked out here, independently of the import, from the
generated responses with the ``statistics`` module: means and standard
deviations, the t critical value from a Cornish-Fisher expansion of
``statistics.NormalDist`` (accurate to 1e-4 for the group sizes here), NPS as
promoters minus detractors, CSAT as the share of 4s and 5s, CES as the mean.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict

import pytest

from journeymap.analysis.edits import apply_edits
from journeymap.analysis.mapping import Mapping
from journeymap.analysis.research import read_and_plan
from journeymap.model import Document, LaneKind

from .survey import responses, survey_map, write_utf8_bom, write_utf16, write_windows_1252, write_xlsx

WRITERS = {"utf8-bom.csv": write_utf8_bom, "windows-1252.csv": write_windows_1252, "utf16.txt": write_utf16,
           "merged-headers.xlsx": write_xlsx}


#: Student's t two-sided 95 % critical values for 1-30 degrees of freedom, from a printed table.
T_TABLE = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
           2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
           2.045, 2.042)


def t_975(df: int) -> float:
    """Student's t critical value: the printed table up to 30, then Cornish-Fisher around the normal."""
    if df <= len(T_TABLE):
        return T_TABLE[df - 1]
    z = statistics.NormalDist().inv_cdf(0.975)
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


def to_map_scale(x: float) -> float:
    """1-5 survey answers onto the map's -3..+3."""
    return -3 + (x - 1) * 6 / 4


@pytest.fixture(scope="module")
def survey():
    journey = survey_map()
    return journey, responses(journey)


@pytest.mark.parametrize("kind", list(WRITERS))
def test_every_figure_matches_an_independent_computation(kind, survey, tmp_path):
    journey, rows = survey
    if kind.endswith(".xlsx"):
        rows = responses(journey, first_row=4)  # two header rows under the title
    path = WRITERS[kind](tmp_path / kind, rows)
    plan = read_and_plan(journey, path, Mapping(name="May wave"))
    assert plan.ok, plan.blocking[:3]
    document = Document(journey.model_copy(deep=True))
    apply_edits(document, plan.edits)
    after = document.journey
    steps = {s.name: s for s in after.steps()}
    persona_id = {p.name: p.id for p in after.personas}

    ratings: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_step: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r.rating is not None:
            ratings[(r.step, r.persona)].append(r.rating)
        for field in ("nps", "csat", "ces"):
            if getattr(r, field) is not None:
                by_step[r.step][field].append(getattr(r, field))

    checked = 0
    for (step_name, persona), values in ratings.items():
        score = next(s for s in steps[step_name].scores if s.persona == persona_id[persona])
        mean = statistics.mean(values)
        half = t_975(len(values) - 1) * statistics.stdev(values) / math.sqrt(len(values))
        assert score.sample_size == len(values)
        assert score.mean == pytest.approx(to_map_scale(mean), abs=6e-4)
        assert score.interval.low == pytest.approx(to_map_scale(mean - half), abs=2e-3)
        assert score.interval.high == pytest.approx(to_map_scale(mean + half), abs=2e-3)
        assert score.value == max(-3, min(3, math.floor(abs(to_map_scale(mean)) + 0.5) * (1 if mean >= 3 else -1)))
        assert score.source != "manual" and score.source.name == "May wave"
        checked += 1
    assert checked == len(ratings) >= 18

    for step_name, answers in by_step.items():
        metrics = steps[step_name].metrics
        nps = answers["nps"]
        promoters, detractors = sum(a >= 9 for a in nps), sum(a <= 6 for a in nps)
        assert metrics.nps.value == pytest.approx(round(100 * (promoters - detractors) / len(nps), 1))
        assert metrics.nps.sample_size == len(nps)
        csat = answers["csat"]
        assert metrics.csat.value == pytest.approx(round(100 * sum(a >= 4 for a in csat) / len(csat), 1))
        assert metrics.csat.sample_size == len(csat)
        assert metrics.ces.value == pytest.approx(round(statistics.mean(answers["ces"]), 2))
        assert metrics.ces.sample_size == len(answers["ces"])


def test_the_files_are_as_messy_as_promised(survey, tmp_path):
    _journey, rows = survey
    bom = write_utf8_bom(tmp_path / "a.csv", rows).read_bytes()
    cp = write_windows_1252(tmp_path / "b.csv", rows).read_bytes()
    utf16 = write_utf16(tmp_path / "c.txt", rows).read_bytes()
    assert bom.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        cp.decode("utf-8")  # the curly quotes and accents are cp1252 bytes
    assert utf16[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert len(rows) == 3000


def test_verbatims_become_observed_evidence_cards_linked_to_step_and_persona(survey, tmp_path):
    journey, rows = survey
    path = write_windows_1252(tmp_path / "s.csv", rows)
    plan = read_and_plan(journey, path, Mapping(max_verbatims=50))
    document = Document(journey.model_copy(deep=True))
    apply_edits(document, plan.edits)
    evidence = next(lane for lane in document.journey.lanes if lane.kind is LaneKind.EVIDENCE)
    before = next(lane for lane in journey.lanes if lane.kind is LaneKind.EVIDENCE)
    old_ids = {c.id for c in before.cards}
    new_cards = [c for c in evidence.cards if c.id not in old_ids]
    steps = {s.name: s.id for s in journey.steps()}
    expected = {(steps[r.step], r.verbatim, r.persona) for r in rows if r.verbatim}
    got = {(c.step, c.text, c.tags[0]) for c in new_cards}
    assert got == expected  # accents and curly quotes read right from Windows-1252
    assert all(c.status.value == "observed" for c in new_cards)
    assert any("“delivery date”" in c.text for c in new_cards)
