"""Wrapping text to a width with the embedded PDF fonts' own measurements."""

from __future__ import annotations

from ..export.fonts import text_width


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``; words too long for a line are broken."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while word and text_width(word, font, size) > width:
                cut = _longest_prefix(word, font, size, width)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _sizes(largest: float, smallest: float) -> list[float]:
    """Type sizes from ``largest`` down to ``smallest``, in small steps."""
    out, size = [], largest
    while size > smallest + 1e-6:
        out.append(size)
        size -= max(0.1, smallest / 16)
    return [*out, smallest]


def _unbroken(lines: list[str], text: str) -> bool:
    """True when wrapping kept every word whole."""
    return len(" ".join(lines).split()) == len(text.split())


def fit_text(text: str, font: str, size: float, smallest: float, width: float,
             max_lines: int = 2) -> tuple[float, list[str]]:
    """A size and lines for a short field (a name, a role) that never cut a word off.

    One line, shrinking down to ``smallest``; then up to ``max_lines`` lines at the
    largest size that fits; then smaller still (to 60% of ``smallest``); and at
    last as many lines as it takes. There is no ellipsis anywhere.
    """
    for s in _sizes(size, smallest):
        if text_width(text, font, s) <= width:
            return s, [text]
    for s in [*_sizes(size, smallest), *_sizes(smallest, smallest * 0.6)[1:]]:
        lines = wrap(text, font, s, width)
        if len(lines) <= max_lines and _unbroken(lines, text):
            return s, lines
    s = smallest * 0.6
    return s, wrap(text, font, s, width)


Part = tuple[str, str, float, float]  # text, font, largest size, smallest size


def fit_block(parts: list[Part], width: float, height: float, line_height: float = 1.22,
              gap: float = 0.25) -> list[tuple[float, list[str]]] | None:
    """Sizes and lines for a stack of texts (name, role, bio) that fits ``width`` x ``height``.

    All parts shrink together, each no smaller than its own minimum; None when
    even the minimums do not fit (the caller moves something elsewhere: nothing is cut).
    ``gap`` (in lines of the next part) separates the parts.
    """
    k = 1.0
    while True:
        out: list[tuple[float, list[str]]] = []
        used = 0.0
        for n, (text, font, largest, smallest) in enumerate(parts):
            s = max(smallest, largest * k)
            lines = wrap(text, font, s, width) if text else []
            if lines and not _unbroken(lines, text) and s > smallest:
                used = float("inf")
            out.append((s, lines))
            used += len(lines) * s * line_height + (gap * s if n and lines else 0.0)
        if used <= height:
            return out
        if all(largest * k <= smallest for _t, _f, largest, smallest in parts):
            return None
        k -= 0.04


def block_height(fitted: list[tuple[float, list[str]]], line_height: float = 1.22, gap: float = 0.25) -> float:
    return sum(len(lines) * s * line_height + (gap * s if n and lines else 0.0)
               for n, (s, lines) in enumerate(fitted))
