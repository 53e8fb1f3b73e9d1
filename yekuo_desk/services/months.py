"""Calendar months as the workflow uses them ("2026-11"), and their edges."""
from __future__ import annotations

import re
from datetime import date, timedelta


class MonthError(ValueError):
    """A month that is not YYYY-MM; the message is for the user (Chinese)."""


def parse_month(text: str) -> tuple[date, date]:
    """(first day, last day) of a month written YYYY-MM."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not m or not 1 <= int(m[2]) <= 12:
        raise MonthError(f"月份应为 YYYY-MM 格式：{text}")
    from .workcalendar import FIRST_YEAR, LAST_YEAR

    if not FIRST_YEAR <= int(m[1]) <= LAST_YEAR:
        raise MonthError(f"月份超出范围（{FIRST_YEAR}–{LAST_YEAR} 年）：{text}")
    first = date(int(m[1]), int(m[2]), 1)
    return first, next_month_first(first) - timedelta(days=1)


def next_month_first(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def month_of(d: date) -> str:
    return f"{d.year}-{d.month:02d}"


def previous_month(month: str) -> str:
    first, _ = parse_month(month)
    return month_of(first - timedelta(days=1))


def month_label(month: str) -> str:
    """"2026-12" as printed on a paper: 2026年12月."""
    first, _ = parse_month(month)
    return f"{first.year}年{first.month}月"
