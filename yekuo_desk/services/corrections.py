"""Correcting and withdrawing audit records (revisits, supervision notices, assessment items, feedback intake):
never a silent edit, never a hard delete. Each change needs a reason and goes in the trail, field by field;
a withdrawn record is a tombstone (deleted_at) that every list, report and sheet leaves out, so the month's
figures follow."""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ..models.base import utcnow
from . import audit


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def check_unit_and_case(s: Session, unit_id: str, case_id: str | None, error: type[Exception]) -> None:
    """A record's responsible unit and (optional) case must exist; `error` says which does not, in Chinese."""
    from ..models import Case, Station

    if s.get(Station, unit_id) is None:
        raise error("责任单位：请选择供电所或部门")
    if case_id and s.get(Case, case_id) is None:
        raise error("关联工单：不存在")


def unit_and_case_names(s: Session):
    """A `show` for records tied to a unit and a case: their names (供电所, 申请编号), not their ids."""
    from ..models import Case, Station

    def show(name: str, value) -> str | None:
        if name == "station_id" and value:
            station = s.get(Station, value)
            return station.name if station else None
        if name == "case_id" and value:
            case = s.get(Case, value)
            return case.case_number if case else None
        return None
    return show


def correct(s: Session, row, table: str, changes: dict, reason: str, error: type[Exception], *,
            private: tuple[str, ...] = (), show=None) -> list[str]:
    """Set the changed fields of `row` (a live record) and log each one with the reason; returns their names.
    Fields in `private` (a reporter's identity…) are logged as changed, not in clear; `show(name, value)` gives
    a value as people read it (a code's name), or None for the plain text. Raises `error` (the
    service's own error class) when the reason is missing or the record is withdrawn."""
    if row is None or row.deleted_at is not None:
        raise error("记录不存在或已撤回")
    if not reason.strip():
        raise error("更正原因：不能为空（更正记入修改记录）")
    changed = []
    for name, value in changes.items():
        old = getattr(row, name)
        if old == value:
            continue
        setattr(row, name, value)
        def text(v) -> str:
            named = show(name, v) if show else None
            return _text(v) if named is None else named
        shown = ("（已登记）" if old else "", "（已修改）") if name in private else (text(old), text(value))
        audit.record(s, table=table, row_id=row.id, field=name, old=shown[0], new=shown[1],
                     reason=reason.strip())
        changed.append(name)
    return changed


def withdraw(s: Session, row, table: str, reason: str, error: type[Exception]) -> None:
    """Withdraw a record (a tombstone, kept with its values) with a reason, logged."""
    if row is None or row.deleted_at is not None:
        raise error("记录不存在或已撤回")
    if not reason.strip():
        raise error("撤回原因：不能为空（撤回记入修改记录）")
    row.deleted_at = utcnow()
    audit.record(s, table=table, row_id=row.id, field="withdrawn", old="", new="已撤回", reason=reason.strip())
