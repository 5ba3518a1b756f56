"""How a map goes on one poster sheet: orientation, bands and scale, chosen for the largest print. No Qt.

Three ways to fit (``--fit``):

- ``bands`` (the default): the sheet keeps its size; the map is wrapped into as
  many bands as print it largest, in the orientation that prints it largest
  (unless one is asked for).
- ``page``: the map in one piece, as large as the sheet allows.
- ``width``: the map in one piece across the sheet's width; the page is as long
  as the map then needs (a banner from a roll printer), at most the 200 inches
  a PDF page can measure.

Scale is what matters to the reader: it is the size of every word on paper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ..model import JourneyMap
from ..paper import MAX_SIDE, page_size
from .band_sizes import BandSizes, card_texts, estimate_bands, sizes_at
from .bands import BandedLayout, Column, layout_bands, map_columns
from .options import LayoutOptions

FITS = ("bands", "page", "width")
#: the card widths a banded poster may reflow its cards to (the canvas's 150 pt first): wider cards wrap
#: into fewer lines and make the rows shorter, so the map's shape can come close to the sheet's
CARD_WIDTHS = (150.0,)
MIN_CARD_WIDTH = 110.0  # narrower, a card holds too few words a line to read well
MARGIN = 28.0  # on an A4 sheet; larger sheets get proportionally more (see :func:`sheet_margin`)


def sheet_margin(page: tuple[float, float]) -> float:
    """The white border of a poster sheet: 28 pt on A4 and A3, growing with the sheet beyond."""
    return MARGIN * max(1.0, min(page) / 595 * 0.6)


@dataclass(frozen=True)
class PosterFit:
    """The chosen poster: the map's bands, the page, and where and how large the map sits on it."""

    banded: BandedLayout
    page: tuple[float, float]
    landscape: bool
    scale: float
    margin: float
    fit: str

    @property
    def origin(self) -> tuple[float, float]:
        """The PDF point (x, y-top) of the map's top-left corner: centred across, from the top margin."""
        avail_w = self.page[0] - 2 * self.margin
        return self.margin + (avail_w - self.banded.width * self.scale) / 2, self.page[1] - self.margin

    @property
    def coverage(self) -> float:
        """The share of the sheet the map draws on (its bands without their layout margins)."""
        return self.banded.content_area() * self.scale ** 2 / (self.page[0] * self.page[1])


def _scale(width: float, height: float, page: tuple[float, float], margin: float) -> float:
    return min((page[0] - 2 * margin) / width, (page[1] - 2 * margin) / height)


def choose_poster(journey: JourneyMap, size_name: str, landscape: bool | None = None, fit: str = "bands",
                  options: LayoutOptions | None = None) -> PosterFit:
    """The poster of ``journey`` on the sheet ``size_name`` that prints it largest.

    ``landscape`` None tries both orientations (landscape wins a tie).
    """
    if fit not in FITS:
        raise ValueError(f"unknown fit {fit!r} (choose from {', '.join(FITS)})")
    opts = replace(options or LayoutOptions(), margin=0.0)  # the sheet has its own margin
    turns = [True, False] if landscape is None else [landscape]
    pages = [(turn, page_size(size_name, turn)) for turn in turns]
    columns = map_columns(journey)
    if fit == "width":
        return _fit_width(journey, pages, opts)
    if fit == "page" or len(columns) < 2:
        return _placed(journey, pages, opts, 1, fit)
    return _choose_bands(journey, pages, opts, columns)


def _placed(journey: JourneyMap, pages: list[tuple[bool, tuple[float, float]]], opts: LayoutOptions,
            count: int, fit: str) -> PosterFit:
    """The map laid out for real in ``count`` bands, in whichever of ``pages`` prints it larger."""
    banded = layout_bands(journey, count, opts)
    best: PosterFit | None = None
    for turn, page in pages:
        margin = sheet_margin(page)
        scale = _scale(banded.width, banded.height, page, margin)
        if best is None or scale > best.scale * (1 + 1e-9):
            best = PosterFit(banded, page, turn, scale, margin, fit)
    assert best is not None
    return best


def _choose_bands(journey: JourneyMap, pages: list[tuple[bool, tuple[float, float]]], opts: LayoutOptions,
                  columns: list[Column]) -> PosterFit:
    """The band count, card width and orientation that print the map largest, measured (not laid out).

    For each card width of :data:`CARD_WIDTHS`, band counts are tried from
    one up while more bands could still print larger: each band added makes
    the map narrower and taller, so once the sheet's height limits the scale
    below the best found, no more can help. Then, where the sheet's height is
    what limits the scale, the cards widen into the spare width, or narrow into the spare height where its width does.
    Only the arrangement chosen is laid out.
    """
    best: tuple[float, float, int, bool] | None = None  # scale, card width, bands, landscape
    texts = card_texts(journey, opts, columns)
    measured: dict[float, BandSizes] = {}  # by card width: the balancing of each band count asks for many alike

    def sizes_for(card_width: float) -> BandSizes:
        if card_width not in measured:
            measured[card_width] = sizes_at(journey, opts, card_width, columns, texts)
        return measured[card_width]

    for width in CARD_WIDTHS:
        sizes = sizes_for(width)
        for count in range(1, len(columns) + 1):
            w, h = estimate_bands(sizes, columns, count)
            tallest_possible = 0.0
            for turn, page in pages:
                margin = sheet_margin(page)
                scale = _scale(w, h, page, margin)
                tallest_possible = max(tallest_possible, (page[1] - 2 * margin) / h)
                if best is None or scale > best[0] * (1 + 1e-9):
                    best = (scale, width, count, turn)
            if best is not None and tallest_possible < best[0]:
                break  # taller still can only print smaller
    assert best is not None
    _scale_found, width, count, turn = best
    page = dict(pages)[turn]
    # a band more or fewer may print larger once the cards are balanced to the sheet
    balanced = [_balance(columns, n, page, width, sizes_for) + (n,)
                for n in (count - 1, count, count + 1) if 1 <= n <= len(columns)]
    _scale_found, width, count = max(balanced)
    return _placed(journey, [(turn, page)], replace(opts, card_width=width), count, "bands")


def _balance(columns: list[Column], count: int, page: tuple[float, float], width: float,
             sizes_for: Callable[[float], BandSizes], tries: int = 5) -> tuple[float, float]:
    """The scale and card width (from :data:`MIN_CARD_WIDTH` to twice ``width``) that fill the sheet both ways.

    Wider cards make the map wider and (wrapping into fewer lines) no taller;
    so where the sheet's height limits the scale the cards widen into the
    spare width, and where its width does they narrow into the spare height,
    until the two limits meet: there the scale is largest.
    """
    margin = sheet_margin(page)
    aw, ah = page[0] - 2 * margin, page[1] - 2 * margin

    def limits(card_width: float) -> tuple[float, float]:
        w, h = estimate_bands(sizes_for(card_width), columns, count)
        return aw / w, ah / h

    lo, hi = MIN_CARD_WIDTH, width * 2
    by_width, by_height = limits(width)
    if by_width > by_height:
        lo = width  # the height limits: widen
    else:
        hi = width  # the width limits: narrow
    best = (min(by_width, by_height), width)
    for _ in range(tries):
        mid = (lo + hi) / 2
        by_width, by_height = limits(mid)
        best = max(best, (min(by_width, by_height), mid))
        if by_width > by_height:
            lo = mid
        else:
            hi = mid
    return best  # (the estimated scale, the card width)


def _fit_width(journey: JourneyMap, pages: list[tuple[bool, tuple[float, float]]],
               opts: LayoutOptions) -> PosterFit:
    """One band across the sheet's width; the page as long as the map (a roll printer's banner)."""
    banded = layout_bands(journey, 1, opts)
    best: PosterFit | None = None
    for turn, page in pages:
        margin = sheet_margin(page)
        scale = (page[0] - 2 * margin) / banded.width
        length = banded.height * scale + 2 * margin
        if length > MAX_SIDE:  # longer than a PDF page may be: as long as it may be
            scale = (MAX_SIDE - 2 * margin) / banded.height
            length = MAX_SIDE
        fitted = PosterFit(banded, (page[0], length), turn, scale, margin, "width")
        if best is None or fitted.scale > best.scale + 1e-9:
            best = fitted
    assert best is not None
    return best
