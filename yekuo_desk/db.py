"""Opening the database: engine, SQLite pragmas, migrations on open, sessions."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest Alembic revision; tests check it matches the scripts, so opening an
# up-to-date database does not need to import Alembic at all.
SCHEMA_HEAD = "0007"


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for the user (Chinese)."""


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA cache_size=-32000")
    cur.close()


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (Alembic, same scripts for SQLite and PostgreSQL)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Database:
    """One open database file; `session()` gives a unit of work."""

    def __init__(self, engine: Engine, location: str):
        self.engine = engine
        self.location = location
        self._factory = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._factory() as s, s.begin():
            yield s

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def open_database(location: str | Path, *, seed: bool = True) -> Database:
    """Open (creating if needed) a database at a file path or SQLAlchemy URL, migrated and seeded."""
    location = str(location)
    url = location if "://" in location else sqlite_url(location)
    if url.startswith("sqlite:///"):
        folder = Path(url.removeprefix("sqlite:///")).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"无法创建数据库文件夹 {folder}：{exc.strerror}") from exc
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        if _current_revision(engine) != SCHEMA_HEAD:
            migrate(engine)
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(f"无法打开数据库 {location}：{exc}") from exc
    db = Database(engine, location)
    if seed:
        from .services.reference import ensure_reference_data
        ensure_reference_data(db)
    return db
