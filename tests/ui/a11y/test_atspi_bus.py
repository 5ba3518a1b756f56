"""End to end through the real accessibility bus: the editor as Orca would meet it.

The test starts Xvfb, a D-Bus session and the AT-SPI bus (``bus.py``), launches the
editor (``python -m journeymap``) with accessibility on, and runs ``reader.py`` with
the system python, which has Debian's pyatspi: it walks the tree, moves the cell
cursor with synthesized key presses and records what a screen reader is told.
`make test` installs the system packages it needs (Makefile: atspi-for-tests).
By hand: see README, "Accessibility".
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .bus import SYSTEM_PYTHON, accessibility_bus, missing_tools

pytestmark = pytest.mark.atspi
READER = Path(__file__).with_name("reader.py")
CELL = ("Pain points, Compares models (Research), 2 cards: Battery life quoted differently on each shop; "
        "No codec list on the product page")


@pytest.fixture(scope="module")
def reading(tmp_path_factory) -> dict:
    """Launch the editor on the bus, let the reader do its walk, and hand back what it heard."""
    assert not missing_tools(), f"`make test` installs these first (Makefile: atspi-for-tests): {missing_tools()}"
    folder = tmp_path_factory.mktemp("atspi")
    with accessibility_bus(folder) as env:
        env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
                   JOURNEYMAP_CONFIG_DIR=str(folder / "config"), JOURNEYMAP_STATE_DIR=str(folder / "state"),
                   XDG_CONFIG_HOME=str(folder / "xdg-config"), XDG_DATA_HOME=str(folder / "xdg-data"))
        editor = subprocess.Popen([sys.executable, "-m", "journeymap", "--template", "online-purchase"], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            done = subprocess.run([SYSTEM_PYTHON, str(READER), "--timeout", "30"], env=env, capture_output=True,
                                  text=True, timeout=120)
        finally:
            editor.terminate()
            try:
                output, _ = editor.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                editor.kill()
                output, _ = editor.communicate()
    assert done.returncode == 0 and done.stdout.strip(), \
        f"the reader failed:\n{done.stdout}\n{done.stderr}\neditor said:\n{output}"
    return json.loads(done.stdout)


def test_the_canvas_is_a_table_of_named_cells_and_cards_on_the_bus(reading):
    assert reading["canvas"]["role"] == "table"
    assert reading["canvas"]["description"].startswith("11 lanes by 15 steps.")
    assert reading["cells"] == 11 * 15
    assert reading["pain_points_cell"]["name"] == CELL
    assert [card["name"] for card in reading["pain_points_cards"]] == [
        "Battery life quoted differently on each shop", "No codec list on the product page"]
    assert reading["pain_points_cards"][1]["description"] == \
        "observed, 2 votes. card 2 of 2 in Pain points at Compares models (Research)"


def test_outline_rows_say_their_level_and_labels_their_text(reading):
    rows = {row["name"]: row["description"] for row in reading["outline_rows"]}
    assert rows["Stage: Research"] == "stage 2 of 5, 3 steps, level 3"
    assert rows["Buying headphones online"] == "the map, 5 stages, 11 lanes, level 1"
    labels = {label["description"]: label["name"] for label in reading["status_bar"] if label["role"] == "label"}
    assert labels == {"Selection": "Nothing selected", "Zoom level": "Zoom 100%"}


def test_moving_the_cell_cursor_with_keys_is_heard_cell_by_cell(reading):
    heard = [(f["role"], f["name"]) for f in reading["focus"]]
    cells = [name for role, name in heard if role == "table cell"]
    assert cells[0] == "Actions, Notices the need (Discover), 1 card: Headphones break on the train home"
    assert cells[1] == "Touchpoints, Notices the need (Discover), no cards"
    assert CELL in cells
    after = heard[heard.index(("table cell", CELL)) + 1:]
    assert after[:3] == [("list item", "No codec list on the product page"),  # Down: into the cell's next card
                         ("text", "Card text"),  # Enter: editing it
                         ("list item", "No codec list on the product page")]  # Escape: back on the card
    assert after[3] == ("table cell", "Pain points, Compares models (Research), 1 card: Battery life quoted "
                                      "differently on each shop")  # Delete: the cell without it
    assert ("tree", "Map outline") in after and after[-1][0] == "table cell"  # F6: the Outline, at its row
    assert after[-1][1].startswith("Card: ")


def test_edits_and_undo_are_announced_on_the_bus(reading):
    assert reading["announcements"] == ["Delete card", "Undone: Delete card"]
