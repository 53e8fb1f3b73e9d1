"""The coordination meeting's items (Ctrl+9): the open ones (carried over week to week) or all; record an item
during the meeting, change it with a reason, close it with its outcome, charge the unit for a decision not
carried out (500 yuan)."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from ..db import Database
from ..models import Case, CoordinationItem
from .limits import limit_lengths
from ..services import coordination as co
from ..services.coordination import CLOSED, LATE, ItemError, ItemInput, ItemRow
from ..services.months import month_of
from ..services.stations import list_units
from .errors import describe
from .loader import Loader
from .reason_dialog import ask_reason
from .style import STATUS_COLORS, format_date, from_qdate, to_qdate
from .tables import ListTableModel, setup_table


class ItemModel(ListTableModel):
    rows: list[ItemRow]

    def __init__(self, today: date, parent=None):
        super().__init__([self.tr("Number"), self.tr("Meeting"), self.tr("Item"), self.tr("Responsible unit"),
                          self.tr("Owner"), self.tr("Case number"), self.tr("Due"), self.tr("Status"),
                          self.tr("Decision"), self.tr("Outcome")], parent)
        self.today = today

    def display(self, r: ItemRow, column: int) -> str:
        status = co.STATUS_NAMES[r.status(self.today)] + (self.tr(", charged") if r.charged else "")
        return [r.number, format_date(r.raised_on), r.subject, r.unit, r.owner, r.case_number, format_date(r.due_on),
                status, r.decision, (f"{r.closed_on:%Y-%m-%d} " if r.closed_on else "") + r.outcome][column]

    def decorate(self, r: ItemRow, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and r.status(self.today) == LATE:
            return QColor(STATUS_COLORS["overdue"])
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 8, 9):  # the long texts, whole
            return self.display(r, column)
        return None


class ItemDialog(QDialog):
    """Record an item (or change one: `existing`, with a reason asked on OK)."""

    def __init__(self, db: Database, today: date, parent=None, existing: ItemRow | None = None):
        super().__init__(parent)
        self._db, self._today, self._existing = db, today, existing
        self.setWindowTitle(self.tr("Change a coordination item") if existing else self.tr("Record a coordination item"))
        self.subject = QPlainTextEdit()
        self.subject.setTabChangesFocus(True)
        self.subject.setFixedHeight(70)
        self.unit = QComboBox()
        for u in list_units(db):
            self.unit.addItem(u.name, u.id)
        self.owner = QLineEdit()
        self.case = QLineEdit()
        limit_lengths(CoordinationItem, {"owner": self.owner})
        limit_lengths(Case, {"case_number": self.case})
        self.case.setPlaceholderText(self.tr("case number (optional)"))
        self.raised, self.due = QDateEdit(), QDateEdit()
        for edit in (self.raised, self.due):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.decision = QPlainTextEdit()
        self.decision.setTabChangesFocus(True)
        self.decision.setFixedHeight(70)
        self.raised.setDate(to_qdate(today))
        self.due.setDate(to_qdate(today + timedelta(days=7)))
        if existing:
            self.subject.setPlainText(existing.subject)
            self.unit.setCurrentIndex(max(0, self.unit.findData(existing.station_id)))
            self.owner.setText(existing.owner)
            self.case.setText(existing.case_number)
            self.raised.setDate(to_qdate(existing.raised_on))
            self.due.setDate(to_qdate(existing.due_on))
            self.decision.setPlainText(existing.decision)
        form = QFormLayout(self)
        form.addRow(self.tr("Item to coordinate"), self.subject)
        form.addRow(self.tr("Responsible unit"), self.unit)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Case"), self.case)
        form.addRow(self.tr("Meeting date"), self.raised)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Decision"), self.decision)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.saved: ItemRow | None = None

    def item_input(self) -> ItemInput:
        from ..services.cases import find_case_id

        case_id = None
        number = self.case.text().strip()
        if number:
            case_id = find_case_id(self._db, number)
            if case_id is None:
                raise ItemError(f"关联工单：没有申请编号为 {number} 的工单")
        return ItemInput(self.subject.toPlainText(), self.unit.currentData(), from_qdate(self.due.date()),
                         from_qdate(self.raised.date()), self.owner.text(), case_id, self.decision.toPlainText())

    def accept(self) -> None:
        try:
            inp = self.item_input()
            if self._existing is None:
                self.saved = co.add_item(self._db, inp, today=self._today)
            else:
                why = ask_reason(self, self.windowTitle(), self.tr("Why is the item changed? (kept in the history)"))
                if why is None:
                    return
                self.saved = co.correct_item(self._db, self._existing.id, inp, why, today=self._today)
        except (ItemError, ValueError) as exc:
            self.error.setText(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a refused right, a locked file: said, the dialog stays
            self.error.setText(describe(exc))
            return
        super().accept()


class ItemsView(QWidget):
    def __init__(self, db: Database, today: date, parent=None):
        super().__init__(parent)
        self._db, self._today = db, today
        self.show_closed = QCheckBox(self.tr("Show closed items"))
        self.summary = QLabel()
        self.new_button = QPushButton(self.tr("Record an item…"))
        self.change_button = QPushButton(self.tr("Change…"))
        self.close_button = QPushButton(self.tr("Close with outcome…"))
        self.charge_button = QPushButton(self.tr("Charge 500 yuan…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.model = ItemModel(today, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (140, 90, 260, 110, 70, 120, 90, 90, 200, 200), stretch=2, open_row=self._change)
        bar = QHBoxLayout()
        bar.addWidget(self.show_closed)
        bar.addWidget(self.summary, 1)
        for b in (self.new_button, self.change_button, self.close_button, self.charge_button, self.withdraw_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.loader = Loader(self, self._show)
        self.show_closed.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_item)
        self.change_button.clicked.connect(lambda: self._change(self.table.currentIndex()))
        self.close_button.clicked.connect(self.close_item)
        self.charge_button.clicked.connect(self.charge_item)
        self.withdraw_button.clicked.connect(self.withdraw_item)

    @property
    def busy(self) -> bool:
        return self.loader.busy

    def set_writable(self, writable: bool) -> None:
        """Only the roles that keep the meeting's items change them (a clerk reads the station's)."""
        for b in (self.new_button, self.change_button, self.close_button, self.charge_button, self.withdraw_button):
            b.setEnabled(writable)
        self.writable = writable

    def set_today(self, today: date) -> None:
        self._today = self.model.today = today
        self.refresh()

    def refresh(self) -> None:
        db, today, everything = self._db, self._today, self.show_closed.isChecked()
        self.loader.load(lambda: co.list_items(db, open_on=None if everything else today))

    def select_when_loaded(self, item_id: str) -> None:
        """Once the list is read, select this item (one opened from the due panel)."""
        self._select = item_id
        self.refresh()

    def _show(self, rows: list[ItemRow]) -> None:
        self.model.set_rows(rows)
        wanted = getattr(self, "_select", None)
        if wanted:
            self._select = None
            at = next((i for i, r in enumerate(self.model.rows) if r.id == wanted), -1)
            if at >= 0:
                self.table.selectRow(at)
        late = sum(r.status(self._today) == LATE for r in rows)
        still = sum(r.status(self._today) != CLOSED for r in rows)
        self.summary.setText(self.tr("%1 open, %2 of them past their due date").replace("%1", str(still))
                             .replace("%2", str(late)))

    def selected(self) -> ItemRow | None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            return self.model.rows[row]
        QMessageBox.information(self, self.tr("Coordination items"), self.tr("Select an item first."))
        return None

    def open_selected(self) -> None:
        self._change(self.table.currentIndex())

    def new_item(self) -> None:
        if ItemDialog(self._db, self._today, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _change(self, index: QModelIndex) -> None:
        if not 0 <= index.row() < len(self.model.rows) or not getattr(self, "writable", True):
            return
        r = self.model.rows[index.row()]
        if ItemDialog(self._db, self._today, self, existing=r).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _try(self, title: str, fn) -> bool:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - ItemError, a refused right: said in Chinese
            QMessageBox.warning(self, title, str(exc) if isinstance(exc, ItemError) else describe(exc))
            return False
        self.refresh()
        return True

    def close_item(self) -> None:
        r = self.selected()
        if r is None:
            return
        title = self.tr("Close with outcome")
        outcome, ok = QInputDialog.getMultiLineText(self, title, self.tr("Outcome of %1:").replace("%1", r.number))
        if ok:
            self._try(title, lambda: co.close_item(self._db, r.id, outcome, self._today, today=self._today))

    def charge_item(self) -> None:
        r = self.selected()
        if r is None:
            return
        title = self.tr("Charge 500 yuan…").rstrip("…")
        month = month_of(self._today)
        if QMessageBox.question(self, title, self.tr(
                "Charge %1 for not carrying out the meeting's decision (%2) in the assessment of %3?")
                .replace("%1", r.unit).replace("%2", r.number).replace("%3", month)) == QMessageBox.StandardButton.Yes:
            self._try(title, lambda: co.charge_item(self._db, r.id, month))

    def withdraw_item(self) -> None:
        r = self.selected()
        if r is None:
            return
        why = ask_reason(self, self.tr("Withdraw"), self.tr("Withdraw item %1 recorded in error? It is kept in the "
                                                             "history with the reason.").replace("%1", r.number))
        if why is not None:
            self._try(self.tr("Withdraw"), lambda: co.withdraw_item(self._db, r.id, why))
