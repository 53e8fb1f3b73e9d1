"""Push: this PC's outbox, a table at a time (parents first), in batches; each batch one transaction on the
shared database with one stamp.

The server side of the three-way merge runs here, in the pushing PC's transaction, under its own login (so
row-level security judges every row): for each changed field, the value the PC started from (its base) is
compared with the shared database's value now. Equal: the PC's value is taken. Already the PC's value: nothing
to do. Different: another PC changed it first; that value stands and the PC's goes to its conflict inbox. An
edit of a row deleted meanwhile, or a deletion of a row edited meanwhile, is a conflict too.

A batch the server refuses a row of is retried a row at a time, so one bad row (a duplicate number, a value
too long) is set aside with its reason and the rest go on; a lost connection rolls the whole batch back and
keeps everything for the next sync, where the op ids (remembered by the server) make a resent batch harmless.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import Table, select, text

from ...models.base import utcnow
from ...models.sync import DELETE, INSERT
from ..audit import append_many
from ..audit_check import FACTS
from . import server
from .outbox import DERIVED, applying, bases, case_tables, decode, encode, fact_columns, get_state, set_state

BATCH = 500
TRAIL_PUSHED = "trail_pushed"  # sync_state: the number of this file's last trail entry sent
FACT_FIELDS = {(f.table, f.field) for f in FACTS}  # recorded facts: their trail follows every change


@dataclass
class Op:
    op_id: str
    row_id: str
    kind: str
    station_id: str | None
    values: dict                                         # insert: the whole row
    changes: dict = field(default_factory=dict)          # update: field -> (base, new)
    derived: dict = field(default_factory=dict)          # update: due dates etc. as this PC worked them out
    base_seq: int | None = None
    actor: str = ""
    changed_at: str = ""


@dataclass
class Conflict:
    table: str
    row_id: str
    station_id: str | None
    field: str
    mine: dict
    theirs: dict
    mine_by: str
    mine_at: str
    theirs_by: str
    theirs_at: str


@dataclass
class PushResult:
    pushed: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # table, row id, reason


def _row_errors() -> tuple:
    import psycopg

    # What one row can cause (a duplicate, a missing parent, a bad value, a row-level-security refusal); a lost
    # connection or a lock timeout is not among them: it ends the batch, everything is kept for next time.
    return (psycopg.IntegrityError, psycopg.DataError, psycopg.ProgrammingError)


ROW_ERRORS = _row_errors()


class Refused(Exception):
    """The shared database would not take this row (said in Chinese)."""


# ---------------------------------------------------------------- the server's side of one batch

def _decide(op: Op, cur: dict | None, table: str, last: dict) -> tuple[dict, list[Conflict]]:
    """What to write (field -> value; empty: nothing) and the conflicts, for one op against the row now."""
    if cur is None:
        if op.kind == INSERT:
            return dict(op.values), []
        raise Refused("共享数据库中没有这一行（或它不属于本账户）")
    changes = op.changes
    if op.kind == INSERT:  # a row the server already has (a file restored from a backup): every difference clashes
        facts = fact_columns(table, list(op.values))
        changes = {f: (None, op.values[f]) for f in facts}
    by, at = last.get(op.row_id, ("", ""))
    clash = lambda f, mine, theirs: Conflict(table, op.row_id, cur.get("station_id"), f, mine, theirs,  # noqa: E731
                                             op.actor, op.changed_at, by, at)
    moved = cur["sync_seq"] is not None and (op.base_seq is None or cur["sync_seq"] > op.base_seq)
    new_deleted = changes.get("deleted_at", (None, None))[1]
    if cur["deleted_at"] is not None and "deleted_at" not in changes:
        return {}, [clash("deleted_at", {f: new for f, (_, new) in changes.items()},
                          {"deleted_at": cur["deleted_at"]})]
    if new_deleted is not None and cur["deleted_at"] is None and moved:
        return {}, [clash("deleted_at", {"deleted_at": new_deleted}, {"deleted_at": None})]
    writes, conflicts = {}, []
    for f, (base, new) in changes.items():
        if cur[f] == new:
            continue
        if cur[f] == base:
            writes[f] = new
        else:
            conflicts.append(clash(f, {f: new}, {f: cur[f]}))
    if writes:  # derived values never clash: they go along with the facts they follow from
        writes.update({f: v for f, v in op.derived.items() if cur[f] != v})
    return writes, conflicts


def _outcome(seq: int | None, fresh: bool, conflicts: list[Conflict]) -> str:
    """`seq`: the stamp the row took (None: nothing written); `fresh`: the row is now exactly this PC's (no
    other PC's change merged in), so the PC need not pull it back."""
    return json.dumps({"seq": seq, "fresh": fresh, "conflicts": [
        dict(field=c.field, mine={k: encode(v) for k, v in c.mine.items()},
             theirs={k: encode(v) for k, v in c.theirs.items()}, theirs_by=c.theirs_by, theirs_at=c.theirs_at)
        for c in conflicts]}, ensure_ascii=False)


def _write(conn, table: str, op: Op, writes: dict, stamp: int, inserting: bool) -> None:
    from psycopg import sql

    if inserting:
        row = {**writes, "sync_seq": stamp}
        conn.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
            sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, row)),
            sql.SQL(", ").join(sql.Placeholder() * len(row))), list(row.values()))
    elif writes:
        sets = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(f)) for f in writes)
        conn.execute(sql.SQL("UPDATE {} SET {}, version = version + 1, updated_at = %s, sync_seq = %s "
                             "WHERE id = %s").format(sql.Identifier(table), sets),
                     [*writes.values(), utcnow(), stamp, op.row_id])


def _log(conn, table: str, op: Op, station_id, outcome: str, stamp: int) -> None:
    conn.execute("INSERT INTO sync_ops (op_id, table_name, row_id, station_id, seq, actor, changed_at, outcome) "
                 "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                 (op.op_id, table, op.row_id, station_id, stamp, op.actor, op.changed_at, outcome))


def apply_batch(conn, table: str, ops: list[Op]) -> dict[str, tuple[str, object]]:
    """Apply one batch in one transaction of the shared database. Returns, by op id, ("done", outcome JSON)
    for an op applied now or before, or ("refused", reason)."""
    from psycopg.rows import dict_row

    answers: dict[str, tuple[str, object]] = {}
    with conn.transaction():
        stamp = server.stamp(conn)
        ids = [op.op_id for op in ops]
        for op_id, outcome in conn.execute("SELECT op_id, outcome FROM sync_ops WHERE op_id = ANY(%s)", (ids,)):
            answers[op_id] = ("done", outcome)
        todo = [op for op in ops if op.op_id not in answers]
        if not todo:
            return answers
        row_ids = [op.row_id for op in todo]
        with conn.cursor(row_factory=dict_row) as cur:
            current = {r["id"]: r for r in cur.execute(
                f"SELECT * FROM {table} WHERE id = ANY(%s) FOR UPDATE", (row_ids,))}
        last = {r[0]: (r[1], r[2]) for r in conn.execute(
            "SELECT DISTINCT ON (row_id) row_id, actor, changed_at FROM sync_ops WHERE row_id = ANY(%s) "
            "ORDER BY row_id, seq DESC", (row_ids,))}
        plans = []
        for op in todo:
            try:
                writes, conflicts = _decide(op, current.get(op.row_id), table, last)
            except Refused as exc:
                answers[op.op_id] = ("refused", str(exc))
                continue
            cur = current.get(op.row_id)
            inserting = cur is None
            fresh = inserting or (cur["sync_seq"] is not None and op.base_seq == cur["sync_seq"] and not conflicts)
            station = (op.values if inserting else cur).get("station_id")
            plans.append((op, writes, conflicts, inserting, fresh, station))

        def run(plan) -> None:
            op, writes, conflicts, inserting, fresh, station = plan
            _write(conn, table, op, writes, stamp, inserting)
            outcome = _outcome(stamp if (writes or inserting) else None, fresh, conflicts)
            _log(conn, table, op, station, outcome, stamp)
            answers[op.op_id] = ("done", outcome)

        try:
            with conn.transaction():
                for plan in plans:
                    run(plan)
        except ROW_ERRORS:
            for plan in plans:  # one row at a time: only the bad ones are set aside
                try:
                    with conn.transaction():
                        run(plan)
                except ROW_ERRORS as one:
                    answers[plan[0].op_id] = ("refused", refusal(one))
    return answers


def refusal(exc) -> str:
    """Why the shared database refused a row, in Chinese."""
    import psycopg

    detail = (getattr(getattr(exc, "diag", None), "message_detail", None) or "").strip()
    if isinstance(exc, psycopg.errors.UniqueViolation):
        return f"编号或内容与共享数据库中已有的记录重复：{detail or exc}"
    if isinstance(exc, psycopg.errors.ForeignKeyViolation):
        return f"引用的记录（工单、环节或供电所）在共享数据库中还没有：{detail or exc}"
    if isinstance(exc, psycopg.errors.InsufficientPrivilege) or "row-level security" in str(exc):
        return "本账户无权写入这一行（不属于本所）"
    if isinstance(exc, psycopg.DataError):
        return f"数值不合要求（过长或格式不对）：{str(exc).splitlines()[0]}"
    return f"共享数据库拒收：{str(exc).splitlines()[0]}"


# ---------------------------------------------------------------- this PC's side

def _ops(s, table: Table, entries, my_station: str | None, station_names: dict) -> tuple[list[Op], list, list]:
    """The batch's ops from its outbox entries and the rows as they are now; entries with nothing left to
    send, and rows this PC may not push (another station's), set apart."""
    ids = [e.row_id for e in entries]
    rows = {r["id"]: dict(r) for r in s.execute(select(table).where(table.c.id.in_(ids))).mappings()}
    ops, empty, foreign = [], [], []
    for e in entries:
        row = rows.get(e.row_id)
        if row is None and e.kind != DELETE:
            empty.append(e)
            continue
        station = row.get("station_id") if row else None
        if my_station is not None and row is not None and station != my_station:
            foreign.append((e, station_names.get(station, station or "（无）")))
            continue
        op = Op(e.op_id, e.row_id, e.kind, station, {}, base_seq=e.base_seq, actor=e.actor, changed_at=e.changed_at)
        if e.kind == INSERT:
            op.values = {k: v for k, v in row.items() if k != "sync_seq"}
        elif e.kind == DELETE:
            op.changes = {"deleted_at": (None, utcnow())}
        else:
            for f, raw in bases(e.fields).items():
                if f in table.c:
                    base = decode(table.c[f], raw)
                    if base != row[f]:
                        op.changes[f] = (base, row[f])
            if not op.changes:
                empty.append(e)
                continue
            op.derived = {f: row[f] for f in DERIVED.get(table.name, ())}
        ops.append(op)
    return ops, empty, foreign


def _set_aside(s, table: str, row_id: str, reason: str, result: PushResult) -> None:
    """A row that did not go up: its reason kept with it (it is tried again at every sync) and reported."""
    s.execute(text("UPDATE sync_outbox SET error = :e WHERE table_name = :t AND row_id = :r"),
              {"e": reason, "t": table, "r": row_id})
    result.refused.append((table, row_id, reason))


def _done(s, table: str, row_id: str, op_id: str) -> int:
    """The entry leaves the outbox unless the row changed again since it was read (its op id moved on)."""
    return s.execute(text("DELETE FROM sync_outbox WHERE table_name = :t AND row_id = :r AND op_id = :o"),
                     {"t": table, "r": row_id, "o": op_id}).rowcount


def _ack(s, table: Table, ops: list[Op], answers: dict, result: PushResult) -> None:
    """Store the answers: applied ops leave the outbox (or, if the row changed again meanwhile, stay with the
    sent values as their new base); a conflict puts the standing value in place and the PC's in the inbox."""
    from ...models import SyncConflict

    for op in ops:
        verdict, said = answers.get(op.op_id, ("refused", "未获答复"))
        if verdict == "refused":
            _set_aside(s, table.name, op.row_id, said, result)
            continue
        outcome = json.loads(said)
        if not _done(s, table.name, op.row_id, op.op_id):  # edited again while the batch was away: what was sent is the new base
            sent = op.values if op.kind == INSERT else {f: new for f, (_, new) in op.changes.items()}
            entry = s.execute(text("SELECT fields FROM sync_outbox WHERE table_name = :t AND row_id = :r"),
                              {"t": table.name, "r": op.row_id}).scalar_one_or_none()
            if entry is not None:
                kept = bases(entry)
                kept.update({f: encode(v) for f, v in sent.items() if f in kept or op.kind == INSERT})
                s.execute(text("UPDATE sync_outbox SET kind = 'update', fields = :f, base_seq = :b "
                               "WHERE table_name = :t AND row_id = :r"),
                          {"f": json.dumps({f: v for f, v in kept.items()
                                            if f in fact_columns(table.name, list(table.c.keys()))}),
                           "b": outcome["seq"], "t": table.name, "r": op.row_id})
        with applying(s):
            if outcome["seq"] is not None and outcome.get("fresh"):  # else the next pull brings the merged row
                s.execute(table.update().where(table.c.id == op.row_id).values(sync_seq=outcome["seq"]))
            for c in outcome["conflicts"]:
                theirs = {f: decode(table.c[f], v) for f, v in c["theirs"].items()}
                s.execute(table.update().where(table.c.id == op.row_id).values(**theirs))
                facts = [dict(table=table.name, row_id=op.row_id, field=f, old=c["mine"].get(f), new=v,
                              reason="同步冲突：以先到共享数据库的值为准", origin="settled")
                         for f, v in c["theirs"].items() if (table.name, f) in FACT_FIELDS]
                append_many(s, facts, user="同步")
                s.add(SyncConflict(table_name=table.name, row_id=op.row_id, field=c["field"],
                                   station_id=op.station_id, mine=json.dumps(c["mine"], ensure_ascii=False),
                                   mine_by=op.actor, mine_at=op.changed_at,
                                   theirs=json.dumps(c["theirs"], ensure_ascii=False),
                                   theirs_by=c["theirs_by"], theirs_at=c["theirs_at"]))
                result.conflicts.append(Conflict(table.name, op.row_id, op.station_id, c["field"], c["mine"],
                                                 c["theirs"], op.actor, op.changed_at, c["theirs_by"],
                                                 c["theirs_at"]))
        if outcome["seq"] is not None:
            result.pushed += 1


def push(db, conn, my_station: str | None, *, progress=None, cancelled=lambda: False) -> PushResult:
    """Send the outbox. `my_station`: the station a station PC's login may write (None: an office)."""
    from ...models import OutboxEntry, Station

    result = PushResult()
    with db.session() as s:
        total = s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()
        names = dict(s.execute(select(Station.id, Station.name)).all())
    done = 0
    for table in case_tables():
        after = ""
        while not cancelled():
            with db.session() as s:
                entries = list(s.scalars(select(OutboxEntry).where(
                    OutboxEntry.table_name == table.name, OutboxEntry.row_id > after)
                    .order_by(OutboxEntry.row_id).limit(BATCH)))
                if not entries:
                    break
                after = entries[-1].row_id
                ops, empty, foreign = _ops(s, table, entries, my_station, names)
            answers = apply_batch(conn, table.name, ops) if ops else {}
            with db.transaction() as s:
                for e in empty:
                    _done(s, table.name, e.row_id, e.op_id)
                for e, station in foreign:
                    _set_aside(s, table.name, e.row_id, f"属于{station}，本机的同步账户只能上传本所的数据", result)
                _ack(s, table, ops, answers, result)
            done += len(entries)
            if progress:
                progress(done, total)
    return result


def push_trail(db, conn, my_station: str | None, file_id: str) -> int:
    """This PC's own trail entries about case data, to the shared database's trail (each once: keyed by this
    file's id and the entry's number). Once none is left, the mark moves past the other PCs' entries read on the
    way (an office PC's history is theirs: 1.9 million at 200,000 cases, read at every sync otherwise)."""
    tables = {t.name: t for t in case_tables()}
    sent = 0
    while True:
        with db.session() as s:
            after = int(get_state(s, TRAIL_PUSHED) or 0)
            # The last entry first: every entry up to it is written (SQLite has one writer, and an entry being
            # written now gets a number after it), so the entries read below are all there are up to it
            last = s.execute(text("SELECT coalesce(max(seq), 0) FROM audit_trail")).scalar()
            entries = s.execute(text(
                "SELECT seq, at, user, host, table_name, row_id, field, old_value, new_value, reason "
                "FROM audit_trail WHERE seq > :a AND seq <= :last AND origin = '' ORDER BY seq LIMIT :n"),
                {"a": after, "last": last, "n": BATCH * 4}).mappings().all()
            stations = {}
            for name in {e["table_name"] for e in entries} & set(tables):
                table = tables[name]
                ids = [e["row_id"] for e in entries if e["table_name"] == name]
                stations.update(s.execute(select(table.c.id, table.c.station_id).where(table.c.id.in_(ids))).all())
        if not entries:
            if last > after:
                with db.transaction() as s:
                    set_state(s, TRAIL_PUSHED, str(last))
            return sent
        rows = [(f"{file_id}:{e['seq']}", stations[e["row_id"]], e["at"], e["user"], e["host"], e["table_name"],
                 e["row_id"], e["field"], e["old_value"], e["new_value"], e["reason"])
                for e in entries if stations.get(e["row_id"]) and my_station in (None, stations[e["row_id"]])]
        if rows:
            with conn.transaction():
                stamp = server.stamp(conn)
                with conn.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO sync_trail (origin, seq, station_id, at, \"user\", host, table_name, row_id, "
                        "field, old_value, new_value, reason) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, "
                        "%s) ON CONFLICT (origin) DO NOTHING", [(r[0], stamp, *r[1:]) for r in rows])
        with db.transaction() as s:
            set_state(s, TRAIL_PUSHED, str(entries[-1]["seq"]))
        sent += len(rows)
