"""What the room adds to the wall: the join slide with its QR code, the room's tag, the notes queue, the check.

All display lists (no Qt), drawn over the slide by the presentation window.
"""

from __future__ import annotations

import statistics

import segno

from ...collab.room import CheckSettings, Note, Ratings
from ...collab.room.tokens import spaced
from ...i18n import _, ngettext, tr
from ...layout import Rect
from ...layout.emotion import scale_label
from .ops import BoxOp, Op
from .text import block_height, clip_lines, measure, place, wrap_lines
from .theme import FOCUS, INK, OVERLAY, OVERLAY_INK, PAPER, Sizes

QR_DARK, QR_LIGHT = "#000000", "#ffffff"


def qr_ops(link: str, x: float, y: float, side: float) -> list[Op]:
    """The link as a QR code: black squares on a white square with its quiet zone, on every theme."""
    code = segno.make(link, error="m")
    matrix = [list(row) for row in code.matrix_iter(scale=1, border=4)]
    n = len(matrix)
    unit = side / n
    ops: list[Op] = [BoxOp(Rect(x, y, side, side), QR_LIGHT, exact=True)]
    for r, row in enumerate(matrix):
        c = 0
        while c < n:  # runs of dark modules as one box: fewer shapes, no hairline seams
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(BoxOp(Rect(x + start * unit, y + r * unit, (c - start) * unit, unit + 0.5), QR_DARK,
                                 exact=True))
            else:
                c += 1
    return ops


def join_ops(s: Sizes, link: str | None, address: str, code: str, people: int, problem: str = "") -> list[Op]:
    """The full-screen join slide: the code to scan, the address and the short code to type, who is in."""
    ops: list[Op] = [BoxOp(Rect(0, 0, s.width, s.height), PAPER)]
    x0 = s.margin
    t, y = place([_("Join from your phone or laptop")], x0, s.margin, s.stage, "bold")
    ops.extend(t)
    side = min(s.height - y - 3 * s.margin, s.width * 0.42)
    top = y + s.margin
    if link:
        ops.extend(qr_ops(link, x0, top, side))
    tx = x0 + side + 2 * s.margin
    width = s.width - tx - s.margin
    if problem:
        ops.extend(place(wrap_lines(problem, s.card, width), tx, top, s.card)[0])
        return ops
    t, ty = place(wrap_lines(_("Scan the code, or open"), s.card, width), tx, top, s.card)
    ops.extend(t)
    big = max(s.min, min(s.stage, int(s.stage * width / max(1.0, measure(address, s.stage, "bold")))))
    t, ty = place([address], tx, ty, big, "bold")
    ops.extend(t)
    t, ty = place(wrap_lines(_("and enter the code"), s.card, width), tx, ty + s.pad, s.card)
    ops.extend(t)
    t, ty = place([spaced(code)], tx, ty, s.title, "bold")
    ops.extend(t)
    joined = _("Nobody has joined yet") if not people else ngettext("{n} person has joined", "{n} people have joined",
                                                                    people).format(n=people)
    t, ty = place(wrap_lines(joined, s.card, width), tx, ty + s.margin, s.card, "bold")
    ops.extend(t)
    hint = _("No app and no account needed. Your name is optional. R shows the slides again.")
    ops.extend(place(wrap_lines(hint, s.small, width), tx, ty + s.pad, s.small)[0])
    return ops


def tag_ops(s: Sizes, parts: list[str], right: float | None = None) -> list[Op]:
    """What the room is doing, in a dark tag at the top right, where slide titles never reach.

    The parts ("12 in the room", "Dots 2:10 · 37 from 9 · D reveals") go one to a line.
    """
    right = s.width - s.margin if right is None else right
    width = s.width * 0.25
    lines = [line for part in parts for line in clip_lines([part], 1, s.small, width - 2 * s.pad)][:3]
    w = max(measure(line, s.small) for line in lines) + 2 * s.pad
    h = block_height(len(lines), s.small) + s.pad * 0.6
    rect = Rect(right - w, s.pad, w, h)
    ops: list[Op] = [BoxOp(rect, OVERLAY, radius=s.pad)]
    ops.extend(place(lines, rect.x + s.pad, rect.y + s.pad * 0.3, s.small, colour=OVERLAY_INK, align="right",
                     width=w - 2 * s.pad)[0])
    return ops


def queue_left(s: Sizes) -> float:
    return s.width - min(s.width * 0.42, s.small * 26)


def queue_ops(s: Sizes, notes: list[Note], selected: int, lanes: dict[str, str], steps: dict[str, str]) -> list[Op]:
    """The notes waiting, in a panel on the right: the selected one ringed; the keys that act on it."""
    x = queue_left(s)
    w = s.width - x
    ops: list[Op] = [BoxOp(Rect(x, 0, w, s.height), OVERLAY)]
    inner = w - 2 * s.pad
    t, y = place([tr("Notes from the room: {n}").format(n=len(notes))], x + s.pad, s.margin, s.step, "bold",
                 OVERLAY_INK)
    ops.extend(t)
    keys = tr("\u2191\u2193 pick  Enter add  Del decline  A add all  Q close")  # the facilitator's keys
    t, y = place(wrap_lines(keys, s.small, inner), x + s.pad, y, s.small, colour=OVERLAY_INK)
    ops.extend(t)
    y += s.pad
    if not notes:
        ops.extend(place(wrap_lines(tr("None waiting."), s.card, inner), x + s.pad, y, s.card, colour=OVERLAY_INK)[0])
        return ops
    start = max(0, min(selected - 2, len(notes) - 1))
    for i in range(start, len(notes)):
        note = notes[i]
        head = f"{note.name or tr('Anonymous')} \u00b7 {lanes.get(note.lane_id, '?')} \u00b7 {steps.get(note.step_id, '?')}"
        head_lines = clip_lines(wrap_lines(head, s.small, inner - s.pad), 1, s.small, inner - s.pad)
        body = clip_lines(wrap_lines(note.text, s.card, inner - s.pad), 3, s.card, inner - s.pad)
        h = block_height(1, s.small) + block_height(len(body), s.card) + s.pad
        if y + h > s.height - s.margin:
            more = len(notes) - i
            ops.extend(place([tr("\u2026 and {n} more").format(n=more)], x + s.pad, y, s.small, colour=OVERLAY_INK)[0])
            break
        card = Rect(x + s.pad * 0.5, y, w - s.pad, h)
        ops.append(BoxOp(card, PAPER, FOCUS if i == selected else None, s.line * (4 if i == selected else 0),
                         radius=s.pad * 0.5))
        t, by = place(head_lines, card.x + s.pad * 0.5, y + s.pad * 0.5, s.small, "bold")
        ops.extend(t)
        ops.extend(place(body, card.x + s.pad * 0.5, by, s.card)[0])
        y += h + s.gap
    return ops


def rated_value(ratings: Ratings) -> int | None:
    """The value the room's ratings give: the median (the lower of two middles), so one outlier moves nothing."""
    values = [v for v, n in sorted(ratings.counts.items()) for _ in range(n)]
    return statistics.median_low(values) if values else None


def check_ops(s: Sizes, check: CheckSettings, ratings: Ratings, vmin: int, vmax: int) -> list[Op]:
    """The live distribution of an emotion check, as bars with counts, across the bottom of the screen."""
    values = [v for v, _w in check.scale]
    h = s.height * 0.34
    top = s.height - h
    ops: list[Op] = [BoxOp(Rect(0, top, s.width, h), OVERLAY)]
    n = ratings.n
    median = rated_value(ratings)
    head = _("How does {persona} feel at \u201c{step}\u201d?  n = {n}").format(persona=check.persona_name,
                                                                              step=check.step_name, n=n)
    if median is not None:
        head += "  \u00b7  " + _("median {label}").format(label=scale_label(median, vmin, vmax)) + "  \u00b7  " \
            + tr("Enter sets the score, E ends")
    else:
        head += "  \u00b7  " + tr("E ends the check")
    lines = clip_lines(wrap_lines(head, s.small, s.width - 2 * s.margin, "bold"), 2, s.small,
                       s.width - 2 * s.margin, "bold")
    t, y = place(lines, s.margin, top + s.pad, s.small, "bold", OVERLAY_INK)
    ops.extend(t)
    col = (s.width - 2 * s.margin) / len(values)
    label_h = block_height(1, s.small)
    bar_area = s.height - y - 2 * label_h - 2 * s.pad
    most = max(ratings.counts.values(), default=0) or 1
    for i, v in enumerate(values):
        count = ratings.counts.get(v, 0)
        bx = s.margin + i * col
        bh = bar_area * count / most
        base = y + s.pad + label_h + bar_area
        if count:
            ops.append(BoxOp(Rect(bx + col * 0.2, base - bh, col * 0.6, bh), PAPER, INK, s.line))
        ops.extend(place([str(count)], bx, base - bh - label_h, s.small, "bold", OVERLAY_INK, align="center",
                         width=col)[0])
        word = clip_lines([scale_label(v, vmin, vmax)], 1, s.small, col)
        ops.extend(place(word, bx, base, s.small, colour=OVERLAY_INK, align="center", width=col)[0])
    return ops
