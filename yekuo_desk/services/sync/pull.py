"""Pull: what this PC may see, by the shared database's stamps.

One read-only REPEATABLE READ transaction on the shared database: every table is read in the same snapshot,
up to the clock's committed value, so a row never arrives before the row it points to, and a change that
commits while the pull runs simply waits for the next one. Row-level security on the server chooses the rows
(a station's PC gets only its station's). Each page is stored in one local transaction with the table's
cursor (stamp, id), so a pull cut short goes on where it stopped.

A field this PC changed since its last push keeps the PC's value (the next push settles it). Then the cases
that came down are recomputed here (their due dates are this PC's to derive), and the trail entries other
PCs wrote join this file's history, so the history of a case shows who recorded what, where.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import Boolean, Date, DateTime, select, text

from . import server
from .outbox import applying, bases, case_tables, get_state, set_state

PAGE = 5000      # rows fetched at a time
BATCH = 10000    # rows stored in one local transaction (a first sync: few, large transactions)
CACHE_KB, NORMAL_CACHE_KB = 96_000, 32_000  # SQLite's page cache while pulling (the indexes of a bureau), after
TRAIL = "trail"
SETTLED = "settled"  # audit_trail.origin of this PC's own settling entries: they never go up


@dataclass
class PullResult:
    pulled: int = 0
    trail: int = 0
    cases: set = field(default_factory=set)  # ids of the cases that came down


def _cursor(s, name: str) -> tuple[int, str]:
    seq, _, row_id = (get_state(s, f"cursor:{name}") or "0:").partition(":")
    return int(seq), row_id


def _move(s, name: str, seq: int, row_id: str) -> None:
    set_state(s, f"cursor:{name}", f"{seq}:{row_id}")


def _after(stamp: str, key: str, seq: int, row_id: str) -> tuple[str, tuple]:
    """Rows past a cursor: (seq, "") means every row of stamp `seq` is in; (seq, id) that the pull stopped
    after that row within the stamp."""
    if not row_id:
        return f"{stamp} > %s", (seq,)
    return f"({stamp}, {key}) > (%s, %s)", (seq, row_id)


def _select_list(table) -> str:
    """The columns as SQLite stores them (ISO text for dates and times, 0/1 for booleans), made by the server:
    a page goes into the file as it comes, without a conversion per value here."""
    out = []
    for c in table.c:
        name = f'"{c.name}"'
        if isinstance(c.type, DateTime):
            out.append(f"to_char({name}, 'YYYY-MM-DD HH24:MI:SS.US')")
        elif isinstance(c.type, Date):
            out.append(f"to_char({name}, 'YYYY-MM-DD')")
        elif isinstance(c.type, Boolean):
            out.append(f"{name}::int")
        else:
            out.append(name)
    return ", ".join(out)


def _store(s, table, rows: list[tuple]) -> list[tuple]:
    """Upsert rows (tuples in the table's column order, as SQLite stores them); a row this PC already has at
    that stamp (its own change coming back) is left alone, and a field with a change of this PC's still
    waiting keeps its value. Returns the rows that were new here."""
    names = [c.name for c in table.c]
    at_id, at_seq = names.index("id"), names.index("sync_seq")
    ids = json.dumps([r[at_id] for r in rows])
    have = dict(s.execute(text(f"SELECT id, sync_seq FROM {table.name} WHERE id IN (SELECT value FROM json_each(:ids))"),
                          {"ids": ids}).all())
    rows = [r for r in rows if have.get(r[at_id]) is None or have[r[at_id]] < r[at_seq]]
    if not rows:
        return rows
    pending = {row_id: set(bases(fields)) | ({"*"} if kind != "update" else set())
               for row_id, kind, fields in s.execute(text(
                   "SELECT row_id, kind, fields FROM sync_outbox WHERE table_name = :t "
                   "AND row_id IN (SELECT value FROM json_each(:ids))"),
                   {"t": table.name, "ids": json.dumps([r[at_id] for r in rows])})}
    quoted = [f'"{n}"' for n in names]
    conn = s.connection()
    plain = [r for r in rows if r[at_id] not in pending]
    if plain:
        sets = ", ".join(f"{q} = excluded.{q}" for n, q in zip(names, quoted) if n != "id")
        conn.exec_driver_sql(
            f"INSERT INTO {table.name} ({', '.join(quoted)}) VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT (id) DO UPDATE SET {sets} "
            f"WHERE {table.name}.sync_seq IS NULL OR excluded.sync_seq > {table.name}.sync_seq", plain)
    for r in rows:
        held = pending.get(r[at_id])
        if held is None or "*" in held:  # a row made or deleted here and not yet sent: the push decides
            continue
        keep = [(q, v) for n, q, v in zip(names, quoted, r) if n != "id" and n not in held]
        conn.exec_driver_sql(f"UPDATE {table.name} SET {', '.join(f'{q} = ?' for q, _ in keep)} WHERE id = ?",
                             (*(v for _, v in keep), r[at_id]))
    return rows


def cases_of(s, table: str, row_ids: list[str]) -> set[str]:
    """The cases these rows of a table belong to."""
    from ...models import Base

    if table == "cases":
        return set(row_ids)
    ids = json.dumps(sorted(set(row_ids)))
    if table == "stage_pauses":
        sql = ("SELECT st.case_id FROM stage_pauses p JOIN case_stages st ON st.id = p.stage_id "
               "WHERE p.id IN (SELECT value FROM json_each(:i))")
    elif table in Base.metadata.tables and "case_id" in Base.metadata.tables[table].c:
        sql = f"SELECT case_id FROM {table} WHERE id IN (SELECT value FROM json_each(:i))"
    else:
        return set()
    return {c for c in s.execute(text(sql), {"i": ids}).scalars() if c}


def _stream(conn, sql: str, params: tuple, name: str, *, as_dicts: bool = False):
    """Rows of a query, fetched a page at a time through a server-side cursor, gathered into batches of about
    BATCH rows (each stored in one local transaction)."""
    from psycopg.rows import dict_row, tuple_row

    with conn.cursor(name=name, row_factory=dict_row if as_dicts else tuple_row) as cur:
        cur.itersize = PAGE
        cur.execute(sql, params)
        batch = []
        while rows := cur.fetchmany(PAGE):
            batch += rows
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch


def pull(db, conn, *, file_id: str, progress=None, cancelled=lambda: False) -> PullResult:
    """Bring down everything stamped since this PC's cursors (a cancelled pull keeps what it stored)."""
    result = PullResult()
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        upper = server.clock(conn)
        for table in case_tables():
            with db.session() as s:
                seq, row_id = _cursor(s, table.name)
            if seq > upper or (seq == upper and not row_id):  # nothing stamped since
                continue
            after, params = _after("sync_seq", "id", seq, row_id)
            query = (f"SELECT {_select_list(table)} FROM {table.name} WHERE {after} AND sync_seq <= %s "
                     f"ORDER BY sync_seq, id", (*params, upper), f"pull_{table.name}")
            with db.session() as s:
                empty = not row_id and s.execute(text(f"SELECT NOT EXISTS (SELECT 1 FROM {table.name})")).scalar()
            try:
                (_load_whole if empty else _load_pages)(db, _stream(conn, *query), table, upper, result, progress,
                                                        cancelled)
            except _Cancelled:
                return result
        result.trail = _pull_trail(db, conn, file_id, upper)
    with db.session() as s:
        s.execute(text(f"PRAGMA cache_size = -{NORMAL_CACHE_KB}"))
    return result


class _Cancelled(Exception):
    pass


def _columns(table) -> tuple[int, int, int | None]:
    names = [c.name for c in table.c]
    return names.index("id"), names.index("sync_seq"), names.index("case_id") if "case_id" in names else None


def _load_pages(db, batches, table, upper: int, result: PullResult, progress, cancelled) -> None:
    """Batch by batch, each stored with the cursor in one local transaction (a cut pull resumes there)."""
    at_id, at_seq, at_case = _columns(table)
    for rows in batches:
        last = rows[-1]
        with db.transaction() as s, applying(s):
            s.execute(text(f"PRAGMA cache_size = -{CACHE_KB}"))
            rows = _store(s, table, rows)
            result.cases |= ({r[at_case] for r in rows if r[at_case]} if at_case is not None else
                             cases_of(s, table.name, [r[at_id] for r in rows]))
            _move(s, table.name, last[at_seq], last[at_id])
        result.pulled += len(rows)
        if progress:
            progress(result.pulled, 0)
        if cancelled():
            raise _Cancelled
    with db.transaction() as s:
        _move(s, table.name, upper, "")


def _load_whole(db, batches, table, upper: int, result: PullResult, progress, cancelled) -> None:
    """A table this file does not have a row of yet (a new PC's first sync): the whole table in one local
    transaction, its secondary indexes dropped while it loads and rebuilt after (two to three times quicker than
    keeping them up row by row). A cut or a cancel leaves the table as it was (empty)."""
    at_id, _, at_case = _columns(table)
    names = [f'"{c.name}"' for c in table.c]
    insert = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    pulled, cases = 0, set()
    with db.transaction() as s, applying(s):
        s.execute(text(f"PRAGMA cache_size = -{CACHE_KB}"))
        conn = s.connection()
        indexes = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                       "AND sql IS NOT NULL", (table.name,)).all()
        for name, _ in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        for rows in batches:
            conn.exec_driver_sql(insert, rows)
            cases |= ({r[at_case] for r in rows if r[at_case]} if at_case is not None else
                      cases_of(s, table.name, [r[at_id] for r in rows]))
            pulled += len(rows)
            if progress:
                progress(result.pulled + pulled, 0)
            if cancelled():
                raise _Cancelled
        for _, sql in indexes:
            conn.exec_driver_sql(sql)
        _move(s, table.name, upper, "")
    result.pulled += pulled
    result.cases |= cases


def _pull_trail(db, conn, file_id: str, upper: int) -> int:
    """Other PCs' trail entries, appended to this file's chain with who, where, when and why they were made."""
    from ..audit import append_many

    with db.session() as s:
        seq, origin = _cursor(s, TRAIL)
    added = 0
    after, params = _after("seq", "origin", seq, origin)
    for rows in _stream(conn, f"SELECT * FROM sync_trail WHERE {after} AND seq <= %s ORDER BY seq, origin",
                        (*params, upper), "pull_trail", as_dicts=True):
        entries = [dict(table=r["table_name"], row_id=r["row_id"], field=r["field"], old=r["old_value"] or None,
                        new=r["new_value"], reason=r["reason"], at=r["at"], user=r["user"], host=r["host"],
                        origin=r["origin"])
                   for r in rows if not r["origin"].startswith(f"{file_id}:")]
        with db.transaction() as s:
            added += append_many(s, entries)
            added += append_many(s, _settled(s, entries), user="同步")
            _move(s, TRAIL, rows[-1]["seq"], rows[-1]["origin"])
    with db.transaction() as s:
        _move(s, TRAIL, upper, "")
    return added


def _settled(s, entries: list[dict]) -> list[dict]:
    """After other PCs' entries on recorded facts: where the fact's value here is not the last one they say
    (a clash settled for the other value: both stay in the history), an entry with the value that stands, so
    the trail's last word is the file's value again."""
    from .push import FACT_FIELDS
    from ..audit_check import FACTS

    said: dict[tuple[str, str, str], str] = {}
    for e in entries:
        if (e["table"], e["field"]) in FACT_FIELDS:
            said[(e["table"], e["row_id"], e["field"])] = e["new"] or ""
    out = []
    for fact in FACTS:
        ids = [row_id for (table, row_id, field) in said if (table, field) == (fact.table, fact.field)]
        if not ids:
            continue
        for row_id, value in s.execute(text(
                f"SELECT {fact.row_id}, coalesce({fact.value}, '') FROM {fact.source} "
                f"WHERE {fact.row_id} IN (SELECT value FROM json_each(:ids))"), {"ids": json.dumps(ids)}):
            last = said[(fact.table, row_id, fact.field)]
            if str(value) != last:
                out.append(dict(table=fact.table, row_id=row_id, field=fact.field, old=last or None, new=str(value),
                                reason="同步：以共享数据库中的值为准", origin=SETTLED))
    return out


def settle(db, case_ids: set[str], progress=None, cancelled=lambda: False) -> int:
    """After a pull: the open cases that came down recomputed here (their due dates are this PC's to derive;
    a finished case's stand as its owner worked them out). Returns how many were recomputed."""
    from ...models import Case
    from ..recompute import recompute_cases

    ids = sorted(case_ids)
    with db.session() as s:
        open_ids = []
        for lo in range(0, len(ids), 5000):
            open_ids += s.scalars(select(Case.id).where(Case.id.in_(ids[lo:lo + 5000]), Case.state != "done"))
    return recompute_cases(db, open_ids, progress, cancelled, pulled=True)
