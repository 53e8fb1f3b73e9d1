from datetime import date

import pytest
from conftest import sign_in

from yekuo_desk.services import feedback
from yekuo_desk.services.amounts import set_number
from yekuo_desk.services.feedback import FeedbackError, FeedbackInput

TODAY = date(2026, 11, 20)


def add(db, station, **kw):
    values = dict(kind="complaint", source="95598", received_on=date(2026, 11, 16), content="装表后三天未通电",
                  station_id=station.id, customer_name="张三")
    values.update(kw)
    return feedback.add_form(db, FeedbackInput(**values), today=TODAY)


def test_a_complaint_has_five_working_days_and_a_number(db, station):
    row = add(db, station)
    assert row.deadline == date(2026, 11, 23)
    assert row.number.startswith("FK-2026-") and row.number.endswith("-0001")
    assert add(db, station).number.endswith("-0002")
    report = add(db, station, kind="report", received_on=date(2025, 9, 29))
    assert report.deadline == date(2025, 10, 20)  # ten working days across the National Day holiday
    assert report.number.startswith("FK-2025-") and report.number.endswith("-0001")


def test_editable_limits_for_suggestions(db, station):
    with db.transaction() as s:
        set_number(s, "limit_suggestion", 3)
    assert add(db, station, kind="suggestion").deadline == date(2026, 11, 19)


@pytest.mark.parametrize("kw, message", [
    (dict(source="微信"), "来源"), (dict(kind="praise"), "类别"), (dict(content=" "), "反映内容"),
    (dict(received_on=date(2026, 11, 21)), "不能晚于今天"), (dict(station_id=""), "责任单位"),
])
def test_bad_forms_are_refused(db, station, kw, message):
    with pytest.raises(FeedbackError, match=message):
        add(db, station, **kw)


def test_the_steps_in_order_each_dated_and_signed(db, station):
    sign_in(db, "受理员", "audit")
    form = add(db, station)
    sign_in(db, "监察审计部", "supervision")
    with pytest.raises(FeedbackError, match="下一步只能是“办理中”"):
        feedback.advance(db, form.id, "replied", date(2026, 11, 17), today=TODAY)
    feedback.advance(db, form.id, "in_progress", date(2026, 11, 17), today=TODAY)
    with pytest.raises(FeedbackError, match="请先填写：调查情况、处理意见、答复日期、答复方式"):
        feedback.advance(db, form.id, "replied", date(2026, 11, 19), today=TODAY)
    feedback.advance(db, form.id, "replied", date(2026, 11, 19), today=TODAY,
                     investigation="核实为计量装置故障", decision="已更换表计并致歉", reply_on=date(2026, 11, 19),
                     reply_method="书面")
    with pytest.raises(FeedbackError, match="不能早于上一步"):
        feedback.advance(db, form.id, "reinspected", date(2026, 11, 18), today=TODAY, reinspection="x",
                         reviewer="y")
    feedback.advance(db, form.id, "reinspected", date(2026, 11, 20), today=TODAY, reinspection="现场复查已通电",
                     reviewer="王主任")
    sign_in(db, "受理员", "audit")
    feedback.advance(db, form.id, "closed", date(2026, 11, 20), today=TODAY)
    d = feedback.get_form(db, form.id, today=TODAY)
    assert [(st, u) for st, _, u, _ in d.steps] == [("open", "受理员"), ("in_progress", "监察审计部"),
                                                    ("replied", "监察审计部"), ("reinspected", d.steps[3][2]),
                                                    ("closed", d.steps[4][2])]
    assert d.row.status == "closed" and not d.row.late
    with pytest.raises(FeedbackError, match="已关闭"):
        feedback.advance(db, form.id, "closed", date(2026, 11, 20), today=TODAY)


def test_late_forms(db, station):
    form = add(db, station, received_on=date(2026, 11, 2))
    assert feedback.list_forms(db, today=TODAY)[0].late
    assert not feedback.list_forms(db, today=date(2026, 11, 9))[0].late
    assert [f.number for f in feedback.list_forms(db, open_only=True, today=TODAY)] == [form.number]


def test_a_reporters_and_a_complainants_identity_are_confidential(db, station):
    """Seed 001 §4.2.5: only the audit and supervision roles see who complained or reported."""
    sign_in(db, "稽查", "audit")
    form = add(db, station, kind="report", reporter_name="举报人甲", reporter_phone="13812345678",
               content="施工人员索要好处费")
    complaint = add(db, station, reporter_name="张三", reporter_phone="13900001111")
    suggestion = add(db, station, kind="suggestion", reporter_name="李四")
    for login, role in (("稽查", "audit"), ("监察", "supervision")):
        sign_in(db, login, role)
        shown = feedback.get_form(db, form.id, today=TODAY)
        assert shown.reporter_name == "举报人甲" and shown.reporter_phone == "13812345678"
    sign_in(db, "局长", "chief")
    hidden = feedback.get_form(db, form.id, today=TODAY)
    assert hidden.reporter_name == feedback.CONFIDENTIAL["report"] and "1381" not in hidden.reporter_phone
    sign_in(db, "城关专责", "clerk", station.id)  # the station's own screen
    hidden = feedback.get_form(db, complaint.id, today=TODAY)
    assert hidden.reporter_name == "（投诉人信息保密）" and "1390" not in hidden.reporter_phone  # seed 001 §4.2.5
    assert feedback.get_form(db, suggestion.id, today=TODAY).reporter_name == "李四"  # not confidential


def test_a_deadline_in_a_year_without_a_confirmed_calendar_says_provisional_everywhere(
        db, station, tmp_path, qtbot, app, capsys):
    """Issue 14 point 6: the feedback list showed a 2027 deadline without 暂定."""
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt

    from gui_helpers import settle
    from yekuo_desk.cli import main
    from yekuo_desk.documents.feedback_export import write_feedback_list
    from yekuo_desk.documents.feedback_form import write_feedback_form
    from yekuo_desk.views.feedback_view import FeedbackView

    with db.transaction() as s:
        set_number(s, "limit_suggestion", 40)  # forty working days from 16 November: January 2027
    row = add(db, station, kind="suggestion")
    assert row.deadline.year == 2027 and row.provisional
    view = FeedbackView(db, TODAY)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    settle(view)
    assert "暂定" in view.model.data(view.model.index(0, 7), Qt.ItemDataRole.DisplayRole)
    ws = load_workbook(write_feedback_list(tmp_path / "f.xlsx", feedback.list_forms(db, today=TODAY))).active
    assert [c.value for c in ws[2]][-1] == "暂定"
    from pypdf import PdfReader
    paper = write_feedback_form(tmp_path / "f.pdf", feedback.get_form(db, row.id, today=TODAY), "县供电局")
    assert "（暂定）" in "".join(p.extract_text() for p in PdfReader(str(paper)).pages)
    db.dispose()
    assert main(["feedback", "list", "--db", str(tmp_path / "test.db"), "--today", "2026-11-20"]) == 0
    assert f"{row.deadline.isoformat()}（暂定）" in capsys.readouterr().out
    assert main(["feedback", "list", "--db", str(tmp_path / "test.db"), "--format", "json",
                 "--today", "2026-11-20"]) == 0
    assert '"provisional": true' in capsys.readouterr().out
