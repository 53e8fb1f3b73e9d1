"""Colours and formats shared by the screens."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from ..services.deadlines import S_DONE_LATE, S_DUE_TODAY, S_OVERDUE, S_PAUSED, S_UPCOMING, S_WAITING

STATUS_COLORS = {
    S_OVERDUE: "#f4b6b6",
    S_DUE_TODAY: "#f9d39a",
    S_UPCOMING: "#fbeeb0",
    S_PAUSED: "#d9d9d9",
    S_WAITING: "#dbe8f5",
    S_DONE_LATE: "#f1d0d0",
}
BANNER_STYLE = "background:#fff3cd; color:#7a4b00; border:1px solid #e0c36c; padding:6px; font-weight:bold;"
ALARM_STYLE = "background:#f8d7da; color:#842029; border:1px solid #b00020; padding:6px; font-weight:bold;"


def format_date(d: date | None) -> str:
    return d.isoformat() if d else ""


def long_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())
