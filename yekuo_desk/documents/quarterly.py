"""The quarterly quality analysis (seed 000 art. 6(1)) as a PDF to sign and as a workbook."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..services.meeting_charts import GROUPED, Chart, Series
from ..services.quarterly import Figure, Quarterly
from .meeting_pack import add_table_sheet, build_document, chart_block, section
from .layout import data_tables, frame_width, header, signature_lines, styles
from .xlsx import save_workbook

HEADERS = ["类别", "项目", "单位", "本季度", "上季度", "比上季度", "上年同期", "比上年同期"]
WIDTHS = [24, 24, 12, 14, 14, 15, 14, 15]


def _delta(f: Figure, other: int) -> str:
    d = f.change(other)
    if d is None:
        return "—"
    if f.unit in ("%", "工作日"):
        return "0.0" if abs(d) < 0.05 else f"{d:+.1f}"
    return f"{d:+g}" if d else "0"


def rows(q: Quarterly) -> list[list[object]]:
    return [[f.group, f.name, f.unit, f.shown(0), f.shown(1), _delta(f, 1), f.shown(2), _delta(f, 2)]
            for f in q.figures]


def comparison_charts(q: Quarterly) -> list[Chart]:
    labels = [p.label for p in q.periods]
    out = []
    for group, title, unit in (("平均接电时长", "平均接电时长：本季度与上季度、上年同期", "工作日"),
                               ("时限达标率", "时限达标率：本季度与上季度、上年同期", "达标率（%）")):
        figs = [f for f in q.figures if f.group == group]
        series = [Series(label, [None if f.values[i] is None else (f.values[i] / 100 if f.unit == "%" else f.values[i])
                                 for f in figs]) for i, label in enumerate(labels)]
        out.append(Chart(group, title, GROUPED, [f.name for f in figs], series, "", unit,
                         ["项目", *labels], [[f.name, f.shown(0), f.shown(1), f.shown(2)] for f in figs],
                         percent=unit.startswith("达标率")))
    return out


def write_quarterly_pdf(path: str | Path, q: Quarterly, bureau: str, *, today) -> Path:
    s = styles()
    width = frame_width(A4)
    now = q.periods[0]
    scope = q.stats[0].scope or "全局（各供电所）"
    story = [*header(s, f"{bureau}业扩服务质量季度分析", f"{now.label} · {scope}"),
             Paragraph(f"对比：{q.periods[1].label}（上季度）、{q.periods[2].label}（上年同期）；制表日期 {today:%Y-%m-%d}",
                       s.small), Spacer(1, 4 * mm), Paragraph("<b>变化最大的指标</b>", s.body)]
    story += [Paragraph(f"{i}. {text}", s.body) for i, text in enumerate(q.callouts, 1)] or [
        Paragraph("与上季度、上年同期相比没有明显变化（或数据不足）。", s.body)]
    if q.stats[0].unverified:
        story.append(Paragraph(f"注意：{len(q.stats[0].unverified)} 件工单的日期与修改记录不符，相关统计待稽查核实。",
                               s.body))
    story += [Spacer(1, 4 * mm)]
    for chart in comparison_charts(q):
        story += chart_block(s, chart, width)
    story += section(s, "指标对比")
    story += data_tables(s, HEADERS, rows(q), [w * width / sum(WIDTHS) for w in WIDTHS])
    story += [Spacer(1, 10 * mm), signature_lines(s, ["编制（市场营销部）", "审核", "分管领导"], width)]
    return build_document(path, story, f"{bureau} 业扩服务质量季度分析 · {now.label} · {scope}",
                          f"业扩服务质量季度分析 {now.label}")


def write_quarterly_xlsx(path: str | Path, q: Quarterly) -> Path:
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    add_table_sheet(wb, f"指标对比 {q.periods[0].label}", HEADERS, rows(q), [20, 20, 8, 12, 12, 12, 12, 12])
    add_table_sheet(wb, "变化最大的指标", ["序号", "说明"], [[i, t] for i, t in enumerate(q.callouts, 1)], [8, 110])
    wb.properties.title = f"业扩服务质量季度分析 {q.periods[0].label}"
    save_workbook(wb, path)
    return path
