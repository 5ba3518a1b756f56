"""Test set-up: headless Qt, and no test ever touches the real user's folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_app_folders(tmp_path, monkeypatch):
    """Redirect settings, recent files, backups, autosaves and the user's templates to a temporary folder."""
    monkeypatch.setenv("JOURNEYMAP_CONFIG_DIR", str(tmp_path / "_config"))
    monkeypatch.setenv("JOURNEYMAP_STATE_DIR", str(tmp_path / "_state"))
    monkeypatch.setenv("JOURNEYMAP_DATA_DIR", str(tmp_path / "_data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "_xdg_config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "_xdg_state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "_xdg_data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "_xdg_cache"))


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):
    """Create the QApplication before any test, so no code path makes a bare QGuiApplication
    first (a QWidget created after that aborts the process)."""
    return qapp


@pytest.fixture
def no_message_boxes(monkeypatch):
    """A message box nobody answers would hang a headless test: fail instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(box, *args):
        raise AssertionError(f"unexpected message box: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "open", refuse)


@pytest.fixture
def editor(qapp, monkeypatch):
    """The app's Editor; its windows are closed after the test without asking to save."""
    from journeymap.ui import prompts
    from journeymap.ui.app import Editor, make_application

    make_application()
    ed = Editor(qapp)
    yield ed
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *_a: "discard")
    for window in list(ed.windows):
        window.close()
    qapp.processEvents()
