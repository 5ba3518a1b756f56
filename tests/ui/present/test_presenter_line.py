"""The presenter view's heading says where the room is in one clear line."""

from __future__ import annotations

from journeymap.ui.present.presenter import PresenterView


def test_the_now_line_names_the_stage_part_and_slide_once(qtbot, presentation):
    view = PresenterView(presentation)
    qtbot.addWidget(view)
    presentation.presenter = view
    view.resize(1280, 800)
    slides = presentation.slides
    index = next(i for i, s in enumerate(slides) if s.kind == "stage" and s.pages > 1)
    presentation.go_to(index)
    view.grab()
    now, nxt = view.labels
    stage = slides[index]
    assert now == f"Now: {stage.title}, part 1 of {stage.pages} \u00b7 slide {index + 1} of {len(slides)}"
    assert "  " not in now and now.count(" of ") == 2
    assert nxt == f"Next: {stage.title}, part 2 of {stage.pages}"
    presentation.go_to(0)
    view.grab()
    assert view.labels[0] == f"Now: Overview \u00b7 slide 1 of {len(slides)}"
    view.close()


def test_a_german_presenter_reads_teil_1_von_2_not_part_1_of_2(qtbot, presentation):
    from journeymap.i18n import set_ui_language

    slides = presentation.slides
    index = next(i for i, s in enumerate(slides) if s.kind == "stage" and s.pages > 1)
    set_ui_language("de")  # the test set-up speaks English again afterwards
    try:
        assert slides[index].label == f"{slides[index].title}, Teil 1 von {slides[index].pages}"
    finally:
        set_ui_language("en")
