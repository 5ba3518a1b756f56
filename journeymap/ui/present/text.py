"""Wrapping and placing lines of text as TextOps, measured with the bundled DejaVu metrics."""

from __future__ import annotations

from ...layout import text_width, wrap
from ...layout.text import ASCENT, BOLD, DESCENT, ITALIC, REGULAR
from .ops import Face, TextOp
from .theme import INK, LEADING

_FACES = {"regular": REGULAR, "bold": BOLD, "italic": ITALIC}
ELLIPSIS = "\u2026"


def measure(text: str, size: int, face: Face = "regular") -> float:
    return text_width(text, _FACES[face], size)


def wrap_lines(text: str, size: int, width: float, face: Face = "regular") -> list[str]:
    # a hair narrower than the room given, so Qt's rounding never pushes a line past its box
    return wrap(text, _FACES[face], size, max(1.0, width - 2))


def clip_lines(lines: list[str], max_lines: int, size: int, width: float, face: Face = "regular") -> list[str]:
    """At most ``max_lines`` lines; a cut text ends in an ellipsis that fits the width."""
    if len(lines) <= max_lines:
        return lines
    if max_lines <= 0:
        return []
    kept = lines[:max_lines]
    last = kept[-1]
    while last and measure(last + ELLIPSIS, size, face) > width - 2:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return kept


def first_baseline(top: float, size: int) -> float:
    """Baseline of a line whose box of one leading starts at ``top`` (glyphs centred in it)."""
    leading = size * LEADING
    return top + (leading - (ASCENT + DESCENT) * size) / 2 + ASCENT * size


def place(lines: list[str], x: float, top: float, size: int, face: Face = "regular",
          colour: str = INK, *, align: str = "left", width: float = 0.0,
          persona_id: str | None = None) -> tuple[list[TextOp], float]:
    """TextOps for ``lines`` starting at ``top``; returns them and the y below the last line."""
    ops = []
    leading = size * LEADING
    base = first_baseline(top, size)
    for i, line in enumerate(lines):
        lx = x
        if align != "left":
            spare = width - measure(line, size, face)
            lx += spare if align == "right" else spare / 2
        ops.append(TextOp(lx, base + i * leading, line, size, face, colour, persona_id))
    return ops, top + len(lines) * leading


def block_height(n_lines: int, size: int) -> float:
    return n_lines * size * LEADING
