"""Catching what was changed behind the app's back (issue 11 point 3): the trail's chain, its signed head, and
every recorded fact against the trail's last word on it, compared by SQLite itself (a bureau's 200,000 cases
hold millions of facts: nothing of them is held in memory). Also the baseline an upgrade writes for the facts
of a file from before facts were kept in the trail."""
from __future__ import annotations

import hmac
import json
from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..models import AuditEntry, Setting
from .audit import FIELDS, FILE_ID, GENESIS, HEAD, _digest_of, _mac, _tail, append_many


def verify(s: Session, after: tuple[int, str] | None = None) -> list[int]:
    """The sequence numbers of entries whose chain is broken (edited, removed or reordered outside the app);
    `after`: (seq, hash) of an entry already verified, to check only the entries since."""
    start, prev = after or (0, GENESIS)
    broken = []
    columns = [getattr(AuditEntry, name) for name in ("seq", "prev_hash", "hash", *FIELDS)]
    rows = s.execute(select(*columns).where(AuditEntry.seq > start).order_by(AuditEntry.seq)
                     .execution_options(yield_per=50000))
    for seq, prev_hash, stored, *values in rows:  # plain rows, not ORM objects: millions of them
        if prev_hash != prev or _digest_of(prev_hash, values) != stored:
            broken.append(seq)
        prev = stored
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
        problems.append("修改记录的签名链头与本机密钥不符：链头被改动，或文件曾在另一台电脑上写入")
    return problems, []


@dataclass(frozen=True)
class Fact:
    """One kind of recorded fact: the trail's (table, field), and SQL for its rows: FROM, the row's id, its
    case, its stage ('' for the case's own), and its value as the trail writes it (dates are ISO text)."""
    table: str
    field: str
    source: str
    row_id: str
    case_id: str
    stage: str
    value: str


FACTS = (
    Fact("cases", "accepted_on", "cases x", "x.id", "x.id", "''", "x.accepted_on"),
    *(Fact("case_stages", name, "case_stages x", "x.id", "x.case_id", "x.stage", f"x.{name}")
      for name in ("completed_on", "customer_event_on", "customer_cause")),
    # A withdrawn pause: both its dates cleared in the trail.
    *(Fact("stage_pauses", name, "stage_pauses x JOIN case_stages st ON st.id = x.stage_id", "x.id", "st.case_id",
           "st.stage", f"CASE WHEN x.deleted_at IS NULL THEN x.{name} END") for name in ("start_on", "end_on")),
)
VANISHED = {"cases": "工单", "case_stages": "环节", "stage_pauses": "暂停"}  # a deleted row's kind
LAST_WORD = ("(SELECT a.new_value FROM audit_trail a WHERE a.row_id = {row_id} AND a.field = '{field}' "
             "AND a.table_name = '{table}' ORDER BY a.seq DESC LIMIT 1)")


@dataclass(frozen=True)
class Finding:
    case_number: str
    subject: str   # 工单, or the stage's name
    field: str     # in Chinese
    recorded: str  # the trail's last word ("" when it has none)
    found: str     # the value in the file
    row_id: str = ""
    table: str = ""  # the trail's table and field names of the fact
    key: str = ""

    def text(self) -> str:
        said = f"修改记录为“{self.recorded}”" if self.recorded else "修改记录中没有这一项"
        return f"{self.case_number} {self.subject} {self.field}：{said}，文件中为“{self.found or '—'}”"


def _mismatches(s: Session, fact: Fact, case_ids: list[str] | None):
    """(row id, case id, stage, found, recorded) of each fact of this kind that differs from the trail."""
    last = LAST_WORD.format(row_id=fact.row_id, field=fact.field, table=fact.table)
    where = f"WHERE {fact.case_id} IN (SELECT value FROM json_each(:ids))" if case_ids is not None else ""
    sql = (f"SELECT row_id, case_id, stage, found, recorded FROM (SELECT {fact.row_id} AS row_id, "
           f"{fact.case_id} AS case_id, {fact.stage} AS stage, coalesce({fact.value}, '') AS found, "
           f"coalesce({last}, '') AS recorded FROM {fact.source} {where}) WHERE found != recorded")
    return s.execute(text(sql), {"ids": json.dumps(case_ids)} if case_ids is not None else {}).all()


def _vanished(s: Session, fact: Fact):
    """Facts the trail holds whose row is gone from the file (a pause deleted with a SQLite tool)."""
    table = fact.source.split()[0]
    sql = (f"SELECT a.row_id, a.new_value FROM audit_trail a WHERE a.table_name = '{fact.table}' "
           f"AND a.field = '{fact.field}' AND a.new_value != '' "
           f"AND a.seq = (SELECT max(b.seq) FROM audit_trail b WHERE b.row_id = a.row_id AND b.field = a.field) "
           f"AND NOT EXISTS (SELECT 1 FROM {table} x WHERE x.id = a.row_id)")
    return s.execute(text(sql)).all()


def verify_facts(s: Session, case_ids: list[str] | None = None) -> list[Finding]:
    """Every recorded fact whose value differs from the trail's last word on it, by case and field (of the
    cases given, or all — then also the facts whose rows were deleted)."""
    from ..models import Case
    from .history import field_label
    from .stages import stage_name

    rows = [(fact, *r) for fact in FACTS for r in _mismatches(s, fact, case_ids)]
    ids = sorted({r[2] for r in rows})
    numbers = {}
    for lo in range(0, len(ids), 500):
        numbers.update(s.execute(select(Case.id, Case.case_number).where(Case.id.in_(ids[lo:lo + 500]))).all())
    findings = []
    for fact, row_id, case_id, stage, found, recorded in rows:  # named as the history names them
        findings.append(Finding(numbers.get(case_id, "?"), stage_name(stage) if stage else "工单",
                                field_label(fact.table, fact.field, stage), recorded, found, row_id, fact.table,
                                fact.field))
    if case_ids is None:
        for fact in FACTS:
            for row_id, recorded in _vanished(s, fact):
                findings.append(Finding("（记录已被删除）", VANISHED[fact.table], field_label(fact.table, fact.field),
                                        recorded, "", row_id))
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


def baseline(s: Session, reason: str = "基线（升级时记录）", chunk: int = 20000) -> int:
    """Give every fact the trail has no word on yet its first entry (a file from before facts were kept in the
    trail), a chunk at a time. Returns how many were added."""
    added = 0
    for fact in FACTS:
        missing = s.execute(text(
            f"SELECT {fact.row_id}, {fact.value} FROM {fact.source} WHERE {fact.value} IS NOT NULL "
            f"AND {fact.value} != '' AND NOT EXISTS (SELECT 1 FROM audit_trail a WHERE a.row_id = {fact.row_id} "
            f"AND a.field = '{fact.field}' AND a.table_name = '{fact.table}')").execution_options(yield_per=chunk))
        for part in missing.partitions(chunk):
            added += append_many(s, [dict(table=fact.table, row_id=row_id, field=fact.field, new=str(value),
                                          reason=reason) for row_id, value in part], user="升级")
    return added
