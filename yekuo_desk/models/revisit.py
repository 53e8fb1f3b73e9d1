"""Revisits (回访): the month's plan per station, and each call or visit with its checklist."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, StationOwned

# Checklist answers.
YES, NO, NOT_ASKED = "yes", "no", "na"


class RevisitPlan(StationOwned, Base):
    """One station's revisit plan for one month; fixed once issued (changes after that are logged)."""

    __tablename__ = "revisit_plans"
    __table_args__ = (UniqueConstraint("station_id", "month", name="uq_revisit_plans_station_month"),)

    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    issued_on: Mapped[date | None] = mapped_column(Date, default=None)
    issued_by: Mapped[str] = mapped_column(String(64), default="")

    items: Mapped[list[RevisitPlanItem]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="RevisitPlanItem.seq", lazy="selectin")


class RevisitPlanItem(StationOwned, Base):
    __tablename__ = "revisit_plan_items"
    __table_args__ = (Index("ix_revisit_plan_items_case", "case_id"),)

    plan_id: Mapped[str] = mapped_column(ForeignKey("revisit_plans.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    stage: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(16))  # no_revisit | done_on_due | added
    seq: Mapped[int] = mapped_column(default=0)

    plan: Mapped[RevisitPlan] = relationship(back_populates="items")


class Revisit(StationOwned, Base):
    __tablename__ = "revisits"
    __table_args__ = (Index("ix_revisits_case", "case_id"), Index("ix_revisits_on", "revisit_on"))

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    stage: Mapped[str] = mapped_column(String(32))
    revisit_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(8))  # phone | site
    caller: Mapped[str] = mapped_column(String(40))
    respondent: Mapped[str] = mapped_column(String(40), default="")
    # The checklist of domain.md: each yes / no / not asked.
    signed_in_person: Mapped[str] = mapped_column(String(3), default=NOT_ASKED)
    capacity_matches: Mapped[str] = mapped_column(String(3), default=NOT_ASKED)
    dates_match: Mapped[str] = mapped_column(String(3), default=NOT_ASKED)
    invoice_ok: Mapped[str] = mapped_column(String(3), default=NOT_ASKED)
    attitude_ok: Mapped[str] = mapped_column(String(3), default=NOT_ASKED)
    no_favours: Mapped[str] = mapped_column(String(3), default=NOT_ASKED)
    no_designation: Mapped[str] = mapped_column(String(3), default=NOT_ASKED)
    satisfaction: Mapped[str] = mapped_column(String(12))  # satisfied | basic | unsatisfied
    customer_words: Mapped[str] = mapped_column(Text, default="")
    plan_item_id: Mapped[str | None] = mapped_column(ForeignKey("revisit_plan_items.id"), default=None)
