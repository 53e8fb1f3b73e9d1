"""One meeting chart (services/meeting_charts.Chart) drawn with pyqtgraph: bars, stacked bars, grouped bars or
lines, with Chinese axis labels, a legend, the value on hover, and a click on a bar or point telling which
cases are behind it (`sig_picked` with the key for Stats.behind)."""
from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from ..services.meeting_charts import GROUPED, LINE, STACKED, Chart
from .chart_style import DESK, ChartStyle, colour, number, reference_pen, wrap_label


@dataclass(frozen=True)
class Mark:
    """A drawn bar or point: where it is (view coordinates) and what it stands for."""

    x0: float
    x1: float
    y0: float
    y1: float
    series: str
    category: str
    value: float | None
    key: tuple | None

    def holds(self, x: float, y: float, tolerance: float) -> bool:
        lo, hi = min(self.y0, self.y1), max(self.y0, self.y1)
        return self.x0 <= x <= self.x1 and lo - tolerance <= y <= hi + tolerance


class ChartView(QWidget):
    sig_picked = Signal(object, str)  # (key for Stats.behind, what was clicked, in words)

    def __init__(self, parent=None, style: ChartStyle = DESK):
        super().__init__(parent)
        self.style = style
        self.chart: Chart | None = None
        self.marks: list[Mark] = []
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel()
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.plot, 1)
        self._apply_style()

    def set_style(self, style: ChartStyle) -> None:
        self.style = style
        self._apply_style()
        if self.chart is not None:
            self.show_chart(self.chart)

    def _apply_style(self) -> None:
        self.title.setFont(self.style.font(self.style.title_px))
        self.title.setStyleSheet("font-weight: bold; color: #202020;")
        self.note.setFont(self.style.font(self.style.tick_px))
        self.note.setStyleSheet("color: #404040;")
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setStyle(tickFont=self.style.font(self.style.tick_px), tickTextOffset=6, maxTickLevel=0)
            axis.setPen(pg.mkPen("#202020", width=1))
            axis.setTextPen(pg.mkPen("#202020"))

    # ---------------------------------------------------------------- drawing

    def show_chart(self, chart: Chart, subtitle: str = "") -> None:
        self.chart = chart
        self.marks = []
        self.title.setText(chart.title)
        self.note.setText("　".join(t for t in (subtitle, chart.note) if t))
        self.note.setVisible(bool(self.note.text()))
        plot = self.plot.getPlotItem()
        plot.clear()
        if plot.legend is not None:
            plot.legend.scene().removeItem(plot.legend) if plot.legend.scene() else None
            plot.legend = None
        entries = len(chart.series) + (chart.reference is not None)
        if entries:
            legend = plot.addLegend(offset=(10, 5), labelTextSize=f"{self.style.label_px}px",
                                    labelTextColor="#202020", colCount=min(entries, 5))
            legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        n = len(chart.categories)
        scale = 100 if chart.percent else 1
        label_style = {"color": "#202020", "font-size": f"{self.style.label_px}px"}
        plot.setLabel("left", chart.y_label, **label_style)
        plot.setLabel("bottom", chart.x_label, **label_style)
        plot.getAxis("bottom").setTicks([[(i, wrap_label(c, 4 if n <= 8 else 2)) for i, c in enumerate(chart.categories)]])
        plot.showGrid(x=False, y=True, alpha=0.25)
        top = 0.0
        if chart.kind == LINE:
            top = self._lines(plot, chart, scale)
        else:
            top = self._bars(plot, chart, scale)
        if chart.reference is not None:  # a dashed line across, named in the legend (a label would sit on a bar)
            value = chart.reference[1] * scale
            plot.addItem(pg.PlotDataItem([-0.6, max(n, 1) - 0.4], [value, value], pen=reference_pen(self.style),
                                         name=chart.reference[0]))
            top = max(top, value)
        if chart.percent:
            top = 100
        legend_rows = math.ceil(entries / 5)
        head = 1.12 + 0.13 * legend_rows  # room above the bars for the legend and the value labels
        plot.setXRange(-0.6, max(n, 1) - 0.4, padding=0)
        plot.setYRange(0, max(top * head, 1), padding=0)

    def _value_label(self, plot, x: float, y: float, value: float | None, percent: bool) -> None:
        text = pg.TextItem(number(value, percent), color="#202020", anchor=(0.5, 1))
        text.setFont(self.style.font(self.style.tick_px))
        text.setPos(x, y)
        plot.addItem(text)

    def _bars(self, plot, chart: Chart, scale: float) -> float:
        n, k = len(chart.categories), max(len(chart.series), 1)
        stacked = chart.kind == STACKED
        width = 0.7 if stacked or chart.kind != GROUPED else 0.8 / k
        base = [0.0] * n
        top = 0.0
        for i, s in enumerate(chart.series):
            values = [(v or 0) * scale for v in s.values]
            xs = [c + (0 if stacked or chart.kind != GROUPED else (i - (k - 1) / 2) * width) for c in range(n)]
            y0 = base[:] if stacked else [0.0] * n
            bars = pg.BarGraphItem(x=xs, height=values, width=width * 0.92, y0=y0, brush=colour(i),
                                   pen=pg.mkPen("w", width=0.5), name=s.name)
            plot.addItem(bars)
            for c in range(n):
                key = s.keys[c] if c < len(s.keys) else None
                self.marks.append(Mark(xs[c] - width / 2, xs[c] + width / 2, y0[c], y0[c] + values[c], s.name,
                                       chart.categories[c], s.values[c], key))
                if not stacked and s.values[c] is not None and n * k <= 16:
                    self._value_label(plot, xs[c], values[c], s.values[c], chart.percent)
            if stacked:
                base = [b + v for b, v in zip(base, values)]
            top = max([top, *base, *values])
        if stacked and n <= 30:
            for c in range(n):
                self._value_label(plot, c, base[c], base[c], False)
        return top

    def _lines(self, plot, chart: Chart, scale: float) -> float:
        top = 0.0
        for i, s in enumerate(chart.series):
            ys = [math.nan if v is None else v * scale for v in s.values]
            pen = pg.mkPen(colour(i), width=self.style.pen_width)
            plot.plot(list(range(len(ys))), ys, pen=pen, symbol="o", symbolSize=self.style.label_px * 0.7,
                      symbolBrush=colour(i), symbolPen=pen, name=s.name, connect="finite")
            for c, v in enumerate(s.values):
                if v is None:
                    continue
                key = s.keys[c] if c < len(s.keys) else None
                self.marks.append(Mark(c - 0.3, c + 0.3, v * scale, v * scale, s.name, chart.categories[c], v, key))
                top = max(top, v * scale)
        return top

    # ---------------------------------------------------------------- hover and click

    def mark_at(self, scene_pos: QPointF) -> Mark | None:
        vb = self.plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        (_, _), (y_lo, y_hi) = vb.viewRange()
        tolerance = (y_hi - y_lo) * (0.04 if self.chart and self.chart.kind == LINE else 0.0)
        hits = [m for m in self.marks if m.holds(p.x(), p.y(), tolerance)]
        if not hits and self.chart is not None and self.chart.kind != LINE:
            # a click above a short bar: the bar whose column it is (the tallest, when grouped bars overlap)
            hits = [m for m in self.marks if m.x0 <= p.x() <= m.x1 and 0 <= p.y() <= max(m.y0, m.y1) * 1.5 + 1]
        return min(hits, key=lambda m: abs(p.y() - m.y1)) if hits else None

    def describe(self, m: Mark) -> str:
        percent = bool(self.chart and self.chart.percent)
        return f"{m.category} · {m.series}：{number(m.value, percent)}"

    def _moved(self, pos) -> None:
        m = self.mark_at(pos)
        if m is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.describe(m) + ("\n" + self.tr("Click to list the cases")
                                                             if m.key else ""), self.plot)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.pick(event.scenePos())

    def pick(self, scene_pos: QPointF) -> Mark | None:
        m = self.mark_at(scene_pos)
        if m is not None and m.key:
            self.sig_picked.emit(m.key, self.describe(m))
        return m

    def scene_pos_of(self, mark: Mark) -> QPointF:
        """Where a mark is on screen (scene coordinates): its middle, for a test's click."""
        vb = self.plot.getPlotItem().vb
        return vb.mapViewToScene(QPointF((mark.x0 + mark.x1) / 2, (mark.y0 + mark.y1) / 2))
