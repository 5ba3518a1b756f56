"""The emotion lane's persona legend reaches every export: PDF (poster and tiles), SVG and PNG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pypdf import PdfReader

from journeymap.export.pdf_poster import export_poster
from journeymap.export.pdf_tiled import export_tiled
from journeymap.export.svg_export import svg_text
from journeymap.layout import layout_map

from ..layout.maps import sample_map

SVG = "{http://www.w3.org/2000/svg}"


def test_the_svg_draws_each_name_and_the_key_in_the_emotion_lanes_title_cell():
    journey = sample_map()
    layout = layout_map(journey)
    legend = layout.emotion.legend
    root = ET.fromstring(svg_text(journey))
    placed = [(t.text, float(t.get("x")), float(t.get("y"))) for t in root.iter(f"{SVG}text")]
    inside = {text for text, x, y in placed if legend.rect.x <= x <= legend.rect.right
              and legend.rect.y <= y <= legend.rect.bottom}
    assert {p.name for p in journey.personas} | {"as-is", "to-be"} <= inside
    markers = [e for e in root.iter() if e.get("fill") in {p.colour for p in journey.personas}
               and legend.rect.x <= float(e.get("cx", e.get("x", "-1"))) <= legend.rect.right]
    assert len(markers) >= len(journey.personas)


def test_the_poster_and_the_first_tile_print_the_legend(tmp_path):
    journey = sample_map()
    export_poster(journey, tmp_path / "poster.pdf", "A3")
    export_tiled(journey, tmp_path / "tiles.pdf", "A4", True)
    poster = PdfReader(tmp_path / "poster.pdf").pages[0].extract_text()
    tiles = " ".join(page.extract_text() for page in PdfReader(tmp_path / "tiles.pdf").pages)
    for text in (poster, tiles):
        assert "as-is" in text  # only the lane's line-style key says it (the header says "(to-be)")
    # Ben (no to-be score): in the header's facts line, its legend, and the lane's legend
    assert poster.count(journey.personas[1].name) == 3


def test_the_png_shows_the_legend_markers_in_their_colours(tmp_path):
    from PySide6.QtGui import QColor, QImage

    from journeymap.export.png_export import export_png

    journey = sample_map()
    legend = layout_map(journey).emotion.legend
    out = export_png(journey, tmp_path / "map.png", dpi=72)
    image = QImage(str(out))
    for key in legend.personas:
        got, want = image.pixelColor(round(key.x), round(key.y)), QColor(key.colour)
        assert abs(got.red() - want.red()) + abs(got.green() - want.green()) + abs(got.blue() - want.blue()) < 40
