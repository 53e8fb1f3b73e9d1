"""The Friday coordination meeting's statistics (seed 000 art. 7, seed 004 §3.1; issue 13), for a period and a
scope (the bureau, or one station; a clerk always gets the clerk's own station).

The figures are counted by SQLite, by the indexes the register and the assessment already use (a stage kind
completed in a period; open stages by due date; live cases by state), against the working-day calendar held
as a temporary table of each day's rank among the working days (the working days between two dates is the
difference of their ranks). `Stats.behind` asks the same question again for one bar, for its cases: a bar
clicked on the dashboard lists exactly the cases it counts.

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

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text

from ..db import Database
from . import auth
from .calendar_store import calendar_version
from .engine_context import engine_context
from .stages import CATEGORIES, CATEGORY_BY_NAME, LEDGERS, STAGES, stage_name
from .workcalendar import FIRST_YEAR, WorkCalendar

SMALL_BUSINESS_PARTS = {"all": "全部", "with_works": "有电网配套工程", "without_works": "无电网配套工程"}
LEDGER_AGES = ((30, "30天以内"), (90, "31–90天"), (180, "91–180天"), (None, "180天以上"))
TREND_WEEKS = 12
REVISIT_MONTHS = 6
OPEN_STATES = "('open', 'waiting', 'paused')"
STAGE_CODES = ", ".join(f"'{st.code}'" for st in STAGES)  # `stage IN (…)`: the (stage, completed_on) index
STAGE_BY_NAME = {st.name: st.code for st in STAGES}
NOT_STARTED = "未开始"


class StatsError(ValueError):
    """Bad statistics input; the message is for the user (Chinese)."""


@dataclass
class Average:
    """A count of cases, their total and average days (working days), and how many met a target."""

    count: int = 0
    total: int = 0
    within: int = 0

    def add(self, count: int, total: int, within: int = 0) -> None:
        self.count += count
        self.total += total or 0
        self.within += within or 0

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
    """Stages judged against their limits: how many, how many within."""

    completed: int = 0
    on_time: int = 0

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
    open_by_stage: dict[str, dict[str, int]]  # station: stage name: open cases
    ledgers: dict[str, dict[str, list[str]]]  # ledger name: age band: cases
    feedback: dict[str, dict[str, int]]       # station: {"open": n, "late": n}
    revisits: list[dict] = field(default_factory=list)  # by month: planned, done, rates
    feedback_cut: str = ""  # a form due before this day (the last working day by as_of) is late
    unverified: list[str] | None = None  # case numbers whose dates differ from the trail (None: not checked)
    _drill: Callable[[str, tuple], list[str]] | None = field(default=None, repr=False)
    # The connected cases whose dates differ from the trail, asked on a session (`unverified_cases`).
    _unverified: Callable[[Any], list[str]] | None = field(default=None, repr=False)

    def behind(self, chart: str, *key: str) -> list[str]:
        """The ids of the cases behind one bar or point (each once, in the order found)."""
        if chart == "overdue":
            ids = self.overdue[key[0]]
        elif chart == "overdue_trend":
            ids = dict((d.isoformat(), v) for d, v in self.overdue_trend)[key[0]]
        elif chart == "ledgers":
            ids = self.ledgers[key[0]][key[1]]
        elif self._drill is not None:
            ids = self._drill(chart, key)
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
            "open_cases": self.open_by_stage,
            "ledgers": {ld: {k: len(v) for k, v in by.items()} for ld, by in self.ledgers.items()},
            "feedback": self.feedback,
            "revisits": self.revisits,
            "unverified": self.unverified or [],
        }


# ---------------------------------------------------------------- the working days, in SQL

def rank_table(conn, cal: WorkCalendar, version: int) -> str:
    """A temporary table (this connection's) of each day from FIRST_YEAR to LAST_YEAR with its rank among the
    working days: how many fall on or before it. A day's row is its rowid (`day_number` less RANK_BASE), the
    quickest look-up SQLite has: a year's figures make some 700,000. Made once per connection and calendar
    version from the calendar's own list (`WorkCalendar.ranks_json`), by a statement SQLite runs outside any
    transaction (a read's session ends in a rollback, which would empty a table filled by INSERT), its rows
    numbered in the order given and checked."""
    name = f"workday_rank_v{version}"
    if conn.exec_driver_sql(f"SELECT 1 FROM sqlite_temp_master WHERE name = '{name}_checked'").first() is None:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{name}")
        conn.exec_driver_sql(f"CREATE TEMP TABLE {name} AS SELECT key AS n, value AS rank FROM json_each(?)",
                             (cal.ranks_json,))
        if conn.exec_driver_sql(f"SELECT count(*) FROM temp.{name} WHERE rowid != n + 1").scalar():
            raise RuntimeError("the working-day rank table is out of order")
        conn.exec_driver_sql(f"CREATE TEMP VIEW {name}_checked AS SELECT 1")  # (a mark: made and checked)
    return f"temp.{name}"


RANK_BASE = date(FIRST_YEAR, 1, 1).toordinal() + 1721424 - 1  # day_number of the day before FIRST_YEAR began


def day_number(column: str) -> str:
    """A date column (ISO text) as a whole number of days (the Julian day at noon, less its half)."""
    return f"CAST(julianday({column}) AS INTEGER)"


_LIVE = "st.deleted_at IS NULL AND c.deleted_at IS NULL"
# The same for a stage read without its case: the withdrawn cases are few (ix_cases_withdrawn).
_STAGE_LIVE = "st.deleted_at IS NULL AND st.case_id NOT IN (SELECT id FROM cases WHERE deleted_at IS NOT NULL)"
CATEGORY_CODES = ", ".join(f"'{code}'" for code in CATEGORIES)


class _Query:
    """The period, the scope and the calendar of one `compute`, and the SQL both the figures and the cases
    behind a bar are read with."""

    def __init__(self, conn, first: date, last: date, station_id: str | None, ranks: str, target):
        self.conn, self.ranks, self.target = conn, ranks, target
        self.first, self.last = first, last
        # (+: the station is a filter on the rows the period or the state chose, never the index to start from)
        self.where = "AND +c.station_id = :sid" if station_id else ""
        self.params = {"first": first.isoformat(), "last": last.isoformat(), "sid": station_id}
        # Stages completed in the period, by the meeting index (stage, category, station, completed_on, …): each
        # kind, category and station is one range of it, read in the order the figures are grouped by (a case
        # never changes station: the stage row's is the case's).
        stations = "= :sid" if station_id else "IN (SELECT id FROM stations)"
        self.done = (f"case_stages st INDEXED BY ix_case_stages_meeting {{joins}} WHERE st.stage IN ({{stages}}) "
                     f"AND st.category IN ({CATEGORY_CODES}) AND st.station_id {stations} "
                     f"AND st.completed_on {{completed}} AND {_STAGE_LIVE}")

    def rows(self, sql: str, **extra):
        return self.conn.execute(text(sql), {**self.params, **extra}).all()

    def rank(self, alias: str, column: str, *, outer: bool = False) -> str:
        """Join the rank of a date column as `alias`.rank."""
        join = "LEFT JOIN" if outer else "JOIN"
        return f"{join} {self.ranks} {alias} ON {alias}.rowid = {day_number(column)} - {RANK_BASE}"

    def stages_done(self, select: str, joins: str = "", cond: str = "", stages: str = STAGE_CODES,
                    completed: str = "BETWEEN :first AND :last") -> str:
        """Stages completed in the period (of live cases), with the columns the meeting index holds."""
        return f"SELECT {select} FROM {self.done.format(joins=joins, stages=stages, completed=completed)} {cond}"

    # Connections in the period: a case counts in the period of its 装表接电 date.
    def connections(self, select: str, cond: str = "", order: str = "") -> str:
        days, unit = self.target or (0, "working")
        within = ("julianday(st.completed_on) - julianday(c.accepted_on)" if unit == "calendar"
                  else "r2.rank - r1.rank") + f" <= {int(days)}" if self.target else "0"
        return self.stages_done(
            select.format(days="r2.rank - r1.rank", within=within),
            f"JOIN cases c INDEXED BY ix_cases_meeting ON c.id = st.case_id {self.rank('r1', 'c.accepted_on')} "
            f"{self.rank('r2', 'st.completed_on')}", f"{cond} {order}", stages="'connection'")

    # A stage with a limit completed within it: no working day after its due date (working_days_late == 0) —
    # at once when completed by the due date, else by the ranks — or late for a cause the audit officer found
    # to be the customer's (seed 000 art. 10).
    def met(self) -> str:
        return (f"(st.completed_on <= st.due_on OR st.customer_cause != '' OR "
                f"rc.rank <= (SELECT rank FROM {self.ranks} WHERE rowid = {day_number('st.due_on')} - {RANK_BASE}))")

    def judged(self, select: str, cond: str = "", joins: str = "") -> str:
        return self.stages_done(select, f"{self.rank('rc', 'st.completed_on')} {joins}",
                                f"AND st.due_on IS NOT NULL {cond}")

    # Stages completed in the period from their clock's start: the working days, less the customer's pauses.
    def timed(self, select: str, cond: str = "", joins: str = "") -> str:
        return self.stages_done(
            select, f"{self.rank('r1', 'st.start_on')} {self.rank('r2', 'st.completed_on')} {joins}", cond)

    def open_cases(self, select: str, cond: str = "") -> str:
        return (f"SELECT {select} FROM cases c WHERE c.deleted_at IS NULL AND c.state IN {OPEN_STATES} "
                f"{self.where} {cond}")


CASE_OF_STAGE = "JOIN cases c ON c.id = st.case_id"  # (a bar's cases are listed by their number)
SMALL_PARTS_SQL = {"all": "", "with_works": "AND c.grid_works = 1", "without_works": "AND c.grid_works = 0"}


def compute(db: Database, first: date, last: date, station_id: str | None = None, *,
            today: date | None = None, revisit_months: int = REVISIT_MONTHS, verify: bool = False) -> Stats:
    """Every figure of the dashboard for `first`..`last` (inclusive) and a station (None: the bureau).
    `verify`: also name the connected cases whose dates differ from the trail (`unverified_cases`)."""
    if last < first:
        raise StatsError(f"统计期间：结束日期 {last:%Y-%m-%d} 早于开始日期 {first:%Y-%m-%d}")
    today = today or date.today()
    as_of = min(last, today)
    with db.session() as s, ThreadPoolExecutor(1, thread_name_prefix="yekuo-stats") as pool:
        station_id = auth.scope(s, station_id)
        ctx = engine_context(s)
        version = calendar_version(s)
        target = ctx.rules.target("lv_nonresident", True)

        def connections_and_revisits():
            with db.session() as other:
                conn = other.connection()
                got = _connections(_Query(conn, first, last, station_id, rank_table(conn, ctx.calendar, version),
                                          target))
            return got, _revisits(db, last, station_id, revisit_months)
        # On a file, the connections and revisits are counted on a second connection meanwhile (two cores).
        side = pool.submit(connections_and_revisits) if _on_file(db) else None
        conn = s.connection()
        q = _Query(conn, first, last, station_id, rank_table(conn, ctx.calendar, version), target)
        names = {sid: name for sid, name in conn.exec_driver_sql("SELECT id, name FROM stations")}
        shown = [name for sid, name in conn.exec_driver_sql(
            "SELECT id, name FROM stations WHERE kind = 'station' AND deleted_at IS NULL "
            "ORDER BY sort_order, name") if not station_id or sid == station_id]
        days = week_ends(as_of)
        overdue = _overdue(q, ctx.calendar, [*days, as_of], names, shown)
        on_time, bureau, overall, by_category = _stages_done(q, names, shown)
        connections, revisits = side.result() if side else connections_and_revisits()
        stats = Stats(first, last, as_of, names.get(station_id, "") if station_id else "", shown,
                      *connections, q.target, on_time, bureau, overdue[-1],
                      [(d, [c for v in by.values() for c in v]) for d, by in zip(days, overdue)],
                      overall, by_category, _open_cases(q, names, shown), _ledgers(q, as_of),
                      _feedback(q, ctx.calendar, as_of, names, shown))
    stats.feedback_cut = ctx.calendar.last_workday_on_or_before(as_of).isoformat()
    stats._drill = _drill(db, first, last, station_id, {name: sid for sid, name in names.items()}, q.target, version)
    stats._unverified = lambda s: _unverified(s, first, last, station_id, target, version)
    stats.revisits = revisits
    if verify:
        stats.unverified = unverified_cases(db, stats)
    return stats


def _connections(q: _Query) -> tuple[dict[str, Average], dict[str, Average]]:
    by_category = {name: Average() for name in CATEGORIES.values()}
    small = {part: Average() for part in SMALL_BUSINESS_PARTS}
    for category, is_small, works, count, total, within in q.rows(q.connections(
            "c.category, c.small_business, c.grid_works, count(*), sum({days}), sum({within})",
            "GROUP BY c.category, c.small_business, c.grid_works")):
        if category in CATEGORIES:
            by_category[CATEGORIES[category]].add(count, total)
        if is_small:
            for part in ("all", "with_works" if works else "without_works"):
                small[part].add(count, total, within)
    return by_category, small


def _stages_done(q: _Query, names: dict, shown: list[str]):
    """The on-time rates and the stage times, from one pass over the stages completed in the period: ranges of
    the index ix_case_stages_meeting, which holds every column used, the case's category and station included
    (a year's 227,000 stages without a look-up of their cases, read in the order grouped; only the few
    withdrawn cases are left out, by a list SQLite makes once)."""
    order = {st.code: i for i, st in enumerate(STAGES)}
    on_time = {name: Rate() for name in shown}
    bureau = Rate()
    overall: dict[str, Average] = {}
    by_category: dict[str, dict[str, Average]] = {name: {} for name in CATEGORIES.values()}
    rows = q.rows(q.stages_done(
        f"st.stage, st.category, st.station_id, count(st.due_on), sum(st.due_on IS NOT NULL AND {q.met()}), "
        f"count(r0.rank), sum(max(0, rc.rank - r0.rank - st.paused_days))",
        f"{q.rank('rc', 'st.completed_on')} {q.rank('r0', 'st.start_on', outer=True)}",
        "GROUP BY st.stage, st.category, st.station_id"))
    for stage, category, sid, judged, met, timed, total in sorted(rows, key=lambda r: order.get(r[0], 99)):
        if judged:
            r = on_time.setdefault(names.get(sid, "?"), Rate())
            r.completed += judged
            r.on_time += met
            bureau.completed += judged
            bureau.on_time += met
        if timed:
            overall.setdefault(stage_name(stage), Average()).add(timed, total)
            if category in CATEGORIES:
                by_category[CATEGORIES[category]].setdefault(stage_name(stage), Average()).add(timed, total)
    return on_time, bureau, overall, by_category


def _on_file(db: Database) -> bool:
    """A SQLite file (a second connection sees the same data; an in-memory database would be another one)."""
    url = db.engine.url
    return url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")


def _overdue(q: _Query, cal: WorkCalendar, days: list[date], names: dict,
             shown: list[str]) -> list[dict[str, list[str]]]:
    """For each day, the overdue stages then by station (their cases): due before that day's last working day
    and not completed by that day. Read once for all the days: the open stages due before the last of them
    (the partial index of open due dates), and the stages completed late since the first of them."""
    cuts = [cal.last_workday_on_or_before(d).isoformat() for d in days]
    top = max(cuts)
    columns = "st.case_id, st.station_id, st.due_on, st.completed_on"
    rows = q.rows(f"SELECT {columns} FROM case_stages st JOIN cases c ON c.id = st.case_id WHERE "
                  f"st.completed_on IS NULL AND st.due_on IS NOT NULL AND st.due_on < :top AND {_LIVE} {q.where}",
                  top=top)
    rows += q.rows(q.stages_done(columns, cond="AND st.due_on < :top AND st.completed_on > st.due_on",
                                 completed="> :low"), top=top, low=min(days).isoformat())
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
    """The last `weeks` Fridays up to `as_of` (the meeting's day)."""
    friday = as_of - timedelta(days=(as_of.weekday() - 4) % 7)
    return [friday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def _open_cases(q: _Query, names: dict, shown: list[str]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {name: {} for name in shown}
    order = {st.code: i for i, st in enumerate(STAGES)}
    rows = q.rows(q.open_cases("c.station_id, c.current_stage, count(*)", "GROUP BY c.station_id, c.current_stage"))
    for sid, stage, count in sorted(rows, key=lambda r: order.get(r[1], 99)):
        out.setdefault(names.get(sid, "?"), {})[stage_name(stage) if stage else NOT_STARTED] = count
    return out


def _ledgers(q: _Query, as_of: date) -> dict[str, dict[str, list[str]]]:
    out = {name: {band: [] for _, band in LEDGER_AGES} for code, name in LEDGERS.items() if code}
    for case_id, ledger, accepted in q.rows(q.open_cases("c.id, c.ledger, c.accepted_on", "AND c.ledger != ''")):
        if ledger not in LEDGERS:
            continue
        age = (as_of - date.fromisoformat(accepted[:10])).days
        band = next(b for limit, b in LEDGER_AGES if limit is None or age <= limit)
        out[LEDGERS[ledger]][band].append(case_id)
    return out


def _feedback(q: _Query, cal: WorkCalendar, as_of: date, names: dict, shown: list[str]) -> dict[str, dict[str, int]]:
    """Feedback forms not yet answered, and of them those past their reply deadline, by station."""
    out = {name: {"open": 0, "late": 0} for name in shown}
    for sid, count, late in q.rows(
            "SELECT c.station_id, count(*), sum(c.deadline < :cut) FROM feedback_forms c WHERE c.deleted_at IS NULL "
            f"AND c.status IN ('open', 'in_progress') {q.where} GROUP BY c.station_id",
            cut=cal.last_workday_on_or_before(as_of).isoformat()):
        out[names.get(sid, "?")] = {"open": count, "late": late}
    return out


def _drill(db: Database, first: date, last: date, station_id: str | None, ids: dict[str, str], target,
           version: int):
    """The cases behind a bar, asked again of SQLite with the same conditions as the figure (in a session of
    its own: a click comes long after the figures were read)."""
    def cases(chart: str, key: tuple) -> list[str]:
        with db.session() as s:
            conn = s.connection()
            q = _Query(conn, first, last, station_id, rank_table(conn, engine_context(s).calendar, version), target)
            if chart == "connection_time":
                sql = q.connections("c.id", "AND c.category = :cat", "ORDER BY st.completed_on, c.case_number")
                extra = {"cat": CATEGORY_BY_NAME.get(key[0], key[0])}
            elif chart == "small_business":
                sql = q.connections("c.id", f"AND c.small_business = 1 {SMALL_PARTS_SQL[key[0]]}",
                                    "ORDER BY st.completed_on, c.case_number")
                extra = {}
            elif chart == "on_time":  # the stages that were not: the cases behind the shortfall
                sql = q.judged("c.id", f"AND NOT {q.met()} " + ("AND st.station_id = :unit" if key[0] else "")
                               + " ORDER BY st.completed_on, c.case_number", CASE_OF_STAGE)
                extra = {"unit": ids.get(key[0])}
            elif chart == "stage_time":
                sql = q.timed("c.id", "AND st.stage = :stage" + (" AND st.category = :cat" if len(key) > 1 else "")
                              + " ORDER BY st.completed_on, c.case_number", CASE_OF_STAGE)
                extra = {"stage": STAGE_BY_NAME.get(key[0], key[0]),
                         "cat": CATEGORY_BY_NAME.get(key[1], key[1]) if len(key) > 1 else None}
            elif chart == "revisits":  # the cases revisited in the month
                sql = ("SELECT DISTINCT r.case_id FROM revisits r JOIN cases c ON c.id = r.case_id WHERE "
                       "substr(r.revisit_on, 1, 7) = :month AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
                       f"{q.where} ORDER BY r.revisit_on")
                extra = {"month": key[0]}
            elif chart == "feedback":  # the cases of the forms not yet answered (or late), of a station
                sql = ("SELECT c.case_id FROM feedback_forms c WHERE c.deleted_at IS NULL AND c.case_id IS NOT NULL "
                       "AND c.status IN ('open', 'in_progress') AND c.station_id = :unit"
                       + (" AND c.deadline < :cut" if key[1] == "late" else "") + " ORDER BY c.deadline")
                extra = {"unit": ids.get(key[0]), "cut": key[2] if len(key) > 2 else None}
            elif chart == "open_by_stage":
                stage = "" if key[1] == NOT_STARTED else STAGE_BY_NAME.get(key[1], key[1])
                sql = q.open_cases("c.id", "AND c.station_id = :unit AND c.current_stage = :stage "
                                           "ORDER BY c.accepted_on, c.case_number")
                extra = {"unit": ids.get(key[0]), "stage": stage}
            else:
                raise KeyError(chart)
            # In parts: a year's 30,000 cases fetched at once would hold Python's lock, and so the window,
            # for a tenth of a second (the dashboard's check of their dates runs on a background thread).
            result = q.conn.execute(text(sql), {**q.params, **extra})
            return [r[0] for part in result.partitions(2000) for r in part]
    return cases


def unverified_cases(db: Database, stats: Stats) -> list[str]:
    """The cases of the period's connection figures whose dates those figures rest on — the acceptance and the
    装表接电 completion — differ from the trail's last word on them (changed outside the app): the figures wait
    for the audit officer. One SQL question, the cases chosen by the figure's own SQL (a year's 30,000 cases,
    0.45–0.9 s; their every fact is the full check's work, `audit verify`, run at each start)."""
    with db.session() as s:
        return sorted(set(stats._unverified(s)))


def _unverified(s, first: date, last: date, station_id: str | None, target, version: int) -> list[str]:
    from .audit_check import LAST_WORD

    conn = s.connection()
    q = _Query(conn, first, last, station_id, rank_table(conn, engine_context(s).calendar, version), target)
    accepted = LAST_WORD.format(row_id="c.id", field="accepted_on", table="cases")
    connected = LAST_WORD.format(row_id="st.id", field="completed_on", table="case_stages")
    return [number for (number,) in q.rows(q.connections(
        "c.case_number", f"AND (coalesce(c.accepted_on, '') != coalesce({accepted}, '') "
                         f"OR coalesce(st.completed_on, '') != coalesce({connected}, ''))"))]


def _revisits(db: Database, last: date, station_id: str | None, months: int) -> list[dict]:
    """Revisit rate and satisfaction by month, the last `months` months up to the period's end."""
    from .months import month_of, previous_month
    from .revisit_report import monthly_counts

    names, month = [], month_of(last)
    for _ in range(months):
        names.append(month)
        month = previous_month(month)
    return monthly_counts(db, names[::-1], station_id)
