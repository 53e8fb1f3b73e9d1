"""Supply stations (供电所) and the bureau's departments (营销, 发策, 生产, 调度, 基建): the responsible units,
reference data owned by the bureau. Departments own no cases; a stage, an assessment item, a supervision
notice or a feedback form can be charged to one (seed 003 art. 5)."""
from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced

STATION, DEPARTMENT = "station", "department"


class Station(Synced, Base):
    __tablename__ = "stations"

    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(120), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(12), default=STATION, server_default=STATION)
