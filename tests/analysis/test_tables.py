"""Reading data files as exporters write them, and clear words for the ones that cannot be read."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from journeymap.analysis.numbers import NotANumber, read_count, read_number
from journeymap.analysis.tables import DataFileError, read_csv_bytes, read_table

TEXT = "Step;Persona;Rating;Comment\nPays;Zoë Müller;3,5;“Trop cher”\nAdds to basket;Maya;4;\n"


@pytest.mark.parametrize(("encoded", "encoding"), [
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "UTF-8 with BOM"),
    (TEXT.encode("utf-8"), "UTF-8"),
    (TEXT.encode("cp1252"), "Windows-1252"),
    (TEXT.encode("utf-16"), "UTF-16"),
    (TEXT.encode("utf-16-le"), "UTF-16 (little-endian, no BOM)"),
])
def test_each_encoding_reads_the_same_table(encoded, encoding):
    table = read_csv_bytes(encoded, "data.csv")
    assert table.read_as == f"{encoding}, semicolon-separated"
    assert table.headers == ["Step", "Persona", "Rating", "Comment"]
    assert [r.cells for r in table.rows] == [("Pays", "Zoë Müller", "3,5", "“Trop cher”"),
                                             ("Adds to basket", "Maya", "4", None)]
    assert [r.number for r in table.rows] == [2, 3]


def test_tabs_commas_and_quoted_line_breaks():
    data = b'Step\tComment\nPays\t"Two\nlines, with a comma"\nTracks\tok\n'
    table = read_csv_bytes(data)
    assert table.read_as.endswith("tab-separated")
    assert table.rows[0].cells == ("Pays", "Two\nlines, with a comma")
    assert table.rows[1].number == 3  # a spreadsheet's row, not the file's line


def test_a_title_line_above_the_headers_is_skipped_and_row_numbers_stay_true():
    data = b"Survey export, May 2026\n\nStep,Persona,NPS\nPays,Maya,9\n"
    table = read_csv_bytes(data)
    assert (table.header_row, table.headers) == (3, ["Step", "Persona", "NPS"])
    assert table.rows[0].number == 4


def test_blank_and_repeated_headers_get_names():
    table = read_csv_bytes(b"Step,,Rating,Rating\nPays,x,1,2\n")
    assert table.headers == ["Step", "Column B", "Rating", "Rating (2)"]


def test_a_workbook_with_merged_group_headers(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Raw"
    other = book.create_sheet("Responses")
    for ws in (sheet, other):
        ws.append(["Step", "Scores", None, "Comment"])
        ws.append([None, "NPS", "CSAT", None])
        ws.merge_cells("B1:C1")
        ws.merge_cells("A1:A2")
        ws.merge_cells("D1:D2")
        ws.append(["Pays", 9, 4, "fine"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    table = read_table(path, sheet="responses")
    assert table.headers == ["Step", "Scores NPS", "Scores CSAT", "Comment"]
    assert table.rows[0].cells == ("Pays", 9, 4, "fine")
    assert table.rows[0].number == 3
    assert table.sheets == ["Raw", "Responses"]
    with pytest.raises(DataFileError, match="has no sheet 'Answers' \\(its sheets: Raw, Responses\\)"):
        read_table(path, sheet="Answers")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.csv", b"", "the file is empty"),
    ("blank.csv", b"\n\n ,\n", "the table has no rows"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "this is a binary file"),
    ("old.xls", b"\xd0\xcf\x11\xe0", "old Excel files (.xls) cannot be read; save it as .xlsx or .csv"),
    ("broken.xlsx", b"PK\x03\x04 not really a zip", "is not a readable Excel workbook"),
])
def test_unreadable_files_say_why(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DataFileError) as info:
        read_table(path)
    assert message in str(info.value) and name in str(info.value)


def test_a_missing_file_and_a_folder(tmp_path):
    with pytest.raises(DataFileError, match="no such file"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(DataFileError, match="folder"):
        read_table(tmp_path)


@pytest.mark.parametrize(("cell", "number"), [
    ("4", 4.0), (" 4 ", 4.0), ("3,5", 3.5), ("85 %", 85.0), ("5 - Very satisfied", 5.0),
    ("1 = Not at all", 1.0), ("−2", -2.0), (7, 7.0), (2.5, 2.5)])
def test_numbers_as_surveys_write_them(cell, number):
    assert read_number(cell)[0] == number


@pytest.mark.parametrize("cell", ["eleven", "n/a", "12abc", True])
def test_what_is_not_a_number(cell):
    with pytest.raises(NotANumber):
        read_number(cell)


def test_counts_with_thousands_separators():
    assert [read_count(c) for c in ("1,234", "1 234", "12", 12.0)] == [1234, 1234, 12, 12]
    with pytest.raises(NotANumber, match="whole number of responses"):
        read_count("3.5")


def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    import os

    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    with pytest.raises(DataFileError, match="not a regular file"):
        read_table(fifo)


def test_a_csv_wider_than_a_spreadsheet_still_names_every_column():
    wide = 20_000  # past Excel's last column, XFD (16,384)
    data = b"Step,Rating" + b"," * (wide - 2) + b"Note\n" + b"Pays,4\nTracks,5\n"
    table = read_csv_bytes(data)
    assert len(table.headers) == wide
    assert table.headers[:3] == ["Step", "Rating", "Column C"]
    assert table.headers[26] == "Column AA" and table.headers[16_383] == "Column XFD"
    assert table.headers[-2:] == ["Column ACOE", "Note"]
    assert [r.cells for r in table.rows] == [("Pays", "4"), ("Tracks", "5")]


def _workbook_bytes() -> bytes:
    import io

    book = Workbook()
    book.active.append(["Step", "Rating"])
    book.active.append(["Pays", 4])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _with_part(data: bytes, name: str, content: bytes) -> bytes:
    import io
    import zipfile

    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for part in source.namelist():
            book.writestr(part, content if part == name else source.read(part))
    return out.getvalue()


def _with_garbled_compression(data: bytes, name: str) -> bytes:
    import io
    import zipfile

    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    return data[:start] + b"\xff" * 8 + data[start + 8:]


@pytest.mark.parametrize("damage", [
    lambda d: _with_part(d, "xl/_rels/workbook.xml.rels", b"<Relationships"),  # cut-off XML
    lambda d: _with_part(d, "xl/workbook.xml", b"\x00\x01 not xml"),
    lambda d: _with_garbled_compression(d, "xl/worksheets/sheet1.xml"),  # a bad deflate stream
], ids=["cut-off-xml", "garbage-part", "bad-compression"])
def test_a_workbook_with_a_damaged_part_is_refused_with_its_name(tmp_path, damage):
    path = tmp_path / "survey.xlsx"
    path.write_bytes(damage(_workbook_bytes()))
    with pytest.raises(DataFileError) as info:
        read_table(path)
    assert str(info.value).startswith("survey.xlsx: is not a readable Excel workbook (")


def test_a_workbook_with_a_cell_in_its_far_corner_is_read_at_once(tmp_path):
    import time

    book = Workbook()
    sheet = book.active
    sheet.append(["Step", "Rating"])
    sheet.append(["Pays", 4])
    sheet.cell(row=1_048_576, column=16_384, value="stray")  # Excel's last cell: the used range is the whole sheet
    path = tmp_path / "survey.xlsx"
    book.save(path)
    started = time.monotonic()
    table = read_table(path)
    assert time.monotonic() - started < 5
    assert table.headers[:2] == ["Step", "Rating"] and len(table.headers) == 16_384
    assert [(r.number, r.cells[:2]) for r in table.rows] == [(2, ("Pays", 4)), (1_048_576, (None, None))]
    assert table.rows[-1].get(16_383) == "stray"


def test_a_workbook_that_unpacks_to_gigabytes_is_refused_before_reading(tmp_path):
    import io
    import zipfile

    padding = b"<c/>" * (17 * 1024 * 1024)  # 68 MB of XML that zips to about 70 KB
    out = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(_workbook_bytes()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for part in source.namelist():
            data = source.read(part)
            book.writestr(part, data.replace(b"</sheetData>", padding + b"</sheetData>") if part.endswith("sheet1.xml")
                          else data)
    path = tmp_path / "survey.xlsx"
    path.write_bytes(out.getvalue())
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(DataFileError, match="survey.xlsx: the workbook unpacks to 68 MB; workbooks up to 64 MB "
                                            "unpacked can be imported \\(save the sheet as CSV to import more\\)"):
        read_table(path)


def test_how_a_file_was_read_is_said_in_the_readers_language(monkeypatch, tmp_path):
    """The import dialog's summary ("UTF-8, comma-separated") was English in a German or Arabic editor."""
    from journeymap.analysis import tables

    monkeypatch.setattr(tables, "_", lambda words: f"[{words}]")  # a catalog that marks what it translates
    assert read_csv_bytes(b"Step,NPS\nPays,9\n").read_as == "UTF-8, [comma-separated]"
    book = Workbook()
    book.active.title = "Responses"
    book.active.append(["Step", "NPS"])
    book.active.append(["Pays", 9])
    book.save(tmp_path / "survey.xlsx")
    assert read_table(tmp_path / "survey.xlsx").read_as == "[sheet '{title}']".format(title="Responses")
