"""How the command line opens the editor: a template copy, a missing display."""

from journeymap import cli


def test_unknown_template_for_the_editor_is_a_usage_error(capsys):
    assert cli.main(["--template", "no-such-map"]) == 2
    assert "no template named 'no-such-map'" in capsys.readouterr().err


def test_without_a_display_the_editor_says_so_instead_of_aborting(monkeypatch, capsys):
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli.sys, "platform", "linux")
    assert cli.main(["some.journey"]) == 1
    assert "no display found" in capsys.readouterr().err


def test_the_editor_opens_an_untitled_copy_of_a_template(qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journeymap.ui import app as ui_app

    seen = {}

    def look_then_quit():
        windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "session") and w.isVisible()]
        seen["titles"] = [w.session.journey.title for w in windows]
        seen["paths"] = [w.session.path for w in windows]
        for w in windows:
            w.session.undo_stack.setClean()
            w.close()

    QTimer.singleShot(300, look_then_quit)
    assert ui_app.run_editor([], template="online-purchase") == 0
    assert seen["titles"] == ["Buying headphones online"]
    assert seen["paths"] == [None]


def test_template_alone_opens_the_editor_as_the_full_parser_would(monkeypatch):
    opened = []
    monkeypatch.setattr(cli, "cmd_edit", lambda files, template=None: opened.append((files, template)) or 0)
    built = []
    full = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda: built.append(1) or full())
    assert cli.main(["--template", "online-purchase"]) == 0
    assert cli.main(["--template=online-purchase"]) == 0
    assert opened == [([], "online-purchase")] * 2 and built == []  # no parser of every verb for this
    assert cli.main(["--template"]) == 2  # anything else goes through the full parser, and its errors
    assert built and len(opened) == 2
