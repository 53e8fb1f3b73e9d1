"""The rules as the regulations state them (issue 9): pauses never hide the bureau's own delay (seed 000
art. 10), late means more working days than the limit, the power-on clock starts when the formalities are
done. Each test works its dates out in a comment; the 2025 National Day week and 2026's make-up days are
the State Council's, as chinesecalendar ships them."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import sign_in
from hypothesis import given, settings
from hypothesis import strategies as st

from yekuo_desk.services import assessment, cases
from yekuo_desk.services.calendar_store import package_calendar
from yekuo_desk.services.cases import CaseError, CaseInput
from yekuo_desk.services.deadlines import (
    S_DONE, S_DONE_LATE, S_OVERDUE, S_PAUSED, CaseFacts, Pause, StageFacts, plan_stages, stage_status,
    working_days_late,
)
from yekuo_desk.services.due import due_board
from yekuo_desk.services.engine_context import calendar_for, engine_context

CAL = package_calendar()


def rules_of(db):
    with db.session() as s:
        return engine_context(s).rules


def plan_of(db, case, stage, facts):
    return {p.code: p for p in plan_stages(case, facts, rules_of(db), CAL)}[stage]


# A resident accepted Fri 26 Sep 2025: plan reply, 3 working days, counts Sun 28 Sep (a make-up working day),
# Mon 29 and Tue 30 Sep: due Tue 30 Sep. 1–8 October are the National Day holidays; Thu 9 Oct is the first
# working day after them.
RESIDENT_0926 = CaseFacts("resident", False, date(2025, 9, 26))
DUE_0930 = date(2025, 9, 30)


def test_a_pause_begun_by_the_due_date_moves_it_one_begun_after_moves_nothing(db):
    assert plan_of(db, RESIDENT_0926, "plan_reply", {}).due_on == DUE_0930
    # Begun on the due date, resumed Fri 10 Oct: it stood still Thu 9 and Fri 10 (the holidays are not
    # working days), so the due date moves 2 working days from Tue 30 Sep: Thu 9, Fri 10 Oct.
    on_time = {"plan_reply": StageFacts("plan_reply", pauses=[Pause(DUE_0930, date(2025, 10, 10), "等资料")])}
    plan = plan_of(db, RESIDENT_0926, "plan_reply", on_time)
    assert (plan.paused_days, plan.due_on, plan.ignored_pauses) == (2, date(2025, 10, 10), ())
    # Begun Thu 9 Oct, after the due date: the bureau was late already; nothing moves.
    late = Pause(date(2025, 10, 9), date(2025, 10, 20), "客户外出")
    plan = plan_of(db, RESIDENT_0926, "plan_reply", {"plan_reply": StageFacts("plan_reply", pauses=[late])})
    assert (plan.paused_days, plan.due_on, plan.ignored_pauses) == (0, DUE_0930, (late,))
    # Still open, it does not stop the clock either: the stage stays overdue, marked paused.
    still = Pause(date(2025, 10, 9), None, "客户外出")
    plan = plan_of(db, RESIDENT_0926, "plan_reply", {"plan_reply": StageFacts("plan_reply", pauses=[still])})
    assert plan.paused and not plan.clock_stopped and plan.due_on == DUE_0930
    # On Mon 13 Oct: working days after 30 Sep are 9, 10, 11 (make-up), 13 Oct: 4 days overdue.
    assert stage_status(plan, date(2025, 10, 13), CAL) == (S_OVERDUE, 4)
    # A second pause is judged against the due date as moved by the first: the first (30 Sep → 10 Oct)
    # moved it to Fri 10 Oct, so one begun that day counts (to Mon 13 Oct: Sat 11 is a make-up working day,
    # 2 more days, due Mon 13 Oct) and one begun Sat 11 Oct does not.
    first = Pause(DUE_0930, date(2025, 10, 10), "等资料")
    counts = plan_of(db, RESIDENT_0926, "plan_reply", {"plan_reply": StageFacts(
        "plan_reply", pauses=[first, Pause(date(2025, 10, 10), date(2025, 10, 13), "再等")])})
    assert counts.paused_days == 4 and counts.due_on == date(2025, 10, 13)
    ignored = plan_of(db, RESIDENT_0926, "plan_reply", {"plan_reply": StageFacts(
        "plan_reply", pauses=[first, Pause(date(2025, 10, 11), date(2025, 10, 14), "再等")])})
    assert ignored.paused_days == 2 and ignored.due_on == date(2025, 10, 10)


def test_an_open_pause_begun_in_time_stops_the_clock(db):
    pause = Pause(date(2025, 9, 29), None, "等资料")
    plan = plan_of(db, RESIDENT_0926, "plan_reply", {"plan_reply": StageFacts("plan_reply", pauses=[pause])})
    assert plan.clock_stopped and plan.due_on is None
    assert stage_status(plan, date(2025, 10, 20), CAL) == (S_PAUSED, 0)


@st.composite
def pauses_strategy(draw):
    """Up to three non-overlapping pauses from 26 Sep 2025 on, the last possibly still open."""
    day, out = date(2025, 9, 26), []
    for i in range(draw(st.integers(0, 3))):
        start = day + timedelta(days=draw(st.integers(0, 20)))
        last = i == 2 or draw(st.booleans())
        end = None if last and draw(st.booleans()) else start + timedelta(days=draw(st.integers(0, 15)))
        out.append(Pause(start, end, "x"))
        if end is None:
            break
        day = end + timedelta(days=1)
    return out


@settings(max_examples=300, deadline=None)
@given(pauses=pauses_strategy(), limit=st.integers(1, 30))
def test_pauses_never_move_a_due_date_earlier_and_late_ones_never_move_it(pauses, limit):
    from yekuo_desk.services.deadlines import _pause_effect

    start = date(2025, 9, 26)
    base = CAL.add_workdays(start, limit).day
    effect = _pause_effect(start, limit, pauses, CAL)
    if not effect.clock_stopped:
        assert CAL.add_workdays(start, limit + effect.paused_days).day >= base
    # Pauses begun after the due date as it stood before them change nothing, whatever they are.
    later = [p for p in pauses if p.start_on > base]
    if len(later) == len(pauses) and pauses:
        assert effect == type(effect)(0, False, tuple(pauses))
    # Adding a pause after the final due date never changes it.
    if not effect.clock_stopped and not any(p.end_on is None for p in pauses):
        due = CAL.add_workdays(start, limit + effect.paused_days).day
        after_all = max([due] + [p.end_on for p in pauses]) + timedelta(days=1)
        more = _pause_effect(start, limit, pauses + [Pause(after_all, after_all + timedelta(days=5))], CAL)
        assert more.paused_days == effect.paused_days and not more.clock_stopped


def test_late_means_more_working_days_than_the_limit(db):
    facts = {"plan_reply": StageFacts("plan_reply", completed_on=date(2025, 10, 1))}
    plan = plan_of(db, RESIDENT_0926, "plan_reply", facts)
    assert stage_status(plan, date(2025, 10, 20), CAL) == (S_DONE, 0)  # done on the 1 Oct holiday: on time
    assert working_days_late(DUE_0930, date(2025, 10, 8), CAL) == 0
    assert working_days_late(DUE_0930, date(2025, 10, 9), CAL) == 1
    facts = {"plan_reply": StageFacts("plan_reply", completed_on=date(2025, 10, 9))}
    plan = plan_of(db, RESIDENT_0926, "plan_reply", facts)
    assert stage_status(plan, date(2025, 10, 20), CAL) == (S_DONE_LATE, 1)


def _resident(db, station, accepted: date, today: date) -> str:
    return cases.create_case(db, CaseInput(station_id=station.id, customer_name="李四", category="resident",
                                           accepted_on=accepted), today=today)


def _sheet_stages(db, month: str, today: date) -> set[str]:
    return {i.stage for u in assessment.build_sheet(db, month, today=today).units for i in u.items
            if i.kind == assessment.LATE_STAGE}


def test_the_assessment_and_the_due_panel_use_the_same_late(db, station):
    today = date(2025, 10, 20)
    case_id = _resident(db, station, date(2025, 9, 26), today)
    cases.record_completion(db, case_id, "acceptance", date(2025, 9, 26), today=today)
    cases.record_completion(db, case_id, "site_survey", date(2025, 9, 29), today=today)
    cases.record_completion(db, case_id, "plan_reply", date(2025, 10, 1), today=today)  # a holiday, not late
    assert "plan_reply" not in _sheet_stages(db, "2025-09", today)
    cases.record_completion(db, case_id, "plan_reply", date(2025, 10, 9), reason="更正", today=today)
    assert "plan_reply" in _sheet_stages(db, "2025-09", today)  # one working day late: charged in September


def test_a_pause_after_an_overdue_keeps_the_stage_on_the_panel_and_its_charge_in_its_month(db, station):
    today = date(2025, 10, 13)
    case_id = _resident(db, station, date(2025, 9, 26), today)
    cases.record_completion(db, case_id, "acceptance", date(2025, 9, 26), today=today)
    cases.pause_stage(db, case_id, "plan_reply", date(2025, 10, 9), "客户外出，联系不上", today=today)
    with db.session() as s:
        board = [i for i in due_board(s, calendar_for(s), today) if i.case_id == case_id]
    item = next(i for i in board if i.stage == "plan_reply")
    assert (item.status, item.overdue_days, item.paused, item.due) == (S_OVERDUE, 4, True, DUE_0930)
    assert item.status_label == "超期（已暂停）"
    assert "plan_reply" in _sheet_stages(db, "2025-09", today)
    detail = cases.get_case(db, case_id, today)
    row = next(r for r in detail.stages if r.code == "plan_reply")
    assert "2025-10-09" in row.pause_note and "不顺延" in row.pause_note
    # Resumed later, the due date and the month of the charge stay where they were.
    cases.resume_stage(db, case_id, "plan_reply", date(2025, 10, 20), today=date(2025, 10, 20))
    detail = cases.get_case(db, case_id, date(2025, 10, 20))
    assert next(r for r in detail.stages if r.code == "plan_reply").due_on == DUE_0930
    assert "plan_reply" in _sheet_stages(db, "2025-09", date(2025, 10, 20))
    assert "plan_reply" not in _sheet_stages(db, "2025-10", date(2025, 10, 20))


def test_a_pause_must_lie_within_the_stage(db, station):
    today = date(2025, 10, 20)
    case_id = _resident(db, station, date(2025, 9, 26), today)
    cases.record_completion(db, case_id, "acceptance", date(2025, 9, 26), today=today)
    with pytest.raises(CaseError, match="不能早于本环节开始日期"):  # site survey starts 26 Sep
        cases.pause_stage(db, case_id, "site_survey", date(2025, 9, 25), "等资料", today=today)
    cases.pause_stage(db, case_id, "plan_reply", date(2025, 9, 29), "等资料", today=today)
    cases.resume_stage(db, case_id, "plan_reply", date(2025, 10, 10), today=today)
    with pytest.raises(CaseError, match="重叠"):
        cases.pause_stage(db, case_id, "plan_reply", date(2025, 10, 9), "再等", today=today)
    facts = {"plan_reply": StageFacts("plan_reply", completed_on=date(2025, 9, 30),
                                      pauses=[Pause(date(2025, 10, 9), date(2025, 10, 10), "x")])}
    from yekuo_desk.services.deadlines import check_facts
    errors = check_facts(RESIDENT_0926, facts, rules_of(db), CAL, today)
    assert any("不能晚于本环节完成日期" in e.message for e in errors)


def test_power_on_starts_when_the_formalities_are_done(db, station):
    """A contract signed after the inspection starts the power-on clock then, instead of making power-on
    overdue the moment it is signed."""
    today = date(2026, 11, 20)
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="鑫源五金", category="lv_nonresident",
                                              accepted_on=date(2026, 9, 1)), today=today)
    for code, on in [("acceptance", date(2026, 9, 1)), ("site_survey", date(2026, 9, 2)),
                     ("plan_reply", date(2026, 9, 4)), ("fees", date(2026, 9, 7))]:
        cases.record_completion(db, case_id, code, on, today=today)
    cases.set_customer_event(db, case_id, "completion_inspection", date(2026, 10, 12), today=today)
    cases.record_completion(db, case_id, "completion_inspection", date(2026, 10, 14), today=today)
    cases.record_completion(db, case_id, "contract", date(2026, 11, 16), today=today)  # a month later
    row = next(r for r in cases.get_case(db, case_id, today).stages if r.code == "connection")
    # 5 working days from Mon 16 Nov: 17, 18, 19, 20, 23 Nov.
    assert (row.start_on, row.due_on, row.status) == (date(2026, 11, 16), date(2026, 11, 23), "upcoming")


def test_the_papers_describe_the_clocks_from_the_engines_data(db, station):
    from yekuo_desk.services.papers import acceptance_data

    today = date(2026, 11, 20)
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="鑫源五金", category="lv_nonresident",
                                              accepted_on=today), today=today)
    starts = {name: start for name, _, start in acceptance_data(db, case_id, today).stages}
    assert starts["装表接电"] == "竣工检验合格、供用电合同签订、业务费用结清之日（以最晚者为准）"
    assert starts["竣工检验"] == "客户竣工报验之日"
    resident = _resident(db, station, today, today)
    starts = {name: start for name, _, start in acceptance_data(db, resident, today).stages}
    assert starts["装表接电"] == "供用电合同签订、业务费用结清之日（以最晚者为准）"


def _complaint(db, station, today, **kw):
    from yekuo_desk.services import feedback
    from yekuo_desk.services.feedback import FeedbackInput

    values = dict(kind="complaint", source="95598", received_on=date(2026, 11, 9), content="装表后三天未通电",
                  station_id=station.id, customer_name="张三", reporter_name="王五", reporter_phone="13900001111")
    values.update(kw)
    return feedback.add_form(db, FeedbackInput(**values), today=today)


def test_the_re_check_call_after_a_reply_has_a_limit_on_the_panel(db, station):
    """Replied Thu 12 Nov 2026: the call back is due 5 working days later, Thu 19 Nov; on Fri 20 Nov it is
    one working day overdue, and a call made on Mon 23 Nov is late."""
    from yekuo_desk.services import feedback
    from yekuo_desk.services.feedback import IN_PROGRESS, REINSPECTED, REPLIED

    form = _complaint(db, station, date(2026, 11, 20))
    feedback.advance(db, form.id, IN_PROGRESS, date(2026, 11, 10), today=date(2026, 11, 20))
    feedback.advance(db, form.id, REPLIED, date(2026, 11, 12), today=date(2026, 11, 20), investigation="已查明",
                     decision="致歉并当日接电", reply_on=date(2026, 11, 12), reply_method="电话")
    row = feedback.get_form(db, form.id, today=date(2026, 11, 20)).row
    assert row.recheck_due == date(2026, 11, 19) and row.recheck_late
    with db.session() as s:
        board = due_board(s, calendar_for(s), date(2026, 11, 20))
    item = next(i for i in board if i.ref_id == form.id)
    assert (item.stage_name, item.status, item.overdue_days) == (f"反馈单 {form.number} 复查回访", S_OVERDUE, 1)
    feedback.advance(db, form.id, REINSPECTED, date(2026, 11, 23), today=date(2026, 11, 23),
                     reinspection="客户满意", reviewer="稽查员")
    assert feedback.get_form(db, form.id, today=date(2026, 11, 23)).row.recheck_late  # made after its day
    with db.session() as s:
        assert not [i for i in due_board(s, calendar_for(s), date(2026, 11, 23)) if i.ref_id == form.id]


def test_the_re_check_limit_is_a_setting(db, station):
    from yekuo_desk.services import feedback
    from yekuo_desk.services.amounts import set_number
    from yekuo_desk.services.feedback import IN_PROGRESS, REPLIED

    with db.transaction() as s:
        set_number(s, "limit_recheck", 2)
    form = _complaint(db, station, date(2026, 11, 20))
    feedback.advance(db, form.id, IN_PROGRESS, date(2026, 11, 10), today=date(2026, 11, 20))
    feedback.advance(db, form.id, REPLIED, date(2026, 11, 12), today=date(2026, 11, 20), investigation="已查明",
                     decision="致歉", reply_on=date(2026, 11, 12), reply_method="电话")
    assert feedback.get_form(db, form.id, today=date(2026, 11, 13)).row.recheck_due == date(2026, 11, 16)


def test_a_complainants_name_and_phone_stay_off_a_stations_printout(db, station, tmp_path):
    from pypdf import PdfReader

    from yekuo_desk.documents.feedback_form import write_feedback_form
    from yekuo_desk.services import feedback

    form = _complaint(db, station, date(2026, 11, 20))
    sign_in(db, "城关专责", "clerk", station.id)
    path = write_feedback_form(tmp_path / "f.pdf", feedback.get_form(db, form.id, today=date(2026, 11, 20)), "县供电局")
    text = "".join(p.extract_text() for p in PdfReader(str(path)).pages)
    assert "王五" not in text and "13900001111" not in text and "投诉人信息保密" in text
    sign_in(db, "监察", "supervision")
    shown = feedback.get_form(db, form.id, today=date(2026, 11, 20))  # the supervision role
    path = write_feedback_form(tmp_path / "g.pdf", shown, "县供电局")
    assert "13900001111" in "".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_a_department_answers_for_its_stage_and_its_items(db, station):
    """Seed 003 art. 5: the departments do their part. A rule set naming 生产技术部 for the completion inspection
    charges that stage's 100 yuan to it; a coordination item (工作配合超时限) can be charged to 电力调度控制中心; the
    sheet totals per unit of either kind."""
    from yekuo_desk.services import rules as rules_service
    from yekuo_desk.services.stations import list_stations, list_units

    units = {u.name: u for u in list_units(db)}
    assert {"营销部", "发展策划部", "生产技术部", "电力调度控制中心", "基建部"} <= set(units)
    assert "生产技术部" not in {st.name for st in list_stations(db)}  # not a station: no cases, no plan
    with db.transaction() as s:
        active = rules_service.active_rule_set(s)
        table = {(lim.stage, lim.category): (lim.applies, lim.days) for lim in active.limits}
        rules_service.save_limits(s, active.id, table, units={"completion_inspection": "D-SC"})
    today = date(2026, 11, 20)
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="鑫源五金", category="lv_nonresident",
                                              accepted_on=date(2026, 10, 8)), today=today)
    for code, on in [("acceptance", date(2026, 10, 8)), ("site_survey", date(2026, 10, 9)),
                     ("plan_reply", date(2026, 10, 12)), ("fees", date(2026, 10, 13))]:
        cases.record_completion(db, case_id, code, on, today=today)
    # Reported Mon 19 Oct: 5 working days, due Mon 26 Oct; inspected Wed 28 Oct, 2 working days late.
    cases.set_customer_event(db, case_id, "completion_inspection", date(2026, 10, 19), today=today)
    cases.record_completion(db, case_id, "completion_inspection", date(2026, 10, 28), today=today)
    assessment.add_item(db, "2026-10", units["电力调度控制中心"].id, "coordination", "停电计划未按协调会决定安排")
    sheet = assessment.build_sheet(db, "2026-10", today=today)
    by_unit = {u.station: u for u in sheet.units}
    assert [i.stage for i in by_unit["生产技术部"].items] == ["completion_inspection"]
    assert by_unit["生产技术部"].total == 100.0 and by_unit["电力调度控制中心"].total == 500.0
    assert station.name not in by_unit  # the station was not late


def test_a_small_business_is_flagged_before_its_ten_days_run_out(db, station):
    """Seed 004: a low-voltage small business not connected within 10 days of acceptance (calendar days) fails.
    Accepted Mon 16 Nov 2026: due Thu 26 Nov. On Mon 23 Nov (3 working days ahead: 24, 25, 26 Nov) it is on the
    due panel and under the register's filter; the case form says how many days are used."""
    from yekuo_desk.services.register import S_TARGET, Register, RegisterFilter
    from yekuo_desk.services.deadlines import overdue_before, upcoming_horizon

    today = date(2026, 11, 23)
    small = cases.create_case(db, CaseInput(station_id=station.id, customer_name="城关鑫源五金加工厂",
                                            category="lv_nonresident", small_business=True,
                                            accepted_on=date(2026, 11, 16)), today=today)
    cases.create_case(db, CaseInput(station_id=station.id, customer_name="大型商场", category="lv_nonresident",
                                    accepted_on=date(2026, 11, 16)), today=today)
    detail = cases.get_case(db, small, today)
    assert detail.target.due_on == date(2026, 11, 26) and detail.target.used == 7 and detail.target.met
    assert "低压小微企业 10 天" in detail.target.label and "2026-11-26" in detail.target.label
    with db.session() as s:
        cal = calendar_for(s)
        board = [i for i in due_board(s, cal, today) if i.kind == "target"]
        register = Register(today, upcoming_horizon(today, cal), overdue_before(today, cal))
        view = register.prepare(s, RegisterFilter(status=S_TARGET))
        rows = register.page(s, view, 0, 50)
    assert [(i.case_id, i.due, i.status) for i in board] == [(small, date(2026, 11, 26), "upcoming")]
    assert [r.id for r in rows] == [small]
    # Not connected by Sat 28 Nov: missed (2 calendar days over; 1 working day, Fri 27, as the panel counts).
    with db.session() as s:
        late = [i for i in due_board(s, calendar_for(s), date(2026, 11, 28)) if i.kind == "target"]
    assert [(i.status, i.overdue_days) for i in late] == [(S_OVERDUE, 1)]
    assert not cases.get_case(db, small, date(2026, 11, 28)).target.met


def test_the_target_is_rule_data(db, station):
    from yekuo_desk.services import rules as rules_service

    with db.transaction() as s:
        active = rules_service.active_rule_set(s)
        table = {(lim.stage, lim.category): (lim.applies, lim.days) for lim in active.limits}
        rules_service.save_limits(s, active.id, table, targets={"small_business": (8, "working"),
                                                                "resident": (5, "working")})
    today = date(2026, 11, 23)
    small = cases.create_case(db, CaseInput(station_id=station.id, customer_name="小店", category="lv_nonresident",
                                            small_business=True, accepted_on=date(2026, 11, 16)), today=today)
    home = _resident(db, station, date(2026, 11, 16), today)
    # 8 working days from Mon 16 Nov: 17–20, 23–26 Nov; 5 from the same day: Mon 23 Nov.
    assert cases.get_case(db, small, today).target.due_on == date(2026, 11, 26)
    assert cases.get_case(db, home, today).target.due_on == date(2026, 11, 23)
    with db.transaction() as s, pytest.raises(Exception, match="1–365"):
        active = rules_service.active_rule_set(s)
        rules_service.save_limits(s, active.id, table, targets={"resident": (0, "working")})


RESIDENT_STEPS = [("acceptance", date(2026, 10, 13)), ("site_survey", date(2026, 10, 14)),
                  ("plan_reply", date(2026, 10, 15)), ("fees", date(2026, 10, 16)), ("contract", date(2026, 10, 19))]


def _revisit(db, case_id, on, stage="acceptance", today=date(2026, 11, 20)):
    from yekuo_desk.services import revisits
    from yekuo_desk.services.revisits import RevisitInput

    return revisits.record_revisit(db, RevisitInput(case_id=case_id, stage=stage, revisit_on=on, method="phone",
                                                    caller="李稽查", satisfaction="satisfied"), today=today)


def test_a_case_connected_without_a_revisit_before_is_listed_everywhere(db, station, tmp_path):
    """Power-on recorded with a reason on Tue 20 Oct 2026 and a revisit only afterwards: the monthly revisit
    report and the October assessment list it as 接电前未回访; the due panel lists it until somebody calls."""
    from yekuo_desk.documents.revisit_report import write_xlsx
    from yekuo_desk.services.revisit_report import monthly_report

    today = date(2026, 11, 20)
    case_id = _resident(db, station, date(2026, 10, 12), today)
    for code, on in RESIDENT_STEPS:
        cases.record_completion(db, case_id, code, on, today=today)
    cases.record_completion(db, case_id, "connection", date(2026, 10, 20), today=today,
                            without_revisit="客户外出，经分管领导同意先接电")
    on_time = _resident(db, station, date(2026, 10, 12), today)
    for code, on in RESIDENT_STEPS:
        cases.record_completion(db, on_time, code, on, today=today)
    _revisit(db, on_time, date(2026, 10, 20))  # on the power-on day: counts
    cases.record_completion(db, on_time, "connection", date(2026, 10, 20), today=today)
    report = monthly_report(db, "2026-10")
    assert [r.case_id for r in report.unrevisited] == [case_id]
    path = write_xlsx(tmp_path / "r.xlsx", report, "县供电局")
    from openpyxl import load_workbook
    values = [c for row in load_workbook(path).active.iter_rows(values_only=True) for c in row if c is not None]
    assert "接电前未回访" in values and report.unrevisited[0].case_number in values
    items = [i for u in assessment.build_sheet(db, "2026-10", today=today).units for i in u.items
             if i.kind == assessment.NO_REVISIT]
    assert [(i.ref_id, i.amount) for i in items] == [(case_id, 0.0)]
    with db.session() as s:
        owed = [i for i in due_board(s, calendar_for(s), today) if i.case_id == case_id and i.kind == "revisit"]
    assert owed and owed[0].stage_name.startswith("接电前未回访") and owed[0].status == S_OVERDUE
    _revisit(db, case_id, date(2026, 11, 20))  # called afterwards: off the panel, still in October's report
    with db.session() as s:
        assert not [i for i in due_board(s, calendar_for(s), today) if i.case_id == case_id and i.kind == "revisit"]
    assert [r.case_id for r in monthly_report(db, "2026-10").unrevisited] == [case_id]


def test_a_case_entered_after_the_plan_was_issued_joins_it(db, station):
    from yekuo_desk.services import revisits

    today = date(2026, 11, 20)
    early = _resident(db, station, date(2026, 10, 20), date(2026, 11, 2))
    revisits.issue_plan(db, "2026-11", station.id, date(2026, 11, 3))
    late = _resident(db, station, date(2026, 11, 20), today)
    rows = revisits.plan_info(db, "2026-11", station.id).rows
    assert [(r.case_id, r.reason) for r in rows] == [(early, "no_revisit"), (late, "supplement")]
    assert "补充" in revisits.REASON_NAMES["supplement"]


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "".join(p.extract_text() for p in PdfReader(str(path)).pages).replace("\n", "")


def test_the_acceptance_papers_of_article_18(db, station, tmp_path):
    """The missing-documents notice lists what the clerk recorded; the power-quality notice is for a customer
    flagged with non-linear loads; the notice lists the fee items of the settings; arrears checked is kept."""
    from yekuo_desk.documents.acceptance import write_missing_notice, write_notice, write_power_quality_notice
    from yekuo_desk.services.fee_items import parse_fee_lines, set_fee_items
    from yekuo_desk.services.papers import PaperError, acceptance_data

    today = date(2026, 11, 20)
    case_id = cases.create_case(db, CaseInput(
        station_id=station.id, customer_name="城关鑫源五金加工厂", category="lv_nonresident", accepted_on=today,
        nonlinear_load=True, arrears_checked=True, missing_documents="营业执照副本、房屋租赁协议"), today=today)
    data = acceptance_data(db, case_id, today)
    assert data.missing_documents == ["营业执照副本", "房屋租赁协议"] and data.nonlinear_load
    assert cases.get_case(db, case_id, today).data.arrears_checked
    text = _pdf_text(write_missing_notice(tmp_path / "m.pdf", data))
    assert "缺件告知书" in text and "1. 营业执照副本" in text and "2. 房屋租赁协议" in text and "客户签收" in text
    text = _pdf_text(write_power_quality_notice(tmp_path / "q.pdf", data))
    assert "电能质量评估告知书" in text and "GB/T 14549" in text
    with db.transaction() as s:
        set_fee_items(s, parse_fee_lines("高可靠性供电费：按省物价局核定标准收取\n临时接电费：按核定标准收取"))
    text = _pdf_text(write_notice(tmp_path / "n.pdf", acceptance_data(db, case_id, today)))
    assert "高可靠性供电费" in text and "按省物价局核定标准收取" in text and "临时接电费" in text
    plain = _resident(db, station, today, today)
    with pytest.raises(PaperError, match="缺件清单"):
        write_missing_notice(tmp_path / "x.pdf", acceptance_data(db, plain, today))
    with pytest.raises(PaperError, match="非线性负荷"):
        write_power_quality_notice(tmp_path / "y.pdf", acceptance_data(db, plain, today))


def test_fee_items_are_checked(db):
    from yekuo_desk.services.fee_items import FeeItemsError, parse_fee_lines

    with pytest.raises(FeeItemsError, match="第2行"):
        parse_fee_lines("高可靠性供电费：按标准\n临时接电费")
    assert parse_fee_lines("A: b\n\nC：d") == [("A", "b"), ("C", "d")]


def test_a_feedback_reply_is_late_by_the_same_definition(db, station):
    """Received Mon 9 Nov 2026: a complaint's 5 working days end Mon 16 Nov; unanswered, it is not late on that
    day and late on Tue 17. A deadline on a Friday answered on the Saturday is in time, as a stage would be."""
    from yekuo_desk.services import feedback

    form = _complaint(db, station, date(2026, 11, 20))
    assert form.deadline == date(2026, 11, 16)
    assert not feedback.get_form(db, form.id, today=date(2026, 11, 16)).row.late
    assert feedback.get_form(db, form.id, today=date(2026, 11, 17)).row.late
    # Deadline on a Friday (received Fri 6 Nov: 5 working days end Fri 13 Nov); answered Sat 14: in time.
    friday = _complaint(db, station, date(2026, 11, 20), received_on=date(2026, 11, 6))
    assert friday.deadline == date(2026, 11, 13)
    feedback.advance(db, friday.id, feedback.IN_PROGRESS, date(2026, 11, 9), today=date(2026, 11, 20))
    feedback.advance(db, friday.id, feedback.REPLIED, date(2026, 11, 14), today=date(2026, 11, 20),
                     investigation="已查明", decision="致歉", reply_on=date(2026, 11, 14), reply_method="电话")
    assert not feedback.get_form(db, friday.id, today=date(2026, 11, 20)).row.late
