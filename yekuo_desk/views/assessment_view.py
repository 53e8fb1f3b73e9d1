"""The month's assessment sheet: per unit, every item and the totals; mark a customer cause, add an item,
export to Excel."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTreeView, QVBoxLayout, QWidget,
)

from .file_dialogs import save_file_name
from ..db import Database
from ..services import assessment
from ..services import notices
from ..services.assessment import CUSTOMER_CAUSE, ITEM_KINDS, LATE_STAGE, NOTICE, AssessmentError, Sheet, SheetItem
from ..services.notices import NoticeError
from ..services.stations import list_units
from .errors import describe
from .loader import Loader
from .month_edit import MonthEdit
from .reason_dialog import ask_reason

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class AddItemDialog(QDialog):
    def __init__(self, db: Database, parent=None, *, title: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Add an assessment item"))
        self.station, self.kind, self.description = QComboBox(), QComboBox(), QLineEdit()
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 1_000_000)
        self.amount.setDecimals(0)
        self.amount.setSingleStep(100)
        self.amount.setSpecialValueText(self.tr("default"))
        for st in list_units(db):
            self.station.addItem(st.name, st.id)
        for code, name in ITEM_KINDS.items():
            self.kind.addItem(name, code)
        form = QFormLayout(self)
        form.addRow(self.tr("Responsible unit"), self.station)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Reason"), self.description)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        form.addRow(buttons)
        self.submit = None  # what OK does; an AssessmentError it raises keeps the dialog open, saying why

    def accept(self) -> None:
        if self.submit is not None:
            try:
                self.submit(self)
            except AssessmentError as exc:
                self.error.setText(str(exc))
                return
        super().accept()


class AssessmentView(QWidget):
    def __init__(self, db: Database, today: date, parent=None):
        super().__init__(parent)
        self._db, self._today = db, today
        self.month = MonthEdit(today)
        self.total = QLabel()
        self.tree = QTreeView()
        self.model = QStandardItemModel(self)
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.cause_button = QPushButton(self.tr("Customer cause…"))
        self.add_button = QPushButton(self.tr("Add item…"))
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.correct_button.setToolTip(self.tr("Correct the description or amount of an item entered by hand"))
        self.withdraw_button.setToolTip(self.tr(
            "Withdraw an item entered by hand, a supervision notice, or a customer-cause mark (with a reason)"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.print_button = QPushButton(self.tr("Print…"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:")))
        bar.addWidget(self.month)
        bar.addWidget(self.total, 1)
        for b in (self.cause_button, self.add_button, self.correct_button, self.withdraw_button, self.export_button,
                  self.print_button):
            bar.addWidget(b)
        self.warning = QLabel()  # the sheet rests on facts changed outside the app
        self.warning.setStyleSheet("background:#f8d7da; color:#842029; border:1px solid #b00020; padding:4px;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.warning)
        layout.addWidget(self.tree)
        self.month.dateChanged.connect(self.refresh)
        self.cause_button.clicked.connect(self.mark_customer_cause)
        self.add_button.clicked.connect(self.add_item)
        self.correct_button.clicked.connect(self.correct_item)
        self.withdraw_button.clicked.connect(self.withdraw_item)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_sheet)
        self.sheet: Sheet | None = None  # read when first shown
        self.loader = Loader(self, self._show)

    @property
    def busy(self) -> bool:
        return self.loader.busy

    def refresh(self) -> None:
        """Work the month's sheet out on the read thread; the sheet on show stays until the new one is in."""
        db, month, today = self._db, self.month.month(), self._today
        self.loader.load(lambda: assessment.build_sheet(db, month, today=today))

    def _current_sheet(self) -> Sheet:
        """The sheet of the month chosen (for printing and export, which run off the GUI thread)."""
        if self.sheet is not None and self.sheet.month == self.month.month():
            return self.sheet
        return assessment.build_sheet(self._db, self.month.month(), today=self._today)

    def _show(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Unit / case number"), self.tr("Reason"), self.tr("Amount (yuan)")])
        for unit in self.sheet.units:
            head = [QStandardItem(unit.station), QStandardItem(self.tr("%1 items").replace("%1", str(len(unit.items)))),
                    QStandardItem(f"{unit.total:,.0f}")]
            for item in unit.items:
                reason = item.reason + (self.tr(" [unverified: changed outside this program]") if item.unverified
                                        else "")
                cells = [QStandardItem(item.case_number), QStandardItem(reason), QStandardItem(f"{item.amount:,.0f}")]
                if item.unverified:
                    for c in cells:
                        c.setForeground(QColor("#b00020"))
                cells[0].setData(item, ITEM_ROLE)
                head[0].appendRow(cells)
            self.model.appendRow(head)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 560)
        self.total.setText(self.tr("Bureau total: %1 yuan").replace("%1", f"{self.sheet.total:,.0f}"))
        found = sheet.unverified
        self.warning.setVisible(bool(found))
        if found:
            self.warning.setText(self.tr("This sheet rests on %1 recorded dates that differ from the history (changed "
                                         "outside this program): ").replace("%1", str(len(found)))
                                 + "；".join(f.text() for f in found[:5]) + ("……" if len(found) > 5 else ""))

    def selected_item(self) -> SheetItem | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(ITEM_ROLE) if index.isValid() else None

    def mark_customer_cause(self) -> None:
        item = self.selected_item()
        if item is None or item.kind != LATE_STAGE:
            QMessageBox.information(self, self.tr("Customer cause"), self.tr("Select a late stage first."))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Customer cause"), self.tr(
            "The delay of %1 was the customer's. Reason (kept in the history):").replace("%1", item.case_number))
        if not ok:
            return
        try:
            assessment.mark_customer_cause(self._db, item.ref_id, reason)
        except AssessmentError as exc:
            QMessageBox.warning(self, self.tr("Customer cause"), str(exc))
            return
        self.refresh()

    def _run(self, title: str, action) -> None:
        try:
            action()
        except (AssessmentError, NoticeError) as exc:
            QMessageBox.warning(self, title, str(exc))
            return
        self.refresh()

    def withdraw_item(self) -> None:
        """Withdraw what the selected line stands for: an item entered by hand, a notice, a customer-cause mark."""
        item, title = self.selected_item(), self.tr("Withdraw")
        if item is None or item.kind not in (*ITEM_KINDS, NOTICE, CUSTOMER_CAUSE):
            QMessageBox.information(self, title, self.tr(
                "Select an item entered by hand, a supervision notice or a customer-cause line first."))
            return
        why = ask_reason(self, title, self.tr("Withdraw “%1”? It leaves the month's sheet; the record and the "
                                              "reason are kept in the history.").replace("%1", item.reason))
        if why is None:
            return
        if item.kind == CUSTOMER_CAUSE:
            self._run(title, lambda: assessment.mark_customer_cause(self._db, item.ref_id, "", why=why))
        elif item.kind == NOTICE:
            self._run(title, lambda: notices.withdraw_notice(self._db, item.ref_id, why))
        else:
            self._run(title, lambda: assessment.withdraw_item(self._db, item.ref_id, why))

    def correct_item(self) -> None:
        item, title = self.selected_item(), self.tr("Correct an item")
        if item is None or item.kind not in ITEM_KINDS:
            QMessageBox.information(self, title, self.tr("Select an item entered by hand first (a notice is "
                                                         "corrected on the notices screen)."))
            return
        dialog = AddItemDialog(self._db, self, title=title)
        dialog.station.setEnabled(False)
        dialog.kind.setCurrentIndex(dialog.kind.findData(item.kind))
        dialog.kind.setEnabled(False)
        dialog.description.setText(item.reason.split("：", 1)[-1])
        dialog.amount.setValue(item.amount)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        why = ask_reason(self, title, self.tr("Why is the item corrected?"))
        if why is not None:
            self._run(title, lambda: assessment.correct_item(self._db, item.ref_id, dialog.description.text(),
                                                             dialog.amount.value(), why))

    def add_item(self) -> None:
        """Enter an item; the dialog stays open, with what is typed, until the item is valid and saved."""
        dialog = AddItemDialog(self._db, self)
        dialog.submit = lambda d: assessment.add_item(
            self._db, self.month.month(), d.station.currentData(), d.kind.currentData(), d.description.text(),
            amount=d.amount.value() or None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def print_sheet(self) -> None:
        from ..documents.assessment_export import write_assessment_pdf
        from ..services.papers import bureau_name
        from .print_preview import preview_written

        month = self.month.month()
        preview_written(self, lambda path: write_assessment_pdf(path, self._current_sheet(), bureau_name(self._db)),
                        f"考核表-{month}")

    def export(self) -> None:
        path = save_file_name(self, self.tr("Export the assessment sheet"),
                                              f"考核表{self.month.month()}.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        from ..documents.assessment_export import write_assessment
        from .workers import Task

        Task(self, lambda progress, cancelled: write_assessment(path, self._current_sheet()),
             label=self.tr("Saving %1…").replace("%1", path),
             on_error=lambda exc: QMessageBox.critical(self, self.tr("Export the assessment sheet"), describe(exc))
             ).start()
