"""The case register as a workbook: the rows the current filter shows, in the order shown. Written in
openpyxl's streaming mode, so 200,000 rows take little memory."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from ..services.deadlines import STATUS_NAMES
from ..services.register import RegisterRow
from ..services.stages import CATEGORIES, LEDGERS, stage_name
from .xlsx import DATE_FORMAT, HEADER_FILL, HEADER_FONT, append, save_workbook

HEADERS = ["申请编号", "供电所", "户名", "客户类别", "当前环节", "到期日", "状态", "受理日期", "台账类别", "暂定"]
WIDTHS = [18, 14, 32, 12, 16, 12, 10, 12, 14, 6]


def write_register(path: str | Path, rows: Iterable[RegisterRow], stations: dict[str, str], total: int,
                   progress: Callable[[int, int], None] | None = None) -> int:
    """Write the rows; returns how many."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("工单台账")
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    header = []
    for text in HEADERS:
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        header.append(cell)
    append(ws, header)
    n = 0
    for r in rows:
        due = WriteOnlyCell(ws, value=r.next_due)
        accepted = WriteOnlyCell(ws, value=r.accepted_on)
        due.number_format = accepted.number_format = DATE_FORMAT
        append(ws, [r.case_number, stations.get(r.station_id, ""), r.customer_name,
                   CATEGORIES.get(r.category, r.category), stage_name(r.current_stage) if r.current_stage else "已完成",
                   due, STATUS_NAMES.get(r.status, r.status), accepted, LEDGERS.get(r.ledger, ""),
                   "暂定" if r.provisional else ""])
        n += 1
        if progress and n % 5000 == 0:
            progress(n, total)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    save_workbook(wb, path)
    return n
