"""Supply stations: listing and adding them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import Station


class StationError(ValueError):
    """Bad station input; the message is for the user (Chinese)."""


@dataclass(frozen=True)
class StationInfo:
    id: str
    code: str
    name: str
    phone: str
    address: str


def list_stations(db: Database) -> list[StationInfo]:
    with db.session() as s:
        rows = s.scalars(select(Station).where(Station.deleted_at.is_(None))
                         .order_by(Station.sort_order, Station.name))
        return [StationInfo(r.id, r.code, r.name, r.phone, r.address) for r in rows]


def station_names(s: Session) -> dict[str, tuple[int, str]]:
    """Every station's (sort order, name) by id, for lists that show a station per row."""
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
        order = (s.scalar(select(func.max(Station.sort_order))) or 0) + 1
        st = Station(name=name, code=code, phone=phone, address=address, sort_order=order)
        s.add(st)
        s.flush()
        return StationInfo(st.id, st.code, st.name, st.phone, st.address)
