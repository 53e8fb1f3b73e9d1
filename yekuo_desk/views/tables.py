"""What the app's tables share: a model over a plain list of rows that sorts itself, the view's set-up,
Enter to open."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .guard import guarded


EMPTY = 9


def comparable(value: Any) -> tuple:
    """A sort key any two of which compare, whatever the column holds: numbers, then dates, then text;
    a tuple element by element; empty cells (None, "") last. Mixing 3 and "" in one column used to raise
    inside Qt's sort."""
    if value is None or value == "":
        return (EMPTY, 0)
    if isinstance(value, tuple):
        return (3, tuple(comparable(v) for v in value))
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, (int, float)):
        return (0, value)
    if isinstance(value, date):
        return (1, value.toordinal())
    return (2, str(value))


class ListTableModel(QAbstractTableModel):
    """A read-only model over `rows` (plain objects from a service).

    Subclasses give `display(row, column)` (the text of a cell) and may give `decorate(row, column, role)`
    (colours, tooltips…) and `sort_key(row, column)` (default: the cell's text). Sorting is done here with
    a key, in one pass (a proxy model calling back per comparison is ~10x slower); sorting by column -1
    gives back the order the rows came in, and new rows keep the sort the user chose.
    """

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[Any] = []
        self._as_loaded: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    # ---------------------------------------------------------------- what subclasses give

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def decorate(self, row: Any, column: int, role: int) -> Any:
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    # ---------------------------------------------------------------- rows

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._as_loaded = list(rows)
        self.rows = self._sorted(*self._sort)
        self.endResetModel()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[Any]:
        if not 0 <= column < len(self.headers):
            return list(self._as_loaded)
        keyed = [(comparable(self.sort_key(r, column)), r) for r in self._as_loaded]
        filled = sorted((k for k in keyed if k[0][0] != EMPTY), key=lambda k: k[0],
                        reverse=order == Qt.SortOrder.DescendingOrder)
        return [r for _, r in filled] + [r for k, r in keyed if k[0] == EMPTY]  # empty cells last either way

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    @guarded(None)
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    @guarded(None)
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        return self.decorate(row, index.column(), role)

    @guarded(None)
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        ordered = self._sorted(column, order)  # computed first: a failure leaves the model as it was
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        where = {id(r): i for i, r in enumerate(ordered)}
        moved = [self.rows[i.row()] if 0 <= i.row() < len(self.rows) else None for i in old]
        self.rows = ordered
        self.changePersistentIndexList(old, [self.index(where[id(r)], i.column()) if r is not None else QModelIndex()
                                             for i, r in zip(old, moved)])
        self.layoutChanged.emit()


def setup_table(table: QTableView, widths: Sequence[int], stretch: int,
                open_row: Callable[[QModelIndex], None], *, sortable: bool = True) -> None:
    """Whole-row single selection, read-only, compact rows, given column widths, one column stretched;
    double-click or Enter on a row calls `open_row` with its index. A click on a header sorts by that
    column (the rows keep the service's order until then)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if sortable and not table.isSortingEnabled():
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    table.doubleClicked.connect(open_row)
    table.installEventFilter(_EnterFilter(table, lambda: open_row(table.currentIndex())))


class _EnterFilter(QObject):
    def __init__(self, view: QAbstractItemView, action: Callable[[], None]):
        super().__init__(view)
        self._action = action

    @guarded(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._action()
            return True
        return False
