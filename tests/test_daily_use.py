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


def test_file_dialogs_start_in_documents_then_the_last_folder(qtbot, app, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from yekuo_desk.views.file_dialogs import open_file_name, save_file_name, start_folder

    parent = QWidget()
    qtbot.addWidget(parent)
    asked = []
    chosen = tmp_path / "报表" / "到期提醒.xlsx"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda p, t, start, f: asked.append(start) or (str(chosen), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda p, t, start, f: asked.append(start) or ("", ""))
    first = start_folder()
    assert save_file_name(parent, "导出", "到期提醒.xlsx", "*.xlsx") == str(chosen)
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert first == (documents if documents.is_dir() else Path.home())
    assert asked[0] == str(first / "到期提醒.xlsx")
    save_file_name(parent, "导出", "工单台账.xlsx", "*.xlsx")
    assert asked[1] == str(chosen.parent / "工单台账.xlsx")  # the folder used last time
    assert open_file_name(parent, "导入", "*.xlsx") == "" and asked[2] == str(chosen.parent)


def test_the_feedback_list_filters_searches_sorts_and_exports(qtbot, app, db, station, other_station, tmp_path,
                                                              monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt

    from gui_helpers import settle
    from yekuo_desk.views.feedback_view import FeedbackView

    _form(db, station)
    feedback.add_form(db, FeedbackInput("suggestion", "营业厅", date(2026, 11, 18), "希望增加周末营业",
                                        station_id=other_station.id, customer_name="刘女士"), today=TODAY)
    feedback.add_form(db, FeedbackInput("complaint", "12398", date(2026, 11, 19), "抄表员态度差",
                                        station_id=other_station.id), today=TODAY)
    view = FeedbackView(db, TODAY)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    settle(view)
    assert view.model.rowCount() == 3
    view.station.setCurrentIndex(view.station.findText(other_station.name))
    assert view.model.rowCount() == 2
    view.kind.setCurrentIndex(view.kind.findData("complaint"))
    assert [r.content for r in view.model.rows] == ["抄表员态度差"]
    view.station.setCurrentIndex(0)
    view.kind.setCurrentIndex(0)
    view.search.setText("周末")
    assert [r.customer_name for r in view.model.rows] == ["刘女士"]
    view.search.clear()
    view.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # received, newest first
    assert [r.received_on.day for r in view.model.rows] == [19, 18, 16]
    assert view.model.index(0, 9).data(Qt.ItemDataRole.ToolTipRole) == "抄表员态度差"
    out = tmp_path / "反馈单.xlsx"
    from yekuo_desk.views import file_dialogs
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a: str(out))
    view.export()
    qtbot.waitUntil(out.exists, timeout=5000)
    ws = load_workbook(out).active
    assert ws["A1"].value == "编号" and ws.max_row == 4 and ws["K2"].value == "抄表员态度差"
