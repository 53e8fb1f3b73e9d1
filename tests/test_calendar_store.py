from datetime import date

import pytest

from yekuo_desk.models.calendar import HOLIDAY, WORKDAY
from yekuo_desk.services import calendar_store
from yekuo_desk.services.calendar_store import CalendarEntry, CalendarError
from yekuo_desk.services.engine_context import calendar_for


def test_new_database_has_the_package_calendar(db):
    with db.session() as s:
        years = [y.year for y in calendar_store.years(s)]
        cal = calendar_for(s)
    assert years[0] == 2004 and years[-1] == 2026
    assert cal.add_workdays(date(2025, 9, 29), 5).day == date(2025, 10, 13)
    assert not cal.is_confirmed(2027)


def test_entering_2027_makes_its_dates_final_and_bumps_the_version(db):
    with db.session() as s:
        before = calendar_store.calendar_version(s)
        assert calendar_for(s).add_workdays(date(2026, 12, 31), 1).provisional
    entries = [CalendarEntry(date(2027, 1, 1), HOLIDAY, "元旦"), CalendarEntry(date(2027, 2, 6), WORKDAY, "春节调休")]
    with db.transaction() as s:
        version = calendar_store.save_year(s, 2027, entries, confirmed=True)
    assert version == before + 1
    with db.session() as s:
        cal = calendar_for(s)
        assert calendar_store.year_entries(s, 2027) == entries
    r = cal.add_workdays(date(2026, 12, 31), 1)
    assert r.day == date(2027, 1, 4) and not r.provisional
    assert cal.is_workday(date(2027, 2, 6))
    assert cal.is_workday(date(2027, 2, 9))  # the statute's guess is gone: only what was entered counts


def test_an_unentered_year_counts_the_statutory_days_until_someone_enters_it(db):
    with db.session() as s:
        cal = calendar_for(s)
    assert not cal.is_workday(date(2027, 10, 5)) and not cal.is_workday(date(2027, 2, 8))  # 国庆/春节补假
    assert not cal.is_confirmed(2027)
    draft = [CalendarEntry(date(2027, 10, 1), HOLIDAY, "国庆节")]
    with db.transaction() as s:
        calendar_store.save_year(s, 2027, draft, confirmed=False)
    with db.session() as s:
        cal = calendar_for(s)
    assert not cal.is_workday(date(2027, 10, 1)) and cal.is_workday(date(2027, 10, 5))
    assert cal.add_workdays(date(2027, 9, 30), 1).provisional  # entered but not confirmed: still provisional


@pytest.mark.parametrize("entry, message", [
    (CalendarEntry(date(2028, 1, 3), HOLIDAY, ""), "不在 2027 年内"),
    (CalendarEntry(date(2027, 1, 2), HOLIDAY, ""), "是周末"),
    (CalendarEntry(date(2027, 1, 4), WORKDAY, ""), "应为周六或周日"),
])
def test_bad_calendar_entries_are_refused_with_the_date(db, entry, message):
    with pytest.raises(CalendarError, match=message), db.transaction() as s:
        calendar_store.save_year(s, 2027, [entry], confirmed=True)
    with db.session() as s:
        assert calendar_store.year_entries(s, 2027) == []


def test_duplicate_day_refused(db):
    e = CalendarEntry(date(2027, 1, 1), HOLIDAY, "元旦")
    with pytest.raises(CalendarError, match="重复"), db.transaction() as s:
        calendar_store.save_year(s, 2027, [e, e], confirmed=True)


def test_banner_years(db):
    with db.session() as s:
        assert calendar_store.unconfirmed_years_in_use(s, date(2026, 11, 20)) == [2027]
        assert calendar_store.unconfirmed_years_in_use(s, date(2025, 3, 1)) == []
