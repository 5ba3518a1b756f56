"""The overview slide: a long scenario continues on the next overview slide instead of being cut."""

from __future__ import annotations

import pytest

from journeymap.templates import new_from_template
from journeymap.ui.present import PresentationWindow
from journeymap.ui.session import EditSession

ELLIPSIS = "\u2026"


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_a_long_scenario_continues_on_a_second_overview_slide_with_every_word(qtbot, size):
    journey = new_from_template("online-purchase")
    journey.scenario = " ".join(f"word{i}" for i in range(260))
    window = PresentationWindow(EditSession(journey))
    qtbot.addWidget(window)
    window.resize(*size)
    overviews = [i for i, s in enumerate(window.slides) if s.kind == "overview"]
    assert len(overviews) >= 2 and overviews == list(range(len(overviews)))
    words: list[str] = []
    for index in overviews:
        window.go_to(index)
        window.grab()
        items = window.text_log.items
        assert min(t.pixel_size for t in items) >= size[1] / 40
        assert all(t.bottom <= size[1] + 0.5 and t.right <= size[0] + 0.5 for t in items)
        words += [w for t in items for w in t.text.split() if w.startswith("word")]
        assert not any(t.text.endswith(ELLIPSIS) and "word" in t.text for t in items)
    assert words == [f"word{i}" for i in range(260)]  # all of it, in order, once
    window.go_to(1)
    window.grab()
    assert window.text_log.items[0].text == "Overview (continued)"
    personas = {p.name for p in journey.personas}
    shown = {t.text for i in overviews for t in (window.go_to(i), window.grab(), window.text_log.items)[2]}
    assert personas <= shown


def test_a_short_scenario_keeps_a_single_overview_slide(qtbot, presentation):
    assert sum(1 for s in presentation.slides if s.kind == "overview") == 1
