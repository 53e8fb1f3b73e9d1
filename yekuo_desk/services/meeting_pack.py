"""The week's meeting pack (seed 000 art. 7): the statistics and charts of the week, the overdue stages by
station, last week's coordination items with their outcome, and the items still open; printed by
documents/meeting_pack.py as one PDF and as a workbook."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..db import Database
from . import auth
from .coordination import ItemRow, list_items
from .deadlines import S_OVERDUE
from .due import DueItem, due_items
from .engine_context import calendar_for
from .meeting_charts import Chart, charts
from .periods import Period
from .statistics import Stats, compute


@dataclass
class MeetingPack:
    period: Period
    meeting_on: date
    stats: Stats
    charts: list[Chart]
    overdue: list[DueItem]
    last_week: list[ItemRow]   # the items open at the last meeting, as they stand now
    open_items: list[ItemRow]  # the items open at this meeting (carried over and new)


def build_pack(db: Database, period: Period, station_id: str | None = None, *,
               today: date | None = None) -> MeetingPack:
    today = today or date.today()
    stats = compute(db, period.first, period.last, station_id, today=today, verify=True)
    with db.session() as s:
        station_id = auth.scope(s, station_id)
        overdue = [i for i in due_items(s, calendar_for(s), stats.as_of, station_id) if i.status == S_OVERDUE]
    meeting = period.last
    last_meeting = meeting - timedelta(days=7)
    return MeetingPack(period, meeting, stats, charts(stats), overdue,
                       list_items(db, open_on=last_meeting, station_id=station_id),
                       list_items(db, open_on=min(meeting, today), station_id=station_id))
