"""Write a supervision notice (layout: forms/notice_dialog.ui)."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from ..db import Database
from ..models import SupervisionNotice
from ..services import notices
from ..services.cases import find_case_id
from ..services.notices import CATEGORIES, NoticeError, NoticeInput, NoticeRow
from ..services.stations import StationInfo
from .generated.ui_notice_dialog import Ui_NoticeDialog
from .style import from_qdate, to_qdate
from .reason_dialog import ask_reason
from .limits import limit_lengths
from .screen_fit import fit_to_screen


class NoticeDialog(QDialog):
    def __init__(self, db: Database, stations: list[StationInfo], today: date, parent=None, *,
                 existing: NoticeRow | None = None):
        """`existing`: correct an issued notice (the reason is asked on saving, and kept in the history)."""
        super().__init__(parent)
        self.ui = Ui_NoticeDialog()
        self.ui.setupUi(self)
        limit_lengths(SupervisionNotice, {"persons": self.ui.personsEdit})
        fit_to_screen(self)
        self._db, self._today = db, today
        self.notice = None
        ui = self.ui
        ui.categoryCombo.addItems(CATEGORIES)
        for st in stations:
            ui.stationCombo.addItem(st.name, st.id)
        ui.issuedDate.setDate(to_qdate(today))
        ui.issuedDate.setMaximumDate(to_qdate(today))
        self.existing = existing
        if existing is not None:
            self.setWindowTitle(self.tr("Correct notice %1").replace("%1", existing.number))
            ui.categoryCombo.setCurrentText(existing.category)
            ui.stationCombo.setCurrentIndex(max(0, ui.stationCombo.findData(existing.station_id)))
            ui.findingEdit.setPlainText(existing.finding)
            ui.issuedDate.setDate(to_qdate(existing.issued_on))
            ui.caseNumberEdit.setText(existing.case_number)
            ui.personsEdit.setText(existing.persons)
            ui.countSpin.setValue(existing.person_count)
            ui.amountSpin.setValue(existing.amount)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        number = ui.caseNumberEdit.text().strip()
        case_id = find_case_id(self._db, number) if number else None
        if number and case_id is None:
            ui.errorLabel.setText(self.tr("No case has the number %1").replace("%1", number))
            return
        inp = NoticeInput(
            ui.categoryCombo.currentText(), ui.stationCombo.currentData() or "", ui.findingEdit.toPlainText(),
            from_qdate(ui.issuedDate.date()), case_id=case_id, persons=ui.personsEdit.text(),
            person_count=ui.countSpin.value(), amount=ui.amountSpin.value())
        try:
            if self.existing is None:
                self.notice = notices.add_notice(self._db, inp, today=self._today)
            else:
                why = ask_reason(self, self.windowTitle(), self.tr("Why is the notice corrected?"))
                if why is None:
                    return
                self.notice = notices.correct_notice(self._db, self.existing.id, inp, why, today=self._today)
        except NoticeError as exc:
            ui.errorLabel.setText(str(exc))
            return
        self.accept()
