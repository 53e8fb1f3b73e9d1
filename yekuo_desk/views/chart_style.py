"""The one look of every chart: white ground, dark text and axes (pyqtgraph's default grey is too faint for a
projector), the app's CJK font at a size for the desk or for the projector, the colour-blind-safe palette the
printed pack uses, Chinese number formatting."""
from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from ..services.meeting_charts import PALETTE, REFERENCE_COLOUR

INK = "#202020"
GRID_ALPHA = 0.25

pg.setConfigOptions(background="w", foreground=INK, antialias=True)


@dataclass(frozen=True)
class ChartStyle:
    tick_px: int      # tick labels
    label_px: int     # axis labels, legend, value labels
    title_px: int
    pen_width: float

    def font(self, px: int) -> QFont:
        font = QFont(QApplication.font())  # the app's font: CJK on every PC the app runs on
        font.setPixelSize(px)
        return font


DESK = ChartStyle(tick_px=12, label_px=13, title_px=16, pen_width=2.5)
PROJECTOR = ChartStyle(tick_px=20, label_px=22, title_px=32, pen_width=4)


def colour(i: int) -> QColor:
    return QColor(PALETTE[i % len(PALETTE)])


def reference_pen(style: ChartStyle):
    return pg.mkPen(REFERENCE_COLOUR, width=style.pen_width * 0.8, style=pg.QtCore.Qt.PenStyle.DashLine)


def number(value: float | None, percent: bool = False) -> str:
    """A value as the chief reads it: 97.3%, 4.88, 1,234."""
    if value is None:
        return "—"
    if percent:
        return f"{100 * value:.1f}%"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def wrap_label(text: str, width: int = 4) -> str:
    """A long category name on two lines (供用电合同签订 → 供用电合\n同签订), so the ticks do not run together."""
    if len(text) <= width + 1 or text.isascii():
        return text
    for suffix in ("供电所", "部", "中心"):  # 城关\n供电所: a station's name and what it is
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[:-len(suffix)] + "\n" + suffix
    half = (len(text) + 1) // 2
    return text[:half] + "\n" + text[half:]
