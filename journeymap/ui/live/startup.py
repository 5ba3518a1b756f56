"""``journeymap open ws://…``: the editor starts joined to a room (the Join dialog, already joining)."""

from __future__ import annotations

import sys

from ..app import Editor, make_application
from ..preferences import load_identity
from .dialogs import JoinDialog
from .live_map import open_joined


def join_from_start(editor: Editor, link_text: str) -> JoinDialog:
    """The Join dialog with the link, joining at once; a bad link or a refusal is said in it, and the
    user may correct the link. The shared map opens in its own window."""
    from ...collab.presence import Presence

    who = load_identity(editor.settings)
    dialog = JoinDialog(Presence(who.name, who.colour), lambda c, b: open_joined(editor, c, b), link_text)
    dialog.show()
    dialog.join()
    return dialog


def run_joined_editor(link_text: str) -> int:
    app = make_application([sys.argv[0]])
    editor = Editor(app)
    app.setQuitOnLastWindowClosed(True)  # Cancel in the dialog before joining ends the editor
    join_from_start(editor, link_text)
    return app.exec()
