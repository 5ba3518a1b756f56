"""The light and dark projector themes: every word at 7:1 contrast or more, curves still told apart."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from journeymap.paths import config_dir, state_dir
from journeymap.templates import list_templates, new_from_template
from journeymap.ui.present.ops import MarkerOp, TextOp
from journeymap.ui.present.palette import DARK, LIGHT, contrast, luminance, rgb

from .conftest import open_presentation

TEMPLATES = [t.name for t in list_templates()]


def _low_contrast(window) -> list[tuple[str, str, str, float]]:
    window.grab()
    assert window.text_log.items
    return [(t.text, t.colour, t.background, round(contrast(t.colour, t.background), 2))
            for t in window.text_log.items if contrast(t.colour, t.background) < 7.0]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_text_on_every_slide_contrasts_at_least_7_to_1_with_what_it_sits_on(qtbot, name, theme):
    window = open_presentation(qtbot, name)
    if theme == "dark":
        qtbot.keyClick(window, Qt.Key.Key_T)
    for index in range(len(window.slides)):
        window.go_to(index)
        assert not _low_contrast(window), f"{name} {theme} slide {index}: {_low_contrast(window)[:3]}"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_overlays_contrast_at_least_7_to_1_too(qtbot, theme):
    window = open_presentation(qtbot, "hotel-blueprint")
    if theme == "dark":
        window.toggle_theme()
    window.go_to(3)
    card_id = next(iter(window.slide.cards))
    on_slide = sum(1 for op in window.slide.ops if isinstance(op, TextOp))
    for attr, value in (("voting", True), ("focused_card", card_id),
                        ("spotlight", card_id), ("help_visible", True)):
        setattr(window, attr, value)
        window.grab()
        overlay = window.text_log.items[on_slide:]  # drawn after the slide, over it
        assert overlay
        low = [(t.text, t.colour, t.background) for t in overlay if contrast(t.colour, t.background) < 7.0]
        assert not low, (attr, low[:3])


def test_t_toggles_white_text_on_near_black_and_back(qtbot, presentation):
    presentation.go_to_stage(1)
    light = presentation.grab().toImage()
    assert light.pixelColor(3, 3).name() == "#ffffff"
    qtbot.keyClick(presentation, Qt.Key.Key_T)
    dark = presentation.grab().toImage()
    assert luminance(dark.pixelColor(3, 3).name()) < 0.01  # near-black paper
    title = next(t for t in presentation.text_log.items if t.text.startswith("1. "))
    assert luminance(title.colour) > 0.8  # white-ish text
    qtbot.keyClick(presentation, Qt.Key.Key_T)
    assert presentation.grab().toImage().pixelColor(3, 3).name() == "#ffffff"


def test_the_theme_is_remembered_for_the_session_but_never_saved(qtbot):
    first = open_presentation(qtbot)
    first.toggle_theme()
    second = open_presentation(qtbot, "hotel-blueprint")
    assert second.palette is DARK
    saved = [p for d in (config_dir(), state_dir()) if d.exists() for p in d.rglob("*") if p.is_file()]
    assert not [p for p in saved if b"dark" in p.read_bytes()]
    second.toggle_theme()
    assert open_presentation(qtbot).palette is LIGHT


def test_the_blank_screen_stays_black_on_the_dark_theme(qtbot, presentation):
    presentation.toggle_theme()
    qtbot.keyClick(presentation, Qt.Key.Key_B)
    assert presentation.grab().toImage().pixelColor(960, 540).name() == "#000000"


def _distance(a: str, b: str) -> float:
    return sum((x - y) ** 2 for x, y in zip(rgb(a), rgb(b), strict=True)) ** 0.5


@pytest.mark.parametrize("name", TEMPLATES)
def test_curve_colours_stay_visible_and_distinct_on_dark_with_the_same_marker_shapes(qtbot, name):
    colours = [p.colour for p in new_from_template(name).personas] + ["#000000", "#1a237e", "#0072b2"]
    lifted = [DARK.stroke(c) for c in colours]
    assert all(contrast(c, DARK.paper) >= 3.0 for c in lifted)
    for (a, la), (b, lb) in itertools.combinations(zip(colours, lifted, strict=True), 2):
        if a != b:
            assert _distance(la, lb) > 40, (a, b, la, lb)
    window = open_presentation(qtbot, name)
    window.go_to(1)
    shapes = [(op.shape, op.persona_id) for op in window.slide.ops if isinstance(op, MarkerOp) and op.persona_id]
    window.toggle_theme()
    assert [(op.shape, op.persona_id) for op in window.slide.ops
            if isinstance(op, MarkerOp) and op.persona_id] == shapes
