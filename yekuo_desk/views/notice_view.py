"""Supervision notices of a month, and writing a new one."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ..db import Database
from ..services import notices
from ..services.notices import NoticeRow
from ..services.stations import list_units
from .loader import Loader
from .month_edit import MonthEdit
from .notice_dialog import NoticeDialog
from .reason_dialog import ask_reason
from .style import format_date
from .tables import ListTableModel, setup_table


class NoticeModel(ListTableModel):
    rows: list[NoticeRow]

    def __init__(self, parent=None):
        super().__init__([self.tr("Number"), self.tr("Issued"), self.tr("Category", "a supervision notice's problem"),
                          self.tr("Station"),
                          self.tr("Case number"), self.tr("Finding"), self.tr("Persons assessed"),
                          self.tr("Person-times"), self.tr("Amount (yuan)")], parent)

    def display(self, r: NoticeRow, column: int) -> str:
        return [r.number, format_date(r.issued_on), r.category, r.station, r.case_number, r.finding, r.persons,
                str(r.person_count), f"{r.amount:,.0f}"][column]

    def sort_key(self, r: NoticeRow, column: int):
        return {7: r.person_count, 8: r.amount}.get(column) if column in (7, 8) else self.display(r, column)


class NoticeView(QWidget):
    def __init__(self, db: Database, today: date, parent=None):
        super().__init__(parent)
        self._db, self._today = db, today
        self.month = MonthEdit(today)
        self.summary = QLabel()
        self.new_button = QPushButton(self.tr("New supervision notice…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.model = NoticeModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (150, 100, 120, 100, 130, 300, 120, 70, 90), stretch=5, open_row=self.print_notice)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:")))
        bar.addWidget(self.month)
        bar.addWidget(self.summary, 1)
        for button in (self.correct_button, self.withdraw_button, self.print_button, self.new_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.month.dateChanged.connect(self.refresh)
        self.loader = Loader(self, self._show)
        self.new_button.clicked.connect(self.new_notice)
        self.correct_button.clicked.connect(self.correct_notice)
        self.withdraw_button.clicked.connect(self.withdraw_notice)
        self.print_button.clicked.connect(lambda: self.print_notice(self.table.currentIndex()))

    @property
    def busy(self) -> bool:
        return self.loader.busy

    def refresh(self) -> None:
        db, month = self._db, self.month.month()
        self.loader.load(lambda: notices.notices_in(db, month))

    def _show(self, rows: list[NoticeRow]) -> None:
        self.model.set_rows(rows)
        self.summary.setText(self.tr("%1 notices, %2 person-times, %3 yuan").replace("%1", str(len(rows))).replace(
            "%2", str(sum(r.person_count for r in rows))).replace("%3", f"{sum(r.amount for r in rows):,.0f}"))

    def print_notice(self, index: QModelIndex) -> None:
        """The selected notice as the paper (double-click or 打印…)."""
        if not 0 <= index.row() < len(self.model.rows):
            return
        from ..documents.notice_paper import write_notice_paper
        from ..services.papers import bureau_name
        from .print_preview import preview_written

        n = self.model.rows[index.row()]
        preview_written(self, lambda path: write_notice_paper(path, n, bureau_name(self._db)), f"监督意见书-{n.number}")

    def new_notice(self) -> None:
        if NoticeDialog(self._db, list_units(self._db), self._today, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def selected(self) -> NoticeRow | None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            return self.model.rows[row]
        QMessageBox.information(self, self.tr("Supervision notices"), self.tr("Select a notice first."))
        return None

    def correct_notice(self) -> None:
        n = self.selected()
        if n is not None and NoticeDialog(self._db, list_units(self._db), self._today, self,
                                          existing=n).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def withdraw_notice(self) -> None:
        n = self.selected()
        if n is None:
            return
        why = ask_reason(self, self.tr("Withdraw"), self.tr(
            "Withdraw notice %1? Its amount leaves the month's sheet; the notice and the reason are kept in the "
            "history.").replace("%1", n.number))
        if why is None:
            return
        try:
            notices.withdraw_notice(self._db, n.id, why)
        except notices.NoticeError as exc:
            QMessageBox.warning(self, self.tr("Withdraw"), str(exc))
            return
        self.refresh()
