"""Choosing a case by typing part of its number, name, contact or address (as the register searches)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from ..db import Database
from ..services.register import find_cases
from ..services.stages import stage_name


class CasePickerDialog(QDialog):
    def __init__(self, db: Database, station_id: str | None, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._db, self._station_id = db, station_id
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Case number, customer, contact or address"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMinimumSize(520, 280)
        self.hint = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.search, self.list, self.hint, buttons):
            layout.addWidget(w)
        self._timer = QTimer(self, singleShot=True, interval=150)  # a quick indexed read once typing pauses
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self.search.setFocus()

    def find(self) -> None:
        self.list.clear()
        rows = find_cases(self._db, self.search.text(), self._station_id)
        for r in rows:
            stage = stage_name(r.current_stage) if r.current_stage else self.tr("done")
            item = QListWidgetItem(f"{r.case_number}　{r.customer_name}　{r.accepted_on:%Y-%m-%d}　{stage}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        self.hint.setText(self.tr("%1 found (the newest 50 at most)").replace("%1", str(len(rows)))
                          if self.search.text().strip() else "")

    @property
    def case_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def accept(self) -> None:
        if self._timer.isActive():  # Enter right after typing: find first
            self._timer.stop()
            self.find()
        if self.case_id:
            super().accept()
