"""Small helpers shared by every workbook the app writes."""
from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
DATE_FORMAT = "yyyy-mm-dd"


def safe_text(ws: Worksheet, value: object) -> object:
    """User text that Excel would take for a formula (=, +, -, @) goes in as a text cell, as typed: shown and
    read back unchanged, never calculated. Anything else is returned as it is, for `ws.append`."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"  # openpyxl took the "=" for a formula
        return cell
    return value


def write_header(ws: Worksheet, headers: list[str], widths: list[int]) -> None:
    ws.append(headers)
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
