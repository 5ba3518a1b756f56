"""Damaged and hostile files always end in a valid map or a clean MapFileError, never another exception.

The 10,000-input run is ``python tests/reliability/fuzz_corpus.py``; here a deterministic
sample of 500 of the same inputs, and Hypothesis on top.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .fuzz_corpus import FuzzReport, check, check_cli, corpus, seeds

SAMPLE = 500


def test_a_sample_of_the_mutation_corpus_opens_cleanly(tmp_path):
    report = FuzzReport()
    for n, (name, data) in enumerate(corpus(SAMPLE, seed=0)):
        check(name, data, report)
        if n % 25 == 0:
            check_cli(name, data, tmp_path, report)
    assert report.failures == []
    assert report.inputs == SAMPLE and report.cli_checked == SAMPLE // 25
    assert report.clean_errors > SAMPLE // 2 and report.valid > 0, "the sample exercises both outcomes"
    assert len(report.by_mutation) == 12, "every kind of damage is in the sample"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
TEMPLATE = json.loads(dict(seeds())["small-map"])


def _paths(doc, path=()):
    yield path
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _paths(v, (*path, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _paths(v, (*path, i))


PATHS = [p for p in _paths(TEMPLATE) if p]


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.sampled_from(PATHS), value=json_values)
def test_any_value_anywhere_in_a_map_is_reported_or_accepted(where, value):
    doc = json.loads(json.dumps(TEMPLATE))
    holder = doc
    for part in where[:-1]:
        holder = holder[part]
    holder[where[-1]] = value
    report = FuzzReport()
    check("hypothesis", json.dumps(doc).encode(), report)
    assert report.failures == []


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.binary(max_size=300))
def test_any_bytes_are_reported_or_accepted(data):
    report = FuzzReport()
    check("bytes", data, report)
    assert report.failures == []
