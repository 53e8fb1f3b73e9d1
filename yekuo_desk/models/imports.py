"""Import batches: one run of 从 Excel 导入工单, which can be withdrawn the same day (a tombstone, with a reason)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced


class ImportBatch(Synced, Base):
    __tablename__ = "import_batches"

    file_name: Mapped[str] = mapped_column(String(200))
    imported_on: Mapped[date] = mapped_column(Date)
    user: Mapped[str] = mapped_column(String(64), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    withdrawn_reason: Mapped[str] = mapped_column(String(200), default="")
