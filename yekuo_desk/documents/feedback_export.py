"""The feedback forms on the screen as a workbook (the audit officer's list for the month's meeting)."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from ..services.feedback import KINDS, STATUSES, FeedbackRow
from .xlsx import DATE_FORMAT, append, finish_sheet, save_workbook, write_header

HEADERS = ["编号", "类别", "来源", "责任单位", "申请编号", "客户", "受理日期", "答复期限", "超期", "状态", "反映内容",
           "期限暂定"]
WIDTHS = [18, 8, 9, 14, 18, 22, 12, 12, 6, 9, 60, 8]


def write_feedback_list(path: str | Path, rows: list[FeedbackRow]) -> Path:
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "反馈单"
    write_header(ws, HEADERS, WIDTHS)
    for r in rows:
        append(ws, [r.number, KINDS[r.kind], r.source, r.station, r.case_number,
                   r.customer_name, r.received_on, r.deadline, "是" if r.late else "",
                   STATUSES[r.status], r.content, "暂定" if r.provisional else ""])
    for row in ws.iter_rows(min_row=2, min_col=7, max_col=8):
        for cell in row:
            cell.number_format = DATE_FORMAT
    finish_sheet(ws)
    ws.oddHeader.center.text = "反馈单台账"
    save_workbook(wb, path)
    return path
