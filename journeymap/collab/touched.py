"""What a Yjs transaction touched: objects by kind and id, lists, the map's own fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pycrdt import Map

from .shape import KIND_OF_ROOT, LISTS_ROOT, MAP_ROOT


@dataclass
class Touched:
    objects: dict[str, set[str]] = field(default_factory=dict)
    lists: set[str] = field(default_factory=set)
    meta: bool = False

    def __bool__(self) -> bool:
        return bool(self.objects or self.lists or self.meta)

    def ids(self) -> set[str]:
        return {i for ids in self.objects.values() for i in ids}


class TouchRecorder:
    """Deep observers on every root of a shared document, adding up what changed until taken."""

    def __init__(self, roots: dict[str, Map]) -> None:
        self.touched = Touched()
        self._subscriptions = [(ymap, ymap.observe_deep(self._recorder_for(name))) for name, ymap in roots.items()]

    def take(self) -> Touched:
        touched, self.touched = self.touched, Touched()
        return touched

    def close(self) -> None:
        for ymap, subscription in self._subscriptions:
            ymap.unobserve(subscription)
        self._subscriptions = []

    def _recorder_for(self, root: str):
        # pycrdt passes as many arguments as the callback declares: exactly one, the events
        return lambda events: self._record(root, events)

    def _record(self, root: str, events: list[Any]) -> None:
        touched = self.touched
        for event in events:
            path = event.path
            if root == MAP_ROOT:
                touched.meta = True
            elif root == LISTS_ROOT:
                if path:
                    touched.lists.add(str(path[0]))
                else:
                    touched.lists.update(str(k) for k in event.keys)
            else:
                ids = touched.objects.setdefault(KIND_OF_ROOT[root], set())
                if path:
                    ids.add(str(path[0]))
                else:
                    ids.update(str(k) for k in event.keys)
