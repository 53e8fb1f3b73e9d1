"""Append-only, hash-chained trail of changes to recorded dates (who, when, old, new, why)."""
from __future__ import annotations

import getpass
import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AuditEntry
from ..models.base import utcnow

GENESIS = "0" * 64


def current_user() -> str:
    """Who is working; until users and roles exist, the operating-system login."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services, containers)
        return "unknown"


def _digest(prev_hash: str, entry: AuditEntry) -> str:
    body = json.dumps([prev_hash, entry.at.isoformat(), entry.user, entry.table_name, entry.row_id,
                       entry.field, entry.old_value, entry.new_value, entry.reason], ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(s: Session, *, table: str, row_id: str, field: str, old: object, new: object,
           reason: str = "", user: str | None = None) -> AuditEntry:
    prev = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)) or GENESIS
    entry = AuditEntry(at=utcnow().replace(microsecond=0), user=user or current_user(), table_name=table,
                       row_id=row_id, field=field, old_value="" if old is None else str(old),
                       new_value="" if new is None else str(new), reason=reason, prev_hash=prev)
    entry.hash = _digest(prev, entry)
    s.add(entry)
    s.flush()
    return entry


def history(s: Session, row_ids: list[str]) -> list[AuditEntry]:
    return list(s.scalars(select(AuditEntry).where(AuditEntry.row_id.in_(row_ids)).order_by(AuditEntry.seq)))


def verify(s: Session) -> list[int]:
    """The sequence numbers of entries whose chain is broken (edited or removed outside the app)."""
    broken, prev = [], GENESIS
    for entry in s.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if entry.prev_hash != prev or _digest(entry.prev_hash, entry) != entry.hash:
            broken.append(entry.seq)
        prev = entry.hash
    return broken
