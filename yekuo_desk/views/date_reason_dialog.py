"""A small dialog asking for a date and, where the rules want one, a reason."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox

from .style import from_qdate, to_qdate


class DateReasonDialog(QDialog):
    def __init__(self, title: str, date_label: str, initial: date, *, reason_label: str = "",
                 reason_required: bool = False, note: str = "", allow_clear: bool = False,
                 latest: date | None = None, parent=None):
        """`latest`: the last date the picker offers (today: a stage is never done in the future)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.cleared = False
        self._reason_required = reason_required
        form = QFormLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            form.addRow(label)
        self.date_edit = QDateEdit(to_qdate(initial))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        if latest is not None:
            self.date_edit.setMaximumDate(to_qdate(latest))
        form.addRow(date_label, self.date_edit)
        self.reason_edit = QLineEdit()
        if reason_label:
            form.addRow(reason_label, self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if allow_clear:
            clear = buttons.addButton(self.tr("Clear the date"), QDialogButtonBox.ButtonRole.ResetRole)
            clear.clicked.connect(self._clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _clear(self) -> None:
        if self._reason_required and not self.reason_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Please give a reason."))
            return
        self.cleared = True
        super().accept()

    def accept(self) -> None:
        if self._reason_required and not self.reason_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Please give a reason."))
            self.reason_edit.setFocus()
            return
        super().accept()

    @property
    def value(self) -> date | None:
        return None if self.cleared else from_qdate(self.date_edit.date())

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()
