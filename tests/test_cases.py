from datetime import date

import pytest
from conftest import sign_in
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from yekuo_desk.services import audit_check, cases
from yekuo_desk.services.cases import CaseError, CaseInput

TODAY = date(2026, 11, 20)


def new_case(db, station, **kw) -> str:
    values = dict(station_id=station.id, customer_name="张三", category="resident", accepted_on=date(2026, 11, 16),
                  phone="13812345678", id_number="11010519491231002X")
    values.update(kw)
    return cases.create_case(db, CaseInput(**values), today=TODAY)


def stage(detail, code):
    return next(s for s in detail.stages if s.code == code)


def test_register_a_case_numbers_it_and_starts_the_clocks(db, station):
    sign_in(db, "clerk", "clerk", station.id)
    case_id = new_case(db, station)
    d = cases.get_case(db, case_id, TODAY)
    assert d.case_number == "CG-2026-00001"
    assert d.station_name == "城关供电所"
    assert [s.code for s in d.stages] == ["acceptance", "site_survey", "plan_reply", "fees", "contract",
                                          "connection", "archiving"]
    assert stage(d, "acceptance").due_on == date(2026, 11, 17)
    assert stage(d, "acceptance").status == "overdue"
    assert stage(d, "plan_reply").due_on == date(2026, 11, 19)
    assert new_case(db, station, customer_name="李四") and cases.get_case(
        db, cases.find_case_id(db, "CG-2026-00002"), TODAY).data.customer_name == "李四"
    assert d.history[0].reason == "登记" and d.history[0].user == "clerk"


def test_bad_input_names_each_field(db, station):
    with pytest.raises(CaseError) as err:
        new_case(db, station, customer_name=" ", phone="123", id_number="110105194912310021",
                 accepted_on=date(2026, 11, 21), manager_phone="1390877")
    fields = {e.field for e in err.value.errors}
    assert fields == {"户名", "联系电话", "证件号码", "受理日期", "客户经理电话"}
    assert "校验位" in str(err.value)


def test_duplicate_case_number_refused(db, station):
    new_case(db, station, case_number="CG-OLD-1")
    with pytest.raises(CaseError, match="已存在"):
        new_case(db, station, case_number="CG-OLD-1")


def test_recording_stages_in_order_moves_the_case_on(db, station):
    case_id = new_case(db, station)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 17), today=TODAY)
    cases.record_completion(db, case_id, "site_survey", date(2026, 11, 18), today=TODAY)
    d = cases.get_case(db, case_id, TODAY)
    assert d.current_stage == "plan_reply"
    assert stage(d, "acceptance").status == "done"
    with pytest.raises(CaseError, match="上一环节“供电方案答复”尚未完成"):
        cases.record_completion(db, case_id, "fees", date(2026, 11, 19), today=TODAY)
    with pytest.raises(CaseError, match="不能晚于今天"):
        cases.record_completion(db, case_id, "plan_reply", date(2026, 11, 23), today=TODAY)
    # Nothing of a refused change is kept.
    assert stage(cases.get_case(db, case_id, TODAY), "plan_reply").completed_on is None


def test_changing_a_recorded_date_needs_a_reason_and_is_kept(db, station):
    sign_in(db, "clerk", "clerk", station.id)
    case_id = new_case(db, station)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 17), today=TODAY)
    with pytest.raises(CaseError, match="已记录的日期不能修改.*营销稽查"):  # seed 003 art. 14: not the station's
        cases.record_completion(db, case_id, "acceptance", date(2026, 11, 16), reason="录错", today=TODAY)
    sign_in(db, "chief", "audit")
    with pytest.raises(CaseError, match="须填写原因"):
        cases.record_completion(db, case_id, "acceptance", date(2026, 11, 16), today=TODAY)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 16), reason="录入错误，按受理单更正",
                            today=TODAY)
    d = cases.get_case(db, case_id, TODAY)
    last = d.history[-1]
    assert (last.field, last.old_value, last.new_value, last.reason, last.user) == (
        "completed_on", "2026-11-17", "2026-11-16", "录入错误，按受理单更正", "chief")
    assert stage(d, "acceptance").completed_on == date(2026, 11, 16)


def test_changing_the_acceptance_date_needs_a_reason(db, station):
    case_id = new_case(db, station)
    inp = cases.get_case(db, case_id, TODAY).data
    inp.accepted_on = date(2026, 11, 13)
    with pytest.raises(CaseError, match="原因"):
        cases.update_case(db, case_id, inp, today=TODAY)
    cases.update_case(db, case_id, inp, reason="补录", today=TODAY)
    d = cases.get_case(db, case_id, TODAY)
    assert stage(d, "acceptance").due_on == date(2026, 11, 16)
    assert d.history[-1].old_value == "2026-11-16"


def test_changing_category_changes_the_stages(db, station):
    case_id = new_case(db, station)
    inp = cases.get_case(db, case_id, TODAY).data
    inp.category, inp.important_load, inp.id_number = "hv_single", True, "91350100M000100Y43"
    cases.update_case(db, case_id, inp, reason="按申请书更正", today=TODAY)
    codes = [s.code for s in cases.get_case(db, case_id, TODAY).stages]
    assert "design_review" in codes and "completion_inspection" in codes


def test_pause_and_resume_move_the_due_date(db, station):
    case_id = new_case(db, station, accepted_on=date(2025, 9, 26))
    cases.record_completion(db, case_id, "acceptance", date(2025, 9, 26), today=TODAY)
    cases.record_completion(db, case_id, "site_survey", date(2025, 9, 29), today=TODAY)
    before = stage(cases.get_case(db, case_id, TODAY), "plan_reply").due_on
    with pytest.raises(CaseError, match="暂停原因"):
        cases.pause_stage(db, case_id, "plan_reply", date(2025, 9, 29), "  ", today=TODAY)
    cases.pause_stage(db, case_id, "plan_reply", date(2025, 9, 29), "等待客户补充产权证明", today=TODAY)
    paused = stage(cases.get_case(db, case_id, TODAY), "plan_reply")
    assert paused.paused and paused.status == "paused" and paused.due_on is None
    with pytest.raises(CaseError, match="已处于暂停中"):
        cases.pause_stage(db, case_id, "plan_reply", date(2025, 9, 30), "再次", today=TODAY)
    with pytest.raises(CaseError) as err:
        cases.record_completion(db, case_id, "plan_reply", date(2025, 10, 9), today=TODAY)
    assert str(err.value) == "供电方案答复完成日期：本环节处于暂停中，请先恢复计时"
    cases.resume_stage(db, case_id, "plan_reply", date(2025, 10, 10), today=TODAY)
    resumed = stage(cases.get_case(db, case_id, TODAY), "plan_reply")
    assert resumed.paused_days == 3 and resumed.due_on > before
    assert resumed.pauses[0].reason == "等待客户补充产权证明"


def test_customer_event_starts_the_clock(db, station):
    case_id = new_case(db, station, category="lv_nonresident", id_number="91350100M000100Y43",
                       accepted_on=date(2026, 10, 8))
    for code, on in [("acceptance", 9), ("site_survey", 10), ("plan_reply", 13), ("fees", 14)]:
        cases.record_completion(db, case_id, code, date(2026, 10, on), today=TODAY)
    with pytest.raises(CaseError, match="请先录入竣工报验日期"):
        cases.record_completion(db, case_id, "completion_inspection", date(2026, 11, 2), today=TODAY)
    cases.set_customer_event(db, case_id, "completion_inspection", date(2026, 11, 2), today=TODAY)
    ci = stage(cases.get_case(db, case_id, TODAY), "completion_inspection")
    assert ci.start_on == date(2026, 11, 2) and ci.due_on == date(2026, 11, 9)
    with pytest.raises(CaseError, match="计时不由客户事件开始"):
        cases.set_customer_event(db, case_id, "fees", date(2026, 11, 2), today=TODAY)


def test_the_audit_trail_is_append_only_and_detects_tampering(db, station):
    case_id = new_case(db, station)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 17), today=TODAY)
    with db.session() as s:
        assert audit_check.verify(s) == []
    with pytest.raises((IntegrityError, OperationalError), match="append-only"), db.transaction() as s:
        s.execute(text("UPDATE audit_trail SET new_value = '2026-11-16'"))
    # An edit outside the app (triggers dropped) breaks the chain and is found.
    with db.transaction() as s:
        s.execute(text("DROP TRIGGER audit_trail_no_update"))
        s.execute(text("UPDATE audit_trail SET new_value = '2026-11-16' WHERE field = 'completed_on'"))
    with db.session() as s:
        assert audit_check.verify(s) == [2]
