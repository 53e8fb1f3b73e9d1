"""This PC's side of sync (services/sync/): the outbox of local changes waiting to go up, small named values
(the server's address, the pull cursors), and the conflict inbox. Local tables: they never travel."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, new_id, utcnow

INSERT, UPDATE, DELETE = "insert", "update", "delete"


class OutboxEntry(Base):
    """One row changed here since it last went up: filled by SQLite triggers (outbox.py) in the transaction of
    the change, whatever wrote it. `fields`: JSON {field: the value it had when it was last in step with the
    shared database} of every fact field changed since; `base_seq`: the server stamp the row had then."""

    __tablename__ = "sync_outbox"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    fields: Mapped[str] = mapped_column(Text, default="{}")
    base_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    op_id: Mapped[str] = mapped_column(String(32))  # new at every change: the server remembers applied ones
    changed_at: Mapped[str] = mapped_column(String(32), default="")
    actor: Mapped[str] = mapped_column(String(64), default="")
    error: Mapped[str] = mapped_column(Text, default="")  # why the shared database refused it (retried)


class SyncState(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    """A field two PCs changed differently between syncs: the value that reached the shared database first
    stands; this PC's is kept here until a person picks one."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(32), index=True)
    field: Mapped[str] = mapped_column(String(40))
    station_id: Mapped[str | None] = mapped_column(String(32), default=None)
    mine: Mapped[str] = mapped_column(Text, default="")          # JSON: this PC's value
    mine_by: Mapped[str] = mapped_column(String(64), default="")
    mine_at: Mapped[str] = mapped_column(String(32), default="")
    theirs: Mapped[str] = mapped_column(Text, default="")        # JSON: the value that stands
    theirs_by: Mapped[str] = mapped_column(String(64), default="")
    theirs_at: Mapped[str] = mapped_column(String(32), default="")
    found_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolution: Mapped[str] = mapped_column(String(8), default="")  # mine | theirs
    resolved_by: Mapped[str] = mapped_column(String(64), default="")
