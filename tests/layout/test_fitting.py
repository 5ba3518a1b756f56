"""Fitting text by size: halving the ladder of sizes finds exactly what trying every size found."""

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.layout.fitting import first_fitting, fit_block, fit_text, size_ladder, wrap_lines
from journeymap.layout.fonts import BOLD, REGULAR
from journeymap.layout.text import text_width

WORDS = st.lists(st.sampled_from(["Ana", "Shopper", "night-shift", "nurse", "Supercalifragilistic",
                                  "\u4e2d\u6587", "a", "reviews", "https://example.com/x/y"]),
                 min_size=1, max_size=40).map(" ".join)


def _every_size_fit_text(text, face, size, smallest, width, max_lines=2):
    """The search as it was: try each size from the largest down."""
    for s in size_ladder(size, smallest):
        if text_width(text, face, s) <= width:
            return s, [text]
    for s in [*size_ladder(size, smallest), *size_ladder(smallest, smallest * 0.6)[1:]]:
        lines = wrap_lines(text, face, s, width)
        if len(lines) <= max_lines and len(" ".join(lines).split()) == len(text.split()):
            return s, lines
    return smallest * 0.6, wrap_lines(text, face, smallest * 0.6, width)


def _every_size_fit_block(parts, width, height):
    k = 1.0
    while True:
        out, used = [], 0.0
        for n, (text, face, largest, smallest) in enumerate(parts):
            s = max(smallest, largest * k)
            lines = wrap_lines(text, face, s, width) if text else []
            if lines and len(" ".join(lines).split()) != len(text.split()) and s > smallest:
                used = float("inf")
            out.append((s, lines))
            used += len(lines) * s * 1.22 + (0.25 * s if n and lines else 0.0)
        if used <= height:
            return out
        if all(largest * k <= smallest for _t, _f, largest, smallest in parts):
            return None
        k -= 0.04


@settings(max_examples=60, deadline=None)
@given(WORDS, st.floats(40, 400))
def test_fit_text_picks_the_size_trying_every_size_would(text, width):
    assert fit_text(text, BOLD, 13, 8, width) == _every_size_fit_text(text, BOLD, 13, 8, width)


@settings(max_examples=60, deadline=None)
@given(WORDS, WORDS, st.floats(60, 300), st.floats(20, 200))
def test_fit_block_picks_the_factor_trying_every_factor_would(name, bio, width, height):
    parts = [(name, BOLD, 13.0, 8.0), ("Night-shift nurse", REGULAR, 10.5, 6.5), (bio, REGULAR, 8.5, 6.0)]
    assert fit_block(parts, width, height) == _every_size_fit_block(parts, width, height)


def test_first_fitting_finds_the_boundary_and_says_when_nothing_fits():
    sizes = [12.0, 11.0, 10.0, 9.0, 8.0]
    assert first_fitting(sizes, lambda s: s <= 10) == 2
    assert first_fitting(sizes, lambda s: True) == 0
    assert first_fitting(sizes, lambda s: False) == len(sizes)
