"""PDFs with shaped text written on several threads at once (the editor exports and autosaves on workers)."""

from __future__ import annotations

import threading

from pypdf import PdfReader
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen.canvas import Canvas

from journeymap.export.pdf_glyphs import glyph_font
from journeymap.export.pdf_text import LineWriter
from journeymap.layout.fonts import ARABIC, HEBREW, REGULAR, register_fonts
from journeymap.layout.shaping import shape

ARABIC_WORDS = ["شراء", "سماعات", "الطلب", "يصل", "البطارية", "الحافلة", "مراجعات", "التوصيل", "مجاني", "رسوم"]
HEBREW_WORDS = ["שלום", "החבילה", "פתיחת", "האריזה", "תודה", "סטודנטית"]


def _write(path, lines):
    c = Canvas(str(path))
    y = 780.0
    for line in lines:
        t = c.beginText()
        writer = LineWriter(t, 12)
        writer.line(72, y, shape(line, REGULAR))
        c.drawText(t)
        writer.draw_marks(c)
        y -= 24
    c.save()


def _lines(worker: int, doc: int) -> list[str]:
    """Lines no other worker writes, so each thread asks the shared glyph fonts for codes of its own."""
    words = ARABIC_WORDS[worker:] + ARABIC_WORDS[:worker]
    return [f"{words[0]} {words[doc]} {worker}{doc}", f"{HEBREW_WORDS[(worker + doc) % 6]} Order #{worker}{doc}",
            f"{words[-1]}{'ـ' * worker} {words[2]}", f"Plain English line {worker}-{doc}"]


def test_pdfs_written_on_several_threads_at_once_each_read_back_word_for_word(tmp_path):
    register_fonts()
    workers, docs = 6, 3
    start = threading.Barrier(workers)
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            start.wait()
            for doc in range(docs):
                _write(tmp_path / f"{worker}-{doc}.pdf", _lines(worker, doc))
        except BaseException as e:  # noqa: BLE001 - reported by the test below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for worker in range(workers):
        for doc in range(docs):
            text = PdfReader(tmp_path / f"{worker}-{doc}.pdf").pages[0].extract_text()
            assert text.split("\n") == _lines(worker, doc), (worker, doc)


def test_writing_a_glyph_fonts_text_map_leaves_reportlabs_own_function_alone(tmp_path, monkeypatch):
    """Another thread embedding a plain font at that moment gets ReportLab's map, not one of ours."""
    register_fonts()
    original = ttfonts.makeToUnicodeCMap
    seen: list[bool] = []
    for face in (ARABIC, HEBREW):
        font = glyph_font(face)
        real = font.face.addSubsetObjects

        def watch(*args, real=real):
            seen.append(ttfonts.makeToUnicodeCMap is original)
            return real(*args)

        monkeypatch.setattr(font.face, "addSubsetObjects", watch)
    _write(tmp_path / "t.pdf", ["شراء سماعات", "שלום עולם"])
    assert seen and all(seen)
    assert PdfReader(tmp_path / "t.pdf").pages[0].extract_text().split("\n") == ["شراء سماعات", "שלום עולם"]
