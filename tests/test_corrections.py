"""Audit records can be corrected or withdrawn, with a reason, kept in the history; the month's figures follow
(issue 10, point 6). Nothing is ever deleted: a withdrawn record is a tombstone."""
from dataclasses import replace
from datetime import date

import pytest
from conftest import sign_in
from sqlalchemy import select

from yekuo_desk.models import AssessmentItem, Revisit
from yekuo_desk.services import assessment, cases, feedback, notices, revisits
from yekuo_desk.services.assessment import AssessmentError
from yekuo_desk.services.feedback import FeedbackError, FeedbackInput
from yekuo_desk.services.notices import NoticeError, NoticeInput
from yekuo_desk.services.revisits import RevisitError, RevisitInput

TODAY = date(2026, 11, 20)


def timeline(db, case_id):
    return cases.get_case(db, case_id, TODAY).timeline


def test_a_revisit_is_corrected_then_withdrawn(db, inspected):
    rid = revisits.record_revisit(db, RevisitInput(inspected, "completion_inspection", date(2026, 11, 5), "phone",
                                                   "李娜", "satisfied", respondent="王建国"), today=TODAY)
    inp = revisits.get_revisit_input(db, rid)
    assert (inp.stage, inp.caller, inp.satisfaction) == ("completion_inspection", "李娜", "satisfied")
    better = replace(inp, satisfaction="basic", customer_words="装表时间比约定晚半天")
    with pytest.raises(RevisitError, match="更正原因"):
        revisits.correct_revisit(db, rid, better, "  ", today=TODAY)
    with pytest.raises(RevisitError, match="回访日期"):  # the same checks as recording it
        revisits.correct_revisit(db, rid, replace(better, revisit_on=date(2026, 12, 1)), "改日期", today=TODAY)
    assert revisits.correct_revisit(db, rid, better, "按录音更正满意度", today=TODAY) == [
        "satisfaction", "customer_words"]
    assert [r.satisfaction for r in revisits.revisits_in(db, "2026-11")] == ["basic"]
    assert cases.get_case(db, inspected, TODAY).has_key_revisit is True

    with pytest.raises(RevisitError, match="撤回原因"):
        revisits.withdraw_revisit(db, rid, "")
    revisits.withdraw_revisit(db, rid, "误录：客户未接通")
    assert revisits.revisits_in(db, "2026-11") == []
    assert cases.get_case(db, inspected, TODAY).has_key_revisit is False
    with db.session() as s:  # a tombstone, never a hard delete
        assert s.scalar(select(Revisit.deleted_at).where(Revisit.id == rid)) is not None
    with pytest.raises(RevisitError, match="已撤回"):
        revisits.withdraw_revisit(db, rid, "again")
    lines = [(h.subject, h.field, h.old, h.new, h.reason) for h in timeline(db, inspected)
             if h.subject.startswith("回访")]
    assert lines == [("回访（竣工检验）", "满意度", "满意", "基本满意", "按录音更正满意度"),
                     ("回访（竣工检验）", "客户原话", "", "装表时间比约定晚半天", "按录音更正满意度"),
                     ("回访（竣工检验）", "撤回", "", "已撤回", "误录：客户未接通")]


def test_notices_and_hand_entered_items_are_corrected_and_withdrawn_and_the_sheet_follows(db, station, inspected):
    month = "2026-11"
    base = assessment.build_sheet(db, month, today=TODAY).total
    notice = notices.add_notice(db, NoticeInput("线外流转", station.id, "装表日期与系统不符", date(2026, 11, 5),
                                                case_id=inspected, persons="李某", amount=200), today=TODAY)
    item = assessment.add_item(db, month, station.id, "coordination", "未按协调会决定10日内完成线路改造",
                               case_id=inspected)
    assert assessment.build_sheet(db, month, today=TODAY).total == base + 700
    corrected = NoticeInput("线外流转", station.id, "装表日期与系统不符", date(2026, 11, 5), case_id=inspected,
                            persons="李某", amount=100)
    with pytest.raises(NoticeError, match="更正原因"):
        notices.correct_notice(db, notice.id, corrected, "", today=TODAY)
    assert notices.correct_notice(db, notice.id, corrected, "按局务会决定减半", today=TODAY).number == notice.number
    assessment.correct_item(db, item, "未按协调会决定完成线路改造（延期5日）", 300, "按考核办法第10条")
    assert assessment.build_sheet(db, month, today=TODAY).total == base + 400
    with pytest.raises(AssessmentError, match="金额"):
        assessment.correct_item(db, item, "x", 0, "清零")
    notices.withdraw_notice(db, notice.id, "复核后不成立")
    assessment.withdraw_item(db, item, "重复录入")
    assert assessment.build_sheet(db, month, today=TODAY).total == base
    assert notices.notices_in(db, month) == []
    with db.session() as s:
        assert s.get(AssessmentItem, item).deleted_at is not None and s.get(AssessmentItem, item).amount == 300
    fields = {(h.subject, h.field, h.old, h.new, h.reason) for h in timeline(db, inspected)}
    assert ("督办通知", "金额", "200", "100", "按局务会决定减半") in fields
    assert ("考核项目", "撤回", "", "已撤回", "重复录入") in fields


def test_a_customer_cause_mark_shows_at_zero_and_is_changed_or_withdrawn_only_with_a_reason(db, station):
    case_id = cases.create_case(db, cases.CaseInput(station_id=station.id, customer_name="张三", category="resident",
                                                    accepted_on=date(2026, 11, 2)), today=TODAY)
    sheet = assessment.build_sheet(db, "2026-11", today=TODAY)
    late = next(i for u in sheet.units for i in u.items if i.stage == "acceptance")
    assessment.mark_customer_cause(db, late.ref_id, "客户未带身份证原件")
    after = assessment.build_sheet(db, "2026-11", today=TODAY)
    line = next(i for u in after.units for i in u.items if i.ref_id == late.ref_id)
    assert (line.kind, line.amount) == ("customer_cause", 0.0) and "客户未带身份证原件" in line.reason
    assert after.total == sheet.total - late.amount
    with pytest.raises(AssessmentError, match="理由"):
        assessment.mark_customer_cause(db, late.ref_id, "")
    assessment.mark_customer_cause(db, late.ref_id, "", why="核实为本所原因")
    assert assessment.build_sheet(db, "2026-11", today=TODAY).total == sheet.total
    last = timeline(db, case_id)[-1]
    assert (last.subject, last.field, last.old, last.new, last.reason) == (
        "业务受理", "客户原因", "客户未带身份证原件", "", "核实为本所原因")


def test_a_feedback_form_registration_is_corrected_with_a_reason(db, station):
    form = feedback.add_form(db, FeedbackInput("suggestion", "95598", date(2026, 11, 16), "希望缩短装表时间",
                                               station_id=station.id, reporter_name="刘女士",
                                               reporter_phone="13800001111"), today=TODAY)
    inp = FeedbackInput("complaint", "95598", date(2026, 11, 16), "装表后三天未通电", station_id=station.id,
                        reporter_name="刘女士", reporter_phone="13800001111")
    with pytest.raises(FeedbackError, match="更正原因"):
        feedback.correct_intake(db, form.id, inp, "", today=TODAY)
    row = feedback.correct_intake(db, form.id, inp, "来电记录类别录错", today=TODAY)
    assert (row.kind, row.content) == ("complaint", "装表后三天未通电")
    assert row.deadline < form.deadline  # a complaint is answered within 5 working days, a suggestion 10
    with db.session() as s:
        from yekuo_desk.models import AuditEntry
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.row_id == form.id)))
    assert {e.field for e in entries} >= {"kind", "content", "deadline"}
    assert all("刘女士" not in (e.old_value + e.new_value) for e in entries)


def test_a_masked_reporter_is_left_as_it_is_by_a_correction(db, station):
    """A user who sees a complainant masked cannot erase or change them by correcting the registration."""
    sign_in(db, "稽查", "audit")
    form = feedback.add_form(db, FeedbackInput("complaint", "95598", date(2026, 11, 16), "装表后未通电",
                                               station_id=station.id, reporter_name="刘女士",
                                               reporter_phone="13800001111"), today=TODAY)
    shown = feedback.get_form(db, form.id, today=TODAY, identity=False)  # e.g. a form printed for a station
    assert shown.reporter_name == "（投诉人信息保密）"
    feedback.correct_intake(db, form.id, FeedbackInput("complaint", "12398", date(2026, 11, 16), "装表后未通电",
                                                       station_id=station.id, reporter_name=shown.reporter_name,
                                                       reporter_phone=shown.reporter_phone), "来源录错", today=TODAY)
    kept = feedback.get_form(db, form.id, today=TODAY)
    assert (kept.row.source, kept.reporter_name, kept.reporter_phone) == ("12398", "刘女士", "13800001111")
