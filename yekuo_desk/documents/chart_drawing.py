"""A meeting chart (services/meeting_charts.Chart) as a reportlab Drawing: vector, so it prints sharp at any
size, made without Qt (the pack is made by the command line too). Same palette and titles as the dashboard."""
from __future__ import annotations

from dataclasses import replace

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from ..services.meeting_charts import BAR, GROUPED, LINE, PALETTE, REFERENCE_COLOUR, STACKED, Chart
from .fonts import cjk_font


def _nice_top(value: float) -> float:
    """A round top for the value axis above `value`."""
    if value <= 0:
        return 1
    step = 10 ** (len(str(int(value))) - 1)
    for mult in (1, 2, 2.5, 5, 10):
        if value <= step * mult:
            return step * mult
    return step * 10


def _isolated(values: list) -> bool:
    """A value with no value beside it: a line cannot be drawn through it."""
    padded = [None, *values, None]
    return any(v is not None and padded[i] is None and padded[i + 2] is None for i, v in enumerate(values))


def drawing(chart: Chart, width: float, height: float) -> Drawing:
    font = cjk_font().name
    if chart.kind == LINE:
        drawn = [s for s in chart.series if any(v is not None for v in s.values)]  # a series with no value: no line
        chart = replace(chart, series=drawn or chart.series)
        if not drawn or any(_isolated(s.values) for s in drawn):
            chart = replace(chart, kind=GROUPED)  # a month or a week with nothing beside it: bars show it
    d = Drawing(width, height)
    legend_h = 16
    rows = (len(chart.series) + 5) // 6
    legend_h *= rows
    left, bottom, top = 46, 44 + legend_h, 22
    scale = 100 if chart.percent else 1
    values = [v * scale for s in chart.series for v in s.values if v is not None]
    if chart.kind == STACKED:
        values = [sum((s.values[i] or 0) for s in chart.series) for i in range(len(chart.categories))]
    ref = chart.reference[1] * scale if chart.reference else 0
    top_value = _nice_top(max([*values, ref, 0]) * 1.08)
    counts = not chart.percent and all(float(v).is_integer() for v in values)
    if chart.percent:
        top_value = 100
    elif counts:
        top_value = max(5, top_value + (-top_value) % 5)  # whole steps for counts
    plot = HorizontalLineChart() if chart.kind == LINE else VerticalBarChart()
    plot.x, plot.y = left, bottom
    plot.width, plot.height = width - left - 10, height - bottom - top
    plot.data = [[(v or 0) * scale if chart.kind != LINE else (None if v is None else v * scale) for v in s.values]
                 for s in chart.series] or [[0]]
    plot.categoryAxis.categoryNames = chart.categories
    plot.categoryAxis.labels.fontName = font
    plot.categoryAxis.labels.fontSize = 7 if len(chart.categories) > 8 else 8
    if len(chart.categories) > 6:
        plot.categoryAxis.labels.angle = 30
        plot.categoryAxis.labels.boxAnchor = "ne"
    plot.valueAxis.valueMin, plot.valueAxis.valueMax = 0, top_value
    plot.valueAxis.valueStep = top_value / 5
    plot.valueAxis.labels.fontName = font
    plot.valueAxis.labels.fontSize = 8
    plot.valueAxis.labelTextFormat = "%d%%" if chart.percent else ("%d" if counts or top_value >= 10 else "%.1f")
    plot.valueAxis.visibleGrid = True
    plot.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    for i, _ in enumerate(chart.series):
        colour = colors.HexColor(PALETTE[i % len(PALETTE)])
        if chart.kind == LINE:
            plot.lines[i].strokeColor = colour
            plot.lines[i].strokeWidth = 2
        else:
            plot.bars[i].fillColor = colour
            plot.bars[i].strokeColor = None
    if chart.kind == LINE:
        plot.lineLabels.fontName = font
    else:
        plot.barLabels.fontName = font
    if chart.kind == STACKED:
        plot.categoryAxis.style = "stacked"
    if chart.kind in (BAR, GROUPED, STACKED) and chart.kind != STACKED and len(chart.categories) <= 12:
        plot.barLabels.fontName = font
        plot.barLabels.fontSize = 6.5
        plot.barLabelFormat = (lambda v: f"{v:.1f}") if (chart.percent or any(
            isinstance(v, float) for s in chart.series for v in s.values)) else "%d"
        plot.barLabels.nudge = 6
    d.add(plot)
    if chart.reference:
        y = bottom + plot.height * min(ref / top_value, 1)
        d.add(Line(left, y, left + plot.width, y, strokeColor=colors.HexColor(REFERENCE_COLOUR), strokeWidth=1.2,
                   strokeDashArray=[4, 3]))
        d.add(String(left + plot.width - 2, y + 3, chart.reference[0], fontName=font, fontSize=8,
                     fillColor=colors.HexColor(REFERENCE_COLOUR), textAnchor="end"))
    d.add(String(left - 40, height - 10, chart.y_label, fontName=font, fontSize=8))
    if chart.series:
        legend = Legend()
        legend.x, legend.y = left, legend_h + 2
        legend.fontName, legend.fontSize = font, 8
        legend.columnMaximum = 1 if rows == 1 else 2
        legend.alignment = "right"
        legend.dx, legend.dy = 8, 8
        legend.deltax = max(60, (width - left) / 6)
        legend.colorNamePairs = [(colors.HexColor(PALETTE[i % len(PALETTE)]), s.name)
                                 for i, s in enumerate(chart.series)]
        d.add(legend)
    return d
