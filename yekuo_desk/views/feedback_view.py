"""Feedback forms: the list (all or open only) and the editor."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ..db import Database
from ..services import feedback
from ..services.feedback import KINDS, STATUSES, FeedbackRow
from ..services.stations import list_stations
from .feedback_dialog import FeedbackDialog
from .style import STATUS_COLORS, format_date
from .tables import ListTableModel, setup_table


class FeedbackModel(ListTableModel):
    rows: list[FeedbackRow]

    def __init__(self, parent=None):
        super().__init__([self.tr("Number"), self.tr("Kind"), self.tr("Source"), self.tr("Responsible station"),
                          self.tr("Case number"), self.tr("Customer"), self.tr("Received"), self.tr("Reply deadline"),
                          self.tr("Status"), self.tr("What was reported")], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            deadline = format_date(r.deadline) + (self.tr(" (late)") if r.late else "")
            return [r.number, KINDS[r.kind], r.source, r.station, r.case_number, r.customer_name,
                    format_date(r.received_on), deadline, STATUSES[r.status], r.content][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and r.late and index.column() == 7:
            return QBrush(QColor(STATUS_COLORS["overdue"]))
        return None


class FeedbackView(QWidget):
    def __init__(self, db: Database, today: date, parent=None):
        super().__init__(parent)
        self._db, self._today = db, today
        self.open_only = QCheckBox(self.tr("Only forms not closed"))
        self.open_only.setChecked(True)
        self.new_button = QPushButton(self.tr("New feedback form…"))
        self.summary = QLabel()
        self.model = FeedbackModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (150, 70, 80, 100, 130, 160, 100, 130, 70, 260), stretch=9, open_row=self.open_form)
        bar = QHBoxLayout()
        bar.addWidget(self.open_only)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.open_only.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_form)

    def refresh(self) -> None:
        rows = feedback.list_forms(self._db, open_only=self.open_only.isChecked(), today=self._today)
        self.model.set_rows(rows)
        late = sum(r.late and r.status in ("open", "in_progress") for r in rows)
        self.summary.setText(self.tr("%1 forms, %2 past their reply deadline").replace("%1", str(len(rows))).replace(
            "%2", str(late)))

    def new_form(self) -> None:
        FeedbackDialog(self._db, list_stations(self._db), self._today, parent=self).exec()
        self.refresh()

    def open_form(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.model.rows):
            FeedbackDialog(self._db, list_stations(self._db), self._today, self.model.rows[index.row()].id,
                           parent=self).exec()
            self.refresh()
