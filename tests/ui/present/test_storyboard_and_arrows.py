"""The room sees the storyboard's pictures and the blueprint's arrows, at projector sizes."""

from __future__ import annotations

from PySide6.QtGui import QImage

from journeymap.model import LaneKind
from journeymap.model.workshop import WorkshopLane, workshop_lanes
from journeymap.ui.present import PresentationWindow
from journeymap.ui.present.ops import ArrowOp, PictureOp
from journeymap.ui.session import EditSession
from tests.layout.test_arrows_spans_pictures import crossings
from tests.rich_map import rich_map

from .conftest import HEIGHT, WIDTH

MIN_PX = HEIGHT / 40


def open_rich(qtbot, lanes: tuple[str, ...] | None = None) -> PresentationWindow:
    journey = rich_map()
    if lanes is not None:
        journey.workshop.lanes = [WorkshopLane(lane=lane.id) for lane in journey.lanes if lane.kind.value in lanes]
    window = PresentationWindow(EditSession(journey))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    return window


def test_a_storyboard_is_in_the_default_workshop_view_and_its_frames_fill_their_cards(qtbot):
    window = open_rich(qtbot)
    journey = window.session.journey
    assert any(lane.kind == LaneKind.IMAGES for lane, _how in workshop_lanes(journey))
    pictures = [(slide, op) for slide in window.slides if slide.kind == "stage" for op in slide.ops
                if isinstance(op, PictureOp)]
    frames = [card for lane in journey.lanes if lane.kind == LaneKind.IMAGES for card in lane.cards]
    assert {op.picture.alt for _slide, op in pictures} >= {card.picture.alt for card in frames}
    for slide, op in pictures:
        card = next(c for lane in journey.lanes for c in lane.cards if c.picture is op.picture)
        assert slide.cards[card.id].contains_rect(op.rect)
        assert abs(op.rect.w / op.rect.h - card.picture.width / card.picture.height) < 0.01


def test_the_picture_is_painted_on_the_projected_slide(qtbot):
    window = open_rich(qtbot)
    index = next(k for k, s in enumerate(window.slides) if any(isinstance(op, PictureOp) for op in s.ops))
    window.go_to(index)
    op = next(op for op in window.slide.ops if isinstance(op, PictureOp))
    image: QImage = window.grab().toImage()
    scale = image.width() / WIDTH
    colour = image.pixelColor(round((op.rect.x + op.rect.w * 0.35) * scale), round((op.rect.y + op.rect.h * 0.5) * scale))
    assert colour.red() > 120 and colour.green() < 100, "the sketch's red-brick building is on the screen"


def test_a_blueprint_slide_draws_the_arrows_between_its_cards_round_every_card_with_readable_labels(qtbot):
    window = open_rich(qtbot, ("actions", "frontstage", "backstage", "support_processes"))
    journey = window.session.journey
    drawn = 0
    for index, slide in enumerate(window.slides):
        arrows = [op for op in slide.ops if isinstance(op, ArrowOp)]
        on_slide = [a for a in journey.arrows if a.source in slide.cards and a.target in slide.cards]
        assert len(arrows) == len(on_slide)
        for op in arrows:
            route = type("Route", (), {"segments": lambda self, p=op.points: list(zip(p, p[1:], strict=False))})()
            assert crossings(route, slide.cards) == []  # type: ignore[arg-type]
        drawn += len(arrows)
        if any(a.label for a in on_slide):
            window.go_to(index)
            window.grab()
            labels = [t for t in window.text_log.items if t.text in {a.label for a in on_slide}]
            assert labels and min(t.pixel_size for t in labels) >= MIN_PX
    assert drawn >= 8


def test_the_spotlight_shows_a_storyboard_frame_large_with_its_alt_text(qtbot):
    window = open_rich(qtbot)
    index = next(k for k, s in enumerate(window.slides) if any(isinstance(op, PictureOp) for op in s.ops))
    window.go_to(index)
    card_id = next(c for c in window.slide.cards if window.session.document.card(c).picture is not None)
    window.spotlight = card_id
    window.grab()
    texts = [t.text for t in window.text_log.items]
    assert any(t.startswith("Picture: ") for t in texts)
