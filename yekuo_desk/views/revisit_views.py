"""Revisit screens: the month's plan per station (propose, adjust, issue, record the calls) and the
month's revisit records."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ..db import Database
from ..services import revisits
from ..services.months import previous_month
from ..services.revisits import ADDED, KEY_STAGES, METHODS, REASON_NAMES, SATISFACTION, PlanRow, RevisitError
from ..services.stages import stage_name
from ..services.stations import StationInfo
from .loader import Loader
from .month_edit import MonthEdit
from .station_combo import StationCombo
from .style import BANNER_STYLE, format_date
from .tables import ListTableModel, setup_table


class PlanModel(ListTableModel):
    rows: list[PlanRow]

    def __init__(self, parent=None):
        super().__init__([self.tr("Case number"), self.tr("Customer"), self.tr("Contact"), self.tr("Phone"),
                          self.tr("Stage to ask about"), self.tr("Why"), self.tr("Revisited")], parent)

    def display(self, r: PlanRow, column: int) -> str:
        return [r.case_number, r.customer_name, r.contact, r.phone, stage_name(r.stage), REASON_NAMES[r.reason],
                self.tr("yes") if r.done else ""][column]

    def decorate(self, r: PlanRow, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and r.done:
            return QBrush(QColor("#e3f1df"))
        return None


class RevisitPlanView(QWidget):
    sig_open_case = Signal(str)
    """The user asked to open a case (its id)."""

    def __init__(self, db: Database, stations: list[StationInfo], today: date, parent=None):
        super().__init__(parent)
        self._db, self._today = db, today
        self.month = MonthEdit(today)
        self.station = StationCombo(stations, with_all=False)
        self.state = QLabel()
        self.missing = QLabel()
        self.missing.setStyleSheet(BANNER_STYLE)
        self.missing.setWordWrap(True)
        self.model = PlanModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (130, 220, 90, 110, 110, 240, 60), stretch=1, open_row=self._record_index)
        self.buttons = {key: QPushButton(text) for key, text in (
            ("add", self.tr("Add a case…")), ("remove", self.tr("Remove")), ("stage", self.tr("Change stage…")),
            ("save", self.tr("Save plan")), ("issue", self.tr("Issue plan")), ("record", self.tr("Record revisit…")),
            ("print", self.tr("Print plan…")))}
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Month:")), self.month, QLabel(self.tr("Station:")), self.station):
            bar.addWidget(w)
        bar.addWidget(self.state, 1)
        buttons = QHBoxLayout()
        for key in ("add", "remove", "stage", "save", "issue"):
            buttons.addWidget(self.buttons[key])
        buttons.addStretch(1)
        buttons.addWidget(self.buttons["print"])
        buttons.addWidget(self.buttons["record"])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.missing)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.month.dateChanged.connect(self.refresh)
        self.station.currentIndexChanged.connect(self.refresh)
        self.buttons["add"].clicked.connect(self.add_case)
        self.buttons["remove"].clicked.connect(self.remove_selected)
        self.buttons["stage"].clicked.connect(self.change_stage)
        self.buttons["save"].clicked.connect(self.save)
        self.buttons["issue"].clicked.connect(self.issue)
        self.buttons["record"].clicked.connect(lambda: self._record_index(self.table.currentIndex()))
        self.buttons["print"].clicked.connect(self.print_plan)
        self.info = None
        self._dirty = False  # read when first shown (MainWindow refreshes a tab on showing it)
        self.loader = Loader(self, self._show)

    def set_stations(self, stations: list[StationInfo]) -> None:
        self.station.set_stations(stations)

    @property
    def busy(self) -> bool:
        return self.loader.busy

    def refresh(self) -> None:
        """Read the plan of the month and station, and the stations still owing last month's results, on the
        read thread; the plan on show stays until they arrive."""
        station_id = self.station.currentData()
        if station_id is None:
            return
        db, month, today = self._db, self.month.month(), self._today
        self.loader.load(lambda: (revisits.plan_info(db, month, station_id),
                                  revisits.results_due(db, previous_month(month), today)))

    def _in_step(self) -> bool:
        """The plan on show is the one of the month and station chosen (not one still being read): only then
        may it be changed, saved or issued, or a change would land on the wrong month."""
        return (not self.loader.busy and self.info is not None
                and (self.info.month, self.info.station_id) == (self.month.month(), self.station.currentData()))

    def _show(self, result) -> None:
        self.info, missing = result
        month = self.info.month
        self.model.set_rows(list(self.info.rows))
        self._dirty = False
        if self.info.issued_on:
            text = self.tr("Issued %1 by %2").replace("%1", format_date(self.info.issued_on)).replace(
                "%2", self.info.issued_by)
            if self.info.late:
                text += self.tr(" — late: plans are due by the 3rd")
        else:
            text = self.tr("Not issued yet: proposed by the rules, adjust and issue by the 3rd")
        done = sum(r.done for r in self.info.rows)
        self.state.setText(text + self.tr("  ·  %1 planned, %2 revisited").replace(
            "%1", str(len(self.info.rows))).replace("%2", str(done)))
        self.missing.setText(self.tr("Results of %1 still missing: %2").replace("%1", previous_month(month)).replace(
            "%2", "；".join(f"{m.station} {m.missing} 件" + ("（已逾期）" if m.late else "") for m in missing)))
        self.missing.setVisible(bool(missing))

    def print_plan(self) -> None:
        """The plan sheet as it stands (save first to print the adjusted plan)."""
        from ..documents.revisit_plan_sheet import write_plan_sheet
        from ..services.papers import bureau_name
        from .print_preview import preview_written

        db, month, station_id = self._db, self.month.month(), self.station.currentData()
        if station_id is None:
            return
        if self.info is not None and (self.info.month, self.info.station_id) == (month, station_id):
            info = replace(self.info, rows=list(self.model.rows))  # as adjusted on screen

            def plan():
                return info
        else:  # the plan of the month chosen is still being read: print it as kept
            def plan():
                return revisits.plan_info(db, month, station_id)
        preview_written(self, lambda path: write_plan_sheet(path, plan(), bureau_name(db)),
                        f"回访计划-{self.station.currentText()}-{month}")

    def _items(self) -> list[tuple[str, str, str]]:
        return [(r.case_id, r.stage, r.reason) for r in self.model.rows]

    def _set_rows(self, rows: list[PlanRow]) -> None:
        self.model.set_rows(rows)
        self._dirty = True

    def add_case(self) -> None:
        if not self._in_step():
            return
        from .case_picker import CasePickerDialog

        picker = CasePickerDialog(self._db, self.station.currentData(), self.tr("Add a case"), self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.case_id is None:
            return
        case_id = picker.case_id
        if any(r.case_id == case_id for r in self.model.rows):
            return
        from ..services.cases import get_case
        d = get_case(self._db, case_id, self._today)
        if d.station_id != self.station.currentData():
            QMessageBox.warning(self, self.tr("Add a case"), self.tr("The case belongs to %1").replace(
                "%1", d.station_name))
            return
        self._set_rows(self.model.rows + [PlanRow(case_id, d.case_number, d.station_name, d.data.customer_name,
                                                  d.data.contact, d.data.phone, "acceptance", ADDED)])

    def remove_selected(self) -> None:
        if not self._in_step():
            return
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            self._set_rows(self.model.rows[:row] + self.model.rows[row + 1:])

    def change_stage(self) -> None:
        if not self._in_step():
            return
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return
        from ..services.cases import get_case

        own = [st.code for st in get_case(self._db, self.model.rows[row].case_id, self._today).stages
               if st.code in KEY_STAGES and st.status != "not_applicable"]  # only the case's own stages
        names = [stage_name(k) for k in own]
        current = stage_name(self.model.rows[row].stage)
        name, ok = QInputDialog.getItem(self, self.tr("Stage to ask about"), self.tr("Stage:"), names,
                                        names.index(current) if current in names else 0, False)
        if ok:
            rows = list(self.model.rows)
            rows[row] = replace(rows[row], stage=own[names.index(name)])
            self._set_rows(rows)

    def save(self) -> bool:
        if not self._in_step():
            return False
        reason = ""
        if self.info and self.info.issued_on:
            reason, ok = QInputDialog.getText(self, self.tr("Change an issued plan"),
                                              self.tr("The plan is issued. Why does it change?"))
            if not ok:
                return False
        try:
            revisits.save_plan(self._db, self.month.month(), self.station.currentData(), self._items(), reason=reason)
        except RevisitError as exc:
            QMessageBox.warning(self, self.tr("Revisit plan"), str(exc))
            return False
        self.refresh()
        return True

    def issue(self) -> None:
        if not self._in_step():
            return
        if self._dirty and not self.save():
            return
        try:
            late = revisits.issue_plan(self._db, self.month.month(), self.station.currentData(), self._today)
        except RevisitError as exc:
            QMessageBox.warning(self, self.tr("Revisit plan"), str(exc))
            return
        self.refresh()
        if late:
            QMessageBox.information(self, self.tr("Revisit plan"), self.tr(
                "Issued after the 3rd: the plan is marked late."))

    def _record_index(self, index: QModelIndex) -> None:
        if not self._in_step():
            return
        row = index.row()
        if not 0 <= row < len(self.model.rows):
            return
        if (self._dirty or not self.info.saved) and not self.save():
            return  # keep the plan first: a case revisited leaves the rules' proposal
        r = self.model.rows[row]
        from .revisit_dialog import revisit_case
        if not revisit_case(self, self._db, r.case_id, self._today, stage=r.stage):
            return
        self.refresh()


class RevisitsModel(ListTableModel):
    rows: list[revisits.RevisitRow]

    def __init__(self, parent=None):
        super().__init__([self.tr("Date"), self.tr("Station"), self.tr("Case number"), self.tr("Customer"),
                          self.tr("Stage"), self.tr("Method"), self.tr("Revisited by"), self.tr("Satisfaction"),
                          self.tr("Problems"), self.tr("The customer's words")], parent)

    def display(self, r: revisits.RevisitRow, column: int) -> str:
        return [format_date(r.revisit_on), r.station, r.case_number, r.customer_name, stage_name(r.stage),
                METHODS[r.method], r.caller, SATISFACTION[r.satisfaction], "、".join(r.problems),
                r.customer_words][column]

    def decorate(self, r: revisits.RevisitRow, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column in (8, 9):
            text = self.display(r, column)
            return text if text else None  # the whole text of a cut cell
        return None

    def sort_key(self, r: revisits.RevisitRow, column: int):
        if column == 7:  # satisfied, fairly satisfied, not satisfied: in that order, not by their text
            return list(SATISFACTION).index(r.satisfaction) if r.satisfaction in SATISFACTION else None
        return self.display(r, column)


class RevisitsView(QWidget):
    sig_open_case = Signal(str)
    """The user asked to open a case (its id)."""

    def __init__(self, db: Database, today: date, parent=None):
        super().__init__(parent)
        self._db, self._today = db, today
        self.month = MonthEdit(today)
        self.summary = QLabel()
        self.model = RevisitsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (100, 100, 130, 200, 100, 60, 80, 80, 160, 240), stretch=9, open_row=self._open)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:")))
        bar.addWidget(self.month)
        bar.addWidget(self.summary, 1)
        self.case_button = QPushButton(self.tr("Open case"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        bar.addWidget(self.case_button)
        bar.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.month.dateChanged.connect(self.refresh)
        self.case_button.clicked.connect(self._open_case)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.loader = Loader(self, self._show)

    @property
    def busy(self) -> bool:
        return self.loader.busy

    def refresh(self) -> None:
        db, month = self._db, self.month.month()
        self.loader.load(lambda: revisits.revisits_in(db, month))

    def _selected(self) -> revisits.RevisitRow | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _open_case(self) -> None:
        r = self._selected()
        if r is not None:
            self.sig_open_case.emit(r.case_id)

    def withdraw(self) -> None:
        from .reason_dialog import ask_reason

        r = self._selected()
        if r is None:
            return
        why = ask_reason(self, self.tr("Withdraw"), self.tr(
            "Withdraw the revisit of %1 on %2? The plan, the report and the before-power-on check no longer count "
            "it; the record and the reason are kept in the history.").replace("%1", r.case_number).replace(
            "%2", format_date(r.revisit_on)))
        if why is None:
            return
        try:
            revisits.withdraw_revisit(self._db, r.id, why)
        except RevisitError as exc:
            QMessageBox.warning(self, self.tr("Withdraw"), str(exc))
            return
        self.refresh()

    def _show(self, rows: list[revisits.RevisitRow]) -> None:
        self.model.set_rows(rows)
        satisfied = sum(r.satisfaction in ("satisfied", "basic") for r in rows)
        rate = f"{100 * satisfied / len(rows):.1f}%" if rows else "—"
        self.summary.setText(self.tr("%1 revisits; satisfied or fairly satisfied: %2").replace(
            "%1", str(len(rows))).replace("%2", rate))

    def _open(self, index: QModelIndex) -> None:
        """The revisit record itself (its long text in full; a change is a correction with a reason)."""
        if not 0 <= index.row() < len(self.model.rows):
            return
        from .revisit_dialog import RevisitDialog

        r = self.model.rows[index.row()]
        if RevisitDialog(self._db, r.case_id, self._today, revisit_id=r.id, parent=self).exec():
            self.refresh()
