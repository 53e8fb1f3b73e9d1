"""The append-only trail of changes to recorded dates, chained by hash (seed 003 art. 14)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_trail"
    # The trail's last word on a fact (row, field): what audit_check compares every recorded fact with, read
    # from the index alone.
    __table_args__ = (Index("ix_audit_trail_fact", "row_id", "field", "seq", "table_name", "new_value"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(64))
    host: Mapped[str] = mapped_column(String(64), default="", server_default="")  # the PC's name
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(32))  # indexed first in ix_audit_trail_fact
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # "" for an entry written on this PC; "FILE:SEQ" of the file it was first written in, for one that came
    # down from the shared database (services/sync/); "settled" for this PC's entry bringing the trail in line
    # with a value sync settled. What goes up is only this PC's own ("").
    origin: Mapped[str] = mapped_column(String(48), server_default="")  # (no Python default: an upgrade's
    # baseline writes the trail before the column exists)
