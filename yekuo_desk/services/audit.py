"""Append-only, hash-chained trail of changes to recorded dates (who, when, old, new, why)."""
from __future__ import annotations

import hashlib
import hmac
import json
import platform
import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..models import AuditEntry, Setting
from ..models.base import utcnow

GENESIS = "0" * 64
HEAD, FILE_ID = "audit_head", "file_id"  # settings: the signed head of the chain, the file's own id


def current_user(s: Session) -> str:
    """Who is working: the logged-in user (services/auth.py), never the operating system's login."""
    from .auth import actor_name

    return actor_name(s)


def host() -> str:
    return platform.node()[:64]


def _digest(prev_hash: str, entry: AuditEntry) -> str:
    values = [prev_hash, entry.at.isoformat(), entry.user, entry.table_name, entry.row_id, entry.field,
              entry.old_value, entry.new_value, entry.reason]
    if entry.host:  # entries from before the PC's name was kept are chained without it
        values.append(entry.host)
    return hashlib.sha256(json.dumps(values, ensure_ascii=False).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- the signed head

def file_id(s: Session) -> str:
    """This file's own id (made once; a backup or a copy keeps it), naming its signing key."""
    row = s.get(Setting, FILE_ID)
    if row is None:
        row = Setting(key=FILE_ID, value=uuid.uuid4().hex)
        s.add(row)
        s.flush()
    return row.value


def _mac(key: bytes, fid: str, count: int, last: str) -> str:
    return hmac.new(key, f"{fid}:{count}:{last}".encode(), hashlib.sha256).hexdigest()


def sign_head(s: Session, count: int | None = None, last: str | None = None) -> None:
    """Keep the chain's length and last hash in the settings, signed with this file's key (keystore.py): cutting
    the trail short, even with the settings edited to match, no longer agrees with a signature nobody can
    forge without the key."""
    from .keystore import key_for

    if count is None:
        count = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
        last = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)) or GENESIS
    fid = file_id(s)
    value = f"{count}:{last}:{_mac(key_for(fid, create=True), fid, count, last)}"
    row = s.get(Setting, HEAD)
    if row is None:
        s.add(Setting(key=HEAD, value=value))
    else:
        row.value = value
    s.flush()


def _head_count(s: Session) -> int:
    row = s.get(Setting, HEAD)
    try:
        return int(row.value.split(":")[0])
    except (AttributeError, ValueError):
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _tail(s: Session) -> str:
    return s.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)) or GENESIS


def record(s: Session, *, table: str, row_id: str, field: str, old: object, new: object,
           reason: str = "", user: str | None = None) -> AuditEntry:
    """One entry, in the caller's transaction, signed by the logged-in user (`user`: only the login itself,
    before anyone is logged in) and this PC's name."""
    prev = _tail(s)
    entry = AuditEntry(at=utcnow().replace(microsecond=0), user=user or current_user(s), host=host(),
                       table_name=table, row_id=row_id, field=field, old_value="" if old is None else str(old),
                       new_value="" if new is None else str(new), reason=reason, prev_hash=prev)
    entry.hash = _digest(prev, entry)
    s.add(entry)
    s.flush()
    sign_head(s, _head_count(s) + 1, entry.hash)
    return entry


def append_many(s: Session, entries: list[dict], *, user: str | None = None) -> int:
    """Append many entries at once (an import, the demo, an upgrade's baseline): the chain worked out here, one
    bulk insert. Each entry: table, row_id, field, new (and optionally old, reason)."""
    if not entries:
        return 0
    prev = _tail(s)
    at, who, pc = utcnow().replace(microsecond=0), user or current_user(s), host()
    rows = []
    for e in entries:
        entry = AuditEntry(at=at, user=who, host=pc, table_name=e["table"], row_id=e["row_id"], field=e["field"],
                           old_value="" if e.get("old") is None else str(e["old"]),
                           new_value="" if e.get("new") is None else str(e["new"]), reason=e.get("reason", ""),
                           prev_hash=prev)
        entry.hash = prev = _digest(entry.prev_hash, entry)
        rows.append({c: getattr(entry, c) for c in ("at", "user", "host", "table_name", "row_id", "field",
                                                    "old_value", "new_value", "reason", "prev_hash", "hash")})
    count = _head_count(s)
    for lo in range(0, len(rows), 5000):
        s.execute(insert(AuditEntry), rows[lo:lo + 5000])
    sign_head(s, count + len(rows), prev)
    return len(rows)


def fact_entries(case: dict, stages: list[dict], reason: str, pauses: list[dict] = ()) -> list[dict]:
    """The trail's first word on every fact of a case brought in whole (an import, the demo): its acceptance
    date, each stage's customer event and completion, and each pause."""
    out = [dict(table="cases", row_id=case["id"], field="accepted_on", new=case["accepted_on"].isoformat(),
                reason=reason)]
    for st in stages:
        for name in ("customer_event_on", "completed_on"):
            if st.get(name):
                out.append(dict(table="case_stages", row_id=st["id"], field=name, new=st[name].isoformat(),
                                reason=reason))
    for p in pauses:
        out += pause_entries(p["id"], None, p["start_on"], None, p.get("end_on"), reason)
    return out


def facts_of_batch(cases: list[dict], stages: list[dict], pauses: list[dict], reason: str) -> list[dict]:
    """fact_entries of many cases given as the rows about to be inserted (an import, the demo)."""
    stages_of: dict[str, list[dict]] = {}
    for st in stages:
        stages_of.setdefault(st["case_id"], []).append(st)
    case_of_stage = {st["id"]: st["case_id"] for st in stages}
    pauses_of: dict[str, list[dict]] = {}
    for p in pauses:
        pauses_of.setdefault(case_of_stage[p["stage_id"]], []).append(p)
    return [e for case in cases for e in fact_entries(case, stages_of.get(case["id"], []), reason,
                                                      pauses_of.get(case["id"], []))]


def pause_entries(pause_id: str, old_start, new_start, old_end, new_end, reason: str) -> list[dict]:
    """A pause's facts (start, end) as trail entries, keyed by the pause's own row; only what changed."""
    text = lambda d: d.isoformat() if d else ""  # noqa: E731
    return [dict(table="stage_pauses", row_id=pause_id, field=name, old=text(old) or None, new=text(new),
                 reason=reason)
            for name, old, new in (("start_on", old_start, new_start), ("end_on", old_end, new_end))
            if text(old) != text(new)]


def history(s: Session, row_ids: list[str]) -> list[AuditEntry]:
    return list(s.scalars(select(AuditEntry).where(AuditEntry.row_id.in_(row_ids)).order_by(AuditEntry.seq)))


def verify(s: Session) -> list[int]:
    """The sequence numbers of entries whose chain is broken (edited or removed outside the app)."""
    broken, prev = [], GENESIS
    for entry in s.scalars(select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=20000)):
        if entry.prev_hash != prev or _digest(entry.prev_hash, entry) != entry.hash:
            broken.append(entry.seq)
        prev = entry.hash
    return broken


def verify_head(s: Session) -> tuple[list[str], list[str]]:
    """(problems, warnings) of the signed head: a trail cut short, or a head edited to match it."""
    from .keystore import key_for

    count = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
    last = _tail(s)
    row, fid = s.get(Setting, HEAD), s.get(Setting, FILE_ID)
    if row is None:
        return (["修改记录的签名链头不见了（修改记录或设置在本软件之外被改动）"] if count else []), []
    try:
        signed_count, signed_last, mac = row.value.split(":")
        signed = int(signed_count)
    except ValueError:
        return ["修改记录的签名链头被改动，无法读取"], []
    problems = []
    if (signed, signed_last) != (count, last):
        problems.append(f"修改记录被截短或删除了条目：签名时共 {signed} 条，文件中现有 {count} 条")
    key = key_for(fid.value, create=False) if fid is not None else None
    if key is None:
        return problems, ["本机没有此数据文件的签名密钥（文件来自其他电脑？），无法核对修改记录是否被截短"]
    if not hmac.compare_digest(_mac(key, fid.value, signed, signed_last), mac):
        problems.append("修改记录的签名链头被改动（签名不符）")
    return problems, []


# The facts the trail must account for: (table, column). Each one's value in the file must be the trail's last
# word on it; a different value was written behind the app's back (an edit with a SQLite tool).
FACTS = (("cases", "accepted_on"), ("case_stages", "completed_on"), ("case_stages", "customer_event_on"),
         ("case_stages", "customer_cause"), ("stage_pauses", "start_on"), ("stage_pauses", "end_on"))
PAUSE_FIELDS = {"start_on": "暂停开始", "end_on": "暂停结束"}


@dataclass(frozen=True)
class Finding:
    case_number: str
    subject: str   # 工单, or the stage's name
    field: str     # in Chinese
    recorded: str  # the trail's last word ("" when it has none)
    found: str     # the value in the file
    row_id: str = ""

    def text(self) -> str:
        said = f"修改记录为“{self.recorded}”" if self.recorded else "修改记录中没有这一项"
        return f"{self.case_number} {self.subject} {self.field}：{said}，文件中为“{self.found or '—'}”"


def _last_words(s: Session, row_ids: list[str] | None = None) -> dict[tuple[str, str], str]:
    fields = sorted({f for _, f in FACTS})
    last: dict[tuple[str, str], str] = {}
    query = (select(AuditEntry.row_id, AuditEntry.field, AuditEntry.new_value, func.max(AuditEntry.seq))
             .where(AuditEntry.field.in_(fields), AuditEntry.table_name.in_({t for t, _ in FACTS})))
    batches = [None] if row_ids is None else [row_ids[i:i + 500] for i in range(0, len(row_ids), 500)]
    for batch in batches:  # SQLite: the bare columns come from the row of max(seq)
        q = query if batch is None else query.where(AuditEntry.row_id.in_(batch))
        for row_id, name, value, _ in s.execute(q.group_by(AuditEntry.row_id, AuditEntry.field)):
            last[(row_id, name)] = value
    return last


def fact_rows(s: Session, case_ids: list[str] | None = None):
    """Every recorded fact as (row id, field, value as the trail writes it, case id, stage code or "")."""
    from ..models import Case, CaseStage, StagePause

    def text(value) -> str:
        return value.isoformat() if hasattr(value, "isoformat") else (value or "")

    def limited(q, column):
        return q if case_ids is None else q.where(column.in_(case_ids))

    for case_id, accepted in s.execute(limited(select(Case.id, Case.accepted_on), Case.id)):
        yield case_id, "accepted_on", text(accepted), case_id, ""
    for row in s.execute(limited(select(CaseStage.id, CaseStage.case_id, CaseStage.stage, CaseStage.completed_on,
                                        CaseStage.customer_event_on, CaseStage.customer_cause), CaseStage.case_id)):
        for name in ("completed_on", "customer_event_on", "customer_cause"):
            yield row.id, name, text(getattr(row, name)), row.case_id, row.stage
    for row in s.execute(limited(select(StagePause.id, StagePause.start_on, StagePause.end_on, StagePause.deleted_at,
                                        CaseStage.case_id, CaseStage.stage).join(CaseStage), CaseStage.case_id)):
        for name in ("start_on", "end_on"):  # a withdrawn pause: both cleared in the trail
            yield row.id, name, "" if row.deleted_at else text(getattr(row, name)), row.case_id, row.stage


def verify_facts(s: Session, case_ids: list[str] | None = None) -> list[Finding]:
    """Every recorded fact whose value differs from the trail's last word on it, by case and field (of the
    cases given, or all)."""
    from ..models import Case
    from .case_changes import CASE_FIELD_NAMES
    from .history import FIELD_NAMES
    from .stages import stage_name

    if case_ids is not None:
        facts = list(fact_rows(s, case_ids))
        last = _last_words(s, sorted({f[0] for f in facts}))
    else:
        facts, last = fact_rows(s), _last_words(s)
    numbers = dict(s.execute(select(Case.id, Case.case_number)
                             .where(*([Case.id.in_(case_ids)] if case_ids is not None else []))).all())
    findings = []
    for row_id, name, found, case_id, stage in facts:
        recorded = last.get((row_id, name), "")
        if found != recorded:
            label = (CASE_FIELD_NAMES.get(name, name) if not stage  # as the history names them
                     else PAUSE_FIELDS.get(name) or FIELD_NAMES.get(name, name))
            findings.append(Finding(numbers.get(case_id, "?"), stage_name(stage) if stage else "工单", label,
                                    recorded, found, row_id))
    return sorted(findings, key=lambda f: (f.case_number, f.subject, f.field))


@dataclass
class Report:
    """What 校验数据完整性 found: lines for the user, and warnings that are not findings."""
    broken: list[int] = field(default_factory=list)
    head: list[str] = field(default_factory=list)
    facts: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not (self.broken or self.head or self.facts)

    def lines(self) -> list[str]:
        return ([f"修改记录第 {seq} 条被改动、删除或调换了顺序" for seq in self.broken] + self.head
                + [f.text() for f in self.facts])


def check(s: Session) -> Report:
    """The whole check: the chain, its signed head, and every recorded fact against the trail."""
    head, warnings = verify_head(s)
    return Report(verify(s), head, verify_facts(s), warnings)


def baseline(s: Session, reason: str = "基线（升级时记录）") -> int:
    """Give every fact the trail has no word on yet its first entry (a file from before facts were kept in the
    trail). Returns how many were added."""
    last = _last_words(s)
    tables = {"accepted_on": "cases", "start_on": "stage_pauses", "end_on": "stage_pauses"}
    entries = [dict(table=tables.get(name, "case_stages"), row_id=row_id, field=name, new=value, reason=reason)
               for row_id, name, value, _, _ in fact_rows(s) if value and (row_id, name) not in last]
    return append_many(s, entries, user="升级")
