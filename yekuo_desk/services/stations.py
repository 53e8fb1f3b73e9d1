"""Supply stations and the bureau's departments (the responsible units): listing and adding them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from . import auth
from ..models import Station
from ..models.station import DEPARTMENT, STATION
from .validation import clean_number, clean_text, length_problems


class StationError(ValueError):
    """Bad station input; the message is for the user (Chinese)."""


@dataclass(frozen=True)
class StationInfo:
    id: str
    code: str
    name: str
    phone: str
    address: str


# Seed 003 art. 5: besides the stations, these departments do their part of a case. Their codes hold a hyphen,
# which a station's code never does, and are what a rule set names as a stage's responsible unit.
DEPARTMENTS = (("D-YX", "营销部"), ("D-FC", "发展策划部"), ("D-SC", "生产技术部"), ("D-DD", "电力调度控制中心"),
               ("D-JJ", "基建部"))
DEPARTMENT_ORDER = 1000  # departments list after the stations


def list_stations(db: Database) -> list[StationInfo]:
    """The supply stations (not the departments), in their order."""
    with db.session() as s:
        return _infos(s, STATION)


def list_units(db: Database) -> list[StationInfo]:
    """Every responsible unit: the stations, then the departments."""
    with db.session() as s:
        return _infos(s, STATION) + _infos(s, DEPARTMENT)


def _infos(s: Session, kind: str) -> list[StationInfo]:
    rows = s.scalars(select(Station).where(Station.deleted_at.is_(None), Station.kind == kind)
                     .order_by(Station.sort_order, Station.name))
    return [StationInfo(r.id, r.code, r.name, r.phone, r.address) for r in rows]


def is_department(s: Session, unit_id: str) -> bool:
    return s.scalar(select(Station.kind).where(Station.id == unit_id)) == DEPARTMENT


def unit_ids_by_code(s: Session) -> dict[str, str]:
    """Every unit's id by its code (a rule set names departments by code)."""
    return dict(s.execute(select(Station.code, Station.id)).all())


def seed_departments(s: Session) -> None:
    """Add the departments a database does not have yet (by code)."""
    have = set(s.scalars(select(Station.code).where(Station.kind == DEPARTMENT)))
    names = set(s.scalars(select(Station.name)))
    for i, (code, name) in enumerate(DEPARTMENTS):
        if code not in have and name not in names:
            s.add(Station(code=code, name=name, kind=DEPARTMENT, sort_order=DEPARTMENT_ORDER + i))


def station_names(s: Session) -> dict[str, tuple[int, str]]:
    """Every unit's (sort order, name) by id, stations and departments, for lists that show a unit per row."""
    return {sid: (order, name) for sid, order, name in s.execute(select(Station.id, Station.sort_order, Station.name))}


def _check_lengths(name: str, phone: str, address: str) -> None:
    problems = length_problems(Station, {"name": ("名称", name), "phone": ("电话", phone), "address": ("地址", address)})
    if problems:
        raise StationError("；".join(problems))


def valid_code(code: str) -> bool:
    """A station code begins every case number: 2 to 6 capital letters."""
    return re.fullmatch(r"[A-Z]{2,6}", code) is not None


def suggest_code(name: str, taken: set[str] | None = None) -> str:
    """A station code for case numbers from the name's pinyin initials (城关供电所 → CG), not one of `taken`
    (which it joins)."""
    from .pinyin import initials

    taken = set() if taken is None else taken
    base = re.sub(r"[^A-Z]", "", initials(name.removesuffix("供电所")).upper())[:4] or "ZZ"
    base = (base + "X")[: max(2, len(base))]
    code, n = base, 0
    while code in taken:
        code = (base + "ABCDEFGHJKLMNPQRTUWXY"[n % 21] * (1 + n // 21))[:6]
        n += 1
    taken.add(code)
    return code


def add_station(db: Database, name: str, code: str, phone: str = "", address: str = "") -> StationInfo:
    name, code, phone, address = clean_text(name), clean_number(code), clean_text(phone), clean_text(address)
    if not name:
        raise StationError("供电所名称不能为空")
    _check_lengths(name, phone, address)
    if not valid_code(code):
        raise StationError("供电所代码应为2–6个大写字母（用于申请编号）")
    with db.transaction() as s:
        auth.require(s, auth.ADMINISTER)
        if s.scalar(select(Station.id).where((Station.name == name) | (Station.code == code))):
            raise StationError(f"供电所“{name}”或代码 {code} 已存在")
        order = (s.scalar(select(func.max(Station.sort_order)).where(Station.kind == STATION)) or 0) + 1
        st = Station(name=name, code=code, phone=phone, address=address, sort_order=order)
        s.add(st)
        s.flush()
        return StationInfo(st.id, st.code, st.name, st.phone, st.address)


def _live_station(s: Session, station_id: str) -> Station:
    st = s.get(Station, station_id)
    if st is None or st.deleted_at is not None or st.kind != STATION:
        raise StationError("供电所不存在或已停用")
    return st


def update_station(db: Database, station_id: str, *, name: str, phone: str = "", address: str = "",
                   reason: str = "") -> StationInfo:
    """Rename a station or change its phone and address (the contact card prints them). A new name needs a
    reason; every change is kept in the history. The code stays (it is in the case numbers)."""
    from . import audit

    name, phone, address = clean_text(name), clean_text(phone), clean_text(address)
    if not name:
        raise StationError("供电所名称不能为空")
    _check_lengths(name, phone, address)
    with db.transaction() as s:
        auth.require(s, auth.ADMINISTER)
        st = _live_station(s, station_id)
        if name != st.name:
            if not reason.strip():
                raise StationError("更改供电所名称须填写原因")
            if s.scalar(select(Station.id).where(Station.name == name, Station.id != st.id)):
                raise StationError(f"已有名为“{name}”的单位")
        for field, value in (("name", name), ("phone", phone.strip()), ("address", address.strip())):
            old = getattr(st, field)
            if old != value:
                setattr(st, field, value)
                audit.record(s, table="stations", row_id=st.id, field=field, old=old, new=value,
                             reason=reason.strip() or "修改")
        return StationInfo(st.id, st.code, st.name, st.phone, st.address)


def _owned_tables():
    """Every table whose rows belong to a station (they carry station_id)."""
    from ..models.base import Base, StationOwned

    return [m.__table__ for m in Base.registry._class_registry.values()
            if isinstance(m, type) and issubclass(m, StationOwned) and hasattr(m, "__table__")]


def merge_station(db: Database, source_id: str, target_id: str, reason: str) -> int:
    """Merge a station into another (a station invented by a typo, two stations joined): every row of the source
    goes to the target, then the source is retired. Refused when both hold the same case number or a revisit
    plan of the same month. Returns how many cases moved."""
    from sqlalchemy import update

    from ..models import Case, RevisitPlan
    from ..models.base import utcnow
    from . import audit

    if not reason.strip():
        raise StationError("合并供电所须填写原因")
    if source_id == target_id:
        raise StationError("请选择另一个供电所")
    with db.transaction() as s:
        auth.require(s, auth.ADMINISTER)
        source, target = _live_station(s, source_id), _live_station(s, target_id)
        clash = sorted(set(s.scalars(select(Case.case_number).where(Case.station_id == source.id)))
                       & set(s.scalars(select(Case.case_number).where(Case.station_id == target.id))))
        if clash:
            raise StationError(f"两个供电所有相同的申请编号，不能合并：{'、'.join(clash[:10])}"
                               + ("…" if len(clash) > 10 else ""))
        months = sorted(set(s.scalars(select(RevisitPlan.month).where(RevisitPlan.station_id == source.id)))
                        & set(s.scalars(select(RevisitPlan.month).where(RevisitPlan.station_id == target.id))))
        if months:
            raise StationError(f"两个供电所都有 {'、'.join(months)} 的回访计划，不能合并")
        moved = len(s.scalars(select(Case.id).where(Case.station_id == source.id)).all())
        now = utcnow()
        for table in _owned_tables():
            s.execute(update(table).where(table.c.station_id == source.id)
                      .values(station_id=target.id, updated_at=now, version=table.c.version + 1))
        source.deleted_at = now
        audit.record(s, table="stations", row_id=source.id, field="merged_into", old=source.name,
                     new=target.name, reason=reason.strip())
        return moved


def retire_station(db: Database, station_id: str, reason: str) -> None:
    """Retire a station no longer used (kept, as a tombstone, for the names in old records). A station whose
    cases are still in progress is merged instead."""
    from ..models import Case
    from ..models.base import utcnow
    from ..models.case import DONE
    from . import audit

    if not reason.strip():
        raise StationError("停用供电所须填写原因")
    with db.transaction() as s:
        auth.require(s, auth.ADMINISTER)
        st = _live_station(s, station_id)
        open_cases = s.scalar(select(func.count()).select_from(Case).where(
            Case.station_id == st.id, Case.deleted_at.is_(None), Case.state != DONE))
        if open_cases:
            raise StationError(f"“{st.name}”还有 {open_cases} 件在办工单，请先将其并入其他供电所")
        st.deleted_at = utcnow()
        audit.record(s, table="stations", row_id=st.id, field="retired", old="", new="已停用", reason=reason.strip())
