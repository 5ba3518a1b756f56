"""The editor window: one map, its canvas in the middle, panels around it.

Commands are :class:`EditorActions`; menus and the toolbar are put together
in :mod:`menus`; the File menu's actions are in :class:`FileMenu`. This file
wires them to the session, the canvas and the panels.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QUndoView, QWidget

from ..commands import SetFields
from ..i18n import N_, ntr, tr
from ..io.filenames import for_display
from ..model import Card, ChangeSet, Lane, Persona, Stage, Step
from ..model.arrows import Arrow
from ..model.kinds import LaneKind
from . import insert_here, prompts
from .actions import EditorActions
from .file_menu import MAP_SUFFIXES, FileMenu
from .menus import build_menus, build_toolbar
from .panels import FindFilterPanel, InspectorPanel, OutlinePanel, PersonasPanel
from .plain import plain_label
from .session import EditSession
from .theme import icon

if TYPE_CHECKING:
    from .app import Editor



def first_size(available: QSize) -> QSize:
    """A new window's size: most of a large screen (the map gets the room), at least 1400 x 900."""
    return QSize(max(1400, int(available.width() * 0.9)), max(900, int(available.height() * 0.9)))


class MainWindow(FileMenu, QMainWindow):
    """One open map."""

    def __init__(self, editor: Editor, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.session = editor, session
        self.startup = False  # the first, untouched window: File > New may replace it (Editor sets this)
        session.refused.connect(lambda message: self.statusBar().showMessage(message, 10000))
        session.setParent(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(icon("journeymap"))
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        from .canvas import MapView

        self.view = MapView(session, self)
        self.view.setObjectName("canvas")
        self.view.setAccessibleName(tr("Journey map canvas"))
        self.setCentralWidget(self.view)

        self.acts = EditorActions(self)
        self.undo_action = session.step_action(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = session.step_action(self, redo=True)
        # Ctrl+Y as well as the platform's own redo (Ctrl+Shift+Z on Linux and macOS): both habits work
        redo_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y"),
                     QKeySequence("Ctrl+Shift+Z")]
        self.redo_action.setShortcuts(list(dict.fromkeys(redo_keys)))
        self.acts.name_icon(self.undo_action, "undo")
        self.acts.name_icon(self.redo_action, "redo")

        self.outline = OutlinePanel(session)
        self.inspector = InspectorPanel(session, edit_persona=lambda pid: self.personas.edit_persona(pid))
        self.personas = PersonasPanel(session)
        self.personas.open_empathy = self._open_empathy_board
        self.finder = FindFilterPanel(session, reveal=self.view.reveal, set_filter=self.view.set_filter)
        self.outline_dock = self._dock(N_("Outline"), self.outline, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.personas_dock = self._dock(N_("Personas"), self.personas, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock(N_("Inspector"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea)
        self.find_dock = self._dock(N_("Find and Filter"), self.finder, Qt.DockWidgetArea.TopDockWidgetArea)
        self.history = QUndoView(session.undo_stack)
        self.history.setEmptyLabel(tr("Opened"))
        self.history.setAccessibleName(tr("Undo history"))
        self.history_dock = self._dock(N_("Undo History"), self.history, Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock.hide()
        self.find_dock.hide()
        self.docks = [self.outline_dock, self.personas_dock, self.inspector_dock, self.find_dock]
        self.resizeDocks([self.outline_dock, self.inspector_dock], [290, 340], Qt.Orientation.Horizontal)
        self.resizeDocks([self.outline_dock, self.personas_dock], [560, 180], Qt.Orientation.Vertical)

        self.toolbar = build_toolbar(self)
        self.addToolBar(self.toolbar)
        build_menus(self)
        self.lane_button.setMenu(self.add_lane_menu)
        from .evidence import EvidenceFeatures  # research import, Health panel, Compare With

        self.evidence = EvidenceFeatures(self)
        from .rich_features import RichMapFeatures  # pictures, arrows, spans, the persona library

        self.rich = RichMapFeatures(self)
        from .comments import CommentsFeature  # the Comments panel, Add Comment…, markers on the canvas

        self.comments = CommentsFeature(self)
        from .live import LiveMap  # Share Live, Join Live Map, colleagues on the canvas, personal undo
        from .preferences import add_preferences_action

        self.live = LiveMap(self)
        add_preferences_action(self)

        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleDescription(tr("Zoom level"))  # named by its text
        self.selection_label = plain_label()
        self.selection_label.setAccessibleDescription(tr("Selection"))
        self.statusBar().addWidget(self.selection_label, 1)
        self.statusBar().addPermanentWidget(self.zoom_label)

        self._connect()
        from .a11y.window import make_window_accessible  # F10, Tab chain, a status bar that speaks

        self.status_speech = make_window_accessible(self)
        self.autosave = self._make_autosave()
        self._take_lock()
        self._update_title()
        self._show_zoom(self.view.zoom_factor())
        self._show_selection()
        self.resize(first_size(self.screen().availableGeometry().size()))
        self._restore_layout()

    # -- construction ------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A panel; ``title`` is English (it names the saved layout), shown in the editor's language."""
        dock = QDockWidget(tr(title), self)
        dock.setObjectName(f"dock-{title.lower().replace(' ', '-')}")
        dock.setWidget(widget)
        dock.setAccessibleName(tr(title))
        dock.setFocusProxy(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        a, v, s = self.acts, self.view, self.session
        for action, slot in (
            (a.new, self.new_map), (a.open, self.open_file), (a.save, self.save), (a.save_as, self.save_as),
            (a.save_as_template, self.save_as_template), (a.revert, self.revert), (a.restore_version, self.restore_previous_version),
            (a.export, self.export), (a.close, self.close), (a.quit, self.editor.quit),
            (a.clear_recent, self.editor.settings.clear_recent),
            (a.cut, v.cut_selected), (a.copy, v.copy_selected),
            (a.paste, v.paste), (a.delete, v.delete_selected),
            (a.duplicate, v.duplicate_selected), (a.select_all, v.select_all),
            (a.find, self.show_find), (a.find_next, self.finder.find_next),
            (a.find_previous, self.finder.find_previous), (a.filter, self.show_filter),
            (a.zoom_in, v.zoom_in), (a.zoom_out, v.zoom_out), (a.zoom_fit, v.zoom_to_fit),
            (a.zoom_100, v.zoom_100), (a.next_panel, lambda: self.cycle_panels(1)),
            (a.previous_panel, lambda: self.cycle_panels(-1)),
            (a.add_stage, self.add_stage), (a.add_step, self.add_step), (a.add_card, v.add_card_at_current),
            (a.add_persona, self.personas.add_persona), (a.show_all_lanes, self.show_all_lanes),
            (a.empathy_map, self.open_empathy_map), (a.about, self.show_about), (a.present, self.present),
        ):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        s.undo_stack.cleanChanged.connect(self._update_title)
        s.path_changed.connect(lambda _p: self._update_title())
        s.changed.connect(self._on_change)
        s.selection_changed.connect(self._on_selection)
        v.zoom_changed.connect(self._show_zoom)
        self.editor.theme.changed.connect(self.acts.refresh_icons)
        self.editor.theme.changed.connect(v.map_scene.set_dark)
        self.editor.theme.changed.connect(lambda dark: self.lane_button.setIcon(icon("add-lane", dark)))

    def _make_autosave(self):
        from ..io.writer import dump_map
        from .autosave import AutosaveController

        controller = AutosaveController(
            lambda: (dump_map(self.session.journey), self.session.path, self.display_name()),
            self.session.changed, self, path=self.session.path)
        self.session.undo_stack.cleanChanged.connect(controller.set_clean)
        controller.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        return controller

    def _restore_layout(self) -> None:
        saved = self.editor.settings.choice("window") or {}
        try:
            if saved.get("geometry"):
                self.restoreGeometry(QByteArray.fromBase64(saved["geometry"].encode("ascii")))
            if saved.get("state"):
                self.restoreState(QByteArray.fromBase64(saved["state"].encode("ascii")))
        except (AttributeError, TypeError, ValueError):
            pass

    def _save_layout(self) -> None:
        self.editor.settings.set_choice("window", {
            "geometry": bytes(self.saveGeometry().toBase64()).decode("ascii"),
            "state": bytes(self.saveState().toBase64()).decode("ascii"),
        })

    # -- what the window shows -------------------------------------------------------
    def display_name(self) -> str:
        if self.session.path is not None:
            return for_display(self.session.path.name)  # Qt cannot hold a name's non-UTF-8 bytes
        return self.session.journey.title.strip() or tr("Untitled journey")

    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(f"{self.display_name()}[*] — Journeymap")
        self.setWindowFilePath(for_display(self.session.path) if self.session.path else "")
        self.setWindowModified(self.session.modified)
        self.update_file_actions()

    def _on_change(self, changes: ChangeSet) -> None:
        if self.session.path is None and any(c.kind == "map" and "title" in c.fields for c in changes):
            self._update_title()
        if changes.kinds & {"card", "stage", "step", "lane", "persona"}:
            self._show_selection()

    def _on_selection(self, payload: tuple[tuple[str, ...], object]) -> None:
        ids, origin = payload
        self._show_selection()
        if origin is self.outline and len(ids) == 1:
            self.view.reveal(ids[0])

    def _show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(tr("Zoom {percent}%").format(percent=round(factor * 100)))

    def _show_selection(self) -> None:
        self.selection_label.setText(describe_selection(self.session))

    # -- keyboard: moving between panels ---------------------------------------------
    def focus_targets(self) -> list[QWidget]:
        targets: list[QWidget] = [self.view]
        for dock in (self.outline_dock, self.inspector_dock, self.personas_dock, self.find_dock,
                     self.history_dock, *self.evidence.docks(), self.comments.dock):
            if dock.isVisible():
                targets.append(dock.widget())
        return targets

    def cycle_panels(self, direction: int) -> QWidget:
        """Move the keyboard focus to the next (or previous) visible panel."""
        targets = self.focus_targets()
        focus = self.focusWidget()
        current = next((k for k, t in enumerate(targets) if focus is not None
                        and (focus is t or t.isAncestorOf(focus))), -1)
        target = targets[(current + direction) % len(targets)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if target is self.inspector:
            forms = self.inspector.current
            if forms is not None and forms.editors:
                forms.editors[0].widget.setFocus(Qt.FocusReason.TabFocusReason)
        return target

    def show_find(self) -> None:
        self.find_dock.show()
        self.find_dock.raise_()
        self.finder.focus_find()

    def show_filter(self) -> None:
        self.find_dock.show()
        self.finder.filter_kind.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- map edits the window offers ----------------------------------------------------
    def add_stage(self) -> str:
        """A stage after the selected one (before it with Shift), named in place."""
        return insert_here.insert_stage(self.session, self.view, insert_here.shift_held())

    def add_step(self) -> str:
        """A step after the selected one (before it with Shift), or at the end of the selected or last stage."""
        return insert_here.insert_step(self.session, self.view, insert_here.shift_held())

    def add_lane(self, kind: LaneKind) -> str:
        """A lane below the selected one (above it with Shift), named in place."""
        return insert_here.insert_lane(self.session, self.view, kind, insert_here.shift_held())

    def show_all_lanes(self) -> None:
        hidden = [lane for lane in self.session.journey.lanes if lane.hidden]
        if not hidden:
            return
        with self.session.macro(tr("Show all lanes")):
            for lane in hidden:
                self.session.push(SetFields(self.session.document, lane.id, {"hidden": False}))

    def selected_persona(self) -> str | None:
        for obj_id in self.session.selection:
            if isinstance(self.session.document.get(obj_id), Persona):
                return obj_id
        personas = self.session.journey.personas
        return personas[0].id if len(personas) == 1 else None

    def open_empathy_map(self) -> None:
        persona_id = self.selected_persona()
        if persona_id is None:
            persona_id = self.pick_persona()
        if persona_id is not None:
            self._open_empathy_board(persona_id)

    def pick_persona(self) -> str | None:
        """Which persona's empathy map: a list to pick from (or the persona form when there is none)."""
        personas = self.session.journey.personas
        if not personas:
            return self.personas.add_persona()
        return prompts.choose_persona(self, [(p.id, p.name) for p in personas])

    def _open_empathy_board(self, persona_id: str) -> None:
        from .empathy import open_empathy_board

        open_empathy_board(self, self.session, persona_id)

    def present(self) -> QWidget | None:
        """Workshop mode: the map full screen, one stage at a time (F5)."""
        from .present import start_presentation

        return start_presentation(self, self.session)

    def show_about(self) -> None:
        from .about import show_about

        show_about(self)

    # -- files dropped on the window -------------------------------------------------------
    @staticmethod
    def _map_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls()
                if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in MAP_SUFFIXES]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._map_paths(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._map_paths(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._map_paths(event)
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for path in paths:
            self.editor.open_path(path, requester=self)

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.live.may_close() or not self.maybe_keep_changes():
            event.ignore()
            return
        self._save_layout()
        self.editor.remember_view(self)
        self._release_lock()
        self.live.shutdown()
        boards = sys.modules.get(f"{__package__}.empathy")  # not loaded: no board was ever opened
        if boards is not None:
            boards.close_empathy_boards(self.session)
        self.session.changed.disconnect(self.autosave.mark_dirty)
        self.session.undo_stack.cleanChanged.disconnect(self.autosave.set_clean)
        if not self.session.modified:
            self.autosave.on_discarded()
        self.autosave.shutdown()
        self.editor.forget(self)
        event.accept()


def place_of(session: EditSession, obj: object) -> str:
    """Where a card or step is, for the status bar: ", in Pain points at Compares models (Research)"."""
    from .a11y.phrases import card_place, stage_of

    doc, journey = session.document, session.journey
    if isinstance(obj, Card):
        return ", " + card_place(doc.lane(doc.parent_id(obj.id)), doc.step(obj.step), stage_of(journey).get(obj.step),
                                 journey.language)
    if isinstance(obj, Step):
        stage = stage_of(journey).get(obj.id)
        return ", " + tr("in {stage}").format(stage=" ".join(stage.name.split())) if stage is not None else ""
    return ""


def describe_selection(session: EditSession) -> str:
    """The status bar's words for the selection: what and how many."""
    ids = session.selection
    if not ids:
        return tr("Nothing selected")
    doc = session.document
    objects = [doc.get(i) for i in ids if doc.has(i)]
    if len(objects) == 1:
        obj = objects[0]
        name = getattr(obj, "name", None) or getattr(obj, "text", "") or getattr(obj, "label", "")
        if isinstance(obj, Lane):
            name = obj.title_in(session.journey.language)
        name = " ".join(str(name).split())
        selected = tr(SELECTED_ONE.get(type(obj), N_("Object “{name}” selected")))
        return selected.format(name=name[:50] + ("…" if len(name) > 50 else "")) + place_of(session, obj)
    counts: dict[type, int] = {}
    for obj in objects:
        counts[type(obj)] = counts.get(type(obj), 0) + 1
    parts = [_counted(kind, n) for kind, n in counts.items()]
    return tr("{objects} selected").format(objects=tr(", ").join(parts))


#: The status bar's words for one selected object of each kind (whole phrases: German nouns differ in gender).
SELECTED_ONE = {Card: N_("Card “{name}” selected"), Step: N_("Step “{name}” selected"),
                Stage: N_("Stage “{name}” selected"), Lane: N_("Lane “{name}” selected"),
                Persona: N_("Persona “{name}” selected"), Arrow: N_("Arrow “{name}” selected")}


def _counted(kind: type, n: int) -> str:
    """ "3 cards", "1 step" in the editor's language."""
    if kind is Card:
        return ntr("{n} card", "{n} cards", n).format(n=n)
    if kind is Step:
        return ntr("{n} step", "{n} steps", n).format(n=n)
    if kind is Stage:
        return ntr("{n} stage", "{n} stages", n).format(n=n)
    if kind is Lane:
        return ntr("{n} lane", "{n} lanes", n).format(n=n)
    if kind is Persona:
        return ntr("{n} persona", "{n} personas", n).format(n=n)
    if kind is Arrow:
        return ntr("{n} arrow", "{n} arrows", n).format(n=n)
    return ntr("{n} object", "{n} objects", n).format(n=n)
