"""The case register's queries: filter, sort and page through 200,000 cases without loading them.

The view keeps only the rows on screen; each page is one indexed query here.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, String, and_, func, literal_column, or_, select
from sqlalchemy import text as text_clause
from sqlalchemy.orm import Session

from ..models import Case, Station
from ..models.case import DONE, NOT_DONE, PAUSED, WAITING
from .deadlines import (
    S_DONE, S_DUE_TODAY, S_NO_LIMIT, S_ON_TRACK, S_OVERDUE, S_PAUSED, S_UPCOMING, S_WAITING, case_status,
)

S_OPEN = "open"  # every case not yet completed
REGISTER_STATUSES = [S_OPEN, S_OVERDUE, S_DUE_TODAY, S_UPCOMING, S_ON_TRACK, S_NO_LIMIT, S_WAITING, S_PAUSED,
                     S_DONE]
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
# A text filter matching at most this many cases is paged over their rowids (then sorted);
# one matching more is paged by walking the sort column's index, which finds them quickly.
SMALL_MATCH = 2000


def _prefix(column, prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, as an index range (LIKE 'x%' cannot use a binary index)."""
    return and_(column >= prefix, column < prefix + _MAX_CHAR)


def _text_condition(text: str, use_indexes: bool = True) -> ColumnElement[bool] | None:
    """Three or more characters: anywhere in case number, customer name or phone (trigram index), or
    the start of the pinyin initials. One or two: the start of the case number, name or initials.

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
        phrase = '"' + t.replace('"', '""') + '"'
        conditions.append(and_(live, (_ROWID if use_indexes else literal_column("+cases.rowid")).in_(
            select(literal_column("rowid")).select_from(text_clause("cases_fts"))
            .where(literal_column("cases_fts").op("MATCH")(phrase)))))
    else:
        conditions += [and_(live, _prefix(col("customer_name"), t)),
                       and_(live, _prefix(col("case_number"), t.upper()))]
    return or_(*conditions)


def _status_condition(status: str, today: date, horizon: date) -> ColumnElement[bool]:
    not_done = Case.state.in_(NOT_DONE)  # an IN list, so the (state, next_due) index serves
    return {
        S_OPEN: not_done,
        S_OVERDUE: and_(not_done, Case.next_due < today),
        S_DUE_TODAY: and_(not_done, Case.next_due == today),
        S_UPCOMING: and_(not_done, Case.next_due > today, Case.next_due <= horizon),
        S_ON_TRACK: and_(not_done, Case.next_due > horizon),
        S_NO_LIMIT: and_(Case.state.in_([s for s in NOT_DONE if s not in (WAITING, PAUSED)]),
                         Case.next_due.is_(None)),
        S_WAITING: and_(Case.state == WAITING, Case.next_due.is_(None)),
        S_PAUSED: and_(Case.state == PAUSED, Case.next_due.is_(None)),
        S_DONE: Case.state == DONE,
    }[status]


class Register:
    """Queries over the register as seen on `today` (`horizon`: last day counted as upcoming)."""

    def __init__(self, today: date, horizon: date):
        self.today, self.horizon = today, horizon
        self._matches: tuple[str, int, list[int] | None] | None = None  # text, how many, their rowids if few

    def forget_matches(self) -> None:
        """Call after cases were added or changed: the text matches are cached per text."""
        self._matches = None

    def _text_where(self, s: Session, text: str) -> ColumnElement[bool] | None:
        condition = _text_condition(text)
        if condition is None:
            return None
        if self._matches is None or self._matches[0] != text:
            n = s.scalar(select(func.count()).select_from(Case).where(condition)) or 0
            ids = list(s.scalars(select(_ROWID).select_from(Case).where(condition))) if n <= SMALL_MATCH else None
            self._matches = (text, n, ids)
        ids = self._matches[2]
        return _text_condition(text, use_indexes=False) if ids is None else _ROWID.in_(ids)

    def _where(self, s: Session, f: RegisterFilter) -> list[ColumnElement[bool]]:
        where = [Case.deleted_at.is_(None)]
        text = self._text_where(s, f.text)
        if text is not None:
            where.append(text)
        if f.station_id:
            where.append(Case.station_id == f.station_id)
        if f.category:
            where.append(Case.category == f.category)
        if f.ledger == ANY_LEDGER:
            where.append(Case.ledger != "")
        elif f.ledger:
            where.append(Case.ledger == f.ledger)
        if f.status:
            where.append(_status_condition(f.status, self.today, self.horizon))
        return where

    def count(self, s: Session, f: RegisterFilter) -> int:
        where = self._where(s, f)
        if f.text.strip() and replace(f, text="") == RegisterFilter() and self._matches:
            return self._matches[1]  # text alone: the matches counted for it are the answer
        return s.scalar(select(func.count()).select_from(Case).where(*where)) or 0

    def _order(self, column: str, descending: bool) -> list:
        if column == "station":
            keys = [Station.sort_order]
        elif column == "status":
            # Done last, then cases with no running clock, then by due date: this is the status order.
            keys = [Case.state == DONE, Case.next_due.is_(None), Case.next_due]
        else:
            keys = [getattr(Case, column)]
        keys.append(_ROWID)  # ties in insertion order; lets SQLite walk the index
        return [k.desc() if descending else k for k in keys]

    def page(self, s: Session, f: RegisterFilter, column: str, descending: bool, offset: int,
             limit: int) -> list[RegisterRow]:
        """One page of rows. First the page's rowids, read from an index alone (cheap to skip
        far into the list), then just those rows."""
        q = select(_ROWID).select_from(Case).where(*self._where(s, f))
        if column == "station":
            q = q.join(Station, Station.id == Case.station_id)
        ids = list(s.scalars(q.order_by(*self._order(column, descending)).offset(offset).limit(limit)))
        if not ids:
            return []
        found = {r.rowid: r for r in s.execute(select(_ROWID.label("rowid"), *_ROW_COLUMNS).where(_ROWID.in_(ids)))}
        return [self._row(found[i]) for i in ids if i in found]

    def _row(self, r) -> RegisterRow:
        return RegisterRow(r.id, r.case_number, r.station_id, r.customer_name, r.category, r.current_stage,
                           r.next_due, r.next_due_stage, case_status(r.state, r.next_due, self.today, self.horizon),
                           r.accepted_on, r.provisional, r.ledger)


def all_rows(db, register: Register, f: RegisterFilter, column: str, descending: bool, chunk: int = 5000):
    """Every row the filter shows, in order, a page at a time (for exports)."""
    offset = 0
    while True:
        with db.session() as s:
            page = register.page(s, f, column, descending, offset, chunk)
        yield from page
        if len(page) < chunk:
            return
        offset += chunk
