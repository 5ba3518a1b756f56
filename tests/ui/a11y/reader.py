"""A screen reader's view of the running editor, through AT-SPI with pyatspi (the library Orca uses).

Run by the system python (``/usr/bin/python3``: Debian's python3-pyatspi lives in its
dist-packages), inside the private bus of ``bus.py``, while the editor runs with
accessibility on. It finds the editor, reads its tree, puts the focus on the canvas,
presses keys the way a person does (synthesized by the AT-SPI registry through XTest)
and records what a screen reader is told: focus moves with the object's name and
description, and announcements. Everything it saw is printed as one JSON object.

Usage: python3 reader.py [--app Journeymap] [--timeout 20]
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import pyatspi
from gi.repository import GLib

KEYS = {"Down": 0xFF54, "Up": 0xFF52, "Right": 0xFF53, "Left": 0xFF51, "Return": 0xFF0D, "Escape": 0xFF1B,
        "F6": 0xFFC3, "Delete": 0xFFFF}
#: X keycodes of Xvfb's default (evdev, US) keymap, for keys held together: a keysym can only be tapped
CODES = {"Control": 37, "z": 52}


def wait_for_app(name: str, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and app.childCount:
                for frame in app:
                    if frame is not None and frame.getRoleName() == "frame" and frame.childCount:
                        return app, frame
        time.sleep(0.1)
    raise SystemExit(json.dumps({"error": f"no application named {name!r} on the accessibility bus"}))


def find(root, test, limit: int = 20000):
    """The first object under ``root`` (breadth first) for which ``test`` is true."""
    queue, seen = [root], 0
    while queue and seen < limit:
        obj = queue.pop(0)
        seen += 1
        try:
            if test(obj):
                return obj
            queue.extend(child for child in obj if child is not None)
        except Exception:  # an object that went away while walking
            continue
    return None


def said(obj) -> dict:
    return {"role": obj.getRoleName(), "name": obj.name, "description": obj.description}


class Listener:
    def __init__(self) -> None:
        self.focus: list[dict] = []
        self.announcements: list[str] = []

    def __call__(self, event) -> None:
        try:
            if event.type.startswith("object:state-changed:focused") and event.detail1 == 1:
                self.focus.append(said(event.source))
            elif event.type.startswith("object:announcement"):
                self.announcements.append(str(event.any_data))
        except Exception:
            pass


def pump(seconds: float) -> None:
    """Let events arrive: run the GLib loop that pyatspi dispatches from."""
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()


def press(name: str, listener: Listener, longest: float = 2.0) -> None:
    """Press and release a key ("Control+z" holds Control); return once the screen reader was told
    something (a focus move or an announcement), or after ``longest`` seconds."""
    heard = len(listener.focus) + len(listener.announcements)
    *held, key = name.split("+")
    if not held:
        pyatspi.Registry.generateKeyboardEvent(KEYS[key], None, pyatspi.KEY_SYM)
    else:
        for modifier in held:
            pyatspi.Registry.generateKeyboardEvent(CODES[modifier], None, pyatspi.KEY_PRESS)
        pyatspi.Registry.generateKeyboardEvent(CODES[key], None, pyatspi.KEY_PRESSRELEASE)
        for modifier in reversed(held):
            pyatspi.Registry.generateKeyboardEvent(CODES[modifier], None, pyatspi.KEY_RELEASE)
    deadline = time.monotonic() + longest
    while len(listener.focus) + len(listener.announcements) == heard and time.monotonic() < deadline:
        pump(0.05)
    pump(0.05)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", default="Journeymap")
    parser.add_argument("--timeout", type=float, default=20.0)
    args = parser.parse_args()
    app, frame = wait_for_app(args.app, args.timeout)
    report: dict = {"frame": said(frame)}

    canvas = find(frame, lambda o: o.getRoleName() == "table" and o.name == "Journey map canvas")
    if canvas is None:
        report["error"] = "no canvas table"
        print(json.dumps(report))
        return 1
    report["canvas"] = said(canvas)
    report["canvas_children"] = canvas.childCount
    cells = [c for c in canvas if c is not None and c.getRoleName() == "table cell"]
    report["cells"] = len(cells)
    pains = next((c for c in cells if c.name.startswith("Pain points, Compares models")), None)
    if pains is not None:
        report["pain_points_cell"] = said(pains)
        report["pain_points_cards"] = [said(card) for card in pains]
    outline = find(frame, lambda o: o.getRoleName() == "tree" and o.name == "Map outline")
    if outline is not None:
        rows = [said(row) for row in outline if row is not None]
        report["outline_rows"] = rows
    status = find(frame, lambda o: o.getRoleName() == "status bar")
    if status is not None:
        report["status_bar"] = [said(child) for child in status if child is not None]

    listener = Listener()
    pyatspi.Registry.registerEventListener(listener, "object:state-changed:focused", "object:announcement")
    try:
        # Xvfb has no window manager to activate the new window, as a desktop would: a click on the
        # status bar does it (X gives the keyboard to the clicked window), then the canvas takes the focus.
        label = find(frame, lambda o: o.getRoleName() == "label" and o.description == "Selection")
        x, y, w, h = label.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, "b1c")
        pump(0.3)
        canvas.queryComponent().grabFocus()
        deadline = time.monotonic() + 5
        while not any(f["role"] == "table cell" for f in listener.focus) and time.monotonic() < deadline:
            pump(0.05)
        report["canvas_focused"] = canvas.getState().contains(pyatspi.STATE_FOCUSED)
        for key in ("Down",) * 5 + ("Right", "Right", "Down", "Return", "Escape", "Delete", "Control+z", "F6"):
            press(key, listener)
    finally:
        pyatspi.Registry.deregisterEventListener(listener, "object:state-changed:focused", "object:announcement")
    report["focus"] = listener.focus
    report["announcements"] = listener.announcements
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
