"""The window's File menu: new, open, save, save as, revert, restore, export, the close prompt.

Saving goes through :mod:`journeymap.io.writer` (atomic; the old file
survives any failure). A failed save says why and leaves the document open
and modified. Opening errors go through one method, ``_show_open_error``,
so the reliability dialog (backup, autosave) is the single way they show.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from ..commands.replace_map import ReplaceMap
from ..i18n import tr
from ..io import MapFileError, SaveError, load_map, writer
from ..io.errors import ReadOnlyError
from ..io.filenames import for_display
from ..model import JourneyMap
from . import prompts

if TYPE_CHECKING:
    from .main_window import MainWindow

def open_filter() -> str:
    """The file dialog's choice of files to open, in the editor's language."""
    return tr("Journey maps") + " (*.journey *.json);;" + tr("All files") + " (*)"


def save_filter() -> str:
    return tr("Journey maps") + " (*.journey)"
MAP_SUFFIXES = (".journey", ".json")


class FileMenu:
    """Mixed into :class:`MainWindow`; ``self`` is the window."""

    # -- new and open ----------------------------------------------------------
    def new_map(self: MainWindow) -> MainWindow | None:
        from .new_dialog import NewMapDialog

        name = NewMapDialog.ask(self)
        if name is None:
            return None
        return self.editor.new_from_template(name, replacing=self)

    def open_file(self: MainWindow) -> None:
        folder = self.editor.settings.choice("last_folder", "")
        names, _ = QFileDialog.getOpenFileNames(self, tr("Open map"), folder, open_filter())
        for name in names:
            self.editor.settings.set_choice("last_folder", str(Path(name).parent))
            self.editor.open_path(Path(name), requester=self)

    def open_recent(self: MainWindow, path: str) -> None:
        if not Path(path).exists():
            self.editor.settings.remove_recent(path)
        self.editor.open_path(Path(path), requester=self)

    def is_pristine(self: MainWindow) -> bool:
        """An untouched, never-saved map that an opened file may simply replace."""
        return self.session.path is None and self.session.undo_stack.count() == 0

    def _show_open_error(self: MainWindow, path: Path, error: MapFileError) -> None:
        """Say which file did not open and why; offer its backup or autosave when there is one."""
        from .open_error_dialog import OpenErrorChoice, OpenErrorDialog

        choice, chosen = OpenErrorDialog.ask(error, self)
        if chosen is None or choice not in (OpenErrorChoice.OPEN_BACKUP, OpenErrorChoice.OPEN_AUTOSAVE):
            return
        if self.session.path is not None and Path(path).resolve() == self.session.path:
            self._restore_copy(Path(chosen))  # Revert found this window's own file broken
        else:
            self.editor.open_copy(Path(chosen), original=path, requester=self)

    # -- save ------------------------------------------------------------------
    def save(self: MainWindow) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._write(self.session.path)

    def save_as(self: MainWindow) -> bool:
        start = str(self.session.path or Path(self.editor.settings.choice("last_folder", "")) /
                    f"{self._safe_name()}.journey")
        name, _ = QFileDialog.getSaveFileName(self, tr("Save map as"), start, save_filter())
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in MAP_SUFFIXES:
            path = path.with_suffix(".journey")
        return self.save_to(path)

    def save_as_template(self: MainWindow) -> Path | None:
        """Keep a copy of this map among the user's templates, under a name they choose."""
        from ..templates import save_as_template
        from .prompts import ask_text

        title = ask_text(self, tr("Save as template"), tr("Template name:"), self.session.journey.title)
        if not title or not title.strip():
            return None
        try:
            path = save_as_template(self.session.journey, title.strip())
        except OSError as e:
            from . import prompts

            prompts.show_error(self, tr("Save as template"), tr("The template could not be saved in {file}: {reason}")
                               .format(file=e.filename, reason=e.strerror or e))
            return None
        self.statusBar().showMessage(tr("Saved “{name}” as a template: File > New from Template lists it with "
                                        "yours").format(name=title.strip()), 6000)
        return path

    def save_to(self: MainWindow, path: Path) -> bool:
        """Save under ``path`` and make it the document's file (Save As without the dialog)."""
        other = self.editor.window_for(path)
        if other is not None and other is not self:
            prompts.show_error(self, tr("Cannot save"), tr("“{name}” is open in another window.").format(name=path.name),
                               tr("Close it there first, or choose another name."))
            return False
        return self._write(path)

    def _write(self: MainWindow, path: Path) -> bool:
        same_file = (self.session.path is not None and path.resolve() == self.session.path
                     and path.exists())
        if (same_file and self.autosave.file_changed_on_disk()
                and not prompts.ask_overwrite_changed(self, for_display(path.name))):
            return False
        if self.session.modified:
            self.session.document.stamp_modified()
        try:
            try:
                writer.save_map(self.session.journey, path)
            except ReadOnlyError:
                if not prompts.ask_replace_read_only(self, for_display(path.name)):
                    return False
                writer.save_map(self.session.journey, path, replace_read_only=True)
        except SaveError as e:
            self._show_save_error(e)
            return False
        path = path.resolve()
        if path != self.session.path:
            self._release_lock()
            self.session.path = path
            self._take_lock()
        self.session.undo_stack.setClean()
        self.editor.settings.add_recent(path)
        self.editor.settings.set_choice("last_folder", str(path.parent))
        self._after_save(path)
        self.update_file_actions()
        self.statusBar().showMessage(tr("Saved {name}").format(name=for_display(path.name)), 4000)
        return True

    # -- revert and earlier versions ---------------------------------------------
    def update_file_actions(self: MainWindow, *_args: object) -> None:
        """Revert needs a file and changes; Restore needs a file with at least one backup."""
        path = self.session.path
        self.acts.revert.setEnabled(path is not None and self.session.modified)
        self.acts.restore_version.setEnabled(path is not None and bool(writer.list_backups(path)))

    def revert(self: MainWindow) -> bool:
        """Reload the saved file into this window, after asking; the undo history goes with the changes."""
        path = self.session.path
        if path is None or not self.session.modified:
            return False
        if not prompts.ask_revert(self, self.display_name()):
            return False
        try:
            journey = load_map(path)
        except MapFileError as e:
            self._show_open_error(path, e)
            return False
        ReplaceMap(self.session.document, journey).redo()
        self.session.undo_stack.clear()
        self._after_discard()
        self._file_read_again(path)
        self.update_file_actions()
        self.statusBar().showMessage(tr("Reverted to the saved {name}").format(name=path.name), 4000)
        return True

    def restore_previous_version(self: MainWindow) -> bool:
        """Pick one of the file's backups and bring its content into this window, unsaved."""
        if self.session.path is None:
            return False
        from .versions_dialog import VersionsDialog

        version = VersionsDialog.ask(self.session.path, self)
        if version is None or version.journey is None:
            return False
        self.restore_version(version.journey, tr("Restore version of {when}").format(when=version.saved_text))
        return True

    def restore_version(self: MainWindow, journey: JourneyMap, text: str = "") -> None:
        """One undo step: the map now holds ``journey``, marked modified; Save writes it over the file."""
        self.session.push(ReplaceMap(self.session.document, journey, text or tr("Restore version")))
        self.session.select([], origin=self)
        self.statusBar().showMessage(tr("Restored an earlier version — save to keep it, or undo"), 6000)

    def _restore_copy(self: MainWindow, source: Path) -> None:
        try:
            journey = load_map(source)
        except MapFileError as e:
            prompts.show_error(self, tr("Cannot open map"), tr("“{name}” could not be opened either.").format(
                name=source.name),
                               e.summary, "\n".join(e.lines()))
            return
        self.restore_version(journey, tr("Restore backup"))

    def _file_read_again(self: MainWindow, path: Path) -> None:
        """The window now matches the file on disk: a later Save need not warn about outside changes."""
        from ..io.autosave import FileStamp

        self.autosave.opened_stamp = FileStamp.of(path)

    def _show_save_error(self: MainWindow, error: SaveError) -> None:
        prompts.show_error(self, tr("Could not save"), tr("“{name}” was not saved: {reason}.").format(
            name=for_display(error.path.name), reason=error.reason),
                           tr("The previous file on disk is unchanged and your map is still open. "
                              "Try Save As to save it somewhere else."), str(error))

    def _safe_name(self: MainWindow) -> str:
        title = self.session.journey.title.strip() or tr("Untitled journey")
        return "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title)[:80].strip()

    # -- closing -----------------------------------------------------------------
    def maybe_keep_changes(self: MainWindow) -> bool:
        """Ask Save / Discard / Cancel if there are unsaved changes; True when the window may close."""
        if not self.session.modified:
            return True
        answer = prompts.ask_save_changes(self, self.display_name())
        if answer == "save":
            return self.save()
        if answer == "discard":
            self._after_discard()
            return True
        return False

    # -- telling other running instances ------------------------------------------------
    def _take_lock(self: MainWindow) -> None:
        """Mark the file as open here; warn (without blocking) if another instance has it too."""
        if self.session.path is None:
            return
        from ..io.locking import lock

        others = [o for o in lock(self.session.path) if not o.is_me]
        if not others:  # no other Journeymap has it open: what a killed save left beside it can go now
            writer.remove_stale_temp_files(self.session.path, unheld=True)
        if others:
            self.statusBar().showMessage(tr("{name} is also open in another Journeymap").format(
                name=self.session.path.name), 10000)
            prompts.warn_open_elsewhere(self, self.session.path.name, [o.pid for o in others])

    def _release_lock(self: MainWindow) -> None:
        if self.session.path is None:
            return
        from ..io.locking import unlock

        unlock(self.session.path)

    # -- hooks for autosave and recovery ---------------------------------------------
    def _after_save(self: MainWindow, path: Path) -> None:
        self.autosave.on_saved(path)

    def _after_discard(self: MainWindow) -> None:
        self.autosave.on_discarded()

    # -- export ----------------------------------------------------------------
    def export(self: MainWindow) -> None:
        from .export_dialog import ExportDialog

        ExportDialog(self.session, self.editor.settings, self).exec()
