"""The week's meeting pack as one PDF to hand out (A4, page numbers, the CJK font embedded, each chart a vector
drawing with its table) and the same tables as a workbook; the quarterly analysis uses the same pieces."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
)

from ..services.coordination import STATUS_NAMES, ItemRow
from ..services.meeting_charts import Chart
from ..services.meeting_pack import MeetingPack
from .chart_drawing import drawing
from .fonts import cjk_font
from .layout import Styles, data_table, data_tables, field_grid, frame_width, header, styles
from .xlsx import append, finish_sheet, save_workbook, write_header

WEEKDAYS = "一二三四五六日"
ITEM_HEADERS = ["编号", "会议日期", "协调事项", "责任单位", "责任人", "完成期限", "状态", "办结情况"]
ITEM_WIDTHS = [31, 0, 48, 22, 13, 21, 24, 35]  # the PDF's (the meeting date is in the workbook only)
OVERDUE_HEADERS = ["供电所", "申请编号", "户名", "环节", "到期日", "超期工作日"]
OVERDUE_WIDTHS = [22, 30, 34, 30, 20, 18]


def day_label(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日（星期{WEEKDAYS[d.weekday()]}）"


def item_rows(items: Sequence[ItemRow], today) -> list[list[object]]:
    return [[i.number, i.raised_on.isoformat(), i.subject + (f"（{i.case_number}）" if i.case_number else "")
             + (f"；决定：{i.decision}" if i.decision else ""), i.unit, i.owner, i.due_on.isoformat(),
             STATUS_NAMES[i.status(today)] + ("，已考核" if i.charged else ""),
             (f"{i.closed_on:%Y-%m-%d} " if i.closed_on else "") + i.outcome] for i in items]


def overdue_rows(pack: MeetingPack) -> list[list[object]]:
    return [[i.station, i.case_number, i.customer_name, i.stage_name, i.due.isoformat(), i.overdue_days]
            for i in sorted(pack.overdue, key=lambda i: (i.station, -i.overdue_days, i.case_number))]


def _scaled(widths: Sequence[float], width: float) -> list[float]:
    return [w * width / sum(widths) for w in widths]


def items_table(s: Styles, items: Sequence[ItemRow], today, width: float) -> Flowable:
    keep = [i for i, w in enumerate(ITEM_WIDTHS) if w]
    return data_table(s, [ITEM_HEADERS[i] for i in keep], [[r[i] for i in keep] for r in item_rows(items, today)],
                      _scaled([ITEM_WIDTHS[i] for i in keep], width))


def chart_block(s: Styles, chart: Chart, width: float) -> list[Flowable]:
    """A chart's heading, its drawing and the table of its numbers (kept together when it fits a page)."""
    head = [Paragraph(f"<b>{chart.title}</b>", s.body)]
    if chart.note:
        head.append(Paragraph(chart.note, s.small))
    head += [drawing(chart, width, 72 * mm), Spacer(1, 2 * mm)]
    n = len(chart.headers)
    widths = [width * 0.22] + [width * 0.78 / max(n - 1, 1)] * (n - 1)
    return [CondPageBreak(110 * mm), KeepTogether(head), *data_tables(s, chart.headers, chart.rows, widths),
            Spacer(1, 6 * mm)]


def section(s: Styles, title: str) -> list[Flowable]:
    return [CondPageBreak(40 * mm), Paragraph(f"<b>{title}</b>", s.body), Spacer(1, 2 * mm)]


def build_document(path: str | Path, story: list[Flowable], running: str, title: str) -> Path:
    """A4 portrait, the running head (bureau and period) and the page number on every page."""
    path = Path(path)
    margins = 15 * mm
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margins, rightMargin=margins, topMargin=margins + 4 * mm,
                            bottomMargin=margins, title=title, author="业扩服务监督台", pageCompression=1)
    font = cjk_font().name

    def page(canvas, document) -> None:
        canvas.setFont(font, 8)
        canvas.drawString(margins, A4[1] - margins + 1 * mm, running)
        canvas.drawCentredString(A4[0] / 2, margins / 2, f"第 {document.page} 页")
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return path


def write_pack_pdf(path: str | Path, pack: MeetingPack, bureau: str, *, today) -> Path:
    s = styles()
    width = frame_width(A4)
    st = pack.stats
    scope = st.scope or "全局（各供电所）"
    total_open = sum(n for by in st.open_by_stage.values() for n in by.values())
    story: list[Flowable] = [Spacer(1, 30 * mm), *header(s, f"{bureau}业扩协调会材料", pack.period.label),
                             Spacer(1, 10 * mm),
                             field_grid(s, [("会议日期", day_label(pack.meeting_on)), ("统计范围", scope),
                                            ("统计期间", f"{st.first:%Y-%m-%d} 至 {st.last:%Y-%m-%d}"),
                                            ("数据截至", f"{st.as_of:%Y-%m-%d}"),
                                            ("在办工单", f"{total_open} 件"),
                                            ("超期环节", f"{sum(len(v) for v in st.overdue.values())} 个"),
                                            ("时限达标率", _pct(st.bureau_on_time.rate)),
                                            ("未办结协调事项", f"{len(pack.open_items)} 项"),
                                            ("制表日期", f"{today:%Y-%m-%d}")], width),
                             Spacer(1, 8 * mm)]
    if st.unverified:
        story.append(Paragraph(f"注意：{len(st.unverified)} 件工单的日期与修改记录不符（可能在本软件之外被改动），"
                               f"相关统计待稽查核实：{'、'.join(st.unverified[:20])}"
                               + ("等" if len(st.unverified) > 20 else ""), s.body))
    story.append(Paragraph("目录：一、统计图表　二、超期环节清单　三、上周协调事项办理情况　四、未办结的协调事项", s.body))
    story.append(PageBreak())
    story += section(s, "一、统计图表")
    for chart in pack.charts:
        story += chart_block(s, chart, width)
    story += section(s, f"二、超期环节清单（截至 {st.as_of:%Y-%m-%d}，共 {len(pack.overdue)} 个）")
    story += (data_tables(s, OVERDUE_HEADERS, overdue_rows(pack), _scaled(OVERDUE_WIDTHS, width)) if pack.overdue
              else [Paragraph("没有超期环节。", s.body)])
    story += section(s, f"三、上周协调事项办理情况（{pack.meeting_on.month}月{pack.meeting_on.day}日前一周会议未办结的，"
                        f"共 {len(pack.last_week)} 项）")
    story += ([items_table(s, pack.last_week, today, width)]
              if pack.last_week else [Paragraph("上周没有未办结的协调事项。", s.body)])
    story += section(s, f"四、未办结的协调事项（共 {len(pack.open_items)} 项，下周继续协调）")
    story += ([items_table(s, pack.open_items, today, width)]
              if pack.open_items else [Paragraph("没有未办结的协调事项。", s.body)])
    return build_document(path, story, f"{bureau} 业扩协调会材料 · {pack.period.label} · {scope}",
                          f"业扩协调会材料 {pack.period.label}")


def _pct(rate) -> str:
    return "—" if rate is None else f"{100 * rate:.1f}%"


def add_table_sheet(wb: Workbook, title: str, headers: list[str], rows: list[list[object]],
                    widths: list[int] | None = None) -> None:
    ws = wb.create_sheet(title[:31])
    write_header(ws, headers, widths or [max(10, min(40, 2 * len(h) + 4)) for h in headers])
    for r in rows:
        append(ws, r)
    finish_sheet(ws)
    ws.oddHeader.center.text = title


def write_pack_xlsx(path: str | Path, pack: MeetingPack, *, today) -> Path:
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    for chart in pack.charts:
        add_table_sheet(wb, chart.title.split("（")[0], chart.headers, chart.rows, [22] + [14] * (len(chart.headers) - 1))
    add_table_sheet(wb, "超期环节清单", OVERDUE_HEADERS, overdue_rows(pack), [16, 20, 20, 16, 12, 12])
    add_table_sheet(wb, "上周协调事项", ITEM_HEADERS, item_rows(pack.last_week, today), [18, 12, 50, 16, 10, 12, 14, 40])
    add_table_sheet(wb, "未办结协调事项", ITEM_HEADERS, item_rows(pack.open_items, today),
                    [18, 12, 50, 16, 10, 12, 14, 40])
    wb.properties.title = f"业扩协调会材料 {pack.period.label}"
    save_workbook(wb, path)
    return path
