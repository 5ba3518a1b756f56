"""Exit codes and messages of ``journeymap empathy``: never a traceback."""

from journeymap.cli import main
from journeymap.io import save_map
from journeymap.model import JourneyMap
from tests.empathy.sample import two_persona_journey


def _map(tmp_path, journey=None):
    path = tmp_path / "m.journey"
    save_map(journey or two_persona_journey(), path, backup=False)
    return path


def test_unknown_output_format_is_a_usage_error(tmp_path, capsys):
    assert main(["empathy", str(_map(tmp_path)), "-o", str(tmp_path / "x.docx")]) == 2
    assert ".docx" in capsys.readouterr().err


def test_unknown_page_size_is_a_usage_error(tmp_path, capsys):
    assert main(["empathy", str(_map(tmp_path)), "-o", str(tmp_path / "x.pdf"), "--page-size", "B5"]) == 2
    assert "B5" in capsys.readouterr().err


def test_broken_map_exits_1_with_the_validation_lines(tmp_path, capsys):
    bad = tmp_path / "bad.journey"
    bad.write_text('{"format": "journeymap", "schema_version": 1, "title": 5}')
    assert main(["empathy", str(bad), "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "bad.journey" in err and "title" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_missing_map_exits_1(tmp_path, capsys):
    assert main(["empathy", str(tmp_path / "nope.journey"), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_unknown_persona_exits_1_and_names_the_known_ones(tmp_path, capsys):
    assert main(["empathy", str(_map(tmp_path)), "-o", str(tmp_path / "x.pdf"), "--persona", "Zoe"]) == 1
    err = capsys.readouterr().err
    assert "Zoe" in err and "Ana Shopper" in err and "Ben Banker" in err


def test_persona_by_id(tmp_path, capsys):
    journey = two_persona_journey()
    out = tmp_path / "x.pdf"
    assert main(["empathy", str(_map(tmp_path, journey)), "-o", str(out), "--persona",
                 journey.personas[1].id]) == 0
    assert out.stat().st_size > 1000


def test_a_map_without_personas_needs_blank(tmp_path, capsys):
    path = _map(tmp_path, JourneyMap(title="Empty"))
    assert main(["empathy", str(path), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "--blank" in capsys.readouterr().err
    assert main(["empathy", str(path), "-o", str(tmp_path / "x.pdf"), "--blank"]) == 0


def test_unwritable_output_exits_1(tmp_path, capsys):
    out = tmp_path / "missing-folder" / "x.pdf"
    assert main(["empathy", str(_map(tmp_path)), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "x.pdf" in err and "Traceback" not in err
