"""Typing a year's holidays: dates as people write them, ranges, pasted lists, the year to open on."""
from datetime import date

import pytest

from yekuo_desk.models.calendar import HOLIDAY, WORKDAY
from yekuo_desk.services.calendar_input import parse_day, parse_pasted, range_entries, year_to_confirm
from yekuo_desk.services.calendar_store import CalendarError


@pytest.mark.parametrize("text, expected", [("2027-02-10", date(2027, 2, 10)), ("2027/2/3", date(2027, 2, 3)),
                                            ("2027年2月3日", date(2027, 2, 3)), (" 2027.10.1 ", date(2027, 10, 1))])
def test_dates_as_people_write_them(text, expected):
    assert parse_day(text) == expected


@pytest.mark.parametrize("text, message", [("2027-02-30", "2027-02-30 不存在"), ("2027-13-01", "2027-13-01 不存在"),
                                           ("春节", "不是日期")])
def test_a_bad_date_is_named(text, message):
    with pytest.raises(CalendarError, match=message):
        parse_day(text)


def test_a_range_keeps_the_days_that_need_entering():
    week = range_entries(date(2027, 2, 6), date(2027, 2, 14), HOLIDAY, "春节")
    assert [e.day.day for e in week] == [8, 9, 10, 11, 12] and {e.name for e in week} == {"春节"}
    assert [e.day.day for e in range_entries(date(2027, 2, 6), date(2027, 2, 14), WORKDAY, "")] == [6, 7, 13, 14]
    with pytest.raises(CalendarError, match="早于"):
        range_entries(date(2027, 2, 6), date(2027, 2, 1), HOLIDAY, "")


def test_a_pasted_list_names_every_bad_line():
    entries = parse_pasted("2027-02-10 至 2027-02-12 休 春节\n\n2027-02-20 班 春节调休\n2027-10-01\n2027-09-25")
    assert [(e.day.isoformat(), e.kind, e.name) for e in entries] == [
        ("2027-02-10", HOLIDAY, "春节"), ("2027-02-11", HOLIDAY, "春节"), ("2027-02-12", HOLIDAY, "春节"),
        ("2027-02-20", WORKDAY, "春节调休"), ("2027-10-01", HOLIDAY, ""), ("2027-09-25", WORKDAY, "")]
    with pytest.raises(CalendarError) as err:
        parse_pasted("2027-02-30\n2027-02-10\n国庆")
    assert str(err.value) == "第1行：2027-02-30 不存在\n第3行：应为一个日期或“开始 至 结束”"


def test_the_screen_opens_on_the_year_to_confirm():
    assert year_to_confirm({2025, 2026}, date(2026, 11, 20)) == 2027
    assert year_to_confirm({2025}, date(2026, 3, 1)) == 2026
    assert year_to_confirm({2026, 2027}, date(2026, 12, 20)) == 2027
