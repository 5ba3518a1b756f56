"""The HTML export as a file: self-contained, every word of the map, in the order a screen reader reads it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from journeymap.cli import main
from journeymap.export.html import html_document
from journeymap.io import load_map, save_map
from journeymap.model import LaneKind
from journeymap.templates import list_templates, template_path

from .maps import unicode_map


class Outline(HTMLParser):
    """Headings in order, lists with their labels, attributes of every element, and the text."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[str, str]] = []
        self.lists: list[tuple[str, list[str]]] = []  # (aria-label, item texts)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._heading: list[str] | None = None
        self._level = ""
        self._list: tuple[str, list[str]] | None = None
        self._item: list[str] | None = None
        self._hidden = 0
        self._stack: list[bool] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag in ("br", "meta", "img"):
            return
        hidden = a.get("aria-hidden") == "true"
        self._stack.append(hidden)
        self._hidden += hidden
        if re.fullmatch(r"h[1-6]", tag):
            self._heading, self._level = [], tag
        if tag == "ul" and a.get("aria-label"):
            self._list = (a["aria-label"], [])
        if tag == "li" and self._list is not None and not hidden:
            self._item = []

    def handle_endtag(self, tag):
        if tag in ("br", "meta", "img"):
            return
        if self._stack:
            self._hidden -= self._stack.pop()
        if re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append((self._level, " ".join("".join(self._heading).split())))
            self._heading = None
        if tag == "li" and self._item is not None and self._list is not None:
            self._list[1].append(" ".join("".join(self._item).split()))
            self._item = None
        if tag == "ul" and self._list is not None:
            self.lists.append(self._list)
            self._list = None

    def handle_data(self, data):
        if self._hidden:
            return
        self.text.append(data)
        if self._heading is not None:
            self._heading.append(data)
        if self._item is not None:
            self._item.append(data)


def outline(page: str) -> Outline:
    o = Outline()
    o.feed(page)
    return o


@pytest.fixture(scope="module")
def shop():
    journey = load_map(template_path("online-purchase"))
    return journey, html_document(journey)


def test_the_page_fetches_nothing_and_runs_nothing(shop):
    _journey, page = shop
    assert "<script" not in page.lower() and "<link" not in page.lower() and "@import" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert all(url.startswith("data:") for url in re.findall(r"url\(([^)]*)\)", page))
    assert "default-src 'none'" in page  # and the page itself forbids loading anything
    faces = re.findall(r"@font-face\{[^}]*base64,([A-Za-z0-9+/=]+)", page)
    assert len(faces) == 3 and all(len(f) < 200_000 for f in faces)  # the bundled faces, cut to what is used


def test_a_screen_reader_meets_the_title_then_the_personas_then_each_stage_and_its_steps(shop):
    journey, page = shop
    heads = outline(page).headings
    assert heads[0] == ("h1", journey.title)
    h2 = [text for level, text in heads if level == "h2"]
    assert h2 == ["About this journey", "Personas", "The journey, stage by stage", "Emotion scores",
                  "Pain points and opportunities", "Metrics", "Moments of truth"]
    journey_part = heads[heads.index(("h2", "The journey, stage by stage")) + 1:heads.index(("h2", "Emotion scores"))]
    expected = []
    for n, stage in enumerate(journey.stages, start=1):
        expected.append(("h3", f"Stage {n}: {stage.name}"))
        expected += [("h4", step.name) for step in stage.steps]
    assert journey_part == expected
    persona_part = heads[heads.index(("h2", "Personas")) + 1:]
    assert [t for level, t in persona_part[:len(journey.personas) * 10] if level == "h3"][:2] == \
        [p.name for p in journey.personas]


def test_each_lane_of_a_step_is_a_list_labelled_with_the_lanes_name(shop):
    journey, page = shop
    lists = outline(page).lists
    step = next(s for s in journey.steps() if s.name == "Compares models")
    want = []
    for lane in journey.lanes:
        if lane.hidden:
            continue
        cards = [c.text for c in lane.cards if c.step == step.id]
        if cards:
            want.append((lane.display_title, cards))
    got = [(label, [item.split(" Channel:")[0].split(" Owner:")[0].split(" Assumed")[0]
                    .split(" Proposed")[0].split(" 1 vote")[0].split(" Tags:")[0] for item in items])
           for label, items in lists]
    for label, cards in want:
        assert any(lab.startswith(label) and all(any(i.startswith(c) for i in items) for c in cards)
                   for lab, items in got), label


def test_every_word_a_stakeholder_reads_is_in_the_page(shop):
    journey, page = shop
    text = " ".join(" ".join(outline(page).text).split())
    words = [journey.title, journey.scenario, journey.expectations]
    for persona in journey.personas:
        words += [persona.name, persona.role, persona.bio, *persona.goals]
    for stage in journey.stages:
        words.append(stage.name)
        for step in stage.steps:
            words += [step.name, step.moment_of_truth_note]
    for lane in journey.lanes:
        if not lane.hidden:
            words += [c.text for c in lane.cards] + [c.detail for c in lane.cards]
    missing = [w for w in words if w and " ".join(w.split()) not in text]
    assert missing == []


def test_the_emotion_scores_are_a_table_per_persona_and_the_curve_an_image_with_words(shop):
    journey, page = shop
    for persona in journey.personas:
        assert f"Emotion scores of {persona.name}</caption>" in page
    svg = re.search(r'<svg[^>]*role="img"[^>]*>.*?</svg>', page, re.S)
    assert svg is not None
    title = re.search(r"<title id=\"curve-title\">(.*?)</title>", svg.group(0)).group(1)
    desc = re.search(r"<desc id=\"curve-desc\">(.*?)</desc>", svg.group(0)).group(1)
    assert all(p.name in title for p in journey.personas)
    assert "lowest" in desc and "highest" in desc and "tables" in desc


def test_hidden_lanes_stay_out_unless_asked_for():
    journey = unicode_map()
    assert "Margin is thin" not in html_document(journey)
    assert "Margin is thin" in html_document(journey, include_hidden=True)


def test_map_text_is_escaped_and_reads_in_its_own_direction_and_language():
    journey = unicode_map()
    page = html_document(journey)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;не&lt;/b&gt;" in page
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">")  # in the map's language, from the right
    assert ">الشخصيات<" in page and ">Personas<" not in page
    for words in ("ترى إعلانًا على إنستغرام", "משווה שלוש חנויות", "ليلى حداد"):
        element = re.search(r'<(\w+)([^>]*)>[^<]*' + re.escape(words), page)
        assert element is not None and 'dir="auto"' in element.group(2), words
    english = html_document(unicode_map("en"))
    assert english.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    element = re.search(r'<(\w+)([^>]*)>[^<]*' + re.escape("ليلى حداد"), english)
    assert element is not None and 'lang="en"' not in element.group(2)
    assert "\u201cהכי זול מנצח\u201d" in page and "\u00ab\u00ab" not in page  # typed quote marks kept, not doubled
    assert "\u00abأريد أن يعمل التطبيق في القطار\u00bb" in page  # Arabic quotes for a bare quote


def test_every_template_becomes_a_page():
    for template in list_templates():
        page = html_document(load_map(template.path))
        assert page.count("<main>") == 1 and page.rstrip().endswith("</html>")


def test_export_to_html_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "m.journey"
    save_map(unicode_map(), path)
    out = tmp_path / "m.html"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["export", str(path), "-o", str(tmp_path / "m2.html"), "--include-hidden"]) == 0
    assert "Margin is thin" in (tmp_path / "m2.html").read_text(encoding="utf-8")
    assert main(["export", str(path), "-o", str(tmp_path / "m3.html"), "--page-size", "A3"]) == 2


def test_a_blueprint_lane_says_which_line_it_is_below():
    journey = load_map(template_path("hotel-blueprint"))
    lists = outline(html_document(journey)).lists
    backstage = next(lane for lane in journey.lanes if lane.kind == LaneKind.BACKSTAGE)
    assert any(label == f"{backstage.display_title}, below the line of visibility" for label, _i in lists)


def test_a_persona_photo_is_inside_the_page_and_a_damaged_one_becomes_initials():
    import base64
    import io

    from PIL import Image

    from journeymap.layout.shaping import FontReport
    from journeymap.model import Photo

    image = Image.new("RGB", (400, 300), "#3366aa")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    journey = unicode_map()
    journey.personas[0].photo = Photo(media_type="image/png", width=400, height=300,
                                      data=base64.b64encode(buffer.getvalue()).decode("ascii"))
    page = html_document(journey)
    img = re.search(r'<img alt="" src="data:image/(png|jpeg);base64,([A-Za-z0-9+/=]+)">', page)
    assert img is not None
    shown = Image.open(io.BytesIO(base64.b64decode(img.group(2))))
    assert min(shown.size) <= 112  # scaled to what the page shows, not the 400 x 300 original
    journey.personas[0].photo = Photo(media_type="image/png", width=400, height=300,
                                      data=base64.b64encode(buffer.getvalue()[:200]).decode("ascii"))
    report = FontReport()
    page = html_document(journey, report=report)
    assert "<img" not in page and 'class="initials"' in page
    assert any("photo" in w for w in report.warnings)
