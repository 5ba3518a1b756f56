"""Realistic, messy survey exports made on the fly, with the responses they hold for checking.

A few thousand responses to a post-journey survey about the online-purchase
template's steps: a title line above the headers, headers as survey tools
write them ("Q3. How did you feel at this step? (1-5)"), blank answers, a
respondent id and a date that are not imported, verbatims with accents and
quotes. The same responses are written as UTF-8 with a BOM (commas), Windows-1252
(semicolons), UTF-16 (tabs, as Excel's "Unicode text") and an .xlsx whose
rating columns sit under one merged "Ratings" header.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from pathlib import Path

from journeymap.model import JourneyMap
from journeymap.templates import new_from_template

HEADERS = ["Respondent ID", " Journey Step ", "Segment", "Q3. How did you feel at this step? (1-5)",
           "NPS – likelihood to recommend (0-10)", "CSAT (1-5)", "Effort (CES, 1-7)", "Comments", "Submitted"]
QUOTES = ["Café-style packaging, très chic", "The “delivery date” changed twice", "Naïve question: why a password?",
          "Paid in £, charged in €?", "Smooth; nothing to add", "Couldn't find the returns policy",
          "Über fast delivery", "The note in the box made my day"]


@dataclass(frozen=True)
class Response:
    row: int  # as a spreadsheet numbers it
    step: str
    persona: str
    rating: int | None
    nps: int | None
    csat: int | None
    ces: int | None
    verbatim: str


def survey_map() -> JourneyMap:
    return new_from_template("online-purchase")


def responses(journey: JourneyMap, count: int = 3000, seed: int = 20, first_row: int = 3) -> list[Response]:
    """``count`` answers; most steps have hundreds, two have fewer than 30 (weak evidence)."""
    rng = random.Random(seed)
    steps = [s.name for s in journey.steps()]
    common, rare = steps[:8], steps[8:10]
    personas = [p.name for p in journey.personas]
    mood = {name: rng.uniform(1.6, 4.6) for name in steps}
    out = []
    for k in range(count):
        step = rng.choice(rare) if k % 150 == 0 else rng.choice(common)
        persona = rng.choice(personas)
        rating = min(5, max(1, round(rng.gauss(mood[step], 0.9)))) if rng.random() > 0.04 else None
        nps = rng.randint(0, 10) if rng.random() > 0.1 else None
        csat = rng.randint(1, 5) if rng.random() > 0.2 else None
        ces = rng.randint(1, 7) if rng.random() > 0.3 else None
        verbatim = rng.choice(QUOTES) if rng.random() < 0.02 else ""
        out.append(Response(first_row + k, step, persona, rating, nps, csat, ces, verbatim))
    return out


def _cells(r: Response, number: int) -> list[str]:
    blank = lambda v: "" if v is None else str(v)  # noqa: E731
    return [f"R{number:05d}", f" {r.step.upper() if number % 7 == 0 else r.step} ", r.persona, blank(r.rating),
            blank(r.nps), blank(r.csat), blank(r.ces), r.verbatim, f"2026-05-0{1 + number % 9}"]


def csv_text(rows: list[Response], delimiter: str) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Survey export – post-purchase, May 2026"])
    writer.writerow(HEADERS)
    for k, r in enumerate(rows):
        writer.writerow(_cells(r, k + 1))
    return buffer.getvalue()


def write_utf8_bom(path: Path, rows: list[Response]) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + csv_text(rows, ",").encode("utf-8"))
    return path


def write_windows_1252(path: Path, rows: list[Response]) -> Path:
    path.write_bytes(csv_text(rows, ";").encode("cp1252"))
    return path


def write_utf16(path: Path, rows: list[Response]) -> Path:
    path.write_bytes(csv_text(rows, "\t").encode("utf-16"))
    return path


def write_xlsx(path: Path, rows: list[Response]) -> Path:
    """A workbook whose four rating columns sit under one merged "Ratings" header, above their own names.

    The other headers are merged down over both header rows, as survey tools export them.
    """
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Responses"
    sheet.append(["Survey export – post-purchase, May 2026"])
    top = ["Respondent ID", "Journey step", "Segment", "Ratings", None, None, None, "Comments", "Submitted"]
    sub = [None, None, None, "How did you feel? (1-5)", "NPS (0-10)", "CSAT (1-5)", "CES (1-7)", None, None]
    sheet.append(top)
    sheet.append(sub)
    sheet.merge_cells(start_row=2, start_column=4, end_row=2, end_column=7)
    for col in (1, 2, 3, 8, 9):
        sheet.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    for k, r in enumerate(rows):
        sheet.append([f"R{k + 1:05d}", r.step, r.persona, r.rating, r.nps, r.csat, r.ces, r.verbatim or None,
                      "2026-05-01"])
    book.save(path)
    return path
