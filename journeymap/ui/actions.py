"""Every command of the window as a QAction: text, icon, shortcut, status tip.

Actions live in one place so that menus, the toolbar and tests reach the same
objects, and so that each has a standard shortcut where the platform has one
(the user's muscle memory from other apps works here too).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..i18n.ui import _
from .theme import icon

Key = QKeySequence.StandardKey


class EditorActions:
    """The window's actions, created once per window and parented to it."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._icons: dict[QAction, str] = {}
        a = self._action
        # File
        self.new = a(_("&New from Template…"), "new", Key.New, _("Start a map from a template (yours or bundled) or blank"))
        self.open = a(_("&Open…"), "open", Key.Open, _("Open a .journey map"))
        self.clear_recent = a(_("&Clear Recent Files"), tip=_("Forget the list of recently opened maps"))
        self.save = a(_("&Save"), "save", Key.Save, _("Save the map"))
        self.save_as = a(_("Save &As…"), "save-as", Key.SaveAs, _("Save the map under a new name"))
        self.save_as_template = a(_("Save as Te&mplate…"), None, None,
                                  _("Keep a copy of this map as a template of yours (File > New from Template)"))
        self.revert = a(_("Rever&t"), None, None, _("Discard the unsaved changes and reload the saved file"))
        self.restore_version = a(_("Restore Previous &Version…"), None, None,
                                 _("Open one of the last saved versions of this map"))
        self.export = a(_("&Export…"), "export", "Ctrl+E", _("Export the map to PDF, PNG, SVG or CSV"))
        self.close = a(_("&Close"), None, Key.Close, _("Close this map's window"))
        # the platform's Quit key where it has one (Cmd+Q, Ctrl+Q); Windows and others have none
        self.quit = a(_("&Quit"), None, Key.Quit if QKeySequence.keyBindings(Key.Quit) else "Ctrl+Q",
                      _("Close every map and quit"))
        # Edit (undo and redo come from the undo stack, which names the step)
        self.cut = a(_("Cu&t"), "cut", Key.Cut, _("Cut the selected cards"))
        self.copy = a(_("&Copy"), "copy", Key.Copy, _("Copy the selected cards"))
        self.paste = a(_("&Paste"), "paste", Key.Paste, _("Paste cards into the current cell"))
        self.delete = a(_("&Delete"), "delete", Key.Delete, _("Delete the selection"))
        self.duplicate = a(_("D&uplicate"), None, "Ctrl+D", _("Duplicate the selected cards"))
        self.select_all = a(_("Select &All"), None, Key.SelectAll, _("Select every card"))
        self.find = a(_("&Find…"), "find", Key.Find, _("Find text in cards, steps and stages"))
        self.find_next = a(_("Find &Next"), None, Key.FindNext, _("Show the next match"))
        self.find_previous = a(_("Find Pre&vious"), None, Key.FindPrevious, _("Show the previous match"))
        self.filter = a(_("F&ilter…"), "filter", "Ctrl+Shift+F", _("Highlight cards by channel, owner, persona, tag or evidence"))
        # View
        self.zoom_in = a(_("Zoom &In"), "zoom-in", Key.ZoomIn, _("Zoom in"))
        self.zoom_out = a(_("Zoom &Out"), "zoom-out", Key.ZoomOut, _("Zoom out"))
        self.zoom_fit = a(_("Zoom to &Fit"), "zoom-fit", "Ctrl+0", _("Show the whole map"))
        self.zoom_100 = a(_("&Actual Size"), "zoom-100", "Ctrl+1", _("Show the map at 100%"))
        self.present = a(_("&Present"), "present", "F5", _("Show the map full screen, one stage at a time"))
        self.next_panel = a(_("Next &Panel"), None, "F6", _("Move the keyboard focus to the next panel"))
        self.previous_panel = a(_("Previous Pa&nel"), None, "Shift+F6", _("Move the keyboard focus to the previous panel"))
        # Map
        self.add_stage = a(_("Add &Stage"), "add-stage", "Ctrl+Shift+G", _("Add a stage after the selected one (Shift+click: before it)"))
        self.add_step = a(_("Add S&tep"), "add-step", "Ctrl+Shift+T", _("Add a step after the selected one (Shift+click: before it)"))
        self.add_card = a(_("Add &Card"), "add-card", "Ctrl+Return", _("Add a card to the current cell"))
        self.add_persona = a(_("Add &Persona…"), "add-persona", "Ctrl+Shift+P", _("Describe a new persona"))
        self.show_all_lanes = a(_("Show &All Lanes"), None, None, _("Show every hidden lane again"))
        self.empathy_map = a(_("&Empathy Map…"), "empathy-map", None, _("Open the selected persona's empathy map"))
        # Help
        self.about = a(_("&About Journeymap"), "about", None, _("Version and licence"))

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
