"""Replicas of one shared map wired by hand: what each made, who has received what."""

from __future__ import annotations

import random

from journeymap.collab import MapBinding, build_journey
from journeymap.collab.projection import project
from journeymap.collab.state import shared_doc
from journeymap.io import dump_map, parse_map
from journeymap.model import Document, JourneyMap, reference_problems


class Replicas:
    """``n`` bindings of one map; updates wait in outboxes until delivered (in any order)."""

    def __init__(self, journey: JourneyMap, n: int = 3, *, causal: bool = True) -> None:
        """``causal=False`` for deliveries in any order (a mesh without a server in the middle)."""
        first = MapBinding.share(Document(journey), client_id=1, causal=causal)
        self.bindings = [first]
        for k in range(n - 1):
            ydoc = shared_doc(k + 2)  # fixed client ids: ties between concurrent edits break the same way
            ydoc.apply_update(first.update_since())
            self.bindings.append(MapBinding.join(ydoc, causal=causal))
        self.sent: list[list[bytes]] = [[] for _ in self.bindings]
        self.delivered: dict[tuple[int, int], set[int]] = {}
        for k, binding in enumerate(self.bindings):
            binding.on_local_update(self.sent[k].append)

    def docs(self) -> list[Document]:
        return [b.document for b in self.bindings]

    def deliver_some(self, rng: random.Random, src: int, dst: int, count: int) -> None:
        """Deliver up to ``count`` of ``src``'s updates that ``dst`` has not had, in random order."""
        done = self.delivered.setdefault((src, dst), set())
        waiting = [k for k in range(len(self.sent[src])) if k not in done]
        rng.shuffle(waiting)
        for k in waiting[:count]:
            done.add(k)
            assert self.bindings[dst].receive(self.sent[src][k])

    def exchange_all(self) -> None:
        """Full exchange, as a reconnect does it: each sends what the other lacks, twice round."""
        for _ in range(2):
            for a in self.bindings:
                for b in self.bindings:
                    if a is not b:
                        assert b.receive(a.update_since(b.ydoc.get_state()))


def dump(doc: Document) -> dict:
    data = doc.journey.model_dump()
    data.pop("modified")
    return data


def shows_its_projection(binding: MapBinding) -> bool:
    """The replica's map is exactly what its shared state projects (the binding's invariant)."""
    projected = build_journey(binding.state, project(binding.state)).model_dump()
    projected.pop("modified")
    return projected == dump(binding.document)


def is_valid_map(doc: Document) -> bool:
    return reference_problems(doc.journey) == [] and parse_map(dump_map(doc.journey)) == doc.journey


def first_difference(a: dict, b: dict, path: str = "") -> str:
    """Where two model dumps first differ, for a readable failure."""
    for key in a:
        if a[key] != b.get(key):
            x, y = a[key], b.get(key)
            if isinstance(x, dict) and isinstance(y, dict):
                return first_difference(x, y, f"{path}.{key}")
            if isinstance(x, list) and isinstance(y, list) and len(x) == len(y):
                for k, (p, q) in enumerate(zip(x, y, strict=True)):
                    if p != q:
                        return first_difference(p, q, f"{path}.{key}[{k}]") if isinstance(p, dict) else \
                            f"{path}.{key}[{k}]: {p!r} != {q!r}"
            return f"{path}.{key}: {str(x)[:300]} != {str(y)[:300]}"
    return "no difference"
