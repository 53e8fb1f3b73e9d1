"""The charts on the projector (F11 on the dashboard): full screen, one chart a page, large type and strong
colours, the bureau, the period and the page on every page; ← → (or PgUp PgDn, space) turn the pages, Esc or
F11 ends."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..services.meeting_charts import Chart
from .chart_style import PROJECTOR
from .chart_view import ChartView

FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
BACK = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)


class PresentationWindow(QWidget):
    def __init__(self, charts: list[Chart], bureau: str, subtitle: str, start: int = 0, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coordination meeting"))
        self.setStyleSheet("background: white;")
        self.charts, self.page = charts, max(0, min(start, len(charts) - 1))
        self.head = QLabel(f"{bureau} · {self.tr('Coordination meeting')} · {subtitle}")
        self.head.setFont(PROJECTOR.font(PROJECTOR.label_px))
        self.head.setStyleSheet("color: #202020;")
        self.counter = QLabel()
        self.counter.setFont(PROJECTOR.font(PROJECTOR.label_px))
        self.counter.setStyleSheet("color: #202020;")
        self.view = ChartView(style=PROJECTOR)
        top = QHBoxLayout()
        top.addWidget(self.head, 1)
        top.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.subtitle = subtitle
        self.show_page(self.page)

    def present(self) -> None:
        """Full screen on the screen the app is on (its whole area, also where no window manager sizes it)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def show_page(self, page: int) -> None:
        self.page = max(0, min(page, len(self.charts) - 1))
        self.view.show_chart(self.charts[self.page], self.subtitle)
        self.counter.setText(f"{self.page + 1} / {len(self.charts)}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in FORWARD:
            self.show_page(self.page + 1)
        elif key in BACK:
            self.show_page(self.page - 1)
        elif key == Qt.Key.Key_Home:
            self.show_page(0)
        elif key == Qt.Key.Key_End:
            self.show_page(len(self.charts) - 1)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        else:
            super().keyPressEvent(event)
