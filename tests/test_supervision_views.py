from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QMessageBox

from gui_helpers import settle, type_chinese
from yekuo_desk.models.revisit import NO
from yekuo_desk.services import assessment, cases, feedback, notices, revisits
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.stations import list_stations
from yekuo_desk.views.assessment_view import AssessmentView
from yekuo_desk.views.feedback_dialog import FeedbackDialog
from yekuo_desk.views.feedback_view import FeedbackView
from yekuo_desk.views.notice_dialog import NoticeDialog
from yekuo_desk.views.notice_view import NoticeView
from yekuo_desk.views.revisit_dialog import COMBOS, RevisitDialog
from yekuo_desk.views.revisit_views import RevisitPlanView, RevisitsView

TODAY = date(2026, 11, 20)


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(a[2]))
    return shown


def shown(view):
    """What showing its tab does in the main window: read the data."""
    view.refresh()
    settle(view)
    return view


def a_case(db, station, name="张三", accepted=date(2026, 10, 12)):
    return cases.create_case(db, CaseInput(station_id=station.id, customer_name=name, category="resident",
                                           accepted_on=accepted, phone="13812345678"), today=TODAY)


def test_models_are_good_qt_models(qtbot, app, demo_db, qtmodeltester):
    for view in (RevisitPlanView(demo_db, list_stations(demo_db), TODAY), RevisitsView(demo_db, TODAY),
                 FeedbackView(demo_db, TODAY), NoticeView(demo_db, TODAY)):
        qtbot.addWidget(view)
        assert view.model.rowCount() == 0  # nothing is read until the tab is shown
        shown(view)
        assert view.model.rowCount() > 0
        qtmodeltester.check(view.model)


def test_plan_a_month_add_a_case_and_issue(qtbot, app, db, station, boxes, monkeypatch):
    first = a_case(db, station)
    later = a_case(db, station, "李四", accepted=date(2026, 11, 18))  # accepted this month: not proposed
    view = shown(RevisitPlanView(db, list_stations(db), TODAY))
    qtbot.addWidget(view)
    view.month.setDate(QDate(2026, 11, 1))
    settle(view)
    assert [r.case_id for r in view.model.rows] == [first]
    assert "尚未下达" in view.state.text()
    from yekuo_desk.views import case_picker
    typed = []

    def pick(dialog):  # the clerk types two characters of the name and takes the first case found
        dialog.search.setText("李四"[:2])
        dialog.accept()
        typed.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        return dialog.result()
    monkeypatch.setattr(case_picker.CasePickerDialog, "exec", pick)
    view.add_case()
    assert len(typed[0]) == 1 and cases.get_case(db, later, TODAY).case_number in typed[0][0]
    assert [r.customer_name for r in view.model.rows] == ["张三", "李四"]
    # Only the case's own key stages are offered (a resident case has no design review).
    offered = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: offered.append(a[3]) or (a[3][-1], True))
    view.table.selectRow(1)
    view.change_stage()
    assert "设计审核" not in offered[0] and "业务受理" in offered[0] and view.model.rows[1].stage == "connection"
    view.issue()  # saves the adjusted plan first
    settle(view)
    info = revisits.plan_info(db, "2026-11", station.id)
    assert [r.customer_name for r in info.rows] == ["张三", "李四"] and info.issued_on == TODAY
    assert info.late and "逾期下达" in view.state.text() and boxes and "标记为逾期下达" in boxes[-1]


def test_record_a_revisit_from_the_plan_and_raise_a_feedback_form(qtbot, app, db, station, monkeypatch):
    a_case(db, station)
    view = shown(RevisitPlanView(db, list_stations(db), TODAY))
    qtbot.addWidget(view)
    raised = []

    def fill_and_save(dialog):
        dialog.ui.callerEdit.setText("李稽查")
        dialog.ui.satisfactionCombo.setCurrentIndex(dialog.ui.satisfactionCombo.findData("unsatisfied"))
        dialog.ui.noFavoursCombo.setCurrentIndex(dialog.ui.noFavoursCombo.findData(NO))
        type_chinese(dialog.ui.wordsEdit, "施工人员要求吃饭")
        dialog.ui.raiseFeedbackCheck.setChecked(True)
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(RevisitDialog, "exec", fill_and_save)
    monkeypatch.setattr(FeedbackDialog, "exec", lambda d: raised.append(d.ui.contentEdit.toPlainText()) or 0)
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.buttons["record"].click()
    settle(view)
    rows = revisits.revisits_in(db, "2026-11")
    assert len(rows) == 1 and rows[0].problems == ["吃拿卡要"] and rows[0].satisfaction == "unsatisfied"
    assert view.model.rows[0].done and "已回访 1" in view.state.text()
    assert "吃拿卡要" in raised[0] and "施工人员要求吃饭" in raised[0]


def test_the_revisit_dialog_shows_what_is_wrong(qtbot, app, db, station):
    dialog = RevisitDialog(db, a_case(db, station), TODAY)
    qtbot.addWidget(dialog)
    assert dialog.ui.stageCombo.count() == 4  # the resident's key stages: acceptance, survey, plan reply, connection
    assert len(COMBOS) == 7 and dialog.ui.noDesignationCombo.currentText() == "未问"
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and "回访人：不能为空" in dialog.ui.errorLabel.text()


def test_a_feedback_form_through_its_steps(qtbot, app, db, station, boxes):
    dialog = FeedbackDialog(db, list_stations(db), TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.receivedDate.setDate(QDate(2026, 11, 16))
    type_chinese(dialog.ui.contentEdit, "装表后三天未通电")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.form_id and dialog.ui.deadlineLabel.text() == "2026-11-23"
    assert dialog.ui.statusLabel.text() == "待办" and dialog.ui.advanceButton.text() == "转为：办理中"
    dialog.ui.advanceButton.click()
    assert dialog.ui.statusLabel.text() == "办理中"
    dialog.ui.advanceButton.click()  # reply without the handling filled in
    assert "请先填写：调查情况、处理意见" in dialog.ui.errorLabel.text() and boxes
    type_chinese(dialog.ui.investigationEdit, "表计故障")
    type_chinese(dialog.ui.decisionEdit, "更换表计")
    dialog.ui.advanceButton.click()
    assert dialog.ui.statusLabel.text() == "已答复"
    assert "已答复" in dialog.ui.stepsText.toPlainText()


def test_the_feedback_list_flags_late_forms(qtbot, app, db, station):
    feedback.add_form(db, feedback.FeedbackInput("complaint", "95598", date(2026, 11, 2), "x",
                                                 station_id=station.id), today=TODAY)
    view = shown(FeedbackView(db, TODAY))
    qtbot.addWidget(view)
    assert view.model.index(0, 7).data() == "2026-11-09（超期）"
    assert "1 份已过答复期限" in view.summary.text()


def test_write_a_supervision_notice(qtbot, app, db, station):
    dialog = NoticeDialog(db, list_stations(db), TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.amountSpin.setValue(200)
    type_chinese(dialog.ui.findingEdit, "装表日期与系统不符")
    dialog.save()
    assert "被考核人员" in dialog.ui.errorLabel.text()
    type_chinese(dialog.ui.personsEdit, "李某、王某")
    dialog.save()
    assert dialog.notice and dialog.notice.person_count == 2
    view = shown(NoticeView(db, TODAY))
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1 and "考核 2 人次，200 元" in view.summary.text()


def test_the_assessment_screen(qtbot, app, db, station, boxes, monkeypatch, tmp_path):
    a_case(db, station, accepted=date(2026, 11, 2))  # acceptance and plan reply overdue in November
    notices.add_notice(db, notices.NoticeInput("三不指定", station.id, "推荐施工队", date(2026, 11, 5), persons="赵某",
                                               amount=100), today=TODAY)
    view = shown(AssessmentView(db, TODAY))
    qtbot.addWidget(view)
    unit = view.model.item(0, 0)
    assert unit.text() == "城关供电所" and unit.rowCount() == 3 and view.model.item(0, 2).text() == "300"
    assert "全局合计：300 元" in view.total.text()
    view.tree.setCurrentIndex(view.model.index(0, 0, unit.index()))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("客户资料不全，书面确认", True))
    view.mark_customer_cause()
    settle(view)
    # The stage stays listed, at 0 yuan, saying why: so the mark can be seen and withdrawn.
    unit = view.model.item(0, 0)
    cause_rows = [r for r in range(unit.rowCount()) if "客户原因不考核" in unit.child(r, 1).text()]
    assert len(cause_rows) == 1 and unit.child(cause_rows[0], 2).text() == "0" and "200" in view.total.text()
    path = tmp_path / "sheet.xlsx"
    from yekuo_desk.documents.assessment_export import write_assessment
    write_assessment(path, view.sheet)
    ws = load_workbook(path).active
    assert ws["A1"].value == "责任单位" and ws.cell(ws.max_row, 1).value == "全局合计"
    assert ws.cell(ws.max_row, 5).value == assessment.build_sheet(db, "2026-11", today=TODAY).total == 200
    # Withdrawn with a reason from the sheet: the 100 yuan is back.
    from yekuo_desk.views import assessment_view
    monkeypatch.setattr(assessment_view, "ask_reason", lambda *a, **k: "核实为本所原因")
    view.tree.setCurrentIndex(view.model.index(cause_rows[0], 0, unit.index()))
    view.withdraw_item()
    settle(view)
    assert "300" in view.total.text()


def test_notices_and_revisits_are_corrected_and_withdrawn_on_screen(qtbot, app, db, inspected, monkeypatch):
    from yekuo_desk.services import revisits
    from yekuo_desk.services.revisits import RevisitInput
    from yekuo_desk.views import notice_dialog, notice_view, revisit_dialog

    station_id = cases.get_case(db, inspected, TODAY).station_id
    notices.add_notice(db, notices.NoticeInput("三不指定", station_id, "推荐施工队", date(2026, 11, 5),
                                               persons="赵某", amount=100), today=TODAY)
    view = shown(NoticeView(db, TODAY))
    qtbot.addWidget(view)
    view.table.selectRow(0)
    reasons = iter(["按复核结果更正金额"])
    monkeypatch.setattr(notice_dialog, "ask_reason", lambda *a, **k: next(reasons))

    def correct_amount(self):
        self.ui.amountSpin.setValue(50)
        self.save()
        return self.result()
    monkeypatch.setattr(notice_dialog.NoticeDialog, "exec", correct_amount)
    view.correct_notice()
    settle(view)
    assert view.model.rows[0].amount == 50
    monkeypatch.setattr(notice_view, "ask_reason", lambda *a, **k: "复核后不成立")
    view.table.selectRow(0)
    view.withdraw_notice()
    settle(view)
    assert view.model.rows == []

    revisits.record_revisit(db, RevisitInput(inspected, "completion_inspection", date(2026, 11, 5), "phone", "李娜",
                                             "satisfied", customer_words="装表" * 60), today=TODAY)
    rv = shown(RevisitsView(db, TODAY))
    qtbot.addWidget(rv)
    assert rv.model.index(0, 9).data(Qt.ItemDataRole.ToolTipRole) == "装表" * 60  # the whole long text
    monkeypatch.setattr(revisit_dialog, "ask_reason", lambda *a, **k: "按录音更正")

    def correct_satisfaction(self):
        self.ui.satisfactionCombo.setCurrentIndex(self.ui.satisfactionCombo.findData("basic"))
        self.save()
        return self.result()
    monkeypatch.setattr(revisit_dialog.RevisitDialog, "exec", correct_satisfaction)
    rv.table.doubleClicked.emit(rv.model.index(0, 3))  # opens the record itself
    settle(rv)
    assert rv.model.rows[0].satisfaction == "basic"
    from yekuo_desk.views import reason_dialog
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a, **k: "误录")
    rv.table.selectRow(0)
    rv.withdraw()
    settle(rv)
    assert rv.model.rows == []


def test_the_add_item_dialog_keeps_what_was_typed_until_it_is_valid(qtbot, app, db, station, monkeypatch):
    from yekuo_desk.views import assessment_view

    view = shown(AssessmentView(db, TODAY))
    qtbot.addWidget(view)
    seen = []

    def fill(self):
        self.kind.setCurrentIndex(self.kind.findData("other"))
        self.description.setText("未按规定张贴收费标准")
        self.accept()  # no amount for an "other" item: refused, still open, the text kept
        seen.append((self.result(), self.error.text(), self.description.text()))
        self.amount.setValue(200)
        self.accept()
        return self.result()
    monkeypatch.setattr(assessment_view.AddItemDialog, "exec", fill)
    view.add_item()
    settle(view)
    assert seen == [(0, "考核金额：请填写", "未按规定张贴收费标准")]
    assert "200" in view.total.text()
