"""Window tests: an Editor whose windows are closed (without prompts) after each test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch):
    """A message box nobody answers would hang a headless test: fail instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(box, *args):
        raise AssertionError(f"unexpected message box: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "open", refuse)


@pytest.fixture
def template_window(editor):
    """A window with the online-purchase template (or the richest one there is) open."""
    from journeymap.templates import list_templates, new_from_template

    names = [t.name for t in list_templates()]
    name = "online-purchase" if "online-purchase" in names else names[-1]
    return editor.new_window(new_from_template(name))
