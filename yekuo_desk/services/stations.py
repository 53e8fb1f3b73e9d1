"""Supply stations and the bureau's departments (the responsible units): listing and adding them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import Station
from ..models.station import DEPARTMENT, STATION


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


def add_station(db: Database, name: str, code: str, phone: str = "", address: str = "") -> StationInfo:
    name, code = name.strip(), code.strip().upper()
    if not name:
        raise StationError("供电所名称不能为空")
    if not re.fullmatch(r"[A-Z]{2,6}", code):
        raise StationError("供电所代码应为2–6个大写字母（用于申请编号）")
    with db.transaction() as s:
        if s.scalar(select(Station.id).where((Station.name == name) | (Station.code == code))):
            raise StationError(f"供电所“{name}”或代码 {code} 已存在")
        order = (s.scalar(select(func.max(Station.sort_order)).where(Station.kind == STATION)) or 0) + 1
        st = Station(name=name, code=code, phone=phone, address=address, sort_order=order)
        s.add(st)
        s.flush()
        return StationInfo(st.id, st.code, st.name, st.phone, st.address)
