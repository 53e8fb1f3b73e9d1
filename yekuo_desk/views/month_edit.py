"""A month picker (YYYY-MM) for the monthly screens."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


class MonthEdit(QDateEdit):
    def __init__(self, today: date, parent=None):
        super().__init__(QDate(today.year, today.month, 1), parent)
        self.setDisplayFormat("yyyy-MM")
        self.setCalendarPopup(False)

    def month(self) -> str:
        d = self.date()
        return f"{d.year()}-{d.month():02d}"
