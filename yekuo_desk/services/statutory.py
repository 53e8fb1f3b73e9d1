"""The statutory days off of a year whose schedule the State Council has not published yet.

《全国年节及纪念日放假办法》 (as amended 2024, in force 2025) fixes the holidays themselves: 元旦 1 day
(1 Jan), 春节 4 days (除夕 to 正月初三), 清明节 1 (the solar term), 劳动节 2 (1–2 May), 端午节 1 (五月初五),
中秋节 1 (八月十五), 国庆节 3 (1–3 Oct). Only the bridging and the make-up working days are announced each
year. Art. 6: a holiday that falls on a Saturday or Sunday is made up on a working day; here, the next
weekday that is not itself a day off. A year counted this way is still provisional (暂定).
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

# The lunar dates (month, day) of the lunar holidays.
_LUNAR = (((5, 5), "端午节"), ((8, 15), "中秋节"))


def _lunar_to_solar(year: int, month: int, day: int) -> date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def _qingming(year: int) -> date:
    from chinese_calendar import get_solar_terms

    return next(d for d, name in get_solar_terms(date(year, 4, 1), date(year, 4, 10)) if name == "清明")


def statutory_holidays(year: int) -> list[tuple[date, str]]:
    """The statutory holiday days of `year`, in order (a day may appear twice when two festivals meet)."""
    new_year = _lunar_to_solar(year, 1, 1)
    days = [(date(year, 1, 1), "元旦")]
    days += [(new_year + timedelta(days=i), "春节") for i in range(-1, 3)]  # 除夕 … 正月初三
    days.append((_qingming(year), "清明节"))
    days += [(date(year, 5, 1), "劳动节"), (date(year, 5, 2), "劳动节")]
    days += [(_lunar_to_solar(year, m, d), name) for (m, d), name in _LUNAR]
    days += [(date(year, 10, i), "国庆节") for i in (1, 2, 3)]
    return sorted(days)


@lru_cache(maxsize=256)
def statutory_days_off(year: int) -> tuple[tuple[date, str], ...]:
    """The weekdays off in `year` by the statute: each holiday on a weekday, and for each that falls on a
    weekend (or on a day already off, as when 中秋 meets 国庆) the next free weekday after it ("…补假").

    E.g. 2027: 除夕 Fri 5 Feb, 春节 Sat 6 – Mon 8 Feb → off Fri 5, Mon 8, and Tue 9, Wed 10 for the weekend."""
    holidays = statutory_holidays(year)
    statutory = {d for d, _ in holidays}
    taken: set[date] = set()
    out: list[tuple[date, str]] = []
    for day, name in holidays:
        if day.weekday() < 5 and day not in taken:
            taken.add(day)
            out.append((day, name))
            continue
        sub = day + timedelta(days=1)
        while sub.weekday() >= 5 or sub in taken or (sub in statutory and sub > day):
            sub += timedelta(days=1)
        taken.add(sub)
        out.append((sub, f"{name}补假"))
    return tuple(sorted(out))
