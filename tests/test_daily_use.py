"""Daily use (issue 10): what a clerk or an audit officer types is kept, and a form never closes over it."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from yekuo_desk.services import feedback
from yekuo_desk.services.feedback import FeedbackInput
from yekuo_desk.services.stations import list_units

TODAY = date(2026, 11, 20)


def _form(db, station):
    return feedback.add_form(db, FeedbackInput("complaint", "95598", date(2026, 11, 16), "装表后三天未通电",
                                               station_id=station.id), today=TODAY)


def test_save_keeps_the_feedback_handling_draft(qtbot, app, db, station):
    from yekuo_desk.views.feedback_dialog import FeedbackDialog

    form = _form(db, station)
    dialog = FeedbackDialog(db, list_units(db), TODAY, form.id)
    qtbot.addWidget(dialog)
    dialog.ui.investigationEdit.setPlainText("已到现场核实：表计已装，线路未搭接")
    dialog.ui.decisionEdit.setPlainText("责成城关供电所当日接电")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    fields = feedback.get_form(db, form.id, today=TODAY).fields
    assert fields["investigation"] == "已到现场核实：表计已装，线路未搭接"
    assert fields["decision"] == "责成城关供电所当日接电"
    assert feedback.get_form(db, form.id, today=TODAY).row.status == "open"  # a draft, not a step
    again = FeedbackDialog(db, list_units(db), TODAY, form.id)
    qtbot.addWidget(again)
    assert again.ui.investigationEdit.toPlainText() == "已到现场核实：表计已装，线路未搭接"


def test_closing_over_unsaved_text_asks(qtbot, app, db, station, monkeypatch):
    from yekuo_desk.views.feedback_dialog import FeedbackDialog

    form = _form(db, station)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog = FeedbackDialog(db, list_units(db), TODAY, form.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes without a question
    assert not asked and not dialog.isVisible()
    dialog = FeedbackDialog(db, list_units(db), TODAY, form.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.reviewerEdit.setText("王稽查")
    dialog.reject()
    assert asked == ["放弃未保存的修改吗？"] and dialog.isVisible()  # "No": the text stays
    assert dialog.ui.reviewerEdit.text() == "王稽查"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.reject()
    assert not dialog.isVisible() and feedback.get_form(db, form.id, today=TODAY).fields["reviewer"] == ""


def test_a_draft_on_a_closed_form_is_refused(db, station):
    import pytest

    form = _form(db, station)
    for status, extra in [("in_progress", {}), ("replied", dict(investigation="查明", decision="致歉",
                                                                 reply_on=date(2026, 11, 18), reply_method="电话")),
                          ("reinspected", dict(reinspection="满意", reviewer="王")), ("closed", {})]:
        feedback.advance(db, form.id, status, date(2026, 11, 19), today=TODAY, **extra)
    with pytest.raises(feedback.FeedbackError, match="已关闭"):
        feedback.save_draft(db, form.id, investigation="改写")


def test_an_open_pause_stays_on_the_due_panel_and_reminds(db, station):
    """Paused on Mon 2 Nov 2026 (the clock stopped in time): the stage stays on the panel as 暂停, since when
    and for how many working days; after 10 working days (Mon 16 Nov) the row says to call the customer."""
    from yekuo_desk.services import cases
    from yekuo_desk.services.cases import CaseInput
    from yekuo_desk.services.due import due_board
    from yekuo_desk.services.engine_context import calendar_for

    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="张三", category="resident",
                                              accepted_on=date(2026, 10, 30)), today=TODAY)
    cases.pause_stage(db, case_id, "plan_reply", date(2026, 11, 2), "等客户补产权证明", today=TODAY)
    with db.session() as s:
        early = [i for i in due_board(s, calendar_for(s), date(2026, 11, 6)) if i.status == "paused"]
        late = [i for i in due_board(s, calendar_for(s), TODAY) if i.status == "paused"]
    assert [(i.case_id, i.stage, i.start, i.due) for i in early] == [
        (case_id, "plan_reply", date(2026, 11, 2), date(2026, 11, 16))]
    assert "11-02 起暂停 4 个工作日" in early[0].stage_name and "联系客户" not in early[0].stage_name
    assert "暂停 14 个工作日，请联系客户" in late[0].stage_name
    cases.resume_stage(db, case_id, "plan_reply", date(2026, 11, 19), today=TODAY)
    with db.session() as s:
        assert not [i for i in due_board(s, calendar_for(s), TODAY) if i.status == "paused"]
