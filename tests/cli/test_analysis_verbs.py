"""journeymap import, diff and merge from the command line: exit codes, messages, files left alone."""

from __future__ import annotations

import json

from journeymap.cli import main
from journeymap.io import load_map, save_map
from journeymap.model import Document
from tests.analysis.test_diff_merge import base_map
from tests.analysis.test_import_rules import GOOD, small_map


def test_import_writes_the_map_and_says_what_it_did(tmp_path, capsys):
    path, data = tmp_path / "m.journey", tmp_path / "survey.csv"
    save_map(small_map(), path)
    data.write_text(GOOD, "utf-8")
    assert main(["import", str(path), str(data), "--name", "May wave"]) == 0
    out = capsys.readouterr().out
    assert "  Emotion rating      <- \"Rating\"  (asked on 1 to 5, guessed)" in out
    assert "  Maya Chen at 'Pays': +2.25 (95 % CI" in out and "n=2)  weak evidence" in out
    assert "Imports 'May wave': 3 emotion scores, 2 metrics, 2 evidence cards." in out
    journey = load_map(path)
    assert journey.research.imports[0].name == "May wave"
    assert main(["import", str(path), str(data)]) == 0
    assert "Nothing to change: this data was imported as 'May wave'" in capsys.readouterr().out


def test_dry_run_and_bad_data_leave_the_file_untouched(tmp_path, capsys):
    path, data = tmp_path / "m.journey", tmp_path / "survey.csv"
    save_map(small_map(), path)
    before = path.read_bytes()
    data.write_text(GOOD, "utf-8")
    assert main(["import", str(path), str(data), "--dry-run"]) == 0
    assert "Dry run: " in capsys.readouterr().out
    data.write_text(GOOD + "Checkout,Maya Chen,2,5,\nPays,Tom Okafor,3,eleven,\n", "utf-8")
    assert main(["import", str(path), str(data)]) == 1
    err = capsys.readouterr().err
    assert f"{data}: row 7, column NPS: 'eleven' is not a number" in err
    assert f"{data}: row 6: 'Checkout' is not a step of this map" in err
    assert "Nothing was imported." in err
    assert path.read_bytes() == before
    assert main(["import", str(path), str(tmp_path / "nope.csv")]) == 1
    assert "nope.csv: no such file" in capsys.readouterr().err
    (tmp_path / "bad.toml").write_text("[columns]\nrating = 3\n", "utf-8")
    assert main(["import", str(path), str(data), "--mapping", str(tmp_path / "bad.toml")]) == 1
    assert "bad.toml: [columns] rating: must be a non-empty text" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_diff_in_three_formats(tmp_path, capsys):
    old, new = tmp_path / "old.journey", tmp_path / "new.journey"
    journey = base_map()
    save_map(journey, old)
    Document(journey).set_fields(journey.stages[0].steps[0].id, {"name": "Compares reviews"})
    save_map(journey, new)
    assert main(["diff", str(old), str(new)]) == 0
    assert "  Step 'Reads reviews' renamed to 'Compares reviews'" in capsys.readouterr().out
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"][0]["place"] == "stages[0].steps[0]"
    assert main(["diff", str(old), str(new), "--format", "html"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
    assert main(["diff", str(old)]) == 2
    assert main(["diff", str(old), str(tmp_path / "missing.journey")]) == 1


def test_merge_exit_codes_and_output(tmp_path, capsys):
    base, ours, theirs = (tmp_path / f"{n}.journey" for n in ("base", "ours", "theirs"))
    journey = base_map()
    save_map(journey, base)
    a, b = journey.model_copy(deep=True), journey.model_copy(deep=True)
    a.stages[0].steps[0].name, b.lanes[0].cards[0].text = "Compares reviews", "Checkout hides the total"
    save_map(a, ours)
    save_map(b, theirs)
    assert main(["merge", str(base), str(ours), str(theirs)]) == 0
    merged = load_map(ours)
    assert (merged.stages[0].steps[0].name, merged.lanes[0].cards[0].text) == (
        "Compares reviews", "Checkout hides the total")
    b.stages[0].steps[0].name = "Reads ratings"
    save_map(b, theirs)
    out = tmp_path / "merged.journey"
    assert main(["merge", str(base), str(ours), str(theirs), "-o", str(out)]) == 1
    assert "1 conflict kept in the merged map" in capsys.readouterr().err
    assert load_map(out).merge_conflicts[0].theirs == "Reads ratings"
    (tmp_path / "broken.journey").write_text("{", "utf-8")
    before = ours.read_bytes()
    assert main(["merge", str(base), str(ours), str(tmp_path / "broken.journey")]) == 1
    assert ours.read_bytes() == before


def test_the_outline_for_git_shows_a_broken_file_as_text(tmp_path, capsys):
    path = tmp_path / "m.journey"
    save_map(base_map(), path)
    assert main(["diff", "--outline", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Map 'Shop' (Journey, emotion −3…+3)"
    assert "    Pain points: Checkout is confusing [observed]" in out
    path.write_text('{"format": "journeymap", <<<<<<< HEAD', "utf-8")
    assert main(["diff", "--outline", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("(not a valid map: ") and "<<<<<<< HEAD" in out


def _workbook(path, rows):
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_numbers_too_large_for_any_survey_are_refused_with_their_row_and_the_map_is_untouched(tmp_path, capsys):
    path = tmp_path / "m.journey"
    save_map(small_map(), path)
    before = path.read_bytes()
    ratings = _workbook(tmp_path / "ratings.xlsx", [["Step", "Persona", "Rating"], ["Pays", "Maya Chen", -5],
                                                    ["Pays", "Maya Chen", 1e308]])
    assert main(["import", str(path), str(ratings)]) == 1
    assert f"{ratings}: row 3, column Rating: the number 1e+308 is too large" in capsys.readouterr().err
    counts = tmp_path / "counts.csv"
    counts.write_text("Step,Persona,Rating,Responses\nPays,Maya Chen,4,\"1,000,000,000,000\"\n", "utf-8")
    assert main(["import", str(path), str(counts)]) == 1
    assert f"{counts}: row 2, column Responses: the number 1000000000000 is too large" in capsys.readouterr().err
    groups = tmp_path / "groups.csv"  # each row's count is possible; together they are more than a map holds
    groups.write_text("Step,Persona,NPS,Responses\n" + "Pays,Maya Chen,40,900000000\n" * 2, "utf-8")
    assert main(["import", str(path), str(groups)]) == 1
    assert f"{groups}: column Responses: the number 1,800,000,000 is too large" in capsys.readouterr().err
    scale = tmp_path / "scale.toml"
    scale.write_text("[scales]\nrating = [-inf, inf]\n", "utf-8")
    assert main(["import", str(path), str(counts), "--mapping", str(scale)]) == 1
    assert "scale.toml: [scales] rating: must be [lowest, highest], e.g. [1, 5]" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_merge_output_never_replaces_base_theirs_or_another_map_unasked(tmp_path, capsys):
    base, ours, theirs, other = (tmp_path / f"{n}.journey" for n in ("base", "ours", "theirs", "other"))
    journey = base_map()
    for path in (base, theirs, other):
        save_map(journey, path)
    changed = journey.model_copy(deep=True)
    changed.stages[0].steps[0].name = "Compares reviews"
    save_map(changed, ours)
    kept = {p: p.read_bytes() for p in (base, ours, theirs, other)}
    for target, words in ((base, "is the file being read"), (theirs, "is the file being read"),
                          (other, "already exists; use --force to overwrite it")):
        assert main(["merge", str(base), str(ours), str(theirs), "-o", str(target)]) == 1
        assert words in capsys.readouterr().err
    assert {p: p.read_bytes() for p in kept} == kept
    assert main(["merge", str(base), str(ours), str(theirs), "-o", str(ours)]) == 0, "OURS is where merge writes"
    assert main(["merge", str(base), str(ours), str(theirs), "-o", str(other), "--force"]) == 0
    assert load_map(other).stages[0].steps[0].name == "Compares reviews"
