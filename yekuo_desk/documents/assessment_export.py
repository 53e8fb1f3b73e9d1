"""The month's assessment sheet as a workbook and as a PDF to sign (supervision dept and the chief)."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from ..services.assessment import Sheet
from ..services.stages import stage_name
from .xlsx import append, finish_sheet, save_workbook, write_header

HEADERS = ["责任单位", "申请编号", "环节", "考核事由", "金额（元）"]
WIDTHS = [14, 18, 14, 60, 12]
PDF_WIDTHS = [15, 21, 19, 52, 12]


def write_assessment(path: str | Path, sheet: Sheet) -> Path:
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = f"考核{sheet.month}"
    write_header(ws, HEADERS, WIDTHS)
    row = 1  # counted here: ws.max_row scans every cell each time it is read
    for unit in sheet.units:
        for item in unit.items:
            append(ws, [unit.station, item.case_number,
                       stage_name(item.stage) if item.stage else "", item.reason, item.amount])
        append(ws, [unit.station, "", "", "小计", unit.total])
        row += len(unit.items) + 1
        ws.cell(row=row, column=4).font = Font(bold=True)
        ws.cell(row=row, column=5).font = Font(bold=True)
    append(ws, ["全局合计", "", "", "", sheet.total])
    row += 1
    ws.cell(row=row, column=1).font = Font(bold=True)
    ws.cell(row=row, column=5).font = Font(bold=True)
    for row in ws.iter_rows(min_row=2, min_col=5, max_col=5):
        row[0].number_format = "#,##0"
    finish_sheet(ws)
    ws.oddHeader.center.text = f"{sheet.month} 业扩服务经济责任制考核表"
    save_workbook(wb, path)
    return path


def write_assessment_pdf(path: str | Path, sheet: Sheet, bureau: str) -> Path:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    from .layout import build, data_table, frame_width, header, page_size, signature_lines, styles

    size = page_size("A4")
    width = frame_width(size)
    s = styles()
    rows = []
    for unit in sheet.units:
        rows += [[unit.station, i.case_number, stage_name(i.stage) if i.stage else "", i.reason, f"{i.amount:,.0f}"]
                 for i in unit.items]
        rows.append([unit.station, "", "", "小计", f"{unit.total:,.0f}"])
    story = [*header(s, f"{bureau}业扩服务经济责任制考核表", f"{sheet.month}"),
             data_table(s, HEADERS, rows, [w * width / sum(PDF_WIDTHS) for w in PDF_WIDTHS]), Spacer(1, 3 * mm),
             Paragraph(f"<b>全局合计：{sheet.total:,.0f} 元</b>", s.body), Spacer(1, 8 * mm),
             signature_lines(s, ["监察审计部", "分管领导"], width)]
    return build(path, story, size=size, title=f"考核表 {sheet.month}", page_numbers=True)
