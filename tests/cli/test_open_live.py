"""`journeymap open LINK`: a link that is not one is refused before any window opens."""

from __future__ import annotations

from journeymap.cli import main


def test_open_with_a_bad_link_says_what_is_wrong_and_opens_nothing(capsys):
    assert main(["open", "http://studio-pc:8765/team-map?token=0123456789abcdef"]) == 2
    err = capsys.readouterr().err
    assert "ws://" in err and "Traceback" not in err


def test_open_check_without_a_server_says_so(capsys):
    assert main(["open", "ws://127.0.0.1:9/team-map?token=0123456789abcdef", "--check", "--timeout", "1"]) == 1
    assert "no answer from the room" in capsys.readouterr().err
