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

from sqlalchemy import or_, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from . import server
from .outbox import applying, bases, case_tables

PAGE = 2000
TRAIL = "trail"


@dataclass
class PullResult:
    pulled: int = 0
    trail: int = 0
    cases: set = field(default_factory=set)  # ids of the cases that came down


def _cursor(s, name: str) -> tuple[int, str]:
    raw = s.execute(text("SELECT value FROM sync_state WHERE key = :k"), {"k": f"cursor:{name}"}).scalar()
    seq, _, row_id = (raw or "0:").partition(":")
    return int(seq), row_id


def _move(s, name: str, seq: int, row_id: str) -> None:
    s.execute(text("INSERT OR REPLACE INTO sync_state (key, value) VALUES (:k, :v)"),
              {"k": f"cursor:{name}", "v": f"{seq}:{row_id}"})


def _store(s, table, rows: list[dict]) -> list[dict]:
    """Upsert a page; a row this PC already has at that stamp (its own change coming back) is left alone, and a
    field with a change of this PC's still waiting keeps its value. Returns the rows that were new here."""
    ids = json.dumps([r["id"] for r in rows])
    have = dict(s.execute(text(f"SELECT id, sync_seq FROM {table.name} WHERE id IN (SELECT value FROM json_each(:ids))"),
                          {"ids": ids}).all())
    rows = [r for r in rows if r["id"] not in have or have[r["id"]] is None or have[r["id"]] < r["sync_seq"]]
    if not rows:
        return rows
    ids = [r["id"] for r in rows]
    pending = {row_id: set(bases(fields)) | ({"*"} if kind != "update" else set())
               for row_id, kind, fields in s.execute(text(
                   "SELECT row_id, kind, fields FROM sync_outbox WHERE table_name = :t "
                   "AND row_id IN (SELECT value FROM json_each(:ids))"), {"t": table.name, "ids": json.dumps(ids)})}
    plain = [r for r in rows if r["id"] not in pending]
    if plain:
        stmt = sqlite_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"], set_={c.name: stmt.excluded[c.name] for c in table.c if c.name != "id"},
            where=or_(table.c.sync_seq.is_(None), stmt.excluded.sync_seq > table.c.sync_seq))
        s.execute(stmt, plain)
    for r in rows:
        held = pending.get(r["id"])
        if held is None or "*" in held:  # a row made or deleted here and not yet sent: the push decides
            continue
        s.execute(table.update().where(table.c.id == r["id"]).values(
            **{k: v for k, v in r.items() if k != "id" and k not in held}))
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


def _stream(conn, sql: str, params: tuple, name: str):
    """Rows of a query as dicts, fetched a page at a time through a server-side cursor."""
    from psycopg.rows import dict_row

    with conn.cursor(name=name, row_factory=dict_row) as cur:
        cur.itersize = PAGE
        cur.execute(sql, params)
        while rows := cur.fetchmany(PAGE):
            yield rows


def pull(db, conn, *, file_id: str, progress=None, cancelled=lambda: False) -> PullResult:
    """Bring down everything stamped since this PC's cursors (a cancelled pull keeps what it stored)."""
    result = PullResult()
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        upper = server.clock(conn)
        for table in case_tables():
            with db.session() as s:
                seq, row_id = _cursor(s, table.name)
            if seq >= upper:
                continue
            columns = ", ".join(f'"{c.name}"' for c in table.c)
            for rows in _stream(conn, f"SELECT {columns} FROM {table.name} WHERE (sync_seq, id) > (%s, %s) "
                                      f"AND sync_seq <= %s ORDER BY sync_seq, id", (seq, row_id, upper),
                                f"pull_{table.name}"):
                last = rows[-1]
                with db.transaction() as s, applying(s):
                    rows = _store(s, table, rows)
                    result.cases |= cases_of(s, table.name, [r["id"] for r in rows])
                    _move(s, table.name, last["sync_seq"], last["id"])
                result.pulled += len(rows)
                if progress:
                    progress(result.pulled, 0)
                if cancelled():
                    return result
            with db.transaction() as s:
                _move(s, table.name, upper, "")
        result.trail = _pull_trail(db, conn, file_id, upper)
    return result


def _pull_trail(db, conn, file_id: str, upper: int) -> int:
    """Other PCs' trail entries, appended to this file's chain with who, where, when and why they were made."""
    from ..audit import append_many

    with db.session() as s:
        seq, origin = _cursor(s, TRAIL)
    added = 0
    for rows in _stream(conn, "SELECT * FROM sync_trail WHERE (seq, origin) > (%s, %s) AND seq <= %s "
                              "ORDER BY seq, origin", (seq, origin, upper), "pull_trail"):
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
                                reason="同步：以共享数据库中的值为准"))
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
