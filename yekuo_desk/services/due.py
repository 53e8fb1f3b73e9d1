"""The morning check (seed 000 art. 6(2)): every open stage overdue, due today, or due soon."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from ..models import Case, CaseStage
from . import auth
from .deadlines import (
    STATUS_NAMES, S_DUE_TODAY, S_OVERDUE, S_PAUSED, S_UPCOMING, due_status, target_provisional, target_status,
    upcoming_horizon,
)
from .rules import TARGET_SCOPES, TARGET_UNITS
from .stages import stage_name
from .stations import station_names
from .workcalendar import WorkCalendar

DUE_STATUSES = (S_OVERDUE, S_DUE_TODAY, S_UPCOMING, S_PAUSED)  # paused: clocks stopped for the customer
STATUS_RANK = {status: i for i, status in enumerate(DUE_STATUSES)}


STAGE, FEEDBACK, REVISIT, TARGET, ITEM = "stage", "feedback", "revisit", "target", "item"  # what it is about


@dataclass(slots=True)
class DueItem:
    case_id: str
    case_number: str
    station: str
    customer_name: str
    phone: str
    stage: str
    stage_name: str
    start: date | None
    due: date
    status: str
    overdue_days: int
    provisional: bool
    kind: str = STAGE
    ref_id: str = ""  # the feedback form, for kind "feedback"
    paused: bool = False  # a customer pause is open, begun after the due date: the stage stays overdue

    @property
    def status_label(self) -> str:
        """The status in Chinese, as printed and exported (e.g. "超期（已暂停）")."""
        return STATUS_NAMES[self.status] + ("（已暂停）" if self.paused else "")

    def as_json(self) -> dict:
        return {"case_number": self.case_number, "station": self.station, "stage": self.stage,
                "stage_name": self.stage_name, "start": self.start.isoformat() if self.start else None,
                "due": self.due.isoformat(), "status": self.status, "overdue_days": self.overdue_days,
                "provisional": self.provisional}


def due_items(s: Session, cal: WorkCalendar, today: date, station_id: str | None = None,
              stations: dict[str, tuple[int, str]] | None = None) -> list[DueItem]:
    """Sorted most urgent first: overdue (longest first), due today, upcoming; then station, case. A clerk sees
    the clerk's own station's."""
    station_id = auth.scope(s, station_id)
    horizon = upcoming_horizon(today, cal)
    stations = station_names(s) if stations is None else stations
    q = (select(CaseStage.case_id, Case.case_number, Case.station_id, Case.customer_name, Case.phone,
                CaseStage.stage, CaseStage.start_on, CaseStage.due_on, CaseStage.provisional, CaseStage.paused)
         .join(Case, Case.id == CaseStage.case_id)
         # The same predicate as the partial index ix_case_stages_open_due, so SQLite uses it.
         .where(CaseStage.completed_on.is_(None), CaseStage.due_on.is_not(None),
                CaseStage.due_on <= horizon, CaseStage.deleted_at.is_(None), Case.deleted_at.is_(None)))
    items = []
    for case_id, number, sid, customer, phone, stage, start, due, provisional, paused in s.connection().execute(q):
        if station_id and sid != station_id:
            # Filtered here, not in SQL: with a station in the WHERE clause SQLite walks all the station's
            # cases (20,000 at bureau scale, 130 ms) instead of the few open stages due soon.
            continue
        status, overdue = due_status(due, today, cal)
        order, station = stations.get(sid, (0, ""))
        items.append((STATUS_RANK[status], due, order, number, DueItem(
            case_id, number, station, customer, phone, stage, stage_name(stage), start, due, status, overdue,
            provisional, paused=bool(paused))))
    items.sort(key=lambda x: x[:4])
    return [x[4] for x in items]


def due_board(s: Session, cal: WorkCalendar, today: date, station_id: str | None = None) -> list[DueItem]:
    """The due panel: stages, plus unanswered feedback forms due by the horizon and cases whose power-on
    is due by then without a key-stage revisit (seed 000 art. 6(2)); most urgent first."""
    from .feedback import KINDS, forms_due, rechecks_due
    from .months import month_of, parse_month, previous_month
    from .revisits import (
        NOT_REVISITED_BEFORE_POWER_ON, cases_near_connection_without_revisit, connected_without_revisit,
    )

    station_id = auth.scope(s, station_id)
    horizon = upcoming_horizon(today, cal)
    stations = station_names(s)
    items = due_items(s, cal, today, station_id, stations)
    numbers = {}

    def case_info(case_id: str | None) -> tuple[str, str, str]:
        if not case_id:
            return "", "", ""
        if case_id not in numbers:
            c = s.get(Case, case_id)
            numbers[case_id] = (c.case_number, c.customer_name, c.phone)
        return numbers[case_id]

    def add_form(f, label: str, start: date | None, due: date, provisional: bool) -> None:
        if station_id and f.station_id != station_id:
            return
        number, customer, phone = case_info(f.case_id)  # a few forms: a lookup each is fine
        status, overdue = due_status(due, today, cal)
        items.append(DueItem(f.case_id or "", number, stations.get(f.station_id, (0, ""))[1],
                             f.customer_name or customer, phone, FEEDBACK, label, start, due, status, overdue,
                             provisional, FEEDBACK, f.id))

    for f in forms_due(s, today, horizon):
        add_form(f, f"反馈单 {f.number}（{KINDS[f.kind]}）", f.received_on, f.deadline, f.provisional)
    for f in rechecks_due(s, horizon):  # the call back to the customer after the reply (复查)
        add_form(f, f"反馈单 {f.number} 复查回访", f.reply_on, f.recheck_due, False)
    add_targets(s, cal, today, horizon, station_id, stations, items)
    add_open_pauses(s, cal, today, station_id, stations, items)
    add_coordination_items(s, cal, today, horizon, station_id, stations, items, case_info)
    def add_revisit(r, label: str, due: date) -> None:
        if station_id and r.station_id != station_id:
            return
        status, overdue = due_status(due, today, cal)
        items.append(DueItem(r.case_id, r.case_number, stations.get(r.station_id, (0, ""))[1], r.customer_name,
                             r.phone, REVISIT, label, None, due, status, overdue, False, REVISIT))

    for r in cases_near_connection_without_revisit(s, horizon):
        add_revisit(r, "接电前回访（尚未回访）", r.due_on)
    # Connected without a key-stage revisit before (with a reason, by import or by sync) and still not called:
    # since the first of last month, the period of the revisit reports still open.
    since, _ = parse_month(previous_month(month_of(today)))
    for r in connected_without_revisit(s, since, today, station_id, still_owed=True):
        add_revisit(r, f"{NOT_REVISITED_BEFORE_POWER_ON}（{r.connected_on:%m-%d} 已接电）", r.connected_on)
    items.sort(key=lambda i: (STATUS_RANK[i.status], i.due, i.station, i.case_number))
    return items


def add_coordination_items(s: Session, cal: WorkCalendar, today: date, horizon: date, station_id: str | None,
                           stations: dict[str, tuple[int, str]], items: list[DueItem], case_info) -> None:
    """The coordination meeting's open items due by the horizon (seed 000 art. 7): what the meeting decided."""
    from .coordination import items_due

    for it in items_due(s, horizon, station_id):
        number, customer, phone = case_info(it.case_id)
        status, overdue = due_status(it.due_on, today, cal)
        items.append(DueItem(it.case_id or "", number, stations.get(it.station_id, (0, ""))[1], customer, phone,
                             ITEM, f"协调事项 {it.number}：{it.subject[:30]}", it.raised_on, it.due_on, status,
                             overdue, False, ITEM, it.id))


def add_targets(s: Session, cal: WorkCalendar, today: date, horizon: date, station_id: str | None,
                stations: dict[str, tuple[int, str]], items: list[DueItem]) -> None:
    """Cases not yet connected whose whole-case target (小微企业 10 天…) runs out by the horizon or has."""
    from .engine_context import engine_context

    rules = engine_context(s).rules
    for c in s.execute(select(Case.id, Case.case_number, Case.station_id, Case.customer_name, Case.phone,
                              Case.category, Case.small_business, Case.accepted_on, Case.target_due)
                       .where(Case.target_due.is_not(None), Case.target_due <= horizon, Case.deleted_at.is_(None))):
        if station_id and c.station_id != station_id:
            continue
        scope = rules.target_scope(c.category, bool(c.small_business))
        if scope is None:
            continue
        days, unit = rules.targets[scope]
        status, over = target_status(c.target_due, today, unit, cal)
        items.append(DueItem(c.id, c.case_number, stations.get(c.station_id, (0, ""))[1], c.customer_name, c.phone,
                             TARGET, f"全流程时限（{TARGET_SCOPES[scope]} {days} {TARGET_UNITS[unit]}）",
                             c.accepted_on, c.target_due, status, over,
                             target_provisional(c.accepted_on, c.target_due, unit, cal), TARGET))


def add_open_pauses(s: Session, cal: WorkCalendar, today: date, station_id: str | None,
                    stations: dict[str, tuple[int, str]], items: list[DueItem]) -> None:
    """Stages whose clock stands still for the customer, so none vanishes from view: since when and for how many
    working days; once the pause has lasted the reminder's working days (a setting), the row says to call the
    customer. Their `due` is the reminder day."""
    from ..models import StagePause
    from ..models.case import PAUSED
    from .amounts import get_number

    remind = int(get_number(s, "pause_reminder_days"))
    rows = s.execute(
        select(Case.id, Case.case_number, Case.station_id, Case.customer_name, Case.phone, CaseStage.stage,
               StagePause.start_on)
        .join(CaseStage, CaseStage.case_id == Case.id).join(StagePause, StagePause.stage_id == CaseStage.id)
        .where(Case.state == PAUSED, Case.deleted_at.is_(None), CaseStage.deleted_at.is_(None),
               CaseStage.completed_on.is_(None), StagePause.end_on.is_(None), StagePause.deleted_at.is_(None),
               # unary + keeps the due_on index out: the few paused cases (state index) lead the join
               literal_column("+case_stages.due_on").is_(None)))
    for case_id, number, sid, customer, phone, stage, since in rows:
        if station_id and sid != station_id:
            continue
        days = max(0, cal.count_workdays(since, today))
        call = "，请联系客户" if days >= remind else ""
        items.append(DueItem(case_id, number, stations.get(sid, (0, ""))[1], customer, phone, stage,
                             f"{stage_name(stage)}（{since:%m-%d} 起暂停 {days} 个工作日{call}）", since,
                             cal.add_workdays(since, remind).day, S_PAUSED, 0, False))
