"""更正暂停: change a recorded pause's dates or withdraw it, with a reason (the right to change recorded dates,
seed 003 art. 14; services/cases.correct_pause and withdraw_pause)."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox,
)

from ..services.cases import PauseRecord
from .style import from_qdate, to_qdate


class PauseDialog(QDialog):
    """Pick one of the stage's pauses; 保存更正 (new dates) or 撤销此暂停. `action` is "correct" or "withdraw"."""

    def __init__(self, title: str, pauses: list[PauseRecord], today: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pauses, self.action = pauses, ""
        form = QFormLayout(self)
        note = QLabel(self.tr("A recorded pause is changed or withdrawn only with a reason; the old and new dates "
                              "are kept in the history."))
        note.setWordWrap(True)
        form.addRow(note)
        self.pick = QComboBox()
        for p in pauses:
            self.pick.addItem(p.text(), p.id)
        form.addRow(self.tr("Pause"), self.pick)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(to_qdate(today))
        self.open_check = QCheckBox(self.tr("Not ended yet"))
        self.open_check.toggled.connect(lambda on: self.end_edit.setEnabled(not on))
        form.addRow(self.tr("Paused from"), self.start_edit)
        form.addRow(self.tr("Resumed on"), self.end_edit)
        form.addRow(self.open_check)
        self.reason_edit = QLineEdit()
        form.addRow(self.tr("Reason"), self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("Save the correction"), QDialogButtonBox.ButtonRole.AcceptRole)
        withdraw = buttons.addButton(self.tr("Withdraw this pause"), QDialogButtonBox.ButtonRole.DestructiveRole)
        save.clicked.connect(lambda: self._done("correct"))
        withdraw.clicked.connect(lambda: self._done("withdraw"))
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.pick.currentIndexChanged.connect(self._picked)
        self._picked()

    def _picked(self, *_args) -> None:
        p = self.chosen
        self.start_edit.setDate(to_qdate(p.start_on))
        self.end_edit.setDate(to_qdate(p.end_on or p.start_on))
        self.open_check.setChecked(p.end_on is None)

    def _done(self, action: str) -> None:
        if not self.reason_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Please give a reason."))
            self.reason_edit.setFocus()
            return
        self.action = action
        self.accept()

    @property
    def chosen(self) -> PauseRecord:
        return self.pauses[max(0, self.pick.currentIndex())]

    @property
    def start_on(self) -> date:
        return from_qdate(self.start_edit.date())

    @property
    def end_on(self) -> date | None:
        return None if self.open_check.isChecked() else from_qdate(self.end_edit.date())

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()
