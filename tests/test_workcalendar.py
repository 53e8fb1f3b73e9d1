from datetime import date, timedelta

import pytest

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
    # 2027's schedule is not published: counted with weekends and the statutory days off, so New Year's
    # Day (Fri 1 Jan 2027) is off: 29, 30, 31 Dec, Mon 4 and Tue 5 Jan.
    assert r.day == date(2027, 1, 5)
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


def test_an_unpublished_year_has_the_statutory_days_off():
    """2027 by 《全国年节及纪念日放假办法》 (2024): 除夕 Fri 5 Feb, 初一–初三 Sat 6 – Mon 8 Feb; the two weekend
    days are made up on Tue 9 and Wed 10 Feb. 清明 Mon 5 Apr. 劳动节 Sat 1, Sun 2 May → Mon 3, Tue 4 May.
    端午 Wed 9 Jun, 中秋 Wed 15 Sep. 国庆 Fri 1 – Sun 3 Oct → Fri 1, Mon 4, Tue 5 Oct."""
    from yekuo_desk.services.statutory import statutory_days_off

    off = [d for d, _ in statutory_days_off(2027)]
    assert off == [date(2027, 1, 1), date(2027, 2, 5), date(2027, 2, 8), date(2027, 2, 9), date(2027, 2, 10),
                   date(2027, 4, 5), date(2027, 5, 3), date(2027, 5, 4), date(2027, 6, 9), date(2027, 9, 15),
                   date(2027, 10, 1), date(2027, 10, 4), date(2027, 10, 5)]
    for d in off:
        assert not CAL.is_workday(d), d
    # From Thu 4 Feb 2027, 3 working days skip the festival: Mon 8 – Wed 10 Feb are off, so Thu 11, Fri 12,
    # Mon 15 Feb. Still provisional.
    r = CAL.add_workdays(date(2027, 2, 4), 3)
    assert r.day == date(2027, 2, 15) and r.provisional


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_statute_agrees_with_the_published_years(year):
    """Every statutory holiday that falls on a weekday was off in the State Council's schedule of the years
    since the 2024 amendment (the schedule adds bridging days; the statute's days are always among them)."""
    from yekuo_desk.services.statutory import statutory_days_off

    for d, name in statutory_days_off(year):
        if not name.endswith("补假"):
            assert not CAL.is_workday(d), (d, name)


def test_the_lunar_table_matches_lunar_python():
    """The festival dates kept in a table (for a quick start) are those lunar-python works out."""
    from yekuo_desk.services.statutory import _KNOWN, _lunar_to_solar, lunar_to_solar

    assert min(_KNOWN) == 1990 and max(_KNOWN) == 2100
    for year in range(1990, 2101, 7):
        for month, day in ((1, 1), (5, 5), (8, 15)):
            assert _lunar_to_solar(year, month, day) == lunar_to_solar(year, month, day)
    assert _lunar_to_solar(2027, 1, 1) == date(2027, 2, 6)  # 春节 2027: Sat 6 Feb
