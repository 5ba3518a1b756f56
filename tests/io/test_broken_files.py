"""Every kind of broken file gives a MapFileError naming the file, the place and the problem; never a traceback."""

from __future__ import annotations

import json

import pytest

from journeymap.io import MapFileError, TooNewError, dump_map, load_map, parse_map
from journeymap.io import reader as reader_module
from journeymap.model import SCHEMA_VERSION, new_id
from tests.model.sample import sample_map

CURRENT = f'"schema_version": {SCHEMA_VERSION}'.encode()

GOOD = dump_map(sample_map())


def edit(old: bytes, new: bytes, data: bytes = GOOD) -> bytes:
    assert old in data
    return data.replace(old, new, 1)


def first_card_step(data: bytes = GOOD) -> bytes:
    step = json.loads(data)["lanes"][0]["cards"][0]["step"]
    return f'"step": "{step}"'.encode()


def first_score_persona(data: bytes = GOOD) -> bytes:
    persona = json.loads(data)["stages"][0]["steps"][0]["scores"][0]["persona"]
    return f'"persona": "{persona}"'.encode()


GHOST = new_id().encode()

#: name -> (file bytes, expected place (exact, or a prefix ending in "*"), words the message must hold)
CORPUS: dict[str, tuple[bytes, str, str]] = {
    "empty": (b"", "file", "empty"),
    "only white space": (b" \n\t\n", "file", "empty"),
    "truncated": (GOOD[: len(GOOD) // 2], "line *", "truncated"),
    "truncated after the first brace": (b"{", "line 1, column 2", "truncated"),
    "binary junk": (bytes(range(256)) * 8, "file", "binary"),
    "a PNG": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "file", "binary"),
    "UTF-16 with a byte-order mark": (GOOD.decode().encode("utf-16"), "file", "UTF-16"),
    "UTF-16 without a byte-order mark": (GOOD.decode().encode("utf-16-le"), "file", "UTF-16"),
    "Latin-1": (edit(b"Ana", "Anaïs".encode("latin-1")), "line *", "not UTF-8"),
    "deeply nested lists": (b"[" * 100_000 + b"]" * 100_000, "file", "nested too deeply"),
    "deeply nested objects": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "file", "nested too deeply"),
    "deep nesting inside a map": (edit(b'"tags": []', b'"tags": ' + b"[" * 100_000 + b"]" * 100_000),
                                  "file", "nested too deeply"),
    "a float too large": (edit(b'"value": 12.5', b'"value": 1e999'), "line *", "too large"),
    "a number with 5000 digits": (edit(b'"votes": 0', b'"votes": ' + b"9" * 5000), "line *", "too many digits"),
    "NaN": (edit(b'"value": 12.5', b'"value": NaN'), "line *", "NaN"),
    "Infinity": (edit(b'"value": 12.5', b'"value": Infinity'), "line *", "Infinity"),
    "-Infinity": (edit(b'"value": 71.0', b'"value": -Infinity'), "line *", "Infinity"),
    "an unknown key": (edit(b'"title": "Buying', b'"titel": "x", "title": "Buying'), "titel", "unknown field"),
    "an unknown key deep inside": (edit(b'"votes": 0', b'"votes": 0, "likes": 2'), "lanes[0].cards[0].likes",
                                   "unknown field"),
    "a wrong type": (edit(b'"votes": 0', b'"votes": "3"'), "lanes[0].cards[0].votes", "integer"),
    "a score out of the scale": (edit(b'"value": -2', b'"value": 9'), "stages[0].steps[0].scores[0].value",
                                 "outside the emotion scale"),
    "a dangling card step": (edit(first_card_step(), b'"step": "' + GHOST + b'"'),
                             "lanes[0].cards[0].step", "no step has the id"),
    "a dangling score persona": (edit(first_score_persona(), b'"persona": "' + GHOST + b'"'),
                                 "stages[0].steps[0].scores[0].persona", "no persona has the id"),
    "a newer schema_version": (edit(CURRENT, b'"schema_version": 99'), "schema_version",
                               "newer Journeymap"),
    "a negative schema_version": (edit(CURRENT, b'"schema_version": -1'), "schema_version",
                                  "whole number"),
    "a text schema_version": (edit(CURRENT, b'"schema_version": "2"'), "schema_version",
                              "whole number"),
    "not a Journeymap file": (b'{"name": "package.json", "version": "1.0.0"}', "format", "not a Journeymap file"),
    "a JSON list": (b"[1, 2, 3]", "top level", "a list"),
    "a JSON string": (b'"journey"', "top level", "a string"),
    "a JSON number": (b"42", "top level", "a number"),
    "JSON null": (b"null", "top level", "null"),
    "a duplicate key": (edit(b'"title": "Buying', b'"title": "Old", "title": "Buying'), "file",
                        'key "title" appears twice'),
    "a duplicate key deep inside": (edit(b'"votes": 0', b'"votes": 0,\n"votes": 1'), "file",
                                    'key "votes" appears twice'),
    "an oversized string": (edit(b'"title": "Buying headphones"', b'"title": "' + b"x" * 600 + b'"'), "title",
                            "at most 500 characters"),
    "an oversized list": (edit(b'"tags": []', b'"tags": [' + b",".join([b'"t"'] * 201) + b"]"), "tags",
                          "at most 200 items"),
    "a trailing comma": (edit(b'"title": "Buying headphones",', b'"title": "Buying headphones",,'),
                         "line *", "not valid JSON"),
}


@pytest.mark.parametrize("name", list(CORPUS))
def test_each_broken_file_gives_a_clear_error(tmp_path, name):
    data, place, words = CORPUS[name]
    path = tmp_path / "broken.journey"
    path.write_bytes(data)
    with pytest.raises(MapFileError) as info:
        load_map(path)
    problems = info.value.problems
    assert problems, "an error names at least one problem"
    first = problems[0]
    if place.endswith("*"):
        assert first.place.startswith(place[:-1]), first
    else:
        assert first.place == place, first
    assert words in first.message, first
    for line in info.value.lines():
        assert line.startswith(f"{path}: ")
        assert "Traceback" not in line and "\n" not in line


def test_line_and_column_point_at_the_broken_spot():
    with pytest.raises(MapFileError) as info:
        parse_map(b'{\n  "format": "journeymap",\n  "schema_version": 1,\n  "title": NaN\n}', "m.journey")
    assert info.value.problems[0].place == "line 4, column 12"


def test_every_problem_is_reported_not_only_the_first():
    data = edit(b'"votes": 0', b'"votes": -4')
    data = edit(b'"title": "Buying', b'"titel": 1, "title": "Buying', data)
    with pytest.raises(MapFileError) as info:
        parse_map(data, "m.journey")
    places = {p.place for p in info.value.problems}
    assert {"titel", "lanes[0].cards[0].votes"} <= places


def test_a_too_new_file_is_a_special_kind_of_error():
    with pytest.raises(TooNewError):
        parse_map(edit(CURRENT, f'"schema_version": {SCHEMA_VERSION + 1}'.encode()))


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_module, "MAX_FILE_BYTES", len(GOOD) - 1)
    path = tmp_path / "big.journey"
    path.write_bytes(GOOD)
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert info.value.problems[0].place == "file"
    assert "limit" in info.value.problems[0].message
    with pytest.raises(MapFileError):
        parse_map(GOOD)


@pytest.mark.parametrize("make, words", [
    (lambda p: p, "no such file"),
    (lambda p: p.mkdir() or p, "folder"),
])
def test_missing_files_and_folders_are_named(tmp_path, make, words):
    path = make(tmp_path / "x.journey")
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert words in info.value.problems[0].message


def test_a_byte_order_mark_is_tolerated():
    assert parse_map(b"\xef\xbb\xbf" + GOOD) == parse_map(GOOD)


def test_colons_and_quotes_in_text_still_load_and_a_duplicate_hidden_by_them_is_found():
    journey = sample_map()
    journey.lanes[0].cards[0].text = 'He said "wait": 10:30 "a": b'
    data = dump_map(journey)
    assert parse_map(data) == journey
    with pytest.raises(MapFileError):
        parse_map(edit(b'"votes": 0', b'"votes": 0, "votes" : 1', data))


def test_a_hand_formatted_file_with_spaces_before_colons_loads():
    compact = json.dumps(json.loads(GOOD), separators=(", ", " : "), ensure_ascii=False).encode()
    assert parse_map(compact) == parse_map(GOOD)
