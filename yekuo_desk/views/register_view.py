"""The case register screen: filter bar (text as you type, station, category, status, ledger) and table."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..db import Database
from ..services.deadlines import STATUS_NAMES
from ..services.register import (
    ANY_LEDGER, REGISTER_STATUSES, S_OPEN, S_TARGET, TARGET_FILTER_NAME, RegisterFilter,
)
from ..services.stages import CATEGORIES, LEDGERS
from ..services.stations import StationInfo
from .register_model import ID_ROLE, RegisterModel
from .station_combo import StationCombo
from .tables import setup_table

TYPING_PAUSE_MS = 150  # filter once the user stops typing for this long


class RegisterWidget(QWidget):
    sig_open_case = Signal(str)
    """The user asked to open a case (its id)."""
    sig_count_changed = Signal(int)
    """How many cases the filter now shows."""

    def __init__(self, db: Database, stations: list[StationInfo], today: date, parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Case number, customer, contact, address, pinyin initials (zs) or phone"))
        self.search.setToolTip(self.tr("Three or more characters are found anywhere in the case number, "
                                       "customer name or phone; one or two match the beginning."))
        self.search.setClearButtonEnabled(True)
        self.station = StationCombo(stations)
        self.category = QComboBox()
        self.status = QComboBox()
        self.ledger = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for code, name in CATEGORIES.items():
            self.category.addItem(name, code)
        self.status.addItem(self.tr("All statuses"), None)
        for code in REGISTER_STATUSES:
            name = {S_OPEN: self.tr("In progress"), S_TARGET: TARGET_FILTER_NAME}.get(code) or STATUS_NAMES[code]
            self.status.addItem(name, code)
        self.ledger.addItem(self.tr("All ledgers"), None)
        self.ledger.addItem(self.tr("Any of the three ledgers"), ANY_LEDGER)
        for code, name in LEDGERS.items():
            if code:
                self.ledger.addItem(name, code)
        self.count_label = QLabel()

        bar = QHBoxLayout()
        find = QLabel(self.tr("&Find:"))
        find.setBuddy(self.search)
        bar.addWidget(find)
        bar.addWidget(self.search, 3)
        for combo in (self.station, self.category, self.status, self.ledger):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            bar.addWidget(combo)
        bar.addWidget(self.count_label)

        self.model = RegisterModel(db, {st.id: st.name for st in stations}, today, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(7, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        setup_table(self.table, (130, 100, 240, 90, 110, 120, 80, 100), stretch=2, open_row=self._open_index)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.station, self.category, self.status, self.ledger):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.model.sig_loaded.connect(self._show_count)

    def set_stations(self, stations: list[StationInfo]) -> None:
        self.station.set_stations(stations)
        self.model.set_stations({st.id: st.name for st in stations})

    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(self.search.text(), self.station.currentData(), self.category.currentData(),
                              self.status.currentData(), self.ledger.currentData())

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        self.model.reload()

    def set_today(self, today: date) -> None:
        self.model.set_today(today)

    def _show_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n case(s)", "", n))
        self.sig_count_changed.emit(n)

    def selected_case_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def open_selected(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        case_id = self.model.data(index, ID_ROLE)
        if case_id:
            self.sig_open_case.emit(case_id)
