"""Reference data a new database starts with: the holiday calendar, the rule-set presets, the departments."""
from __future__ import annotations

from sqlalchemy import func, select

from ..db import Database
from ..models import CalendarYear
from .calendar_store import seed_from_package
from .rules import seed_presets
from .stations import seed_departments


def ensure_reference_data(db: Database) -> None:
    with db.transaction() as s:
        if not s.scalar(select(func.count()).select_from(CalendarYear)):
            seed_from_package(s)
        seed_departments(s)
        seed_presets(s)
