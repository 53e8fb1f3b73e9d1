"""Append-only, hash-chained trail of every recorded fact and every change (who, which PC, when, old, new, why),
and the signed head of the chain. Checking it: audit_check.py."""
from __future__ import annotations

import hashlib
import hmac
import json
import platform
import uuid

from sqlalchemy import func, select
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


FIELDS = ("at", "user", "host", "table_name", "row_id", "field", "old_value", "new_value", "reason")
_dumps = json.JSONEncoder(ensure_ascii=False).encode
_quote = json.encoder.c_encode_basestring or json.encoder.py_encode_basestring  # one string as _dumps writes it
_sha256 = hashlib.sha256


def _link(prev_hash: str, at: str, user: str, pc: str, table: str, row_id: str, field: str, old: str, new: str,
          reason: str) -> str:
    """The entry's hash from the previous one's and its values (`at` as datetime.isoformat() writes it): the
    SHA-256 of the JSON list of them, written here string by string (the same text as `_dumps` of the list, in a
    quarter of the time: a new PC's first sync chains two million entries)."""
    q = _quote
    try:
        if pc:
            text = (f"[{q(prev_hash)}, {q(at)}, {q(user)}, {q(table)}, {q(row_id)}, {q(field)}, {q(old)}, {q(new)}, "
                    f"{q(reason)}, {q(pc)}]")
        else:  # (entries from before the PC was kept)
            text = (f"[{q(prev_hash)}, {q(at)}, {q(user)}, {q(table)}, {q(row_id)}, {q(field)}, {q(old)}, {q(new)}, "
                    f"{q(reason)}]")
    except TypeError:  # a value that is not text
        text = _dumps([prev_hash, at, user, table, row_id, field, old, new, reason, *((pc,) if pc else ())])
    return _sha256(text.encode("utf-8")).hexdigest()


def _digest_of(prev_hash: str, values: tuple) -> str:
    """The entry's hash from the previous one's and its FIELDS values (in that order)."""
    at, user, pc, table, row_id, field, old, new, reason = values
    return _link(prev_hash, at.isoformat(), user, pc, table, row_id, field, old, new, reason)


HASH = 10  # where a row made by `linked` holds its own hash


def linked(prev: str, rows) -> list[tuple]:
    """Entries as stored — (at, user, host, table, row id, field, old, new, reason, origin), `at` as text
    ("2026-12-03 06:35:18.000000"), more values after these left out — each given its place in the chain after
    the hash `prev`: rows of (at … reason, prev_hash, hash, origin), ready for `insert`."""
    out = []
    append, link = out.append, _link
    for at, user, pc, table, row_id, field, old, new, reason, origin, *_ in rows:
        # (`at` as datetime.isoformat() writes it: no fraction when it is nought)
        digest = link(prev, f"{at[:10]}T{at[11:19]}" if at.endswith(".000000") else f"{at[:10]}T{at[11:]}",
                      user, pc, table, row_id, field, old, new, reason)
        append((at, user, pc, table, row_id, field, old, new, reason, prev, digest, origin))
        prev = digest
    return out


def insert(s: Session, rows: list[tuple], *, with_origin: bool = True) -> None:
    """Rows made by `linked` into the trail (without their origin for an upgrade's baseline, written before the
    trail had the column)."""
    columns = (*FIELDS, "prev_hash", "hash", *(("origin",) if with_origin else ()))
    sql = (f"INSERT INTO audit_trail ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    for lo in range(0, len(rows), 20000):
        batch = rows[lo:lo + 20000]
        s.connection().exec_driver_sql(sql, batch if with_origin else [r[:-1] for r in batch])


def append_rows(s: Session, rows, *, with_origin: bool = True) -> int:
    """Append entries given as stored (see `linked`): chained after the trail's last, and the head signed."""
    last, count = head(s)
    rows = linked(last, rows)
    if rows:
        insert(s, rows, with_origin=with_origin)
        sign_head(s, count + len(rows), rows[-1][HASH])
    return len(rows)


def _digest(prev_hash: str, entry: AuditEntry) -> str:
    return _digest_of(prev_hash, tuple(getattr(entry, name) for name in FIELDS))


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


def sign_head(s: Session, count: int, last: str) -> None:
    """Keep the chain's length and last hash in the settings, signed with this file's key (keystore.py): cutting
    the trail short, even with the settings edited to match, no longer agrees with a signature nobody can
    forge without the key."""
    from .keystore import key_for

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


def head(s: Session) -> tuple[str, int]:
    """The chain's last hash and length, for rows chained elsewhere (`linked`) and signed after (`sign_head`)."""
    return _tail(s), _head_count(s)


def record(s: Session, *, table: str, row_id: str, field: str, old: object, new: object,
           reason: str = "", user: str | None = None) -> AuditEntry:
    """One entry, in the caller's transaction, signed by the logged-in user (`user`: only the login itself,
    before anyone is logged in) and this PC's name."""
    prev, count = _tail(s), _head_count(s)
    entry = AuditEntry(at=utcnow().replace(microsecond=0), user=user or current_user(s), host=host(),
                       table_name=table, row_id=row_id, field=field, old_value="" if old is None else str(old),
                       new_value="" if new is None else str(new), reason=reason, prev_hash=prev)
    entry.hash = _digest(prev, entry)
    s.add(entry)
    s.flush()
    sign_head(s, count + 1, entry.hash)
    return entry


def append_many(s: Session, entries: list[dict], *, user: str | None = None) -> int:
    """Append many entries at once (an import, the demo, an upgrade's baseline): the chain worked out here, one
    bulk insert. Each entry: table, row_id, field, new (and optionally old, reason; and for an entry that came
    from another PC through the shared database, its own at, user, host and origin)."""
    if not entries:
        return 0
    at, who, pc = utcnow().replace(microsecond=0), user or current_user(s), host()
    now = f"{at:%Y-%m-%d %H:%M:%S.%f}"
    rows = [(f"{e['at']:%Y-%m-%d %H:%M:%S.%f}" if "at" in e else now, e.get("user", who), e.get("host", pc),
             e["table"], e["row_id"], e["field"], "" if e.get("old") is None else str(e["old"]),
             "" if e.get("new") is None else str(e["new"]), e.get("reason", ""), e.get("origin", ""))
            for e in entries]  # plain tuples, not ORM objects: an upgrade's baseline or an import writes millions
    return append_rows(s, rows, with_origin="origin" in entries[0])  # (see `insert`)


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
