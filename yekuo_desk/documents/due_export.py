"""The due list as a workbook, for the audit officer's morning report."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from ..services.due import DueItem
from .xlsx import DATE_FORMAT, append, finish_sheet, save_workbook, write_header

HEADERS = ["状态", "超期工作日", "供电所", "申请编号", "户名", "联系电话", "环节", "开始日期", "到期日", "暂定"]
WIDTHS = [10, 11, 14, 18, 30, 16, 16, 12, 12, 8]


def write_due_list(path: str | Path, items: list[DueItem], on: date) -> Path:
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = f"到期提醒{on:%Y%m%d}"
    write_header(ws, HEADERS, WIDTHS)
    for i in items:
        append(ws, [i.status_label, i.overdue_days or None, i.station,
                   i.case_number, i.customer_name, i.phone,
                   i.stage_name, i.start, i.due, "暂定" if i.provisional else ""])
    for row in ws.iter_rows(min_row=2, min_col=8, max_col=9):
        for cell in row:
            cell.number_format = DATE_FORMAT
    finish_sheet(ws)
    ws.oddHeader.center.text = f"到期与超期业务环节（{on:%Y年%m月%d日}）"
    save_workbook(wb, path)
    return path
