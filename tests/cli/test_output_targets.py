"""What an output verb may replace: never a map, its input or another kind of file unless --force; a
replaced map is kept among its backups; a read-only file is refused without --force."""

from __future__ import annotations

import os
import stat

import pytest

from journeymap.cli import main
from journeymap.io import list_backups, load_map, save_map
from tests.model.sample import sample_map


@pytest.fixture
def run(capsys):
    def go(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert "Traceback" not in err + out
        return code, out, err
    return go


@pytest.fixture
def the_map(tmp_path):
    path = tmp_path / "map.journey"
    journey = sample_map()
    journey.title = "The only copy"
    save_map(journey, path)
    return path


def test_exporting_to_a_link_that_points_at_the_map_refuses_and_leaves_the_map(run, the_map, tmp_path):
    (tmp_path / "out.pdf").symlink_to(the_map.name)
    before = the_map.read_bytes()
    code, out, err = run("export", str(the_map), "-o", str(tmp_path / "out.pdf"))
    assert code == 1
    assert out == ""
    assert "map.journey" in err and "out.pdf" in err and "--force" in err
    assert the_map.read_bytes() == before  # was a PDF, exit 0, no backup


@pytest.mark.parametrize("ext", [".pdf", ".png", ".svg", ".csv"])
def test_no_export_format_replaces_another_map(run, the_map, tmp_path, ext):
    other = tmp_path / f"other{ext}"
    save_map(sample_map(), other, backup=False)  # a map someone named oddly
    before = other.read_bytes()
    code, _out, err = run("export", str(the_map), "-o", str(other))
    assert code == 1 and "journey map" in err
    assert other.read_bytes() == before


def test_schema_refuses_to_write_over_a_map(run, the_map):
    before = the_map.read_bytes()
    code, _out, err = run("schema", "-o", str(the_map))
    assert code == 1 and "--force" in err
    assert the_map.read_bytes() == before


def test_with_force_the_replaced_map_goes_to_its_backups(run, the_map, tmp_path):
    before = the_map.read_bytes()
    assert run("schema", "-o", str(the_map), "--force")[0] == 0
    assert the_map.read_text().lstrip().startswith("{") and '"$schema"' in the_map.read_text()
    [backup] = list_backups(the_map)
    assert backup.read_bytes() == before
    assert load_map(backup).title == "The only copy"


def test_exporting_over_a_file_of_another_kind_needs_force(run, the_map, tmp_path):
    notes = tmp_path / "notes.pdf"
    notes.write_text("my notes, not a PDF at all")
    code, _out, err = run("export", str(the_map), "-o", str(notes))
    assert code == 1 and "not a PDF" in err and "--force" in err
    assert notes.read_text() == "my notes, not a PDF at all"
    assert run("export", str(the_map), "-o", str(notes), "--force")[0] == 0
    assert notes.read_bytes().startswith(b"%PDF-")


def test_an_earlier_export_of_the_same_kind_is_simply_replaced(run, the_map, tmp_path):
    out = tmp_path / "poster.pdf"
    assert run("export", str(the_map), "-o", str(out))[0] == 0
    assert run("export", str(the_map), "-o", str(out))[0] == 0


def test_empathy_pages_refuse_to_replace_the_map_they_read(run, the_map, tmp_path):
    (tmp_path / "sheet.pdf").symlink_to(the_map)
    before = the_map.read_bytes()
    code, _out, err = run("empathy", str(the_map), "-o", str(tmp_path / "sheet.pdf"), "--persona", "all")
    assert code == 1 and "being read" in err
    assert the_map.read_bytes() == before


def _read_only(path) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)


def test_new_with_force_says_it_replaced_a_read_only_map_and_keeps_it_read_only(run, the_map):
    _read_only(the_map)
    before = the_map.read_bytes()
    code, _out, err = run("new", str(the_map), "--force")
    assert code == 0
    assert "read-only" in err  # was silent
    assert stat.S_IMODE(the_map.stat().st_mode) == 0o444
    assert list_backups(the_map)[0].read_bytes() == before


def test_an_export_over_a_read_only_file_needs_force(run, the_map, tmp_path):
    out = tmp_path / "poster.pdf"
    assert run("export", str(the_map), "-o", str(out))[0] == 0
    _read_only(out)
    first = out.read_bytes()
    code, _out, err = run("export", str(the_map), "-o", str(out), "--layout", "digest")
    assert code == 1 and "read-only" in err
    assert out.read_bytes() == first
    assert run("export", str(the_map), "-o", str(out), "--layout", "digest", "--force")[0] == 0
    assert out.read_bytes() != first


@pytest.mark.parametrize("suffix", [".pdf", ".html", ".csv", ".svg", ".png"])
def test_exporting_again_over_the_last_export_of_that_kind_just_replaces_it(run, the_map, tmp_path, suffix):
    out = tmp_path / f"map{suffix}"
    assert run("export", str(the_map), "-o", str(out))[0] == 0
    first = out.stat().st_mtime_ns
    code, _out, err = run("export", str(the_map), "-o", str(out))
    assert code == 0, err
    assert out.stat().st_mtime_ns >= first and out.read_bytes()


def test_a_web_page_is_not_written_over_a_pdf_without_force(run, the_map, tmp_path):
    pdf = tmp_path / "report.html"
    pdf.write_bytes(b"%PDF-1.4 a stakeholder's file")
    code, _out, err = run("export", str(the_map), "-o", str(pdf))
    assert code == 1 and "is not a web page" in err
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("verb", "suffix"), [
    (("new",), ".journey"), (("schema", "-o"), ".json"), (("export", "MAP", "-o"), ".pdf"),
    (("export", "MAP", "-o"), ".csv"), (("merge", "MAP", "MAP", "MAP", "-o"), ".journey")])
def test_a_name_too_long_for_the_file_system_is_a_message_naming_it(run, the_map, tmp_path, verb, suffix):
    before = the_map.read_bytes()
    long_name = tmp_path / ("x" * 300 + suffix)  # past the 255 bytes a name may have
    code, _out, err = run(*[str(the_map) if a == "MAP" else a for a in verb], str(long_name))
    assert code == 1
    assert "x" * 40 in err and suffix in err and "too long" in err.lower()
    assert not long_name.parent.joinpath(".x").exists() and the_map.read_bytes() == before
