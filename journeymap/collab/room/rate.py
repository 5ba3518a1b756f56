"""Token buckets: a steady rate with a small burst, for messages and for join-code tries."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Bucket:
    rate: float  # tokens a second
    burst: float
    clock: Callable[[], float] = time.monotonic
    tokens: float = field(default=-1.0)
    stamp: float = field(default=0.0)

    def __post_init__(self) -> None:
        self.tokens = self.burst
        self.stamp = self.clock()

    def take(self) -> bool:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


class PerKey:
    """One bucket per key (an address), forgetting keys idle long enough to be full again."""

    def __init__(self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic,
                 most: int = 10_000) -> None:
        self.rate, self.burst, self.clock, self.most = rate, burst, clock, most
        self.buckets: dict[str, Bucket] = {}

    def take(self, key: str) -> bool:
        bucket = self.buckets.get(key)
        if bucket is None:
            if len(self.buckets) >= self.most:
                now = self.clock()
                full = [k for k, b in self.buckets.items() if b.stamp + b.burst / b.rate < now]
                for k in full:
                    del self.buckets[k]
                if len(self.buckets) >= self.most:
                    return False
            bucket = self.buckets[key] = Bucket(self.rate, self.burst, self.clock)
        return bucket.take()
