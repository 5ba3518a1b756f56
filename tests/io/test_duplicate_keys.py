"""A key given twice in one object is always refused, however the file spells it.

The fast reading path only trusts a file after a counting proof that no key
repeats (journeymap.io.keys); these tests pin that proof against every place
a duplicate can hide and every white space JSON allows before a colon.
"""

from __future__ import annotations

import base64
import json
import struct

import pytest

from journeymap.io import MapFileError, dump_map, parse_map
from journeymap.io import reader as reader_module
from journeymap.io.keys import surely_no_duplicate_keys
from journeymap.model import JourneyMap
from journeymap.model.arrows import Arrow
from journeymap.model.journey_map import Photo
from tests.model.sample import sample_map
from tests.pictures import picture


def _tiny_png(width: int, height: int) -> str:
    header = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + struct.pack(">II", width, height) + bytes(5)
    return base64.b64encode(header).decode()


def _full_map() -> JourneyMap:
    journey = sample_map()
    journey.personas[0].photo = Photo(media_type="image/png", data=_tiny_png(3, 2), width=3, height=2)
    cards = journey.lanes[0].cards
    cards[1].picture = picture(40, 30, alt="Store shelf")
    journey.arrows = [Arrow(source=cards[0].id, target=cards[1].id)]
    return journey


GOOD = dump_map(_full_map())

#: Where a duplicate can hide: (an existing "key": value in the file, the key's name).
PLACES = {
    "top level": (b'"title": "Buying headphones"', "title"),
    "emotion scale": (b'"min": -3', "min"),
    "persona": (b'"name": "Ana"', "name"),
    "persona photo": (b'"width": 3', "width"),
    "empathy note": (b'"text": "Anxious"', "text"),
    "stage": (b'"name": "Browse"', "name"),
    "step metric": (b'"sample_size": 80', "sample_size"),
    "score": (b'"value": -2', "value"),
    "lane": (None, "hidden"),
    "card": (b'"votes": 0', "votes"),
    "card picture": (b'"alt": "Store shelf"', "alt"),
    "arrow": (b'"style": "flow"', "style"),
}

#: White space JSON allows between a key and its colon, as a hand edit or another tool may write it.
SPELLINGS = {
    "no space": b"",
    "a space": b" ",
    "two spaces": b"  ",
    "a tab": b"\t",
    "a newline": b"\n",
    "CR LF": b"\r\n",
    "a mix": b" \t\r\n ",
}


def _lane_hidden(data: bytes) -> bytes:
    return b'"hidden": ' + json.dumps(json.loads(data)["lanes"][0]["hidden"]).encode()


def _with_duplicate(place: str, spelling: bytes) -> bytes:
    pair, key = PLACES[place]
    pair = pair or _lane_hidden(GOOD)
    assert GOOD.count(pair) >= 1
    value = pair.split(b": ", 1)[1]
    repeated = b'"' + key.encode() + b'"' + spelling + b": " + value
    return GOOD.replace(pair, pair + b",\n" + repeated, 1)


def test_the_good_file_takes_the_fast_path(monkeypatch):
    """Otherwise the tests below would prove nothing about the shortcut."""
    def not_expected(*_args):
        raise AssertionError("a sound canonical file went down the careful path")

    monkeypatch.setattr(reader_module, "_careful", not_expected)
    journey = parse_map(GOOD)
    assert dump_map(journey) == GOOD
    assert journey.personas[0].photo is not None
    assert surely_no_duplicate_keys(GOOD, journey)


@pytest.mark.parametrize("spelling", SPELLINGS.values(), ids=SPELLINGS.keys())
@pytest.mark.parametrize("place", PLACES)
def test_a_duplicate_key_is_refused_wherever_and_however_it_is_written(place, spelling):
    data = _with_duplicate(place, spelling)
    with pytest.raises(MapFileError) as info:
        parse_map(data)
    [problem] = info.value.problems
    assert f'"{PLACES[place][1]}" appears twice' in problem.message


@pytest.mark.parametrize("spelling", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_white_space_before_every_colon_without_duplicates_still_loads(spelling):
    spaced = json.dumps(json.loads(GOOD), indent=1, separators=(",", spelling.decode() + ":"), ensure_ascii=False)
    assert parse_map(spaced.encode()) == parse_map(GOOD)


def test_a_duplicate_whose_colon_count_is_made_up_by_text_is_still_refused():
    """A duplicate spelled with a space hides from a naive count of '":' ... unless white space is squeezed."""
    journey = _full_map()
    journey.lanes[0].cards[0].text = 'say "so" : now'
    data = dump_map(journey)
    assert parse_map(data) == journey
    spaced = data.replace(b'"votes": 0', b'"votes": 0, "votes"  : 1', 1)
    with pytest.raises(MapFileError) as info:
        parse_map(spaced)
    assert 'appears twice' in info.value.problems[0].message


def test_white_space_json_does_not_allow_before_a_colon_is_an_error_not_a_silent_load():
    for odd in (b"\x0c", b"\x0b", "\u00a0".encode()):
        data = GOOD.replace(b'"votes": 0', b'"votes": 0, "votes"' + odd + b": 1", 1)
        with pytest.raises(MapFileError):
            parse_map(data)


@pytest.mark.parametrize("spelling", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_a_picture_given_its_data_twice_is_refused_though_picture_text_is_not_searched(spelling):
    data = GOOD.replace(b'"data": "iVBOR', b'"data": "iVBOR", "data"' + spelling + b': "iVBOR', 1)
    with pytest.raises(MapFileError) as info:
        parse_map(data)
    assert '"data" appears twice' in info.value.problems[0].message
