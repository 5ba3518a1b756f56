"""Reading research data: a CSV or an Excel workbook as one table of rows, each with its row number.

Survey tools export in many shapes: UTF-8 with or without a byte-order mark,
UTF-16 from Excel's "Unicode text", Windows-1252 from older tools; commas,
semicolons (where the comma is the decimal mark) or tabs; a title line above
the headers; headers in merged cells spanning a group of columns. CSV goes
through the standard library's ``csv`` (its ``Sniffer`` picks the delimiter),
workbooks through ``openpyxl``. Row numbers are the ones a spreadsheet shows,
so a message like "row 214" leads straight to the row.
"""

from __future__ import annotations

import csv
import io
import math
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import N_, _

#: Data files larger than this are refused before reading: a survey export is far smaller.
MAX_DATA_BYTES = 200 * 1024 * 1024
#: Workbooks whose parts unpack to more than this are refused before reading: a few kilobytes of
#: zipped XML can unpack to gigabytes, and openpyxl reads about 3 MB of it a second.
MAX_WORKBOOK_UNPACKED = 64 * 1024 * 1024
_SNIFF_BYTES = 64 * 1024
_DELIMITERS = ",;\t|"


class DataFileError(ValueError):
    """A data file that cannot be read as a table, with which file and why."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path, self.message = Path(path), message
        super().__init__(f"{Path(path).name}: {message}")


@dataclass(frozen=True)
class Row:
    """One data row: its number as a spreadsheet shows it, and its cells by column."""

    number: int
    cells: tuple[Any, ...]

    def get(self, column: int) -> Any:
        return self.cells[column] if column < len(self.cells) else None


@dataclass
class Table:
    """Headers and data rows of one sheet or CSV file, and how it was read."""

    name: str
    headers: list[str]
    rows: list[Row]
    #: how the file was read, for the summary: "UTF-8 with BOM, ';' delimited" or "sheet 'Responses'"
    read_as: str = ""
    header_row: int = 1
    sheets: list[str] = field(default_factory=list)

    def column(self, header: str) -> int | None:
        """The index of the column with this header, or None."""
        try:
            return self.headers.index(header)
        except ValueError:
            return None


def read_table(path: Path | str, sheet: str | None = None, header_row: int | None = None) -> Table:
    """Read a ``.csv``/``.tsv``/``.txt`` or ``.xlsx``/``.xlsm`` file; raise :class:`DataFileError`."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DataFileError(path, _("no such file")) from None
    except OSError as e:
        raise DataFileError(path, _("cannot be read ({reason})").format(reason=e.strerror or e)) from None
    if stat.S_ISDIR(info.st_mode):
        raise DataFileError(path, _("this is a folder, not a data file"))
    if not stat.S_ISREG(info.st_mode):  # reading a named pipe or a device could wait forever
        raise DataFileError(path, _("not a regular file (a named pipe, device or socket); a data file is a "
                                    "plain file"))
    size = info.st_size
    if size > MAX_DATA_BYTES:
        raise DataFileError(path, _("the file is {size} MB; data files up to {limit} MB can be imported").format(
            size=size // (1024 * 1024), limit=MAX_DATA_BYTES // (1024 * 1024)))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_workbook(path, sheet, header_row)
    if suffix == ".xls":
        raise DataFileError(path, _("old Excel files (.xls) cannot be read; save it as .xlsx or .csv"))
    if sheet is not None:
        raise DataFileError(path, _("a sheet was named, but this is not a workbook (.xlsx)"))
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DataFileError(path, _("cannot be read ({reason})").format(reason=e.strerror or e)) from None
    if data.startswith(b"PK\x03\x04"):
        return read_workbook(path, None, header_row)  # a workbook with the wrong extension
    return read_csv_bytes(data, path, header_row)


# -- CSV -------------------------------------------------------------------------------------------

def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding, as exporters write them.

    A byte-order mark decides; without one, zero bytes in every other place
    mean UTF-16; then strict UTF-8; anything else is taken as Windows-1252, the
    encoding of spreadsheets saved on Windows in Western languages.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    head = data[:2000]
    if len(head) >= 4:
        odd_zeros = head[1::2].count(0)
        even_zeros = head[0::2].count(0)
        if odd_zeros > len(head) // 4 and even_zeros == 0:
            return data.decode("utf-16-le", errors="replace"), "UTF-16 (little-endian, no BOM)"
        if even_zeros > len(head) // 4 and odd_zeros == 0:
            return data.decode("utf-16-be", errors="replace"), "UTF-16 (big-endian, no BOM)"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"  # 5 bytes cp1252 leaves undefined; nothing is lost


#: how a delimited file's cells were told apart, for the summary "UTF-8, comma-separated"
SEPARATED = {"\t": N_("tab-separated"), ",": N_("comma-separated"), ";": N_("semicolon-separated"),
             "|": N_("bar-separated")}


def read_csv_bytes(data: bytes, path: Path | str = "data.csv", header_row: int | None = None) -> Table:
    """A table from the bytes of a delimited text file."""
    head = data[:4096]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")) and \
            head[0::2].count(0) and head[1::2].count(0):  # UTF-16 has its zeros on one side only
        raise DataFileError(path, _("this is a binary file, not a CSV or Excel table"))
    text, encoding = decode_text(data)
    if not text.strip():
        raise DataFileError(path, _("the file is empty"))
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True,
                        skipinitialspace=False, strict=False)
    try:
        records = [(number, [c.strip() for c in record]) for number, record in enumerate(reader, start=1)]
    except csv.Error as e:
        raise DataFileError(path, _("is not a readable CSV table ({reason})").format(reason=e)) from None
    shown = _(SEPARATED[delimiter])  # in the import dialog's words (it reads the file in the editor's language)
    grid = [(number, [c if c != "" else None for c in cells]) for number, cells in records]
    return _table_from_grid(Path(path).name, grid, f"{encoding}, {shown}", path, header_row)


def _sniff_delimiter(text: str) -> str:
    sample = text[:_SNIFF_BYTES]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = next((line for line in sample.splitlines() if line.strip()), "")
        counts = {d: first.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


# -- workbooks ----------------------------------------------------------------------------------------

def read_workbook(path: Path, sheet: str | None = None, header_row: int | None = None) -> Table:
    """A table from one sheet of an Excel workbook (the first, unless ``sheet`` names another).

    Merged cells are read as if each cell of the range held the range's value,
    so a group header merged over three columns labels all three.
    """
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _check_unpacked_size(path)
    try:
        book = load_workbook(path, read_only=False, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise DataFileError(path, _("is not a readable Excel workbook ({reason})").format(reason=e)) from None
    except Exception as e:  # noqa: BLE001 - a damaged part: openpyxl passes on its zlib, XML and parsers' errors
        raise DataFileError(path, _("is not a readable Excel workbook ({reason})").format(
            reason=str(e) or type(e).__name__)) from None
    try:
        names = book.sheetnames
        if sheet is None:
            ws = book.worksheets[0]
        else:
            found = next((n for n in names if n.casefold() == sheet.casefold()), None)
            if found is None:
                raise DataFileError(path, _("has no sheet {sheet} (its sheets: {sheets})").format(
                    sheet=repr(sheet), sheets=", ".join(names)))
            ws = book[found]
        grid = _rows_with_cells(ws)
        merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
        title = ws.title
    finally:
        book.close()
    spans = _fill_merged(grid, merged)
    table = _table_from_grid(Path(path).name, grid, _("sheet '{title}'").format(title=title), path, header_row, spans)
    table.sheets = list(names)
    return table


def _check_unpacked_size(path: Path) -> None:
    """Refuse a workbook that unpacks to more than :data:`MAX_WORKBOOK_UNPACKED` (its parts' sizes as the zip
    declares them: reading never yields more than that)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as book:
            unpacked = sum(part.file_size for part in book.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise DataFileError(path, _("is not a readable Excel workbook ({reason})").format(reason=e)) from None
    if unpacked > MAX_WORKBOOK_UNPACKED:
        raise DataFileError(path, _("the workbook unpacks to {size} MB; workbooks up to {limit} MB unpacked can be "
                                    "imported (save the sheet as CSV to import more)").format(
            size=unpacked // (1024 * 1024), limit=MAX_WORKBOOK_UNPACKED // (1024 * 1024)))


def _rows_with_cells(ws: Any) -> list[tuple[int, list[Any]]]:
    """The sheet's rows that hold cells, by number, each as long as its last cell.

    Not ``iter_rows``: it visits every place of the used range, its rows times
    its columns, and a single cell in the sheet's far corner (row 1,048,576,
    column XFD) makes that 17 billion: a small file that never finishes reading.
    """
    by_row: dict[int, dict[int, Any]] = {}
    for (row, column), cell in ws._cells.items():
        by_row.setdefault(row, {})[column] = cell.value
    grid = []
    for number in sorted(by_row):
        found = by_row[number]
        cells: list[Any] = [None] * max(found)
        for column, value in found.items():
            cells[column - 1] = _cell_value(value)
        grid.append((number, cells))
    return grid


def _cell_value(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _fill_merged(grid: list[tuple[int, list[Any]]], merged: list[tuple[int, int, int, int]]) -> set[int]:
    """Copy each merged range's value into all its cells; the rows where a range spans columns."""
    by_number = {number: cells for number, cells in grid}
    spanning: set[int] = set()
    for top, left, bottom, right in merged:
        first = by_number.get(top)
        if first is None or left - 1 >= len(first):
            continue
        value = first[left - 1]
        for r in range(top, bottom + 1):
            cells = by_number.get(r)
            if cells is None:
                continue
            while len(cells) < right:
                cells.append(None)
            for c in range(left - 1, right):
                cells[c] = value
        if right > left:
            spanning.update(range(top, bottom + 1))
    return spanning


# -- the header row -----------------------------------------------------------------------------------

def _table_from_grid(name: str, grid: list[tuple[int, list[Any]]], read_as: str, path: Path | str,
                     header_row: int | None, spans: set[int] | None = None) -> Table:
    """Find the header row (or take ``header_row``), join group headers above it, keep the rows below."""
    grid = [(n, cells) for n, cells in grid]
    filled = [(n, cells) for n, cells in grid if any(c is not None for c in cells)]
    if not filled:
        raise DataFileError(path, _("the table has no rows"))
    if header_row is not None:
        at = next((k for k, (n, _c) in enumerate(filled) if n == header_row), None)
        if at is None:
            raise DataFileError(path, _("row {n} (the header row the mapping names) is empty or missing").format(
                n=header_row))
    else:
        at = _find_header(filled)
    number, head = filled[at]
    headers = [_text(c) for c in head]
    rows_after = filled[at + 1:]
    # A header merged over several columns is a group; the row under it names each column of the group.
    if spans and number in spans and rows_after and _all_text(rows_after[0][1]):
        sub_number, sub = rows_after[0]
        width = max(len(headers), len(sub))
        headers = [_join(_at(headers, k), _text(_at(sub, k))) for k in range(width)]
        number, rows_after = sub_number, rows_after[1:]
    width = max([len(headers)] + [len(cells) for _n, cells in rows_after])
    headers = _unique([h if h else f"Column {column_name(k + 1)}" for k, h in
                       enumerate(headers + [""] * (width - len(headers)))])
    rows = [Row(n, tuple(cells)) for n, cells in rows_after]
    return Table(name, headers, rows, read_as, number)


def column_name(number: int) -> str:
    """A spreadsheet's name for column ``number`` (1 is A, 27 is AA), however wide the table.

    Not openpyxl's ``get_column_letter``: it stops at Excel's last column (XFD),
    and a CSV file may have more columns than a workbook can.
    """
    name = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _find_header(filled: list[tuple[int, list[Any]]]) -> int:
    """The first row that looks like headers: mostly text, about as wide as the data under it.

    A title line ("Survey export, May 2026") above the headers has one filled cell; it is skipped.
    """
    look = filled[:30]
    widths = [sum(c is not None for c in cells) for _n, cells in look]
    usual = max(set(widths), key=lambda w: (widths.count(w), w))  # how many cells a data row fills
    for k, (_n, cells) in enumerate(look):
        count = widths[k]
        texts = sum(isinstance(c, str) for c in cells if c is not None)
        if count >= math.ceil(0.75 * usual) and texts * 2 >= count:
            return k
    return 0


def _all_text(cells: list[Any]) -> bool:
    values = [c for c in cells if c is not None]
    return bool(values) and all(isinstance(c, str) and not _looks_numeric(c) for c in values)


def _looks_numeric(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def _at(items: list[Any], k: int) -> Any:
    return items[k] if k < len(items) else None


def _join(top: str, sub: str) -> str:
    if not top or top == sub:
        return sub
    if not sub:
        return top
    return f"{top} {sub}"


def _text(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).replace("\ufeff", "")
    return " ".join(text.split())


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for h in headers:
        key = h.casefold()
        seen[key] = seen.get(key, 0) + 1
        out.append(h if seen[key] == 1 else f"{h} ({seen[key]})")
    return out
