from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from yekuo_desk.services.calendar_store import package_calendar
from yekuo_desk.services.workcalendar import WorkCalendar

CAL = package_calendar()


def test_2026_make_up_working_days_are_worked():
    for d in ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]:
        day = date.fromisoformat(d)
        assert day.weekday() >= 5
        assert CAL.is_workday(day), d


def test_national_day_2025_example_from_the_domain():
    assert CAL.add_workdays(date(2025, 9, 29), 5).day == date(2025, 10, 13)
    assert not CAL.add_workdays(date(2025, 9, 29), 5).provisional


def test_spring_festival_is_not_worked():
    assert not CAL.is_workday(date(2026, 2, 17))
    assert CAL.is_workday(date(2026, 2, 14))  # a Saturday worked before the festival


def test_start_date_itself_is_not_counted():
    friday = date(2026, 11, 20)
    assert CAL.add_workdays(friday, 1).day == date(2026, 11, 23)
    assert CAL.add_workdays(friday, 0).day == friday


def test_a_year_without_confirmed_calendar_is_provisional():
    r = CAL.add_workdays(date(2026, 12, 28), 5)
    assert r.provisional
    assert r.day == date(2027, 1, 4)  # weekends only: New Year's Day 2027 is not known yet
    assert CAL.provisional_between(date(2026, 12, 1), date(2027, 1, 2))
    assert not CAL.provisional_between(date(2026, 1, 1), date(2026, 12, 31))


def test_count_workdays_excludes_start_includes_end():
    assert CAL.count_workdays(date(2026, 11, 20), date(2026, 11, 23)) == 1
    assert CAL.count_workdays(date(2026, 11, 23), date(2026, 11, 20)) == -1
    assert CAL.count_workdays(date(2025, 9, 30), date(2025, 10, 10)) == 2


def test_custom_calendar_from_data():
    cal = WorkCalendar(holidays=[date(2027, 1, 1)], workdays=[date(2027, 1, 2)], confirmed_years=[2027])
    assert not cal.is_workday(date(2027, 1, 1))
    assert cal.is_workday(date(2027, 1, 2))
    assert cal.add_workdays(date(2026, 12, 31), 1).day == date(2027, 1, 2)


days = st.dates(min_value=date(2004, 1, 1), max_value=date(2030, 12, 31))


@settings(max_examples=300, deadline=None)
@given(start=days, n=st.integers(min_value=0, max_value=60))
def test_adding_then_counting_back_gives_n(start, n):
    due = CAL.add_workdays(start, n).day
    assert CAL.count_workdays(start, due) == n


@settings(max_examples=300, deadline=None)
@given(start=days, n=st.integers(min_value=1, max_value=60))
def test_a_due_date_is_never_a_day_off(start, n):
    due = CAL.add_workdays(start, n).day
    assert CAL.is_workday(due)
    assert due > start


@settings(max_examples=200, deadline=None)
@given(start=days, n=st.integers(min_value=1, max_value=30))
def test_add_workdays_matches_a_day_by_day_walk(start, n):
    d, left = start, n
    while left:
        d += timedelta(days=1)
        left -= CAL.is_workday(d)
    assert CAL.add_workdays(start, n).day == d
