from datetime import date

from yekuo_desk.services.due import due_items
from yekuo_desk.services.engine_context import calendar_for
from yekuo_desk.services.stations import list_stations

TODAY = date(2026, 11, 20)


def items(db, today=TODAY, station_id=None):
    with db.session() as s:
        return due_items(s, calendar_for(s), today, station_id)


def test_the_due_list_of_a_demo_bureau(demo_db):
    found = items(demo_db)
    statuses = [i.status for i in found]
    assert {"overdue", "upcoming"} <= set(statuses) <= {"overdue", "due_today", "upcoming"}
    first_upcoming = next(i for i in found if i.status == "upcoming")
    on_its_day = items(demo_db, today=first_upcoming.due)
    assert any(i.case_number == first_upcoming.case_number and i.stage == first_upcoming.stage
               and i.status == "due_today" for i in on_its_day)
    # Most urgent first: every overdue before every due-today before every upcoming.
    assert statuses == sorted(statuses, key=["overdue", "due_today", "upcoming"].index)
    for i in found:
        if i.status == "overdue":
            assert i.due < TODAY and i.overdue_days >= 1
        elif i.status == "due_today":
            assert i.due == TODAY
        else:
            assert TODAY < i.due <= date(2026, 11, 25)
    overdue = [i.overdue_days for i in found if i.status == "overdue"]
    assert overdue == sorted(overdue, reverse=True)


def test_per_station_and_judged_on_another_day(demo_db):
    station = list_stations(demo_db)[0]
    mine = items(demo_db, station_id=station.id)
    assert mine and all(i.station == station.name for i in mine)
    later = items(demo_db, today=date(2026, 12, 10))
    assert len(later) > len(items(demo_db))


def test_json_shape(demo_db):
    item = items(demo_db)[0].as_json()
    assert set(item) == {"case_number", "station", "stage", "stage_name", "start", "due", "status",
                         "overdue_days", "provisional"}


def test_the_board_adds_feedback_forms_and_power_on_without_revisit(db, station):
    from yekuo_desk.services import cases, feedback
    from yekuo_desk.services.cases import CaseInput
    from yekuo_desk.services.due import due_board
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="张三", category="resident",
                                              accepted_on=date(2026, 11, 16)), today=TODAY)
    for code, on in [("acceptance", 16), ("site_survey", 17), ("plan_reply", 17), ("fees", 17), ("contract", 17)]:
        cases.record_completion(db, case_id, code, date(2026, 11, on), today=TODAY)
    form = feedback.add_form(db, feedback.FeedbackInput("complaint", "95598", date(2026, 11, 13), "未通电",
                                                        case_id=case_id), today=TODAY)
    with db.session() as s:
        board = due_board(s, calendar_for(s), TODAY)
    kinds = {(i.kind, i.stage_name, i.status) for i in board}
    assert ("feedback", f"反馈单 {form.number}（投诉）", "due_today") in kinds  # 5 working days from 11-13
    assert ("revisit", "接电前回访（尚未回访）", "due_today") in kinds  # connection due 11-20: contract and fees + 3
    feedback.advance(db, form.id, "in_progress", TODAY, today=TODAY)
    feedback.advance(db, form.id, "replied", TODAY, today=TODAY, investigation="x", decision="y", reply_on=TODAY,
                     reply_method="书面")
    with db.session() as s:
        assert all(i.kind != "feedback" for i in due_board(s, calendar_for(s), TODAY))
