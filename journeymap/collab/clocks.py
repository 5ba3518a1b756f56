"""Yjs state vectors, read: which client's edits a document has seen, up to which clock.

An update that arrives before one it builds on waits inside the document and
is integrated later, when the missing one comes; Yjs's deep events do not
always report what that late integration changed. Comparing clocks tells the
binding when that happened, so it reads the whole shared state again.
"""

from __future__ import annotations

from pycrdt import get_state


def _varints(data: bytes) -> list[int]:
    out, value, shift = [], 0, 0
    for byte in data:
        value |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
            continue
        out.append(value)
        value, shift = 0, 0
    return out


def clocks(state: bytes) -> dict[int, int]:
    """The state vector ``state`` (as ``Doc.get_state`` gives it) as client -> clock."""
    numbers = _varints(state)
    count = numbers[0] if numbers else 0
    pairs = numbers[1:1 + 2 * count]
    return dict(zip(pairs[0::2], pairs[1::2], strict=False))


def integrated_exactly(before: bytes, update: bytes, after: bytes) -> bool:
    """Whether applying ``update`` moved the document from ``before`` to exactly ``before`` + ``update``.

    False when part of the update waits for a missing one, or when it let
    waiting ones in: either way, more (or less) changed than the update says.
    """
    expected = clocks(before)
    for client, clock in clocks(get_state(update)).items():
        expected[client] = max(expected.get(client, 0), clock)
    return clocks(after) == expected
