"""The bureau's shared PostgreSQL database, as its administrator sets it up: `shared-db init` makes or upgrades
its schema with the same Alembic revisions as the PCs' files, seeds the reference data (calendar, rule
presets, departments) and installs the roles and row-level security (roles.py); running it again changes
nothing."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ...db import DatabaseError, SCHEMA_HEAD, _current_revision


class SharedDbError(Exception):
    """A problem with the shared database, said in Chinese for the user."""


def engine_url(url: str) -> str:
    """A libpq-style address (postgresql://ROLE@HOST:PORT/DB) as SQLAlchemy's, with the driver the app uses."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        raise SharedDbError(f"数据库地址格式不对：{url}（应为 postgresql://用户@主机:端口/数据库）") from None
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise SharedDbError(f"数据库地址应为 postgresql://用户@主机:端口/数据库：{url}")
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def describe(exc: Exception) -> str:
    """A connection failure as the user can act on it."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = text.lower()
    if "password authentication failed" in lowered:
        return "共享数据库拒绝登录：用户名或密码不对"
    if "does not exist" in lowered and "database" in lowered:
        return f"共享数据库不存在：{text}"
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered \
            or "connection failed" in lowered:
        return f"连不上共享数据库（服务器未启动、地址或端口不对，或网络不通）：{text}"
    return f"共享数据库出错：{text}"


@dataclass(frozen=True)
class InitResult:
    before: str | None   # the schema revision found (None: an empty database)
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def init(url: str) -> InitResult:
    """Make or upgrade the shared database's schema in one transaction, then seed its reference data."""
    from ...db import open_database

    address = engine_url(url)
    probe = create_engine(address, connect_args={"connect_timeout": 10})
    try:
        before = _current_revision(probe)
    except Exception as exc:
        raise SharedDbError(describe(exc)) from None
    finally:
        probe.dispose()
    if before is not None and (not before.isdigit() or int(before) > int(SCHEMA_HEAD)):
        raise SharedDbError(f"共享数据库的数据版本（{before}）比本软件新（{SCHEMA_HEAD}），请升级软件后再初始化")
    try:
        db = open_database(address)  # migrates (one transaction) and seeds the reference data
    except DatabaseError as exc:
        raise SharedDbError(str(exc)) from None
    db.dispose()
    import psycopg

    from . import server
    from .roles import case_tables, install

    try:
        with psycopg.connect(url.strip(), connect_timeout=10) as conn:  # one transaction
            install(conn)
            server.install(conn, case_tables())
    except psycopg.Error as exc:
        raise SharedDbError(describe(exc)) from None
    return InitResult(before, SCHEMA_HEAD)


def fill_demo(url: str, cases: int = 5000, *, today=None, progress=None) -> int:
    """Fill an empty shared database with the demo bureau (its stations, cases, revisits, forms, the trail),
    built in a scratch file and sent up as the administrator. Returns the number of cases."""
    import tempfile
    from pathlib import Path

    import psycopg

    from ...db import open_database
    from ..audit import file_id
    from ..demo import build_demo
    from .engine import SyncError, check_schema, match_stations
    from .push import push, push_trail

    try:
        conn = psycopg.connect(url.strip(), connect_timeout=10, autocommit=True)
    except psycopg.Error as exc:
        raise SharedDbError(describe(exc)) from None
    with tempfile.TemporaryDirectory(prefix="yekuo-demo-") as folder, conn:
        try:
            check_schema(conn)
        except SyncError as exc:
            raise SharedDbError(str(exc)) from None
        if conn.execute("SELECT count(*) FROM cases").fetchone()[0]:
            raise SharedDbError("共享数据库中已有工单：演示数据只能填入空的共享数据库")
        db = open_database(Path(folder) / "demo.db", backup=False)
        try:
            summary = build_demo(db, cases=cases, today=today, to_send=True)
            _add_missing_stations(db, conn)
            match_stations(db, conn)
            push(db, conn, None, progress=progress)
            with db.transaction() as s:
                fid = file_id(s)
            push_trail(db, conn, None, fid)
        finally:
            db.dispose()
    return summary.cases


def _add_missing_stations(db, conn) -> None:
    """The demo's stations, on the shared database by name (those it lacks are added, as add-station does)."""
    from sqlalchemy import select

    from ...models import Station
    from ..stations import suggest_code

    have = {name for (name,) in conn.execute("SELECT name FROM stations")}
    taken = {code for (code,) in conn.execute("SELECT code FROM stations")}
    with db.session() as s:
        for st in s.scalars(select(Station).where(Station.name.not_in(have))):
            code = st.code if st.code not in taken else suggest_code(st.name, taken)  # as add-station names it
            taken.add(code)
            conn.execute("INSERT INTO stations (id, code, name, phone, address, sort_order, kind, created_at, "
                         "updated_at, version) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, 1)",
                         (st.id, code, st.name, st.phone, st.address, st.sort_order, st.kind, st.created_at,
                          st.updated_at))
