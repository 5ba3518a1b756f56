"""The workshop deck: one slide per stage, the same at every 16:9 size, the workshop view saved in the map."""

from __future__ import annotations

import colorsys

import pytest
from PySide6.QtCore import QPointF, Qt

from journeymap.commands.workshop import SetWorkshopView
from journeymap.io import dump_map, parse_map
from journeymap.model import LaneKind
from journeymap.model.workshop import CardText, WorkshopLane, workshop_lanes
from journeymap.templates import list_templates
from journeymap.ui.present.curves import journey_curves
from journeymap.ui.present.deck import build_deck
from journeymap.ui.present.ops import BoxOp, MarkerOp, TextOp
from journeymap.ui.present.palette import DARK, rgb

from .conftest import drawn_texts, open_presentation

TEMPLATES = [t.name for t in list_templates()]


def _stage_cards(journey, stage) -> int:
    steps = {step.id for step in stage.steps}
    return sum(1 for lane, _ in workshop_lanes(journey) if lane.kind != LaneKind.EMOTION
               for card in lane.cards if card.step in steps)


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_needs_at_most_1_3_slides_a_stage_and_no_slide_holds_only_a_few_cards(qtbot, name):
    window = open_presentation(qtbot, name)
    journey = window.session.journey
    stage_slides = [s for s in window.slides if s.kind == "stage"]
    assert len(stage_slides) / len(journey.stages) <= 1.3
    for stage in journey.stages:
        mine = [s for s in stage_slides if s.stage_id == stage.id]
        assert len(mine) <= 2, stage.name
        if len(mine) > 1:
            assert all(len(s.cards) >= min(4, _stage_cards(journey, stage)) for s in mine), stage.name


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_deck_is_the_same_at_every_16_9_resolution(name):
    from journeymap.templates import new_from_template

    journey = new_from_template(name)
    decks = [build_deck(journey, w, h) for w, h in ((1280, 720), (1920, 1080), (2560, 1440), (3840, 2160))]
    shapes = [[(s.key, tuple(s.cards), tuple(op.text for op in s.ops if isinstance(op, TextOp))) for s in d]
              for d in decks]
    assert all(shape == shapes[0] for shape in shapes[1:])


def test_a_4k_screen_shows_the_1080p_deck_scaled_so_type_stays_a_fortieth_of_the_height(qtbot):
    window = open_presentation(qtbot)
    window.resize(3840, 2160)
    window.go_to_stage(3)
    window.grab()
    assert min(t.pixel_size for t in window.text_log.items) >= 2160 / 40
    card_id, rect = next(iter(window.slide.cards.items()))
    x, y = rect.center
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPointF(x * 2, y * 2).toPoint())
    assert window.spotlight == card_id  # clicks land on the scaled card


def test_a_condensed_card_shows_in_full_in_the_spotlight(qtbot, presentation):
    journey = presentation.session.journey
    presentation.go_to_stage(3)
    texts = drawn_texts(presentation)
    cut = next(t for t in texts if t.endswith("\u2026"))
    card = next(c for lane in journey.lanes for c in lane.cards if c.text.startswith(cut[:-1].rstrip()))
    x, y = presentation.slide.cards[card.id].center
    qtbot.mouseClick(presentation, Qt.MouseButton.LeftButton, pos=QPointF(x, y).toPoint())
    shown = " ".join(drawn_texts(presentation))
    assert all(word in shown for word in card.text.split())


def _view(journey, kinds: dict[LaneKind, CardText]) -> list[WorkshopLane]:
    return [WorkshopLane(lane=lane.id, cards=kinds[lane.kind]) for lane in journey.lanes if lane.kind in kinds]


def test_the_workshop_view_picks_the_lanes_and_is_one_undo_step_saved_in_the_file(qtbot, presentation):
    session = presentation.session
    journey = session.journey
    before = journey.model_dump()
    view = _view(journey, {LaneKind.THOUGHTS: CardText.FULL, LaneKind.EMOTION: CardText.FIT})
    session.push(SetWorkshopView(session.document, view))
    assert session.undo_stack.count() == 1
    thoughts = next(lane for lane in journey.lanes if lane.kind is LaneKind.THOUGHTS)
    shown = {cid for s in presentation.slides for cid in s.cards if s.kind == "stage"}
    assert shown == {card.id for card in thoughts.cards}
    assert parse_map(dump_map(journey)).workshop.lanes == view
    session.undo_stack.undo()
    assert journey.model_dump() == before
    session.undo_stack.redo()
    assert journey.workshop.lanes == view


def test_a_first_line_lane_prints_one_line_a_card_and_a_full_lane_never_cuts(qtbot, presentation):
    session = presentation.session
    journey = session.journey
    session.push(SetWorkshopView(session.document, _view(journey, {
        LaneKind.THOUGHTS: CardText.FIRST_LINE, LaneKind.EVIDENCE: CardText.FULL})))
    lanes = {lane.kind: lane for lane in journey.lanes}
    for slide in (s for s in presentation.slides if s.kind == "stage"):
        for card_id, rect in slide.cards.items():
            lines = [op for op in slide.ops if isinstance(op, TextOp) and rect.contains(op.x + 1, op.y - 1)
                     and op.size >= 27 and op.face == "regular"]
            card = next(c for lane in journey.lanes for c in lane.cards if c.id == card_id)
            if card in lanes[LaneKind.THOUGHTS].cards:
                assert len([op for op in lines if op.y - rect.y < 60]) == 1
            else:
                assert not any(op.text.endswith("\u2026") for op in lines), card.text


def test_the_dark_theme_keeps_each_lanes_hue(qtbot):
    window = open_presentation(qtbot)
    window.toggle_theme()
    window.go_to_stage(3)
    journey = window.session.journey
    lane_of = {c.id: lane.kind for lane in journey.lanes for c in lane.cards}
    fills: dict[LaneKind, set[str]] = {}
    for card_id, rect in window.slide.cards.items():
        box = next(op for op in window.slide.ops if isinstance(op, BoxOp) and op.rect == rect)
        fills.setdefault(lane_of[card_id], set()).add(DARK.fill(box.fill))
    hues = {}
    for kind, colours in fills.items():
        (colour,) = colours
        h, lightness, s = colorsys.rgb_to_hls(*(v / 255 for v in rgb(colour)))
        assert s >= 0.4 and lightness < 0.35, (kind, colour)  # a dark tint of its own hue, not grey
        hues[kind] = h
    assert hues[LaneKind.ACTIONS] != pytest.approx(hues[LaneKind.PAIN_POINTS], abs=0.08)
    assert hues[LaneKind.TOUCHPOINTS] != pytest.approx(hues[LaneKind.PAIN_POINTS], abs=0.08)


def test_the_journey_slide_shows_every_stage_every_scored_step_and_the_moments_of_truth(qtbot, presentation):
    journey = presentation.session.journey
    presentation.go_to(1)
    slide = presentation.slide
    assert slide.kind == "journey"
    texts = drawn_texts(presentation)
    assert all(any(stage.name in t for t in texts) for stage in journey.stages)
    scored = sum(1 for step in journey.steps() for sc in step.scores for v in (sc.value, sc.target) if v is not None)
    legend = len(journey_curves(journey))  # one marker in the legend per curve
    assert sum(1 for op in slide.ops if isinstance(op, MarkerOp) and op.persona_id) == scored + legend
    moments = [step.name for step in journey.steps() if step.moment_of_truth]
    assert moments and all(any(m in t for t in texts) for m in moments)
    labels = [t for t in presentation.text_log.items if t.text in
              {sc.label for step in journey.steps() for sc in step.scores if sc.label}]
    assert len(labels) >= len(journey.stages)
    for i, a in enumerate(labels):  # every label whole, none over another
        for b in labels[i + 1:]:
            assert a.right <= b.left or b.right <= a.left or a.bottom <= b.top or b.bottom <= a.top, (a.text, b.text)


def test_results_rank_every_voted_card_grouped_by_lane_touchpoints_too(qtbot, presentation):
    journey = presentation.session.journey
    touchpoint = next(lane for lane in journey.lanes if lane.kind is LaneKind.TOUCHPOINTS).cards[0]
    presentation.go_to_stage(1)
    presentation.vote(touchpoint.id, +1)
    results = [s for s in presentation.slides if s.kind == "results"]
    assert any(touchpoint.id in s.cards for s in results)
    voted = {c.id for lane in journey.lanes for c in lane.cards if c.votes}
    assert {cid for s in results for cid in s.cards} == voted
    qtbot.keyClick(presentation, Qt.Key.Key_End)
    texts = drawn_texts(presentation)
    assert "Touchpoints" in texts and texts.index("Touchpoints") < texts.index("Pain points")


def test_w_opens_the_workshop_view_and_ok_changes_the_deck_in_one_undo_step(qtbot, presentation):
    from PySide6.QtWidgets import QDialogButtonBox

    session = presentation.session
    journey = session.journey
    qtbot.keyClick(presentation, Qt.Key.Key_W)
    dialog = presentation.workshop_dialog
    assert dialog.isVisible()
    rows = {lane_id: (shown, how) for lane_id, shown, how in dialog.rows}
    thoughts = next(lane for lane in journey.lanes if lane.kind is LaneKind.THOUGHTS)
    actions = next(lane for lane in journey.lanes if lane.kind is LaneKind.ACTIONS)
    assert not rows[thoughts.id][0].isChecked() and rows[actions.id][0].isChecked()
    qtbot.mouseClick(rows[thoughts.id][0], Qt.MouseButton.LeftButton)
    rows[thoughts.id][1].setCurrentIndex(rows[thoughts.id][1].findData(CardText.FIRST_LINE.value))
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 1
    assert WorkshopLane(lane=thoughts.id, cards=CardText.FIRST_LINE) in journey.workshop.lanes
    shown = {cid for s in presentation.slides for cid in s.cards}
    assert {c.id for c in thoughts.cards} <= shown


def test_the_default_view_button_goes_back_to_following_the_default(qtbot, presentation):
    from journeymap.ui.present.workshop_dialog import WorkshopViewDialog

    session = presentation.session
    session.push(SetWorkshopView(session.document, _view(session.journey, {LaneKind.THOUGHTS: CardText.FULL})))
    dialog = WorkshopViewDialog(session)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.default_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert session.journey.workshop.lanes is None and session.undo_stack.count() == 2


def test_a_revealed_round_of_many_cards_plans_the_deck_once(qtbot, presentation, monkeypatch):
    from journeymap.commands.workshop import ApplyVoteRound
    from journeymap.model import new_id, now
    from journeymap.model.workshop import VoteCount, VoteRound
    from journeymap.ui.present import window as window_module

    presentation.go_to_stage(2)
    calls = []
    real = window_module.build_deck
    monkeypatch.setattr(window_module, "build_deck", lambda *a: calls.append(1) or real(*a))
    cards = [c.id for lane in presentation.session.journey.lanes for c in lane.cards][:30]
    record = VoteRound(id=new_id(), held=now(), dots=5, counts=[VoteCount(card=c, votes=1) for c in cards])
    presentation.session.push(ApplyVoteRound(presentation.session.document, record))
    presentation.grab()
    assert len(calls) == 1
    assert presentation.slide.stage_number == 2


def test_view_workshop_view_in_the_editor_opens_the_dialog_on_that_windows_map(qtbot, editor):
    from journeymap.templates import new_from_template
    from journeymap.ui.present.workshop_dialog import WorkshopViewDialog

    window = editor.new_window(new_from_template("online-purchase"))
    qtbot.waitExposed(window)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    action = next(a for a in view_menu.actions() if a.text().replace("&", "").startswith("Workshop View"))
    action.trigger()
    dialog = next(d for d in window.findChildren(WorkshopViewDialog))
    qtbot.waitUntil(dialog.isVisible)
    shown = {lane_id for lane_id, _shown, _how in dialog.rows}
    assert shown == {lane.id for lane in window.session.journey.lanes}
    dialog.reject()
