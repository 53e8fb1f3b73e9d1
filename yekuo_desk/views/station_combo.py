"""The station chooser: 全部供电所 first (unless with_all=False), then each station; keeps its choice when the
list is refreshed."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ..services.stations import StationInfo


class StationCombo(QComboBox):
    def __init__(self, stations: list[StationInfo], parent=None, *, with_all: bool = True):
        super().__init__(parent)
        self._with_all = with_all
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_stations(stations)

    def set_stations(self, stations: list[StationInfo]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        if self._with_all:
            self.addItem(self.tr("All stations"), None)
        for st in stations:
            self.addItem(st.name, st.id)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)
