"""Feedback forms: the list (all or open only) and the editor."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ..db import Database
from ..services import feedback
from ..services.feedback import KINDS, STATUSES, FeedbackRow
from ..services.stations import list_units
from .feedback_dialog import FeedbackDialog
from .loader import Loader
from .station_combo import StationCombo
from .style import STATUS_COLORS, format_date
from .tables import ListTableModel, setup_table


class FeedbackModel(ListTableModel):
    rows: list[FeedbackRow]

    def __init__(self, parent=None):
        super().__init__([self.tr("Number"), self.tr("Kind"), self.tr("Source"), self.tr("Responsible station"),
                          self.tr("Case number"), self.tr("Customer"), self.tr("Received"), self.tr("Reply deadline"),
                          self.tr("Status"), self.tr("What was reported")], parent)

    def display(self, r: FeedbackRow, column: int) -> str:
        deadline = (format_date(r.deadline) + (self.tr(" (provisional)") if r.provisional else "")
                    + (self.tr(" (late)") if r.late else ""))
        return [r.number, KINDS[r.kind], r.source, r.station, r.case_number, r.customer_name,
                format_date(r.received_on), deadline, STATUSES[r.status], r.content][column]

    def decorate(self, r: FeedbackRow, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and r.late and column == 7:
            return QBrush(QColor(STATUS_COLORS["overdue"]))
        if role == Qt.ItemDataRole.ToolTipRole and column == 9 and r.content:
            return r.content  # the whole text of a cut cell
        return None

    def sort_key(self, r: FeedbackRow, column: int):
        if column == 7:
            return r.deadline
        if column == 8:  # the workflow's order, not the text's
            return list(STATUSES).index(r.status)
        return self.display(r, column)


class FeedbackView(QWidget):
    def __init__(self, db: Database, today: date, parent=None):
        super().__init__(parent)
        self._db, self._today = db, today
        self.open_only = QCheckBox(self.tr("Only forms not closed"))
        self.open_only.setChecked(True)
        self.new_button = QPushButton(self.tr("New feedback form…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.station = StationCombo(list_units(db))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for code, name in KINDS.items():
            self.kind.addItem(name, code)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Number, customer, case number or content"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.summary = QLabel()
        self.all_rows: list[FeedbackRow] = []
        self.model = FeedbackModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (150, 70, 80, 100, 130, 160, 100, 130, 70, 260), stretch=9, open_row=self.open_form)
        bar = QHBoxLayout()
        for w in (self.open_only, self.station, self.kind, self.search):
            bar.addWidget(w)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.open_only.toggled.connect(self.refresh)
        self.loader = Loader(self, self._show)
        self.new_button.clicked.connect(self.new_form)
        self.export_button.clicked.connect(self.export)
        self.station.currentIndexChanged.connect(self.apply_filter)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)

    @property
    def busy(self) -> bool:
        return self.loader.busy

    def refresh(self) -> None:
        db, open_only, today = self._db, self.open_only.isChecked(), self._today
        self.loader.load(lambda: feedback.list_forms(db, open_only=open_only, today=today))

    def _show(self, rows: list[FeedbackRow]) -> None:
        self.all_rows = rows
        self.apply_filter()

    def apply_filter(self, *_args) -> None:
        """The unit, kind and text chosen, on the forms read (a few hundred: filtered here at once)."""
        station = self.station.currentText() if self.station.currentData() else ""
        rows = feedback.filter_rows(self.all_rows, station=station, kind=self.kind.currentData() or "",
                                    text=self.search.text())
        self.model.set_rows(rows)
        late = sum(r.late and r.status in ("open", "in_progress") for r in rows)
        self.summary.setText(self.tr("%1 forms, %2 past their reply deadline").replace("%1", str(len(rows))).replace(
            "%2", str(late)))

    def export(self) -> None:
        """The forms on show, as a workbook (off the GUI thread)."""
        from ..documents.feedback_export import write_feedback_list
        from .errors import describe
        from .file_dialogs import save_file_name
        from .workers import Task

        path = save_file_name(self, self.tr("Export the feedback forms"), "反馈单台账.xlsx",
                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        rows = list(self.model.rows)
        Task(self, lambda progress, cancelled: write_feedback_list(path, rows),
             label=self.tr("Saving %1…").replace("%1", path),
             on_error=lambda exc: QMessageBox.critical(self, self.tr("Export the feedback forms"), describe(exc))
             ).start()

    def new_form(self) -> None:
        FeedbackDialog(self._db, list_units(self._db), self._today, parent=self).exec()
        self.refresh()

    def open_form(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.model.rows):
            FeedbackDialog(self._db, list_units(self._db), self._today, self.model.rows[index.row()].id,
                           parent=self).exec()
            self.refresh()
