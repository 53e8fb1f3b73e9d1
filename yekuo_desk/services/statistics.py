"""The Friday coordination meeting's statistics (seed 000 art. 7, seed 004 §3.1; issue 13), for a period and a
scope (the bureau, or one station; a clerk always gets the clerk's own station).

Each figure keeps the cases behind it (`Stats.behind`), so a bar clicked on the dashboard lists exactly the
cases it counts. The rows are chosen in SQL by the indexes the register and the assessment already use (a
stage kind completed in a period; open stages by due date; live cases by state), read as plain text, and
counted here against the working-day calendar (a day's rank among the working days, one lookup per date).

Definitions (the chief's words, in docs/用户手册.md):
- connection time (接电时长): from acceptance to the completion of 装表接电, in working days, the acceptance day
  not counted; a case counts in the period of its connection date. Small businesses are measured against the
  rule set's whole-case target too (by default 10 calendar days, seed 004).
- on-time rate (时限达标率): stages with a time limit completed in the period within it ÷ such stages completed
  in the period; a delay the audit officer found to be the customer's is not the bureau's (seed 000 art. 10).
- stage time (环节用时): working days from a stage's clock start to its completion, less its customer pauses.
- overdue (超期环节): stages whose due date had passed by a working day and that were not completed, as of the
  period's last day (or today, for a period not over yet).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import text

from ..db import Database
from . import auth
from .engine_context import engine_context
from .stages import CATEGORIES, LEDGERS, STAGES, stage_name
from .workcalendar import WorkCalendar

SMALL_BUSINESS_PARTS = {"all": "全部", "with_works": "有电网配套工程", "without_works": "无电网配套工程"}
LEDGER_AGES = ((30, "30天以内"), (90, "31–90天"), (180, "91–180天"), (None, "180天以上"))
TREND_WEEKS = 12
REVISIT_MONTHS = 6


class StatsError(ValueError):
    """Bad statistics input; the message is for the user (Chinese)."""


@dataclass
class Average:
    """A count of cases and their average days (working days), with the cases behind it."""

    count: int = 0
    total: int = 0
    within: int = 0  # for a target: how many met it
    cases: list[str] = field(default_factory=list)

    def add(self, case_id: str, days: int, met: bool = False) -> None:
        self.count += 1
        self.total += days
        self.within += met
        self.cases.append(case_id)

    @property
    def avg(self) -> float | None:
        return round(self.total / self.count, 2) if self.count else None

    def as_json(self, *, target: bool = False) -> dict:
        out = {"count": self.count, "avg_workdays": self.avg}
        if target:
            out["within_target"] = self.within
        return out


@dataclass
class Rate:
    """Stages judged against their limits: how many, how many within, and the cases of those that were not."""

    completed: int = 0
    on_time: int = 0
    late_cases: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float | None:
        return round(self.on_time / self.completed, 4) if self.completed else None

    def as_json(self) -> dict:
        return {"completed": self.completed, "on_time": self.on_time, "rate": self.rate}


@dataclass
class Stats:
    first: date
    last: date
    as_of: date                      # the day "now" figures (open, overdue) are taken on
    scope: str                       # the station's name, or "" for the bureau
    stations: list[str]              # the stations shown, in their order
    connection_time: dict[str, Average]
    small_business: dict[str, Average]
    small_business_target: tuple[int, str] | None
    on_time: dict[str, Rate]
    bureau_on_time: Rate
    overdue: dict[str, list[str]]            # station: the cases (one entry per overdue stage)
    overdue_trend: list[tuple[date, list[str]]]  # (week's last day, the cases of the stages overdue then)
    stage_time: dict[str, Average]           # stage name: …
    stage_time_by_category: dict[str, dict[str, Average]]
    open_by_stage: dict[str, dict[str, list[str]]]  # station: stage name: open cases
    ledgers: dict[str, dict[str, list[str]]]         # ledger name: age band: cases
    feedback: dict[str, dict[str, int]]              # station: {"open": n, "late": n}
    revisits: list[dict] = field(default_factory=list)  # by month: planned, done, rates
    unverified: list[str] = field(default_factory=list)  # case numbers whose dates differ from the trail

    def behind(self, chart: str, *key: str) -> list[str]:
        """The ids of the cases behind one bar or point (each once, in the order found)."""
        if chart == "connection_time":
            ids = self.connection_time[key[0]].cases
        elif chart == "small_business":
            ids = self.small_business[key[0]].cases
        elif chart == "on_time":
            ids = (self.bureau_on_time if key[0] == "" else self.on_time[key[0]]).late_cases
        elif chart == "overdue":
            ids = self.overdue[key[0]]
        elif chart == "overdue_trend":
            ids = dict((d.isoformat(), v) for d, v in self.overdue_trend)[key[0]]
        elif chart == "stage_time":
            ids = (self.stage_time_by_category[key[1]] if len(key) > 1 else self.stage_time)[key[0]].cases
        elif chart == "open_by_stage":
            ids = self.open_by_stage[key[0]][key[1]]
        elif chart == "ledgers":
            ids = self.ledgers[key[0]][key[1]]
        else:
            raise KeyError(chart)
        return list(dict.fromkeys(ids))

    def as_json(self) -> dict:
        return {
            "from": self.first.isoformat(), "to": self.last.isoformat(), "as_of": self.as_of.isoformat(),
            "station": self.scope or None,
            "connection_time": {k: v.as_json() for k, v in self.connection_time.items()},
            "small_business": {k: v.as_json(target=True) for k, v in self.small_business.items()},
            "small_business_target": ({"days": self.small_business_target[0], "unit": self.small_business_target[1]}
                                      if self.small_business_target else None),
            "on_time_rate": {k: v.as_json() for k, v in self.on_time.items()},
            "bureau_on_time_rate": self.bureau_on_time.as_json(),
            "overdue": {k: len(v) for k, v in self.overdue.items()},
            "overdue_trend": [{"week_ending": d.isoformat(), "overdue": len(v)} for d, v in self.overdue_trend],
            "stage_time": {k: v.as_json() for k, v in self.stage_time.items()},
            "stage_time_by_category": {c: {k: v.as_json() for k, v in by.items()}
                                       for c, by in self.stage_time_by_category.items()},
            "open_cases": {st: {k: len(v) for k, v in by.items()} for st, by in self.open_by_stage.items()},
            "ledgers": {ld: {k: len(v) for k, v in by.items()} for ld, by in self.ledgers.items()},
            "feedback": self.feedback,
            "revisits": self.revisits,
            "unverified": self.unverified,
        }


class _Ranks:
    """A date's rank among the working days (how many fall on or before it), by its ISO text: the working days
    between two dates is the difference of their ranks."""

    def __init__(self, cal: WorkCalendar):
        self.cal = cal
        self._cache: dict[str, int] = {}

    def __call__(self, iso: str) -> int:
        r = self._cache.get(iso)
        if r is None:
            r = self._cache[iso] = bisect_right(self.cal._ordinals, date.fromisoformat(iso[:10]).toordinal())
        return r

    def between(self, a: str, b: str) -> int:
        """Working days d with a < d <= b."""
        return self(b) - self(a)


def compute(db: Database, first: date, last: date, station_id: str | None = None, *,
            today: date | None = None, revisit_months: int = REVISIT_MONTHS) -> Stats:
    """Every figure of the dashboard for `first`..`last` (inclusive) and a station (None: the bureau)."""
    if last < first:
        raise StatsError(f"统计期间：结束日期 {last:%Y-%m-%d} 早于开始日期 {first:%Y-%m-%d}")
    today = today or date.today()
    as_of = min(last, today)
    with db.session() as s:
        station_id = auth.scope(s, station_id)
        ctx = engine_context(s)
        ranks = _Ranks(ctx.calendar)
        conn = s.connection()
        names = {sid: name for sid, name in conn.exec_driver_sql(
            "SELECT id, name FROM stations ORDER BY sort_order, name")}
        shown = [name for sid, name in conn.exec_driver_sql(
            "SELECT id, name FROM stations WHERE kind = 'station' AND deleted_at IS NULL "
            "ORDER BY sort_order, name") if not station_id or sid == station_id]
        where, params = ("AND c.station_id = :sid", {"sid": station_id}) if station_id else ("", {})
        span = {"first": first.isoformat(), "last": last.isoformat(), **params}
        target = ctx.rules.target("lv_nonresident", True)
        done = _completed(conn, where, span)
        stats = Stats(first, last, as_of, names.get(station_id, "") if station_id else "", shown,
                      *_connections(conn, where, span, ranks, target), target,
                      *_stages_done(done, ranks, names, shown),
                      _overdue(conn, where, params, ctx.calendar, [as_of], names, shown)[0],
                      _trend(conn, where, params, ctx.calendar, as_of, names, shown),
                      *_stage_times(done, ranks),
                      _open_cases(conn, where, params, names, shown),
                      _ledgers(conn, where, params, as_of),
                      _feedback(conn, station_id, ctx.calendar, as_of, names, shown))
        stats.unverified = _unverified(s, stats)
    stats.revisits = _revisits(db, last, station_id, revisit_months)
    return stats


_LIVE = "st.deleted_at IS NULL AND c.deleted_at IS NULL"


def _connections(conn, where: str, span: dict, ranks: _Ranks, target):
    rows = conn.execute(text(
        f"SELECT c.id, c.category, c.small_business, c.grid_works, c.accepted_on, st.completed_on "
        f"FROM case_stages st JOIN cases c ON c.id = st.case_id WHERE st.stage = 'connection' "
        f"AND st.completed_on BETWEEN :first AND :last AND {_LIVE} {where} ORDER BY st.completed_on, c.case_number"),
        span)
    by_category = {name: Average() for name in CATEGORIES.values()}
    small = {part: Average() for part in SMALL_BUSINESS_PARTS}
    for case_id, category, is_small, works, accepted, connected in rows:
        days = ranks.between(accepted, connected)
        if category in CATEGORIES:
            by_category[CATEGORIES[category]].add(case_id, days)
        if is_small:
            met = False
            if target:
                limit, unit = target
                used = ((date.fromisoformat(connected[:10]) - date.fromisoformat(accepted[:10])).days
                        if unit == "calendar" else days)
                met = used <= limit
            small["all"].add(case_id, days, met)
            small["with_works" if works else "without_works"].add(case_id, days, met)
    return by_category, small


def _completed(conn, where: str, span: dict):
    """Stages completed in the period (by the (stage, completed_on) index, one range per stage kind)."""
    codes = ", ".join(f"'{st.code}'" for st in STAGES)
    return conn.execute(text(
        f"SELECT st.case_id, c.station_id, c.category, st.stage, st.start_on, st.completed_on, st.due_on, "
        f"st.paused_days, st.customer_cause FROM case_stages st JOIN cases c ON c.id = st.case_id "
        f"WHERE st.stage IN ({codes}) AND st.completed_on BETWEEN :first AND :last AND {_LIVE} {where}"), span).all()


def _stages_done(done: list, ranks: _Ranks, names: dict, shown: list[str]):
    on_time = {name: Rate() for name in shown}
    bureau = Rate()
    for case_id, sid, _, _, _, completed, due, _, customer_cause in done:
        if not due:
            continue  # a stage without a limit is not judged
        met = completed[:10] <= due[:10] or ranks(completed) == ranks(due) or bool(customer_cause)
        for r in (on_time.setdefault(names.get(sid, "?"), Rate()), bureau):
            r.completed += 1
            r.on_time += met
            if not met:
                r.late_cases.append(case_id)
    return on_time, bureau


def _stage_times(done: list, ranks: _Ranks):
    order = {st.name: i for i, st in enumerate(STAGES)}
    overall: dict[str, Average] = {}
    by_category: dict[str, dict[str, Average]] = {name: {} for name in CATEGORIES.values()}
    for case_id, _, category, stage, start, completed, _, paused, _ in done:
        if not start:
            continue
        days = max(0, ranks.between(start, completed) - (paused or 0))
        name = stage_name(stage)
        overall.setdefault(name, Average()).add(case_id, days)
        if category in CATEGORIES:
            by_category[CATEGORIES[category]].setdefault(name, Average()).add(case_id, days)
    ordered = lambda d: dict(sorted(d.items(), key=lambda kv: order.get(kv[0], 99)))  # noqa: E731
    return ordered(overall), {c: ordered(d) for c, d in by_category.items()}


def _overdue(conn, where: str, params: dict, cal: WorkCalendar, days: list[date], names: dict,
             shown: list[str]) -> list[dict[str, list[str]]]:
    """For each day, the overdue stages then by station (their cases): due before that day's last working day
    and not completed by that day."""
    cuts = [cal.last_workday_on_or_before(d).isoformat() for d in days]
    top = max(cuts)
    rows = conn.execute(text(
        f"SELECT st.case_id, c.station_id, st.due_on, st.completed_on FROM case_stages st "
        f"JOIN cases c ON c.id = st.case_id WHERE st.completed_on IS NULL AND st.due_on IS NOT NULL "
        f"AND st.due_on < :top AND {_LIVE} {where}"), {"top": top, **params}).all()
    codes = ", ".join(f"'{st.code}'" for st in STAGES)
    rows += conn.execute(text(
        f"SELECT st.case_id, c.station_id, st.due_on, st.completed_on FROM case_stages st "
        f"JOIN cases c ON c.id = st.case_id WHERE st.stage IN ({codes}) AND st.completed_on > :low "
        f"AND st.due_on < :top AND {_LIVE} {where}"), {"top": top, "low": min(days).isoformat(), **params}).all()
    out = []
    for day, cut in zip(days, cuts):
        iso = day.isoformat()
        by_station = {name: [] for name in shown}
        for case_id, sid, due, completed in rows:
            if due[:10] < cut and (completed is None or completed[:10] > iso):
                by_station.setdefault(names.get(sid, "?"), []).append(case_id)
        out.append(by_station)
    return out


def week_ends(as_of: date, weeks: int = TREND_WEEKS) -> list[date]:
    """The last `weeks` Fridays up to `as_of` (the meeting's day; `as_of` itself when it is the latest)."""
    friday = as_of - timedelta(days=(as_of.weekday() - 4) % 7)
    return [friday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def _trend(conn, where, params, cal, as_of: date, names, shown) -> list[tuple[date, list[str]]]:
    days = week_ends(as_of)
    return [(d, [c for v in by.values() for c in v])
            for d, by in zip(days, _overdue(conn, where, params, cal, days, names, shown))]


def _open_cases(conn, where: str, params: dict, names: dict, shown: list[str]) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {name: {} for name in shown}
    order = {st.code: i for i, st in enumerate(STAGES)}
    rows = conn.execute(text(
        f"SELECT c.id, c.station_id, c.current_stage FROM cases c WHERE c.deleted_at IS NULL "
        f"AND c.state IN ('open', 'waiting', 'paused') {where}"), params).all()
    for case_id, sid, stage in sorted(rows, key=lambda r: order.get(r[2], 99)):
        out.setdefault(names.get(sid, "?"), {}).setdefault(stage_name(stage) if stage else "未开始", []).append(case_id)
    return out


def _ledgers(conn, where: str, params: dict, as_of: date) -> dict[str, dict[str, list[str]]]:
    out = {name: {band: [] for _, band in LEDGER_AGES} for code, name in LEDGERS.items() if code}
    for case_id, ledger, accepted in conn.execute(text(
            f"SELECT c.id, c.ledger, c.accepted_on FROM cases c WHERE c.deleted_at IS NULL AND c.ledger != '' "
            f"AND c.state != 'done' {where}"), params):
        if ledger not in LEDGERS:
            continue
        age = (as_of - date.fromisoformat(accepted[:10])).days
        band = next(b for limit, b in LEDGER_AGES if limit is None or age <= limit)
        out[LEDGERS[ledger]][band].append(case_id)
    return out


def _feedback(conn, station_id: str | None, cal: WorkCalendar, as_of: date, names: dict,
              shown: list[str]) -> dict[str, dict[str, int]]:
    """Feedback forms not yet answered, and of them those past their reply deadline, by station."""
    cut = cal.last_workday_on_or_before(as_of).isoformat()
    out = {name: {"open": 0, "late": 0} for name in shown}
    for sid, deadline in conn.execute(text(
            "SELECT station_id, deadline FROM feedback_forms WHERE deleted_at IS NULL "
            "AND status IN ('open', 'in_progress')" + (" AND station_id = :sid" if station_id else "")),
            {"sid": station_id} if station_id else {}):
        figures = out.setdefault(names.get(sid, "?"), {"open": 0, "late": 0})
        figures["open"] += 1
        figures["late"] += deadline[:10] < cut
    return out


def _unverified(s, stats: Stats) -> list[str]:
    """The cases of the connection figures whose recorded dates differ from the trail (changed outside the
    app): the figures rest on them until the audit officer has looked."""
    from .audit_check import verify_facts

    ids = sorted({c for a in stats.connection_time.values() for c in a.cases})
    if not ids:
        return []
    return sorted({f.case_number for f in verify_facts(s, ids)})


def _revisits(db: Database, last: date, station_id: str | None, months: int) -> list[dict]:
    """Revisit rate and satisfaction by month, the last `months` months up to the period's end."""
    from .months import month_of, previous_month
    from .revisit_report import monthly_report

    out, month = [], month_of(last)
    for _ in range(months):
        rep = monthly_report(db, month, station_id)
        out.append({"month": month, "planned": rep.planned, "done": rep.done, "revisited": len(rep.rows),
                    "satisfied": rep.satisfied,
                    "revisit_rate": None if rep.revisit_rate is None else round(rep.revisit_rate, 4),
                    "satisfaction_rate": None if rep.satisfaction_rate is None else round(rep.satisfaction_rate, 4)})
        month = previous_month(month)
    return out[::-1]
