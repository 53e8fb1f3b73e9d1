"""Working-day arithmetic over a holiday calendar held as data.

"Due" is the N-th working day after the clock's start date, the start date itself not
counted. Weekends and statutory holidays are not worked; make-up days (调休) are.
A result that touches a year without a confirmed calendar is *provisional*: it was
counted there on weekends and the statutory days off only (services.statutory) and must be shown as such.
"""
from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

FIRST_YEAR = 1990
LAST_YEAR = 2100


class CalendarRangeError(ValueError):
    """A date outside the years the calendar counts; the message is for the user (Chinese)."""

    def __init__(self, what: str = "日期"):
        super().__init__(f"{what}超出日历范围：本软件按 {FIRST_YEAR}–{LAST_YEAR} 年计算工作日")


@dataclass(frozen=True)
class WorkdayResult:
    day: date
    provisional: bool


class WorkCalendar:
    """An immutable calendar: holidays, make-up working days, and the years confirmed."""

    def __init__(self, holidays: Iterable[date] = (), workdays: Iterable[date] = (),
                 confirmed_years: Iterable[int] = (), version: int = 0):
        self.holidays = frozenset(holidays)
        self.extra_workdays = frozenset(workdays)
        self.confirmed_years = frozenset(confirmed_years)
        self.version = version
        start, end = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)
        ordinals = []
        for n in range(start.toordinal(), end.toordinal() + 1):
            d = date.fromordinal(n)
            if self._is_workday(d):
                ordinals.append(n)
        self._ordinals = ordinals

    def _is_workday(self, d: date) -> bool:
        if d in self.extra_workdays:
            return True
        if d in self.holidays:
            return False
        return d.weekday() < 5

    def is_workday(self, d: date) -> bool:
        return self._is_workday(d)

    def is_confirmed(self, year: int) -> bool:
        return year in self.confirmed_years

    def provisional_between(self, a: date, b: date) -> bool:
        """True if any year from a to b (inclusive) has no confirmed calendar."""
        lo, hi = min(a, b).year, max(a, b).year
        return any(y not in self.confirmed_years for y in range(lo, hi + 1))

    def add_workdays(self, start: date, n: int) -> WorkdayResult:
        """The n-th working day after `start` (start not counted); n = 0 gives `start`."""
        if n < 0:
            raise ValueError("n must not be negative")
        if n == 0:
            return WorkdayResult(start, start.year not in self.confirmed_years)
        i = bisect_right(self._ordinals, start.toordinal()) + n - 1
        if i >= len(self._ordinals):
            raise CalendarRangeError("计算结果")
        due = date.fromordinal(self._ordinals[i])
        return WorkdayResult(due, self.provisional_between(start, due))

    def count_workdays(self, a: date, b: date) -> int:
        """Working days d with a < d <= b (negative when b is before a)."""
        if b < a:
            return -self.count_workdays(b, a)
        return (bisect_right(self._ordinals, b.toordinal())
                - bisect_right(self._ordinals, a.toordinal()))

    def rank(self, d: date) -> int:
        """How many working days fall on or before `d` (from FIRST_YEAR): the working days between two dates is
        the difference of their ranks."""
        return bisect_right(self._ordinals, d.toordinal())

    @cached_property
    def ranks_json(self) -> str:
        """`rank` of every day from FIRST_YEAR to LAST_YEAR, in order, as a JSON array: made once per calendar
        (the statistics' rank table of each SQLite connection is filled from it)."""
        ordinals, out, i = self._ordinals, [], 0
        for n in range(date(FIRST_YEAR, 1, 1).toordinal(), date(LAST_YEAR, 12, 31).toordinal() + 1):
            while i < len(ordinals) and ordinals[i] <= n:
                i += 1
            out.append(i)
        return json.dumps(out)

    def last_workday_on_or_before(self, d: date) -> date:
        i = bisect_right(self._ordinals, d.toordinal())
        return date.fromordinal(self._ordinals[i - 1])

    def next_workday_on_or_after(self, d: date) -> date:
        i = bisect_left(self._ordinals, d.toordinal())
        return date.fromordinal(self._ordinals[i])

