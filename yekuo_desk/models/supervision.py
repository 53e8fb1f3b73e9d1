"""Supervision notices (业务监督意见书) and the month's hand-entered assessment items."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, StationOwned


class SupervisionNotice(StationOwned, Base):
    __tablename__ = "supervision_notices"
    __table_args__ = (UniqueConstraint("number", name="uq_supervision_notices_number"),
                      Index("ix_supervision_notices_issued", "issued_on"))

    number: Mapped[str] = mapped_column(String(24))
    category: Mapped[str] = mapped_column(String(24))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None)
    finding: Mapped[str] = mapped_column(Text)
    persons: Mapped[str] = mapped_column(String(200), default="")  # names of the persons assessed
    person_count: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    issued_on: Mapped[date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(64), default="")


class AssessmentItem(StationOwned, Base):
    """An item the audit officer enters for a month: a coordination failure (500 yuan by default),
    a complaint assessment (amount by the separate rule), or another deduction."""

    __tablename__ = "assessment_items"
    __table_args__ = (Index("ix_assessment_items_month", "month"),)

    month: Mapped[str] = mapped_column(String(7))
    kind: Mapped[str] = mapped_column(String(16))  # coordination | complaint | other
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None)
    description: Mapped[str] = mapped_column(Text)
    amount: Mapped[float] = mapped_column(Float)
    entered_by: Mapped[str] = mapped_column(String(64), default="")
