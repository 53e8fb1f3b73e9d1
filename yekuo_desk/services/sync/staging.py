"""A new PC's first sync on two processors. A process of its own reads the bureau's biggest table (1.5 million
stages at 200,000 cases), and the cases and revisits with it (pull.STAGED), from the shared database into
staging files beside this one, and builds each table's indexes there, while this process stores the other
tables and the history. Each table is then moved into this file in one statement, which SQLite copies record
by record and index by index without decoding a row (its "transfer optimisation": the same table and indexes
on both sides, an empty table here, no triggers, no foreign-key checks). (The history staged too, for this
process to chain from there, was slower: decoding a row from the staging file costs this process about what
decoding it from the network does.)

The staging process reads in the very snapshot of the pull (`pg_export_snapshot`, as pg_dump's parallel jobs
do) with the PC's own login, so row-level security chooses its rows as it chooses the pull's. It owns nothing
the PC keeps: its files are removed when the pull ends, however it ends, and those a killed pull left are
removed by the next. A failure there (the server gone, the disk full) is raised here as the pull's own, and a
cancel stops it at once.
"""
from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path

FROM_ROWS = 200_000  # a staging process starts when the shared database has about as many stages (fewer: no gain)
SUFFIX = ".pulling-"
APPLICATION = "yekuo-desk-staging"  # the staging process's connection, as the shared database lists it
CACHE_KB = 16_000  # the staging process's page cache (it builds the stages' indexes)


@dataclass(frozen=True)
class Job:
    """One table to stage: the rows of `select` (the values of `columns` each) into a table made by the first
    statement of `objects`, whose other statements (its indexes) run once the rows are in."""
    table: str
    select: str
    params: tuple
    columns: tuple[str, ...]
    objects: tuple[str, ...]


# How a pull's transaction, and its staging process's, write a date: as SQLite stores it, whatever the server's
# own DateStyle (pull._select_list reads dates as text)
READING = "SET LOCAL DateStyle = 'ISO, YMD'"
UNSHARED = "unshared"  # the pull's snapshot is not to be had here (a pool that sent this login to another server)


class StagingFailed(Exception):
    """The staging process failed: `kind` is "network", "server", "file", "other" or UNSHARED (the pull then
    reads the tables itself)."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class Cancelled(Exception):
    pass


def remove_leftovers(location: str) -> None:
    """Staging files of a pull that was killed (best effort: one still open elsewhere stays, and is not reused:
    each pull's files carry its process id)."""
    here = Path(location)
    for left in here.parent.glob(f"{here.name}{SUFFIX}*"):
        _remove(left)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:  # still open (Windows): the next pull removes it
        pass


def estimate(conn, table: str) -> int:
    """The shared database's own estimate of a table's rows (its statistics; -1 before the first analysis)."""
    row = conn.execute("SELECT reltuples FROM pg_class WHERE oid = to_regclass(%s)", (table,)).fetchone()
    return int(row[0]) if row and row[0] is not None else -1


class Staging:
    """Jobs run in their order by a process of its own (`_stage`), started at once."""

    def __init__(self, conn, snapshot: str, jobs: list[Job], location: str):
        self.jobs = {job.table: job for job in jobs}
        self.paths = {job.table: Path(f"{location}{SUFFIX}{job.table}-{os.getpid()}") for job in jobs}
        for path in self.paths.values():
            path.unlink(missing_ok=True)
        self._done: dict[str, int] = {}
        self._failed: StagingFailed | None = None
        self.credited = 0  # rows the pull has taken in (its own count shows them from then on)
        context = multiprocessing.get_context("spawn")  # (no fork of a process with Qt and threads)
        self._count = context.RawValue("q", 0)
        self._stop = context.Event()
        self._answer, answer = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_stage, name="yekuo-pull-staging", daemon=True,
            args=(conn.info.dsn, conn.info.password, snapshot, jobs, {t: str(p) for t, p in self.paths.items()},
                  self._count, self._stop, answer))
        self._process.start()
        answer.close()

    @property
    def pending(self) -> int:
        """Rows read and not yet taken in by the pull."""
        return self._count.value - self.credited

    def wait(self, table: str, tick, cancelled) -> int:
        """Until the table's staging file is ready, calling `tick()` now and then; returns its number of rows.
        Raises StagingFailed, or Cancelled when `cancelled()` says so."""
        while table not in self._done:
            if self._failed:  # (the process has ended: what it said holds for the tables after too)
                raise self._failed
            if cancelled():
                raise Cancelled
            if self._answer.poll(0.2):
                try:
                    kind, name, value = self._answer.recv()
                except EOFError:  # it ended without a word (killed): its end of the pipe closed with it
                    self._process.join()
                    raise StagingFailed("other", f"下载进程意外结束（退出码 {self._process.exitcode}）") from None
                if kind != "done":
                    self._failed = StagingFailed(kind, value)
                    continue
                self._done[name] = value
                continue
            tick()
        return self._done[table]

    def close(self) -> None:
        """Stop the process if it still runs (nothing of it is kept, so at once), and remove its files."""
        self._stop.set()
        self._process.join(1)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        self._answer.close()
        for path in self.paths.values():
            _remove(path)


def _stage(dsn: str, password: str | None, snapshot: str, jobs: list[Job], paths: dict[str, str], count, stop,
           answer) -> None:
    """In the staging process: each job's rows, in the pull's snapshot, into a new file of its own, the table
    made and its rows stored first, its indexes built after (quicker than kept up row by row)."""
    import apsw
    import psycopg
    from psycopg import sql

    parent = multiprocessing.parent_process()
    job = jobs[0]
    try:
        with psycopg.connect(dsn, password=password, connect_timeout=10, autocommit=True,
                             application_name=APPLICATION) as conn:
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            try:
                conn.execute(sql.SQL("SET TRANSACTION SNAPSHOT {}").format(sql.Literal(snapshot)))
            except psycopg.errors.InvalidParameterValue as exc:  # another server behind the same address
                answer.send((UNSHARED, job.table, str(exc)))
                return
            conn.execute(READING)
            for job in jobs:
                rows = _fill(conn, job, paths[job.table], count, lambda: stop.is_set() or not parent.is_alive())
                if rows is None:  # stopped (or the pull is gone: this is of no use)
                    return
                answer.send(("done", job.table, rows))
            conn.execute("COMMIT")
        return
    except psycopg.OperationalError as exc:
        said = ("network", job.table, str(exc))
    except psycopg.Error as exc:
        said = ("server", job.table, str(exc))
    except (apsw.Error, OSError) as exc:
        said = ("file", job.table, str(exc))
    except Exception as exc:  # noqa: BLE001 - told to the pull, which raises it
        said = ("other", job.table, f"{type(exc).__name__}: {exc}")
    try:
        answer.send(said)
    except OSError:  # the pull is gone
        pass


def _fill(conn, job: Job, path: str, count, stopped) -> int | None:
    """One job's file; its number of rows, or None when stopped. Written through APSW, whose SQLite binds a row's
    values four to five times quicker than the sqlite3 module's (400,000 stages of 23 values: 2.71 -> 0.58 s).
    Only this process opens the file with it, and it is closed before the pull attaches it: two copies of SQLite
    never hold the same file in one process (sqlite.org/howtocorrupt.html, 2.2)."""
    import apsw

    from . import staged_keys
    from .reading import stream

    names = ", ".join(f'"{c}"' for c in job.columns)
    insert = f"INSERT INTO {job.table} ({names}) VALUES ({', '.join('?' * len(job.columns))})"
    file = apsw.Connection(path)
    try:
        # A file of no worth once the pull ends, made again from the start if anything fails: no journal. Its
        # indexes are sorted on two threads: the pull, done with the history, is waiting for them (the stages'
        # seven: 10.9 -> 8.4 s)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", f"cache_size = -{CACHE_KB}", "threads = 2"):
            file.execute(f"PRAGMA {pragma}").fetchall()
        table, *indexes = job.objects
        keys = staged_keys.plan(table)  # its keys built after its rows, as its indexes are
        file.execute(keys.sql if keys else table).fetchall()  # (fetchall: APSW runs a statement only as read)
        file.execute("BEGIN")
        rows = 0
        for batch in stream(conn, job.select, job.params, f"staging_{job.table}"):
            file.executemany(insert, batch)
            rows += len(batch)
            count.value += len(batch)
            if stopped():
                return None
        for index in indexes:
            file.execute(index)
        if keys:
            staged_keys.build(file, keys)
        file.execute("COMMIT")
    finally:
        file.close()
    if keys:
        staged_keys.check(path, keys)
    return rows
