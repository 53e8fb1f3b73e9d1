"""The meeting's periods: a week ending on its Friday ("2026-W48"), a quarter ("2026-Q4"), and their edges.

A meeting week is the seven days that end on the Friday of the ISO week (Saturday to Friday): the Friday
meeting looks back over the week just gone, and no day falls between two meetings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta


class PeriodError(ValueError):
    """A week or quarter written wrongly; the message is for the user (Chinese)."""


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    label: str  # as printed: "2026年第48周（11月21日—11月27日）"


def parse_week(text: str) -> Period:
    m = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text.strip(), re.I)
    if not m:
        raise PeriodError(f"周应为 YYYY-Www 格式，如 2026-W48：{text}")
    year, week = int(m[1]), int(m[2])
    _check_year(year, text)
    try:
        friday = date.fromisocalendar(year, week, 5)
    except ValueError:
        raise PeriodError(f"{year} 年没有第 {week} 周：{text}") from None
    return week_period(friday)


def week_period(day: date) -> Period:
    """The meeting week that holds `day`: Saturday to the Friday on or after it."""
    friday = day + timedelta(days=(4 - day.weekday()) % 7)
    year, week, _ = friday.isocalendar()
    first = friday - timedelta(days=6)
    return Period(first, friday, f"{year}年第{week}周（{first.month}月{first.day}日—{friday.month}月{friday.day}日）")


def week_code(period: Period) -> str:
    year, week, _ = period.last.isocalendar()
    return f"{year}-W{week:02d}"


def parse_quarter(text: str) -> Period:
    m = re.fullmatch(r"(\d{4})-?Q([1-4])", text.strip(), re.I)
    if not m:
        raise PeriodError(f"季度应为 YYYY-Qn 格式，如 2026-Q4：{text}")
    _check_year(int(m[1]), text)
    return quarter_period(int(m[1]), int(m[2]))


def _check_year(year: int, text: str) -> None:
    from .workcalendar import FIRST_YEAR, LAST_YEAR

    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodError(f"年份超出范围（{FIRST_YEAR}–{LAST_YEAR} 年）：{text}")


def quarter_period(year: int, quarter: int) -> Period:
    first = date(year, 3 * quarter - 2, 1)
    nxt = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
    return Period(first, nxt - timedelta(days=1), f"{year}年第{quarter}季度")


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def previous_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)
