"""Fitting text into a box by choosing its size: the largest that fits, found by halving, never by cutting.

A text is measured once per size tried, and the sizes are tried by binary
search over the same ladder of candidates a step-by-step search would walk, so
the result is the same and a 20,000-character note costs a handful of wraps,
not hundreds. This is sound because fitting only gets easier as the type
gets smaller: a greedy wrap never needs more lines at a smaller size, and a
word is broken only when it is wider than the line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from .text import text_width, wrapped

T = TypeVar("T")

Part = tuple[str, str, float, float]  # text, face, largest size, smallest size
Fitted = list[tuple[float, list[str]]]  # (size, lines) per part


def first_fitting(candidates: Sequence[T], fits: Callable[[T], bool]) -> int:
    """The index of the first candidate that ``fits`` (they are ordered from hardest to easiest), or len."""
    lo, hi = 0, len(candidates)
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(candidates[mid]):
            hi = mid
        else:
            lo = mid + 1
    return lo


def size_ladder(largest: float, smallest: float, step: float | None = None) -> list[float]:
    """Type sizes from ``largest`` down to ``smallest`` in small steps (``smallest / 16`` by default)."""
    out, size = [], largest
    while size > smallest + 1e-6:
        out.append(size)
        size -= max(0.1, smallest / 16) if step is None else step
    return [*out, smallest]


def wrap_lines(text: str, face: str, size: float, width: float) -> list[str]:
    """``text`` wrapped to ``width`` (remembered, so trying a size twice costs nothing)."""
    return list(wrapped(text, face, size, width))


def _unbroken(lines: list[str], text: str) -> bool:
    """True when wrapping kept every word whole."""
    return len(" ".join(lines).split()) == len(text.split())


def fit_text(text: str, face: str, size: float, smallest: float, width: float,
             max_lines: int = 2) -> tuple[float, list[str]]:
    """A size and lines for a short field (a name, a role) that never cut a word off.

    One line, shrinking down to ``smallest``; then up to ``max_lines`` lines at the
    largest size that fits; then smaller still (to 60% of ``smallest``); and at
    last as many lines as it takes. There is no ellipsis anywhere.
    """
    one_line = text_width(text, face, 1000.0)  # widths scale with the size: measured once
    sizes = size_ladder(size, smallest)
    for s in sizes:
        if one_line * s / 1000.0 <= width:
            return s, [text]
    ladder = [*sizes, *size_ladder(smallest, smallest * 0.6)[1:]]

    def fits(s: float) -> bool:
        lines = wrap_lines(text, face, s, width)
        return len(lines) <= max_lines and _unbroken(lines, text)

    found = first_fitting(ladder, fits)
    if found < len(ladder):
        return ladder[found], wrap_lines(text, face, ladder[found], width)
    s = smallest * 0.6
    return s, wrap_lines(text, face, s, width)


def fit_block(parts: list[Part], width: float, height: float, line_height: float = 1.22,
              gap: float = 0.25) -> Fitted | None:
    """Sizes and lines for a stack of texts (name, role, bio) that fits ``width`` x ``height``.

    All parts shrink together by one factor, each no smaller than its own
    minimum; None when even the minimums do not fit (the caller moves something
    elsewhere: nothing is cut). ``gap`` (in lines of the next part) separates the parts.
    """
    factors = []
    k = 1.0
    while True:  # the ladder of factors, down to where every part is at its minimum
        factors.append(k)
        if all(largest * k <= smallest for _t, _f, largest, smallest in parts):
            break
        k -= 0.04

    def fitted(k: float) -> tuple[Fitted, float]:
        out: Fitted = []
        used = 0.0
        for n, (text, face, largest, smallest) in enumerate(parts):
            s = max(smallest, largest * k)
            lines = wrap_lines(text, face, s, width) if text else []
            if lines and not _unbroken(lines, text) and s > smallest:
                used = float("inf")
            out.append((s, lines))
            used += len(lines) * s * line_height + (gap * s if n and lines else 0.0)
        return out, used

    found = first_fitting(factors, lambda k: fitted(k)[1] <= height)
    return fitted(factors[found])[0] if found < len(factors) else None


def block_height(fitted: Fitted, line_height: float = 1.22, gap: float = 0.25) -> float:
    return sum(len(lines) * s * line_height + (gap * s if n and lines else 0.0)
               for n, (s, lines) in enumerate(fitted))
