"""The holiday calendar in the database: seeding from `chinesecalendar`, loading, editing, versions."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..models import CalendarDay, CalendarYear
from ..models.calendar import HOLIDAY, WORKDAY
from .settings_store import CALENDAR_VERSION, bump_int, get_setting
from .workcalendar import LAST_YEAR, WorkCalendar
from . import auth

HOLIDAY_NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


class CalendarError(ValueError):
    """Bad calendar input; the message is for the user (Chinese)."""


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: str
    name: str


def package_entries() -> list[CalendarEntry]:
    """The State Council's holidays and make-up days as `chinesecalendar` ships them."""
    from chinese_calendar import constants

    entries = [CalendarEntry(d, HOLIDAY, HOLIDAY_NAMES.get(str(n), str(n)))
               for d, n in constants.holidays.items() if d.weekday() < 5]  # a weekend holiday changes nothing
    entries += [CalendarEntry(d, WORKDAY, HOLIDAY_NAMES.get(str(n), str(n)) + "调休")
                for d, n in constants.workdays.items() if d.weekday() >= 5]
    return sorted(entries, key=lambda e: e.day)


def package_calendar() -> WorkCalendar:
    entries = package_entries()
    return _calendar([e.day for e in entries if e.kind == HOLIDAY], [e.day for e in entries if e.kind == WORKDAY],
                     {e.day.year for e in entries}, {e.day.year for e in entries}, 0)


# Provisional years are counted with the statutory days off from this year on, up to this many years ahead
# (a limit of at most 365 working days never reaches further; each year costs a few milliseconds to work out).
STATUTORY_FROM = 2000
STATUTORY_AHEAD = 10


def statutory_entries(year: int) -> list[CalendarEntry]:
    """A year without a published schedule, as the statute gives it (see services.statutory)."""
    from .statutory import statutory_days_off

    return [CalendarEntry(d, HOLIDAY, name) for d, name in statutory_days_off(year)]


def _calendar(holidays: list[date], workdays: list[date], confirmed: set[int], entered: set[int],
              version: int) -> WorkCalendar:
    """The calendar, with the statutory days off added for each unconfirmed year nobody has entered days for."""
    last = min(LAST_YEAR, date.today().year + STATUTORY_AHEAD)
    for year in range(STATUTORY_FROM, last + 1):
        if year not in confirmed and year not in entered:
            holidays += [e.day for e in statutory_entries(year)]
    return WorkCalendar(holidays, workdays, confirmed, version)


def seed_from_package(s: Session) -> list[int]:
    """Load every year `chinesecalendar` knows into an empty calendar; returns the years."""
    entries = package_entries()
    years = sorted({e.day.year for e in entries})
    s.add_all(CalendarDay(day=e.day, kind=e.kind, name=e.name) for e in entries)
    s.add_all(CalendarYear(year=y, confirmed=True, source="chinesecalendar") for y in years)
    bump_int(s, CALENDAR_VERSION)
    return years


def load_calendar(s: Session) -> WorkCalendar:
    holidays, workdays = [], []
    for d, kind in s.execute(select(CalendarDay.day, CalendarDay.kind)):
        (holidays if kind == HOLIDAY else workdays).append(d)
    confirmed = set(s.scalars(select(CalendarYear.year).where(CalendarYear.confirmed)))
    entered = {d.year for d in holidays + workdays}
    return _calendar(holidays, workdays, confirmed, entered, int(get_setting(s, CALENDAR_VERSION, "0")))


def calendar_version(s: Session) -> int:
    return int(get_setting(s, CALENDAR_VERSION, "0"))


def years(s: Session) -> list[CalendarYear]:
    return list(s.scalars(select(CalendarYear).order_by(CalendarYear.year)))


def year_entries(s: Session, year: int) -> list[CalendarEntry]:
    rows = s.scalars(select(CalendarDay).where(
        CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
    ).order_by(CalendarDay.day))
    return [CalendarEntry(r.day, r.kind, r.name) for r in rows]


def save_year(s: Session, year: int, entries: list[CalendarEntry], confirmed: bool,
              source: str = "管理员录入") -> int:
    """Replace one year's holidays and make-up days; returns the new calendar version."""
    auth.require(s, auth.ADMINISTER)
    seen: set[date] = set()
    for e in entries:
        if e.day.year != year:
            raise CalendarError(f"{e.day.isoformat()} 不在 {year} 年内")
        if e.day in seen:
            raise CalendarError(f"{e.day.isoformat()} 重复")
        seen.add(e.day)
        if e.kind == HOLIDAY and e.day.weekday() >= 5:
            raise CalendarError(f"{e.day.isoformat()} 是周末，无需登记为节假日")
        if e.kind == WORKDAY and e.day.weekday() < 5:
            raise CalendarError(f"{e.day.isoformat()} 是工作日，调休上班日应为周六或周日")
        if e.kind not in (HOLIDAY, WORKDAY):
            raise CalendarError(f"{e.day.isoformat()} 类别无效")
    s.execute(delete(CalendarDay).where(
        CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)))
    s.add_all(CalendarDay(day=e.day, kind=e.kind, name=e.name) for e in entries)
    row = s.get(CalendarYear, year)
    if row is None:
        s.add(CalendarYear(year=year, confirmed=confirmed, source=source))
    else:
        row.confirmed, row.source = confirmed, source
    return bump_int(s, CALENDAR_VERSION)


def unconfirmed_years_in_use(s: Session, today: date) -> list[int]:
    """Years from this one to next year that have no confirmed calendar (for the banner)."""
    confirmed = set(s.scalars(select(CalendarYear.year).where(CalendarYear.confirmed)))
    return [y for y in (today.year, today.year + 1) if y not in confirmed]
