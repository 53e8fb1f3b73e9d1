"""A feedback form: register it, then work it step by step (layout: forms/feedback_dialog.ui)."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from ..db import Database
from ..models import Case, FeedbackForm
from ..services import feedback
from ..services.cases import find_case_id
from ..services.feedback import CONFIDENTIAL, KINDS, ORDER, SOURCES, STATUSES, FeedbackError, FeedbackInput
from ..services.stations import StationInfo
from .generated.ui_feedback_dialog import Ui_FeedbackDialog
from .style import format_date, from_qdate, to_qdate
from .reason_dialog import ask_reason
from .limits import limit_lengths
from .screen_fit import fit_to_screen

REPLY_METHODS = ["书面", "电话", "上门"]


class FeedbackDialog(QDialog):
    def __init__(self, db: Database, stations: list[StationInfo], today: date, form_id: str | None = None, *,
                 prefill: FeedbackInput | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_FeedbackDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)
        self._db, self._today, self.form_id = db, today, form_id
        ui = self.ui
        for code, name in KINDS.items():
            ui.kindCombo.addItem(name, code)
        ui.sourceCombo.addItems(SOURCES)
        for st in stations:
            ui.stationCombo.addItem(st.name, st.id)
        ui.replyMethodCombo.addItems(REPLY_METHODS)
        limit_lengths(FeedbackForm, {"customer_name": ui.customerEdit, "reporter_name": ui.reporterNameEdit,
                                     "reporter_phone": ui.reporterPhoneEdit, "reviewer": ui.reviewerEdit})
        limit_lengths(Case, {"case_number": ui.caseNumberEdit})
        for edit in (ui.receivedDate, ui.replyDate):
            edit.setDate(to_qdate(today))
            edit.setMaximumDate(to_qdate(today))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.advanceButton.clicked.connect(self.advance)
        self.print_button = ui.buttonBox.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_form)
        self.correct_button = ui.buttonBox.addButton(self.tr("&Correct registration…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.correct_button.setToolTip(self.tr("Unlock what was registered to correct it; saving asks for the "
                                               "reason, kept in the history"))
        self.correct_button.clicked.connect(self.unlock_intake)
        self.correct_button.setVisible(bool(form_id))
        self.correcting = False
        if form_id:
            self.load()
        else:
            self.setWindowTitle(self.tr("New feedback form"))
            ui.numberLabel.setText(self.tr("New feedback form"))
            ui.handlingGroup.setEnabled(False)
            self.print_button.setEnabled(False)
            if prefill:
                self._prefill(prefill)

    def _prefill(self, p: FeedbackInput) -> None:
        ui = self.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(p.kind))
        ui.sourceCombo.setCurrentText(p.source)
        ui.receivedDate.setDate(to_qdate(p.received_on))
        ui.stationCombo.setCurrentIndex(max(0, ui.stationCombo.findData(p.station_id)))
        ui.customerEdit.setText(p.customer_name)
        ui.contentEdit.setPlainText(p.content)
        self._prefill_case = p.case_id
        self._prefill_revisit = p.revisit_id

    def load(self) -> None:
        d = feedback.get_form(self._db, self.form_id, today=self._today)
        self.detail = d
        ui, r = self.ui, d.row
        self.setWindowTitle(self.tr("Feedback form %1").replace("%1", r.number))
        ui.numberLabel.setText(f"{r.number}　{KINDS[r.kind]}　{r.station}")
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(r.kind))
        ui.sourceCombo.setCurrentText(r.source)
        ui.receivedDate.setDate(to_qdate(r.received_on))
        ui.stationCombo.setCurrentIndex(ui.stationCombo.findData(d.station_id))
        ui.caseNumberEdit.setText(r.case_number)
        ui.customerEdit.setText(r.customer_name)
        ui.reporterNameEdit.setText(d.reporter_name)
        ui.reporterPhoneEdit.setText(d.reporter_phone)
        ui.contentEdit.setPlainText(r.content)
        self.correcting = False
        for w in self._intake_widgets():
            w.setEnabled(False)
        late = self.tr(" (late)") if r.late else ""
        ui.deadlineLabel.setText(format_date(r.deadline) + (self.tr(" (provisional)") if r.provisional else "") + late)
        ui.statusLabel.setText(STATUSES[r.status])
        f = d.fields
        ui.investigationEdit.setPlainText(str(f["investigation"] or ""))
        ui.decisionEdit.setPlainText(str(f["decision"] or ""))
        ui.correctiveEdit.setText(str(f["corrective_action"] or ""))
        if f["reply_on"]:
            ui.replyDate.setDate(to_qdate(f["reply_on"]))
        ui.replyMethodCombo.setCurrentText(str(f["reply_method"] or REPLY_METHODS[0]))
        ui.evaluationEdit.setText(str(f["customer_evaluation"] or ""))
        ui.reinspectionEdit.setText(str(f["reinspection"] or ""))
        ui.reviewerEdit.setText(str(f["reviewer"] or ""))
        ui.stepsText.setPlainText("\n".join(f"{on:%Y-%m-%d}  {STATUSES[st]}  {user}  {note}"
                                            for st, on, user, note in d.steps))
        ui.handlingGroup.setEnabled(r.status != "closed")
        nxt = self.next_status()
        ui.advanceButton.setText(self.tr("Move to: %1").replace("%1", STATUSES[nxt]) if nxt else self.tr("Closed"))
        ui.advanceButton.setEnabled(nxt is not None)

    def _intake_widgets(self) -> list:
        ui = self.ui
        widgets = [ui.kindCombo, ui.sourceCombo, ui.receivedDate, ui.stationCombo, ui.caseNumberEdit, ui.customerEdit,
                   ui.contentEdit]
        detail = getattr(self, "detail", None)
        if detail is None or detail.reporter_name not in CONFIDENTIAL.values():
            widgets += [ui.reporterNameEdit, ui.reporterPhoneEdit]  # a masked identity stays as it is
        return widgets

    def unlock_intake(self) -> None:
        """Make the registered fields editable; 保存 then corrects them, with a reason."""
        self.correcting = True
        for w in self._intake_widgets():
            w.setEnabled(True)
        self.ui.contentEdit.setFocus()

    def _intake(self, case_id: str | None) -> FeedbackInput:
        ui = self.ui
        return FeedbackInput(
            kind=ui.kindCombo.currentData(), source=ui.sourceCombo.currentText(),
            received_on=from_qdate(ui.receivedDate.date()), content=ui.contentEdit.toPlainText(),
            station_id=ui.stationCombo.currentData() or "", case_id=case_id, customer_name=ui.customerEdit.text(),
            reporter_name=ui.reporterNameEdit.text(), reporter_phone=ui.reporterPhoneEdit.text(),
            revisit_id=getattr(self, "_prefill_revisit", None))

    def _case_id(self) -> tuple[bool, str | None]:
        """(found, id) of the case number typed (none typed: the prefilled case, or none)."""
        number = self.ui.caseNumberEdit.text().strip()
        if not number:
            return True, (getattr(self, "_prefill_case", None) if not self.form_id else None)
        case_id = find_case_id(self._db, number)
        if case_id is None:
            self.ui.errorLabel.setText(self.tr("No case has the number %1").replace("%1", number))
        return case_id is not None, case_id

    def _correct_intake(self) -> bool:
        found, case_id = self._case_id()
        if not found:
            return False
        why = ask_reason(self, self.windowTitle(), self.tr("Why is the registration corrected?"))
        if why is None:
            return False
        try:
            feedback.correct_intake(self._db, self.form_id, self._intake(case_id), why, today=self._today)
        except FeedbackError as exc:
            self.ui.errorLabel.setText(str(exc))
            return False
        return True

    def next_status(self) -> str | None:
        status = self.detail.row.status
        return ORDER[ORDER.index(status) + 1] if status != "closed" else None

    def _handling(self) -> dict[str, str]:
        """The handling text on the form now (what 保存 keeps as a draft)."""
        ui = self.ui
        return dict(investigation=ui.investigationEdit.toPlainText().strip(),
                    decision=ui.decisionEdit.toPlainText().strip(), corrective_action=ui.correctiveEdit.text().strip(),
                    reply_method=ui.replyMethodCombo.currentText().strip(),
                    customer_evaluation=ui.evaluationEdit.text().strip(),
                    reinspection=ui.reinspectionEdit.text().strip(), reviewer=ui.reviewerEdit.text().strip())

    def _dirty(self) -> bool:
        """Something typed that 保存 would keep."""
        if not self.form_id:
            ui = self.ui
            return bool(ui.contentEdit.toPlainText().strip() or ui.caseNumberEdit.text().strip()
                        or ui.reporterNameEdit.text().strip())
        if self.detail.row.status == "closed":
            return False
        saved = {name: str(self.detail.fields[name] or "") for name in feedback.DRAFT_FIELDS}
        now = self._handling()
        if not saved["reply_method"]:
            now["reply_method"] = saved["reply_method"]  # the default in the list is not a change
        return now != saved

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Rejected and self._dirty() and QMessageBox.question(
                self, self.windowTitle(), self.tr("Discard the unsaved changes?")) != QMessageBox.StandardButton.Yes:
            return
        super().done(result)

    def save(self) -> None:
        if self.form_id and self.correcting and not self._correct_intake():
            return
        if self.form_id:
            try:
                feedback.save_draft(self._db, self.form_id, **(self._handling() if self._dirty() else {}))
            except FeedbackError as exc:
                self.ui.errorLabel.setText(str(exc))
                return
            self.accept()
            return
        ui = self.ui
        found, case_id = self._case_id()
        if not found:
            return
        try:
            row = feedback.add_form(self._db, self._intake(case_id), today=self._today)
        except FeedbackError as exc:
            ui.errorLabel.setText(str(exc))
            return
        self.form_id = row.id
        ui.errorLabel.clear()
        self.print_button.setEnabled(True)
        self.correct_button.setVisible(True)
        self.load()

    def print_form(self) -> None:
        from ..documents.feedback_form import write_feedback_form
        from ..services.papers import bureau_name
        from .print_preview import preview_written

        preview_written(self, lambda path: write_feedback_form(path, feedback.get_form(
            self._db, self.form_id, today=self._today), bureau_name(self._db)), f"反馈单-{self.detail.row.number}")

    def advance(self) -> None:
        nxt = self.next_status()
        if nxt is None:
            return
        ui = self.ui
        details = dict(investigation=ui.investigationEdit.toPlainText(), decision=ui.decisionEdit.toPlainText(),
                       corrective_action=ui.correctiveEdit.text(), customer_evaluation=ui.evaluationEdit.text(),
                       reinspection=ui.reinspectionEdit.text(), reviewer=ui.reviewerEdit.text())
        on = self._today
        if nxt == "replied":
            details.update(reply_on=from_qdate(ui.replyDate.date()), reply_method=ui.replyMethodCombo.currentText())
            on = details["reply_on"]
        try:
            feedback.advance(self._db, self.form_id, nxt, on, today=self._today, **details)
        except FeedbackError as exc:
            ui.errorLabel.setText(str(exc))
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        ui.errorLabel.clear()
        self.load()
