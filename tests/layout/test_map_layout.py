"""The map's geometry: cells fit their cards, nothing overlaps, hidden lanes stay out."""

from itertools import combinations

from journeymap.layout import LayoutOptions, layout_map, text_width
from journeymap.model import Card, LaneKind

from .maps import sample_map


def test_every_card_sits_inside_its_cell():
    layout = layout_map(sample_map())
    assert layout.cards
    for card in layout.cards.values():
        cell = layout.cells[(card.lane_id, card.step_id)]
        assert cell.contains_rect(card.rect), card.text.lines


def test_no_card_overlaps_another():
    layout = layout_map(sample_map())
    for a, b in combinations(layout.cards.values(), 2):
        assert not a.rect.intersects(b.rect), (a.text.lines, b.text.lines)


def test_card_text_and_badges_fit_inside_the_card():
    layout = layout_map(sample_map())
    for card in layout.cards.values():
        for block in (card.text, *card.badges):
            assert card.rect.contains_rect(block.rect)
            for line in block.lines:
                assert text_width(line, block.font, block.size) <= block.rect.w


def test_card_text_keeps_every_word():
    journey = sample_map()
    layout = layout_map(journey)
    for lane in journey.lanes:
        if lane.hidden:
            continue
        for card in lane.cards:
            assert " ".join(layout.cards[card.id].text.lines).split() == card.text.split()


def test_touchpoint_cards_show_channel_and_owner_and_votes():
    layout = layout_map(sample_map())
    badges = {line for c in layout.cards.values() for b in c.badges for line in b.lines}
    assert "Website \u00b7 E-commerce" in badges
    assert "3 votes" in badges


def test_assumed_cards_are_dashed_and_proposed_cards_are_marked():
    journey = sample_map()
    layout = layout_map(journey)
    by_text = {" ".join(c.text.lines): c for c in layout.cards.values()}
    assert by_text["Is noise cancelling worth the extra 80 euros?"].border == "dashed"
    assert by_text["Guest checkout"].proposed
    assert by_text["Payment page"].border == "solid" and not by_text["Payment page"].proposed


def test_a_row_grows_when_a_card_gets_more_text():
    journey = sample_map()
    lane = next(lane for lane in journey.lanes if lane.kind == LaneKind.THOUGHTS)
    before = layout_map(journey).lanes[lane.id].rect.h
    step = journey.stages[0].steps[0]
    lane.cards.append(Card(step=step.id, text="word " * 120))
    after = layout_map(journey)
    assert after.lanes[lane.id].rect.h > before + 50
    for card in after.cards.values():
        assert after.cells[(card.lane_id, card.step_id)].contains_rect(card.rect)


def test_lanes_stack_without_gaps_or_overlaps_in_document_order():
    journey = sample_map()
    layout = layout_map(journey)
    rows = list(layout.lanes.values())
    assert [r.lane_id for r in rows] == [lane.id for lane in journey.lanes if not lane.hidden]
    for upper, lower in zip(rows, rows[1:], strict=False):
        assert abs(upper.rect.bottom - lower.rect.y) < 1e-6


def test_hidden_lanes_are_left_out_unless_asked_for():
    journey = sample_map()
    hidden = next(lane for lane in journey.lanes if lane.hidden)
    assert hidden.id not in layout_map(journey).lanes
    assert hidden.cards[0].id not in layout_map(journey).cards
    shown = layout_map(journey, LayoutOptions(show_hidden_lanes=True))
    assert shown.lanes[hidden.id].hidden
    assert hidden.cards[0].id in shown.cards


def test_steps_are_columns_under_their_stage_band():
    journey = sample_map()
    layout = layout_map(journey)
    for stage in journey.stages:
        band = layout.stages[stage.id].rect
        for step in stage.steps:
            column = layout.steps[step.id].column
            assert band.x - 1e-6 <= column.x and column.right <= band.right + 1e-6
            assert column.y >= band.bottom - 1e-6
    xs = [layout.steps[s.id].column.x for s in journey.steps()]
    assert xs == sorted(xs)


def test_the_map_is_big_enough_for_everything():
    layout = layout_map(sample_map())
    for box in [*layout.cards.values(), *layout.lanes.values(), *layout.stages.values()]:
        assert box.rect.right <= layout.width and box.rect.bottom <= layout.height


def test_moment_of_truth_and_metrics_appear_on_the_step_header():
    journey = sample_map()
    checkout = journey.stages[2].steps[0]
    box = layout_map(journey).steps[checkout.id]
    assert box.moment_of_truth and box.moment_mark is not None
    texts = [line for b in box.metrics for line in b.lines]
    assert "Moment of truth" in texts
    assert "NPS +32 \u00b7 n=120" in texts and "CSAT 78% \u00b7 n=40" in texts and "CES 2.5 \u00b7 n=12" in texts
    for b in box.metrics:
        assert box.rect.contains_rect(b.rect)


def test_blueprint_lines_lie_between_the_lanes_they_separate():
    journey = sample_map()
    layout = layout_map(journey)
    by_kind = {lane.kind: layout.lanes[lane.id] for lane in journey.lanes if not lane.hidden}
    lines = {line.label: line.y for line in layout.blueprint_lines}
    assert lines["Line of visibility"] == by_kind[LaneKind.BACKSTAGE].rect.y
    assert lines["Line of internal interaction"] == by_kind[LaneKind.SUPPORT_PROCESSES].rect.y
    assert lines["Line of interaction"] == by_kind[LaneKind.FRONTSTAGE].rect.y


def test_cell_at_finds_the_cell_under_a_point():
    journey = sample_map()
    layout = layout_map(journey)
    card = next(iter(layout.cards.values()))
    x, y = card.rect.center
    assert layout.cell_at(x, y) == (card.lane_id, card.step_id)
    assert layout.card_at(x, y) == card.card_id
    assert layout.cell_at(-5, -5) is None


def test_an_empty_map_lays_out():
    from journeymap.model import JourneyMap

    layout = layout_map(JourneyMap())
    assert layout.width > 0 and layout.height > 0 and not layout.cards and layout.emotion is None
