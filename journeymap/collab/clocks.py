"""Yjs state vectors, read: which client's edits a document has seen, up to which clock.

An update that arrives before one it builds on waits inside the document and
is integrated later, when the missing one comes; Yjs's deep events do not
always report what that late integration changed. Comparing clocks tells the
binding when that happened, so it reads the whole shared state again.
"""

from __future__ import annotations


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


def may_have_integrated_late(before: bytes, after: bytes, changed: bool, waiting: bool) -> tuple[bool, bool]:
    """Whether an update may have let in edits that were waiting, and whether some may wait now.

    pycrdt cannot say which clients an update holds, so this reads the state
    vectors: an update that moved nothing forward waits for one it builds on;
    one that moved several clients forward, or came while something waited,
    may have let waiting edits in (a reconnect's catch-up moves several too).
    ``changed``: whether the update changed anything visible to the deep observers.
    Returns (read everything again, something may be waiting).
    """
    old, new = clocks(before), clocks(after)
    moved = [c for c, clock in new.items() if clock != old.get(c, 0)]
    if not moved:  # nothing new came in; if nothing changed either, it waits (deletions of unseen edits too)
        return waiting, waiting or not changed
    return waiting or len(moved) > 1, False
