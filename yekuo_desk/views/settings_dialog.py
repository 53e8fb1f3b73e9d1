"""Settings: the time-limit rule sets, the holiday calendar per year, and the supply stations.

Saving a rule set or a calendar year sets `changed`; the main window then recomputes the
open cases' due dates off the GUI thread.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QInputDialog,
    QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from sqlalchemy.exc import DBAPIError

from ..db import Database
from ..models import Station
from ..models.calendar import HOLIDAY, WORKDAY
from ..models.rules import CALENDAR_DAYS, NEVER
from ..services import calendar_store, rules, stations
from ..services.amounts import get_number, set_number
from ..services.calendar_input import parse_day, parse_pasted, range_entries, year_to_confirm
from ..services.calendar_store import CalendarEntry, CalendarError
from ..services.fee_items import FeeItemsError, fee_items, fee_lines, parse_fee_lines, set_fee_items
from ..services.rules import APPLIES_NAMES, TARGET_SCOPES, TARGET_UNITS, RuleError
from ..services.stages import CATEGORIES, STAGES
from .errors import describe
from .limits import limit_lengths
from .print_settings_tab import PrintSettingsTab
from .reason_dialog import ask_reason
from .record_tab import RecordTab
from .screen_fit import fit_to_screen
from .style import from_qdate

KIND_NAMES = {HOLIDAY: "节假日（休息）", WORKDAY: "调休上班日"}


class RulesTab(QWidget):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self.rule_set = QComboBox()
        self.active = QCheckBox(self.tr("Active (used for every due date)"))
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.table = QTableWidget(len(STAGES), 2 * len(CATEGORIES) + 1)
        self.table.setVerticalHeaderLabels([s.name for s in STAGES])
        headers = []
        for name in CATEGORIES.values():
            headers += [f"{name}\n" + self.tr("applies"), f"{name}\n" + self.tr("working days")]
        self.table.setHorizontalHeaderLabels(headers + [self.tr("Responsible\nunit")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Whole-case targets (受理→接电): days and unit per scope; 0 days is no target.
        self.targets = QTableWidget(len(TARGET_SCOPES), 2)
        self.targets.setVerticalHeaderLabels(list(TARGET_SCOPES.values()))
        self.targets.setHorizontalHeaderLabels([self.tr("Days (0: none)"), self.tr("Counted in")])
        self.targets.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.targets.setMaximumHeight(170)
        self.save_button = QPushButton(self.tr("Save time limits"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rule set:")))
        top.addWidget(self.rule_set, 1)
        top.addWidget(self.active)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(QLabel(self.tr("An empty limit means the stage is tracked without a time limit.")))
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Whole-case targets\n(acceptance to power-on):")))
        bottom.addWidget(self.targets, 1)
        bottom.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        self.rule_set.currentIndexChanged.connect(self.show_rule_set)
        self.reload()

    def reload(self) -> None:
        self.rule_set.blockSignals(True)
        self.rule_set.clear()
        with self._db.session() as s:
            for rs in rules.rule_sets(s):
                self.rule_set.addItem(rs.name, rs.id)
                if rs.active:
                    self.rule_set.setCurrentIndex(self.rule_set.count() - 1)
        self.rule_set.blockSignals(False)
        self.show_rule_set()

    def show_rule_set(self) -> None:
        with self._db.session() as s:
            rs = next((r for r in rules.rule_sets(s) if r.id == self.rule_set.currentData()), None)
            if rs is None:
                return
            data = rules.to_rules(rs)
            table = data.table
            departments = [(u.code, u.name) for u in stations.list_units(self._db) if "-" in u.code]
            self.active.setChecked(rs.active)
            self.source.setText(self.tr("Source: %1 (revision %2)").replace("%1", rs.source).replace(
                "%2", str(rs.revision)))
        for row, stage in enumerate(STAGES):
            for i, category in enumerate(CATEGORIES):
                applies, days = table.get((stage.code, category), (NEVER, None))
                combo = QComboBox()
                for code, name in APPLIES_NAMES.items():
                    combo.addItem(name, code)
                combo.setCurrentIndex(combo.findData(applies))
                self.table.setCellWidget(row, 2 * i, combo)
                self.table.setItem(row, 2 * i + 1, QTableWidgetItem("" if days is None else str(days)))
            unit = QComboBox()
            unit.addItem(self.tr("The case's station"), "")
            for code, name in departments:
                unit.addItem(name, code)
            unit.setCurrentIndex(max(0, unit.findData(data.unit(stage.code, next(iter(CATEGORIES))))))
            self.table.setCellWidget(row, 2 * len(CATEGORIES), unit)
        for row, scope in enumerate(TARGET_SCOPES):
            days, counted = data.targets.get(scope, (0, CALENDAR_DAYS))
            spin = QSpinBox()
            spin.setRange(0, 365)
            spin.setValue(days)
            self.targets.setCellWidget(row, 0, spin)
            combo = QComboBox()
            for code, name in TARGET_UNITS.items():
                combo.addItem(name, code)
            combo.setCurrentIndex(combo.findData(counted))
            self.targets.setCellWidget(row, 1, combo)

    def edited_table(self) -> dict[tuple[str, str], tuple[str, int | None]]:
        table = {}
        for row, stage in enumerate(STAGES):
            for i, category in enumerate(CATEGORIES):
                applies = self.table.cellWidget(row, 2 * i).currentData()
                text = (self.table.item(row, 2 * i + 1).text() if self.table.item(row, 2 * i + 1) else "").strip()
                if text and not text.isdigit():
                    raise RuleError(f"{stage.name}·{CATEGORIES[category]}：时限应为整数个工作日，或留空")
                table[(stage.code, category)] = (applies, int(text) if text else None)
        return table

    def edited_units(self) -> dict[str, str]:
        return {stage.code: self.table.cellWidget(row, 2 * len(CATEGORIES)).currentData()
                for row, stage in enumerate(STAGES)}

    def edited_targets(self) -> dict[str, tuple[int, str] | None]:
        out = {}
        for row, scope in enumerate(TARGET_SCOPES):
            days = self.targets.cellWidget(row, 0).value()
            out[scope] = (days, self.targets.cellWidget(row, 1).currentData()) if days else None
        return out

    def save(self) -> bool:
        try:
            table = self.edited_table()
            with self._db.transaction() as s:
                rules.save_limits(s, self.rule_set.currentData(), table, units=self.edited_units(),
                                  targets=self.edited_targets())
                if self.active.isChecked():
                    rules.activate(s, self.rule_set.currentData())
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("Time limits"), str(exc))
            return False
        except (DBAPIError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Time limits"), describe(exc))
            return False
        self.reload()
        return True


class CalendarTab(QWidget):
    def __init__(self, db: Database, today: date, parent=None):
        super().__init__(parent)
        self._db = db
        self.year = QComboBox()
        self.confirmed = QCheckBox(self.tr("Confirmed (the State Council's schedule is entered)"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date (YYYY-MM-DD)"), self.tr("Kind"), self.tr("Name")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)  # the header and a date fit
        self.table.setColumnWidth(1, 190)  # 节假日（休息）/ 调休上班 fit in their list
        self.add_button = QPushButton(self.tr("Add day"))
        self.range_button = QPushButton(self.tr("Add days (a range)…"))
        self.paste_button = QPushButton(self.tr("Paste a list…"))
        self.remove_button = QPushButton(self.tr("Remove day"))
        self.save_button = QPushButton(self.tr("Save this year"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(self.confirmed, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.range_button, self.paste_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr(
            "List the weekdays that are holidays and the Saturdays or Sundays that are worked (make-up days). "
            "A year nobody has entered is counted with the statutory holidays worked out from the statute "
            "(shown here to start from); until it is confirmed its due dates are shown as provisional.")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        with db.session() as s:
            known = [y.year for y in calendar_store.years(s)]
            confirmed = {y.year for y in calendar_store.years(s) if y.confirmed}
        for y in sorted(set(known) | {today.year, today.year + 1}, reverse=True):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(self.year.findData(year_to_confirm(confirmed, today)))  # the one to confirm
        self.year.currentIndexChanged.connect(self.show_year)
        self.add_button.clicked.connect(lambda: self._add_row(CalendarEntry(date(self.year.currentData(), 1, 1),
                                                                            HOLIDAY, "")))
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.range_button.clicked.connect(self.add_range)
        self.paste_button.clicked.connect(self.paste_list)
        self.show_year()

    def _merge(self, new: list[CalendarEntry]) -> None:
        """Add entries to the table; a day already listed takes the new kind and name."""
        by_day = {e.day: e for e in self._rows_as_typed()}
        by_day.update({e.day: e for e in new})
        self.table.setRowCount(0)
        for e in sorted(by_day.values(), key=lambda e: e.day):
            self._add_row(e)

    def _rows_as_typed(self) -> list[CalendarEntry]:
        try:
            return self.entries()
        except CalendarError:
            return []

    def add_range(self) -> None:
        """A day or a range picked with the calendar (the Spring Festival week): its weekdays as holidays, or
        its weekend days as make-up working days."""
        year = self.year.currentData()
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Add days"))
        start, end = QDateEdit(QDate(year, 1, 1)), QDateEdit(QDate(year, 1, 1))
        for edit in (start, end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        start.dateChanged.connect(lambda d: end.setDate(max(end.date(), d)))
        kind, name = QComboBox(), QLineEdit()
        name.setObjectName("dayName")
        for code, label in KIND_NAMES.items():
            kind.addItem(label, code)
        form = QFormLayout(dialog)
        form.addRow(self.tr("From"), start)
        form.addRow(self.tr("To"), end)
        form.addRow(self.tr("Kind"), kind)
        form.addRow(self.tr("Name"), name)
        form.addRow(QLabel(self.tr("A holiday range adds its weekdays; a make-up range its Saturdays and Sundays.")))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        form.addRow(box)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._merge(range_entries(from_qdate(start.date()), from_qdate(end.date()), kind.currentData(),
                                      name.text()))
        except CalendarError as exc:
            QMessageBox.warning(self, self.tr("Holiday calendar"), str(exc))

    def paste_list(self) -> None:
        """Dates pasted from the State Council's notice, a line each; every bad line is named."""
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Paste a list"), self.tr(
            "One date or range a line, e.g.\n2027-02-10 至 2027-02-16 休 春节\n2027-02-07 班 春节调休\n"
            "Without 休 or 班, a weekday is a holiday and a Saturday or Sunday a make-up working day."))
        if not ok or not text.strip():
            return
        try:
            entries = parse_pasted(text)
        except CalendarError as exc:
            QMessageBox.warning(self, self.tr("Holiday calendar"), str(exc))
            return
        year = self.year.currentData()
        other = sorted({e.day.year for e in entries if e.day.year != year})
        if other:
            QMessageBox.warning(self, self.tr("Holiday calendar"), self.tr("Dates of %1 are not of the year shown (%2).")
                                .replace("%1", "、".join(map(str, other))).replace("%2", str(year)))
            return
        self._merge(entries)

    def _add_row(self, e: CalendarEntry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(e.day.isoformat()))
        kind = QComboBox()
        for code, name in KIND_NAMES.items():
            kind.addItem(name, code)
        kind.setCurrentIndex(kind.findData(e.kind))
        self.table.setCellWidget(row, 1, kind)
        self.table.setItem(row, 2, QTableWidgetItem(e.name))

    def show_year(self) -> None:
        year = self.year.currentData()
        with self._db.session() as s:
            entries = calendar_store.year_entries(s, year)
            row = next((y for y in calendar_store.years(s) if y.year == year), None)
        if not entries and not (row and row.confirmed) and year >= calendar_store.STATUTORY_FROM:
            # Nothing entered: start from the statutory days off the engine counts with meanwhile.
            entries = calendar_store.statutory_entries(year)
        self.confirmed.setChecked(bool(row and row.confirmed))
        self.table.setRowCount(0)
        for e in entries:
            self._add_row(e)

    def entries(self) -> list[CalendarEntry]:
        out = []
        for row in range(self.table.rowCount()):
            text = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            try:
                day = parse_day(text)
            except CalendarError as exc:
                raise CalendarError(f"第{row + 1}行：{exc}") from None
            name = self.table.item(row, 2).text().strip() if self.table.item(row, 2) else ""
            out.append(CalendarEntry(day, self.table.cellWidget(row, 1).currentData(), name))
        return out

    def save(self) -> bool:
        try:
            entries = self.entries()
            with self._db.transaction() as s:
                calendar_store.save_year(s, self.year.currentData(), entries, self.confirmed.isChecked())
        except CalendarError as exc:
            QMessageBox.warning(self, self.tr("Holiday calendar"), str(exc))
            return False
        except (DBAPIError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Holiday calendar"), describe(exc))
            return False
        return True


class StationsTab(RecordTab):
    """The supply stations: add, edit (name, phone, address: the contact card prints them), merge, retire."""

    errors = (stations.StationError,)

    def __init__(self, db: Database, parent=None):
        super().__init__([self.tr("Station"), self.tr("Code"), self.tr("Phone"), self.tr("Address")], 3, parent)
        self._db = db
        self.title = self.tr("Stations")
        self.name, self.code, self.phone, self.address = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        limit_lengths(Station, {"name": self.name, "phone": self.phone, "address": self.address})
        self.code.setPlaceholderText(self.tr("2–6 capital letters, e.g. CG"))
        self.add_button = QPushButton(self.tr("Add station"))
        self.save_button = QPushButton(self.tr("Save changes to the selected station"))
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.retire_button = QPushButton(self.tr("Retire…"))
        self.record_buttons = [self.save_button, self.merge_button, self.retire_button]
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Code (in case numbers)"), self.code)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Address"), self.address)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.merge_button.clicked.connect(self.merge)
        self.retire_button.clicked.connect(self.retire)
        self.finish([self.add_button, *self.record_buttons])

    def fetch(self) -> list[stations.StationInfo]:
        return stations.list_stations(self._db)

    @staticmethod
    def cells(st: stations.StationInfo) -> tuple[str, ...]:
        return st.name, st.code, st.phone, st.address

    def show_record(self, st: stations.StationInfo) -> None:
        self.name.setText(st.name)
        self.code.setText(st.code)
        self.phone.setText(st.phone)
        self.address.setText(st.address)

    def add(self) -> None:
        if self._run(lambda: stations.add_station(self._db, self.name.text(), self.code.text(), self.phone.text(),
                                                  self.address.text().strip())):
            for edit in (self.name, self.code, self.phone, self.address):
                edit.clear()

    def save(self) -> None:
        st = self.selected()
        if st is None:
            return
        reason = ""
        if self.name.text().strip() != st.name:
            reason = ask_reason(self, self.tr("Rename a station"), self.tr(
                "Rename “%1” to “%2”? Every case, paper and list shows the new name.").replace(
                "%1", st.name).replace("%2", self.name.text().strip()))
            if reason is None:
                return
        self._run(lambda: stations.update_station(self._db, st.id, name=self.name.text(), phone=self.phone.text(),
                                                  address=self.address.text(), reason=reason))

    def merge(self) -> None:
        st = self.selected()
        others = [o for o in self.rows if st is not None and o.id != st.id]
        if st is None or not others:
            return
        names = [o.name for o in others]
        target, ok = QInputDialog.getItem(self, self.tr("Merge a station"), self.tr(
            "Merge “%1” into (its cases, revisits, forms and items move there; “%1” is retired):").replace(
            "%1", st.name), names, 0, False)
        if not ok:
            return
        reason = ask_reason(self, self.tr("Merge a station"), self.tr("Merge “%1” into “%2”?").replace(
            "%1", st.name).replace("%2", target))
        if reason is not None:
            self._run(lambda: stations.merge_station(self._db, st.id, others[names.index(target)].id, reason))

    def retire(self) -> None:
        st = self.selected()
        if st is None:
            return
        reason = ask_reason(self, self.tr("Retire a station"), self.tr(
            "Retire “%1”? It leaves the lists; its old records keep its name.").replace("%1", st.name))
        if reason is not None:
            self._run(lambda: stations.retire_station(self._db, st.id, reason))


class RulesOfWorkTab(QWidget):
    """Assessment amounts, feedback reply limits, the idle time that locks the window, the fee items."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        form = QFormLayout(self)
        self.spins: dict[str, QSpinBox] = {}
        labels = {"amount_late_stage": self.tr("Late stage (yuan each)"),
                  "amount_coordination": self.tr("Coordination failure (yuan)"),
                  "limit_complaint": self.tr("Complaint reply (working days)"),
                  "limit_report": self.tr("Report reply (working days)"),
                  "limit_suggestion": self.tr("Suggestion reply (working days)"),
                  "limit_inquiry": self.tr("Inquiry reply (working days)"),
                  "limit_recheck": self.tr("Re-check call after the reply (working days)"),
                  "pause_reminder_days": self.tr("Remind of a customer pause after (working days)"),
                  "idle_lock_minutes": self.tr("Lock the window after (minutes without use)")}
        with db.session() as s:
            for key in labels:
                spin = QSpinBox()
                spin.setRange(1, 100_000 if key.startswith("amount") else 60)
                spin.setValue(int(get_number(s, key)))
                self.spins[key] = spin
                form.addRow(labels[key], spin)
            self.fees = QPlainTextEdit(fee_lines(fee_items(s)))
        self.fees.setToolTip(self.tr("One item a line: item：standard. Printed on the acceptance notice."))
        self.fees.setMaximumHeight(110)
        form.addRow(self.tr("Fee items and standards"), self.fees)
        self.save_button = QPushButton(self.tr("Save"))
        form.addRow(self.save_button)

    def save(self) -> bool:
        try:
            items = parse_fee_lines(self.fees.toPlainText())
            with self._db.transaction() as s:
                for key, spin in self.spins.items():
                    set_number(s, key, spin.value())
                set_fee_items(s, items)
        except FeeItemsError as exc:
            QMessageBox.warning(self, self.tr("Rules of work"), str(exc))
            return False
        return True


class SettingsDialog(QDialog):
    def __init__(self, db: Database, today: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(1100, 640)
        fit_to_screen(self)
        self.changed = False
        self.rules_tab = RulesTab(db)
        self.calendar_tab = CalendarTab(db, today)
        self.stations_tab = StationsTab(db)
        self.work_tab = RulesOfWorkTab(db)
        self.print_tab = PrintSettingsTab(db)
        from .users_tab import UsersTab
        self.users_tab = UsersTab(db)
        tabs = QTabWidget()
        tabs.addTab(self.rules_tab, self.tr("Time limits"))
        tabs.addTab(self.calendar_tab, self.tr("Holiday calendar"))
        tabs.addTab(self.stations_tab, self.tr("Stations"))
        tabs.addTab(self.work_tab, self.tr("Assessment and feedback"))
        tabs.addTab(self.print_tab, self.tr("Printing"))
        tabs.addTab(self.users_tab, self.tr("Users"))
        from .sync_tab import SyncTab
        self.sync_tab = SyncTab(db)
        tabs.addTab(self.sync_tab, self.tr("Sync"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.rules_tab.save_button.clicked.connect(lambda: self._saved(self.rules_tab.save()))
        self.calendar_tab.save_button.clicked.connect(lambda: self._saved(self.calendar_tab.save()))
        self.work_tab.save_button.clicked.connect(lambda: self._saved_plain(self.work_tab.save()))
        self.print_tab.save_button.clicked.connect(lambda: self._saved_plain(self.print_tab.save()))

    def _saved_plain(self, ok: bool) -> None:
        """Amounts, limits and printing apply from now on: nothing to recompute."""
        if ok:
            QMessageBox.information(self, self.windowTitle(), self.tr("Saved."))

    def _saved(self, ok: bool) -> None:
        if ok:
            self.changed = True
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Saved. The due dates of open cases are recomputed when you close this dialog."))
