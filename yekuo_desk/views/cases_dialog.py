"""The cases behind a chart's bar or point: number, station, customer, category, stage, due, accepted; a
double-click or Enter opens the case. Not modal: the chief can keep it beside the chart."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QTableView, QVBoxLayout

from ..db import Database
from ..services.register import RegisterRow, rows_of
from ..services.stages import CATEGORIES, stage_name
from ..services.stations import list_units
from ..services.deadlines import STATUS_NAMES
from .tables import ListTableModel, setup_table

LIMIT = 5000  # rows read at once: more than a meeting looks at; the count says how many there are


class CaseRowsModel(ListTableModel):
    def __init__(self, stations: dict[str, str], parent=None):
        super().__init__([self.tr("Case number"), self.tr("Station"), self.tr("Customer"), self.tr("Category"),
                          self.tr("Current stage"), self.tr("Due"), self.tr("Status"), self.tr("Accepted")], parent)
        self.stations = stations

    def display(self, row: RegisterRow, column: int) -> str:
        return [row.case_number, self.stations.get(row.station_id, ""), row.customer_name,
                CATEGORIES.get(row.category, row.category), stage_name(row.current_stage) if row.current_stage else "",
                row.next_due.isoformat() if row.next_due else "", STATUS_NAMES.get(row.status, row.status),
                row.accepted_on.isoformat()][column]


class CasesDialog(QDialog):
    sig_open_case = Signal(str)

    def __init__(self, db: Database, case_ids: list[str], title: str, today: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(860, 480)
        self.model = CaseRowsModel({u.id: u.name for u in list_units(db)}, self)
        self.model.set_rows(rows_of(db, case_ids[:LIMIT], today))
        count = QLabel(self.tr("%1 cases").replace("%1", str(len(case_ids)))
                       + (self.tr(" (the first %1 shown)").replace("%1", str(LIMIT)) if len(case_ids) > LIMIT else ""))
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, [130, 100, 160, 90, 110, 90, 80, 90], 2, self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addWidget(count)
        layout.addWidget(self.table)

    def _open(self, index) -> None:
        if index.isValid():
            self.sig_open_case.emit(self.model.rows[index.row()].id)
