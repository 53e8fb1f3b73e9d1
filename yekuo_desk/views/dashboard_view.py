"""The Friday meeting's dashboard (Ctrl+8): a period and a scope, the list of charts, the chosen chart with the
table of its numbers one tab away; a click on a bar lists the cases behind it. The statistics are computed on
the read thread; the period, scope and chart chosen are remembered. F11 presents the charts full screen."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QListWidget, QMessageBox, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from ..db import Database
from ..services import statistics
from ..services.meeting_charts import Chart, charts
from ..services.months import next_month_first
from ..services.periods import quarter_of, quarter_period, week_period
from .chart_view import ChartView
from .errors import describe
from .file_dialogs import save_file_name
from .guard import guarded
from .loader import BACKGROUND, Loader
from .style import from_qdate, to_qdate

def _suffixed(path: str) -> str:
    return path if path.lower().endswith((".pdf", ".xlsx")) else path + ".pdf"


PERIODS = ("week", "last_week", "month", "last_month", "quarter", "year", "custom")
SETTINGS = "dashboard/"


def period_of(kind: str, today: date) -> tuple[date, date]:
    """The dates of a named period around `today` (a meeting week ends on its Friday)."""
    if kind in ("week", "last_week"):
        p = week_period(today - timedelta(days=7 if kind == "last_week" else 0))
        return p.first, p.last
    if kind in ("month", "last_month"):
        first = today.replace(day=1)
        if kind == "last_month":
            first = (first - timedelta(days=1)).replace(day=1)
        return first, next_month_first(first) - timedelta(days=1)
    if kind == "quarter":
        p = quarter_period(*quarter_of(today))
        return p.first, p.last
    return date(today.year, 1, 1), date(today.year, 12, 31)


class DashboardView(QWidget):
    sig_open_case = Signal(str)

    def __init__(self, db: Database, stations, today: date, parent=None):
        super().__init__(parent)
        self._db, self._today = db, today
        self.stats: statistics.Stats | None = None
        self.charts: list[Chart] = []
        self.period = QComboBox()
        for code, text in zip(PERIODS, (self.tr("This week (to Friday)"), self.tr("Last week"), self.tr("This month"),
                                        self.tr("Last month"), self.tr("This quarter"), self.tr("This year"),
                                        self.tr("Dates…"))):
            self.period.addItem(text, code)
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.scope = QComboBox()
        if len(stations) != 1:
            self.scope.addItem(self.tr("Whole bureau"), None)
        for st in stations:
            self.scope.addItem(st.name, st.id)
        self.present_button = QPushButton(self.tr("Present (F11)"))
        self.pack_button = QPushButton(self.tr("Meeting pack…"))
        self.quarterly_button = QPushButton(self.tr("Quarterly analysis…"))
        self.status = QLabel()
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        self.chart_view = ChartView()
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.chart_view, self.tr("Chart"))
        self.tabs.addTab(self.table, self.tr("Numbers"))

        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Period")), self.period, self.first, QLabel("—"), self.last, QLabel(self.tr("Scope")),
                  self.scope):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.present_button, self.pack_button, self.quarterly_button):
            bar.addWidget(w)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.warning)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

        self.loader = Loader(self, self._loaded, self._failed)
        # The dates the figures rest on, checked after they are drawn (seconds for a year): in a lane of its
        # own, so that another period asked for meanwhile is not kept waiting.
        self.checker = Loader(self, self._checked, lambda exc: None, lane=BACKGROUND)
        self._restore()
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.first.dateChanged.connect(self._dates_edited)
        self.last.dateChanged.connect(self._dates_edited)
        self.scope.currentIndexChanged.connect(self.reload)
        self.list.currentRowChanged.connect(self._show_current)
        self.chart_view.sig_picked.connect(self.list_cases)
        self.present_button.clicked.connect(self.present)
        self.pack_button.clicked.connect(self.export_pack)
        self.quarterly_button.clicked.connect(self.export_quarterly)
        self._loaded_once = False

    @property
    def busy(self) -> bool:
        return self.loader.busy or self.checker.busy

    # ---------------------------------------------------------------- period, scope, remembered

    def _restore(self) -> None:
        settings = QSettings()
        kind = settings.value(SETTINGS + "period", "week")
        self.period.setCurrentIndex(max(0, self.period.findData(kind)))
        first, last = period_of(kind if kind != "custom" else "week", self._today)
        if kind == "custom":
            try:
                first = date.fromisoformat(str(settings.value(SETTINGS + "from")))
                last = date.fromisoformat(str(settings.value(SETTINGS + "to")))
            except ValueError:
                pass
        self._set_dates(first, last)
        self.scope.setCurrentIndex(max(0, self.scope.findData(settings.value(SETTINGS + "station"))))
        self._chart_key = str(settings.value(SETTINGS + "chart", "open_by_stage"))

    def _remember(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS + "period", self.period.currentData())
        settings.setValue(SETTINGS + "from", self.first_date().isoformat())
        settings.setValue(SETTINGS + "to", self.last_date().isoformat())
        settings.setValue(SETTINGS + "station", self.scope.currentData())
        settings.setValue(SETTINGS + "chart", self._chart_key)

    def _set_dates(self, first: date, last: date) -> None:
        custom = self.period.currentData() == "custom"
        for edit, d in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(d))
            edit.setEnabled(custom)
            edit.blockSignals(False)

    def first_date(self) -> date:
        return from_qdate(self.first.date())

    def last_date(self) -> date:
        return from_qdate(self.last.date())

    def _period_chosen(self) -> None:
        kind = self.period.currentData()
        if kind != "custom":
            self._set_dates(*period_of(kind, self._today))
        else:
            self._set_dates(self.first_date(), self.last_date())
        self.reload()

    def _dates_edited(self) -> None:
        if self.last_date() < self.first_date():
            self.status.setText(self.tr("The end date is before the start date."))
            return
        self.reload()

    def set_today(self, today: date) -> None:
        self._today = today
        if self.period.currentData() != "custom":
            self._set_dates(*period_of(self.period.currentData(), today))
        self.reload()

    # ---------------------------------------------------------------- reading

    def reload(self) -> None:
        """Compute the figures for the period and scope on the read thread; the charts on show stay until then."""
        db, first, last, station, today = self._db, self.first_date(), self.last_date(), self.scope.currentData(), \
            self._today
        self._remember()
        self.status.setText(self.tr("Computing…"))
        self.loader.load(lambda: statistics.compute(db, first, last, station, today=today))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.reload()

    @guarded(None)
    def _loaded(self, stats: statistics.Stats) -> None:
        self.stats = stats
        self.charts = charts(stats)
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.charts:
            self.list.addItem(c.title)
        keys = [c.key for c in self.charts]
        self.list.setCurrentRow(keys.index(self._chart_key) if self._chart_key in keys else 0)
        self.list.blockSignals(False)
        self._show_current(self.list.currentRow())
        scope = stats.scope or self.tr("whole bureau")
        self.status.setText(self.tr("%1 to %2, %3; open and overdue as of %4. Click a bar to list its cases.")
                            .replace("%1", f"{stats.first:%Y-%m-%d}").replace("%2", f"{stats.last:%Y-%m-%d}")
                            .replace("%3", scope).replace("%4", f"{stats.as_of:%Y-%m-%d}"))
        self.warning.hide()
        db = self._db
        self.checker.load(lambda: (stats, statistics.unverified_cases(db, stats)))

    def _checked(self, answer) -> None:
        stats, unverified = answer
        if stats is not self.stats:
            return  # figures of another period came meanwhile
        stats.unverified = unverified
        self.warning.setText(self.tr("%1 cases have dates that differ from the history (changed outside the app): "
                                     "the figures resting on them wait for the audit officer to check: %2")
                             .replace("%1", str(len(unverified))).replace("%2", "、".join(unverified[:10])))
        self.warning.setVisible(bool(unverified))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(describe(exc))

    def subtitle(self) -> str:
        if self.stats is None:
            return ""
        return f"{self.stats.scope or '全局'} · {self.stats.first:%Y-%m-%d} 至 {self.stats.last:%Y-%m-%d}"

    def current_chart(self) -> Chart | None:
        row = self.list.currentRow()
        return self.charts[row] if 0 <= row < len(self.charts) else None

    def _show_current(self, row: int) -> None:
        chart = self.current_chart()
        if chart is None:
            return
        self._chart_key = chart.key
        self._remember()
        self.chart_view.show_chart(chart, self.subtitle())
        self.table.clear()
        self.table.setColumnCount(len(chart.headers))
        self.table.setRowCount(len(chart.rows))
        self.table.setHorizontalHeaderLabels(chart.headers)
        for r, values in enumerate(chart.rows):
            for c, v in enumerate(values):
                item = QTableWidgetItem(str(v))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    # ---------------------------------------------------------------- what a click opens

    @guarded(None)
    def list_cases(self, key: tuple, what: str) -> None:
        from .cases_dialog import CasesDialog

        if self.stats is None:
            return
        ids = self.stats.behind(*key)
        if key[0] == "on_time":
            what += "（未按时完成的环节所属工单）"
        dialog = CasesDialog(self._db, ids, f"{self.current_chart().title} · {what}", self._today, self)
        dialog.sig_open_case.connect(self.sig_open_case)
        dialog.show()
        self.cases_dialog = dialog

    def present(self) -> None:
        from ..services.papers import bureau_name
        from .presentation import PresentationWindow

        if not self.charts:
            return
        self.presentation = PresentationWindow(self.charts, bureau_name(self._db), self.subtitle(),
                                               self.list.currentRow())
        self.presentation.present()

    def export_pack(self) -> None:
        from ..documents.meeting_pack import write_pack_pdf, write_pack_xlsx
        from ..services.meeting_pack import build_pack
        from ..services.periods import week_code

        period = week_period(self.last_date())
        self._export(self.tr("Meeting pack"), f"协调会材料{week_code(period)}.pdf",
                     lambda db, station, today: build_pack(db, period, station, today=today),
                     lambda path, pack, bureau, today: write_pack_pdf(path, pack, bureau, today=today),
                     lambda path, pack, today: write_pack_xlsx(path, pack, today=today))

    def export_quarterly(self) -> None:
        from ..documents.quarterly import write_quarterly_pdf, write_quarterly_xlsx
        from ..services.quarterly import build_quarterly

        year, q = quarter_of(self.last_date())
        self._export(self.tr("Quarterly analysis"), f"季度分析{year}-Q{q}.pdf",
                     lambda db, station, today: build_quarterly(db, f"{year}-Q{q}", station, today=today),
                     lambda path, analysis, bureau, today: write_quarterly_pdf(path, analysis, bureau, today=today),
                     lambda path, analysis, today: write_quarterly_xlsx(path, analysis))

    def _export(self, title: str, suggested: str, build, write_pdf, write_xlsx) -> None:
        """Ask where, then build the paper for the period's scope and write it as PDF or workbook, off the GUI
        thread with a progress dialog; the status line says where it went."""
        from ..services.papers import bureau_name
        from .workers import Task

        path = save_file_name(self, title, suggested, self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"))
        if not path:
            return
        path = _suffixed(path)
        db, station, today, bureau = self._db, self.scope.currentData(), self._today, bureau_name(self._db)

        def work(progress, cancelled):
            made = build(db, station, today)
            if path.lower().endswith(".xlsx"):
                return write_xlsx(path, made, today)
            return write_pdf(path, made, bureau, today)
        self.last_task = Task(self, work, label=self.tr("Saving %1…").replace("%1", path),
                              on_done=lambda _: self.status.setText(self.tr("Saved %1").replace("%1", path)),
                              on_error=lambda exc: QMessageBox.critical(self, title, describe(exc))).start()
