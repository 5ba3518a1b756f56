"""``journeymap personas list|export|import``: the library from the command line, without a display."""

from __future__ import annotations

import json

from journeymap.cli import main
from journeymap.io import save_map
from journeymap.io.persona_library import list_library
from journeymap.templates import new_from_template


def hotel(tmp_path):
    path = tmp_path / "hotel.journey"
    save_map(new_from_template("hotel-blueprint"), path)
    return path


def test_import_a_maps_personas_then_list_them(tmp_path, capsys):
    assert main(["personas", "list"]) == 0
    assert "the persona library is empty" in capsys.readouterr().out
    assert main(["personas", "import", str(hotel(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "added Amira Haddad" in out and "added Eva Lindqvist" in out
    assert main(["personas", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line[10:] for line in lines] == ["Amira Haddad, Business traveller", "Eva Lindqvist, Parent on a family weekend"]
    assert main(["personas", "list", "--format", "json"]) == 0
    assert [p["name"] for p in json.loads(capsys.readouterr().out)] == ["Amira Haddad", "Eva Lindqvist"]


def test_importing_again_keeps_what_is_there_unless_told_to_replace(tmp_path, capsys):
    path = hotel(tmp_path)
    main(["personas", "import", str(path)])
    capsys.readouterr()
    assert main(["personas", "import", str(path)]) == 0
    assert "kept Amira Haddad" in capsys.readouterr().out
    assert main(["personas", "import", str(path), "--replace"]) == 0
    assert "replaced Amira Haddad" in capsys.readouterr().out
    assert len(list_library()[0]) == 2


def test_export_some_or_all_and_import_them_elsewhere(tmp_path, capsys, monkeypatch):
    main(["personas", "import", str(hotel(tmp_path))])
    out = tmp_path / "team.json"
    assert main(["personas", "export", "-o", str(out), "Eva"]) == 0
    assert "wrote 1 persona" in capsys.readouterr().out
    assert json.loads(out.read_text("utf-8"))["format"] == "journeymap-personas"
    assert main(["personas", "export", "-o", str(out)]) == 0, "an older export is replaced, as exports are"
    assert main(["personas", "export", "-o", str(tmp_path / "hotel.journey")]) == 1, "never over a map unasked"
    assert "is a journey map" in capsys.readouterr().err
    monkeypatch.setenv("JOURNEYMAP_DATA_DIR", str(tmp_path / "colleague"))
    assert main(["personas", "import", str(out)]) == 0
    assert [e.name for e in list_library()[0]] == ["Amira Haddad", "Eva Lindqvist"]


def test_unknown_names_and_unreadable_files_are_clear_errors(tmp_path, capsys):
    main(["personas", "import", str(hotel(tmp_path))])
    capsys.readouterr()
    assert main(["personas", "export", "-o", str(tmp_path / "x.json"), "Nobody"]) == 2
    assert "no persona in the library is called or has the id 'Nobody'" in capsys.readouterr().err
    bad = tmp_path / "notes.txt"
    bad.write_text("hello", "utf-8")
    assert main(["personas", "import", str(bad)]) == 1
    assert "notes.txt: not a persona export, a library persona or a map (not JSON)" in capsys.readouterr().err
    assert main(["personas"]) == 2


DEEP = b"[" * 100_000 + b"]" * 100_000  # deeper than Python's JSON reader goes


def test_a_library_file_or_an_import_nested_too_deeply_is_named_and_the_rest_still_works(tmp_path, capsys):
    main(["personas", "import", str(hotel(tmp_path))])
    capsys.readouterr()
    damaged = list_library()[0][0].path
    damaged.write_bytes(b'{"format": "journeymap-persona", "version": 1, "persona": ' + DEEP + b"}")
    assert main(["personas", "list"]) == 0
    captured = capsys.readouterr()
    assert (f"warning: in the persona library, {damaged.name} is not a library persona (not JSON); it is left out"
            in captured.err)
    assert "Eva Lindqvist" in captured.out and "Amira Haddad" not in captured.out
    deep = tmp_path / "deep.json"
    deep.write_bytes(DEEP)
    assert main(["personas", "import", str(deep)]) == 1
    assert "deep.json: not a persona export, a library persona or a map (not JSON)" in capsys.readouterr().err


def test_importing_over_a_damaged_library_file_keeps_the_damaged_one_beside_it(tmp_path, capsys):
    main(["personas", "import", str(hotel(tmp_path))])
    eva = next(e for e in list_library()[0] if e.name == "Eva Lindqvist")
    damaged = eva.path.read_bytes().replace(b'"name"', b'"nam\xff"', 1)  # one byte gone wrong
    eva.path.write_bytes(damaged)
    capsys.readouterr()
    assert main(["personas", "import", str(hotel(tmp_path))]) == 0
    captured = capsys.readouterr()
    assert f"{eva.path.name} is not a library persona (not JSON); it is left out" in captured.err
    kept = eva.path.with_name(eva.path.name + ".damaged")
    assert f"added Eva Lindqvist ({eva.id[:8]}); the damaged library file it replaces was kept as" in captured.out
    assert str(kept) in captured.out
    assert kept.read_bytes() == damaged
    assert sorted(e.name for e in list_library()[0]) == ["Amira Haddad", "Eva Lindqvist"]
    assert list_library()[1] == [], "the kept file is not listed as a damaged persona any more"
