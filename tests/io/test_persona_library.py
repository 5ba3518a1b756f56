"""The persona library: save, list, search, copy into a map, and say what an update would change."""

from __future__ import annotations

import json

from journeymap.io.persona_library import (
    copy_for_map,
    differences,
    library_entry,
    library_folder,
    list_library,
    read_import,
    save_to_library,
    taken_over,
)
from journeymap.model import Note, Persona
from journeymap.model.journey_map import Photo
from tests.pictures import picture


def maya() -> Persona:
    p = Persona(name="Maya Chen", role="Commuter", bio="Buys on the train", channels=["mobile_app"],
                goals=["Quiet commute"], colour="#cc79a7", show_curve=False)
    p.empathy_map.says = [Note(text="Where is my parcel?")]
    pic = picture(8, 8)
    p.photo = Photo(media_type=pic.media_type, data=pic.data, width=8, height=8)
    return p


def test_a_saved_persona_is_listed_with_its_photo_and_role_and_found_by_search():
    entry = save_to_library(maya())
    assert entry.path is not None and entry.path.parent == library_folder()
    (listed,), problems = list_library()
    assert problems == [] and listed.id == entry.id
    assert listed.persona.role == "Commuter" and listed.persona.photo is not None
    assert listed.matches("maya train") and listed.matches("COMMUTER") and not listed.matches("student")


def test_the_library_keeps_the_persona_not_one_maps_copy():
    entry = save_to_library(maya())
    assert entry.persona.show_curve is True and entry.persona.library_id is None
    data = json.loads(entry.path.read_text("utf-8"))
    assert data["format"] == "journeymap-persona" and "show_curve" not in data["persona"]


def test_a_map_copy_has_new_ids_and_remembers_the_library_id():
    entry = save_to_library(maya())
    copy = copy_for_map(entry)
    assert copy.id != entry.id and copy.library_id == entry.id
    assert copy.empathy_map.says[0].text == "Where is my parcel?"
    assert copy.empathy_map.says[0].id != entry.persona.empathy_map.says[0].id
    assert differences(entry.persona, copy) == []


def test_saving_a_linked_persona_again_updates_its_entry_in_place():
    entry = save_to_library(maya())
    copy = copy_for_map(entry)
    copy.role = "Weekend shopper"
    again = save_to_library(copy)
    assert again.id == entry.id
    assert library_entry(entry.id).persona.role == "Weekend shopper"
    assert len(list_library()[0]) == 1


def test_differences_name_each_field_with_its_value_before_and_after():
    entry = save_to_library(maya())
    copy = copy_for_map(entry)
    copy.role = "Student"
    copy.goals = ["Cheapest wins", "Fast"]
    copy.empathy_map.says.append(Note(text="Too dear"))
    copy.photo = None
    found = {d.field: (d.before, d.after) for d in differences(entry.persona, copy)}
    assert found == {
        "role": ("Student", "Commuter"),
        "goals": ("Cheapest wins; Fast", "Quiet commute"),
        "photo": ("(none)", "a 8 × 8 picture"),
        "empathy_map.says": ("Where is my parcel?; Too dear", "Where is my parcel?"),
    }
    values, notes = taken_over(entry.persona, copy)
    assert values == {"role": "Commuter", "goals": ["Quiet commute"], "photo": entry.persona.photo}
    assert notes == {"says": ["Where is my parcel?"]}


def test_a_damaged_library_file_is_named_and_skipped():
    save_to_library(maya())
    (library_folder() / "broken.json").write_text("{not json", "utf-8")
    (library_folder() / "odd.json").write_text(json.dumps({"format": "journeymap-persona", "version": 1,
                                                           "id": "x", "persona": {"name": 3}}), "utf-8")
    entries, problems = list_library()
    assert [e.name for e in entries] == ["Maya Chen"]
    assert problems[0] == "broken.json is not a library persona (not JSON)"
    assert problems[1].startswith("odd.json: the persona is damaged")


def test_an_import_reads_a_maps_personas_keeping_their_library_links(tmp_path):
    from journeymap.io import save_map
    from journeymap.templates import new_from_template

    journey = new_from_template("hotel-blueprint")
    journey.personas[1].library_id = "6f1e2d3c-4b5a-4968-8776-655443322110"
    path = tmp_path / "hotel.journey"
    save_map(journey, path)
    ids = [e.id for e in read_import(path)]
    assert ids == [journey.personas[0].id, "6f1e2d3c-4b5a-4968-8776-655443322110"]
