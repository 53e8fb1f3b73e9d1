"""Human numbers made offline without collisions: a prefix, the year, this PC's code, a sequence.

Each PC draws a short device code once (kept in its own database), so two PCs numbering
feedback forms or notices while offline never make the same number: FK-2026-K7-0012.
"""
from __future__ import annotations

import secrets

from sqlalchemy import Integer, cast, func, select
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


def next_sequence(s: Session, column, stem: str) -> int:
    """One more than the highest number after `stem` in `column`, compared as numbers (…-10000 follows …-9999).
    Called inside Database.transaction, which holds the write lock, so concurrent writers never draw the same."""
    last = s.scalar(select(func.max(cast(func.substr(column, len(stem) + 1), Integer)))
                    .where(column.like(stem.replace("_", "\\_") + "%", escape="\\")))
    return (last or 0) + 1


def next_number(s: Session, column, prefix: str, year: int) -> str:
    """The next free number `PREFIX-YEAR-DEVICE-NNNN` for a unique `column` (an ORM attribute): four digits,
    more once a PC passes 9,999 in a year."""
    stem = f"{prefix}-{year}-{device_code(s)}-"
    return f"{stem}{next_sequence(s, column, stem):04d}"
