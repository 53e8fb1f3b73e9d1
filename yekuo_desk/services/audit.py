"""Append-only, hash-chained trail of changes to recorded dates (who, when, old, new, why)."""
from __future__ import annotations

import getpass
import hashlib
import json
from dataclasses import dataclass

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


def append_many(s: Session, entries: list[dict], *, user: str | None = None) -> int:
    """Append many entries at once (an import, the demo): the chain worked out here, one bulk insert. Each entry:
    table, row_id, field, new (and optionally old, reason)."""
    from sqlalchemy import insert

    prev = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)) or GENESIS
    at, who = utcnow().replace(microsecond=0), user or current_user()
    rows = []
    for e in entries:
        entry = AuditEntry(at=at, user=who, table_name=e["table"], row_id=e["row_id"], field=e["field"],
                           old_value="" if e.get("old") is None else str(e["old"]),
                           new_value="" if e.get("new") is None else str(e["new"]), reason=e.get("reason", ""),
                           prev_hash=prev)
        entry.hash = prev = _digest(entry.prev_hash, entry)
        rows.append({c: getattr(entry, c) for c in ("at", "user", "table_name", "row_id", "field", "old_value",
                                                    "new_value", "reason", "prev_hash", "hash")})
    for lo in range(0, len(rows), 5000):
        s.execute(insert(AuditEntry), rows[lo:lo + 5000])
    return len(rows)


def fact_entries(case: dict, stages: list[dict], reason: str) -> list[dict]:
    """The trail's first word on every fact of a case brought in whole (an import, the demo): its acceptance
    date, and each stage's customer event and completion."""
    out = [dict(table="cases", row_id=case["id"], field="accepted_on", new=case["accepted_on"].isoformat(),
                reason=reason)]
    for st in stages:
        for name in ("customer_event_on", "completed_on"):
            if st.get(name):
                out.append(dict(table="case_stages", row_id=st["id"], field=name, new=st[name].isoformat(),
                                reason=reason))
    return out


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


# The facts the trail must account for: (table, column). Each one's value in the file must be the trail's last
# word on it; a different value was written behind the app's back (an edit with a SQLite tool).
FACTS = (("cases", "accepted_on"), ("case_stages", "completed_on"), ("case_stages", "customer_event_on"),
         ("case_stages", "customer_cause"))


@dataclass(frozen=True)
class Finding:
    case_number: str
    subject: str   # 工单, or the stage's name
    field: str     # in Chinese
    recorded: str  # the trail's last word ("" when it has none)
    found: str     # the value in the file

    def text(self) -> str:
        said = f"修改记录为“{self.recorded}”" if self.recorded else "修改记录中没有这一项"
        return f"{self.case_number} {self.subject} {self.field}：{said}，文件中为“{self.found or '—'}”"


def verify_facts(s: Session) -> list[Finding]:
    """Every recorded fact whose value differs from the trail's last word on it, by case and field."""
    from sqlalchemy import func

    from ..models import Case, CaseStage
    from .case_changes import CASE_FIELD_NAMES
    from .history import FIELD_NAMES
    from .stages import stage_name

    last: dict[tuple[str, str], str] = {}
    fields = sorted({f for _, f in FACTS})
    for row_id, field, value, _ in s.execute(  # SQLite: the bare columns come from the row of max(seq)
            select(AuditEntry.row_id, AuditEntry.field, AuditEntry.new_value, func.max(AuditEntry.seq))
            .where(AuditEntry.field.in_(fields)).group_by(AuditEntry.row_id, AuditEntry.field)):
        last[(row_id, field)] = value
    numbers = dict(s.execute(select(Case.id, Case.case_number)).all())
    findings = []

    def compare(row_id: str, field: str, value, number: str, subject: str) -> None:
        found = value.isoformat() if hasattr(value, "isoformat") else (value or "")
        recorded = last.get((row_id, field), "")
        if found != recorded:
            names = CASE_FIELD_NAMES if subject == "工单" else FIELD_NAMES  # as the history names them
            findings.append(Finding(number, subject, names.get(field, field), recorded, found))

    for case_id, accepted in s.execute(select(Case.id, Case.accepted_on)):
        compare(case_id, "accepted_on", accepted, numbers[case_id], "工单")
    for row in s.execute(select(CaseStage.id, CaseStage.case_id, CaseStage.stage, CaseStage.completed_on,
                                CaseStage.customer_event_on, CaseStage.customer_cause)):
        for field in ("completed_on", "customer_event_on", "customer_cause"):
            compare(row.id, field, getattr(row, field), numbers.get(row.case_id, "?"), stage_name(row.stage))
    return sorted(findings, key=lambda f: (f.case_number, f.subject, f.field))
