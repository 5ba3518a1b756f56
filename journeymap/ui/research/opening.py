"""Choosing a data file and opening the import dialog on it, with a clear message when it cannot be read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ...analysis.tables import DataFileError
from .. import prompts
from .import_dialog import ImportDialog, read_for_import

if TYPE_CHECKING:
    from ..main_window import MainWindow

DATA_FILTER = "Research data (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)"


def import_research(window: MainWindow) -> ImportDialog | None:
    """Ask for a data file, then show the import dialog for it (window-modal, so the map stays visible)."""
    settings = window.editor.settings
    folder = settings.choice("research_folder", "") or settings.choice("last_folder", "")
    name, _ = QFileDialog.getOpenFileName(window, "Import research data", folder, DATA_FILTER)
    if not name:
        return None
    settings.set_choice("research_folder", str(Path(name).parent))
    return open_import_dialog(window, Path(name))


def open_import_dialog(window: MainWindow, path: Path) -> ImportDialog | None:
    try:
        table, data = read_for_import(path)
    except DataFileError as e:
        prompts.show_error(window, "Cannot import", f"“{path.name}” cannot be read as a table of data.",
                           e.message)
        return None
    dialog = ImportDialog(window.session, path, table, data, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: window.statusBar().showMessage(
        f"Imported “{dialog.plan.name if dialog.plan else path.stem}” — Undo takes it back", 6000))
    dialog.open()
    return dialog
