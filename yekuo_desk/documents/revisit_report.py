"""《县(市)供电局客户业扩服务回访月报表》 as a landscape A4 PDF for signing and as a workbook for the upper
department: the same header, rows and totals."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..services.months import month_label
from ..services.revisit_report import RevisitReport, percent
from ..services.revisits import METHODS, SATISFACTION
from ..services.stages import stage_name
from .layout import build, data_tables, field_grid, frame_width, header, page_size, signature_lines, styles
from .xlsx import DATE_FORMAT, HEADER_FILL, HEADER_FONT, append, save_workbook

TITLE = "{bureau}客户业扩服务回访月报表"
HEADERS = ["序号", "回访日期", "供电所", "申请编号", "客户名称", "回访环节", "方式", "回访人", "受访人", "满意度",
           "发现问题", "客户意见"]
WIDTHS_MM = [9, 22, 22, 28, 36, 20, 11, 15, 16, 17, 30, 40]


def text_width(text: str) -> float:
    """A text's width in Excel's character units: a Chinese character is about two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _row(i: int, r) -> list[object]:
    return [i, r.revisit_on, r.station, r.case_number, r.customer_name, stage_name(r.stage), METHODS[r.method],
            r.caller, r.respondent, SATISFACTION[r.satisfaction], "、".join(r.problems), r.customer_words]


UNREVISITED_TITLE = "接电前未回访（本月接电，接电前无关键环节回访）"
UNREVISITED_HEADERS = ["序号", "接电日期", "供电所", "申请编号", "客户名称", "联系电话"]
UNREVISITED_WIDTHS_MM = [9, 24, 30, 32, 60, 30]


def totals(rep: RevisitReport) -> list[tuple[str, str]]:
    problems = "；".join(f"{k} {v}" for k, v in rep.problems.items()) or "无"
    return [("计划回访", f"{rep.planned} 件"), ("已回访（计划内）", f"{rep.done} 件"), ("回访率", percent(rep.revisit_rate)),
            ("本月回访", f"{len(rep.rows)} 次"), ("满意率（含基本满意）", percent(rep.satisfaction_rate)),
            ("发现问题", problems), ("回访转反馈单", f"{rep.forms_raised} 份"), ("其中已关闭", f"{rep.forms_closed} 份"),
            ("接电前未回访", f"{len(rep.unrevisited)} 户")]


def _unrevisited_rows(rep: RevisitReport) -> list[list[object]]:
    return [[i, r.connected_on, r.station, r.case_number, r.customer_name, r.phone]
            for i, r in enumerate(rep.unrevisited, start=1)]


def _header_fields(rep: RevisitReport, preparer: str, reviewer: str, made_on: date) -> list[tuple[str, str]]:
    return [("填报单位", rep.unit or "全局"), ("月份", month_label(rep.month)), ("填报人", preparer), ("审核人", reviewer),
            ("填报日期", f"{made_on.year}年{made_on.month}月{made_on.day}日"), ("", "")]


def write_pdf(path: str | Path, rep: RevisitReport, bureau: str, *, preparer: str = "", reviewer: str = "",
              made_on: date | None = None) -> Path:
    made_on = made_on or date.today()
    size = page_size("A4", wide=True)
    width = frame_width(size, 10 * mm)
    s = styles()
    rows = [[str(v) if not isinstance(v, date) else v.isoformat() for v in _row(i, r)]
            for i, r in enumerate(rep.rows, start=1)]
    story = [*header(s, TITLE.format(bureau=bureau)), field_grid(s, _header_fields(rep, preparer, reviewer, made_on),
                                                               width, columns=3),
             Spacer(1, 3 * mm), *data_tables(s, HEADERS, rows, [w * mm * width / (sum(WIDTHS_MM) * mm)
                                                                 for w in WIDTHS_MM]),
             Spacer(1, 4 * mm), Paragraph("<b>本月合计</b>", s.body), field_grid(s, totals(rep), width, columns=4)]
    if rep.unrevisited:
        listed = [[str(v) if not isinstance(v, date) else v.isoformat() for v in row]
                  for row in _unrevisited_rows(rep)]
        story += [Spacer(1, 4 * mm), Paragraph(f"<b>{UNREVISITED_TITLE}</b>", s.body),
                  *data_tables(s, UNREVISITED_HEADERS, listed, [w * mm * width / (sum(UNREVISITED_WIDTHS_MM) * mm)
                                                                 for w in UNREVISITED_WIDTHS_MM])]
    story += [Spacer(1, 6 * mm), signature_lines(s, ["填报人", "审核人", "分管领导"], width)]
    return build(path, story, size=size, title=TITLE.format(bureau=bureau) + rep.month, margins=10 * mm,
                 page_numbers=True)


def write_xlsx(path: str | Path, rep: RevisitReport, bureau: str, *, preparer: str = "", reviewer: str = "",
               made_on: date | None = None) -> Path:
    made_on = made_on or date.today()
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = f"回访月报{rep.month}"
    append(ws, [TITLE.format(bureau=bureau)])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    ws["A1"].font, ws["A1"].alignment = Font(bold=True, size=14), Alignment(horizontal="center")
    # The report's particulars on one line under the title, merged across the table and wrapped.
    append(ws, ["　　".join(f"{label}：{value}" for label, value in _header_fields(rep, preparer, reviewer, made_on)
                          if label)])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADERS))
    ws["A2"].alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[2].height = 30
    append(ws, HEADERS)
    for col, width in enumerate(WIDTHS_MM, start=1):
        cell = ws.cell(row=3, column=col)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[cell.column_letter].width = max(width * 0.55, text_width(HEADERS[col - 1]) + 2)
    # Row numbers are counted here: ws.max_row scans every cell, so reading it per row made the writer
    # quadratic (4,813 revisits took 5 s).
    wrapped = Alignment(wrap_text=True, vertical="top")
    long_columns = [HEADERS.index(h) + 1 for h in ("客户名称", "发现问题", "客户意见")]
    for i, r in enumerate(rep.rows, start=1):
        append(ws, _row(i, r))
        ws.cell(row=3 + i, column=2).number_format = DATE_FORMAT
        for col in long_columns:  # long text wraps inside its column instead of running over the next
            ws.cell(row=3 + i, column=col).alignment = wrapped
    ws.freeze_panes = "A4"
    append(ws, [])
    first_total = 3 + len(rep.rows) + 2
    for label, value in totals(rep):
        append(ws, [label, value])
    rate_rows = {"回访率": rep.revisit_rate, "满意率（含基本满意）": rep.satisfaction_rate}
    for row in ws.iter_rows(min_row=first_total, max_row=first_total + len(totals(rep)) - 1, max_col=2):
        if row[0].value in rate_rows and rate_rows[row[0].value] is not None:
            row[1].value, row[1].number_format = rate_rows[row[0].value], "0.0%"  # a number, shown as a percent
        if row[0].value in ("计划回访", "已回访（计划内）", "本月回访", "回访转反馈单", "其中已关闭", "接电前未回访"):
            row[1].value = int(str(row[1].value).split()[0])
    if rep.unrevisited:
        append(ws, [])
        append(ws, [UNREVISITED_TITLE])
        append(ws, UNREVISITED_HEADERS)
        for row in _unrevisited_rows(rep):
            append(ws, row)
    ws.page_setup.paperSize, ws.page_setup.orientation = ws.PAPERSIZE_A4, "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "3:3"
    ws.print_area = ws.dimensions
    save_workbook(wb, path)
    return path
