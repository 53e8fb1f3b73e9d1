from datetime import date

import pytest
from conftest import sign_in

from yekuo_desk.services import assessment, cases, notices
from yekuo_desk.services.assessment import AssessmentError
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.notices import NoticeError, NoticeInput

TODAY = date(2026, 11, 20)


def new_case(db, station, accepted, name="张三"):
    return cases.create_case(db, CaseInput(station_id=station.id, customer_name=name, category="resident",
                                           accepted_on=accepted), today=TODAY)


def units(sheet):
    return {u.station: [(i.kind, i.case_number, i.stage, i.amount) for i in u.items] for u in sheet.units}


def test_a_stage_due_on_the_last_working_day_and_done_the_next_month_is_charged_in_its_due_month(db, station):
    # Accepted Thursday 2026-10-29: acceptance is due Friday 10-30, the last working day of October.
    case_id = new_case(db, station, date(2026, 10, 29))
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 2), today=TODAY)
    october = assessment.build_sheet(db, "2026-10", today=TODAY)
    number = cases.get_case(db, case_id, TODAY).case_number
    assert ("late_stage", number, "acceptance", 100.0) in units(october)["城关供电所"]
    assert all(i.stage != "acceptance" for u in assessment.build_sheet(db, "2026-11", today=TODAY).units
               for i in u.items)


def test_open_overdue_stages_count_and_on_time_ones_do_not(db, station):
    on_time = new_case(db, station, date(2026, 11, 2), "准时")
    cases.record_completion(db, on_time, "acceptance", date(2026, 11, 3), today=TODAY)
    new_case(db, station, date(2026, 11, 2), "拖延")  # acceptance due 11-03, still open; plan reply due 11-05
    sheet = assessment.build_sheet(db, "2026-11", today=TODAY)
    late = [(i.stage, i.reason) for u in sheet.units for i in u.items]
    assert [s for s, _ in late].count("acceptance") == 1 and [s for s, _ in late].count("plan_reply") == 2
    assert "至今未完成" in late[0][1]
    assert sheet.total == 300.0


def test_customer_cause_removes_a_stage_and_is_logged(db, station):
    case_id = new_case(db, station, date(2026, 11, 2))
    sheet = assessment.build_sheet(db, "2026-11", today=TODAY)
    item = next(i for i in sheet.units[0].items if i.stage == "acceptance")
    with pytest.raises(AssessmentError, match="请填写原因"):
        assessment.mark_customer_cause(db, item.ref_id, "  ")
    sign_in(db, "稽查员", "audit")
    assessment.mark_customer_cause(db, item.ref_id, "客户未带身份证原件，次日补交")
    after = assessment.build_sheet(db, "2026-11", today=TODAY)
    assert [i.amount for u in after.units for i in u.items if i.ref_id == item.ref_id] == [0.0]
    assert after.total == sheet.total - item.amount
    history = cases.get_case(db, case_id, TODAY).history
    assert history[-1].field == "customer_cause" and history[-1].user == "稽查员"


def test_notices_and_hand_entered_items_with_totals_per_unit(db, station, other_station):
    notices.add_notice(db, NoticeInput("线外流转", station.id, "装表日期与系统不符", date(2026, 11, 5),
                                       persons="李某、王某", amount=200), today=TODAY)
    notices.add_notice(db, NoticeInput("配电柜门未关", other_station.id, "巡查发现", date(2026, 11, 6)), today=TODAY)
    assessment.add_item(db, "2026-11", other_station.id, "coordination", "未按协调会决定按期完成配套工程")
    assessment.add_item(db, "2026-11", station.id, "complaint", "服务态度引起投诉", amount=300)
    sheet = assessment.build_sheet(db, "2026-11", today=TODAY)
    got = {u.station: u.total for u in sheet.units}
    assert got == {"城关供电所": 500.0, "河口供电所": 500.0} and sheet.total == 1000.0
    hk = next(u for u in sheet.units if u.station == "河口供电所")
    assert hk.items[0].reason.startswith("工作配合超时限") and hk.as_json()["total"] == 500.0
    with pytest.raises(AssessmentError, match="考核金额：请填写"):
        assessment.add_item(db, "2026-11", station.id, "complaint", "x")


def test_notice_numbers_and_checks(db, station):
    a = notices.add_notice(db, NoticeInput("三不指定", station.id, "指定施工单位", date(2026, 11, 5),
                                           persons="赵某", amount=100), today=TODAY)
    b = notices.add_notice(db, NoticeInput("其他", station.id, "资料不全", date(2026, 11, 6)), today=TODAY)
    assert a.number.startswith("JD-2026-") and a.number != b.number and a.person_count == 1
    with pytest.raises(NoticeError, match="被考核人员"):
        notices.add_notice(db, NoticeInput("其他", station.id, "x", date(2026, 11, 6), amount=50), today=TODAY)
    with pytest.raises(NoticeError, match="类别"):
        notices.add_notice(db, NoticeInput("迟到", station.id, "x", date(2026, 11, 6)), today=TODAY)
    assert [n.number for n in notices.notices_in(db, "2026-11")] == [b.number, a.number]
