"""A new blank map starts in the designer's language: its title, persona, stage and step names and
stage prompts are translated, and its language is set so its exports speak it too."""

from __future__ import annotations

import pytest

from journeymap.io import load_map
from journeymap.resources import resource_path
from journeymap.templates import BLANK, BLANK_WORDS, new_from_template


def _words(journey) -> list[str]:
    words = [journey.title]
    for persona in journey.personas:
        words += [persona.name, persona.role]
    for stage in journey.stages:
        words += [stage.name, stage.notes] + [step.name for step in stage.steps]
    return [w for w in words if w]


def test_the_words_kept_for_translation_are_the_blank_maps_words():
    assert sorted(_words(load_map(resource_path("templates", "blank.journey")))) == sorted(BLANK_WORDS)


def test_a_german_blank_map_reads_german_and_keeps_its_structure():
    english, german = new_from_template(BLANK), new_from_template(BLANK, words_in="de")
    assert german.language == "de" and german.title == "Journey ohne Titel"
    assert [s.name for s in german.stages] == ["Aufmerksamkeit", "Abwägen", "Kauf", "Nutzung"]
    assert german.stages[0].steps[0].name == "Bemerkt einen Bedarf"
    assert german.personas[0].role == "Rolle oder Segment"
    assert [len(s.steps) for s in german.stages] == [len(s.steps) for s in english.stages]
    assert [lane.kind for lane in german.lanes] == [lane.kind for lane in english.lanes]
    assert not set(_words(german)) & set(_words(english))  # every word translated


@pytest.mark.parametrize(("code", "stage"), [("ar", "الوعي"), ("fr", "Découverte"), ("es", "Descubrimiento")])
def test_every_shipped_language_names_the_first_stage(code, stage):
    journey = new_from_template(BLANK, words_in=code)
    assert journey.stages[0].name == stage and journey.language == code


def test_english_an_unshipped_language_and_the_examples_keep_their_words():
    assert _words(new_from_template(BLANK, words_in="en")) == list(_words(new_from_template(BLANK)))
    portuguese = new_from_template(BLANK, words_in="pt")
    assert portuguese.stages[0].name == "Aware" and portuguese.language == "pt"
    example = new_from_template("online-purchase", words_in="de")
    assert example.title == "Buying headphones online" and example.language == "en"
