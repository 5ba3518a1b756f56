"""Printing empathy maps with very long notes and very many notes: text fitting stays near-linear.

Each row is the whole `journeymap empathy` export to PDF (build the pages, fit
every note, write the file), median of a few runs. Targets (issue 12): one note
of 20,000 characters under 2 s, whatever the script; a 200-note map under 3 s.
The 20,000-note row and the digest row have no target: they say how far it scales.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from journeymap.export.empathy_files import write_empathy  # noqa: E402
from journeymap.export.pdf_digest import export_digest  # noqa: E402
from journeymap.layout.shaping import FontReport  # noqa: E402
from journeymap.model import JourneyMap, Note, Persona  # noqa: E402

REPEATS = 3
SECTIONS = ("goal", "sees", "says", "does", "hears", "thinks", "feels", "pains", "gains")


def one_note_map(text: str) -> JourneyMap:
    persona = Persona(name="Mei Lin", role="Night-shift nurse")
    persona.empathy_map.says.append(Note(text=text))
    return JourneyMap(title="One long note", personas=[persona])


def many_notes_map(count: int) -> JourneyMap:
    persona = Persona(name="Sam Rivera", role="Small-business owner", bio="Runs a bakery; orders online at night.")
    words = "waits for the courier and checks the app again before opening the shop".split()
    for k in range(count):
        text = " ".join(words[(k * 3) % len(words):] + words[: (k * 3) % len(words)][: k % 7])
        getattr(persona.empathy_map, SECTIONS[k % len(SECTIONS)]).append(Note(text=f"{k + 1}. {text}"))
    return JourneyMap(title="A crowded empathy map", personas=[persona])


def timed(work: Callable[[], object]) -> tuple[float, int]:
    times = []
    pages = 0
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - t0)
        pages = getattr(result, "pages", pages)
    return statistics.median(times), pages


def run() -> list[tuple[str, float, str]]:
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "empathy.pdf"
        cases = [
            ("one note of 20,000 \u4e2d", one_note_map("\u4e2d" * 20_000), " (target < 2)"),
            ("one note of 20,000 emoji", one_note_map("\U0001f600" * 20_000), " (target < 2)"),
            ("one note of 20,000 letters, no space", one_note_map("a" * 20_000), " (target < 2)"),
            ("one note of 2,200 words", one_note_map(" ".join(["dispatch"] * 2_200)), " (target < 2)"),
            ("200 notes", many_notes_map(200), " (target < 3)"),
            ("20,000 notes", many_notes_map(20_000), ""),
        ]
        for name, journey, target in cases:
            seconds, pages = timed(lambda j=journey: write_empathy(j, out, report=FontReport()))
            rows.append((f"empathy PDF, {name}", seconds, f"s{target}, {pages} pages"))
        emoji = one_note_map("\U0001f600" * 20_000)
        seconds, _ = timed(lambda: export_digest(emoji, out, "A4", FontReport()))
        rows.append(("digest PDF, one note of 20,000 emoji", seconds, "s (the note on its empathy sheet)"))
    return rows


if __name__ == "__main__":
    from run_all import print_table

    print_table([("empathy", row) for row in run()])
