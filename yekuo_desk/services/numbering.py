"""Human numbers made offline without collisions: a prefix, the year, this PC's code, a sequence.

Each PC draws a short device code once (kept in its own database), so two PCs numbering
feedback forms or notices while offline never make the same number: FK-2026-K7-0012.
"""
from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from .settings_store import get_setting, set_setting

DEVICE_CODE = "device_code"
_ALPHABET = "ABCDEFGHJKLMNPQRTUWXY"


def device_code(s: Session) -> str:
    code = get_setting(s, DEVICE_CODE)
    if not code:
        code = secrets.choice(_ALPHABET) + secrets.choice("23456789")
        set_setting(s, DEVICE_CODE, code)
    return code


def next_number(s: Session, column, prefix: str, year: int) -> str:
    """The next free number `PREFIX-YEAR-DEVICE-NNNN` for a unique `column` (an ORM attribute)."""
    stem = f"{prefix}-{year}-{device_code(s)}-"
    last = s.scalar(select(column).where(column.like(stem + "%")).order_by(column.desc()).limit(1))
    seq = int(last.removeprefix(stem)) + 1 if last else 1
    return f"{stem}{seq:04d}"
