"""Channel icons as plan shapes: the very files the canvas draws (resources/icons/channels), read as vectors.

The layout reserves a square on a card's channel line (``CardBox.channel_mark``);
the plan fills it with the channel's icon in the card's own ink, so a PDF, an
SVG and a PNG show what the canvas shows. The files use a small subset of SVG
(rect, circle, path with M/L/H/V/C/A/Z), drawn in one ink on a 24-unit grid;
that subset is read here, without Qt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache

from ...model import CHANNELS
from ...resources import resource_path
from ..geometry import Rect
from ..style import Stroke
from .primitives import Box, Circle, Path, Segment, Shape

GRID = 24.0  # the icon files' viewBox
FILE_INK = "#2b2f36"  # the colour the files are drawn in (the canvas swaps it the same way)
_ID_OF_NAME = {name: cid for cid, name in CHANNELS.items()}
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MmLlHhVvCcAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")

#: one element of an icon on the 24-unit grid: ("rect", x, y, w, h, rx) / ("circle", cx, cy, r) /
#: ("path", runs, closed), each with ``filled`` (a solid dot) or stroked
Element = tuple


def channel_id(name_or_id: str) -> str:
    """The icon id for a channel's display name or id; unknown channels use 'custom'."""
    if name_or_id in CHANNELS:
        return name_or_id
    return _ID_OF_NAME.get(name_or_id, "custom")


@cache
def icon_elements(icon: str) -> tuple[tuple[Element, bool], ...]:
    """The icon file's shapes on its 24-unit grid, each with whether it is filled; () without a file."""
    import xml.etree.ElementTree as ET  # with the first channel icon drawn, not with the editor's start

    path = resource_path("icons", "channels", f"{icon}.svg")
    if not path.is_file():
        return ()
    try:
        root = ET.fromstring(path.read_text(encoding="utf-8"))
    except ET.ParseError:
        return ()
    out: list[tuple[Element, bool]] = []
    for node in root.iter():
        tag = node.tag.rsplit("}", 1)[-1]
        filled = node.get("fill") not in (None, "none") and node.get("stroke") == "none"
        def number(name: str, node: ET.Element = node) -> float:
            return float(node.get(name, "0"))

        if tag == "rect":
            out.append((("rect", number("x"), number("y"), number("width"), number("height"), number("rx")), filled))
        elif tag == "circle":
            out.append((("circle", number("cx"), number("cy"), number("r")), filled))
        elif tag == "path":
            out += [(("path", run, closed), filled) for run, closed in parse_path(node.get("d", ""))]
    return tuple(out)


def parse_path(d: str) -> list[tuple[tuple[tuple[float, float], tuple[Segment, ...]], bool]]:
    """SVG path data (M, L, H, V, C, A, Z and their relative forms) as runs of lines and cubic curves."""
    tokens = _TOKEN.findall(d)
    runs: list[tuple[tuple[tuple[float, float], tuple[Segment, ...]], bool]] = []
    x = y = sx = sy = 0.0
    start: tuple[float, float] | None = None
    segs: list[Segment] = []
    command = ""
    i = 0

    def flush(closed: bool) -> None:
        nonlocal segs, start
        if start is not None and segs:
            runs.append(((start, tuple(segs)), closed))
        segs, start = [], None

    def take(n: int) -> list[float]:
        nonlocal i
        values = [float(t) for t in tokens[i:i + n]]
        i += n
        return values

    while i < len(tokens):
        if not _NUMBER.fullmatch(tokens[i]):
            command = tokens[i]
            i += 1
            if command in "Zz":
                flush(True)
                x, y = sx, sy
                continue
        rel = command.islower()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        c = command.upper()
        if c == "M":
            flush(False)
            px, py = take(2)
            x, y = px + ox, py + oy
            sx, sy, start = x, y, (x, y)
            command = "l" if rel else "L"  # more pairs after a move are lines
        elif c == "L":
            px, py = take(2)
            x, y = px + ox, py + oy
            segs.append((x, y))
        elif c == "H":
            x = take(1)[0] + ox
            segs.append((x, y))
        elif c == "V":
            y = take(1)[0] + oy
            segs.append((x, y))
        elif c == "C":
            v = take(6)
            segs.append((v[0] + ox, v[1] + oy, v[2] + ox, v[3] + oy, v[4] + ox, v[5] + oy))
            x, y = v[4] + ox, v[5] + oy
        elif c == "A":
            rx, ry, rotation, large, sweep, ex, ey = take(7)
            end = (ex + ox, ey + oy)
            segs.extend(arc_segments((x, y), end, rx, ry, rotation, bool(large), bool(sweep)))
            x, y = end
        else:
            i += 1  # a command this subset does not know: skip its number
        if start is None:
            start = (x, y)
    flush(False)
    return runs


def arc_segments(p0: tuple[float, float], p1: tuple[float, float], rx: float, ry: float, rotation: float,
                 large: bool, sweep: bool) -> list[Segment]:
    """An SVG elliptical arc as cubic Béziers of at most a quarter turn each (SVG 1.1, appendix F.6)."""
    (x0, y0), (x1, y1) = p0, p1
    if (x0, y0) == (x1, y1):
        return []
    if rx == 0 or ry == 0:
        return [(x1, y1)]
    rx, ry = abs(rx), abs(ry)
    phi = math.radians(rotation)
    cos, sin = math.cos(phi), math.sin(phi)
    dx, dy = (x0 - x1) / 2, (y0 - y1) / 2
    x0p, y0p = cos * dx + sin * dy, -sin * dx + cos * dy
    scale = x0p ** 2 / rx ** 2 + y0p ** 2 / ry ** 2
    if scale > 1:
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    num = rx ** 2 * ry ** 2 - rx ** 2 * y0p ** 2 - ry ** 2 * x0p ** 2
    den = rx ** 2 * y0p ** 2 + ry ** 2 * x0p ** 2
    k = math.sqrt(max(0.0, num / den)) * (-1 if large == sweep else 1)
    cxp, cyp = k * rx * y0p / ry, -k * ry * x0p / rx
    cx, cy = cos * cxp - sin * cyp + (x0 + x1) / 2, sin * cxp + cos * cyp + (y0 + y1) / 2

    def angle(ux: float, uy: float, vx: float, vy: float) -> float:
        return math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)

    theta = angle(1, 0, (x0p - cxp) / rx, (y0p - cyp) / ry)
    delta = angle((x0p - cxp) / rx, (y0p - cyp) / ry, (-x0p - cxp) / rx, (-y0p - cyp) / ry)
    if not sweep and delta > 0:
        delta -= 2 * math.pi
    elif sweep and delta < 0:
        delta += 2 * math.pi
    parts = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / parts
    t = 4 / 3 * math.tan(step / 4)

    def point(a: float) -> tuple[float, float]:
        ex, ey = rx * math.cos(a), ry * math.sin(a)
        return cos * ex - sin * ey + cx, sin * ex + cos * ey + cy

    def tangent(a: float) -> tuple[float, float]:
        ex, ey = -rx * math.sin(a), ry * math.cos(a)
        return cos * ex - sin * ey, sin * ex + cos * ey

    out: list[Segment] = []
    for n in range(parts):
        a0, a1 = theta + n * step, theta + (n + 1) * step
        (ax, ay), (bx, by) = point(a0), point(a1)
        (tax, tay), (tbx, tby) = tangent(a0), tangent(a1)
        out.append((ax + t * tax, ay + t * tay, bx - t * tbx, by - t * tby, bx, by))
    last = out[-1]
    out[-1] = (*last[:4], x1, y1)  # land exactly on the end point
    return out


def channel_shapes(channel: str, rect: Rect, ink: str) -> tuple[Shape, ...]:
    """The channel's icon fitted into ``rect`` (a square), drawn in ``ink`` with the file's 2-unit line."""
    elements = icon_elements(channel_id(channel)) or icon_elements("custom")
    s = min(rect.w, rect.h) / GRID
    ox, oy = rect.x + (rect.w - GRID * s) / 2, rect.y + (rect.h - GRID * s) / 2
    line = Stroke(ink, 2.0 * s)

    def at(px: float, py: float) -> tuple[float, float]:
        return ox + px * s, oy + py * s

    shapes: list[Shape] = []
    for element, filled in elements:
        paint = {"fill": ink} if filled else {"stroke": line}
        kind = element[0]
        if kind == "rect":
            _, x, y, w, h, rx = element
            shapes.append(Box(Rect(*at(x, y), w * s, h * s), radius=rx * s, **paint))
        elif kind == "circle":
            _, cx, cy, r = element
            shapes.append(Circle(*at(cx, cy), r * s, **paint))
        else:
            _, ((x0, y0), segments), closed = element
            moved = tuple(_placed(seg, at) for seg in segments)
            shapes.append(Path(((at(x0, y0), moved),), closed=closed, **paint))
    return tuple(shapes)


def _placed(seg: Segment, at: Callable[[float, float], tuple[float, float]]) -> Segment:
    if len(seg) == 2:
        return at(seg[0], seg[1])
    c1x, c1y, c2x, c2y, ex, ey = seg
    return (*at(c1x, c1y), *at(c2x, c2y), *at(ex, ey))
