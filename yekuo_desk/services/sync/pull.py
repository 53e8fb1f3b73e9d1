"""Pull: what this PC may see, by the shared database's stamps.

One read-only REPEATABLE READ transaction on the shared database: every table is read in the same snapshot,
up to the clock's committed value, so a row never arrives before the row it points to, and a change that
commits while the pull runs simply waits for the next one. Row-level security on the server chooses the rows
(a station's PC gets only its station's). Each page is stored in one local transaction with the table's
cursor (stamp, id), so a pull cut short goes on where it stopped. A new PC's first sync is different: each
table, and the bureau's whole history, comes in one local transaction with the file's indexes and triggers
set aside (`_bulk`): all or nothing per table, and several times quicker.

A field this PC changed since its last push keeps the PC's value (the next push settles it). Then the cases
that came down are recomputed here (their due dates are this PC's to derive), and the trail entries other
PCs wrote join this file's history, so the history of a case shows who recorded what, where.
"""
from __future__ import annotations

import json
import logging
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Boolean, Date, DateTime, UniqueConstraint, select, text

from . import server, staging
from .outbox import applying, bases, case_tables, get_state, set_state
from .reading import ahead, pages, stream

# SQLite's page cache while pulling, and after. Small: each pooled connection that writes keeps what it grew to,
# and since the stages' indexes are built by a staging process a bigger one bought no speed (64 MB: 115 MB more
# at the peak of a first sync of 200,000 cases, as quick).
CACHE_KB, NORMAL_CACHE_KB = 16_000, 32_000
TRAIL = "trail"
SETTLED = "settled"  # audit_trail.origin of this PC's own settling entries: they never go up
UNSETTLED = "trail:unsettled"  # sync_state: the trail's length before a whole history came, its facts not settled


@dataclass
class PullResult:
    pulled: int = 0
    trail: int = 0
    cases: set = field(default_factory=set)  # ids of the cases that came down
    wal: object = field(default=None, repr=False)  # _Checkpoints, or None: SQLite copies the log at each commit


class _Checkpoints:
    """The write-ahead log copied into the file on a thread of its own. SQLite copies it at the commit that grew
    it, on the committing thread: after each table a new PC's first sync brings whole, up to a gigabyte, seconds
    on the pull's path while the next table could be coming (200,000 cases: 5-6 s of the first sync). A bulk
    load (`_bulk`) leaves it to this thread (`due`), which copies what it can while the pull goes on."""

    def __init__(self, db):
        self._db, self._due, self._done, self._thread = db, threading.Event(), False, None

    def due(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="yekuo-pull-checkpoint", daemon=True)
            self._thread.start()
        self._due.set()

    def _run(self) -> None:
        with self._db.engine.connect() as conn:
            while True:
                self._due.wait()
                self._due.clear()
                try:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
                except Exception:  # noqa: BLE001 - the log stays whole; the next commit copies it
                    logging.getLogger("yekuo_desk.sync").warning("checkpoint failed", exc_info=True)
                if self._done and not self._due.is_set():
                    return

    def finish(self) -> None:
        """The last copy made (else the next commit, perhaps the window's, would make it), the thread ended."""
        if self._thread is not None:
            self._done = True
            self._due.set()
            self._thread.join()


@contextmanager
def checkpoints(db):
    """For a sync: its pull's bulk loads leave the copying of the log to a thread (`_Checkpoints`) until the end
    of the block, which waits for it (after the work that follows the pull: the recompute overlaps it too)."""
    wal = _Checkpoints(db)
    try:
        yield wal
    finally:
        wal.finish()


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
        elif isinstance(c.type, Date):  # (the pull's DateStyle is ISO: `READING`; a third quicker than to_char)
            out.append(f"{name}::text")
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


def pull(db, conn, *, file_id: str, progress=None, cancelled=lambda: False, wal=None) -> PullResult:
    """Bring down everything stamped since this PC's cursors (a cancelled pull keeps what it stored). `wal`:
    a `_Checkpoints` (see `checkpoints`) the bulk loads leave the copying of the log to."""
    result = PullResult(wal=wal)
    staged = None
    try:
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            conn.execute(staging.READING)
            upper = server.clock(conn)
            staged = _start_staging(db, conn, upper)
            later = set(staged.jobs) if staged else set()
            shown = _showing(progress, staged)
            for table in case_tables():
                if table.name not in later:
                    _pull_table(db, conn, table, upper, result, shown, cancelled)
            _pull_trail(db, conn, file_id, upper, result, shown, cancelled)
            for table in case_tables():
                if table.name in later:
                    _load_staged(db, conn, staged, table, upper, result, shown, cancelled)
            _settle_history(db, result)
    except (_Cancelled, staging.Cancelled):
        pass
    except staging.StagingFailed as exc:
        raise _raised(exc) from None
    finally:
        if staged:
            staged.close()
        with db.session() as s:
            s.execute(text(f"PRAGMA cache_size = -{NORMAL_CACHE_KB}"))
    return result


def _showing(progress, staged):
    """`progress` counting the rows a staging process has read too."""
    if progress is None or staged is None:
        return progress
    return lambda done, total: progress(done + staged.pending, total)


def _pull_table(db, conn, table, upper: int, result: PullResult, progress, cancelled) -> None:
    with db.session() as s:
        seq, row_id = _cursor(s, table.name)
        if seq > upper or (seq == upper and not row_id):  # nothing stamped since
            return
        empty = _whole(s, table, row_id)
    (_load_whole if empty else _load_pages)(db, stream(conn, *_rows_since(table, seq, row_id, upper, empty),
                                                       f"pull_{table.name}"),
                                            table, upper, result, progress, cancelled)


def _whole(s, table, row_id: str) -> bool:
    """Whether this file has no row of the table yet (and no pull of it stopped half-way): what comes, comes in
    one local transaction (`_load_whole`)."""
    return not row_id and s.execute(text(f"SELECT NOT EXISTS (SELECT 1 FROM {table.name})")).scalar()


def _rows_since(table, seq: int, row_id: str, upper: int, whole: bool) -> tuple[str, tuple]:
    """The query of a table's rows stamped past the cursor (seq, row_id) up to `upper`, and its parameters."""
    after, params = _after("sync_seq", "id", seq, row_id)
    return (f"SELECT {_select_list(table)} FROM {table.name} WHERE {after} AND sync_seq <= %s "
            f"ORDER BY {_whole_order(table) if whole else 'sync_seq, id'}", (*params, upper))


# The tables read by a staging process (staging.py) when this file has none yet, while this process chains the
# history: the stages when the shared database holds many (FROM_ROWS: BIG), and with them the cases and the
# revisits. In this order: the cases, moved in here while the stages are still read (their search indexes are
# filled here after the move), then the stages, then the revisits. 200,000 cases, means of four back-to-back
# pairs: this process's processor time 61 -> 50 s, the staging process's 40 -> 37 s (it writes through APSW),
# the first sync 68 -> 59 s.
BIG = "case_stages"
STAGED = ("cases", BIG, "revisits")


def _start_staging(db, conn, upper: int):
    """A staging process (staging.py) for the tables of STAGED this file has none of, when the shared database
    holds many stages (a new PC's first pull). Started now, in this pull's snapshot; None when there is nothing
    to stage."""
    if "://" in db.location or upper == 0:
        return None
    staging.remove_leftovers(db.location)
    tables = {t.name: t for t in case_tables()}
    jobs = []
    with db.session() as s:
        for name in STAGED:
            seq, row_id = _cursor(s, name)
            if seq < upper and _whole(s, tables[name], row_id) and _stageable(s, name):
                jobs.append(staging.Job(name, *_rows_since(tables[name], seq, "", upper, True),
                                        tuple(c.name for c in tables[name].c), staging_objects(s, name)))
    if BIG not in {job.table for job in jobs} or staging.estimate(conn, BIG) < staging.FROM_ROWS:
        return None
    snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]
    return staging.Staging(conn, snapshot, jobs, db.location)


def staging_objects(s, table: str) -> tuple[str, ...]:
    """The SQL of a table as this file has it, then of its indexes: what its staging file is made of."""
    return tuple(s.execute(text(
        "SELECT sql FROM sqlite_master WHERE tbl_name = :t AND sql IS NOT NULL "
        "AND type IN ('table', 'index') ORDER BY type = 'index', name"), {"t": table}).scalars())


def _stageable(s, table: str) -> bool:
    """Whether every AFTER INSERT trigger of the table is one a bulk load sets aside and makes up for (`_bulk`):
    a staged table comes in with no trigger in place."""
    from ..stage_category import for_bulk

    derived, _ = for_bulk(table)
    for name, sql in s.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
                               {"t": table}):
        if re.search(r"\bAFTER\s+INSERT\b", sql, re.I) and not (
                name.startswith("sync_") or name in derived or _replay(table, sql)):
            return False
    return True


def _raised(exc: staging.StagingFailed) -> Exception:
    """A staging process's failure as the pull's own: a lost connection or the server's refusal as the sync
    tells of them (engine.py), this PC's disk in Chinese."""
    import psycopg

    from .engine import SyncError

    if exc.kind == "network":
        return psycopg.OperationalError(str(exc))
    if exc.kind == "server":
        return psycopg.Error(str(exc))
    lowered = str(exc).lower()
    if "disk is full" in lowered or "no space" in lowered:
        return SyncError("同步未完成，已完成的部分已保存：磁盘已满，请腾出空间后再同步")
    if exc.kind == "file":
        return SyncError(f"同步未完成，已完成的部分已保存：写本机临时文件出错（{exc}），下次同步重来")
    return SyncError(f"同步未完成，已完成的部分已保存：{exc}，下次同步重来")


def _load_staged(db, conn, staged, table, upper: int, result: PullResult, progress, cancelled) -> None:
    """A table read into a staging file (staging.py): waited for, then moved into this file in one statement
    and one local transaction, as a whole table comes (`_bulk`); read here after all when the staging process
    could not share the pull's snapshot (a connection pool in front of several servers)."""
    shown = (lambda: progress(result.pulled + result.trail, 0)) if progress else (lambda: None)
    try:
        pulled = staged.wait(table.name, shown, cancelled)
    except staging.StagingFailed as exc:
        if exc.kind != staging.UNSHARED:
            raise
        _pull_table(db, conn, table, upper, result, progress, cancelled)  # (this pull's snapshot is its own)
        return
    with _bulk(db, table.name, staged=str(staged.paths[table.name]), wal=result.wal) as s:
        local = s.connection()
        local.exec_driver_sql(f"INSERT INTO main.{table.name} SELECT * FROM staged.{table.name}")
        _, _, at_case = _columns(table)
        cases = set(local.exec_driver_sql(f"SELECT DISTINCT case_id FROM {table.name}").scalars()) \
            if at_case is not None else cases_of(s, table.name, list(local.exec_driver_sql(
                f"SELECT id FROM {table.name}").scalars()))
        _move(s, table.name, upper, "")
    staged.credited += pulled
    result.pulled += pulled
    result.cases |= cases - {None}
    shown()


def _whole_order(table) -> str:
    """The order a whole table comes in (one local transaction, so any order would do): that of its unique key
    besides the id, or else of the id, which the server reads along the key's own index without sorting, so
    that SQLite's index of that key is filled at its end instead of all over (1.5 million stages: 12.4 →
    9.8 s; the random ids' index of a table with two keys is filled all over either way)."""
    keys = [c for c in table.constraints if isinstance(c, UniqueConstraint) and "id" not in c.columns]
    return ", ".join(f'"{c.name}"' for c in keys[0].columns) if keys else "id"


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


_FILL = re.compile(r"\bBEGIN\s+(INSERT INTO \w+\s*\([^)]*\))\s+VALUES\s*\((.*)\);\s*END\s*$", re.S | re.I)


def _replay(table: str, trigger: str) -> str | None:
    """An AFTER INSERT trigger that fills a search index from each new row (one INSERT … VALUES (new.…)), as one
    statement filling it from every row of the table: what a bulk load runs once instead of the trigger row by
    row (the search indexes of the cases: 30 s of a first sync at 200,000 cases, 10 s this way). None for a
    trigger of any other shape (it stays in place)."""
    m = _FILL.search(trigger)
    if not re.match(rf"CREATE TRIGGER \w+ AFTER INSERT ON {table}\b", trigger, re.I) or not m:
        return None
    values = re.sub(r"\bnew\.", f"{table}.", m.group(2), flags=re.I)
    return f"{m.group(1)} SELECT {values} FROM {table}"


@contextmanager
def _bulk(db, table: str, after=None, staged: str | None = None, wal=None):
    """One local transaction for a great many rows of one table (a new PC's first sync): the table's secondary
    indexes and sync triggers set aside while the rows go in and rebuilt after (building an index from sorted
    rows is several times quicker than keeping it up row by row, and the rows carry random ids), its search
    indexes filled once after (`_replay`), and no foreign-key look-up per row: the rows come from one snapshot
    of a database that holds the same foreign keys (every case table points only at case tables and stations,
    which come down too). What is set aside is dropped inside the transaction, so a cut or a cancel brings it
    back with the table as it was. The triggers that keep each stage's category (stage_category.py) are set
    aside too, their work done once for the whole table after. `after(s)`: more work in the same transaction,
    once the indexes are back. `staged`: a staging file (staging.py) attached as "staged", whose table has
    these indexes built already: they stay, and every trigger is set aside (what SQLite's transfer needs). `wal`:
    a `_Checkpoints` the copying of the log is left to."""
    from ..stage_category import for_bulk

    derived, in_step = for_bulk(table)
    with db.engine.connect() as conn:
        attached, autocheckpoint = False, None
        try:  # (the pooled connection given back as it was, whatever fails)
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")  # outside a transaction, where SQLite takes it
            if wal:
                autocheckpoint = conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
                conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
            if staged:
                conn.exec_driver_sql("ATTACH DATABASE ? AS staged", (staged,))
                attached = True
            conn.commit()
            with db.session(bind=conn) as s, s.begin(), applying(s):  # (applying's write opens the transaction)
                s.execute(text(f"PRAGMA cache_size = -{CACHE_KB}"))
                objects = conn.exec_driver_sql("SELECT type, name, sql FROM main.sqlite_master WHERE tbl_name = ? "
                                               "AND sql IS NOT NULL AND type IN ('index', 'trigger')",
                                               (table,)).all()
                fills = {name: _replay(table, sql) for kind, name, sql in objects
                         if kind == "trigger" and not name.startswith("sync_")}
                aside = [(kind, name, sql) for kind, name, sql in objects
                         if (kind == "trigger" if staged else
                             kind == "index" or name.startswith("sync_") or fills.get(name) or name in derived)]
                for kind, name, _ in aside:
                    conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
                yield s
                for kind, name, sql in aside:
                    if fills.get(name):
                        conn.exec_driver_sql(fills[name])
                    conn.exec_driver_sql(sql)
                if in_step:
                    conn.exec_driver_sql(in_step)
                if after:
                    after(s)
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.exec_driver_sql(f"PRAGMA cache_size = -{NORMAL_CACHE_KB}")
            conn.commit()
            if attached:
                conn.exec_driver_sql("DETACH DATABASE staged")
            if autocheckpoint is not None:
                conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {int(autocheckpoint)}")
            if wal:
                wal.due()


def _load_whole(db, batches, table, upper: int, result: PullResult, progress, cancelled) -> None:
    """A table this file does not have a row of yet (a new PC's first sync): the whole table in one local
    transaction (`_bulk`). A cut or a cancel leaves the table as it was (empty)."""
    at_id, _, at_case = _columns(table)
    names = [f'"{c.name}"' for c in table.c]
    insert = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    pulled, cases = 0, set()
    with _bulk(db, table.name, wal=result.wal) as s:
        conn = s.connection()
        for rows in batches:
            conn.exec_driver_sql(insert, rows)
            cases |= ({r[at_case] for r in rows if r[at_case]} if at_case is not None else
                      cases_of(s, table.name, [r[at_id] for r in rows]))
            pulled += len(rows)
            if progress:
                progress(result.pulled + pulled, 0)
            if cancelled():
                raise _Cancelled
        _move(s, table.name, upper, "")
    result.pulled += pulled
    result.cases |= cases


# A trail entry as this file stores it (see audit.linked), then the (seq, origin) of the pull's cursor.
TRAIL_COLUMNS = ("to_char(at, 'YYYY-MM-DD HH24:MI:SS.US'), \"user\", host, table_name, row_id, field, old_value, "
                 "new_value, reason, origin, seq")
ORIGIN, SEQ = 9, 10  # where a pulled entry holds them


def _trail_since(seq: int, origin: str, upper: int) -> tuple[str, tuple]:
    """The query of the shared trail's entries past the cursor (seq, origin) up to `upper`, and its parameters."""
    after, params = _after("seq", "origin", seq, origin)
    return f"SELECT {TRAIL_COLUMNS} FROM sync_trail WHERE {after} AND seq <= %s ORDER BY seq, origin", (*params, upper)


def _pull_trail(db, conn, file_id: str, upper: int, result: PullResult, progress, cancelled) -> None:
    """Other PCs' trail entries, appended to this file's chain with who, where, when and why they were made. The
    first pull of a PC brings the bureau's whole history: one local transaction with the trail's indexes set
    aside (a cut or a cancel leaves the trail as it was), the entries chained on the reading thread while the
    previous batch is stored, their facts settled once every table is in (`_settle_history`); later ones go
    batch by batch with the cursor, each batch's facts settled with it."""
    from .. import audit

    with db.session() as s:
        seq, origin = _cursor(s, TRAIL)
    mine, unsettled = f"{file_id}:", _Unsettled()

    def others(rows: list[tuple]) -> list[tuple]:
        return [r for r in rows if not r[ORIGIN].startswith(mine)]

    def stored(count: int) -> None:
        result.trail += count
        if progress:
            progress(result.pulled + result.trail, 0)

    if seq == 0 and not origin:  # the whole history: its facts looked at once, when all rows are in (below)
        batches = pages(conn, *_trail_since(seq, origin, upper), "pull_trail")
        with db.session() as s:
            since = s.execute(text("SELECT coalesce(max(seq), 0) FROM audit_trail")).scalar()

        def unsettled_since(s) -> None:
            set_state(s, UNSETTLED, str(since))
            _move(s, TRAIL, upper, "")

        with _bulk(db, "audit_trail", after=unsettled_since, wal=result.wal) as s:
            last, count = audit.head(s)  # (read in the load's own transaction: nothing is written in between)
            start = count
            for rows in ahead(_chained(batches, last, others)):
                audit.insert(s, rows)
                last, count = rows[-1][audit.HASH], count + len(rows)
                stored(len(rows))
                if cancelled():
                    raise _Cancelled
            if count > start:
                audit.sign_head(s, count, last)
        return
    for rows in ahead(pages(conn, *_trail_since(seq, origin, upper), "pull_trail")):
        with db.transaction() as s:
            entries = others(rows)
            stored(audit.append_rows(s, entries))
            unsettled.see(s, ((table, row_id, name, new) for _, _, _, table, row_id, name, _, new, *_ in entries))
            result.trail += unsettled.settle(s)
            _move(s, TRAIL, rows[-1][SEQ], rows[-1][ORIGIN])
        if cancelled():
            raise _Cancelled
    with db.transaction() as s:
        _move(s, TRAIL, upper, "")


def _settle_history(db, result: PullResult) -> None:
    """A whole history that came down (a first pull): its facts settled (`_Unsettled.look`) once every table's
    rows are in, those of a staging process too. Kept as a note with the history itself, so a pull killed in
    between settles them the next time."""
    with db.transaction() as s:
        since = get_state(s, UNSETTLED)
        if since is not None:
            unsettled = _Unsettled()
            unsettled.look(s, int(since))
            result.trail += unsettled.settle(s)
            set_state(s, UNSETTLED, None)


def _chained(pages, prev: str, keep):
    """Pages of the shared trail as entries of this file's chain after the hash `prev` (audit.linked), those
    `keep` returns: on the reading thread (reading.ahead), while SQLite stores the batch before."""
    from ..audit import HASH, linked

    try:
        for rows in pages:
            if rows := linked(prev, keep(rows)):
                prev = rows[-1][HASH]
                yield rows
    finally:
        pages.close()


class _Unsettled:
    """Recorded facts whose value here is not the last one other PCs' entries say (a clash settled for the other
    value: both stay in the history). `settle` writes, for each, an entry with the value that stands, so the
    trail's last word is the file's value again: once a whole first pull's history is in (a fact's later entries
    may come in a later batch), or after each batch of a later pull."""

    def __init__(self):
        self.facts: dict[tuple[str, str, str], tuple[str, str]] = {}  # (table, row id, field): (said, here)

    def see(self, s, entries) -> None:
        """Entries of other PCs just stored, as (table, row id, field, new value)."""
        from .push import FACT_FIELDS
        from ..audit_check import FACTS

        said: dict[tuple[str, str], dict[str, str]] = {}
        for table, row_id, name, new in entries:
            if (table, name) in FACT_FIELDS:
                said.setdefault((table, name), {})[row_id] = new or ""
        for fact in FACTS:
            words = said.get((fact.table, fact.field))
            if not words:
                continue
            for row_id in words:
                self.facts.pop((fact.table, row_id, fact.field), None)
            for row_id, here in s.execute(text(
                    f"SELECT j.key, coalesce({fact.value}, '') FROM json_each(:said) j CROSS JOIN {fact.source} "
                    f"WHERE {fact.row_id} = j.key AND coalesce({fact.value}, '') != j.value"),
                    {"said": json.dumps(words)}):
                self.facts[(fact.table, row_id, fact.field)] = (words[row_id], str(here))

    def look(self, s, since: int) -> None:
        """`see` for a whole history stored at once: only the facts with more than one entry can have been
        settled for another value (a clash leaves two), and one of them must be new (past trail entry `since`);
        one ordered pass of the trail's index finds them, and their last words are looked at."""
        from .push import FACT_FIELDS

        fields = sorted({name for _, name in FACT_FIELDS})
        rows = s.execute(text(
            "SELECT table_name, row_id, field, new_value, max(seq) FROM audit_trail "
            "WHERE field IN (SELECT value FROM json_each(:fields)) GROUP BY row_id, field "
            "HAVING count(*) > 1 AND max(seq) > :since"), {"fields": json.dumps(fields), "since": since})
        self.see(s, (row[:4] for row in rows))

    def settle(self, s) -> int:
        from ..audit import append_many

        entries = [dict(table=table, row_id=row_id, field=name, old=said or None, new=here, origin=SETTLED,
                        reason="同步：以共享数据库中的值为准")
                   for (table, row_id, name), (said, here) in self.facts.items()]
        self.facts.clear()
        return append_many(s, entries, user="同步")


def settle(db, case_ids: set[str], progress=None, cancelled=lambda: False) -> int:
    """After a pull: the open cases that came down recomputed here (their due dates are this PC's to derive;
    a finished case's stand as its owner worked them out). Returns how many were recomputed."""
    from ...models import Case
    from ..recompute import recompute_cases

    ids = list(case_ids)  # (not sorted: a first sync's 200,000 would hold Python's lock, and the window, 0.15 s)
    with db.session() as s:
        open_ids = []
        for lo in range(0, len(ids), 5000):
            open_ids += s.scalars(select(Case.id).where(Case.id.in_(ids[lo:lo + 5000]), Case.state != "done"))
    return recompute_cases(db, open_ids, progress, cancelled, pulled=True)
