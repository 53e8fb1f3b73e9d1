"""Opening the database: engine, SQLite pragmas, migrations on open, sessions."""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest Alembic revision; tests check it matches the scripts, so opening an
# up-to-date database does not need to import Alembic at all.
SCHEMA_HEAD = "0013"
# PRAGMA application_id of a Yekuo file ("YEKU"): a SQLite file of another program is never written to.
APPLICATION_ID = 0x59454B55
SQLITE_HEADER = b"SQLite format 3\x00"
log = logging.getLogger("yekuo_desk.db")
WAL_LIMIT = 64 * 1024 * 1024


@dataclass(frozen=True)
class Upgrade:
    """An older data file brought up to this version when opened: from, to, and the backup made before."""
    from_revision: str
    to_revision: str
    backup: Path | None

    def message(self) -> str:
        kept = f"升级前的文件已备份为 {self.backup}。" if self.backup else ""
        return f"数据文件由旧版本创建（数据版本 {self.from_revision}），已升级到数据版本 {self.to_revision}。{kept}"


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for the user (Chinese). `damaged`: the file itself is
    broken (empty, unreadable), so restoring a backup is the way out."""

    def __init__(self, message: str, *, damaged: bool = False):
        super().__init__(message)
        self.damaged = damaged


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA cache_size=-32000")
    # the write-ahead log cut back to this size once copied into the file (left alone, it keeps the size of the
    # largest transaction: 1-2 GB after a new PC's first sync of a bureau)
    cur.execute(f"PRAGMA journal_size_limit={WAL_LIMIT}")
    cur.close()


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (Alembic, same scripts for SQLite and PostgreSQL), every step in
    one transaction: a crash or a power cut at any moment leaves the old schema or the new, both of which open.

    pysqlite runs DDL outside any transaction unless told otherwise; the migration uses its own engine whose
    connections are in autocommit mode with an explicit BEGIN IMMEDIATE, so SQLite's transactional DDL holds."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    migrating = engine
    if engine.dialect.name == "sqlite":
        migrating = create_engine(engine.url)

        @event.listens_for(migrating, "connect")
        def _autocommit(dbapi_conn, _record) -> None:
            dbapi_conn.isolation_level = None  # no implicit COMMIT before DDL: the BEGIN below governs
            _sqlite_pragmas(dbapi_conn, _record)

        @event.listens_for(migrating, "begin")
        def _begin(conn) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        with migrating.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        if migrating is not engine:
            migrating.dispose()


class Database:
    """One open database file; `session()` gives a unit of work."""

    def __init__(self, engine: Engine, location: str):
        self.engine = engine
        self.location = location
        self.actor = None  # who is working (services/auth.py): set by logging in; None before, or on a new file
        self.upgraded: Upgrade | None = None  # set by open_database when it migrated an older file
        self._factory = sessionmaker(engine, expire_on_commit=False, info={"db": self})
        self._whole = threading.local()  # the session of an all_or_nothing() block, per thread

    def session(self, bind=None) -> Session:
        """A unit of work (on a connection of the caller's, `bind`, when it has set that connection up)."""
        whole = getattr(self._whole, "session", None)
        if whole is not None and bind is None:
            return _Borrowed(whole)
        return self._factory(bind=bind) if bind is not None else self._factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work that writes. On SQLite it takes the write lock first (BEGIN IMMEDIATE), so what it
        reads stays true until it commits: two processes numbering forms at once never draw the same number.
        Inside all_or_nothing() it is a savepoint of the one transaction."""
        whole = getattr(self._whole, "session", None)
        if whole is not None:
            with whole.begin_nested():
                yield whole
            whole.expire_all()  # the next unit reads afresh, as it would in a transaction of its own
            return
        with self._factory() as s, s.begin():
            if self.engine.dialect.name == "sqlite":
                s.connection().exec_driver_sql("BEGIN IMMEDIATE")
            yield s

    @contextmanager
    def all_or_nothing(self) -> Iterator[Session]:
        """Everything this thread does through the database inside the block, however many units of work the
        services open, is one transaction: a kill part-way leaves nothing of it (the demo bureau)."""
        with self.transaction() as s:
            self._whole.session = s
            try:
                yield s
            finally:
                self._whole.session = None

    def dispose(self) -> None:
        self.engine.dispose()


class _Borrowed:
    """The all-or-nothing session lent to a `with db.session() as s:` block: not closed at its end."""

    def __init__(self, session: Session):
        self._session = session

    def __enter__(self) -> Session:
        return self._session

    def __exit__(self, *exc) -> None:
        self._session.expire_all()


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def _revision_number(revision: str | None) -> int:
    return int(revision) if revision and revision.isdigit() else -1


def check_file(path: Path) -> None:
    """Refuse a file that must not be written to: empty (0 bytes: a copy cut short, not a register), not a SQLite
    file, a SQLite file of another program, or one made by a newer Yekuo Desk. Reads only."""
    import sqlite3

    if not path.exists():
        return
    size = path.stat().st_size
    if size == 0:
        raise DatabaseError(f"数据文件 {path} 是空的（0 字节），可能复制不完整或已损坏。请从备份恢复（文件 → 恢复，"
                            f"或 main.py backup restore）。", damaged=True)
    with path.open("rb") as f:
        header = f.read(16)
    if header != SQLITE_HEADER:
        raise DatabaseError(f"{path} 不是本软件的数据文件（也不是 SQLite 数据库），未作任何改动。")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0] \
            if "alembic_version" in tables else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"数据文件 {path} 已损坏（{exc}），未作任何改动。请从备份恢复。", damaged=True) from exc
    finally:
        conn.close()
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and "alembic_version" not in tables):
        raise DatabaseError(f"{path} 是其他程序的 SQLite 数据库，不是本软件的数据文件，未作任何改动。")
    if _revision_number(revision) > _revision_number(SCHEMA_HEAD):
        raise DatabaseError(f"数据文件 {path} 由更新版本的业扩服务监督台创建（数据版本 {revision}，本软件支持到 "
                            f"{SCHEMA_HEAD}），请升级软件。文件未作任何改动。")


def _create(path: Path) -> None:
    """Make a new file whole or not at all: built beside its final name, then renamed (a crash during the first
    start leaves only the …creating file, removed by the next try)."""
    creating = path.with_name(path.name + ".creating")
    for leftover in (creating, Path(f"{creating}-wal"), Path(f"{creating}-shm")):
        leftover.unlink(missing_ok=True)
    engine = create_engine(sqlite_url(creating))
    event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate(engine)
        from .services.reference import ensure_reference_data
        ensure_reference_data(Database(engine, str(creating)))
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=DELETE")  # the WAL folded in: nothing left beside the file
    finally:
        engine.dispose()
    creating.replace(path)


def open_database(location: str | Path, *, seed: bool = True, backup: bool = True) -> Database:
    """Open (creating if needed) a database at a file path or SQLAlchemy URL, migrated and seeded. A file that
    must not be written to is refused (check_file); an existing file is backed up before it is migrated."""
    location = str(location)
    url = location if "://" in location else sqlite_url(location)
    path = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"无法创建数据库文件夹 {path.parent}：{exc.strerror}") from exc
        check_file(path)
        if not path.exists():
            try:
                _create(path)
            except Exception as exc:
                raise DatabaseError(f"无法创建数据库 {path}：{exc}") from exc
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    upgraded = None
    try:
        current = _current_revision(engine)
        if current != SCHEMA_HEAD:
            saved = None
            if path is not None and current is not None and backup:
                from .services.backup import backup_file
                saved = backup_file(path, f"升级前-{current}")
            migrate(engine)
            if current is not None:
                upgraded = Upgrade(current, SCHEMA_HEAD, saved)
                log.info("Upgraded %s from data version %s to %s (backup before: %s)", location, current,
                         SCHEMA_HEAD, saved)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(f"无法打开数据库 {location}：{exc}") from exc
    db = Database(engine, location)
    db.upgraded = upgraded
    if seed:
        from .services.reference import ensure_reference_data
        ensure_reference_data(db)
    return db
