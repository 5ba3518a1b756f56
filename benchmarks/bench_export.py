"""Export speed on the large generated map, beside ReportLab alone drawing the same things.

The floor replays, on a bare ReportLab canvas, exactly the strings and rectangles
our export drew (recorded in a first run), over the same number of pages: the
ratio is what our layout, wrapping and styling add. Targets: poster and digest
under 3 s each and within 3x of that floor. The tiled row (A4, orientation
chosen by the export) has no time target: it is hundreds of pages; the ratio
says what clipping the map per tile and choosing the tiles adds.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_map  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.pdfgen import textobject  # noqa: E402

from journeymap.export.pdf_digest import export_digest  # noqa: E402
from journeymap.export.pdf_poster import export_poster  # noqa: E402
from journeymap.export.pdf_tiled import export_tiled  # noqa: E402
from journeymap.layout import layout_map  # noqa: E402
from journeymap.layout.fonts import REGULAR as SANS  # noqa: E402
from journeymap.layout.fonts import register_fonts  # noqa: E402
from journeymap.layout.shaping import FontReport  # noqa: E402

REPEATS = 5


class Recorder:
    """Counts what an export draws: strings (with their text), rectangles and pages."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.rects = 0
        self.pages = 0

    def __enter__(self) -> Recorder:
        C, T = rl_canvas.Canvas, textobject.PDFTextObject
        self.saved = (C.drawString, C.rect, C.roundRect, C.showPage, T._textOut, T.textOut)
        rec = self

        def draw_string(c, x, y, text, *a, **k):
            rec.strings.append(text)
            return rec.saved[0](c, x, y, text, *a, **k)

        def rect(c, *a, **k):
            rec.rects += 1
            return rec.saved[1](c, *a, **k)

        def round_rect(c, *a, **k):
            rec.rects += 1
            return rec.saved[2](c, *a, **k)

        def show_page(c, *a, **k):
            rec.pages += 1
            return rec.saved[3](c, *a, **k)

        def text_out(t, text, *a, **k):
            rec.strings.append(text)
            return rec.saved[4](t, text, *a, **k)

        def text_out_moving(t, text, *a, **k):
            rec.strings.append(text)
            return rec.saved[5](t, text, *a, **k)

        C.drawString, C.rect, C.roundRect, C.showPage = draw_string, rect, round_rect, show_page
        T._textOut, T.textOut = text_out, text_out_moving
        return self

    def __exit__(self, *exc: object) -> None:
        C, T = rl_canvas.Canvas, textobject.PDFTextObject
        C.drawString, C.rect, C.roundRect, C.showPage, T._textOut, T.textOut = self.saved


def floor_pdf(path: Path, rec: Recorder) -> None:
    """ReportLab alone: the same strings and rectangles, no layout, on as many pages."""
    register_fonts()
    c = rl_canvas.Canvas(str(path), pagesize=(595, 842), invariant=1, pageCompression=1,
                         initialFontName=SANS)
    pages = max(1, rec.pages)
    per_page_s = len(rec.strings) // pages + 1
    per_page_r = rec.rects // pages + 1
    si = 0
    for _ in range(pages):
        c.setFont(SANS, 8)
        for k in range(per_page_r):
            c.rect(20 + k % 20 * 25, 20 + k // 20 % 30 * 25, 20, 20, stroke=1, fill=1)
        for k in range(per_page_s):
            if si >= len(rec.strings):
                break
            c.drawString(30, 800 - k % 70 * 11, rec.strings[si])
            si += 1
        c.showPage()
    c.save()


def paired(ours: Callable[[], object], floor: Callable[[], object]) -> tuple[float, float, float, float, float]:
    """Medians of wall seconds (ours, floor, ratio) and CPU seconds (ours, floor), alternating the two."""
    a, b, ratios, ca, cb = [], [], [], [], []
    for _ in range(REPEATS):
        t0, c0 = time.perf_counter(), time.process_time()
        ours()
        t1, c1 = time.perf_counter(), time.process_time()
        floor()
        t2, c2 = time.perf_counter(), time.process_time()
        a.append(t1 - t0)
        b.append(t2 - t1)
        ca.append(c1 - c0)
        cb.append(c2 - c1)
        ratios.append((t1 - t0) / (t2 - t1))
    med = statistics.median
    return med(a), med(b), med(ratios), med(ca), med(cb)


def run() -> list[tuple[str, float, str]]:
    journey = large_map()
    cards = sum(len(lane.cards) for lane in journey.lanes)
    rows: list[tuple[str, float, str]] = []
    layout_map(journey)  # warm the text-width cache, as an open editor has
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        layout_map(journey)
        times.append(time.perf_counter() - t0)
    rows.append(("layout_map, boxes remembered", statistics.median(times) * 1000, f"ms, {cards} cards, 300 steps (cold: bench_layout)"))
    with tempfile.TemporaryDirectory() as folder:
        out, base = Path(folder) / "ours.pdf", Path(folder) / "floor.pdf"
        for name, export in (
            ("poster A0", lambda: export_poster(journey, out, "A0", True, FontReport())),
            ("digest A4", lambda: export_digest(journey, out, "A4", FontReport())),
            ("tiled A4", lambda: export_tiled(journey, out, "A4", None, FontReport())),
        ):
            with Recorder() as rec:
                export()
            ours, floor, ratio, cpu_ours, cpu_floor = paired(export, lambda rec=rec: floor_pdf(base, rec))
            target = "" if name.startswith("tiled") else " (target < 3)"
            rows.append((f"export {name}", ours, f"s{target}, CPU {cpu_ours:.2f} s, {rec.pages} pages"))
            rows.append((f"floor {name}", floor, f"s, CPU {cpu_floor:.2f} s, ReportLab alone: "
                                                 f"{len(rec.strings)} strings, {rec.rects} rects"))
            rows.append((f"ratio {name}", ratio, f"x floor{target}; CPU ratio {cpu_ours / cpu_floor:.2f}"))
    return rows


if __name__ == "__main__":
    from run_all import print_table

    print_table([("export", row) for row in run()])
