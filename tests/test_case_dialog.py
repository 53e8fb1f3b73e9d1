from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from gui_helpers import type_chinese
from yekuo_desk.services import cases
from yekuo_desk.services.stations import list_stations
from yekuo_desk.views import case_dialog
from yekuo_desk.views.case_dialog import CaseDialog

TODAY = date(2026, 11, 20)


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def answer_date_dialog(monkeypatch, on: date | None, reason: str = ""):
    """Make the next date dialogs answer `on` and `reason`, as if the clerk typed them and pressed OK."""
    def exec_(self):
        if on is None:
            self.cleared = True
        else:
            self.date_edit.setDate(QDate(on.year, on.month, on.day))
        self.reason_edit.setText(reason)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(case_dialog.DateReasonDialog, "exec", exec_)


def save_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def test_register_a_case_through_the_form(qtbot, app, db, station, warnings):
    dialog = CaseDialog(db, list_stations(db), TODAY)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert dialog.windowTitle() == "新建工单" and not ui.stagesGroup.isEnabled()
    type_chinese(ui.customerNameEdit, "王小明")
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findText("居民"))
    qtbot.keyClicks(ui.phoneEdit, "13912345678")
    qtbot.keyClicks(ui.idNumberEdit, "11010519491231002x")
    type_chinese(ui.addressEdit, "澄川县城关镇和平村12号")
    type_chinese(ui.managerEdit, "李娜")
    qtbot.keyClicks(ui.managerPhoneEdit, "13908771234")
    ui.acceptedDate.setDate(QDate(2026, 11, 19))
    with qtbot.waitSignal(dialog.sig_saved):
        save_button(dialog).click()
    assert warnings == []
    assert (dialog.detail.data.manager, dialog.detail.data.manager_phone) == ("李娜", "13908771234")
    assert dialog.detail.case_number == "CG-2026-00001"
    assert dialog.detail.data.id_number == "11010519491231002X"
    assert ui.stagesGroup.isEnabled() and dialog.stages.rowCount() == 7
    assert dialog.stages.index(0, 0).data() == "业务受理"
    assert dialog.stages.index(0, 5).data() == "2026-11-20"
    assert "CG-2026-00001" in ui.titleLabel.text()


def test_the_acceptance_papers_from_the_form(qtbot, app, db, station, monkeypatch):
    """The contact card names the customer manager; the notice lists every stage's limit."""
    from pypdf import PdfReader
    case_id = cases.create_case(db, cases.CaseInput(station_id=station.id, customer_name="王小明", category="resident",
                                                    accepted_on=TODAY, manager="李娜", manager_phone="13908771234"),
                                today=TODAY)
    dialog = CaseDialog(db, list_stations(db), TODAY, case_id)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr("yekuo_desk.views.print_preview.show_preview", lambda parent, path, title: shown.append(
        (title, "".join(p.extract_text() for p in PdfReader(str(path)).pages))))
    assert dialog.papers_button.isEnabled()
    dialog.act_card.trigger()
    dialog.act_notice.trigger()
    (card_title, card), (notice_title, notice) = shown
    assert card_title == "业务联系卡 CG-2026-00001" and "李娜" in card and "13908771234" in card
    assert "现场勘查" in card and "0877-6012345" in card
    assert notice_title == "客户业扩报装办理告知书 CG-2026-00001" and "三不指定" in notice and "个工作日" in notice


def test_bad_fields_are_named_and_marked(qtbot, app, db, station, warnings):
    dialog = CaseDialog(db, list_stations(db), TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.phoneEdit, "12345")
    save_button(dialog).click()
    assert dialog.case_id is None
    assert "户名：不能为空" in dialog.ui.errorLabel.text()
    assert "联系电话：" in dialog.ui.errorLabel.text()
    assert "b00020" in dialog.ui.phoneEdit.styleSheet()
    assert "b00020" in dialog.ui.customerNameEdit.styleSheet()
    assert dialog.ui.idNumberEdit.styleSheet() == ""
    assert warnings and "联系电话" in warnings[0]


def test_the_form_holds_no_more_than_the_register_keeps_and_stores_text_cleaned(qtbot, app, db, station, warnings):
    """Issue 14: a 10,000-character name went in and printing the case crashed; an invisible character made a
    second name that looks the same."""
    dialog = CaseDialog(db, list_stations(db), TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.customerNameEdit.setText("王" * 150)  # pasted
    dialog.ui.addressEdit.setText("路" * 300)
    assert len(dialog.ui.customerNameEdit.text()) == 100 and len(dialog.ui.addressEdit.text()) == 200
    assert dialog.ui.acceptedDate.minimumDate().year() == 2000
    dialog.ui.customerNameEdit.setText("\u200b张三\u00a0")
    dialog.ui.phoneEdit.setText("138 1234 5678")
    save_button(dialog).click()
    assert dialog.case_id is not None, warnings
    saved = cases.get_case(db, dialog.case_id, TODAY).data
    assert (saved.customer_name, saved.phone) == ("张三", "13812345678")


def existing_case(db, station):
    return cases.create_case(db, cases.CaseInput(station_id=station.id, customer_name="张三", category="resident",
                                                 accepted_on=date(2026, 11, 16)), today=TODAY)


def test_record_completion_and_pause_from_the_form(qtbot, app, db, station, warnings, monkeypatch):
    case_id = existing_case(db, station)
    dialog = CaseDialog(db, list_stations(db), TODAY, case_id)
    qtbot.addWidget(dialog)
    dialog.ui.stagesTable.selectRow(0)
    answer_date_dialog(monkeypatch, date(2026, 11, 17))
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.ui.completeButton.click()
    assert dialog.stages.rows[0].completed_on == date(2026, 11, 17)
    assert dialog.stages.index(0, 7).data() == "已完成"
    assert "业务受理 完成日期：— → 2026-11-17" in dialog.ui.historyText.toPlainText()
    # Out of order: the form says why, and nothing is recorded.
    dialog.ui.stagesTable.selectRow(3)  # fees before plan reply
    answer_date_dialog(monkeypatch, date(2026, 11, 18))
    dialog.ui.completeButton.click()
    assert "尚未完成" in warnings[-1] and dialog.stages.rows[3].completed_on is None
    # Pause the plan reply for a customer cause.
    dialog.ui.stagesTable.selectRow(2)
    assert dialog.ui.pauseButton.isEnabled() and not dialog.ui.resumeButton.isEnabled()
    answer_date_dialog(monkeypatch, date(2026, 11, 18), "等待客户补充资料")
    dialog.ui.pauseButton.click()
    assert dialog.stages.rows[2].paused and dialog.stages.index(2, 7).data() == "暂停：等待客户补充资料"
    dialog.ui.stagesTable.selectRow(2)
    assert dialog.ui.resumeButton.isEnabled() and not dialog.ui.completeButton.isEnabled()


def test_changing_a_recorded_date_asks_for_a_reason(qtbot, app, db, station, warnings, monkeypatch):
    case_id = existing_case(db, station)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 17), today=TODAY)
    dialog = CaseDialog(db, list_stations(db), TODAY, case_id)
    qtbot.addWidget(dialog)
    dialog.ui.stagesTable.selectRow(0)
    answer_date_dialog(monkeypatch, date(2026, 11, 16), "按受理单更正")
    dialog.ui.completeButton.click()
    assert dialog.stages.rows[0].completed_on == date(2026, 11, 16)
    assert "按受理单更正" in dialog.ui.historyText.toPlainText()


def test_closing_with_unsaved_changes_asks(qtbot, app, db, station, monkeypatch):
    case_id = existing_case(db, station)
    dialog = CaseDialog(db, list_stations(db), TODAY, case_id)
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.No)
    dialog.show()
    dialog.reject()
    assert asked == [] and not dialog.isVisible()  # nothing changed: it just closes
    dialog.show()
    type_chinese(dialog.ui.contactEdit, "张大")
    dialog.reject()
    assert len(asked) == 1 and dialog.isVisible()  # "No, keep editing"


def test_a_full_disk_is_told_and_nothing_is_lost_from_the_form(qtbot, app, db, station, monkeypatch):
    from sqlalchemy.exc import OperationalError
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))

    def disk_full(*args, **kwargs):
        raise OperationalError("INSERT INTO cases", {}, Exception("database or disk is full"))
    monkeypatch.setattr(case_dialog.cases, "create_case", disk_full)
    dialog = CaseDialog(db, list_stations(db), TODAY)
    qtbot.addWidget(dialog)
    type_chinese(dialog.ui.customerNameEdit, "王小明")
    assert not dialog.save()
    assert shown == ["磁盘空间已满，未能保存。请清理磁盘后重试。"]
    assert dialog.case_id is None and dialog.ui.customerNameEdit.text() == "王小明"  # still there to retry


def test_the_stage_table_is_a_good_qt_model(qtbot, app, db, station, qtmodeltester):
    dialog = CaseDialog(db, list_stations(db), TODAY, existing_case(db, station))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.stages)


def test_power_on_without_a_revisit_asks_for_a_reason(qtbot, app, db, station, warnings, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    case_id = existing_case(db, station)
    for code, on in [("acceptance", 16), ("site_survey", 17), ("plan_reply", 17), ("fees", 18), ("contract", 18)]:
        cases.record_completion(db, case_id, code, date(2026, 11, on), today=TODAY)
    dialog = CaseDialog(db, list_stations(db), TODAY, case_id)
    qtbot.addWidget(dialog)
    dialog.ui.stagesTable.selectRow(5)
    assert dialog.stages.rows[5].code == "connection"
    answer_date_dialog(monkeypatch, date(2026, 11, 19))
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a[2]) or ("", False))
    dialog.ui.completeButton.click()
    assert "回访" in asked[0] and dialog.stages.rows[5].completed_on is None  # cancelled: nothing recorded
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("客户急需用电，已电话联系未接通", True))
    dialog.ui.completeButton.click()
    assert dialog.stages.rows[5].completed_on == date(2026, 11, 19)
    assert "未回访即接电" in dialog.ui.historyText.toPlainText()


def test_a_category_change_shows_its_effects_and_asks_a_reason(qtbot, app, db, inspected, monkeypatch):
    case_id = inspected
    dialog = CaseDialog(db, list_stations(db), TODAY, case_id)
    qtbot.addWidget(dialog)
    asked = []

    def answer(parent, title, intro, lines=()):
        asked.append(list(lines))
        return reason[0]
    monkeypatch.setattr(case_dialog, "ask_reason", answer)
    dialog.ui.categoryCombo.setCurrentIndex(dialog.ui.categoryCombo.findText("居民"))
    reason = [None]  # cancelled: nothing saved
    save_button(dialog).click()
    assert any("竣工检验：不再适用" in line for line in asked[0])
    assert cases.get_case(db, case_id, TODAY).data.category == "lv_nonresident"
    reason[0] = "类别录错，按申请书更正"
    with qtbot.waitSignal(dialog.sig_saved):
        save_button(dialog).click()
    row = next(i for i, r in enumerate(dialog.stages.rows) if r.code == "completion_inspection")
    assert dialog.stages.index(row, 7).data() == "不适用" and dialog.stages.index(row, 6).data() == "2026-11-04"
    dialog.ui.stagesTable.selectRow(row)
    assert not dialog.ui.completeButton.isEnabled()
    # The history, filtered to that stage, then to the case's own data.
    combo = dialog.findChild(type(dialog.history_filter), "historyFilter")
    combo.setCurrentIndex(combo.findText("竣工检验"))
    text = dialog.ui.historyText.toPlainText()
    assert "竣工检验 完成日期" in text and "客户类别" not in text
    combo.setCurrentIndex(combo.findText("工单信息"))
    assert "客户类别：低压非居民 → 居民（类别录错，按申请书更正）" in dialog.ui.historyText.toPlainText()


def test_undo_completion_is_its_own_action_and_dates_stop_at_today(qtbot, app, db, station, monkeypatch):
    case_id = existing_case(db, station)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 17), today=TODAY)
    dialog = CaseDialog(db, list_stations(db), TODAY, case_id)
    qtbot.addWidget(dialog)
    dialog.ui.stagesTable.selectRow(1)
    assert not dialog.undo_button.isEnabled()  # nothing recorded on the survey
    dialog.ui.stagesTable.selectRow(0)
    assert dialog.undo_button.isEnabled()
    monkeypatch.setattr(case_dialog, "ask_reason", lambda *a, **k: "误点完成")
    dialog.undo_button.click()
    assert dialog.stages.rows[0].completed_on is None
    assert "业务受理 完成日期：2026-11-17 → —（误点完成）" in dialog.ui.historyText.toPlainText()
    shown = []

    def look(self):
        shown.append((self.date_edit.maximumDate(), any(b.text() == "清除日期" for b in self.findChildren(
            QDialogButtonBox)[0].buttons())))
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(case_dialog.DateReasonDialog, "exec", look)
    dialog.ui.completeButton.click()
    assert shown == [(QDate(2026, 11, 20), False)]
