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

# The solar dates of 正月初一, 五月初五 and 八月十五 (MMDD) of 1990–2100, worked out once with lunar-python
# (tests/test_workcalendar.py checks them against it): working them out at start took 0.6 s on the GUI thread.
_TABLE = """
1990:0127,0528,1003 1991:0215,0616,0922 1992:0204,0605,0911 1993:0123,0624,0930 1994:0210,0613,0920 1995:0131,0602,0909
1996:0219,0620,0927 1997:0207,0609,0916 1998:0128,0530,1005 1999:0216,0618,0924 2000:0205,0606,0912 2001:0124,0625,1001
2002:0212,0615,0921 2003:0201,0604,0911 2004:0122,0622,0928 2005:0209,0611,0918 2006:0129,0531,1006 2007:0218,0619,0925
2008:0207,0608,0914 2009:0126,0528,1003 2010:0214,0616,0922 2011:0203,0606,0912 2012:0123,0623,0930 2013:0210,0612,0919
2014:0131,0602,0908 2015:0219,0620,0927 2016:0208,0609,0915 2017:0128,0530,1004 2018:0216,0618,0924 2019:0205,0607,0913
2020:0125,0625,1001 2021:0212,0614,0921 2022:0201,0603,0910 2023:0122,0622,0929 2024:0210,0610,0917 2025:0129,0531,1006
2026:0217,0619,0925 2027:0206,0609,0915 2028:0126,0528,1003 2029:0213,0616,0922 2030:0203,0605,0912 2031:0123,0624,1001
2032:0211,0612,0919 2033:0131,0601,0908 2034:0219,0620,0927 2035:0208,0610,0916 2036:0128,0530,1004 2037:0215,0618,0924
2038:0204,0607,0913 2039:0124,0527,1002 2040:0212,0614,0920 2041:0201,0603,0910 2042:0122,0622,0928 2043:0210,0611,0917
2044:0130,0531,1005 2045:0217,0619,0925 2046:0206,0608,0915 2047:0126,0529,1004 2048:0214,0615,0922 2049:0202,0604,0911
2050:0123,0623,0930 2051:0211,0613,0919 2052:0201,0601,0907 2053:0219,0620,0926 2054:0208,0610,0916 2055:0128,0530,1005
2056:0215,0617,0924 2057:0204,0606,0913 2058:0124,0625,1002 2059:0212,0614,0921 2060:0202,0603,0909 2061:0121,0622,0928
2062:0209,0611,0917 2063:0129,0601,1006 2064:0217,0619,0925 2065:0205,0608,0915 2066:0126,0528,1003 2067:0214,0616,0923
2068:0203,0604,0911 2069:0123,0623,0929 2070:0211,0613,0919 2071:0131,0602,0908 2072:0219,0620,0926 2073:0207,0610,0916
2074:0127,0530,1005 2075:0215,0617,0924 2076:0205,0606,0912 2077:0124,0624,1001 2078:0212,0614,0920 2079:0202,0604,0910
2080:0122,0622,0928 2081:0209,0611,0917 2082:0129,0601,1006 2083:0217,0619,0926 2084:0206,0607,0914 2085:0126,0527,1003
2086:0214,0615,0922 2087:0203,0605,0911 2088:0124,0623,0929 2089:0210,0613,0918 2090:0130,0602,0908 2091:0218,0621,0927
2092:0207,0609,0916 2093:0127,0529,1005 2094:0215,0617,0924 2095:0205,0606,0913 2096:0125,0624,0930 2097:0212,0614,0920
2098:0201,0604,0909 2099:0121,0623,0929 2100:0209,0612,0918
"""
_KNOWN = {int(year): tuple(days.split(",")) for year, days in (item.split(":") for item in _TABLE.split())}
_COLUMN = {(1, 1): 0, (5, 5): 1, (8, 15): 2}


def _lunar_to_solar(year: int, month: int, day: int) -> date:
    known = _KNOWN.get(year)
    if known is not None and (month, day) in _COLUMN:
        mmdd = known[_COLUMN[(month, day)]]
        return date(year, int(mmdd[:2]), int(mmdd[2:]))
    return lunar_to_solar(year, month, day)


def lunar_to_solar(year: int, month: int, day: int) -> date:
    """Worked out by lunar-python (slow: about 15 ms a year)."""
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
