"""What a room and a connection may carry: the caps a server enforces against runaway or hostile peers."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.limits import MAX_FILE_BYTES


@dataclass(frozen=True)
class RoomLimits:
    #: One websocket message (a sync step or an update).
    max_message_bytes: int = 16 * 1024 * 1024
    #: All updates a room has taken in, which bounds its document's size.
    max_room_bytes: int = 4 * MAX_FILE_BYTES
    #: Messages one connection may send per second on average, and in one burst.
    messages_per_second: float = 200.0
    burst: int = 2_000
    #: Refused updates one connection may send before it is closed.
    max_refused: int = 20


class RateLimit:
    """A token bucket: ``rate`` messages a second on average, up to ``burst`` at once."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self.tokens = float(burst)
        self.at: float | None = None

    def allow(self, now: float) -> bool:
        if self.at is not None:
            self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True
