"""The case register's queries: filter, sort and page through 200,000 cases without loading them.

The view keeps only the rows on screen; each page is one indexed query here.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy import text as text_clause
from sqlalchemy.orm import Session

from ..models import Case, Station
from ..models.case import DONE, NOT_DONE, PAUSED, WAITING
from . import auth
from .deadlines import (
    S_DONE,
    S_DUE_TODAY,
    S_NO_LIMIT,
    S_ON_TRACK,
    S_OVERDUE,
    S_PAUSED,
    S_UPCOMING,
    S_WAITING,
    case_status,
)
from .stages import CATEGORIES, STAGE_ORDER, STAGES

S_OPEN = "open"  # every case not yet completed
S_TARGET = "target"  # power-on not done and the whole-case target (小微企业 10 天…) is near or past
TARGET_FILTER_NAME = "全流程时限临近或超过"
REGISTER_STATUSES = [S_OPEN, S_OVERDUE, S_DUE_TODAY, S_UPCOMING, S_ON_TRACK, S_NO_LIMIT, S_WAITING, S_PAUSED,
                     S_DONE, S_TARGET]
ANY_LEDGER = "*"  # the ledger filter: any of the three ledgers

COLUMNS = ("case_number", "station", "customer_name", "category", "current_stage", "next_due", "status",
           "accepted_on")


@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""
    station_id: str | None = None
    category: str | None = None
    status: str | None = None
    ledger: str | None = None


@dataclass(frozen=True)
class RegisterRow:
    id: str
    case_number: str
    station_id: str
    customer_name: str
    category: str
    current_stage: str
    next_due: date | None
    next_due_stage: str
    status: str
    accepted_on: date
    provisional: bool
    ledger: str


_ROW_COLUMNS = (Case.id, Case.case_number, Case.station_id, Case.customer_name, Case.category,
                Case.current_stage, Case.next_due, Case.next_due_stage, Case.state, Case.accepted_on,
                Case.provisional, Case.ledger)


_MAX_CHAR = "\U0010ffff"
_ROWID = literal_column("cases.rowid")
# A filter showing at most this many cases is paged over their rowids (sorted in full: cheap for a few);
# one showing more is paged by walking an index in the sort's order, one page at a time.
SMALL_MATCH = 2000


def _prefix(column, prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, as an index range (LIKE 'x%' cannot use a binary index)."""
    return and_(column >= prefix, column < prefix + _MAX_CHAR)


def _fts_rows(table: str, phrase: str, use_indexes: bool) -> ColumnElement[bool]:
    """The case's rowid is among those an FTS5 index matches for `phrase` (quoted as one phrase)."""
    quoted = '"' + phrase.replace('"', '""') + '"'
    return (_ROWID if use_indexes else literal_column("+cases.rowid")).in_(
        select(literal_column("rowid")).select_from(text_clause(table))
        .where(literal_column(table).op("MATCH")(quoted)))


def _text_condition(text: str, use_indexes: bool = True) -> ColumnElement[bool] | None:
    """Three or more characters: anywhere in the case number, customer name, phone, contact or address (the
    trigram index). Two: anywhere in the name, contact or address (the index of character pairs), or the
    start of the case number. One: the start of the case number or name. ASCII letters also match the start
    of the name's pinyin initials.

    With `use_indexes`, each alternative repeats the live-row test so that SQLite answers it from the
    partial indexes ("MULTI-INDEX OR"): quick to find a few cases. Without, the columns carry SQLite's
    unary +, which keeps their indexes out of the plan: a page of a common text is then found by
    walking the sort column's index and stopping after one page, instead of sorting every match."""
    t = text.strip()
    if not t:
        return None

    def col(name: str):
        return getattr(Case, name) if use_indexes else literal_column(f"+cases.{name}", String)

    live = Case.deleted_at.is_(None)
    conditions = []
    if t.isascii() and t.isalnum():
        conditions.append(and_(live, _prefix(col("customer_initials"), t.lower())))
    if len(t) >= 3:
        conditions.append(and_(live, _fts_rows("cases_fts", t, use_indexes)))
    else:
        conditions += [and_(live, _prefix(col("customer_name"), t)),
                       and_(live, _prefix(col("case_number"), t.upper()))]
        if len(t) == 2 and t.isalnum():  # a pair of letters or digits: one "word" of the pairs index
            conditions.append(and_(live, _fts_rows("cases_pairs", t, use_indexes)))
    return or_(*conditions)


def _fts_count(s: Session, text: str) -> int | None:
    """How many live cases a text matches, counted in its full-text index, when the text's condition is that
    index alone (Chinese text of two or more characters): the index's count less the few withdrawn cases it
    still holds, instead of looking up every match (47,000 for 有限: 3 ms instead of 100). None otherwise."""
    t = text.strip()
    if len(t) < 2 or t.isascii() or (len(t) == 2 and not t.isalnum()):
        return None
    table = "cases_pairs" if len(t) == 2 else "cases_fts"
    quoted = '"' + t.replace('"', '""') + '"'
    matched = s.scalar(select(func.count()).select_from(text_clause(table))
                       .where(literal_column(table).op("MATCH")(quoted))) or 0
    withdrawn = s.scalar(select(func.count()).select_from(Case).where(
        Case.deleted_at.is_not(None), _fts_rows(table, t, False))) or 0  # +rowid: the withdrawn lead
    return matched - withdrawn


def _status_condition(status: str, today: date, horizon: date, cutoff: date) -> ColumnElement[bool]:
    not_done = Case.state.in_(NOT_DONE)  # an IN list, so the (state, next_due) index serves
    return {
        S_OPEN: not_done,
        S_OVERDUE: and_(not_done, Case.next_due < cutoff),
        S_DUE_TODAY: and_(not_done, Case.next_due >= cutoff, Case.next_due <= today),
        S_UPCOMING: and_(not_done, Case.next_due > today, Case.next_due <= horizon),
        S_ON_TRACK: and_(not_done, Case.next_due > horizon),
        S_NO_LIMIT: and_(Case.state.in_([s for s in NOT_DONE if s not in (WAITING, PAUSED)]),
                         Case.next_due.is_(None)),
        S_WAITING: and_(Case.state == WAITING, Case.next_due.is_(None)),
        S_PAUSED: and_(Case.state == PAUSED, Case.next_due.is_(None)),
        S_DONE: Case.state == DONE,
        S_TARGET: and_(Case.target_due.is_not(None), Case.target_due <= horizon),  # the partial index serves
    }[status]


# ---------------------------------------------------------------------------- grouped sorts
# Sorting by station, stage, category or status puts the cases in a few groups in a fixed order (the
# stations' order, the process order…). Each group is read by walking its own index, e.g. (station_id,
# accepted_on), so a page anywhere in 200,000 cases is one short index walk, not a sort of them all.

_STATUS_GROUP = case((Case.state == DONE, 2), (Case.next_due.is_(None), 1), else_=0)


def _group_key(column: str):
    return {"station": Case.station_id, "current_stage": Case.current_stage, "category": Case.category,
            "status": _STATUS_GROUP}[column]


def _group_order(s: Session, column: str) -> list:
    """The groups' values in the order the user sees them (ascending)."""
    if column == "station":
        return list(s.scalars(select(Station.id).order_by(Station.sort_order, Station.name)))
    if column == "current_stage":
        return [st.code for st in STAGES] + [""]  # "" is a case with every stage done: last
    if column == "category":
        return list(CATEGORIES)
    return [0, 1, 2]  # status: a running clock (by due date), no running clock, done


def _group_where(column: str, value) -> ColumnElement[bool]:
    if column != "status":
        return _group_key(column) == value
    if value == 0:
        return and_(Case.state.in_(NOT_DONE), Case.next_due.is_not(None))
    if value == 1:
        return and_(Case.state.in_(NOT_DONE), Case.next_due.is_(None))
    return Case.state == DONE


def _within_group(column: str, value) -> list:
    """The order inside a group, served by an index that starts with the group's column."""
    if column == "status":
        return [Case.next_due] if value == 0 else []  # done cases: (state, next_due) index, then rowid
    return [Case.accepted_on]


GROUPED = ("station", "current_stage", "category", "status")


@dataclass(frozen=True)
class RegisterView:
    """What one filter and sort show: worked out once (off the GUI thread), then paged quickly."""

    filter: RegisterFilter
    column: str
    descending: bool
    count: int
    where: tuple = ()                        # the conditions every page repeats
    ids: tuple[int, ...] | None = None       # the rowids shown, when they are few
    groups: tuple[tuple[object, int], ...] = ()  # a grouped sort: (value, cases) in the order shown


class Register:
    """Queries over the register as seen on `today` (`horizon`: last day counted as upcoming; `cutoff`: a due
    date before it is overdue, see deadlines.overdue_before; on a working day it is today)."""

    def __init__(self, today: date, horizon: date, cutoff: date | None = None):
        self.today, self.horizon, self.cutoff = today, horizon, cutoff or today

    def _where(self, s: Session, f: RegisterFilter) -> tuple[list[ColumnElement[bool]], int | None, list | None]:
        """The conditions, and for a text the number of its matches and (when few) their rowids."""
        where = [Case.deleted_at.is_(None)]
        n = ids = None
        condition = _text_condition(f.text)
        if condition is not None:
            n = _fts_count(s, f.text)
            if n is None:
                n = s.scalar(select(func.count()).select_from(Case).where(condition)) or 0
            if n <= SMALL_MATCH:
                ids = list(s.scalars(select(_ROWID).select_from(Case).where(condition)))
                where.append(_ROWID.in_(ids))
            else:
                where.append(_text_condition(f.text, use_indexes=False))
        if f.station_id:
            where.append(Case.station_id == f.station_id)
        if f.category:
            where.append(Case.category == f.category)
        if f.ledger == ANY_LEDGER:
            where.append(Case.ledger > "")  # a range on the ledger index ("!=" is not one)
        elif f.ledger:
            where.append(Case.ledger == f.ledger)
        if f.status:
            where.append(_status_condition(f.status, self.today, self.horizon, self.cutoff))
        return where, n, ids

    def prepare(self, s: Session, f: RegisterFilter, column: str = "accepted_on",
                descending: bool = True) -> RegisterView:
        """Count what `f` shows and work out how to page it in this order (a clerk: the clerk's station's)."""
        f = replace(f, station_id=auth.scope(s, f.station_id))
        where, n, ids = self._where(s, f)
        if n is not None and replace(f, text="") == RegisterFilter():
            count = n  # text alone: its matches are the answer
        else:
            count = s.scalar(select(func.count()).select_from(Case).where(*where)) or 0
        if count <= SMALL_MATCH:
            if ids is None or len(where) > 2:
                ids = list(s.scalars(select(_ROWID).select_from(Case).where(*where)))
            return RegisterView(f, column, descending, len(ids), (Case.deleted_at.is_(None), _ROWID.in_(ids)),
                                tuple(ids))
        groups: tuple = ()
        if column in GROUPED:
            key = _group_key(column)
            counts = dict(s.execute(select(key, func.count()).select_from(Case).where(*where).group_by(key)).all())
            order = _group_order(s, column)
            order += sorted((v for v in counts if v not in order), key=str)  # unknown values, kept at the end
            groups = tuple((v, counts[v]) for v in (reversed(order) if descending else order) if counts.get(v))
        return RegisterView(f, column, descending, count, tuple(where), None, groups)

    def count(self, s: Session, f: RegisterFilter) -> int:
        return self.prepare(s, f).count

    def _ordered(self, keys: list, descending: bool) -> list:
        keys = [*keys, _ROWID]  # ties in insertion order; lets SQLite walk the index
        return [k.desc() if descending else k for k in keys]

    def _rowids(self, s: Session, view: RegisterView, offset: int, limit: int) -> list[int]:
        if view.ids is not None or not view.groups:
            q = select(_ROWID).select_from(Case).where(*view.where)
            # The same order as the grouped walk below: the group's place, then the order inside it.
            if view.column == "station":
                q = q.outerjoin(Station, Station.id == Case.station_id)
                keys = [Station.sort_order, Station.name, Case.accepted_on]
            elif view.column == "status":
                keys = [Case.state == DONE, Case.next_due.is_(None), Case.next_due]
            elif view.column == "current_stage":
                keys = [case(STAGE_ORDER, value=Case.current_stage, else_=len(STAGE_ORDER)), Case.accepted_on]
            elif view.column == "category":
                keys = [case({c: i for i, c in enumerate(CATEGORIES)}, value=Case.category, else_=len(CATEGORIES)),
                        Case.accepted_on]
            else:
                keys = [getattr(Case, view.column)]
            return _walk(s, q, lambda desc: self._ordered(keys, desc), view.descending, offset, limit, view.count)
        ids: list[int] = []
        for value, n in view.groups:
            if offset >= n:
                offset -= n
                continue
            q = select(_ROWID).select_from(Case).where(*view.where, _group_where(view.column, value))
            ids += _walk(s, q, lambda desc, v=value: self._ordered(_within_group(view.column, v), desc),
                         view.descending, offset, limit - len(ids), n)
            offset = 0
            if len(ids) >= limit:
                break
        return ids

    def page(self, s: Session, view: RegisterView, offset: int, limit: int) -> list[RegisterRow]:
        """One page of rows. First the page's rowids, read from an index alone (cheap to skip
        far into the list), then just those rows."""
        ids = self._rowids(s, view, offset, limit)
        if not ids:
            return []
        found = {r.rowid: r for r in s.execute(select(_ROWID.label("rowid"), *_ROW_COLUMNS).where(_ROWID.in_(ids)))}
        return [self._row(found[i]) for i in ids if i in found]

    def _row(self, r) -> RegisterRow:
        return RegisterRow(r.id, r.case_number, r.station_id, r.customer_name, r.category, r.current_stage,
                           r.next_due, r.next_due_stage, case_status(r.state, r.next_due, self.today, self.horizon,
                                                                   self.cutoff),
                           r.accepted_on, r.provisional, r.ledger)


def _walk(s: Session, q, order, descending: bool, offset: int, limit: int, total: int) -> list[int]:
    """`limit` rowids from `offset` in `order(descending)`. Past the middle, walk the index from the other end
    and turn the page round: the end of 200,000 cases is then as quick as the start (SQLite orders NULL
    first, so the reversed order is exactly the mirror)."""
    if offset <= total // 2:
        return list(s.scalars(q.order_by(*order(descending)).offset(offset).limit(limit)))
    end = min(offset + limit, total)
    page = list(s.scalars(q.order_by(*order(not descending)).offset(total - end).limit(end - offset)))
    return page[::-1]


def all_rows(db, register: Register, view: RegisterView, chunk: int = 5000):
    """Every row the view shows, in order, a page at a time (for exports)."""
    offset = 0
    while True:
        with db.session() as s:
            page = register.page(s, view, offset, chunk)
        yield from page
        if len(page) < chunk:
            return
        offset += chunk



def find_cases(db, text: str, station_id: str | None = None, limit: int = 50) -> list:
    """Up to `limit` cases matching `text` as the register's search does (newest accepted first), of one
    station when given: for pickers (a case to add to a revisit plan…). Rows: id, case_number, customer_name,
    current_stage, accepted_on."""
    condition = _text_condition(text)
    if condition is None:
        return []
    q = (select(Case.id, Case.case_number, Case.customer_name, Case.current_stage, Case.accepted_on)
         .where(condition).order_by(Case.accepted_on.desc()).limit(limit))
    with db.session() as s:
        station_id = auth.scope(s, station_id)
        if station_id:
            q = q.where(Case.station_id == station_id)
        return list(s.execute(q))


def rows_of(db, case_ids: list[str], today: date) -> list[RegisterRow]:
    """The register's rows of these cases, in the order given (the cases behind a chart's bar)."""
    from .deadlines import overdue_before, upcoming_horizon
    from .engine_context import calendar_for

    found = {}
    with db.session() as s:
        cal = calendar_for(s)
        register = Register(today, upcoming_horizon(today, cal), overdue_before(today, cal))
        for lo in range(0, len(case_ids), 500):
            for r in s.execute(select(*_ROW_COLUMNS).where(Case.id.in_(case_ids[lo:lo + 500]))):
                found[r.id] = register._row(r)
    return [found[i] for i in case_ids if i in found]
