"""Choosing a data file and opening the import dialog on it, with a clear message when it cannot be read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ...analysis.tables import DataFileError
from ...i18n import language, tr, ui_language
from .. import prompts
from .import_dialog import ImportDialog, read_for_import

if TYPE_CHECKING:
    from ..main_window import MainWindow

DATA_FILTER = "{data} (*.csv *.tsv *.txt *.xlsx *.xlsm);;{all} (*)"


def import_research(window: MainWindow) -> ImportDialog | None:
    """Ask for a data file, then show the import dialog for it (window-modal, so the map stays visible)."""
    settings = window.editor.settings
    folder = settings.choice("research_folder", "") or settings.choice("last_folder", "")
    name, _ = QFileDialog.getOpenFileName(window, tr("Import research data"), folder,
                                          DATA_FILTER.format(data=tr("Research data"), all=tr("All files")))
    if not name:
        return None
    settings.set_choice("research_folder", str(Path(name).parent))
    return open_import_dialog(window, Path(name))


def open_import_dialog(window: MainWindow, path: Path) -> ImportDialog | None:
    try:
        with language(ui_language()):  # why not, in the editor's words
            table, data = read_for_import(path)
    except DataFileError as e:
        prompts.show_error(window, tr("Cannot import"),
                           tr("“{name}” cannot be read as a table of data.").format(name=path.name),
                           e.message)
        return None
    dialog = ImportDialog(window.session, path, table, data, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: window.statusBar().showMessage(
        tr("Imported “{name}” — Undo takes it back").format(name=dialog.plan.name if dialog.plan else path.stem),
        6000))
    dialog.open()
    return dialog
