"""The case form: register a case, edit its data, and work its stages (layout: forms/case_dialog.ui)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMenu, QMessageBox,
    QPushButton, QWidget,
)

from sqlalchemy.exc import DBAPIError

from ..db import Database
from ..models import Case
from ..services import cases
from ..services.auth import AuthError
from ..services.cases import FIELD_LABELS, CaseDetail, CaseError, CaseInput, StageRow
from ..services.deadlines import S_NOT_APPLICABLE, S_PAUSED, STATUS_NAMES
from ..services.papers import RECEIPT_STAGES
from ..services.stages import BUSINESS_TYPES, CATEGORIES, LEDGERS, VOLTAGES
from ..services.stations import StationInfo
from ..services.validation import EARLIEST_YEAR
from .date_reason_dialog import DateReasonDialog
from .reason_dialog import ask_reason
from .errors import describe
from .generated.ui_case_dialog import Ui_CaseDialog
from .style import STATUS_COLORS, format_date, from_qdate, long_date, to_qdate
from .tables import ListTableModel
from .limits import limit_lengths
from .screen_fit import fit_to_screen

ERROR_STYLE = "border: 1px solid #b00020;"


class StagesModel(ListTableModel):
    rows: list[StageRow]

    def __init__(self, parent=None):
        super().__init__([self.tr("Stage"), self.tr("Customer event"), self.tr("Clock started"),
                          self.tr("Limit (working days)"), self.tr("Paused (working days)"), self.tr("Due"),
                          self.tr("Completed"), self.tr("Status")], parent)

    def display(self, r: StageRow, col: int) -> str:
        if col == 0:
            return r.name
        if col == 1:
            return f"{r.customer_event} {format_date(r.customer_event_on)}".strip() if r.customer_event else ""
        if col == 2:
            return format_date(r.start_on)
        if col == 3:
            if r.status == S_NOT_APPLICABLE:
                return ""
            return self.tr("no limit") if r.limit_days is None else str(r.limit_days)
        if col == 4:
            return str(r.paused_days) if r.paused_days else ""
        if col == 5:
            return format_date(r.due_on) + (self.tr(" (provisional)") if r.provisional else "")
        if col == 6:
            return format_date(r.completed_on)
        status = STATUS_NAMES[r.status]
        if r.status == S_PAUSED:
            return f"{status}：{r.pauses[-1].reason}"
        text = status + (self.tr(" %1 working days").replace("%1", str(r.overdue_days)) if r.overdue_days else "")
        return text + (self.tr(" (paused)") if r.paused else "")

    def decorate(self, r: StageRow, col: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and col == 7 and r.status in STATUS_COLORS:
            return QBrush(QColor(STATUS_COLORS[r.status]))
        if role == Qt.ItemDataRole.ForegroundRole and r.status == S_NOT_APPLICABLE:
            return QBrush(QColor("#808080"))
        if role == Qt.ItemDataRole.ToolTipRole and r.status == S_NOT_APPLICABLE:
            return self.tr("No longer applies to this case's category; the dates recorded while it applied are kept.")
        if role == Qt.ItemDataRole.ToolTipRole and r.pauses:
            lines = [f"{self.tr('Paused')} {p.start_on} → {p.end_on or '…'}：{p.reason}" for p in r.pauses]
            return "\n".join(lines + ([r.pause_note] if r.pause_note else []))
        return None


class CaseDialog(QDialog):
    sig_saved = Signal(str)
    """A case was created or changed (its id)."""

    def __init__(self, db: Database, stations: list[StationInfo], today: date, case_id: str | None = None,
                 parent: QWidget | None = None, *, stage: str = ""):
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)
        self._db, self._today, self.case_id = db, today, case_id
        self.detail: CaseDetail | None = None
        ui = self.ui
        for st in stations:
            ui.stationCombo.addItem(st.name, st.id)
        for code, name in CATEGORIES.items():
            ui.categoryCombo.addItem(name, code)
        for code, name in LEDGERS.items():
            ui.ledgerCombo.addItem(name, code)
        ui.businessTypeCombo.addItems(BUSINESS_TYPES)
        ui.voltageCombo.addItems(VOLTAGES)
        ui.acceptedDate.setDate(to_qdate(today))
        ui.acceptedDate.setMaximumDate(to_qdate(today))
        self.stages = StagesModel(self)
        ui.stagesTable.setModel(self.stages)
        ui.stagesTable.verticalHeader().hide()
        ui.stagesTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.stagesTable.horizontalHeader().setStretchLastSection(True)
        ui.stagesTable.selectionModel().currentRowChanged.connect(self._update_buttons)
        ui.stagesTable.doubleClicked.connect(self.record_completion)
        ui.completeButton.clicked.connect(self.record_completion)
        ui.eventButton.clicked.connect(self.record_customer_event)
        ui.pauseButton.clicked.connect(self.pause)
        ui.resumeButton.clicked.connect(self.resume)
        self.undo_button = QPushButton(self.tr("&Undo completion…"))
        self.undo_button.setToolTip(self.tr("Clear the completion date recorded for this stage (needs a reason, kept "
                                            "in the history)"))
        ui.stageButtons.insertWidget(1, self.undo_button)
        self.undo_button.clicked.connect(self.undo_completion)
        self.pauses_button = QPushButton(self.tr("Correct a pause (&G)…"))
        self.pauses_button.setToolTip(self.tr("Change the dates of a recorded pause or withdraw it (needs a reason, "
                                              "kept in the history)"))
        ui.stageButtons.insertWidget(ui.stageButtons.indexOf(ui.resumeButton) + 1, self.pauses_button)
        self.pauses_button.clicked.connect(self.correct_pause)
        self.print_button = QPushButton(self.tr("Prin&t receipt…"))
        ui.stageButtons.insertWidget(ui.stageButtons.indexOf(self.pauses_button) + 1, self.print_button)
        self.print_button.clicked.connect(self.print_receipt)
        self.papers_button = QPushButton(self.tr("&Acceptance papers"))
        papers = QMenu(self.papers_button)
        self.act_card = papers.addAction(self.tr("Contact card…"), lambda: self.print_acceptance("card"))
        self.act_notice = papers.addAction(self.tr("Acceptance notice…"), lambda: self.print_acceptance("notice"))
        self.act_missing = papers.addAction(self.tr("Missing documents notice…"),
                                            lambda: self.print_acceptance("missing"))
        self.act_quality = papers.addAction(self.tr("Power-quality notice…"),
                                            lambda: self.print_acceptance("power-quality"))
        self.papers_button.setMenu(papers)
        ui.stageButtons.insertWidget(6, self.papers_button)
        self.stage_note = QLabel()  # why a pause did not move a due date
        self.stage_note.setWordWrap(True)
        self.stage_note.setStyleSheet("color: #8a4b00;")
        self.stage_note.hide()
        ui.stagesLayout.insertWidget(1, self.stage_note)
        self.history_filter = QComboBox()
        self.history_filter.setObjectName("historyFilter")
        self.history_filter.currentIndexChanged.connect(self.show_history)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Show:")))
        filter_row.addWidget(self.history_filter)
        filter_row.addStretch(1)
        ui.historyText.parentWidget().layout().insertLayout(0, filter_row)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._field_widgets: dict[str, QWidget] = {
            FIELD_LABELS["station_id"]: ui.stationCombo, FIELD_LABELS["customer_name"]: ui.customerNameEdit,
            FIELD_LABELS["category"]: ui.categoryCombo, FIELD_LABELS["accepted_on"]: ui.acceptedDate,
            FIELD_LABELS["ledger"]: ui.ledgerCombo, FIELD_LABELS["capacity_kva"]: ui.capacitySpin,
            FIELD_LABELS["phone"]: ui.phoneEdit, FIELD_LABELS["id_number"]: ui.idNumberEdit,
            FIELD_LABELS["case_number"]: ui.caseNumberEdit, FIELD_LABELS["manager_phone"]: ui.managerPhoneEdit,
            FIELD_LABELS["missing_documents"]: ui.missingDocumentsEdit, FIELD_LABELS["address"]: ui.addressEdit,
            FIELD_LABELS["contact"]: ui.contactEdit, FIELD_LABELS["manager"]: ui.managerEdit,
            FIELD_LABELS["business_type"]: ui.businessTypeCombo, FIELD_LABELS["voltage"]: ui.voltageCombo,
        }
        limit_lengths(Case, {"case_number": ui.caseNumberEdit, "customer_name": ui.customerNameEdit,
                             "contact": ui.contactEdit, "phone": ui.phoneEdit, "address": ui.addressEdit,
                             "manager": ui.managerEdit, "manager_phone": ui.managerPhoneEdit,
                             "business_type": ui.businessTypeCombo, "voltage": ui.voltageCombo,
                             "missing_documents": ui.missingDocumentsEdit})
        ui.acceptedDate.setMinimumDate(QDate(EARLIEST_YEAR, 1, 1))
        if case_id:
            self.load()
            rows = [i for i, r in enumerate(self.stages.rows) if r.code == stage]
            if rows:
                ui.stagesTable.selectRow(rows[0])
        else:
            self.setWindowTitle(self.tr("New case"))
            ui.titleLabel.setText(self.tr("New case"))
            ui.stagesGroup.setEnabled(False)
            ui.bottomTabs.setTabVisible(1, False)  # no history before the case exists
        self._update_buttons()

    # ---------------------------------------------------------------- reading and writing the form

    def load(self) -> None:
        d = cases.get_case(self._db, self.case_id, self._today)
        self.detail = d
        ui, data = self.ui, d.data
        self.setWindowTitle(self.tr("Case %1").replace("%1", d.case_number))
        ui.titleLabel.setText(f"{d.case_number}　{data.customer_name}　（{d.station_name}）")
        ui.stationCombo.setCurrentIndex(ui.stationCombo.findData(d.station_id))
        ui.stationCombo.setEnabled(False)
        ui.caseNumberEdit.setText(d.case_number)
        ui.caseNumberEdit.setReadOnly(True)
        ui.customerNameEdit.setText(data.customer_name)
        ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(data.category))
        ui.ledgerCombo.setCurrentIndex(ui.ledgerCombo.findData(data.ledger))
        ui.businessTypeCombo.setCurrentText(data.business_type)
        ui.voltageCombo.setCurrentText(data.voltage)
        ui.capacitySpin.setValue(data.capacity_kva or 0)
        ui.contactEdit.setText(data.contact)
        ui.phoneEdit.setText(data.phone)
        ui.idNumberEdit.setText(data.id_number)
        ui.acceptedDate.setDate(to_qdate(data.accepted_on))
        ui.addressEdit.setText(data.address)
        ui.managerEdit.setText(data.manager)
        ui.managerPhoneEdit.setText(data.manager_phone)
        ui.smallBusinessCheck.setChecked(data.small_business)
        ui.importantLoadCheck.setChecked(data.important_load)
        ui.gridWorksCheck.setChecked(data.grid_works)
        ui.nonlinearLoadCheck.setChecked(data.nonlinear_load)
        ui.arrearsCheckedCheck.setChecked(data.arrears_checked)
        ui.missingDocumentsEdit.setText(data.missing_documents)
        self.act_missing.setEnabled(bool(data.missing_documents.strip()))  # the saved list is what prints
        self.act_quality.setEnabled(data.nonlinear_load)
        ui.stagesGroup.setEnabled(True)
        ui.ruleLabel.setText(self.tr("Time limits: %1").replace("%1", d.rule_set_name)
                             + (f"　｜　{d.target.label}" if d.target else ""))
        ui.ruleLabel.setStyleSheet("" if d.target is None or d.target.met else "color: #b00020;")
        row = ui.stagesTable.currentIndex().row()
        self.stages.set_rows(d.stages)
        current = next((i for i, s in enumerate(d.stages) if s.code == d.current_stage), 0)
        ui.stagesTable.selectRow(row if row >= 0 else current)
        notes = [f"{st.name}：{st.pause_note}" for st in d.stages if st.pause_note]
        self.stage_note.setText("\n".join(notes))
        self.stage_note.setVisible(bool(notes))
        ui.bottomTabs.setTabVisible(1, True)
        self._fill_history_filter(d)
        self.show_history()
        self._update_buttons()

    def _fill_history_filter(self, d: CaseDetail) -> None:
        combo = self.history_filter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        combo.addItem(self.tr("Case data"), "")
        for st in d.stages:
            combo.addItem(st.name, st.code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    def show_history(self, *_args) -> None:
        """The history, in local time with Chinese names, of one stage (or of the case's own fields) or all."""
        chosen = self.history_filter.currentData()
        lines = self.detail.timeline if self.detail else []
        self.ui.historyText.setPlainText("\n".join(
            h.text() for h in lines if chosen is None or h.stage == chosen))

    def form_input(self) -> CaseInput:
        """The form's values as they will be stored (cases.normalized: text cleaned, numbers in capitals)."""
        ui = self.ui
        return cases.normalized(CaseInput(
            station_id=ui.stationCombo.currentData() or "", customer_name=ui.customerNameEdit.text().strip(),
            category=ui.categoryCombo.currentData(), accepted_on=from_qdate(ui.acceptedDate.date()),
            small_business=ui.smallBusinessCheck.isChecked(), important_load=ui.importantLoadCheck.isChecked(),
            grid_works=ui.gridWorksCheck.isChecked(), ledger=ui.ledgerCombo.currentData(),
            business_type=ui.businessTypeCombo.currentText().strip(), voltage=ui.voltageCombo.currentText().strip(),
            capacity_kva=ui.capacitySpin.value() or None, address=ui.addressEdit.text().strip(),
            contact=ui.contactEdit.text().strip(), phone=ui.phoneEdit.text().strip(),
            id_number=ui.idNumberEdit.text().strip().upper(), manager=ui.managerEdit.text().strip(),
            manager_phone=ui.managerPhoneEdit.text().strip(), case_number=ui.caseNumberEdit.text().strip(),
            nonlinear_load=ui.nonlinearLoadCheck.isChecked(), arrears_checked=ui.arrearsCheckedCheck.isChecked(),
            missing_documents=ui.missingDocumentsEdit.text().strip()))

    def show_errors(self, error: CaseError | None) -> None:
        for widget in self._field_widgets.values():
            widget.setStyleSheet("")
        if error is None:
            self.ui.errorLabel.clear()
            return
        self.ui.errorLabel.setText("\n".join(str(e) for e in error.errors))
        for e in error.errors:
            widget = self._field_widgets.get(e.field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)

    def _attempt(self, action) -> bool:
        try:
            action()
        except CaseError as exc:
            self.show_errors(exc)
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        except (DBAPIError, OSError, AuthError) as exc:
            QMessageBox.critical(self, self.windowTitle(), describe(exc))
            return False
        self.show_errors(None)
        if self.case_id:
            self.load()
            self.sig_saved.emit(self.case_id)
        return True

    def save(self) -> bool:
        inp = self.form_input()
        if self.case_id is None:
            def create() -> None:
                self.case_id = cases.create_case(self._db, inp, today=self._today)
            return self._attempt(create)
        reason = ""
        try:
            change = cases.preview_update(self._db, self.case_id, inp, today=self._today)
        except CaseError as exc:
            self.show_errors(exc)
            return False
        if change.needs_reason:
            reason = ask_reason(self, self.tr("Change a registered case"), self.tr(
                "This change affects the case's time limits. Check what it will do before saving:"), change.lines())
            if reason is None:
                return False
        base = self.detail.data if self.detail else None

        def update() -> None:
            try:
                cases.update_case(self._db, self.case_id, inp, reason=reason, today=self._today, base=base)
            except cases.CaseConflict as conflict:
                mine = self._choose(conflict)
                if mine is None:
                    raise
                # Mine: the form's values win on those fields; theirs: the other writer's values are kept.
                values = {name: theirs for name, _, theirs, _ in conflict.conflicts}
                cases.update_case(self._db, self.case_id, inp if mine else replace(inp, **values), reason=reason,
                                  today=self._today, base=replace(base, **values))
        return self._attempt(update)

    def _choose(self, conflict) -> bool | None:
        """Another PC or window saved this case meanwhile and changed what this user changed too: show both
        values; True keeps this user's, False the other's, None cancels."""
        lines = "\n".join(self.tr("%1: saved meanwhile as “%2”, yours “%3”").replace("%1", label)
                          .replace("%2", str(theirs)).replace("%3", str(yours))
                          for _, label, theirs, yours in conflict.conflicts)
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr(
            "This case was changed by someone else after you opened it:") + "\n" + lines, parent=self)
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(self.tr("Take theirs"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return True if box.clickedButton() is keep else False if box.clickedButton() is theirs else None

    # ---------------------------------------------------------------- stage actions

    def current_stage(self) -> StageRow | None:
        row = self.ui.stagesTable.currentIndex().row()
        return self.stages.rows[row] if 0 <= row < len(self.stages.rows) else None

    def _update_buttons(self, *_args) -> None:
        st = self.current_stage()
        if st is not None and st.status == S_NOT_APPLICABLE:
            st = None  # kept for its dates only: nothing to record on it
        ui = self.ui
        ui.completeButton.setEnabled(st is not None and not st.paused)
        ui.eventButton.setEnabled(st is not None and bool(st.customer_event))
        ui.pauseButton.setEnabled(st is not None and st.completed_on is None and not st.paused
                                  and st.start_on is not None)
        ui.resumeButton.setEnabled(st is not None and st.paused)
        if hasattr(self, "print_button"):
            self.print_button.setEnabled(st is not None and st.completed_on is not None
                                         and st.code in RECEIPT_STAGES)
            self.undo_button.setEnabled(st is not None and st.completed_on is not None)
            self.pauses_button.setEnabled(st is not None and bool(st.pauses))

    def undo_completion(self) -> None:
        """Clear a stage's recorded completion (a mistaken entry), with a reason kept in the history."""
        st = self.current_stage()
        if st is None or st.completed_on is None or st.status == S_NOT_APPLICABLE:
            return
        reason = ask_reason(self, self.tr("%1: undo completion").replace("%1", st.name), self.tr(
            "The completion on %1 will be cleared and the stage's clock runs again.").replace(
            "%1", long_date(st.completed_on)))
        if reason is not None:
            self._attempt(lambda: cases.record_completion(self._db, self.case_id, st.code, None, reason=reason,
                                                          today=self._today))

    def _ask_date(self, title: str, label: str, existing: date | None, **kwargs) -> DateReasonDialog | None:
        note = ""
        if existing is not None:
            note = self.tr("Recorded as %1. A change needs a reason and is kept in the history.").replace(
                "%1", long_date(existing))
        dialog = DateReasonDialog(title, label, existing or self._today, note=note,
                                  reason_label=self.tr("Reason") if existing or kwargs.get("reason_required")
                                  else "", reason_required=existing is not None or kwargs.get("reason_required", False),
                                  allow_clear=existing is not None and kwargs.get("allow_clear", True),
                                  latest=self._today, parent=self)
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None

    def record_completion(self, *_args) -> None:
        st = self.current_stage()
        if st is None or st.paused or st.status == S_NOT_APPLICABLE:
            return
        d = self._ask_date(self.tr("%1: completed").replace("%1", st.name), self.tr("Completed on"),
                           st.completed_on, allow_clear=False)  # clearing it is 撤销完成, its own action
        if d is None:
            return

        def record() -> None:
            try:
                cases.record_completion(self._db, self.case_id, st.code, d.value, reason=d.reason, today=self._today)
            except cases.RevisitRequired:
                # No key stage revisited on or before this power-on date (seed 000 art. 6(2)): only with a reason.
                why, ok = QInputDialog.getText(
                    self, self.tr("Power-on without a revisit"),
                    self.tr("No key stage of this case has been revisited on or before this power-on date; a "
                            "revisit is due before power-on.\nRecord the connection anyway? Give the reason:"))
                if not ok or not why.strip():
                    raise  # not recorded: the form says why
                cases.record_completion(self._db, self.case_id, st.code, d.value, reason=d.reason,
                                        without_revisit=why, today=self._today)
        self._attempt(record)

    def record_customer_event(self) -> None:
        st = self.current_stage()
        if st is None or not st.customer_event:
            return
        d = self._ask_date(st.customer_event, self.tr("Date"), st.customer_event_on)
        if d is not None:
            self._attempt(lambda: cases.set_customer_event(self._db, self.case_id, st.code, d.value,
                                                           reason=d.reason, today=self._today))

    def pause(self) -> None:
        st = self.current_stage()
        if st is None:
            return
        d = DateReasonDialog(self.tr("%1: pause the clock").replace("%1", st.name), self.tr("Paused from"),
                             self._today, reason_label=self.tr("Customer cause"), reason_required=True,
                             latest=self._today, note=self.tr("The clock stops for a wait caused by the customer; the paused "
                                          "working days move the due date."), parent=self)
        if d.exec() == QDialog.DialogCode.Accepted:
            self._attempt(lambda: cases.pause_stage(self._db, self.case_id, st.code, d.value, d.reason,
                                                    today=self._today))

    def resume(self) -> None:
        st = self.current_stage()
        if st is None:
            return
        d = DateReasonDialog(self.tr("%1: resume the clock").replace("%1", st.name), self.tr("Resumed on"),
                             self._today, latest=self._today, parent=self)
        if d.exec() == QDialog.DialogCode.Accepted:
            self._attempt(lambda: cases.resume_stage(self._db, self.case_id, st.code, d.value, today=self._today))

    def correct_pause(self) -> None:
        from .pause_dialog import PauseDialog

        st = self.current_stage()
        if st is None or not st.pauses:
            return
        d = PauseDialog(self.tr("%1: correct a pause").replace("%1", st.name),
                        cases.stage_pauses(self._db, self.case_id, st.code), self._today, self)
        if d.exec() != QDialog.DialogCode.Accepted:
            return
        pause_id = d.chosen.id
        if d.action == "withdraw":
            self._attempt(lambda: cases.withdraw_pause(self._db, pause_id, d.reason, today=self._today))
        else:
            self._attempt(lambda: cases.correct_pause(self._db, pause_id, d.start_on, d.end_on, d.reason,
                                                      today=self._today))

    def receipt_pdf(self, stage: str) -> Path:
        """Write the receipt of a completed stage to a temporary PDF (what the preview shows and prints)."""
        from ..documents.receipt import write_receipt
        from ..services.papers import receipt_data
        from ..services.print_settings import paper_size
        from .print_preview import temp_pdf

        return write_receipt(temp_pdf(f"回执-{self.detail.case_number}-{stage}"),
                             receipt_data(self._db, self.case_id, stage, self._today), paper_size(self._db))

    def acceptance_pdf(self, kind: str) -> Path:
        """An acceptance paper of this case (documents.acceptance.ACCEPTANCE_PAPERS), as a temporary PDF."""
        from ..documents.acceptance import ACCEPTANCE_PAPERS
        from ..services.papers import acceptance_data
        from ..services.print_settings import paper_size
        from .print_preview import temp_pdf

        name, write = ACCEPTANCE_PAPERS[kind]
        data = acceptance_data(self._db, self.case_id, self._today)
        return write(temp_pdf(f"{name}-{self.detail.case_number}"), data,
                     paper_size(self._db) if kind == "card" else "A4")  # the others are a full page of text

    def print_receipt(self) -> None:
        st = self.current_stage()
        if st is None or st.completed_on is None:
            return
        self._preview(lambda: self.receipt_pdf(st.code), self.tr("Receipt %1"))

    def print_acceptance(self, kind: str) -> None:
        from ..documents.acceptance import ACCEPTANCE_PAPERS

        if self.case_id is None:
            return
        self._preview(lambda: self.acceptance_pdf(kind), f"{ACCEPTANCE_PAPERS[kind][0]} %1")

    def _preview(self, write, title: str) -> None:
        """Write a short paper of this case (milliseconds) and preview it; a failure is explained."""
        from ..documents.fonts import take_missing
        from ..services.papers import PaperError
        from .print_preview import failure_text, show_preview

        take_missing()  # what this paper lacks is shown with its preview
        try:
            path = write()
        except (PaperError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), failure_text(exc))
            return
        show_preview(self, path, title.replace("%1", self.detail.case_number))

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Rejected and self._dirty() and QMessageBox.question(
                self, self.windowTitle(), self.tr("Discard the unsaved changes?")) != QMessageBox.StandardButton.Yes:
            return
        super().done(result)

    def _dirty(self) -> bool:
        if self.detail is None:
            return bool(self.ui.customerNameEdit.text().strip()) and self.case_id is None
        saved = self.detail.data
        return self.form_input() != replace(saved, case_number=self.detail.case_number)
