"""The figures behind measured scores: t intervals, NPS, CSAT, scale guessing and rescaling."""

from __future__ import annotations

import math
import random
import statistics

import pytest

from journeymap.analysis.stats import (
    guess_scale,
    interval_from_summary,
    mean_estimate,
    net_promoter_score,
    rescale,
    satisfied_share,
    t_critical,
)

from .test_import_values import T_TABLE


@pytest.mark.parametrize("df", [1, 2, 3, 5, 10, 19, 29, 30])
def test_t_critical_values_match_the_printed_table(df):
    assert t_critical(df) == pytest.approx(T_TABLE[df - 1], abs=6e-4)


def test_t_approaches_the_normal_for_large_samples():
    z = statistics.NormalDist().inv_cdf(0.975)
    assert t_critical(100) == pytest.approx(1.984, abs=6e-4)
    assert t_critical(10_000) == pytest.approx(1.9602, abs=1e-4)  # a printed table's last rows
    assert abs(t_critical(10_000) - z) < 3e-4
    assert t_critical(1_000_000) == pytest.approx(z)


def test_a_mean_and_its_interval_as_statistics_computes_them():
    rng = random.Random(3)
    values = [rng.randint(1, 7) for _ in range(250)]
    est = mean_estimate(values)
    half = t_critical(249) * statistics.stdev(values) / math.sqrt(250)
    assert (est.mean, est.n) == (pytest.approx(statistics.mean(values)), 250)
    assert (est.low, est.high) == (pytest.approx(est.mean - half), pytest.approx(est.mean + half))
    assert mean_estimate([4]).low is None  # one answer has no spread: no interval
    assert interval_from_summary(3.0, 1.0, 1) is None


def test_nps_csat_and_scales():
    assert net_promoter_score([10, 9, 8, 7, 6, 0]) == pytest.approx(0.0)
    assert net_promoter_score([10, 10, 9, 3]) == pytest.approx(50.0)
    assert satisfied_share([5, 4, 3, 1]) == 50.0
    assert [guess_scale(v) for v in ([2, 4], [1, 6], [0, 9], [3, 10], [-2, 1], [12, 80])] == [
        (1, 5), (1, 7), (0, 10), (1, 10), (-2, 2), (1, 100)]
    assert rescale(3, (1, 5), (-3, 3)) == 0
    assert rescale(5, (1, 5), (-3, 3)) == 3
    assert rescale(1, (1, 7), (-5, 5)) == -5
