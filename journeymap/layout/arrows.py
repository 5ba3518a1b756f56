"""Arrows between cards, routed orthogonally through the map's gutters, never across a card's face.

The grid leaves free lanes of its own: every card sits ``cell_padding`` inside
its cell, so the line between two columns (a vertical gutter) and a band just
inside the top of each lane row (a horizontal channel) hold no card. A card
spanning several columns closes the gutters it covers, over its own height.
An arrow leaves its source card from the left or right side, runs along
gutters and channels, and enters its target from a side; the shortest such
route with the fewest bends wins (Dijkstra over a graph of a few dozen nodes).
Arrows that share a card's side fan out along it; a label sits where the
route crosses a lane boundary (a band without cards), else on its longest run.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import count

from .boxes import CardBox, LaneBox, TextBlock
from .fonts import REGULAR
from .geometry import Rect
from .options import LayoutOptions
from .style import STYLE
from .text import text_width

Point = tuple[float, float]
BEND = 20.0  # a bend costs as much as this many points of length


@dataclass(frozen=True, slots=True)
class ArrowSpec:
    """What the model says about one arrow, as the layout needs it."""

    arrow_id: str
    source: str
    target: str
    label: str
    dashed: bool


@dataclass(frozen=True, slots=True)
class ArrowRoute:
    """An arrow as drawn: a polyline from the source card's edge to the target card's edge (the head)."""

    arrow_id: str
    source: str
    target: str
    points: tuple[Point, ...]
    dashed: bool
    label: TextBlock | None = None

    @property
    def bounds(self) -> Rect:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        r = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        if self.label is not None:
            lr = self.label.rect
            x0, y0 = min(r.x, lr.x), min(r.y, lr.y)
            r = Rect(x0, y0, max(r.right, lr.right) - x0, max(r.bottom, lr.bottom) - y0)
        return r

    def segments(self) -> list[tuple[Point, Point]]:
        return list(zip(self.points, self.points[1:], strict=False))


class _Grid:
    """The vertical tracks an arrow may run along, and the channels it may cross columns by.

    The tracks, left to right, are every column's edges (gutters: closed only
    where a card spanning columns covers them) and every column's middle (closed
    wherever a card stands; it carries the straight arrow from a card down to the
    card below it when nothing is between). Columns may have widths of their own.
    Channels are the card-free bands just inside the top of each lane row.
    """

    def __init__(self, cards: Mapping[str, CardBox], lanes: Mapping[str, LaneBox],
                 columns: list[tuple[float, float]], opts: LayoutOptions) -> None:
        self.cards = cards
        self.pad = opts.cell_padding
        edges = {round(x, 6) for x, w in columns} | {round(x + w, 6) for x, w in columns}
        middles = {round(x + w / 2, 6) for x, w in columns}
        self.xs = sorted(edges | middles)
        self.is_edge = [x in edges for x in self.xs]
        self.tracks = len(self.xs) - 1
        rows = sorted((lane.rect for lane in lanes.values()), key=lambda r: r.y)
        half = opts.cell_padding / 2
        self.boundaries = [r.y for r in rows] + ([rows[-1].bottom] if rows else [])
        self.channels = [r.y + half for r in rows] + ([rows[-1].bottom - half] if rows else [])
        self.blocked: dict[int, list[tuple[float, float]]] = {}
        for box in cards.values():  # a track through a card's face is closed over the card's height
            r = box.rect
            for t in range(bisect_right(self.xs, r.x), bisect_left(self.xs, r.right)):
                margin = 1.0 if self.is_edge[t] else 0.0  # a gutter keeps clear of a spanning card
                self.blocked.setdefault(t, []).append((r.y - margin, r.bottom + margin))

    def x(self, track: int) -> float:
        return self.xs[track]

    def sides(self, box: CardBox) -> tuple[int, int]:
        """The gutters left and right of a card: the nearest column edges outside it."""
        r = box.rect
        left = bisect_right(self.xs, r.x) - 1
        right = bisect_left(self.xs, r.right)
        while left > 0 and not self.is_edge[left]:
            left -= 1
        while right < self.tracks and not self.is_edge[right]:
            right += 1
        return max(0, left), min(self.tracks, right)

    def ports(self, box: CardBox) -> list[tuple[int, float, float, str]]:
        """Where an arrow may leave or enter a card: (track, y on it, x of the card's edge, direction).

        Left and right sides reach their gutter by a short stub; a one-column card's
        top and bottom sit on its column's middle track.
        """
        left, right = self.sides(box)
        r = box.rect
        cy = r.center[1]
        out = [(left, cy, r.x, "h"), (right, cy, r.right, "h")]
        if box.columns == 1:
            middle = bisect_left(self.xs, round(r.center[0], 6))
            if middle < len(self.xs) and abs(self.xs[middle] - r.center[0]) < 0.5 and not self.is_edge[middle]:
                out += [(middle, r.y, self.xs[middle], "v"), (middle, r.bottom, self.xs[middle], "v")]
        return out

    def free(self, track: int, y0: float, y1: float) -> bool:
        lo, hi = min(y0, y1), max(y0, y1)
        return not any(b0 < hi and lo < b1 for b0, b1 in self.blocked.get(track, ()))


def route_arrows(specs: tuple[ArrowSpec, ...], cards: Mapping[str, CardBox], lanes: Mapping[str, LaneBox],
                 columns: list[tuple[float, float]], opts: LayoutOptions) -> tuple[ArrowRoute, ...]:
    """Every arrow whose two cards are shown, routed; arrows to a hidden card are left out.

    ``columns`` are the grid's step columns as (x, width).
    """
    if not specs or not columns:
        return ()
    grid = _Grid(cards, lanes, columns, opts)
    routes: list[tuple[ArrowSpec, list[Point]]] = []
    for spec in specs:
        source, target = cards.get(spec.source), cards.get(spec.target)
        if source is None or target is None:
            continue
        points = _route(grid, source, target)
        routes.append((spec, points))
    _fan_out(routes, cards, opts.cell_padding)
    _separate(routes, opts.cell_padding)
    out = []
    for spec, points in routes:
        label = _label(spec.label, points, grid, cards) if spec.label else None
        out.append(ArrowRoute(spec.arrow_id, spec.source, spec.target, tuple(points), spec.dashed, label))
    return tuple(out)


def _route(grid: _Grid, source: CardBox, target: CardBox) -> list[Point]:
    """The cheapest orthogonal path from ``source`` to ``target`` (length, plus a price per bend)."""
    s_left, s_right = grid.sides(source)
    t_left, t_right = grid.sides(target)
    lo, hi = min(s_left, t_left), max(s_right, t_right)
    lo = max(0, lo - 2)  # a gutter beyond each side, to go round
    hi = min(grid.tracks, hi + 2)
    found = _search(grid, source, target, range(lo, hi + 1))
    if found is None:  # every track near them closed by spanning cards: the outer gutters never are
        found = _search(grid, source, target, range(0, grid.tracks + 1))
    if found is None:
        found = [(source.rect.right, source.rect.center[1]), (target.rect.x, target.rect.center[1])]
    return _simplified(found)


def _search(grid: _Grid, source: CardBox, target: CardBox, tracks: range) -> list[Point] | None:
    """A* over the tracks: cost is length plus a price per bend, guided by the distance to the target's ports."""
    channel_set = set(grid.channels)
    ys: dict[int, set[float]] = {t: set(grid.channels) for t in tracks}
    starts = [p for p in grid.ports(source) if p[0] in ys]
    goals = {(t, y): (edge, d) for t, y, edge, d in grid.ports(target) if t in ys}
    for t, y, _edge, _d in starts:
        ys[t].add(y)
    for t, y in goals:
        ys[t].add(y)
    column = {t: sorted(v) for t, v in ys.items()}
    goal_points = [(grid.x(t), y) for t, y in goals]
    outer = {0, grid.tracks}  # the title column's rule and the map's edge: an arrow along them reads badly

    def guess(t: int, y: float) -> float:  # never more than what is left: the search stays exact
        x = grid.x(t)
        return min(abs(x - gx) + abs(y - gy) for gx, gy in goal_points) if goal_points else 0.0

    tie = count()
    heap: list[tuple[float, int, float, int, float, str, tuple[Point, ...]]] = []
    for t, y, edge, d in starts:
        x = grid.x(t)
        if d == "h":
            g = abs(x - edge)
            heapq.heappush(heap, (g + guess(t, y), next(tie), g, t, y, "h", ((edge, y), (x, y))))
        else:  # leaves up or down, not sideways
            heapq.heappush(heap, (guess(t, y), next(tie), 0.0, t, y, "s", ((x, y),)))
    best: dict[tuple[int, float, str], float] = {}
    done: tuple[float, tuple[Point, ...]] | None = None

    def push(g: float, t: int, y: float, direction: str, path: tuple[Point, ...]) -> None:
        f = g + guess(t, y)
        if done is None or f < done[0]:
            heapq.heappush(heap, (f, next(tie), g, t, y, direction, path))

    while heap:
        f, _, cost, t, y, direction, path = heapq.heappop(heap)
        if done is not None and f >= done[0]:
            break
        key = (t, y, direction)
        if best.get(key, float("inf")) <= cost:
            continue
        best[key] = cost
        goal = goals.get((t, y))
        if goal is not None and len(path) > 1:
            edge, d = goal
            if d == "h":
                total = cost + abs(grid.x(t) - edge) + (BEND if direction == "v" else 0.0)
                final = (*path, (edge, y))
            else:  # onto a top or bottom edge: only straight along the middle track
                total = cost if direction == "v" else float("inf")
                final = path
            if done is None or total < done[0]:
                done = (total, final)
        here = column[t]
        at = here.index(y)
        x = grid.x(t)
        for nb in (at - 1, at + 1):  # along the track
            if 0 <= nb < len(here):
                ny = here[nb]
                if direction == "s" and not _leaves(source, y, ny):
                    continue
                if grid.free(t, y, ny):
                    step = abs(ny - y) + (BEND if direction == "h" else 0.0) + (15.0 if t in outer else 0.0)
                    push(cost + step, t, ny, "v", (*path, (x, ny)))
        if y in channel_set and direction != "s":  # across to the next track, along a channel
            for nt in (t - 1, t + 1):
                if nt in column:
                    nx = grid.x(nt)
                    push(cost + abs(nx - x) + (BEND if direction == "v" else 0.0), nt, y, "h", (*path, (nx, y)))
    return list(done[1]) if done is not None else None


def _leaves(card: CardBox, y: float, ny: float) -> bool:
    """From a port on the card's top edge an arrow goes up; from its bottom edge, down."""
    return ny < y if y == card.rect.y else ny > y


def _simplified(points: list[Point]) -> list[Point]:
    """The route without repeated points and without points in the middle of a straight run."""
    out: list[Point] = []
    for p in points:
        if out and out[-1] == p:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if (ax == bx == p[0]) or (ay == by == p[1]):
                out[-1] = p
                continue
        out.append(p)
    return out


def _stub_then_turn(edge: Point, gutter: Point, turn: Point, pad: float) -> bool:
    """Whether the route leaves the card with a short stub to its gutter and turns along it there."""
    return abs(gutter[0] - edge[0]) <= pad + 0.01 and gutter[0] == turn[0]


def _fan_out(routes: list[tuple[ArrowSpec, list[Point]]], cards: Mapping[str, CardBox], pad: float) -> None:
    """Arrows that leave or enter one side of one card spread along it instead of sharing a point."""
    ends: dict[tuple[str, float], list[tuple[float, list[Point], bool]]] = {}
    for spec, points in routes:
        if len(points) < 3:
            continue  # a straight arrow between neighbours stays straight
        if _stub_then_turn(points[0], points[1], points[2], pad):
            ends.setdefault((spec.source, points[0][0]), []).append((points[2][1], points, True))
        if _stub_then_turn(points[-1], points[-2], points[-3], pad):
            ends.setdefault((spec.target, points[-1][0]), []).append((points[-3][1], points, False))
    for (card_id, _x), group in ends.items():
        if len(group) < 2:
            continue
        rect = cards[card_id].rect
        group.sort(key=lambda entry: entry[0])
        for n, (_toward, points, at_start) in enumerate(group):
            y = rect.y + rect.h * (n + 1) / (len(group) + 1)
            a, b = (0, 1) if at_start else (-1, -2)
            points[a] = (points[a][0], y)
            points[b] = (points[b][0], y)


def _separate(routes: list[tuple[ArrowSpec, list[Point]]], pad: float) -> None:
    """Runs of different arrows along one gutter that overlap get tracks of their own, side by side.

    Each run takes the lowest track no overlapping run has taken; the tracks are
    spread evenly about the gutter's middle, staying well inside its padding.
    """
    runs: dict[float, list[tuple[float, float, list[Point], int]]] = {}
    for _spec, points in routes:
        for i in range(1, len(points) - 2):
            (x0, y0), (x1, y1) = points[i], points[i + 1]
            if x0 == x1:
                runs.setdefault(x0, []).append((min(y0, y1), max(y0, y1), points, i))
    for x, gutter in runs.items():
        if len(gutter) < 2:
            continue
        gutter.sort(key=lambda run: (run[0], run[1]))
        tracks: list[int] = []
        ends: list[float] = []  # per track, where its last run ends
        for lo, _hi, _points, _i in gutter:
            free = next((t for t, end in enumerate(ends) if end + 2.0 < lo), None)
            if free is None:
                free = len(ends)
                ends.append(0.0)
            tracks.append(free)
            ends[free] = _hi
        n = len(ends)
        if n < 2:
            continue
        spacing = min(2.5, (pad - 2.5) * 2 / (n - 1))
        for track, (_lo, _hi, points, i) in zip(tracks, gutter, strict=True):
            nx = x + (track - (n - 1) / 2) * spacing
            points[i] = (nx, points[i][1])
            points[i + 1] = (nx, points[i + 1][1])


def _label(text: str, points: list[Point], grid: _Grid, cards: Mapping[str, CardBox]) -> TextBlock:
    """One line (elided to fit), centred where it covers the least of any card: a lane boundary the route crosses."""
    st = STYLE.arrow
    size = st.label_size
    line = _elided(" ".join(text.split()), size, st.label_max_width)
    w = text_width(line, REGULAR, size)
    leading = size * 1.25
    candidates: list[Point] = []
    beside = w / 2 + 3.0  # a label beside a vertical run leaves the line (and a short arrow) in view
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x0 == x1:
            for b in grid.boundaries:
                if min(y0, y1) < b < max(y0, y1):
                    candidates += [(x0 + beside, b), (x0 - beside, b), (x0, b)]
        else:
            near = min(grid.boundaries, key=lambda b: abs(b - y0), default=y0)
            candidates.append(((x0 + x1) / 2, near if abs(near - y0) <= grid.pad else y0))
    longest = max(zip(points, points[1:], strict=False), key=lambda s: abs(s[0][0] - s[1][0]) + abs(s[0][1] - s[1][1]))
    candidates.append(((longest[0][0] + longest[1][0]) / 2, (longest[0][1] + longest[1][1]) / 2))
    middle = _middle(points)

    def badness(c: Point) -> float:
        r = Rect(c[0] - w / 2, c[1] - leading / 2, w, leading)
        covered = sum(_overlap(r, box.rect) for box in cards.values() if box.rect.intersects(r))
        on_line = any(_overlap(r, _segment_box(a, b)) > 0 for a, b in zip(points, points[1:], strict=False))
        return covered * 10 + abs(c[0] - middle[0]) + abs(c[1] - middle[1]) + (40.0 if on_line else 0.0)

    cx, cy = min(candidates, key=badness)
    return TextBlock(Rect(cx - w / 2, cy - leading / 2, w, leading), (line,), REGULAR, size, leading,
                     align="center", colour=st.label)


def _segment_box(a: Point, b: Point) -> Rect:
    return Rect(min(a[0], b[0]) - 0.5, min(a[1], b[1]) - 0.5, abs(a[0] - b[0]) + 1.0, abs(a[1] - b[1]) + 1.0)


def _middle(points: list[Point]) -> Point:
    total = sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in zip(points, points[1:], strict=False))
    left = total / 2
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        seg = abs(x1 - x0) + abs(y1 - y0)
        if seg >= left and seg > 0:
            k = left / seg
            return (x0 + (x1 - x0) * k, y0 + (y1 - y0) * k)
        left -= seg
    return points[-1]


def _overlap(a: Rect, b: Rect) -> float:
    return max(0.0, min(a.right, b.right) - max(a.x, b.x)) * max(0.0, min(a.bottom, b.bottom) - max(a.y, b.y))


def _elided(text: str, size: float, limit: float) -> str:
    if text_width(text, REGULAR, size) <= limit:
        return text
    while text and text_width(text + "…", REGULAR, size) > limit:
        text = text[:-1]
    return text.rstrip() + "…"
