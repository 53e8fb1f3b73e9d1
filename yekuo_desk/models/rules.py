"""Time-limit rule sets: per stage and customer category, whether the stage applies and its limit."""
from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Synced

ALWAYS = "always"
IMPORTANT_ONLY = "important"  # only for important / special loads (重要/特殊负荷)
NEVER = "never"


class RuleSet(Synced, Base):
    __tablename__ = "rule_sets"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(String(200), default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=False)

    limits: Mapped[list[RuleLimit]] = relationship(
        back_populates="rule_set", cascade="all, delete-orphan", lazy="selectin")
    targets: Mapped[list[RuleTarget]] = relationship(
        back_populates="rule_set", cascade="all, delete-orphan", lazy="selectin")


class RuleLimit(Base):
    __tablename__ = "rule_limits"

    rule_set_id: Mapped[str] = mapped_column(ForeignKey("rule_sets.id"), primary_key=True)
    stage: Mapped[str] = mapped_column(String(32), primary_key=True)
    category: Mapped[str] = mapped_column(String(24), primary_key=True)
    applies: Mapped[str] = mapped_column(String(12), default=ALWAYS)
    days: Mapped[int | None] = mapped_column(Integer, default=None)
    # The responsible unit of the stage: "" the case's station, else a department's code (stations.code).
    unit: Mapped[str] = mapped_column(String(8), default="", server_default="")

    rule_set: Mapped[RuleSet] = relationship(back_populates="limits")


CALENDAR_DAYS, WORKING_DAYS = "calendar", "working"
SMALL_BUSINESS = "small_business"  # a target scope beside the categories: 低压小微企业 (seed 004: 10 days)


class RuleTarget(Base):
    """A whole-case target, acceptance to power-on (受理→装表接电), per category or for small businesses."""

    __tablename__ = "rule_targets"

    rule_set_id: Mapped[str] = mapped_column(ForeignKey("rule_sets.id"), primary_key=True)
    scope: Mapped[str] = mapped_column(String(24), primary_key=True)  # a category code or SMALL_BUSINESS
    days: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(12), default=CALENDAR_DAYS)  # calendar | working

    rule_set: Mapped[RuleSet] = relationship(back_populates="targets")
