"""Fixtures for model tests: a Document on the sample map, and a recorder of its change records."""

from __future__ import annotations

import pytest

from journeymap.model import Change, Document

from .sample import sample_map


class Recorder:
    """Collects the change records a Document emits."""

    def __init__(self, doc: Document) -> None:
        self.changes: list[Change] = []
        doc.subscribe(self.changes.append)

    def take(self) -> list[Change]:
        out, self.changes[:] = list(self.changes), []
        return out


@pytest.fixture
def doc() -> Document:
    return Document(sample_map())


@pytest.fixture
def changes(doc: Document) -> Recorder:
    return Recorder(doc)
