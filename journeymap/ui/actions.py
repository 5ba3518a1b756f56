"""Every command of the window as a QAction: text, icon, shortcut, status tip.

Actions live in one place so that menus, the toolbar and tests reach the same
objects, and so that each has a standard shortcut where the platform has one
(the user's muscle memory from other apps works here too).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .theme import icon

Key = QKeySequence.StandardKey


class EditorActions:
    """The window's actions, created once per window and parented to it."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._icons: dict[QAction, str] = {}
        a = self._action
        # File
        self.new = a("&New from Template…", "new", Key.New, "Start a map from a template (yours or bundled) or blank")
        self.open = a("&Open…", "open", Key.Open, "Open a .journey map")
        self.clear_recent = a("&Clear Recent Files", tip="Forget the list of recently opened maps")
        self.save = a("&Save", "save", Key.Save, "Save the map")
        self.save_as = a("Save &As…", "save-as", Key.SaveAs, "Save the map under a new name")
        self.save_as_template = a("Save as Te&mplate…", None, None,
                                  "Keep a copy of this map as a template of yours (File > New from Template)")
        self.revert = a("Rever&t", None, None, "Discard the unsaved changes and reload the saved file")
        self.restore_version = a("Restore Previous &Version…", None, None,
                                 "Open one of the last saved versions of this map")
        self.export = a("&Export…", "export", "Ctrl+E", "Export the map to PDF, PNG, SVG or CSV")
        self.close = a("&Close", None, Key.Close, "Close this map's window")
        # the platform's Quit key where it has one (Cmd+Q, Ctrl+Q); Windows and others have none
        self.quit = a("&Quit", None, Key.Quit if QKeySequence.keyBindings(Key.Quit) else "Ctrl+Q",
                      "Close every map and quit")
        # Edit (undo and redo come from the undo stack, which names the step)
        self.cut = a("Cu&t", "cut", Key.Cut, "Cut the selected cards")
        self.copy = a("&Copy", "copy", Key.Copy, "Copy the selected cards")
        self.paste = a("&Paste", "paste", Key.Paste, "Paste cards into the current cell")
        self.delete = a("&Delete", "delete", Key.Delete, "Delete the selection")
        self.duplicate = a("D&uplicate", None, "Ctrl+D", "Duplicate the selected cards")
        self.select_all = a("Select &All", None, Key.SelectAll, "Select every card")
        self.find = a("&Find…", "find", Key.Find, "Find text in cards, steps and stages")
        self.find_next = a("Find &Next", None, Key.FindNext, "Show the next match")
        self.find_previous = a("Find Pre&vious", None, Key.FindPrevious, "Show the previous match")
        self.filter = a("F&ilter…", "filter", "Ctrl+Shift+F", "Highlight cards by channel, owner, persona, tag or evidence")
        # View
        self.zoom_in = a("Zoom &In", "zoom-in", Key.ZoomIn, "Zoom in")
        self.zoom_out = a("Zoom &Out", "zoom-out", Key.ZoomOut, "Zoom out")
        self.zoom_fit = a("Zoom to &Fit", "zoom-fit", "Ctrl+0", "Show the whole map")
        self.zoom_100 = a("&Actual Size", "zoom-100", "Ctrl+1", "Show the map at 100%")
        self.present = a("&Present", "present", "F5", "Show the map full screen, one stage at a time")
        self.next_panel = a("Next &Panel", None, "F6", "Move the keyboard focus to the next panel")
        self.previous_panel = a("Previous Pa&nel", None, "Shift+F6", "Move the keyboard focus to the previous panel")
        # Map
        self.add_stage = a("Add &Stage", "add-stage", "Ctrl+Shift+G", "Add a stage after the selected one (Shift+click: before it)")
        self.add_step = a("Add S&tep", "add-step", "Ctrl+Shift+T", "Add a step after the selected one (Shift+click: before it)")
        self.add_card = a("Add &Card", "add-card", "Ctrl+Return", "Add a card to the current cell")
        self.add_persona = a("Add &Persona…", "add-persona", "Ctrl+Shift+P", "Describe a new persona")
        self.show_all_lanes = a("Show &All Lanes", None, None, "Show every hidden lane again")
        self.empathy_map = a("&Empathy Map…", "empathy-map", None, "Open the selected persona's empathy map")
        # Help
        self.about = a("&About Journeymap", "about", None, "Version and licence")

    def _action(self, text: str, icon_name: str | None = None,
                shortcut: Key | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self._parent)
        if icon_name:
            self._icons[action] = icon_name
            action.setIcon(icon(icon_name))
        if isinstance(shortcut, Key):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} — {tip}" if shortcut is None
                              else f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        return action

    def name_icon(self, action: QAction, icon_name: str) -> None:
        """Give an action made elsewhere (undo, redo) a themed icon."""
        self._icons[action] = icon_name
        action.setIcon(icon(icon_name))

    def refresh_icons(self, dark: bool | None = None) -> None:
        """Swap every icon for the current light/dark variant."""
        for action, name in self._icons.items():
            action.setIcon(icon(name, dark))
