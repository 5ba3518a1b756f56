"""PDF exports as a stakeholder meets them: complete, searchable, embedded fonts, same bytes twice."""

import re

import pytest
from pypdf import PdfReader

from journeymap.export.pdf_digest import export_digest
from journeymap.export.pdf_poster import export_poster
from journeymap.export.pdf_tiled import export_tiled
from journeymap.layout.shaping import FontReport
from journeymap.model import Card, Persona, Score, Stage, Step

from ..layout.maps import sample_map
from .pdf_fonts import pdf_fonts

EXPORTS = {
    "poster": lambda j, p: export_poster(j, p, "A3", True),
    "tiled": lambda j, p: export_tiled(j, p, "A4", True),
    "digest": lambda j, p: export_digest(j, p, "A4"),
}


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("layout", EXPORTS)
def test_every_layout_holds_titles_stage_and_step_names_and_card_words(layout, tmp_path):
    journey = sample_map()
    out = tmp_path / f"{layout}.pdf"
    EXPORTS[layout](journey, out)
    words = _words(_text(out))
    expected = _words(journey.title)
    for stage in journey.stages:
        expected |= _words(stage.name) | {w for s in stage.steps for w in _words(s.name)}
    for lane in journey.lanes:
        if not lane.hidden:
            for card in lane.cards:
                expected |= _words(card.text)
    assert expected - words == set()


@pytest.mark.parametrize("layout", EXPORTS)
def test_every_font_is_embedded(layout, tmp_path):
    out = tmp_path / f"{layout}.pdf"
    EXPORTS[layout](sample_map(), out)
    fonts = pdf_fonts(out)
    assert fonts
    for font in fonts:
        assert font.fully_usable, font  # embedded, subset, unicode map


@pytest.mark.parametrize("layout", EXPORTS)
def test_the_same_map_gives_the_same_bytes(layout, tmp_path):
    journey = sample_map()
    EXPORTS[layout](journey, tmp_path / "a.pdf")
    EXPORTS[layout](journey, tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_the_digest_holds_every_word_of_the_map(tmp_path):
    journey = sample_map()
    ana = journey.personas[0]
    ana.empathy_map.says.append(__import__("journeymap.model", fromlist=["Note"]).Note(text="Shipping fees annoy me"))
    out = tmp_path / "digest.pdf"
    export_digest(journey, out, include_hidden=True)
    found = _words(_text(out))
    expected = _words(" ".join([journey.title, journey.scenario, journey.expectations, journey.description,
                                *journey.authors, *journey.tags]))
    for p in journey.personas:
        expected |= _words(" ".join([p.name, p.role, p.quote, p.bio, *p.goals, *p.needs, *p.pains, *p.gains]))
        expected |= _words(" ".join(n.text for n in p.empathy_map.says))
    for stage in journey.stages:
        expected |= _words(stage.name + " " + stage.description + " " + stage.notes)
        for step in stage.steps:
            expected |= _words(" ".join([step.name, step.description, step.moment_of_truth_note]))
            expected |= _words(" ".join(s.label + " " + s.target_label for s in step.scores))
    for lane in journey.lanes:  # hidden lanes too: they were asked for
        expected |= _words(lane.display_title)
        for card in lane.cards:
            expected |= _words(" ".join([card.text, card.detail, card.owner, *card.tags]))
    assert expected - found == set()
    assert "nps" in found and "120" in found  # metrics with sample size


def test_long_card_text_flows_on_to_the_next_page_in_the_digest(tmp_path):
    journey = sample_map()
    step = journey.stages[0].steps[0]
    long_text = " ".join(f"word{i}" for i in range(1800))
    journey.lanes[0].cards.append(Card(step=step.id, text=long_text))
    out = tmp_path / "digest.pdf"
    export_digest(journey, out)
    assert _words(long_text) - _words(_text(out)) == set()


def test_poster_is_one_page_of_the_chosen_size_landscape(tmp_path):
    for size, (w, h) in (("A4", (841.89, 595.28)), ("A0", (3370.39, 2383.94))):
        out = tmp_path / f"{size}.pdf"
        export_poster(sample_map(), out, size, True)
        pages = PdfReader(out).pages
        assert len(pages) == 1
        box = pages[0].mediabox
        assert abs(float(box.width) - w) < 1 and abs(float(box.height) - h) < 1
    export_poster(sample_map(), tmp_path / "p.pdf", "letter", False)
    box = PdfReader(tmp_path / "p.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_tiled_pages_cover_the_map_and_shrink_in_number_on_bigger_paper(tmp_path):
    export_tiled(sample_map(), tmp_path / "a4.pdf", "A4", True)
    export_tiled(sample_map(), tmp_path / "a2.pdf", "A2", True)
    a4, a2 = PdfReader(tmp_path / "a4.pdf"), PdfReader(tmp_path / "a2.pdf")
    assert len(a4.pages) > len(a2.pages) >= 1
    text = a4.pages[0].extract_text()
    assert "Row 1 of" in text and "Column 1 of" in text and f"Page 1 of {len(a4.pages)}" in text


def test_digest_is_portrait_with_page_numbers(tmp_path):
    export_digest(sample_map(), tmp_path / "d.pdf", "letter")
    reader = PdfReader(tmp_path / "d.pdf")
    box = reader.pages[0].mediabox
    assert float(box.width) < float(box.height)
    assert "Page 2" in reader.pages[1].extract_text()


@pytest.mark.parametrize("layout", ["tiled", "digest"])
def test_outline_has_stages_and_personas(layout, tmp_path):
    journey = sample_map()
    out = tmp_path / "o.pdf"
    EXPORTS[layout](journey, out)

    def titles(items):
        for item in items:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    found = set(titles(PdfReader(out).outline))
    assert {"Stages", "Personas"} <= found
    assert {s.name for s in journey.stages} <= found
    assert {p.name for p in journey.personas} <= found


def test_metadata_names_the_map_its_authors_and_the_app(tmp_path):
    journey = sample_map()
    out = tmp_path / "m.pdf"
    export_poster(journey, out)
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta.title == journey.title
    assert meta.author == "CX team"
    assert "retail" in meta.get("/Keywords", "")
    assert meta.creator.startswith("Journeymap ")
    assert meta.subject
    assert reader.trailer["/Root"].get("/Lang") == "en"


def test_accents_greek_and_cyrillic_round_trip_through_the_text(tmp_path):
    journey = sample_map()
    journey.title = "Café naïve Größe"
    journey.stages.append(Stage(name="Παράδοση", steps=[Step(name="Доставка заказа")]))
    step = journey.stages[-1].steps[0]
    journey.lanes[0].cards.append(Card(step=step.id, text="Ελληνικά και русский текст, déjà vu"))
    for layout in EXPORTS:
        out = tmp_path / f"{layout}.pdf"
        EXPORTS[layout](journey, out)
        text = _text(out)
        for word in ("Café", "naïve", "Größe", "Παράδοση", "Доставка", "Ελληνικά", "русский", "déjà"):
            assert word in text, (layout, word)


def test_emoji_are_drawn_and_one_no_font_has_is_replaced_visibly_and_said_so(tmp_path):
    journey = sample_map()
    journey.lanes[0].cards[0].text = "Great \U0001f44d service \U0001f56b"  # thumbs up; a bullhorn no font has
    report = FontReport()
    export_poster(journey, tmp_path / "p.pdf", report=report)
    text = _text(tmp_path / "p.pdf")
    assert "\U0001f44d" in text and "\u25a1" in text  # drawn, and searchable as itself; the other a box
    assert any("emoji" in w for w in report.warnings)
    report = FontReport()
    export_digest(journey, tmp_path / "d.pdf", report=report)
    text = _text(tmp_path / "d.pdf")
    assert "\U0001f44d" in text and "bullhorn" in text
    assert any("emoji" in w for w in report.warnings)


def test_cjk_text_is_drawn_or_warned_about_never_silently_lost(tmp_path):
    from journeymap.layout.fonts import cjk_font

    journey = sample_map()
    journey.lanes[0].cards[0].text = "注文 delivery"
    report = FontReport()
    export_poster(journey, tmp_path / "p.pdf", report=report)
    text = _text(tmp_path / "p.pdf")
    if cjk_font() is None:
        assert any("CJK" in w and "install" in w.lower() for w in report.warnings)
        assert "\u25a1\u25a1 delivery" in text  # a visible stand-in, not a gap
    else:
        assert not [w for w in report.warnings if "smallest text" not in w]  # no font was missing
        assert "注文" in text


def test_a_persona_without_scores_and_an_empty_stage_still_export(tmp_path):
    journey = sample_map()
    journey.personas.append(Persona(name="Chen", colour="#009e73"))
    journey.stages.append(Stage(name="Leave"))
    journey.stages[0].steps[0].scores.append(Score(persona=journey.personas[2].id, target=2))
    for layout in EXPORTS:
        EXPORTS[layout](journey, tmp_path / f"{layout}.pdf")
        assert "Leave" in _text(tmp_path / f"{layout}.pdf")


def test_a_persona_with_an_empathy_map_gets_its_drawn_sheet_after_its_page_in_the_digest(tmp_path):
    from journeymap.model import Note

    journey = sample_map()
    ana, ben = journey.personas
    ana.empathy_map.thinks.append(Note(text="Will they fit my ears"))
    export_digest(journey, tmp_path / "d.pdf")
    reader = PdfReader(tmp_path / "d.pdf")
    texts = [page.extract_text() for page in reader.pages]
    ana_page = next(i for i, t in enumerate(texts) if t.lstrip().startswith(ana.name))
    sheet = texts[ana_page + 1]
    assert "Empathy Map" in sheet and "Says" in sheet and "Will they fit" in sheet
    assert texts[ana_page + 2].lstrip().startswith(ben.name)  # Ben has no empathy map: no sheet
    assert sum("What do they say out loud" in t for t in texts) == 1
    assert sum(t.count("Will they fit") for t in texts) == 1  # on the sheet, not listed twice

    def titles(items):
        for item in items:
            yield from titles(item) if isinstance(item, list) else [item.title]

    assert "Empathy map" in set(titles(reader.outline))


def _crowded_stage_map(names):
    journey = sample_map()
    ana = journey.personas[0]
    stage = Stage(name="Settle the bill", steps=[
        Step(name=name, scores=[Score(persona=ana.id, value=(i % 3) - 1)]) for i, name in enumerate(names)])
    journey.stages.append(stage)
    return journey, stage


LONG_STEP_NAMES = [
    "Asks for the itemised invoice", "Reconciliation of minibar charges", "Disputes the parking surcharge",
    "Waits for the duty manager", "Receives a corrected statement", "Pays with a corporate card",
    "Requests a VAT receipt by e-mail", "Returns the key cards", "Collects luggage from storage",
    "Orders a taxi at reception", "Leaves feedback on the tablet", "Receives the follow-up survey",
]


def _disjoint(boxes) -> bool:
    return all(a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
               for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_the_digest_stage_chart_never_prints_step_names_over_each_other(tmp_path):
    from journeymap.export.pdf_digest import StageCurve
    from journeymap.layout.shaping import FontReport

    journey, stage = _crowded_stage_map(LONG_STEP_NAMES)
    chart = StageCurve(journey, stage, 495.0, FontReport())
    boxes = chart.step_label_boxes()
    assert len(boxes) == 12 and _disjoint(boxes)
    assert all(0 <= y and y + h <= chart.height for _x, y, _w, h in boxes)
    export_digest(journey, tmp_path / "d.pdf")
    text = " ".join(_text(tmp_path / "d.pdf").split())
    for name in LONG_STEP_NAMES:  # every full name is printed somewhere (chart key or step heading)
        assert name in text
    assert f"12 {LONG_STEP_NAMES[-1]}" in text  # numbered columns come with their key


def test_step_names_that_fit_are_wrapped_under_their_columns_not_numbered():
    from journeymap.export.pdf_digest import StageCurve
    from journeymap.layout.shaping import FontReport

    journey, stage = _crowded_stage_map(["Arrives and parks with the children", "Checks in", "Finds room"])
    chart = StageCurve(journey, stage, 495.0, FontReport())
    assert not chart.numbered and chart.key == ""
    assert chart.step_lines[0] == ["Arrives and parks with the", "children"] or len(chart.step_lines[0]) == 1
    assert _disjoint(chart.step_label_boxes())


def test_poster_title_and_map_start_at_the_top_margin(tmp_path):
    """A wide map on A3 leaves spare height: it goes below the map, not half above the title."""
    from journeymap.io import load_map
    from journeymap.templates import template_path

    journey = load_map(template_path("online-purchase"))
    out = tmp_path / "p.pdf"
    export_poster(journey, out, "A3", True)
    page = PdfReader(out).pages[0]
    height = float(page.mediabox.height)
    tops: list[float] = []

    def visit(text, cm, tm, font, size):
        if journey.title in text:
            tops.append(cm[5] + tm[5] * cm[3] if cm[3] else tm[5])

    page.extract_text(visitor_text=visit)
    assert tops, "the title is on the poster"
    assert height - max(tops) < 0.08 * height  # its baseline sits just under the top margin


def test_the_font_check_catches_a_font_that_is_not_embedded(tmp_path):
    """The check above reads the PDF itself (no poppler-utils needed) and would see a stray Helvetica."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "plain.pdf"))
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, "not embedded")
    canvas.save()
    fonts = pdf_fonts(tmp_path / "plain.pdf")
    assert [(f.name, f.fully_usable) for f in fonts] == [("Helvetica", False)]
