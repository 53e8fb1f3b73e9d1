"""The rules and calendar the deadline engine runs with, loaded once per calendar version."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from .calendar_store import calendar_version, load_calendar
from .rules import Rules, active_rules
from .workcalendar import WorkCalendar

_calendars: dict[tuple[str, int], WorkCalendar] = {}


@dataclass(frozen=True)
class EngineContext:
    rules: Rules
    calendar: WorkCalendar


def calendar_for(s: Session) -> WorkCalendar:
    key = (str(s.get_bind().url), calendar_version(s))
    cal = _calendars.get(key)
    if cal is None:
        cal = load_calendar(s)
        _calendars.clear()
        _calendars[key] = cal
    return cal


def engine_context(s: Session) -> EngineContext:
    return EngineContext(active_rules(s), calendar_for(s))
