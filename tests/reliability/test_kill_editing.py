"""Killed while editing: the next start recovers every edit up to the last autosave."""

from __future__ import annotations

from .kill_editing import kill_while_editing


def test_sigkill_while_editing_loses_at_most_the_edits_after_the_last_autosave(tmp_path):
    """The short version of tests/reliability/kill_editing.py, on a 0.2 s / 0.5 s autosave schedule."""
    report = kill_while_editing(2, tmp_path, idle_ms=200, max_ms=500, kill_after=(2.0, 3.0), seed=5)
    assert report.failures == []
    for trial in report.trials:
        assert trial.made > 0 and trial.complete
        assert trial.recovered > 0, "seconds of editing were autosaved and offered back"
