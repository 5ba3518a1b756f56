"""The journeymap command: exit codes 0 / 1 / 2, one `FILE: PLACE: MESSAGE` line per problem, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from journeymap import __version__
from journeymap.cli import main
from journeymap.io import dump_map, load_map, save_map, schema_text
from journeymap.model import new_id
from journeymap.resources import resource_path
from tests.model.sample import sample_map


@pytest.fixture
def run(capsys):
    """Run the command in-process; returns (exit code, stdout, stderr) and checks stderr is never a traceback."""
    def go(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert "Traceback" not in err and "Traceback" not in out
        return code, out, err
    return go


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.journey"
    save_map(sample_map(), path)
    return path


@pytest.fixture
def bad(tmp_path):
    """A map with two problems: a dangling card step and a score off the scale."""
    journey = sample_map()
    ghost = new_id()
    journey.lanes[1].cards[0].step = ghost
    journey.stages[0].steps[2].scores[0].value = 7
    path = tmp_path / "bad.journey"
    path.write_bytes(dump_map(journey))
    return path, ghost


def test_version_via_python_dash_m():
    result = subprocess.run([sys.executable, "-m", "journeymap", "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"journeymap {__version__}"
    assert result.stderr == ""


def test_templates_lists_each_bundled_template_by_name_and_title(run):
    code, out, err = run("templates")
    assert code == 0 and err == ""
    names = sorted(p.stem for p in resource_path("templates").glob("*.journey"))
    lines = out.splitlines()
    assert sorted(line.split()[0] for line in lines) == names
    assert lines[0].split()[0] == "blank", "the blank starter comes first"
    for line in lines:
        name, title = line.split(None, 1)
        assert title.strip() == load_map(resource_path("templates", f"{name}.journey")).title


def test_new_writes_a_valid_map_from_the_blank_starter(run, tmp_path):
    out_file = tmp_path / "mine.journey"
    code, out, err = run("new", str(out_file))
    assert code == 0, err
    assert str(out_file) in out
    journey = load_map(out_file)
    assert run("validate", str(out_file))[0] == 0
    blank = load_map(resource_path("templates", "blank.journey"))
    assert journey.id != blank.id, "a new map gets its own id"


def test_new_from_each_template(run, tmp_path):
    for path in resource_path("templates").glob("*.journey"):
        out_file = tmp_path / f"{path.stem}.journey"
        assert run("new", str(out_file), "--template", path.stem)[0] == 0
        assert load_map(out_file).stages == load_map(path).stages


def test_new_refuses_to_overwrite_without_force(run, good):
    before = good.read_bytes()
    code, out, err = run("new", str(good))
    assert code == 1
    assert "--force" in err and str(good) in err
    assert good.read_bytes() == before
    code, _, _ = run("new", str(good), "--force")
    assert code == 0
    assert good.read_bytes() != before


def test_new_with_an_unknown_template_is_a_usage_error(run, tmp_path):
    code, out, err = run("new", str(tmp_path / "x.journey"), "--template", "no-such-template")
    assert code == 2
    assert "no-such-template" in err and "blank" in err
    assert not (tmp_path / "x.journey").exists()


def test_new_into_a_missing_folder_is_an_input_problem(run, tmp_path):
    code, _, err = run("new", str(tmp_path / "nowhere" / "x.journey"))
    assert code == 1
    assert "folder" in err


def test_validate_a_good_file_exits_0_quietly(run, good):
    assert run("validate", str(good)) == (0, "", "")
    code, out, _ = run("validate", "-v", str(good))
    assert code == 0 and out == f"{good}: valid\n"


def test_validate_prints_file_place_message_per_problem(run, bad):
    path, ghost = bad
    code, out, err = run("validate", str(path))
    assert code == 1
    assert out.splitlines() == [
        f"{path}: stages[0].steps[2].scores[0].value: 7 is outside the emotion scale -3…3",
        f"{path}: lanes[1].cards[0].step: no step has the id {ghost}",
    ]


def test_validate_several_files_reports_each_bad_one(run, good, bad, tmp_path):
    path, _ = bad
    missing = tmp_path / "missing.journey"
    junk = tmp_path / "junk.journey"
    junk.write_bytes(b"\x00\x01binary")
    code, out, _ = run("validate", str(good), str(path), str(missing), str(junk))
    assert code == 1
    lines = out.splitlines()
    assert [line.split(": ")[0] for line in lines] == [str(path), str(path), str(missing), str(junk)]
    assert lines[2] == f"{missing}: file: no such file"
    assert not any(line.startswith(f"{good}:") for line in lines)


def test_schema_prints_the_json_schema(run):
    code, out, err = run("schema")
    assert (code, out, err) == (0, schema_text(), "")


def test_schema_writes_to_a_file(run, tmp_path):
    target = tmp_path / "schema.json"
    assert run("schema", "-o", str(target)) == (0, "", "")
    assert target.read_text("utf-8") == schema_text()
    code, _, err = run("schema", "-o", str(tmp_path / "nowhere" / "schema.json"))
    assert code == 1 and "folder" in err


@pytest.mark.parametrize("argv", [
    ["validate"],
    ["new"],
    ["new", "x.journey", "--template"],
    ["schema", "--no-such-option"],
    ["templates", "extra-argument"],
    ["--no-such-option"],
])
def test_bad_usage_exits_2_with_a_usage_line(run, argv, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(*argv)
    assert code == 2
    assert "usage: journeymap" in err


def test_help_exits_0(run):
    code, out, _ = run("--help")
    assert code == 0 and "validate" in out


def test_a_broken_template_is_reported_not_a_traceback(run, tmp_path, monkeypatch):
    import journeymap.templates as templates

    broken = tmp_path / "broken.journey"
    broken.write_bytes(b'{"format": "journeymap", "schema_version": 1, "title": 5}')
    monkeypatch.setattr(templates, "template_path", lambda name: broken)
    code, _, err = run("new", str(tmp_path / "x.journey"))
    assert code == 1
    assert "title" in err


def test_a_fault_of_ours_is_one_line_and_a_crash_report_never_a_traceback(capsys, monkeypatch, tmp_path):
    """A bug in a verb must not greet the user with a traceback; the details go to a report for the bug."""
    from journeymap import cli
    from journeymap.cli import main

    def broken(args):
        raise KeyError("html")

    monkeypatch.setattr(cli, "cmd_templates", broken)
    code = main(["templates"])
    _out, err = capsys.readouterr()
    assert code == cli.INTERNAL and "Traceback" not in err
    assert err.count("\n") == 1 and "internal error (KeyError: 'html')" in err
    [report] = (tmp_path / "_state" / "crash-reports").iterdir()
    assert "Traceback" in report.read_text() and "KeyError" in report.read_text() and str(report) in err
