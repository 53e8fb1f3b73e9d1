"""The Friday coordination meeting's items (周业扩协调会 协调事项, seed 000 art. 7): what blocks a case or a station,
who answers for it by when, and what was decided; open items carry over week to week until closed."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, StationOwned

OPEN_ITEMS = text("closed_on IS NULL AND deleted_at IS NULL")


class CoordinationItem(StationOwned, Base):
    """station_id: the responsible unit (a station or a department)."""

    __tablename__ = "coordination_items"
    __table_args__ = (UniqueConstraint("number", name="uq_coordination_items_number"),
                      Index("ix_coordination_items_raised", "raised_on"),
                      Index("ix_coordination_items_open_due", "due_on", sqlite_where=OPEN_ITEMS,
                            postgresql_where=OPEN_ITEMS))

    number: Mapped[str] = mapped_column(String(24))
    raised_on: Mapped[date] = mapped_column(Date)        # the meeting that recorded it
    subject: Mapped[str] = mapped_column(Text)           # what is to be coordinated
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None)
    owner: Mapped[str] = mapped_column(String(40), default="")  # the person who answers for it
    due_on: Mapped[date] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    outcome: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(64), default="")
    # The 500-yuan assessment item charged for not carrying out the decision (seed 000 art. 10), if any.
    assessment_item_id: Mapped[str | None] = mapped_column(ForeignKey("assessment_items.id"), default=None)
