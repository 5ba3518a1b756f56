"""Test set-up: headless Qt, and no test ever touches the real user's folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

#: Fonts the run was given in ``$XDG_DATA_HOME/fonts`` (``make test``'s second run puts a CJK font
#: there): every test's private data folder sees them, as the app and fontconfig would.
_GIVEN_FONTS = Path(os.environ.get("XDG_DATA_HOME") or "/nonexistent") / "fonts"


@pytest.fixture(autouse=True)
def _private_app_folders(tmp_path, monkeypatch):
    """Redirect settings, recent files, backups, autosaves and the user's templates to a temporary folder."""
    if _GIVEN_FONTS.is_dir():
        (tmp_path / "_xdg_data").mkdir()
        (tmp_path / "_xdg_data" / "fonts").symlink_to(_GIVEN_FONTS, target_is_directory=True)
    monkeypatch.setenv("JOURNEYMAP_CONFIG_DIR", str(tmp_path / "_config"))
    monkeypatch.setenv("JOURNEYMAP_STATE_DIR", str(tmp_path / "_state"))
    monkeypatch.setenv("JOURNEYMAP_DATA_DIR", str(tmp_path / "_data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "_xdg_config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "_xdg_state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "_xdg_data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "_xdg_cache"))
    monkeypatch.setenv("LANGUAGE", "en")  # the editor speaks English in tests unless a test asks otherwise
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from journeymap.i18n import set_ui_language, speak_on_this_thread

    set_ui_language("en")
    speak_on_this_thread("en")
    if QApplication.instance() is not None:
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):
    """Create the QApplication before any test, so no code path makes a bare QGuiApplication
    first (a QWidget created after that aborts the process)."""
    yield qapp
    # The offscreen platform keeps clipboard data in a C++ global freed after Python has stopped;
    # freeing cards a test copied there crashes the process at exit (pytest's status becomes -11).
    qapp.clipboard().clear()


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
