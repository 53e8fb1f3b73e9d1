"""Typing a year's holidays the quick way: a date checked as people write it, a range (the Spring Festival
week), or a list pasted from the State Council's notice."""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..models.calendar import HOLIDAY, WORKDAY
from .calendar_store import CalendarEntry, CalendarError

_SHAPE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_HOLIDAY_WORDS = ("休", "放假", "假", "节假日", "holiday")
_WORKDAY_WORDS = ("班", "上班", "调休上班", "补班", "workday")


def parse_day(text: str) -> date:
    """2027-02-10, 2027/2/10 or 2027年2月10日; a date that does not exist is named (2027-02-30 不存在)."""
    m = _SHAPE.fullmatch(text.strip())
    if not m:
        raise CalendarError(f"“{text.strip()}”不是日期，应写作 YYYY-MM-DD")
    y, mo, d = (int(g) for g in m.groups())
    try:
        return date(y, mo, d)
    except ValueError:
        raise CalendarError(f"{y:04d}-{mo:02d}-{d:02d} 不存在") from None


def range_entries(start: date, end: date, kind: str, name: str) -> list[CalendarEntry]:
    """The days of a range that need entering: its weekdays for a holiday (a weekend is off anyway), its
    Saturdays and Sundays for make-up working days."""
    if end < start:
        raise CalendarError(f"结束日期 {end.isoformat()} 早于开始日期 {start.isoformat()}")
    if (end - start).days > 40:
        raise CalendarError("一次最多登记40天")
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    wanted = (lambda d: d.weekday() < 5) if kind == HOLIDAY else (lambda d: d.weekday() >= 5)
    return [CalendarEntry(d, kind, name.strip()) for d in days if wanted(d)]


def parse_pasted(text: str) -> list[CalendarEntry]:
    """One date or range a line ("2027-02-10", "2027-02-10 至 2027-02-16 休 春节", "2027-02-07 班 春节调休");
    without 休/班 a weekday is a holiday and a weekend day a make-up working day. Every bad line is named."""
    entries, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        dates = list(_SHAPE.finditer(line))
        rest = _SHAPE.sub(" ", line).replace("至", " ").replace("~", " ").replace("—", " ").replace("-", " ").split()
        kind = None
        if rest and rest[0] in _HOLIDAY_WORDS:
            kind, rest = HOLIDAY, rest[1:]
        elif rest and rest[0] in _WORKDAY_WORDS:
            kind, rest = WORKDAY, rest[1:]
        name = " ".join(rest)
        try:
            if not dates or len(dates) > 2:
                raise CalendarError("应为一个日期或“开始 至 结束”")
            start = parse_day(dates[0].group(0))
            end = parse_day(dates[-1].group(0))
            if kind is None:
                kind = HOLIDAY if start.weekday() < 5 else WORKDAY
            entries += range_entries(start, end, kind, name) if len(dates) == 2 else [CalendarEntry(start, kind, name)]
        except CalendarError as exc:
            problems.append(f"第{number}行：{exc}")
    if problems:
        raise CalendarError("\n".join(problems))
    return entries


def year_to_confirm(confirmed: set[int], today: date) -> int:
    """The year the calendar screen opens on: this year or next, the first not yet confirmed (next year once
    both are)."""
    return next((y for y in (today.year, today.year + 1) if y not in confirmed), today.year + 1)
