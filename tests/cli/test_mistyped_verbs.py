"""A misspelt verb is a usage error with a suggestion, never an editor opened on made-up file names."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from journeymap import cli


@pytest.fixture
def editor_calls(monkeypatch):
    """Stand in for the editor: record which files it was asked to open."""
    calls: list[list[str]] = []
    monkeypatch.setattr(cli, "cmd_edit", lambda files, template=None: calls.append(list(files)) or 0)
    return calls


@pytest.mark.parametrize(("word", "verb"), [("valdate", "validate"), ("tempaltes", "templates"),
                                            ("exprot", "export"), ("shema", "schema")])
def test_a_misspelt_verb_suggests_the_right_one_and_exits_2(word, verb, editor_calls, capsys, tmp_path,
                                                             monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli.main([word, "x.journey"]) == 2
    assert capsys.readouterr().err == f"journeymap: unknown verb {word!r} (did you mean {verb!r}?)\n"
    assert editor_calls == []


def test_a_word_like_no_verb_lists_the_verbs(editor_calls, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert "unknown verb 'frobnicate'" in err and "validate" in err and ".journey" in err
    assert editor_calls == []


def test_files_that_exist_or_new_map_names_still_open_the_editor(editor_calls, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "workshop notes").write_text("{}")
    assert cli.main(["workshop notes"]) == 0
    assert cli.main(["new-map.journey", "other.JSON"]) == 0
    assert cli.main(["--", "valdate"]) == 0  # after "--" every word is a file name
    assert editor_calls == [["workshop notes"], ["new-map.journey", "other.JSON"], ["valdate"]]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs a file system that allows any bytes")
def test_a_file_name_that_is_not_utf8_prints_instead_of_a_traceback(tmp_path):
    name = b"bad\xffname.journey"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "journeymap", "validate", name], cwd=tmp_path,
                          capture_output=True, env=env, timeout=120)
    assert b"Traceback" not in done.stderr
    assert done.returncode == 1
    assert done.stdout == b'"bad\\xffname.journey": file: no such file\n'  # the byte as it is, quoted
