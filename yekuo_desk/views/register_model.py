"""The register's table model: the count and the pages on screen, never all 200,000 rows."""
from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..db import Database
from ..services.deadlines import STATUS_NAMES, overdue_before, upcoming_horizon
from ..services.engine_context import calendar_for
from ..services.register import (
    COLUMNS,
    Register,
    RegisterFilter,
    RegisterRow,
    RegisterView,
)
from ..services.stages import CATEGORIES, stage_name
from .guard import guarded
from .loader import Loader
from .style import STATUS_COLORS, format_date

PAGE = 200
CACHED_PAGES = 30
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RegisterModel(QAbstractTableModel):
    """Rows come from services.register one page at a time, as the view asks for them.

    A new filter, sort or day is worked out on the read thread (the count, how to page it, the first
    page); the table keeps showing the old rows until that arrives. A page the user scrolls to is one
    short indexed read on the GUI thread."""

    sig_loaded = Signal()
    """The rows of the newest filter, sort or day are on show."""

    def __init__(self, db: Database, stations: dict[str, str], today: date, parent=None):
        super().__init__(parent)
        self._db = db
        self._stations = stations
        self._filter = RegisterFilter()
        self._sort = ("accepted_on", True)
        self._view: RegisterView | None = None
        self._pages: OrderedDict[int, list[RegisterRow]] = OrderedDict()
        self._count = 0
        self._italic = QFont()
        self._italic.setItalic(True)
        self._loader = Loader(parent, self._loaded) if parent is not None else None
        self.headers = [self.tr("Case number"), self.tr("Station"), self.tr("Customer"), self.tr("Category"),
                        self.tr("Current stage"), self.tr("Due"), self.tr("Status"), self.tr("Accepted")]
        self.set_today(today)

    # ---------------------------------------------------------------- what the view changes

    def set_today(self, today: date, reload: bool = True) -> None:
        with self._db.session() as s:
            cal = calendar_for(s)
            self._register = Register(today, upcoming_horizon(today, cal), overdue_before(today, cal))
        if reload:
            self.reload()

    def set_filter(self, f: RegisterFilter) -> None:
        if f != self._filter:
            self._filter = f
            self.reload()

    def set_stations(self, stations: dict[str, str]) -> None:
        self._stations = stations

    @guarded(None)
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._sort = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
            self.reload()

    def reload(self) -> None:
        """Work out the rows again (cases may have been added or changed since)."""
        db, register, f, (column, descending) = self._db, self._register, self._filter, self._sort

        def read() -> tuple[RegisterView, list[RegisterRow]]:
            with db.session() as s:
                view = register.prepare(s, f, column, descending)
                return view, register.page(s, view, 0, PAGE)
        if self._loader is None:  # no widget to keep responsive: read now
            self._loaded(read())
        else:
            self._loader.load(read)

    def _loaded(self, result: tuple[RegisterView, list[RegisterRow]]) -> None:
        view, first = result
        self.beginResetModel()
        self._view, self._count = view, view.count
        self._pages.clear()
        self._pages[0] = first
        self.endResetModel()
        self.sig_loaded.emit()

    @property
    def busy(self) -> bool:
        """A new filter, sort or day is still being worked out."""
        return self._loader is not None and self._loader.busy

    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    def export_args(self) -> tuple:
        """What an export needs to write the rows on show: the register, its view, the stations."""
        return self._register, self._view, dict(self._stations)

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    @guarded(None)
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def row_at(self, row: int) -> RegisterRow | None:
        if not 0 <= row < self._count or self._view is None:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            with self._db.session() as s:
                page = self._register.page(s, self._view, number * PAGE, PAGE)
            self._pages[number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        i = row % PAGE
        return page[i] if i < len(page) else None

    @guarded(None)
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.BackgroundRole and column == "status" and r.status in STATUS_COLORS:
            return QBrush(QColor(STATUS_COLORS[r.status]))
        if role == Qt.ItemDataRole.FontRole and column == "next_due" and r.provisional:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and column == "next_due" and r.next_due:
            tip = self.tr("Due date of: %1").replace("%1", stage_name(r.next_due_stage))
            if r.provisional:
                tip += "\n" + self.tr("Provisional: the holiday calendar of that year is not confirmed")
            return tip
        return None

    def _display(self, r: RegisterRow, column: str) -> str:
        if column == "station":
            return self._stations.get(r.station_id, "")
        if column == "category":
            return CATEGORIES.get(r.category, r.category)
        if column == "current_stage":
            return stage_name(r.current_stage) if r.current_stage else self.tr("(all done)")
        if column == "next_due":
            return format_date(r.next_due) + (self.tr(" (provisional)") if r.provisional else "")
        if column == "status":
            return STATUS_NAMES.get(r.status, r.status)
        if column == "accepted_on":
            return format_date(r.accepted_on)
        return str(getattr(r, column))
