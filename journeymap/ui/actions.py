"""Every command of the window as a QAction: text, icon, shortcut, status tip.

Actions live in one place so that menus, the toolbar and tests reach the same
objects, and so that each has a standard shortcut where the platform has one
(the user's muscle memory from other apps works here too).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..i18n import tr
from .theme import icon

Key = QKeySequence.StandardKey


class EditorActions:
    """The window's actions, created once per window and parented to it."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._icons: dict[QAction, str] = {}
        a = self._action
        # File
        self.new = a(tr("&New from Template…"), "new", Key.New,
                     tr("Start a map from a template (yours or bundled) or blank"))
        self.open = a(tr("&Open…"), "open", Key.Open, tr("Open a .journey map"))
        self.clear_recent = a(tr("&Clear Recent Files"), tip=tr("Forget the list of recently opened maps"))
        self.save = a(tr("&Save"), "save", Key.Save, tr("Save the map"))
        self.save_as = a(tr("Save &As…"), "save-as", Key.SaveAs, tr("Save the map under a new name"))
        self.save_as_template = a(tr("Save as Te&mplate…"), None, None,
                                  tr("Keep a copy of this map as a template of yours (File > New from Template)"))
        self.revert = a(tr("Rever&t"), None, None,
                        tr("Discard the unsaved changes and reload the saved file"))
        self.restore_version = a(tr("Restore Previous &Version…"), None, None,
                                 tr("Open one of the last saved versions of this map"))
        self.export = a(tr("&Export…"), "export", "Ctrl+E", tr("Export the map to PDF, PNG, SVG or CSV"))
        self.close = a(tr("&Close"), None, Key.Close, tr("Close this map's window"))
        # the platform's Quit key where it has one (Cmd+Q, Ctrl+Q); Windows and others have none
        self.quit = a(tr("&Quit"), None, Key.Quit if QKeySequence.keyBindings(Key.Quit) else "Ctrl+Q",
                      tr("Close every map and quit"))
        # Edit (undo and redo come from the undo stack, which names the step)
        self.cut = a(tr("Cu&t"), "cut", Key.Cut, tr("Cut the selected cards"))
        self.copy = a(tr("&Copy"), "copy", Key.Copy, tr("Copy the selected cards"))
        self.paste = a(tr("&Paste"), "paste", Key.Paste, tr("Paste cards into the current cell"))
        self.delete = a(tr("&Delete"), "delete", Key.Delete, tr("Delete the selection"))
        self.duplicate = a(tr("D&uplicate"), None, "Ctrl+D", tr("Duplicate the selected cards"))
        self.select_all = a(tr("Select &All"), None, Key.SelectAll, tr("Select every card"))
        self.find = a(tr("&Find…"), "find", Key.Find, tr("Find text in cards, steps and stages"))
        self.find_next = a(tr("Find &Next"), None, Key.FindNext, tr("Show the next match"))
        self.find_previous = a(tr("Find Pre&vious"), None, Key.FindPrevious, tr("Show the previous match"))
        self.filter = a(tr("F&ilter…"), "filter", "Ctrl+Shift+F",
                        tr("Highlight cards by channel, owner, persona, tag or evidence"))
        # View
        self.zoom_in = a(tr("Zoom &In"), "zoom-in", Key.ZoomIn, tr("Zoom in"))
        self.zoom_out = a(tr("Zoom &Out"), "zoom-out", Key.ZoomOut, tr("Zoom out"))
        self.zoom_fit = a(tr("Zoom to &Fit"), "zoom-fit", "Ctrl+0", tr("Show the whole map"))
        self.zoom_100 = a(tr("&Actual Size"), "zoom-100", "Ctrl+1", tr("Show the map at 100%"))
        self.present = a(tr("&Present"), "present", "F5", tr("Show the map full screen, one stage at a time"))
        self.next_panel = a(tr("Next &Panel"), None, "F6", tr("Move the keyboard focus to the next panel"))
        self.previous_panel = a(tr("Previous Pa&nel"), None, "Shift+F6",
                                tr("Move the keyboard focus to the previous panel"))
        # Map
        self.add_stage = a(tr("Add &Stage"), "add-stage", "Ctrl+Shift+G",
                           tr("Add a stage after the selected one (Shift+click: before it)"))
        self.add_step = a(tr("Add S&tep"), "add-step", "Ctrl+Shift+T",
                          tr("Add a step after the selected one (Shift+click: before it)"))
        self.add_card = a(tr("Add &Card"), "add-card", "Ctrl+Return", tr("Add a card to the current cell"))
        self.add_persona = a(tr("Add &Persona…"), "add-persona", "Ctrl+Shift+P", tr("Describe a new persona"))
        self.show_all_lanes = a(tr("Show &All Lanes"), None, None, tr("Show every hidden lane again"))
        self.empathy_map = a(tr("&Empathy Map…"), "empathy-map", None,
                             tr("Open the selected persona's empathy map"))
        # Help
        self.about = a(tr("&About Journeymap"), "about", None, tr("Version and licence"))

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
