"""Damaged files through the editor's own open path: a window that paints, or the open-error dialog.

``test_fuzz`` checks the reader; this opens a sample of the same corpus in real
windows (and paints them), because a value the reader accepts may still upset
the layout or a panel.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from journeymap.io import MapFileError, parse_map
from journeymap.ui.main_window import MainWindow

from .fuzz_corpus import corpus

SAMPLE = 120


def test_a_sample_of_damaged_files_opens_in_a_window_or_explains(editor, tmp_path, monkeypatch):
    explained: list[list[str]] = []
    monkeypatch.setattr(MainWindow, "_show_open_error", lambda self, path, error: explained.append(error.lines()))
    host = editor.new_window()
    opened = refused = 0
    for n, (name, data) in enumerate(corpus(SAMPLE, seed=7)):
        path = tmp_path / f"{n}-{name}.journey"
        path.write_bytes(data)
        try:
            expected = parse_map(data, path)
        except MapFileError:
            expected = None
        before = len(explained)
        window = editor.open_path(path, host)
        if expected is None:
            assert window is None and len(explained) == before + 1, name
            assert explained[-1] and all(line.startswith(str(path)) for line in explained[-1])
            refused += 1
            continue
        assert window is not None, name
        shown = window.session.journey  # a deleted id or time is filled anew on each parse: compare content
        assert (shown.title, len(shown.steps()), len(shown.lanes), len(shown.personas)) == (
            expected.title, len(expected.steps()), len(expected.lanes), len(expected.personas)), name
        window.resize(900, 600)
        window.view.zoom_to_fit()
        QApplication.processEvents()
        assert not window.grab().isNull()
        window.session.undo_stack.setClean()
        window.close()
        opened += 1
    assert opened > 0 and refused > SAMPLE // 2, (opened, refused)
