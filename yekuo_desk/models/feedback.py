"""Feedback forms (客户业扩服务回访(投诉)情况反馈单) and their dated, signed steps."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, StationOwned


class FeedbackForm(StationOwned, Base):
    """station_id is the responsible unit."""

    __tablename__ = "feedback_forms"
    __table_args__ = (UniqueConstraint("number", name="uq_feedback_forms_number"),
                      Index("ix_feedback_forms_deadline", "deadline"))

    number: Mapped[str] = mapped_column(String(24))
    source: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(12))  # complaint | report | suggestion | inquiry
    customer_name: Mapped[str] = mapped_column(String(100), default="")
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None)
    revisit_id: Mapped[str | None] = mapped_column(ForeignKey("revisits.id"), default=None)
    content: Mapped[str] = mapped_column(Text)
    received_on: Mapped[date] = mapped_column(Date)
    reporter_name: Mapped[str] = mapped_column(String(40), default="")   # confidential for a report (举报)
    reporter_phone: Mapped[str] = mapped_column(String(40), default="")  # confidential for a report (举报)
    limit_days: Mapped[int] = mapped_column(default=5)
    deadline: Mapped[date] = mapped_column(Date)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="open")
    investigation: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    reply_on: Mapped[date | None] = mapped_column(Date, default=None)
    reply_method: Mapped[str] = mapped_column(String(20), default="")
    customer_evaluation: Mapped[str] = mapped_column(Text, default="")
    reinspection: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(40), default="")
    # After the reply the customer is called back (复查, seed 001 1.(三)2(2)) within this limit.
    recheck_limit_days: Mapped[int | None] = mapped_column(Integer, default=None)
    recheck_due: Mapped[date | None] = mapped_column(Date, default=None)

    steps: Mapped[list[FeedbackStep]] = relationship(
        back_populates="form", cascade="all, delete-orphan", order_by="FeedbackStep.created_at", lazy="selectin")


class FeedbackStep(StationOwned, Base):
    """A move of a form to a new status: dated and signed by the user who made it."""

    __tablename__ = "feedback_steps"

    form_id: Mapped[str] = mapped_column(ForeignKey("feedback_forms.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    on: Mapped[date] = mapped_column(Date)
    user: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")

    form: Mapped[FeedbackForm] = relationship(back_populates="steps")
