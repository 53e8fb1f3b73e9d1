"""The due panel: every open stage overdue, due today or due within 3 working days, as of a chosen day."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ..db import Database
from ..services.deadlines import STATUS_NAMES
from ..services.due import FEEDBACK, ITEM, REVISIT, STAGE, STATUS_RANK, DueItem, due_board
from ..services.engine_context import calendar_for
from ..services.stations import StationInfo
from .loader import Loader
from .station_combo import StationCombo
from .style import STATUS_COLORS, format_date, from_qdate, to_qdate
from .tables import ListTableModel, setup_table

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DueModel(ListTableModel):
    FIELDS = ("status", "overdue_days", "station", "case_number", "customer_name", "phone", "stage_name", "start",
              "due")
    rows: list[DueItem]

    def __init__(self, parent=None):
        super().__init__([self.tr("Status"), self.tr("Working days overdue"), self.tr("Station"),
                          self.tr("Case number"), self.tr("Customer"), self.tr("Phone"), self.tr("Stage"),
                          self.tr("Clock started"), self.tr("Due")], parent)

    def display(self, item: DueItem, column: int) -> str:
        name = self.FIELDS[column]
        value = getattr(item, name)
        if name == "status":
            return STATUS_NAMES[value] + (self.tr(" (paused)") if item.paused else "")
        if name == "overdue_days":
            return str(value) if value else ""
        if name in ("start", "due"):
            text = format_date(value)
            return text + self.tr(" (provisional)") if name == "due" and item.provisional else text
        return value

    def decorate(self, item: DueItem, column: int, role: int):
        if role == ID_ROLE:
            return item.case_id
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLORS[item.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and self.FIELDS[column] == "overdue_days":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort_key(self, item: DueItem, column: int):
        name = self.FIELDS[column]
        if name == "status":
            return (STATUS_RANK[item.status], -item.overdue_days, item.due)
        if name == "overdue_days":
            return item.overdue_days or None  # shown blank: sorted with the blanks, after the days overdue
        return getattr(item, name)  # numbers, dates and text: tables.comparable orders each


class DuePanel(QWidget):
    sig_open_case = Signal(str)
    """The user asked to open a case (its id)."""
    sig_open_feedback = Signal(str)
    sig_open_item = Signal(str)  # a coordination item: its id
    """The user asked to open a feedback form (its id)."""
    sig_open_stage = Signal(str, str)
    """The user asked to work a stage of a case (case id, stage code): the case form, on that stage."""
    sig_open_revisit = Signal(str)
    """The user asked to record a revisit of a case (its id)."""
    sig_today_changed = Signal(object)
    """The day the panel judges by changed (a datetime.date)."""

    def __init__(self, db: Database, stations: list[StationInfo], today: date, parent=None):
        super().__init__(parent)
        self._db = db
        self.on = QDateEdit(to_qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.station = StationCombo(stations)
        self.summary = QLabel()
        self.today_button = QPushButton(self.tr("Today"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Judge as of:"))
        label.setBuddy(self.on)
        bar.addWidget(label)
        bar.addWidget(self.on)
        bar.addWidget(self.today_button)
        bar.addWidget(self.station)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.export_button)

        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        setup_table(self.table, (90, 90, 100, 130, 220, 110, 240, 100, 130), stretch=6, open_row=self._open_index)

        self.loader = Loader(self, self._show)
        self.rows_on = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self.on.dateChanged.connect(self._date_changed)
        self.today_button.clicked.connect(lambda: self.on.setDate(to_qdate(date.today())))
        self.station.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def set_stations(self, stations: list[StationInfo]) -> None:
        self.station.set_stations(stations)

    def judge_date(self) -> date:
        return from_qdate(self.on.date())

    def _date_changed(self) -> None:
        self.refresh()
        self.sig_today_changed.emit(self.judge_date())

    @property
    def busy(self) -> bool:
        return self.loader.busy

    def refresh(self) -> None:
        """Read the list again on the read thread; the old list stays on show until the new one is in."""
        db, on, station_id = self._db, self.judge_date(), self.station.currentData()

        def read() -> list[DueItem]:
            with db.session() as s:
                return due_board(s, calendar_for(s), on, station_id)
        self.loader.load(lambda: (on, read()))

    def _show(self, result: tuple[date, list[DueItem]]) -> None:
        self.rows_on, items = result  # the day the rows on show were judged by (an export names it)
        self.model.set_rows(items)  # keeps the sort the user chose
        counts = {status: 0 for status in STATUS_RANK}
        for item in items:
            counts[item.status] += 1
        self.summary.setText(" · ".join(f"{STATUS_NAMES[s]} {n}" for s, n in counts.items()))

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        item = self.model.rows[index.row()]
        # Each row opens the place where it is resolved.
        if item.kind == FEEDBACK:
            self.sig_open_feedback.emit(item.ref_id)
        elif item.kind == REVISIT:
            self.sig_open_revisit.emit(item.case_id)
        elif item.kind == ITEM:
            self.sig_open_item.emit(item.ref_id)
        elif item.kind == STAGE:
            self.sig_open_stage.emit(item.case_id, item.stage)
        elif item.case_id:
            self.sig_open_case.emit(item.case_id)

    def open_selected(self) -> None:
        self._open_index(self.table.currentIndex())
