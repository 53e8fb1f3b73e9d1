"""The morning check (seed 000 art. 6(2)): every open stage overdue, due today, or due soon."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Case, CaseStage, Station
from .deadlines import S_DUE_TODAY, S_OVERDUE, S_UPCOMING, due_status, upcoming_horizon
from .stages import stage_name
from .workcalendar import WorkCalendar

DUE_STATUSES = (S_OVERDUE, S_DUE_TODAY, S_UPCOMING)
STATUS_RANK = {status: i for i, status in enumerate(DUE_STATUSES)}


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

    def as_json(self) -> dict:
        return {"case_number": self.case_number, "station": self.station, "stage": self.stage,
                "stage_name": self.stage_name, "start": self.start.isoformat() if self.start else None,
                "due": self.due.isoformat(), "status": self.status, "overdue_days": self.overdue_days,
                "provisional": self.provisional}


def due_items(s: Session, cal: WorkCalendar, today: date, station_id: str | None = None) -> list[DueItem]:
    """Sorted most urgent first: overdue (longest first), due today, upcoming; then station, case."""
    horizon = upcoming_horizon(today, cal)
    stations = {sid: (order, name) for sid, order, name in
                s.execute(select(Station.id, Station.sort_order, Station.name))}
    q = (select(CaseStage.case_id, Case.case_number, Case.station_id, Case.customer_name, Case.phone,
                CaseStage.stage, CaseStage.start_on, CaseStage.due_on, CaseStage.provisional)
         .join(Case, Case.id == CaseStage.case_id)
         # The same predicate as the partial index ix_case_stages_open_due, so SQLite uses it.
         .where(CaseStage.completed_on.is_(None), CaseStage.due_on.is_not(None),
                CaseStage.due_on <= horizon, CaseStage.deleted_at.is_(None), Case.deleted_at.is_(None)))
    if station_id:
        q = q.where(Case.station_id == station_id)
    items = []
    for case_id, number, sid, customer, phone, stage, start, due, provisional in s.connection().execute(q):
        status, overdue = due_status(due, today, cal)
        order, station = stations.get(sid, (0, ""))
        items.append((STATUS_RANK[status], due, order, number, DueItem(
            case_id, number, station, customer, phone, stage, stage_name(stage), start, due, status, overdue,
            provisional)))
    items.sort(key=lambda x: x[:4])
    return [x[4] for x in items]
