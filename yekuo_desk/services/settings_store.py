"""Named values kept in the database (not per-user preferences: those live in QSettings)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..models import Setting

CALENDAR_VERSION = "calendar_version"


def get_setting(s: Session, key: str, default: str = "") -> str:
    row = s.get(Setting, key)
    return row.value if row else default


def set_setting(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def bump_int(s: Session, key: str) -> int:
    value = int(get_setting(s, key, "0")) + 1
    set_setting(s, key, str(value))
    return value
