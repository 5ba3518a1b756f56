"""The poster as a print shop and a reader on the wall meet it: the sheet used, text as large as it can be.

The coverage of every bundled template and of a 40-step map is printed (run
with ``-s`` to see the table; ``make bench`` prints it too).
"""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from journeymap.cli import main
from journeymap.export.pdf_poster import export_poster, poster_fit, poster_sizes
from journeymap.io import load_map, save_map
from journeymap.layout import LayoutOptions
from journeymap.layout.band_sizes import BandSizes, estimate_bands
from journeymap.layout.bands import layout_bands, map_columns
from journeymap.layout.poster import choose_poster
from journeymap.model import Lane, LaneKind, Persona, Score
from journeymap.paper import page_size
from journeymap.templates import list_templates, template_path
from tests.rich_map import rich_map

from ..layout.maps import large_map

TEMPLATES = [t.name for t in list_templates()]


def forty_steps():
    """A map of 8 stages of 5 steps, 8 lanes and 240 cards: seven times wider than tall on one strip."""
    return large_map(cards_total=240, stages=8, steps_per_stage=5, lanes=8)


def _maps():
    return ([(name, load_map(template_path(name))) for name in TEMPLATES]
            + [("40 steps", forty_steps()), ("pictures, arrows and a span", rich_map())])


def test_every_template_and_a_40_step_map_cover_three_quarters_of_an_a0_and_an_a3_sheet():
    rows = []
    for name, journey in _maps():
        for sheet in ("A3", "A0"):
            fit = choose_poster(journey, sheet)
            rows.append((name, sheet, fit))
    print("\nposter coverage (bands, orientation chosen)")
    for name, sheet, fit in rows:
        print(f"  {name:16} {sheet}  {fit.coverage:5.1%}  {fit.banded.count} band(s), "
              f"{'landscape' if fit.landscape else 'portrait'}, smallest text {7 * fit.scale:.1f} pt")
    assert all(fit.coverage >= 0.75 for _n, _s, fit in rows), [(n, s, f"{f.coverage:.0%}") for n, s, f in rows]


def test_a_40_step_map_is_no_longer_a_strip_across_the_top(tmp_path):
    journey = forty_steps()
    page = choose_poster(journey, "A0", fit="page")
    banded = choose_poster(journey, "A0")
    assert page.coverage < 0.3  # the old poster: one strip, 3.4 pt text
    assert banded.banded.count >= 2
    assert banded.scale > 1.8 * page.scale  # text twice as large
    assert poster_sizes(banded).smallest_text >= 6.0


def _tall_map():
    """Few steps, six personas, many lanes: taller than wide."""
    journey = load_map(template_path("support-bug"))
    journey.stages[:] = journey.stages[:2]
    colours = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
    for k, colour in enumerate(colours[len(journey.personas):]):
        journey.personas.append(Persona(name=f"Persona {k + 3}", colour=colour))
    for step in journey.steps():
        step.scores[:] = [Score(persona=p.id, value=(i % 5) - 2) for i, p in enumerate(journey.personas)]
    for k in range(6):
        journey.lanes.append(Lane(kind=LaneKind.TEXT, title=f"Notes {k}"))
    return journey


def test_the_poster_takes_the_orientation_that_prints_larger_unless_one_is_asked_for(tmp_path):
    journey = _tall_map()
    wide = choose_poster(journey, "A3", True, "page")
    tall = choose_poster(journey, "A3", False, "page")
    auto = choose_poster(journey, "A3", None, "page")
    assert tall.scale > wide.scale
    assert not auto.landscape and auto.scale == pytest.approx(tall.scale)
    export_poster(journey, tmp_path / "auto.pdf", "A3", fit="page")
    export_poster(journey, tmp_path / "forced.pdf", "A3", True, fit="page")
    auto_box = PdfReader(tmp_path / "auto.pdf").pages[0].mediabox
    forced_box = PdfReader(tmp_path / "forced.pdf").pages[0].mediabox
    assert float(auto_box.width) < float(auto_box.height)
    assert float(forced_box.width) > float(forced_box.height)


def test_the_band_count_chosen_prints_larger_than_any_other(tmp_path):
    for name in ("online-purchase", "hotel-blueprint"):
        journey = load_map(template_path(name))
        chosen = choose_poster(journey, "A3")
        opts = chosen.banded.bands[0].layout.options
        for count in range(1, 6):
            for landscape in (True, False):
                banded = layout_bands(journey, count, opts)
                page = page_size("A3", landscape)
                m = chosen.margin
                scale = min((page[0] - 2 * m) / banded.width, (page[1] - 2 * m) / banded.height)
                assert scale <= chosen.scale * 1.001, (name, count, landscape)


def test_band_sizes_are_measured_as_the_layout_makes_them():
    for _name, journey in _maps():
        opts = LayoutOptions(margin=0.0)
        columns = map_columns(journey)
        sizes = BandSizes.measure(journey, opts, columns)
        for count in (1, 2, 3):
            real = layout_bands(journey, count, opts)
            est = estimate_bands(sizes, columns, count)
            assert est[0] == pytest.approx(real.width)
            spans = any(card.last_step not in (None, card.step) for lane in journey.lanes for card in lane.cards)
            if spans:  # a card spanning steps is counted in each of its columns: an estimate, close
                assert est[1] == pytest.approx(real.height, rel=0.1), (_name, count)
            elif all(len(b.columns) == len(real.bands[0].columns) for b in real.bands):  # no widened band
                assert est[1] == pytest.approx(real.height), (_name, count)
            else:
                assert est[1] >= real.height - 1e-6


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_each_band_repeats_the_lane_titles_and_the_scale_and_names_a_cut_stage_continued(tmp_path):
    journey = load_map(template_path("online-purchase"))
    fit = poster_fit(journey, "A3")
    assert fit.banded.count == 2
    export_poster(journey, tmp_path / "p.pdf", "A3")
    text = _text(tmp_path / "p.pdf")
    for lane in journey.lanes:
        if not lane.hidden:
            assert text.count(lane.display_title) >= 2, lane.display_title
    assert text.count("Delighted") >= 2  # the emotion scale's words, once per band
    cut = fit.banded.bands[1].layout.stages
    first = next(iter(cut.values()))
    assert first.title.text.endswith("(continued)")
    assert f"{first.title.text}" in text.replace("\n", " ") or "(continued)" in text
    assert text.count(journey.title) == 2  # the header once, and the footer: not repeated per band


def test_the_page_says_nothing_about_command_line_flags_and_the_exporter_is_warned(tmp_path, capsys):
    path = tmp_path / "big.journey"
    save_map(forty_steps(), path)
    assert main(["export", str(path), "-o", str(tmp_path / "p.pdf"), "--page-size", "A4"]) == 0
    err = capsys.readouterr().err
    assert re.search(r"warning: the smallest text on this poster is \d\.\d pt, under the 6 pt", err)
    assert "--layout tiled" in err
    text = _text(tmp_path / "p.pdf")
    assert "--layout" not in text and "tiled" not in text


def test_a_poster_with_readable_text_gets_no_warning(tmp_path, capsys):
    path = tmp_path / "m.journey"
    save_map(load_map(template_path("online-purchase")), path)
    assert main(["export", str(path), "-o", str(tmp_path / "p.pdf"), "--page-size", "A0"]) == 0
    assert "smallest text" not in capsys.readouterr().err


def _line_widths(path) -> list[float]:
    data = b"".join(p.get_contents().get_data() for p in PdfReader(path).pages)
    return [float(w) for w in re.findall(rb"(?<![\w.])(\d*\.?\d+) w\b", data)]


def test_no_line_on_a_poster_is_thinner_than_a_quarter_point(tmp_path):
    journey = forty_steps()
    export_poster(journey, tmp_path / "p.pdf", "A4")  # a tiny scale: grid lines would be 0.1 pt
    widths = _line_widths(tmp_path / "p.pdf")
    assert widths and min(widths) >= 0.25 - 1e-6
    assert poster_sizes(poster_fit(journey, "A4")).thinnest_line < 0.25  # the plan's own lines are thinner


def test_a_banner_of_any_size_for_a_roll_printer(tmp_path, capsys):
    path = tmp_path / "m.journey"
    save_map(forty_steps(), path)
    out = tmp_path / "banner.pdf"
    assert main(["export", str(path), "-o", str(out), "--page-size", "914x2000mm"]) == 0
    box = PdfReader(out).pages[0].mediabox
    sides = sorted((float(box.width) / 72 * 25.4, float(box.height) / 72 * 25.4))
    assert sides == [pytest.approx(914, abs=0.1), pytest.approx(2000, abs=0.1)]
    assert main(["export", str(path), "-o", str(tmp_path / "in.pdf"), "--page-size", "36x80in", "--force"]) == 0
    box = PdfReader(tmp_path / "in.pdf").pages[0].mediabox
    assert sorted((float(box.width), float(box.height))) == [pytest.approx(36 * 72), pytest.approx(80 * 72)]


def test_fit_width_makes_a_banner_as_long_as_the_map(tmp_path, capsys):
    path = tmp_path / "m.journey"
    save_map(forty_steps(), path)
    out = tmp_path / "w.pdf"
    assert main(["export", str(path), "-o", str(out), "--page-size", "914x2000mm", "--fit", "width"]) == 0
    box = PdfReader(out).pages[0].mediabox
    width, height = float(box.width), float(box.height)
    assert width == pytest.approx(2000 / 25.4 * 72, abs=0.5)  # across the roll's length: the larger print
    fit = choose_poster(forty_steps(), "914x2000mm", fit="width")
    assert fit.banded.count == 1
    assert height == pytest.approx(fit.banded.height * fit.scale + 2 * fit.margin, abs=0.5)
    assert height < 914 / 25.4 * 72  # the page stops where the map does


@pytest.mark.parametrize("size, said", [("10x10mm", "between 1 in"), ("914x9000mm", "5080 mm"),
                                        ("914 by 2000", "unknown page size")])
def test_a_page_size_that_cannot_be_printed_is_a_usage_error(tmp_path, capsys, size, said):
    path = tmp_path / "m.journey"
    save_map(load_map(template_path("blank")), path)
    assert main(["export", str(path), "-o", str(tmp_path / "p.pdf"), "--page-size", size]) == 2
    assert said in capsys.readouterr().err


def test_fit_page_keeps_the_map_in_one_piece(tmp_path):
    journey = load_map(template_path("online-purchase"))
    assert choose_poster(journey, "A3", fit="page").banded.count == 1
    assert choose_poster(journey, "A3", fit="bands").banded.count == 2


def test_fit_is_only_for_the_poster(tmp_path, capsys):
    path = tmp_path / "m.journey"
    save_map(load_map(template_path("blank")), path)
    assert main(["export", str(path), "-o", str(tmp_path / "t.pdf"), "--layout", "tiled", "--fit", "page"]) == 2
    assert "--fit applies to the poster" in capsys.readouterr().err


def test_a_card_spanning_from_one_band_into_the_next_is_printed_in_both_as_wide_as_its_steps_there():
    from journeymap.model import LaneKind
    from journeymap.templates import new_from_template

    journey = new_from_template("online-purchase")
    steps = list(journey.steps())
    actions = next(lane for lane in journey.lanes if lane.kind == LaneKind.ACTIONS)
    span = actions.cards[0].model_copy(update={"id": "long-span", "text": "Waits for the parcel all along",
                                               "step": steps[1].id, "last_step": steps[-2].id})
    actions.cards.append(span)
    banded = layout_bands(journey, 3)
    assert len(banded.bands) == 3
    assert all("long-span" in band.layout.cards for band in banded.bands), "printed in every band it crosses"
    first, middle, last = (b.layout.cards["long-span"].rect for b in banded.bands)
    assert middle.w > first.w and middle.w > last.w, "across the whole middle band, in part at either end"
    assert journey.lanes[next(k for k, lane in enumerate(journey.lanes) if lane is actions)].cards[-1] is span, \
        "the map itself is not changed"
