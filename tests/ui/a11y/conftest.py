"""Accessibility tests: hear what a screen reader would be told (see spy.py)."""

from __future__ import annotations

import pytest

from .spy import Listener, UpdateHandler


@pytest.fixture
def heard(qapp):
    """Every accessibility event Qt sends during the test, with what the object said at that moment."""
    listener = Listener()
    handler = UpdateHandler(listener)
    yield listener
    handler.remove()
    assert not listener.errors, "\n".join(listener.errors)


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(no_message_boxes):
    """A message box nobody answers would hang a headless test: fail instead."""


@pytest.fixture
def template_window(editor, qtbot):
    """The editor's window on the "Buying headphones online" template, shown."""
    from journeymap.templates import new_from_template

    window = editor.new_window(new_from_template("online-purchase"))
    qtbot.waitExposed(window)
    return window
