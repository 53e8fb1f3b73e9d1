"""Supervision notices (业务监督意见书): a finding against a station or persons, with an amount."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..db import Database
from ..models import Case, Station, SupervisionNotice
from . import audit, auth
from .months import parse_month
from .numbering import next_number
from .validation import length_problems

CATEGORIES = ["线外流转", "装表未告知", "客户重复往返", "业务受理不规范", "配电柜门未关", "未执行“一证受理”",
              "三不指定", "其他"]


class NoticeError(ValueError):
    """Bad notice input; the message is for the user (Chinese)."""


@dataclass
class NoticeInput:
    category: str
    station_id: str
    finding: str
    issued_on: date
    case_id: str | None = None
    persons: str = ""
    person_count: int = 0
    amount: float = 0.0


@dataclass(frozen=True)
class NoticeRow:
    id: str
    number: str
    category: str
    station_id: str
    station: str
    case_number: str
    finding: str
    persons: str
    person_count: int
    amount: float
    issued_on: date


def _check(inp: NoticeInput, today: date) -> None:
    problems = length_problems(SupervisionNotice, {"persons": ("考核对象", inp.persons)})
    if inp.category not in CATEGORIES:
        problems.append("类别：应为 " + " / ".join(CATEGORIES))
    if not inp.finding.strip():
        problems.append("问题描述：不能为空")
    if inp.issued_on > today:
        problems.append("下达日期：不能晚于今天")
    if inp.amount < 0 or inp.person_count < 0:
        problems.append("考核人次和金额：不能为负数")
    if inp.amount > 0 and inp.person_count == 0 and not inp.persons.strip():
        problems.append("考核对象：有考核金额时须填写被考核人员")
    if problems:
        raise NoticeError("\n".join(problems))


def _check_refs(s, inp: NoticeInput) -> None:
    from .corrections import check_unit_and_case

    check_unit_and_case(s, inp.station_id, inp.case_id, NoticeError)


def _person_count(inp: NoticeInput) -> int:
    return inp.person_count or len([p for p in inp.persons.replace("，", "、").split("、") if p.strip()])


def add_notice(db: Database, inp: NoticeInput, *, today: date | None = None) -> NoticeRow:
    today = today or date.today()
    _check(inp, today)
    with db.transaction() as s:
        auth.require(s, auth.NOTICES)
        _check_refs(s, inp)
        n = SupervisionNotice(station_id=inp.station_id, number=next_number(s, SupervisionNotice.number, "JD",
                                                                              inp.issued_on.year),
                              category=inp.category, case_id=inp.case_id, finding=inp.finding.strip(),
                              persons=inp.persons.strip(), person_count=_person_count(inp),
                              amount=float(inp.amount), issued_on=inp.issued_on, issued_by=audit.current_user(s))
        s.add(n)
        s.flush()
        return _row(s, n)


def correct_notice(db: Database, notice_id: str, inp: NoticeInput, reason: str, *,
                   today: date | None = None) -> NoticeRow:
    """Correct an issued notice (category, unit, finding, persons, amount, date…) with a reason; each changed
    field is logged, the number stays, and the month's sheet follows."""
    from .corrections import correct, unit_and_case_names

    today = today or date.today()
    _check(inp, today)
    with db.transaction() as s:
        auth.require(s, auth.NOTICES)
        _check_refs(s, inp)
        n = s.get(SupervisionNotice, notice_id)
        correct(s, n, "supervision_notices", dict(
            category=inp.category, station_id=inp.station_id, case_id=inp.case_id, finding=inp.finding.strip(),
            persons=inp.persons.strip(), person_count=_person_count(inp), amount=float(inp.amount),
            issued_on=inp.issued_on), reason, NoticeError, show=unit_and_case_names(s))
        return _row(s, n)


def withdraw_notice(db: Database, notice_id: str, reason: str) -> None:
    """Withdraw a notice issued in error (a tombstone, logged); its amount leaves the month's sheet."""
    from .corrections import withdraw

    with db.transaction() as s:
        auth.require(s, auth.NOTICES)
        withdraw(s, s.get(SupervisionNotice, notice_id), "supervision_notices", reason, NoticeError)


def _row(s, n: SupervisionNotice) -> NoticeRow:
    station = s.get(Station, n.station_id)
    number = s.scalar(select(Case.case_number).where(Case.id == n.case_id)) if n.case_id else ""
    return NoticeRow(n.id, n.number, n.category, n.station_id, station.name if station else "", number or "",
                     n.finding, n.persons, n.person_count, n.amount, n.issued_on)


def notices_in(db: Database, month: str | None = None) -> list[NoticeRow]:
    """The notices of a month (or all), of the actor's own station for a clerk."""
    with db.session() as s:
        station_id = auth.scope(s)
        q = select(SupervisionNotice).where(SupervisionNotice.deleted_at.is_(None)).order_by(
            SupervisionNotice.issued_on.desc(), SupervisionNotice.number.desc())
        if station_id:
            q = q.where(SupervisionNotice.station_id == station_id)
        if month:
            first, last = parse_month(month)
            q = q.where(SupervisionNotice.issued_on >= first, SupervisionNotice.issued_on <= last)
        return [_row(s, n) for n in s.scalars(q)]


def find_notice(db: Database, number: str) -> NoticeRow | None:
    with db.session() as s:
        station_id = auth.scope(s)
        n = s.scalar(select(SupervisionNotice).where(SupervisionNotice.number == number.strip(),
                                                     SupervisionNotice.deleted_at.is_(None),
                                                     *([SupervisionNotice.station_id == station_id]
                                                       if station_id else [])))
        return _row(s, n) if n is not None else None
