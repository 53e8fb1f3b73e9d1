"""Cases (业扩报装工单), their stages (环节) and customer pauses (客户原因暂停)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, StationOwned

# Case.state: the clock situation of the case as a whole (today decides overdue vs. due).
OPEN = "open"        # at least one running clock
WAITING = "waiting"  # the current stage waits for the customer (design, completion report…)
PAUSED = "paused"    # a customer pause is open
DONE = "done"        # every applicable stage completed
NOT_DONE = (OPEN, WAITING, PAUSED)
LIVE = text("deleted_at IS NULL")
TARGETED = text("deleted_at IS NULL AND target_due IS NOT NULL")
IMPORTED = text("import_batch_id IS NOT NULL")
WITHDRAWN = text("deleted_at IS NOT NULL")  # the few withdrawn cases, found without a scan


class Case(StationOwned, Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("station_id", "case_number", name="uq_cases_station_number"),
        # The register's indexes cover live rows only, so counting and sorting read the index alone.
        *(Index(f"ix_cases_live_{name}", *cols, sqlite_where=LIVE, postgresql_where=LIVE) for name, cols in (
            ("accepted", ("accepted_on",)), ("name", ("customer_name",)), ("initials", ("customer_initials",)),
            ("number", ("case_number",)), ("due", ("next_due",)), ("state_due", ("state", "next_due")),
            ("station", ("station_id", "accepted_on")), ("category", ("category", "accepted_on")),
            ("stage", ("current_stage", "accepted_on")), ("ledger", ("ledger", "accepted_on")),
        )),
        Index("ix_cases_target_due", "target_due", sqlite_where=TARGETED, postgresql_where=TARGETED),
        Index("ix_cases_import_batch", "import_batch_id", sqlite_where=IMPORTED, postgresql_where=IMPORTED),
        Index("ix_cases_withdrawn", "deleted_at", sqlite_where=WITHDRAWN, postgresql_where=WITHDRAWN),
        # What the meeting's figures read of a case by its id (statistics.py): no table page.
        Index("ix_cases_meeting", "id", "category", "station_id", "small_business", "grid_works", "accepted_on",
              "deleted_at"),
    )

    case_number: Mapped[str] = mapped_column(String(32))
    customer_name: Mapped[str] = mapped_column(String(100))
    customer_initials: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(24))
    small_business: Mapped[bool] = mapped_column(Boolean, default=False)
    important_load: Mapped[bool] = mapped_column(Boolean, default=False)
    grid_works: Mapped[bool] = mapped_column(Boolean, default=False)
    ledger: Mapped[str] = mapped_column(String(24), default="")
    business_type: Mapped[str] = mapped_column(String(24), default="")
    voltage: Mapped[str] = mapped_column(String(16), default="")
    capacity_kva: Mapped[float | None] = mapped_column(Float, default=None)
    address: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    id_number: Mapped[str] = mapped_column(String(40), default="")
    manager: Mapped[str] = mapped_column(String(40), default="")        # 客户经理: the customer's one contact
    manager_phone: Mapped[str] = mapped_column(String(40), default="")
    accepted_on: Mapped[date] = mapped_column(Date)
    # Acceptance (seed 003 art. 18): non-linear loads get the written power-quality notice; arrears are checked;
    # what the customer still has to bring is listed on the written missing-documents notice.
    nonlinear_load: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    arrears_checked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    missing_documents: Mapped[str] = mapped_column(String(500), default="", server_default="")
    # The import that brought the case in (None: typed in): a batch can be withdrawn the same day.
    import_batch_id: Mapped[str | None] = mapped_column(String(32), default=None)

    # Derived from the stages by the deadline engine, kept here so the register sorts and filters fast.
    current_stage: Mapped[str] = mapped_column(String(32), default="")
    next_due: Mapped[date | None] = mapped_column(Date, default=None)
    next_due_stage: Mapped[str] = mapped_column(String(32), default="")
    state: Mapped[str] = mapped_column(String(12), default=OPEN)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    # The whole-case target (受理→接电) of the rule set, while power-on is not recorded; None when no target applies.
    target_due: Mapped[date | None] = mapped_column(Date, default=None)

    stages: Mapped[list[CaseStage]] = relationship(
        back_populates="case", order_by="CaseStage.seq", cascade="all, delete-orphan")


MEETING_COLUMNS = ("stage", "category", "station_id", "completed_on", "due_on", "start_on", "paused_days",
                   "customer_cause", "case_id", "deleted_at")


class CaseStage(StationOwned, Base):
    __tablename__ = "case_stages"
    __table_args__ = (
        UniqueConstraint("case_id", "stage", name="uq_case_stages_case_stage"),
        Index("ix_case_stages_open_due", "due_on",
              sqlite_where=text("completed_on IS NULL AND due_on IS NOT NULL"),
              postgresql_where=text("completed_on IS NULL AND due_on IS NOT NULL")),
        Index("ix_case_stages_due_on", "due_on"),                        # stages due in a month
        Index("ix_case_stages_stage_done", "stage", "completed_on"),     # a kind of stage completed on a day
        # The meeting's figures (statistics.py): each kind, category and station a range by completion date,
        # with every column they use.
        Index("ix_case_stages_meeting", *MEETING_COLUMNS),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))  # (looked up by the unique key's index)
    stage: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    # Facts the clerk records.
    customer_event_on: Mapped[date | None] = mapped_column(Date, default=None)
    completed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # A delay the audit officer found to be the customer's: not assessed (the reason is kept).
    customer_cause: Mapped[str] = mapped_column(String(200), default="")
    # Derived by the deadline engine, with what produced them.
    start_on: Mapped[date | None] = mapped_column(Date, default=None)
    limit_days: Mapped[int | None] = mapped_column(Integer, default=None)
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    rule_set_id: Mapped[str | None] = mapped_column(String(32), default=None)
    rule_revision: Mapped[int | None] = mapped_column(Integer, default=None)
    calendar_version: Mapped[int | None] = mapped_column(Integer, default=None)
    # The case's category, kept in step by SQLite triggers (services/stage_category.py): the meeting's index.
    category: Mapped[str | None] = mapped_column(String(24), default=None)

    case: Mapped[Case] = relationship(back_populates="stages")
    pauses: Mapped[list[StagePause]] = relationship(
        back_populates="stage_row", order_by="StagePause.start_on", cascade="all, delete-orphan",
        lazy="selectin")


class StagePause(StationOwned, Base):
    __tablename__ = "stage_pauses"

    stage_id: Mapped[str] = mapped_column(ForeignKey("case_stages.id"), index=True)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date, default=None)
    reason: Mapped[str] = mapped_column(String(200))

    stage_row: Mapped[CaseStage] = relationship(back_populates="pauses")
