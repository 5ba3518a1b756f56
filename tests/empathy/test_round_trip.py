from journeymap.io import load_map, save_map
from journeymap.model import EMPATHY_SECTIONS, EmpathyStyle

from .sample import two_persona_journey, with_notes


def test_empathy_notes_and_header_survive_save_and_load(tmp_path):
    journey = with_notes(two_persona_journey())
    em = journey.personas[0].empathy_map
    em.style = EmpathyStyle.CANVAS
    em.designed_by, em.date, em.version = "CX team", "2026-05-01", "v2"
    em.says[0].text = "Multi-line\nnote with ümlauts and 日本"
    save_map(journey, tmp_path / "m.journey", backup=False)
    loaded = load_map(tmp_path / "m.journey")
    assert loaded.model_dump() == journey.model_dump()
    back = loaded.personas[0].empathy_map
    assert back.style is EmpathyStyle.CANVAS
    for section in EMPATHY_SECTIONS:
        assert [n.text for n in getattr(back, section)] == [n.text for n in getattr(em, section)]
        assert [n.id for n in getattr(back, section)] == [n.id for n in getattr(em, section)]


def test_printed_empathy_maps_use_the_same_initials_as_the_board_and_slides(tmp_path):
    from journeymap.empathy.pages import Request, build_pages
    from journeymap.layout.shaping import FontReport
    from journeymap.model import JourneyMap, Persona

    persona = Persona(name="Mary-Jane van der Berg")
    journey = JourneyMap(personas=[persona])
    pages = build_pages(Request(journey, persona, persona.empathy_map.style, True, (842, 595)), FontReport())
    texts = [line for page in pages for line in page.texts()]
    assert "MB" in texts and "MV" not in texts
