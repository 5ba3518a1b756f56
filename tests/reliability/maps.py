"""The map the reliability tests save, autosave and recover: the model tests' sample under a given title.

A large map comes from ``benchmarks/generate_large.py``, the one the benchmarks measure.
"""

from __future__ import annotations

from journeymap.model import JourneyMap
from tests.model.sample import sample_map


def small_map(title: str = "Buying headphones") -> JourneyMap:
    """Two personas, two stages, three lanes, a few cards: every kind of object, titled ``title``."""
    journey = sample_map()
    journey.title = title
    return journey
