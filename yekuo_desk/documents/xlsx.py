"""What every workbook and CSV the app writes goes through: rows appended with `append`, workbooks saved with
`save_workbook`, CSV rows made with `csv_row`. No user text (a station, the bureau, a customer, a reason) can
start a formula there: Excel shows it as typed and never calculates it. The app writes no formulas of its own."""
from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
DATE_FORMAT = "yyyy-mm-dd"


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may take for the start of a formula


def safe_text(ws: Worksheet, value: object) -> object:
    """User text that Excel would take for a formula (=, +, -, @) goes in as a text cell, as typed: shown and
    read back unchanged, never calculated. Anything else is returned as it is, for `ws.append`."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"  # openpyxl took the "=" for a formula
        return cell
    return value


def append(ws: Worksheet, values) -> None:
    """Append a row, every text in it made safe (safe_text): the one way rows go into the app's workbooks."""
    ws.append([safe_text(ws, v) for v in values])


def save_workbook(wb, path) -> None:
    """Save a workbook, every cell of it checked first: one that openpyxl took for a formula (text beginning with
    =, put in a cell directly) is made text. A write-only workbook's rows were made safe by `append`."""
    if not getattr(wb, "write_only", False):
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.data_type == "f":
                        cell.data_type = "s"
    wb.save(path)


def csv_row(values) -> list:
    """A CSV row whose texts cannot start a formula when the file is opened in Excel or WPS: such a text is
    written after an apostrophe ('=1+1), as spreadsheets show a text typed that way."""
    return [f"'{v}" if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v for v in values]


def write_header(ws: Worksheet, headers: list[str], widths: list[int]) -> None:
    append(ws, headers)
    for i, width in enumerate(widths, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"


def finish_sheet(ws: Worksheet, landscape: bool = True) -> None:
    """Print setup so the sheet prints right from Excel or WPS: A4, fit to width, header row repeated."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_area = ws.dimensions
    if ws.max_row > 1:
        ws.auto_filter.ref = ws.dimensions
