"""Tiled pages as a facilitator prints them: no sheet wasted on empty rows, the handier orientation."""

import re

from pypdf import PdfReader

from journeymap.cli import main
from journeymap.export.pdf_tiled import export_tiled
from journeymap.io import load_map
from journeymap.model import JourneyMap
from journeymap.templates import template_path

LABEL = re.compile(r"Row \d+ of \d+|Column \d+ of \d+|Page \d+ of \d+|tiled poster.*neighbour|"
                   r"\(\d+ empty tiles? not printed[^)]*\)")


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_credit_card_tiles_on_a4_skip_empty_sheets_and_choose_the_shorter_orientation(tmp_path):
    journey = load_map(template_path("credit-card"))
    export_tiled(journey, tmp_path / "land.pdf", "A4", True)
    export_tiled(journey, tmp_path / "port.pdf", "A4", False)
    export_tiled(journey, tmp_path / "auto.pdf", "A4")
    land, port, auto = (PdfReader(tmp_path / f"{n}.pdf") for n in ("land", "port", "auto"))
    assert len(land.pages) == 9  # a 3 x 4 grid whose last three tiles hold only empty cells
    assert len(port.pages) == 10
    assert len(auto.pages) == 9
    box = auto.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape, chosen because it needs fewer sheets
    # the labels keep the grid's numbering, so the sheets still line up when taped together
    last = land.pages[-1].extract_text()
    assert "Row 3 of 3" in last and "Column 2 of 4" in last and "Page 9 of 9" in last
    assert "3 empty tiles not printed" in last


def test_every_printed_tile_holds_map_content(tmp_path):
    for name in ("online-purchase", "credit-card", "hotel-blueprint"):
        journey = load_map(template_path(name))
        for landscape in (True, False, None):
            out = tmp_path / f"{name}-{landscape}.pdf"
            export_tiled(journey, out, "A4", landscape)
            for k, text in enumerate(_pages(out), start=1):
                rest = LABEL.sub(" ", text.replace(journey.title, " "))
                assert re.search(r"\w", rest), f"{name} landscape={landscape}: page {k} holds no map content"


def test_forced_orientation_is_kept_and_the_command_chooses_when_not_forced(tmp_path, capsys):
    from journeymap.io import save_map

    path = tmp_path / "m.journey"
    save_map(load_map(template_path("credit-card")), path, backup=False)
    for flag, pages in (("--landscape", 9), ("--portrait", 10), (None, 9)):
        out = tmp_path / f"{flag}.pdf"
        args = ["export", str(path), "-o", str(out), "--layout", "tiled"] + ([flag] if flag else [])
        assert main(args) == 0
        assert len(PdfReader(out).pages) == pages, flag


def test_a_blank_workshop_map_prints_every_tile(tmp_path):
    journey = load_map(template_path("blank"))
    assert not any(lane.cards for lane in journey.lanes)
    export_tiled(journey, tmp_path / "b.pdf", "A4", True)
    text = _pages(tmp_path / "b.pdf")[0]
    rows, cols = (int(n) for n in re.search(r"Row 1 of (\d+).*Column 1 of (\d+)", text).groups())
    assert len(PdfReader(tmp_path / "b.pdf").pages) == rows * cols


def test_an_empty_map_still_gives_one_sheet(tmp_path):
    export_tiled(JourneyMap(title="Nothing yet"), tmp_path / "e.pdf", "A4")
    assert len(PdfReader(tmp_path / "e.pdf").pages) >= 1


def _wide_map(extra_steps: int) -> JourneyMap:
    """The online purchase with ``extra_steps`` more steps in its first stage, each scored by both personas."""
    from journeymap.model.journey_map import new_id

    journey = load_map(template_path("online-purchase"))
    stage = journey.stages[0]
    first = stage.steps[0]
    for k in range(extra_steps):
        stage.steps.append(first.model_copy(deep=True, update={"id": new_id(), "name": f"Step {k}"}))
    return journey


def test_each_tile_draws_only_the_curve_markers_on_it(tmp_path, monkeypatch):
    """The curves are one group as wide as the map: every page drew every marker (a 3,000-step map: 110 s)."""
    from journeymap.export import pdf_player

    drawn = []
    real = pdf_player.marker_path
    monkeypatch.setattr(pdf_player, "marker_path", lambda *a, **k: drawn.append(a[1:3]) or real(*a, **k))
    journey = _wide_map(300)
    markers = sum(len(step.scores) for step in journey.steps())
    out = tmp_path / "wide.pdf"
    export_tiled(journey, out, "A4")
    pages = len(PdfReader(out).pages)
    assert pages > 50
    assert markers <= len(drawn) <= 2 * markers, "a marker is drawn once, or twice where tiles overlap"


def test_a_sheet_too_small_for_tiles_is_refused_with_the_size_that_works(tmp_path, capsys):
    from journeymap.io import save_map

    path = tmp_path / "m.journey"
    save_map(load_map(template_path("online-purchase")), path, backup=False)
    for size in ("30x30mm", "40x40mm", "1x1in"):  # 40 mm left 3 pt a sheet: 20,000 pages that never finished
        out = tmp_path / f"{size}.pdf"
        assert main(["export", str(path), "-o", str(out), "--layout", "tiled", "--page-size", size]) == 1
        err = capsys.readouterr().err
        assert "sheet is too small for tiled pages" in err and "at least 65 mm on each side" in err
        assert not out.exists()
    out = tmp_path / "65.pdf"
    assert main(["export", str(path), "-o", str(out), "--layout", "tiled", "--page-size", "65x65mm"]) == 0


def test_a_map_needing_more_sheets_than_a_wall_holds_is_refused_before_drawing(tmp_path, capsys):
    from journeymap.io import save_map

    path = tmp_path / "wide.journey"
    save_map(_wide_map(1800), path, backup=False)
    out = tmp_path / "wide.pdf"
    assert main(["export", str(path), "-o", str(out), "--layout", "tiled"]) == 1
    err = capsys.readouterr().err
    needed = re.search(r"the map needs (\d+) A4 sheets to print at a readable size; tiled pages stop at 500: "
                       r"choose a larger sheet, or the poster layout", err)
    assert needed and int(needed.group(1)) > 500 and not out.exists()
    assert main(["export", str(path), "-o", str(out), "--layout", "tiled", "--page-size", "A0"]) == 0
