"""Error lines name their file and place on one line, and go to stderr."""

from __future__ import annotations

from journeymap.cli import main
from journeymap.io import save_map
from tests.model.sample import sample_map


def test_a_lone_surrogate_escape_is_reported_at_its_place_not_at_the_top(tmp_path, capsys):
    journey = sample_map()
    card = journey.lanes[1].cards[0]
    card.text = "PLACEHOLDER"
    path = tmp_path / "map.journey"
    save_map(journey, path)
    path.write_text(path.read_text().replace("PLACEHOLDER", "Checks price \\ud800 online"))
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "lanes[1].cards[0].text:" in out and "\\ud800" in out  # was "top level" quoting the file's start
    assert '{"format"' not in out


def test_a_newline_in_a_file_name_does_not_split_the_error_line(tmp_path, capsys):
    path = tmp_path / "two\nlines.journey"
    path.write_text("{ not json")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert '\\nlines.journey": line 1, column 3:' in out


def test_export_and_empathy_both_print_a_bad_maps_problems_to_stderr(tmp_path, capsys):
    path = tmp_path / "bad.journey"
    path.write_text('{"format": "journeymap", "schema_version": 1, "title": 5}')
    for verb in ("export", "empathy"):
        assert main([verb, str(path), "-o", str(tmp_path / "out.pdf")]) == 1
        out, err = capsys.readouterr()
        assert out == "" and "bad.journey: title:" in err, verb
