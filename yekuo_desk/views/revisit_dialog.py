"""Record a revisit (layout: forms/revisit_dialog.ui); optionally raise a feedback form from it."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from ..db import Database
from ..models import Revisit
from ..models.revisit import NOT_ASKED
from ..services import cases, revisits
from ..services.revisits import ANSWERS, CHECKLIST, METHODS, SATISFACTION, RevisitError, RevisitInput
from ..services.stages import stage_name
from .generated.ui_revisit_dialog import Ui_RevisitDialog
from .style import from_qdate, to_qdate
from .reason_dialog import ask_reason
from .limits import limit_lengths
from .screen_fit import fit_to_screen

COMBOS = {"signed_in_person": "signedInPersonCombo", "capacity_matches": "capacityMatchesCombo",
          "dates_match": "datesMatchCombo", "invoice_ok": "invoiceOkCombo", "attitude_ok": "attitudeOkCombo",
          "no_favours": "noFavoursCombo", "no_designation": "noDesignationCombo"}


class RevisitDialog(QDialog):
    def __init__(self, db: Database, case_id: str, today: date, *, stage: str = "", plan_item_id: str | None = None,
                 caller: str = "", revisit_id: str | None = None, parent=None):
        """`revisit_id`: open a recorded revisit; a change to it is a correction, saved with a reason."""
        super().__init__(parent)
        self.ui = Ui_RevisitDialog()
        self.ui.setupUi(self)
        limit_lengths(Revisit, {"caller": self.ui.callerEdit, "respondent": self.ui.respondentEdit})
        fit_to_screen(self)
        self._db, self._today, self.case_id, self._plan_item_id = db, today, case_id, plan_item_id
        self.revisit_id: str | None = None
        detail = cases.get_case(db, case_id, today)
        self.detail = detail
        ui = self.ui
        ui.caseLabel.setText(f"{detail.case_number}　{detail.data.customer_name}　{detail.data.phone}")
        for row in detail.stages:
            if row.code in revisits.KEY_STAGES and row.status != "not_applicable":
                ui.stageCombo.addItem(row.name, row.code)
        if not stage:  # the latest key stage done (a call before power-on asks about it), else acceptance
            done = [row.code for row in detail.stages if row.code in revisits.KEY_STAGES and row.completed_on
                    and row.code != "connection"]
            stage = done[-1] if done else "acceptance"
        ui.stageCombo.setCurrentIndex(max(0, ui.stageCombo.findData(stage)))
        ui.dateEdit.setDate(to_qdate(today))
        ui.dateEdit.setMaximumDate(to_qdate(today))
        for code, name in METHODS.items():
            ui.methodCombo.addItem(name, code)
        for code, name in SATISFACTION.items():
            ui.satisfactionCombo.addItem(name, code)
        for name in COMBOS.values():
            combo = getattr(ui, name)
            for code, label in ANSWERS.items():
                combo.addItem(label, code)
            combo.setCurrentIndex(combo.findData(NOT_ASKED))
        ui.callerEdit.setText(caller)
        ui.respondentEdit.setText(detail.data.contact or detail.data.customer_name)
        self.original: RevisitInput | None = None
        if revisit_id:
            self.revisit_id = revisit_id
            self.original = revisits.get_revisit_input(db, revisit_id)
            self._plan_item_id = self.original.plan_item_id
            self._fill(self.original)
            self.setWindowTitle(self.tr("Revisit of %1").replace("%1", detail.case_number))
            ui.raiseFeedbackCheck.hide()
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def _fill(self, r: RevisitInput) -> None:
        ui = self.ui
        ui.stageCombo.setCurrentIndex(max(0, ui.stageCombo.findData(r.stage)))
        ui.dateEdit.setDate(to_qdate(r.revisit_on))
        ui.methodCombo.setCurrentIndex(ui.methodCombo.findData(r.method))
        ui.satisfactionCombo.setCurrentIndex(ui.satisfactionCombo.findData(r.satisfaction))
        for field, name in COMBOS.items():
            combo = getattr(ui, name)
            combo.setCurrentIndex(combo.findData(r.checklist.get(field, NOT_ASKED)))
        ui.callerEdit.setText(r.caller)
        ui.respondentEdit.setText(r.respondent)
        ui.wordsEdit.setPlainText(r.customer_words)

    def form_input(self) -> RevisitInput:
        ui = self.ui
        return RevisitInput(
            case_id=self.case_id, stage=ui.stageCombo.currentData() or "", revisit_on=from_qdate(ui.dateEdit.date()),
            method=ui.methodCombo.currentData(), caller=ui.callerEdit.text(), satisfaction=ui.satisfactionCombo.currentData(),
            respondent=ui.respondentEdit.text(), customer_words=ui.wordsEdit.toPlainText().strip(),
            checklist={field: getattr(ui, name).currentData() for field, name in COMBOS.items()},
            plan_item_id=self._plan_item_id)

    def save(self) -> None:
        inp = self.form_input()
        try:
            if self.original is None:
                self.revisit_id = revisits.record_revisit(self._db, inp, today=self._today)
            elif inp != self.original:
                why = ask_reason(self, self.windowTitle(), self.tr("Why is the revisit record corrected?"))
                if why is None:
                    return
                revisits.correct_revisit(self._db, self.revisit_id, inp, why, today=self._today)
        except RevisitError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.accept()

    @property
    def raise_feedback(self) -> bool:
        return self.ui.raiseFeedbackCheck.isChecked()

    def summary(self) -> str:
        """What the feedback form it raises starts from."""
        inp = self.form_input()
        problems = [CHECKLIST[f][1] for f, answer in inp.checklist.items() if answer == "no"]
        parts = [f"回访（{stage_name(inp.stage)}，{SATISFACTION[inp.satisfaction]}）"]
        if problems:
            parts.append("问题：" + "、".join(problems))
        if inp.customer_words:
            parts.append("客户反映：" + inp.customer_words)
        return "；".join(parts)


def revisit_case(parent, db: Database, case_id: str, today: date, *, stage: str = "") -> bool:
    """Record a revisit of a case and, when the clerk ticks it, raise a feedback form from it (the revisit
    plan and the due panel both work this way). True when a revisit was recorded."""
    from ..services.feedback import FeedbackInput
    from ..services.stations import list_units
    from .feedback_dialog import FeedbackDialog

    dialog = RevisitDialog(db, case_id, today, stage=stage, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.raise_feedback:
        FeedbackDialog(db, list_units(db), today, prefill=FeedbackInput(
            kind="complaint", source="回访", received_on=today, content=dialog.summary(),
            station_id=dialog.detail.station_id, case_id=case_id, customer_name=dialog.detail.data.customer_name,
            revisit_id=dialog.revisit_id), parent=parent).exec()
    return True
