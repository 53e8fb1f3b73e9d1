"""A settings tab of records (stations, users): their table above, the selected one's fields and the action
buttons below; a refusal of the service is said in a warning and the list is read again after a change."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)


class RecordTab(QWidget):
    """Subclasses give `fetch()` (the records), `cells(record)` (a row's texts), `show_record(record)` (fill the
    fields) and `title` (for warnings); `errors`: the service's refusal classes."""

    errors: tuple[type[Exception], ...] = ()

    def __init__(self, headers: list[str], stretch: int, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._picked)
        self.form = QFormLayout()
        self.record_buttons: list[QPushButton] = []  # enabled only with a record selected
        self.rows: list = []

    def finish(self, buttons: list[QPushButton]) -> None:
        """Lay out the table, the form (filled by the subclass) and the buttons, then read the records."""
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        self.form.addRow(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self.form)
        self.reload()

    def reload(self) -> None:
        self.rows = self.fetch()
        self.table.setRowCount(len(self.rows))
        for i, record in enumerate(self.rows):
            for j, value in enumerate(self.cells(record)):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self._picked()

    def selected(self):
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _picked(self, *_args) -> None:
        record = self.selected()
        for b in self.record_buttons:
            b.setEnabled(record is not None)
        if record is not None:
            self.show_record(record)

    def _run(self, action) -> bool:
        try:
            action()
        except self.errors as exc:
            QMessageBox.warning(self, self.title, str(exc))
            return False
        self.reload()
        return True
