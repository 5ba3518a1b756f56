"""Pictures, arrows and spanning cards in every export: poster, digest, SVG, PNG, CSV.

Pictures print at their printed size (300 dpi when the picture has the pixels,
never more, never upsampled); arrows appear as drawn lines in the drawings and as
sentences in the digest and the CSV; a damaged picture is skipped with a warning.
"""

from __future__ import annotations

import base64
import csv
import io
import xml.etree.ElementTree as ET

from PIL import Image as PILImage
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from journeymap.cli import main
from journeymap.export.csv_export import export_csv
from journeymap.export.pdf_player import PdfPlayer
from journeymap.export.svg_export import export_svg
from journeymap.io import save_map
from journeymap.layout import Rect
from journeymap.layout.paint import Image, Plan
from journeymap.model.arrow_text import arrow_sentence, cards_and_lanes
from journeymap.model.picture import Picture
from tests.export.test_damaged_photos import _broken_body, _png
from tests.pictures import picture_bytes
from tests.rich_map import rich_map

SVG = "{http://www.w3.org/2000/svg}"


def embedded_sizes(pdf) -> list[tuple[int, int]]:
    sizes = []
    for page in PdfReader(pdf).pages:
        for image in page.images:
            sizes.append(image.image.size)
    return sizes


def play_one_picture(tmp_path, data: bytes, printed_w: float, printed_h: float) -> tuple[int, int]:
    plan = Plan(printed_w, printed_h)
    plan.add(Image(Rect(0, 0, printed_w, printed_h), "image/png", data))
    out = tmp_path / "one.pdf"
    c = Canvas(str(out), pagesize=(printed_w, printed_h))
    PdfPlayer(c, 1.0, 0.0, printed_h).play(plan)
    c.save()
    (size,) = embedded_sizes(out)
    return size


def test_a_large_picture_is_printed_at_300_dpi_of_its_printed_size(tmp_path):
    assert play_one_picture(tmp_path, picture_bytes(1600, 1200), 72, 54) == (300, 225)


def test_a_small_picture_is_never_upsampled(tmp_path):
    assert play_one_picture(tmp_path, picture_bytes(100, 75), 144, 108) == (100, 75)


def test_the_poster_of_a_storyboard_map_embeds_every_picture_no_larger_than_it_prints(tmp_path):
    path = tmp_path / "story.journey"
    journey = rich_map()
    save_map(journey, path)
    out = tmp_path / "poster.pdf"
    assert main(["export", str(path), "-o", str(out), "--page-size", "A3"]) == 0
    sizes = embedded_sizes(out)
    pictures = [card.picture for lane in journey.lanes for card in lane.cards if card.picture is not None]
    assert len(sizes) == len(pictures) == 5
    for w, h in sizes:
        assert w < 1600 and h < 1600, "an A3 poster prints a 1600-pixel picture a few centimetres wide"


def test_the_digest_says_where_each_arrow_goes_and_what_each_picture_shows(tmp_path, capsys):
    path = tmp_path / "story.journey"
    journey = rich_map()
    save_map(journey, path)
    out = tmp_path / "digest.pdf"
    assert main(["export", str(path), "-o", str(out), "--layout", "digest"]) == 0
    text = " ".join("".join(page.extract_text() for page in PdfReader(out).pages).split())
    where = cards_and_lanes(journey)
    key = next(a for a in journey.arrows if where[a.target][0].text.startswith("Room key"))
    assert arrow_sentence(key, where) == ("Receptionist checks the booking and issues key cards → "
                                          "Room key encoded at the desk (Backstage)")
    assert "Arrow: Receptionist checks the booking and issues key cards → Room key encoded at the desk " \
           "(Backstage)" in text
    assert "Picture: A queue of six at the reception desk" in text
    assert "Spans to: Finds the room" in text
    assert len(embedded_sizes(out)) >= 5  # the storyboard in its stages, and the cover's small map


def test_the_svg_embeds_pictures_with_their_alt_text_and_draws_each_arrow_as_a_group(tmp_path):
    journey = rich_map()
    out = tmp_path / "map.svg"
    export_svg(journey, out)
    root = ET.parse(out).getroot()
    titles = [t.text for image in root.iter(f"{SVG}image") for t in image.iter(f"{SVG}title")]
    assert "The buffet with high chairs" in titles
    arrows = [g for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith("arrow-")]
    assert len(arrows) == len(journey.arrows)
    assert all(g.find(f"{SVG}polygon") is not None for g in arrows), "every arrow has its head"
    dashed = [g for g in arrows for line in g if line.get("stroke-dasharray")]
    assert len(dashed) == sum(a.style.value == "dependency" for a in journey.arrows)


def test_the_png_shows_the_storyboard_pictures(tmp_path):
    path = tmp_path / "story.journey"
    save_map(rich_map(), path)
    out = tmp_path / "map.png"
    assert main(["export", str(path), "-o", str(out), "--dpi", "40"]) == 0
    image = PILImage.open(out).convert("RGB")
    colours = image.getcolors(1_000_000)
    assert colours is not None
    brick = sum(n for n, (r, g, b) in colours if 130 < r < 170 and 55 < g < 85 and 45 < b < 75)
    assert brick > 50, "the red-brick buildings of the storyboard sketches are drawn"


def test_the_csv_has_a_row_per_arrow_and_names_spans_and_pictures(tmp_path):
    journey = rich_map()
    out = tmp_path / "m.csv"
    export_csv(journey, out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    arrows = [r for r in rows if r["record"] == "arrow"]
    assert len(arrows) == len(journey.arrows)
    desk = next(r for r in arrows if r["arrow_to"].startswith("Room key"))
    assert desk["arrow_from"].startswith("Receptionist checks") and desk["arrow_to_lane"] == "Backstage"
    assert next(r for r in rows if r["text"].startswith("Friday 6"))["spans_to"] == "Finds the room"
    assert next(r for r in rows if r["lane"] == "Storyboard")["picture"]


def test_a_damaged_picture_is_reported_by_validate_and_left_out_of_prints_with_a_warning(tmp_path, capsys):
    journey = rich_map()
    card = journey.lanes[1].cards[0]
    card.picture = Picture(media_type="image/png", width=120, height=90, alt="Broken sketch",
                           data=base64.b64encode(_broken_body(_png(120, 90))).decode("ascii"))
    path = tmp_path / "m.journey"
    save_map(journey, path)
    assert main(["validate", str(path)]) == 1
    assert "lanes[1].cards[0].picture: the image data is damaged" in capsys.readouterr().out
    out = tmp_path / "m.pdf"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert "the picture ‘Broken sketch’ could not be decoded and was left out" in capsys.readouterr().err
    assert len(embedded_sizes(out)) == 4


def test_a_picture_that_is_not_png_or_jpeg_inside_is_refused_when_the_map_is_read(tmp_path):
    journey = rich_map()
    gif = io.BytesIO()
    PILImage.new("RGB", (8, 8)).save(gif, "GIF")
    journey.lanes[1].cards[0].picture = Picture(media_type="image/png", width=8, height=8,
                                                data=base64.b64encode(gif.getvalue()).decode("ascii"))
    path = tmp_path / "m.journey"
    save_map(journey, path)
    assert main(["validate", str(path)]) == 1
