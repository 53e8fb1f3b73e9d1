from datetime import date

import pytest
from conftest import sign_in

from yekuo_desk.models.revisit import NO, YES
from yekuo_desk.services import cases, revisits
from yekuo_desk.services.cases import CaseInput, RevisitRequired
from yekuo_desk.services.revisits import RevisitError, RevisitInput

TODAY = date(2026, 11, 20)


def case(db, station, name="张三", accepted=date(2026, 10, 12), done=()):
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name=name, category="resident",
                                              accepted_on=accepted), today=TODAY)
    for code, on in done:
        cases.record_completion(db, case_id, code, on, today=TODAY, without_revisit="测试")
    return case_id


def revisit(db, case_id, stage="acceptance", on=date(2026, 11, 2), **kw):
    values = dict(case_id=case_id, stage=stage, revisit_on=on, method="phone", caller="李稽查",
                  satisfaction="satisfied")
    values.update(kw)
    return revisits.record_revisit(db, RevisitInput(**values), today=TODAY)


def test_proposal_puts_unvisited_open_cases_first_then_confirmation_calls(db, station):
    a = case(db, station, "张三", done=[("acceptance", date(2026, 10, 13))])
    visited = case(db, station, "李四")
    revisit(db, visited)
    # done on its due date last month: a confirmation call is proposed
    b = case(db, station, "王五", accepted=date(2026, 10, 14), done=[("acceptance", date(2026, 10, 15))])
    revisit(db, b)
    rows = revisits.plan_info(db, "2026-11", station.id).rows
    assert [(r.customer_name, r.reason) for r in rows] == [("张三", "no_revisit"), ("王五", "done_on_due")]
    assert rows[0].stage == "acceptance" and rows[0].case_id == a


def test_connected_cases_are_not_proposed(db, station):
    done = [("acceptance", date(2026, 10, 12)), ("site_survey", date(2026, 10, 13)),
            ("plan_reply", date(2026, 10, 14)), ("fees", date(2026, 10, 14)), ("contract", date(2026, 10, 15)),
            ("connection", date(2026, 10, 16))]  # none done exactly on its due date
    case(db, station, done=done)
    assert revisits.plan_info(db, "2026-11", station.id).rows == []


def test_issue_a_plan_then_changes_need_a_reason(db, station):
    case_id = case(db, station)
    sign_in(db, "稽查员", "audit")
    late = revisits.issue_plan(db, "2026-11", station.id, date(2026, 11, 2))
    info = revisits.plan_info(db, "2026-11", station.id)
    assert not late and not info.late and info.issued_on == date(2026, 11, 2) and info.issued_by == "稽查员"
    other = case(db, station, "赵六")
    with pytest.raises(RevisitError, match="修改须填写原因"):
        revisits.save_plan(db, "2026-11", station.id, [(case_id, "acceptance", "no_revisit"),
                                                      (other, "acceptance", "added")])
    revisits.save_plan(db, "2026-11", station.id, [(case_id, "acceptance", "no_revisit"),
                                                  (other, "acceptance", "added")], reason="新受理工单补充")
    assert [r.customer_name for r in revisits.plan_info(db, "2026-11", station.id).rows] == ["张三", "赵六"]
    with pytest.raises(RevisitError, match="已于 2026-11-02 下达"):
        revisits.issue_plan(db, "2026-11", station.id, date(2026, 11, 3))


def test_a_january_plan_across_the_new_year_holiday_is_late_after_the_3rd(db, station):
    case(db, station, accepted=date(2025, 12, 15))
    # 2026-01-01..03 are New Year holidays and 01-04 a make-up working day: the 3rd still counts.
    assert revisits.issue_plan(db, "2026-01", station.id, date(2026, 1, 4))
    assert revisits.plan_info(db, "2026-01", station.id).late
    assert not revisits.issue_plan(db, "2026-02", station.id, date(2026, 2, 3))


def test_results_are_due_by_the_10th_of_the_next_month(db, station, other_station):
    a = case(db, station, "张三")
    case(db, station, "李四")
    revisits.issue_plan(db, "2026-11", station.id, date(2026, 11, 2))
    revisit(db, a, on=date(2026, 11, 5))
    due = revisits.results_due(db, "2026-11", date(2026, 12, 10))
    assert [(d.station, d.planned, d.done, d.missing, d.late) for d in due] == [("城关供电所", 2, 1, 1, False)]
    assert due[0].deadline == date(2026, 12, 10)
    assert revisits.results_due(db, "2026-11", date(2026, 12, 11))[0].late


def test_record_a_revisit_with_its_checklist(db, station):
    case_id = case(db, station)
    rid = revisit(db, case_id, respondent="张三本人", customer_words="态度很好",
                  checklist={"signed_in_person": YES, "no_favours": NO})
    rows = revisits.revisits_in(db, "2026-11")
    assert [r.id for r in rows] == [rid]
    assert rows[0].problems == ["吃拿卡要"] and rows[0].checklist["capacity_matches"] == "na"


@pytest.mark.parametrize("kw, message", [
    (dict(stage="fees"), "不是本工单的关键环节"),
    (dict(on=date(2026, 11, 21)), "不能晚于今天"),
    (dict(on=date(2026, 10, 1)), "不能早于受理日期"),
    (dict(caller=" "), "回访人：不能为空"),
    (dict(satisfaction="ok"), "满意度"),
    (dict(checklist={"attitude_ok": "maybe"}), "服务态度"),
])
def test_bad_revisits_are_refused(db, station, kw, message):
    case_id = case(db, station)
    with pytest.raises(RevisitError, match=message):
        revisit(db, case_id, **kw)


def test_power_on_without_a_revisit_needs_confirmation_and_is_recorded(db, station):
    steps = [("acceptance", date(2026, 10, 13)), ("site_survey", date(2026, 10, 14)),
             ("plan_reply", date(2026, 10, 15)), ("fees", date(2026, 10, 16)), ("contract", date(2026, 10, 19))]
    case_id = case(db, station, done=steps)
    with pytest.raises(RevisitRequired, match="接电前应至少回访一个关键环节"):
        cases.record_completion(db, case_id, "connection", date(2026, 10, 20), today=TODAY)
    cases.record_completion(db, case_id, "connection", date(2026, 10, 20), today=TODAY,
                            without_revisit="客户外出，电话无人接听，经分管领导同意先接电")
    history = cases.get_case(db, case_id, TODAY).history
    assert history[-1].field == "connection_without_revisit"
    assert history[-1].reason.startswith("客户外出")
    # With a revisit on or before the power-on date, no question is asked; one after it does not count.
    other = case(db, station, "李四", done=steps)
    revisit(db, other, on=date(2026, 10, 21))
    with pytest.raises(RevisitRequired, match="2026-10-20 之前没有关键环节回访"):
        cases.record_completion(db, other, "connection", date(2026, 10, 20), today=TODAY)
    revisit(db, other, on=date(2026, 10, 20))
    cases.record_completion(db, other, "connection", date(2026, 10, 20), today=TODAY)


def test_cases_nearing_power_on_without_revisit(db, station):
    from yekuo_desk.services.engine_context import calendar_for
    steps = [("acceptance", date(2026, 11, 16)), ("site_survey", date(2026, 11, 16)),
             ("plan_reply", date(2026, 11, 17)), ("fees", date(2026, 11, 17)), ("contract", date(2026, 11, 18))]
    near = case(db, station, accepted=date(2026, 11, 16), done=steps)
    with db.session() as s:
        found = revisits.cases_near_connection_without_revisit(s, date(2026, 11, 25))
        assert [r.case_id for r in found] == [near]
        assert calendar_for(s)
    revisit(db, near, on=date(2026, 11, 19))
    with db.session() as s:
        assert revisits.cases_near_connection_without_revisit(s, date(2026, 11, 25)) == []
