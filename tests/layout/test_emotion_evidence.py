"""The evidence behind measured points in the layout: band, "n" with the label, weak-evidence marks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from journeymap.layout import layout_map, relayout
from journeymap.layout.emotion_evidence import band_outline
from journeymap.model import Change, Document, Score
from journeymap.model.evidence import ImportSource, Interval

from .maps import sample_map

WAVE = ImportSource(name="May survey", date=datetime(2026, 5, 31, 9, tzinfo=UTC))


def measured(persona: str, mean: float, n: int, low: float, high: float) -> Score:
    return Score(persona=persona, value=round(mean), source=WAVE, sample_size=n, mean=mean,
                 interval=Interval(low=low, high=high))


def with_measurements():
    journey = sample_map()
    ana = journey.personas[0].id
    steps = journey.steps()
    for k, (mean, n) in enumerate([(1.4, 240), (0.6, 180), (-1.2, 12)]):
        steps[k].scores = [s for s in steps[k].scores if s.persona != ana] + [
            measured(ana, mean, n, mean - 0.3 * (k + 1), mean + 0.3 * (k + 1))]
    return journey


def curve_of(layout, persona_id, kind="as_is"):
    return next(c for c in layout.emotion.curves if c.persona_id == persona_id and c.kind == kind)


def test_a_measured_point_sits_at_its_mean_with_its_interval_as_a_band():
    journey = with_measurements()
    layout = layout_map(journey)
    emo = layout.emotion
    curve = curve_of(layout, journey.personas[0].id)
    first = journey.steps()[0]
    point = next(p for p in curve.points if p.step_id == first.id)
    assert point.y == pytest.approx(emo.value_to_y(1.4))  # the mean, not the whole step 1
    (band,) = curve.bands
    assert len(band.ends) == 3 and len(band.upper) == len(band.lower) == 2
    x, high, low = band.ends[0]
    assert (x, high, low) == (point.x, pytest.approx(emo.value_to_y(1.7)), pytest.approx(emo.value_to_y(1.1)))
    outline = band_outline(band)
    assert outline[0] == ("M", (x, high)) and outline[-1] == ("Z", ())


def test_n_is_written_with_each_measured_point_and_weak_evidence_is_marked():
    journey = with_measurements()
    layout = layout_map(journey)
    curve = curve_of(layout, journey.personas[0].id)
    steps = journey.steps()
    assert curve.notes == {steps[0].id: "n=240", steps[1].id: "n=180", steps[2].id: "n=12 (weak)"}
    assert curve.weak == (steps[2].id,)
    block = curve.label_blocks[steps[2].id]
    assert block.lines[-1] == "n=12 (weak)"  # under the score's label, placed clear of other labels
    journey.research.weak_evidence_below = 10
    assert curve_of(layout_map(journey), journey.personas[0].id).weak == ()


def test_hand_scores_and_to_be_curves_have_no_evidence():
    journey = sample_map()
    layout = layout_map(journey)
    for curve in layout.emotion.curves:
        assert (curve.bands, curve.notes, curve.weak) == ((), {}, ())
    journey = with_measurements()
    for curve in layout_map(journey).emotion.curves:
        if curve.kind == "to_be":
            assert (curve.bands, curve.notes) == ((), {})


def test_a_gap_or_a_hand_score_splits_the_band_and_a_lone_point_is_a_whisker():
    journey = with_measurements()
    ana = journey.personas[0].id
    steps = journey.steps()
    steps[1].scores = [s for s in steps[1].scores if s.persona != ana]  # a gap after the first point
    curve = curve_of(layout_map(journey), ana)
    assert [len(b.ends) for b in curve.bands] == [1, 1]
    assert all(b.upper == () and band_outline(b) == [] for b in curve.bands)


def test_editing_a_measured_score_relays_out_as_a_fresh_layout_would():
    doc = Document(with_measurements())
    previous = layout_map(doc.journey)
    records: list[Change] = []
    doc.subscribe(records.append)
    ana = doc.journey.personas[0].id
    step = doc.journey.steps()[1]
    doc.set_score(step.id, ana, measured(ana, -0.4, 25, -1.1, 0.3))
    fresh = layout_map(doc.journey)
    assert relayout(previous, doc.journey, [i for r in records for i in r.ids], records) == fresh
    curve = curve_of(fresh, ana)
    assert curve.notes[step.id] == "n=25 (weak)"
