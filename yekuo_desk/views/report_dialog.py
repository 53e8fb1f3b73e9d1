"""Choosing the monthly revisit report: the month (a picker), the station or the whole bureau, PDF or Excel."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QRadioButton

from ..services.months import month_of, parse_month, previous_month
from ..services.stations import StationInfo
from .month_edit import MonthEdit
from .station_combo import StationCombo


class MonthlyReportDialog(QDialog):
    def __init__(self, stations: list[StationInfo], today: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly revisit report"))
        first, _ = parse_month(previous_month(month_of(today)))  # last month: the report the 10th asks for
        self.month_edit = MonthEdit(first)
        self.month_edit.setMaximumDate(self.month_edit.date().addMonths(1))
        self.station = StationCombo(stations)
        self.station.setItemText(0, self.tr("The whole bureau"))
        self.pdf_radio = QRadioButton(self.tr("PDF (preview, then print or save)"))
        self.xlsx_radio = QRadioButton(self.tr("Excel workbook"))
        self.pdf_radio.setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.pdf_radio)
        kinds.addWidget(self.xlsx_radio)
        form = QFormLayout(self)
        form.addRow(self.tr("Month:"), self.month_edit)
        form.addRow(self.tr("Scope:"), self.station)
        form.addRow(self.tr("As:"), kinds)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @property
    def month(self) -> str:
        return self.month_edit.month()

    @property
    def station_id(self) -> str | None:
        return self.station.currentData()

    @property
    def excel(self) -> bool:
        return self.xlsx_radio.isChecked()
