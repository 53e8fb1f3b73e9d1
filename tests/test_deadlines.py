from datetime import date

from yekuo_desk.services.calendar_store import package_calendar
from yekuo_desk.services.deadlines import (
    S_DONE_LATE, S_DUE_TODAY, S_NOT_STARTED, S_ON_TRACK, S_OVERDUE, S_UPCOMING, S_WAITING, CaseFacts, Pause,
    StageFacts, applicable_stages, check_facts, due_status, plan_stages, stage_status, summarize,
)
from yekuo_desk.services.engine_context import engine_context

CAL = package_calendar()
TODAY = date(2026, 11, 20)


def rules_of(db):
    with db.session() as s:
        return engine_context(s).rules


def plans_by_code(db, case, facts=None):
    return {p.code: p for p in plan_stages(case, facts or {}, rules_of(db), CAL)}


def test_which_stages_apply_by_category(db):
    rules = rules_of(db)
    resident = applicable_stages(rules, "resident", False)
    assert "design_review" not in resident and "completion_inspection" not in resident
    assert resident[0] == "acceptance" and resident[-1] == "archiving"
    assert "design_review" not in applicable_stages(rules, "hv_single", False)
    hv_important = applicable_stages(rules, "hv_single", True)
    assert {"design_review", "intermediate_inspection", "completion_inspection"} <= set(hv_important)
    assert "design_review" not in applicable_stages(rules, "resident", True)


def test_default_limits_per_category(db):
    accepted = date(2026, 11, 2)  # Monday
    expect = {"resident": 3, "lv_nonresident": 7, "hv_single": 15, "hv_dual": 30}
    for category, days in expect.items():
        plans = plans_by_code(db, CaseFacts(category, False, accepted))
        assert plans["plan_reply"].limit_days == days
        assert plans["plan_reply"].due_on == CAL.add_workdays(accepted, days).day
        assert plans["acceptance"].due_on == date(2026, 11, 3)  # one working day to move the file on


def test_customer_driven_clock_waits_for_the_customer(db):
    case = CaseFacts("hv_single", True, date(2026, 9, 1))
    plans = plans_by_code(db, case)
    assert plans["design_review"].start_on is None and plans["design_review"].due_on is None
    assert stage_status(plans["design_review"], TODAY, CAL)[0] == S_WAITING
    assert stage_status(plans["fees"], TODAY, CAL)[0] == S_NOT_STARTED
    facts = {"design_review": StageFacts("design_review", customer_event_on=date(2026, 11, 2))}
    plans = plans_by_code(db, case, facts)
    assert plans["design_review"].start_on == date(2026, 11, 2)
    assert plans["design_review"].due_on == CAL.add_workdays(date(2026, 11, 2), 20).day


def test_connection_clock_starts_when_the_formalities_are_done(db):
    """检验合格并办结相关手续: the latest of the passed inspection, the signed contract and the settled fees,
    for whichever of them the case has (a resident has no completion inspection)."""
    resident = CaseFacts("resident", False, date(2026, 11, 2))
    facts = {"plan_reply": StageFacts("plan_reply", completed_on=date(2026, 11, 4)),
             "fees": StageFacts("fees", completed_on=date(2026, 11, 5))}
    assert plans_by_code(db, resident, facts)["connection"].start_on is None  # the contract is not signed yet
    facts["contract"] = StageFacts("contract", completed_on=date(2026, 11, 9))
    assert plans_by_code(db, resident, facts)["connection"].start_on == date(2026, 11, 9)
    lv = CaseFacts("lv_nonresident", False, date(2026, 11, 2))
    facts = {"plan_reply": StageFacts("plan_reply", completed_on=date(2026, 11, 4)),
             "fees": StageFacts("fees", completed_on=date(2026, 11, 5)),
             "completion_inspection": StageFacts("completion_inspection", completed_on=date(2026, 11, 12)),
             "contract": StageFacts("contract", completed_on=date(2026, 11, 10))}
    assert plans_by_code(db, lv, facts)["connection"].start_on == date(2026, 11, 12)


def test_a_pause_moves_the_due_date_by_its_working_days(db):
    case = CaseFacts("resident", False, date(2025, 9, 26))
    base = plans_by_code(db, case)["plan_reply"].due_on
    facts = {"plan_reply": StageFacts("plan_reply", pauses=[Pause(date(2025, 9, 29), date(2025, 10, 10))])}
    plan = plans_by_code(db, case, facts)["plan_reply"]
    assert plan.paused_days == 3  # 9-30, 10-9, 10-10: the National Day holidays do not count
    assert plan.due_on == CAL.add_workdays(base, 3).day
    open_pause = {"plan_reply": StageFacts("plan_reply", pauses=[Pause(date(2025, 9, 29), None)])}
    plan = plans_by_code(db, case, open_pause)["plan_reply"]
    assert plan.paused and plan.due_on is None


def test_statuses_on_a_day():
    friday, monday = date(2026, 11, 20), date(2026, 11, 23)
    assert due_status(friday, friday, CAL) == (S_DUE_TODAY, 0)
    assert due_status(monday, friday, CAL)[0] == S_UPCOMING
    assert due_status(date(2026, 11, 26), friday, CAL)[0] == S_ON_TRACK
    assert due_status(date(2026, 11, 18), friday, CAL) == (S_OVERDUE, 2)
    # Seen on Sunday, a stage due on Friday is not late yet (done on Sunday, it took no extra working day);
    # on Monday it is one working day overdue. Due on Thursday, it is one day overdue on Sunday.
    assert due_status(friday, date(2026, 11, 22), CAL) == (S_DUE_TODAY, 0)
    assert due_status(friday, monday, CAL) == (S_OVERDUE, 1)
    assert due_status(date(2026, 11, 19), date(2026, 11, 22), CAL) == (S_OVERDUE, 1)


def test_completed_late_stays_late(db):
    case = CaseFacts("resident", False, date(2026, 11, 2))
    facts = {"acceptance": StageFacts("acceptance", completed_on=date(2026, 11, 5))}
    plan = plans_by_code(db, case, facts)["acceptance"]
    assert stage_status(plan, TODAY, CAL) == (S_DONE_LATE, 2)


def test_summary_points_to_the_nearest_running_clock(db):
    case = CaseFacts("resident", False, date(2026, 11, 16))
    facts = {"acceptance": StageFacts("acceptance", completed_on=date(2026, 11, 16))}
    summary = summarize(plan_stages(case, facts, rules_of(db), CAL))
    assert summary.current_stage == "site_survey"
    assert summary.next_due_stage == "plan_reply" and summary.next_due == date(2026, 11, 19)


def errors_for(db, case, facts, today=TODAY):
    return {(e.stage, e.field): e.message for e in check_facts(case, facts, rules_of(db), CAL, today)}


def test_completion_before_the_stage_started_is_refused(db):
    case = CaseFacts("resident", False, date(2026, 11, 2))
    facts = {"acceptance": StageFacts("acceptance", completed_on=date(2026, 11, 3)),
             "site_survey": StageFacts("site_survey", completed_on=date(2026, 11, 2))}
    errors = errors_for(db, case, facts)
    assert "不能早于本环节开始日期 2026-11-03" in errors[("site_survey", "现场勘查完成日期")]


def test_completion_in_the_future_is_refused(db):
    case = CaseFacts("resident", False, date(2026, 11, 2))
    facts = {"acceptance": StageFacts("acceptance", completed_on=date(2026, 11, 23))}
    assert errors_for(db, case, facts)[("acceptance", "业务受理完成日期")] == "不能晚于今天"


def test_a_stage_done_before_the_one_it_depends_on_is_refused(db):
    case = CaseFacts("resident", False, date(2026, 11, 2))
    facts = {"plan_reply": StageFacts("plan_reply", completed_on=date(2026, 11, 4))}
    errors = errors_for(db, case, facts)
    assert errors[("plan_reply", "供电方案答复完成日期")] == "上一环节“现场勘查”尚未完成"


def test_customer_event_needed_before_completion(db):
    case = CaseFacts("lv_nonresident", False, date(2026, 10, 1))
    facts = {code: StageFacts(code, completed_on=date(2026, 10, 9)) for code in
             ("acceptance", "site_survey", "plan_reply", "fees")}
    facts["completion_inspection"] = StageFacts("completion_inspection", completed_on=date(2026, 10, 20))
    assert errors_for(db, case, facts)[("completion_inspection", "竣工检验完成日期")] == "请先录入竣工报验日期"


def test_acceptance_date_in_the_future(db):
    case = CaseFacts("resident", False, date(2026, 11, 21))
    assert errors_for(db, case, {})[("", "受理日期")] == "不能晚于今天"
