"""The editor canvas on the large generated map: open + first frame, one edit + repaint, fit repaint.

"Open" starts from the map saved as a .journey file, as a user opens it: reading
and checking the file, building the scene and painting the first frame.

Targets (issue 3): first frame < 1.5 s; one edit and repaint < 16 ms; a
repaint of the whole map at fit-to-view < 50 ms. The full scene rebuild is
measured beside the edit: their ratio shows that an edit does not rebuild.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_map  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journeymap.commands import SetFields, SetScore  # noqa: E402
from journeymap.io import load_map, save_map  # noqa: E402
from journeymap.model import Lane, LaneKind, Score  # noqa: E402
from journeymap.ui.canvas import MapView  # noqa: E402
from journeymap.ui.session import EditSession  # noqa: E402

REPEATS = 15


def _paint(view: MapView, image: QImage) -> None:
    """Paint the viewport into an image: the same drawing a screen refresh does, measurable offscreen."""
    image.fill(0)
    painter = QPainter(image)
    view.render(painter)
    painter.end()


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _structure_edits(session: EditSession, view: MapView, app: QApplication
                     ) -> tuple[list[float], list[float], list[float], list[float]]:
    """Edits that are not card edits: a score drag, a step rename, hiding a lane (then showing it)."""
    doc = session.document
    journey = session.journey
    steps = journey.steps()
    step = steps[len(steps) // 2]
    persona = journey.personas[0]
    view.reveal(step.id)
    app.processEvents()
    scores, renames, hides = [], [], []
    for k in range(REPEATS):
        t = time.perf_counter()
        session.push(SetScore(doc, step.id, persona.id, Score(persona=persona.id, value=(k % 5) - 2)))
        app.processEvents()
        scores.append(time.perf_counter() - t)
    for k in range(REPEATS):
        t = time.perf_counter()
        session.push(SetFields(doc, step.id, {"name": f"Compare {k}"}))
        app.processEvents()
        renames.append(time.perf_counter() - t)
    lane = journey.lanes[len(journey.lanes) // 2]
    for k in range(REPEATS):
        t = time.perf_counter()
        session.push(SetFields(doc, lane.id, {"hidden": k % 2 == 0}))
        app.processEvents()
        hides.append(time.perf_counter() - t)
    above = journey.lanes[1]  # above the emotion lane: its curves and labels move, and are laid out again
    above_hides = []
    for k in range(5):
        t = time.perf_counter()
        session.push(SetFields(doc, above.id, {"hidden": k % 2 == 0}))
        app.processEvents()
        above_hides.append(time.perf_counter() - t)
    return scores, renames, hides, above_hides


def run() -> list[tuple[str, float, str]]:
    app = QApplication.instance() or QApplication([])
    journey = large_map()
    # an emotion lane where the bundled templates put it, so score edits redraw real curves and labels
    journey.lanes.insert(4, Lane(kind=LaneKind.EMOTION, title="Emotion"))
    cards = [c for lane in journey.lanes for c in lane.cards]
    image = QImage(1600, 1000, QImage.Format.Format_ARGB32_Premultiplied)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.journey"
        save_map(journey, path)
        start = time.perf_counter()  # what the user waits for: read the file, build the scene, paint
        journey = load_map(path)
        loaded = time.perf_counter()
        session = EditSession(journey)
        view = MapView(session)
        view.resize(1600, 1000)
        view.show()
        app.processEvents()
        _paint(view, image)
        end = time.perf_counter()
    first_frame, scene_frame = end - start, end - loaded

    doc = session.document
    scene = view.map_scene
    middle = cards[len(cards) // 2]
    view.reveal(middle.id)
    app.processEvents()
    _paint(view, image)

    same_height, taller, rebuilds, fits = [], [], [], []
    for k in range(REPEATS):
        t = time.perf_counter()  # typing a word: the text changes, the card keeps its height
        session.push(SetFields(doc, middle.id, {"text": f"Checks order {k}"}))
        app.processEvents()  # Qt repaints the region that changed, as on screen
        same_height.append(time.perf_counter() - t)
    for k in range(REPEATS):
        long = "A much longer note that wraps over many lines of the card and so makes its row taller " * (1 + k % 2)
        t = time.perf_counter()  # the row grows: every row below moves down
        session.push(SetFields(doc, middle.id, {"text": long + str(k)}))
        app.processEvents()
        taller.append(time.perf_counter() - t)
    scores, renames, hides, above_hides = _structure_edits(session, view, app)
    for _ in range(3):
        t = time.perf_counter()
        scene.rebuild()
        app.processEvents()
        rebuilds.append(time.perf_counter() - t)
    full = []
    for _ in range(5):
        t = time.perf_counter()
        _paint(view, image)
        full.append(time.perf_counter() - t)
    view.zoom_to_fit()
    app.processEvents()
    _paint(view, image)
    for _ in range(5):
        t = time.perf_counter()
        _paint(view, image)
        fits.append(time.perf_counter() - t)

    edit = _median_ms(same_height)
    rebuild = _median_ms(rebuilds)
    rows = [
        ("open large map + first frame", first_frame * 1000, f"ms (target < 1500; load_map of the .journey "
                                                              f"file, {len(cards)} cards, {len(journey.steps())} "
                                                              "steps)"),
        ("  of which scene + first frame", scene_frame * 1000, "ms"),
        ("edit card text + repaint", edit, "ms median (target < 16)"),
        ("edit that grows a row + repaint", _median_ms(taller), "ms median (rows below move)"),
        ("score change + repaint", _median_ms(scores), "ms median (one marker, its curve)"),
        ("step rename + repaint", _median_ms(renames), "ms median (same header height)"),
        ("lane hide/show + repaint", _median_ms(hides), "ms median (rows below move)"),
        ("lane hide/show above emotion lane", _median_ms(above_hides), "ms median (rows move; curves laid out again)"),
        ("full scene rebuild + repaint", rebuild, "ms median"),
        ("rebuild / edit", rebuild / edit, "x (an edit does not rebuild)"),
        ("whole window repaint at 100%", _median_ms(full), "ms median (1600x1000 px)"),
        ("fit-to-view repaint", _median_ms(fits), "ms median (target < 50)"),
    ]
    view.close()
    return rows


if __name__ == "__main__":
    for name, value, note in run():
        print(f"{name:<34} {value:10.2f}  {note}")
