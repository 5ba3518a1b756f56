"""The cards of a layout, row by row, where a row that moved as a whole makes its boxes only when asked.

Hiding a lane moves every row below it by the same distance. Making a new box
for each of their thousand cards would cost more than the edit may take, and the
canvas does not need them: it moves its items. So a moved row keeps the boxes it
had and its shift, and a box is made (once) when someone reads it: the PDF, a
drag, a test. Read in any way, :class:`RowCards` is the mapping ``card id -> CardBox``
a fresh layout makes, in the same order.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .boxes import CardBox, PictureBox, TextBlock
from .geometry import Rect


class Row:
    """One lane's card boxes as once laid out, and how far down the row has moved since."""

    __slots__ = ("boxes", "dy", "made")

    def __init__(self, boxes: Mapping[str, CardBox], dy: float = 0.0) -> None:
        self.boxes = boxes
        self.dy = dy
        self.made: dict[str, CardBox] = {}

    def box(self, card_id: str) -> CardBox:
        if not self.dy:
            return self.boxes[card_id]
        done = self.made.get(card_id)
        if done is None:
            done = self.made[card_id] = shifted(self.boxes[card_id], self.dy)
        return done


class RowCards(Mapping[str, CardBox]):
    """Every shown card's box, lane by lane in display order.

    ``parent`` is the card mapping this one was made from (the previous layout's),
    and ``parent_rows`` that mapping's rows: a row here that holds the very same
    ``boxes`` as a parent row differs from it only by the shift, which is what
    lets the canvas move items instead of comparing boxes.
    """

    def __init__(self, rows: dict[str, Row], parent: Mapping[str, CardBox] | None = None,
                 parent_rows: dict[str, Row] | None = None) -> None:
        self.rows = rows
        self.parent = parent
        self.parent_rows = parent_rows or {}
        self._lane_of: dict[str, str] | None = None

    @property
    def lane_of(self) -> dict[str, str]:
        if self._lane_of is None:
            self._lane_of = {card_id: lane_id for lane_id, row in self.rows.items() for card_id in row.boxes}
        return self._lane_of

    def __getitem__(self, card_id: str) -> CardBox:
        return self.rows[self.lane_of[card_id]].box(card_id)

    def __contains__(self, card_id: object) -> bool:
        return card_id in self.lane_of

    def __iter__(self) -> Iterator[str]:
        for row in self.rows.values():
            yield from row.boxes

    def __len__(self) -> int:
        return len(self.lane_of)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return len(self) == len(other) and all(other.get(k) == v for k, v in self.items())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RowCards({len(self)} cards in {len(self.rows)} rows)"


def rows_of(cards: Mapping[str, CardBox]) -> dict[str, Row]:
    """The rows of a card mapping (a plain one from a full layout is split by lane, unshifted)."""
    if isinstance(cards, RowCards):
        return cards.rows
    by_lane: dict[str, dict[str, CardBox]] = {}
    for card_id, box in cards.items():
        by_lane.setdefault(box.lane_id, {})[card_id] = box
    return {lane_id: Row(boxes) for lane_id, boxes in by_lane.items()}


def shifted(box: CardBox, dy: float) -> CardBox:
    """``box`` moved down by ``dy``: the same box a layout with its row ``dy`` lower makes."""
    r = box.rect
    picture = box.picture
    if picture is not None:
        p = picture.rect
        picture = PictureBox(Rect(p.x, p.y + dy, p.w, p.h), picture.media_type, picture.data, picture.alt,
                             picture.thumbnail)
    return CardBox(box.card_id, box.lane_id, box.step_id, Rect(r.x, r.y + dy, r.w, r.h), _shifted_text(box.text, dy),
                   tuple(_shifted_text(b, dy) for b in box.badges), box.fill, box.border, box.proposed, box.status,
                   box.votes, box.channel, box.owner, box.index, box.border_colour,
                   None if box.more is None else box.more.moved(dy=dy),
                   None if box.channel_mark is None else box.channel_mark.moved(dy=dy), box.columns, picture)


def _shifted_text(block: TextBlock, dy: float) -> TextBlock:
    r = block.rect
    return TextBlock(Rect(r.x, r.y + dy, r.w, r.h), block.lines, block.font, block.size, block.leading, block.bold,
                     block.italic, block.align, block.colour, block.direction)
