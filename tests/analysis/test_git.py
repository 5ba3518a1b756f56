"""journeymap git-setup in a real repository: git diff speaks in words, git merge merges maps by ids."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.analysis.git_setup import ATTRIBUTES_LINE
from journeymap.cli import main
from journeymap.io import load_map, save_map
from journeymap.model import Card, Document

from .test_diff_merge import base_map

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
COMMAND = f"{shlex.quote(sys.executable)} -m journeymap"


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(repo.parent), "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Ana",
           "GIT_AUTHOR_EMAIL": "ana@example.com", "GIT_COMMITTER_NAME": "Ana",
           "GIT_COMMITTER_EMAIL": "ana@example.com", "GIT_PAGER": "cat", "PAGER": "cat"}
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env, timeout=60)
    if check and done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {done.stderr}")
    return done


@pytest.fixture
def repo(tmp_path, capsys):
    repo = tmp_path / "maps"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    assert main(["git-setup", str(repo), "--command", COMMAND]) == 0
    out = capsys.readouterr().out
    assert f"added '{ATTRIBUTES_LINE}'" in out
    save_map(base_map(), repo / "shop.journey")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "workshop version")
    return repo


def edit(path: Path, change) -> None:
    journey = load_map(path)
    change(journey, Document(journey))
    save_map(journey, path, backup=False)


def test_git_setup_writes_the_attributes_once_and_the_drivers(repo, capsys):
    assert main(["git-setup", str(repo), "--command", COMMAND]) == 0
    assert "already has" in capsys.readouterr().out
    assert (repo / ".gitattributes").read_text().count(ATTRIBUTES_LINE) == 1
    config = git(repo, "config", "--local", "--get", "merge.journeymap.driver").stdout.strip()
    assert config == f"{COMMAND} merge %O %A %B"
    assert git(repo, "check-attr", "merge", "diff", "--", "shop.journey").stdout.split("\n")[:2] == [
        "shop.journey: merge: journeymap", "shop.journey: diff: journeymap"]


def test_git_diff_shows_the_semantic_diff_and_log_shows_the_outline(repo):
    edit(repo / "shop.journey", lambda j, d: d.move_card(j.lanes[0].cards[0].id, j.lanes[1].id,
                                                         j.lanes[0].cards[0].step))
    diff = git(repo, "diff").stdout
    assert "Stage 'Buy': card 'Checkout is confusing' moved from Pain points to Opportunities" in diff
    git(repo, "commit", "-q", "-am", "moved a card")
    log = git(repo, "log", "-p", "-1").stdout
    assert "-    Pain points: Checkout is confusing [observed]" in log
    assert "+    Opportunities: Checkout is confusing [observed]" in log


def test_git_merge_merges_edits_of_different_objects_cleanly(repo):
    git(repo, "checkout", "-q", "-b", "theirs")
    edit(repo / "shop.journey", lambda j, d: d.set_fields(j.stages[0].steps[0].id, {"name": "Compares reviews"}))
    git(repo, "commit", "-q", "-am", "rename")
    git(repo, "checkout", "-q", "main")
    edit(repo / "shop.journey", lambda j, d: d.add_card(j.lanes[1].id, Card(step=j.stages[1].steps[0].id,
                                                                               text="Apple Pay")))
    git(repo, "commit", "-q", "-am", "idea")
    done = git(repo, "merge", "-q", "theirs", "-m", "merge", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    merged = load_map(repo / "shop.journey")
    assert merged.stages[0].steps[0].name == "Compares reviews"
    assert [c.text for c in merged.lanes[1].cards] == ["One-page checkout", "Apple Pay"]


def test_a_real_conflict_stops_the_merge_and_the_file_is_still_a_valid_map(repo):
    git(repo, "checkout", "-q", "-b", "theirs")
    edit(repo / "shop.journey", lambda j, d: d.set_fields(j.stages[1].steps[0].id, {"name": "Checkout"}))
    git(repo, "commit", "-q", "-am", "theirs")
    git(repo, "checkout", "-q", "main")
    edit(repo / "shop.journey", lambda j, d: d.set_fields(j.stages[1].steps[0].id, {"name": "Pay"}))
    git(repo, "commit", "-q", "-am", "ours")
    done = git(repo, "merge", "theirs", "-m", "merge", check=False)
    assert done.returncode != 0
    assert "CONFLICT" in done.stdout
    merged = load_map(repo / "shop.journey")  # loads: no <<<<<<< markers in a map
    assert merged.stages[1].steps[0].name == "Pay"
    assert [(c.ours, c.theirs) for c in merged.merge_conflicts] == [("Pay", "Checkout")]
    assert main(["lint", str(repo / "shop.journey")]) == 1
