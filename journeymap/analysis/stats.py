"""The figures an import computes: means with 95 % confidence intervals, NPS, CSAT and CES.

The interval of a mean uses Student's t with n - 1 degrees of freedom, as a
researcher would: with 12 responses the normal 1.96 would claim more certainty
than the data gives. Its critical value comes from integrating the t density
(the standard library has the normal distribution, not t).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

CONFIDENCE = 0.95


@dataclass(frozen=True)
class MeanEstimate:
    """A mean, how many values it rests on, and its 95 % interval (None for a single value)."""

    mean: float
    n: int
    low: float | None
    high: float | None


def _t_density(t: float, df: int) -> float:
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    return math.exp(log_c - (df + 1) / 2 * math.log1p(t * t / df))


def _t_tail_mass(x: float, df: int, panels: int = 400) -> float:
    """P(0 < T < x) by Simpson's rule (the density is smooth and bell-shaped)."""
    h = x / panels
    total = _t_density(0.0, df) + _t_density(x, df)
    for k in range(1, panels):
        total += (4 if k % 2 else 2) * _t_density(k * h, df)
    return total * h / 3


@cache
def t_critical(df: int, confidence: float = CONFIDENCE) -> float:
    """The two-sided critical value of Student's t with ``df`` degrees of freedom (df=1 gives 12.706)."""
    if df < 1:
        raise ValueError("a t interval needs at least one degree of freedom")
    if df > 100_000:
        return statistics.NormalDist().inv_cdf(0.5 + confidence / 2)
    target = confidence / 2
    low, high = 0.0, 2.0
    while _t_tail_mass(high, df) < target:
        low, high = high, high * 2
    for _ in range(60):
        mid = (low + high) / 2
        if _t_tail_mass(mid, df) < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def mean_estimate(values: Sequence[float]) -> MeanEstimate:
    """The mean of ``values`` with its 95 % t interval; no interval for fewer than two values."""
    n = len(values)
    if n == 0:
        raise ValueError("no values")
    mean = math.fsum(values) / n
    if n < 2:
        return MeanEstimate(mean, n, None, None)
    half = t_critical(n - 1) * statistics.stdev(values) / math.sqrt(n)
    return MeanEstimate(mean, n, mean - half, mean + half)


def interval_from_summary(mean: float, sd: float, n: int) -> tuple[float, float] | None:
    """The 95 % interval of a mean reported as an aggregate (mean, standard deviation, n)."""
    if n < 2 or sd < 0:
        return None
    half = t_critical(n - 1) * sd / math.sqrt(n)
    return mean - half, mean + half


def rescale(value: float, source: tuple[float, float], target: tuple[float, float]) -> float:
    """``value`` on the ``source`` scale moved to the same place on the ``target`` scale."""
    (s0, s1), (t0, t1) = source, target
    return t0 + (value - s0) * (t1 - t0) / (s1 - s0)


def net_promoter_score(answers: Sequence[float]) -> float:
    """NPS from 0-10 answers: the share of promoters (9-10) minus that of detractors (0-6), in points."""
    promoters = sum(1 for a in answers if a >= 9)
    detractors = sum(1 for a in answers if a <= 6)
    return 100.0 * (promoters - detractors) / len(answers)


def satisfied_share(answers: Sequence[float], satisfied_from: float = 4) -> float:
    """CSAT as a percentage: the share of answers at or above ``satisfied_from`` (4 and 5 of 1-5)."""
    return 100.0 * sum(1 for a in answers if a >= satisfied_from) / len(answers)


#: Common rating scales, smallest first; an unlabelled rating column is read on the smallest that fits.
COMMON_TOPS = (5, 7, 10, 100)


def guess_scale(values: Sequence[float]) -> tuple[float, float]:
    """The rating scale the values were most likely given on: 1-5, 1-7, 0-10, -3..+3 and the like.

    It is the smallest common scale holding every value, never the values' own
    range (if nobody answered 1, the scale still starts at 1).
    """
    low, high = min(values), max(values)
    if low < 0:
        top = max(abs(low), abs(high))
        return -top, top
    bottom = 0.0 if low < 1 else 1.0
    for top in COMMON_TOPS:
        if high <= top and top > bottom:
            return bottom, float(top)
    return bottom, high
