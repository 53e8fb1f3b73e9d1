"""The Friday coordination meeting's items (seed 000 art. 7, seed 004 §3.1): recorded during the meeting (what,
the case or station, the responsible unit and person, the due date, the decision), carried over from week to
week until closed with an outcome. An open item past its due date is on the due panel; not carrying out a
meeting's decision can be charged from the item as a coordination assessment item (500 yuan by default, seed
000 art. 10). Every change after recording needs a reason and goes in the trail."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from ..db import Database
from ..models import Case, CoordinationItem, Station
from . import audit, auth
from .numbering import next_number
from .validation import length_problems


class ItemError(ValueError):
    """Bad coordination-item input; the message is for the user (Chinese)."""


OPEN, CLOSED, LATE = "open", "closed", "late"
STATUS_NAMES = {OPEN: "未办结", CLOSED: "已办结", LATE: "逾期未办结"}


@dataclass
class ItemInput:
    subject: str
    station_id: str          # the responsible unit: a station or a department
    due_on: date
    raised_on: date          # the meeting that recorded it
    owner: str = ""
    case_id: str | None = None
    decision: str = ""


@dataclass(frozen=True)
class ItemRow:
    id: str
    number: str
    raised_on: date
    subject: str
    station_id: str
    unit: str
    case_id: str | None
    case_number: str
    owner: str
    due_on: date
    decision: str
    closed_on: date | None
    outcome: str
    charged: bool

    def status(self, today: date) -> str:
        if self.closed_on is not None and self.closed_on <= today:
            return CLOSED
        return LATE if self.due_on < today else OPEN

    def as_json(self, today: date) -> dict:
        return {"number": self.number, "raised_on": self.raised_on.isoformat(), "subject": self.subject,
                "unit": self.unit, "case_number": self.case_number or None, "owner": self.owner,
                "due_on": self.due_on.isoformat(), "decision": self.decision, "status": self.status(today),
                "closed_on": self.closed_on.isoformat() if self.closed_on else None, "outcome": self.outcome,
                "charged": self.charged}


def _check(inp: ItemInput, today: date) -> None:
    problems = length_problems(CoordinationItem, {"owner": ("责任人", inp.owner.strip())})
    if not inp.subject.strip():
        problems.append("协调事项：不能为空")
    if inp.raised_on > today:
        problems.append("会议日期：不能晚于今天")
    if inp.due_on < inp.raised_on:
        problems.append(f"完成期限：不能早于会议日期 {inp.raised_on:%Y-%m-%d}")
    if problems:
        raise ItemError("\n".join(problems))


def _check_refs(s, inp: ItemInput) -> None:
    from .corrections import check_unit_and_case

    check_unit_and_case(s, inp.station_id, inp.case_id, ItemError)


def add_item(db: Database, inp: ItemInput, *, today: date | None = None) -> ItemRow:
    today = today or date.today()
    _check(inp, today)
    with db.transaction() as s:
        auth.require(s, auth.MEETING)
        _check_refs(s, inp)
        item = CoordinationItem(
            station_id=inp.station_id, number=next_number(s, CoordinationItem.number, "XT", inp.raised_on.year),
            raised_on=inp.raised_on, subject=inp.subject.strip(), case_id=inp.case_id, owner=inp.owner.strip(),
            due_on=inp.due_on, decision=inp.decision.strip(), outcome="", entered_by=audit.current_user(s))
        s.add(item)
        s.flush()
        audit.record(s, table="coordination_items", row_id=item.id, field="due_on", old=None,
                     new=inp.due_on.isoformat(), reason=f"协调会（{inp.raised_on:%Y-%m-%d}）记录")
        return _row(s, item)


def correct_item(db: Database, item_id: str, inp: ItemInput, reason: str, *, today: date | None = None) -> ItemRow:
    """Change an item (a new due date agreed at a later meeting, another owner…) with a reason, each field logged."""
    from .corrections import correct, unit_and_case_names

    today = today or date.today()
    _check(inp, today)
    with db.transaction() as s:
        auth.require(s, auth.MEETING)
        _check_refs(s, inp)
        item = s.get(CoordinationItem, item_id)
        correct(s, item, "coordination_items", dict(
            subject=inp.subject.strip(), station_id=inp.station_id, case_id=inp.case_id, owner=inp.owner.strip(),
            due_on=inp.due_on, raised_on=inp.raised_on, decision=inp.decision.strip()), reason, ItemError,
            show=unit_and_case_names(s))
        return _row(s, item)


def close_item(db: Database, item_id: str, outcome: str, closed_on: date, *, today: date | None = None) -> ItemRow:
    """Close an item with its outcome (办结情况)."""
    today = today or date.today()
    if not outcome.strip():
        raise ItemError("办结情况：不能为空")
    if closed_on > today:
        raise ItemError("办结日期：不能晚于今天")
    with db.transaction() as s:
        auth.require(s, auth.MEETING)
        item = s.get(CoordinationItem, item_id)
        if item is None or item.deleted_at is not None:
            raise ItemError("协调事项不存在或已撤回")
        if item.closed_on is not None:
            raise ItemError(f"协调事项 {item.number} 已于 {item.closed_on:%Y-%m-%d} 办结")
        if closed_on < item.raised_on:
            raise ItemError(f"办结日期：不能早于会议日期 {item.raised_on:%Y-%m-%d}")
        item.closed_on, item.outcome = closed_on, outcome.strip()
        audit.record(s, table="coordination_items", row_id=item.id, field="closed_on", old=None,
                     new=closed_on.isoformat(), reason=outcome.strip())
        return _row(s, item)


def reopen_item(db: Database, item_id: str, reason: str) -> ItemRow:
    """An item closed too soon goes back on the list (the reason is logged)."""
    if not reason.strip():
        raise ItemError("重新打开：请填写理由（记入修改记录）")
    with db.transaction() as s:
        auth.require(s, auth.MEETING)
        item = s.get(CoordinationItem, item_id)
        if item is None or item.deleted_at is not None or item.closed_on is None:
            raise ItemError("只有已办结的协调事项可以重新打开")
        audit.record(s, table="coordination_items", row_id=item.id, field="closed_on",
                     old=item.closed_on.isoformat(), new="", reason=reason.strip())
        item.closed_on, item.outcome = None, ""
        return _row(s, item)


def withdraw_item(db: Database, item_id: str, reason: str) -> None:
    """Withdraw an item recorded in error (a tombstone, logged)."""
    from .corrections import withdraw

    with db.transaction() as s:
        auth.require(s, auth.MEETING)
        withdraw(s, s.get(CoordinationItem, item_id), "coordination_items", reason, ItemError)


def charge_item(db: Database, item_id: str, month: str, *, amount: float | None = None) -> str:
    """Charge the item's unit a coordination assessment item (不执行协调会决定) for `month`; returns its id. An
    item is charged once."""
    from . import assessment

    with db.session() as s:
        item = s.get(CoordinationItem, item_id)
        if item is None or item.deleted_at is not None:
            raise ItemError("协调事项不存在或已撤回")
        if item.assessment_item_id:
            raise ItemError(f"协调事项 {item.number} 已列入考核")
        station_id, case_id = item.station_id, item.case_id
        description = f"未执行协调会决定：{item.subject}（协调事项 {item.number}，{item.raised_on:%Y-%m-%d} 会议）"
    try:
        charged = assessment.add_item(db, month, station_id, "coordination", description, amount=amount,
                                      case_id=case_id)
    except assessment.AssessmentError as exc:
        raise ItemError(str(exc)) from exc
    with db.transaction() as s:
        item = s.get(CoordinationItem, item_id)
        item.assessment_item_id = charged
        audit.record(s, table="coordination_items", row_id=item.id, field="assessment_item_id", old=None,
                     new=month, reason=description)
    return charged


def _row(s, item: CoordinationItem) -> ItemRow:
    return _rows(s, [item])[0]


def _rows(s, items: list[CoordinationItem]) -> list[ItemRow]:
    units = dict(s.execute(select(Station.id, Station.name)).all())
    ids = [i.case_id for i in items if i.case_id]
    numbers = dict(s.execute(select(Case.id, Case.case_number).where(Case.id.in_(ids))).all()) if ids else {}
    return [ItemRow(i.id, i.number, i.raised_on, i.subject, i.station_id, units.get(i.station_id, ""), i.case_id,
                    numbers.get(i.case_id, ""), i.owner, i.due_on, i.decision, i.closed_on, i.outcome,
                    bool(i.assessment_item_id)) for i in items]


def list_items(db: Database, *, open_on: date | None = None, closed_between: tuple[date, date] | None = None,
               raised_between: tuple[date, date] | None = None, station_id: str | None = None) -> list[ItemRow]:
    """Items (not withdrawn), by meeting date and number: all, or those still open on a day (recorded by then and
    not closed before it), closed in a period, or recorded in a period. A clerk sees the clerk's station's."""
    with db.session() as s:
        station_id = auth.scope(s, station_id)
        q = select(CoordinationItem).where(CoordinationItem.deleted_at.is_(None))
        if station_id:
            q = q.where(CoordinationItem.station_id == station_id)
        if open_on is not None:
            q = q.where(CoordinationItem.raised_on <= open_on,
                        or_(CoordinationItem.closed_on.is_(None), CoordinationItem.closed_on > open_on))
        if closed_between is not None:
            q = q.where(CoordinationItem.closed_on.between(*closed_between))
        if raised_between is not None:
            q = q.where(CoordinationItem.raised_on.between(*raised_between))
        return _rows(s, list(s.scalars(q.order_by(CoordinationItem.raised_on, CoordinationItem.number))))


def find_item_id(db: Database, number: str) -> str | None:
    with db.session() as s:
        return s.scalar(select(CoordinationItem.id).where(CoordinationItem.number == number.strip(),
                                                          CoordinationItem.deleted_at.is_(None)))


def items_due(s, horizon: date, station_id: str | None = None) -> list[CoordinationItem]:
    """Open items due by `horizon` (the due panel), by the open-items index."""
    q = select(CoordinationItem).where(CoordinationItem.closed_on.is_(None), CoordinationItem.deleted_at.is_(None),
                                       CoordinationItem.due_on <= horizon)
    if station_id:
        q = q.where(CoordinationItem.station_id == station_id)
    return list(s.scalars(q))
