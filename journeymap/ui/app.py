"""Starting the editor: the QApplication, fonts, theme, and the set of open windows.

One map per window. :class:`Editor` keeps the windows of this process, so
opening a file that is already open brings its window forward instead of
opening it twice, and Quit asks each window in turn about unsaved changes.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

# Loading the editor makes a few hundred thousand objects that live as long as the program (the
# model's validators, Qt's wrappers, the first window). Collecting while they are made only walks
# them again and again, a tenth of the start-up: the collector rests until the first window is up
# (see :func:`run_editor`), and a bare import gives it back at the end of this module.
_COLLECTING = gc.isenabled()
gc.disable()

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from .. import DESKTOP_ID, __version__
from ..export.qt_fonts import bundled_family
from ..i18n import tr, ui_language
from ..io import MapFileError, load_map
from ..io.autosave import FileStamp
from ..io.filenames import for_display
from ..model import JourneyMap
from ..templates import BLANK, new_from_template
from .main_window import MainWindow
from .session import EditSession
from .settings import Settings
from .theme import Theme, icon
from .ui_language import apply_ui_language


class Editor(QObject):
    """The open windows, the shared settings and theme of one editor process."""

    def __init__(self, app: QApplication, settings: Settings | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings or Settings()
        self.theme = Theme(app)
        self.windows: list[MainWindow] = []
        if sys.platform == "darwin":
            # Only macOS sends FileOpen; a filter on the application sees every event of
            # every object, so elsewhere it would be pure cost.
            for other in app.findChildren(Editor):  # one editor per process takes the open requests
                if other is not self:
                    app.removeEventFilter(other)
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """macOS hands a double-clicked .journey file to the running app as a FileOpen event."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or event.url().toLocalFile()
            if name:
                pristine = next((w for w in self.windows if w.is_pristine()), None)
                self.open_path(Path(name), requester=pristine or (self.windows[-1] if self.windows else None))
                return True
        return super().eventFilter(watched, event)

    # -- windows -----------------------------------------------------------------
    def new_window(self, journey: JourneyMap | None = None, path: Path | None = None,
                   replacing: MainWindow | None = None, session: EditSession | None = None) -> MainWindow:
        """Show a window for ``journey`` (or an existing ``session``: a joined live map); an untouched
        blank window it replaces is closed."""
        if session is None:
            session = EditSession(journey or new_from_template(BLANK), path.resolve() if path else None)
        window = MainWindow(self, session)
        self.windows.append(window)
        replaced = replacing is not None and replacing in self.windows and replacing.is_pristine() \
            and (path is not None or getattr(replacing, "startup", False))
        if replaced:
            window.setGeometry(replacing.geometry())
            window.startup = getattr(replacing, "startup", False) and path is None
            replacing.close()
            if path is None:
                window.statusBar().showMessage(
                    tr("The untouched start-up map was replaced; File > New opens further maps in new windows"), 8000)
        window.show()
        self._show_map(window)
        return window

    def _show_map(self, window: MainWindow) -> None:
        """Where the file was left last time; else readable (100 % or fit, the larger) from the top-left."""
        view = window.view
        path = window.session.path
        states = self.settings.choice(VIEW_STATES, {})
        state = states.get(str(path)) if path is not None and isinstance(states, dict) else None
        if not (isinstance(state, dict) and view.restore_view_state(state)):
            view.open_readable()

    def remember_view(self, window: MainWindow) -> None:
        """Keep a saved map's zoom and scroll position for the next time it is opened (app state)."""
        path = window.session.path
        if path is None:
            return
        states = self.settings.choice(VIEW_STATES, {})
        states = dict(states) if isinstance(states, dict) else {}
        states.pop(str(path), None)
        states[str(path)] = window.view.view_state()
        self.settings.set_choice(VIEW_STATES, dict(list(states.items())[-MAX_VIEW_STATES:]))

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def window_for(self, path: Path) -> MainWindow | None:
        resolved = Path(path).resolve()
        return next((w for w in self.windows if w.session.path == resolved), None)

    def new_from_template(self, name: str, replacing: MainWindow | None = None) -> MainWindow | None:
        try:
            journey = new_from_template(name, words_in=ui_language())  # a blank map starts in the editor's words
        except (KeyError, MapFileError) as e:
            if replacing is not None:
                from . import prompts
                prompts.show_error(replacing, tr("New map"), tr("The template “{name}” cannot be used: {reason}").format(
                    name=name, reason=e))
            return None
        return self.new_window(journey, None, replacing)

    def open_path(self, path: Path, requester: MainWindow | None = None) -> MainWindow | None:
        """Open ``path`` in its own window (or bring forward the window that has it)."""
        existing = self.window_for(path)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        try:
            journey = load_map(path)
        except MapFileError as e:
            reporter = requester or (self.windows[-1] if self.windows else None)
            if reporter is None:
                reporter = self.new_window()
            reporter._show_open_error(Path(path), e)
            return None
        window = self.new_window(journey, Path(path), requester)
        self.settings.add_recent(path)
        return window

    def open_copy(self, source: Path, original: Path, requester: MainWindow | None = None) -> MainWindow | None:
        """Open a backup or autosave of ``original`` as that file, modified, so Save puts it back."""
        try:
            journey = load_map(source)
        except MapFileError as e:
            if requester is not None:
                requester._show_open_error(source, e)
            return None
        return self.open_restored(journey, original)

    def open_restored(self, journey: JourneyMap, original: Path | None, key: str | None = None) -> MainWindow:
        window = self.new_window(journey, original)
        window.session.undo_stack.resetClean()
        if key is not None:
            window.autosave.adopt(key)
            # Save must compare the file with what the lost session had opened, not with the file as
            # it is now: another program may have saved over it since (then Save asks first).
            window.autosave.opened_stamp = recovered_baseline(key, original)
        window.autosave.mark_dirty()
        return window

    def open_files(self, files: list[str]) -> None:
        """What the command line asked for; a blank map when nothing opened."""
        failures: list[tuple[Path, MapFileError]] = []
        for name in files:
            try:
                journey = load_map(name)
            except MapFileError as e:
                failures.append((Path(name), e))
                continue
            if self.window_for(Path(name)) is None:
                self.new_window(journey, Path(name))
                self.settings.add_recent(name)
        if not self.windows:
            self.new_window().startup = True
        for path, error in failures:
            self.windows[-1]._show_open_error(path, error)

    def recover(self) -> None:
        """Offer back what a crash left in autosaves."""
        from ..io.recovery import pending_recoveries

        recoveries = pending_recoveries()
        if not recoveries:
            return
        from .recovery_dialog import RecoveryDialog, apply_choices  # only after a crash: not on every start

        choices = RecoveryDialog.ask(recoveries, self.windows[-1] if self.windows else None)
        failures = apply_choices(choices, lambda j, p, k: self.open_restored(j, p, k),
                                 lambda p: self.open_path(p))
        for error in failures:
            if self.windows:
                self.windows[-1]._show_open_error(error.path, error)

    def quit(self) -> bool:
        """Close every window, asking about unsaved changes; stop at the first Cancel."""
        if self._close_all() is None:
            return False
        self.app.quit()
        return True

    def restart(self) -> bool:
        """Quit and start again with the same saved maps open: a new editor language shows at once.

        Each window asks about unsaved changes as when quitting (Cancel keeps everything open); a
        map saved in that question opens again too. False when the user cancelled.
        """
        paths = self._close_all()
        if paths is None:
            return False
        import os

        from PySide6.QtCore import QProcess

        QProcess.startDetached(sys.executable, ["-m", "journeymap", *(os.fsdecode(p) for p in paths)])
        self.app.quit()
        return True

    def _close_all(self) -> list[Path] | None:
        """Close every window; the files of the maps closed, or None at the first Cancel."""
        # Quit once, by the caller: closing the last window would also post a quit of its own, which
        # outlives this event loop and ends the next one at once (the app's or a test's).
        on_last = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)
        paths: list[Path] = []
        try:
            for window in list(self.windows):
                window.raise_()
                if not window.close():
                    return None
                if window.session.path is not None:
                    paths.append(window.session.path)
        finally:
            self.app.setQuitOnLastWindowClosed(on_last)
        return paths


def recovered_baseline(key: str, original: Path | None) -> FileStamp | None:
    """The file as the crashed session knew it; a stamp no file matches when it knew none."""
    from ..io import autosave

    entry = autosave.read(key)
    if original is None:
        return None
    if entry is None or entry.opened_stamp is None:
        return FileStamp(-1.0, -1)  # the file appeared since (or is unknown): Save asks before replacing it
    return entry.opened_stamp


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, made once. Qt is given only text it can hold: a lone surrogate
    (a non-UTF-8 byte of a file name) in its arguments crashes it."""
    app = QApplication.instance() or QApplication([for_display(a) for a in (argv or [sys.argv[0]])])
    app.setApplicationName("Journeymap")
    app.setApplicationDisplayName("Journeymap")
    app.setOrganizationName("Journeymap")
    app.setOrganizationDomain("journeymap.example")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(icon("journeymap", dark=False))
    bundled_family()  # the canvas and the PDF measure text with the same faces
    return app  # type: ignore[return-value]


VIEW_STATES = "map_views"  # settings choice: path -> zoom and scroll of the map's last view
MAX_VIEW_STATES = 50


def run_editor(files: list[str], template: str | None = None) -> int:
    """Open the editor on ``files`` (a blank map when none), or on an untitled copy of a
    bundled ``template``, and run until the last window closes."""
    collecting = gc.isenabled()
    gc.disable()  # the first window's objects last as long as it does: no collections while it is built
    try:
        app = make_application([sys.argv[0]])  # the files are opened by Python, which keeps their names' bytes
        from .faults import install_fault_handler

        install_fault_handler(app)
        editor = Editor(app)
        apply_ui_language(app, editor.settings)  # before the first window: its menus are built in it
        app.setQuitOnLastWindowClosed(True)
        editor.recover()
        if template is not None:
            first = editor.new_from_template(template)
            if first is not None:
                first.startup = True  # File > New may replace this window while it is untouched
        editor.open_files(files)
    finally:
        if collecting:
            gc.enable()
    return app.exec()


gc.freeze()  # the modules and classes just loaded stay out of every later collection's walk
if _COLLECTING:
    gc.enable()
