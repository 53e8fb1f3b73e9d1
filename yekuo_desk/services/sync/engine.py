"""One sync of this PC with the shared database: connect as the PC's login, check the two schemas agree,
match the stations (first time), push the outbox and this PC's trail, pull, settle. Every step keeps what it
finished; a lost connection or a cancel leaves the rest for next time."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from ...db import SCHEMA_HEAD
from ...models.base import utcnow
from .push import Conflict, push, push_trail
from .outbox import set_state
from .pull import checkpoints, pull, settle
from .reference import pull_reference
from .shared_db import SharedDbError, describe

URL, LAST = "url", "last_sync"  # sync_state keys


class SyncError(Exception):
    """Why a sync did not run or stopped (in Chinese); everything not yet sent is kept."""


@dataclass
class Summary:
    pushed: int = 0
    pulled: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    refused: list[tuple[str, str, str]] = field(default_factory=list)
    trail_up: int = 0
    trail_down: int = 0
    reference: bool = False  # the bureau's rules or calendar came down (due dates recomputed)
    cancelled: bool = False

    def text(self) -> str:
        said = f"上传 {self.pushed} 行，下载 {self.pulled} 行，冲突 {len(self.conflicts)} 处"
        if self.reference:
            said += "；局里的时限规则或节假日日历已更新，在办工单的期限已重算"
        if self.refused:
            said += f"，共享数据库拒收 {len(self.refused)} 行（原因逐条列出，改正后下次同步自动重试）"
        return ("同步已取消（已完成的部分已保存）：" if self.cancelled else "同步完成：") + said


def connect(url: str, password: str | None):
    """A connection as the PC's login (autocommit: every step opens its own transaction)."""
    import psycopg

    from .shared_db import engine_url

    try:
        engine_url(url)  # the address's form checked, in Chinese
    except SharedDbError as exc:
        raise SyncError(str(exc)) from None
    try:
        return psycopg.connect(url.strip(), password=password, connect_timeout=10, autocommit=True,
                               application_name="yekuo-desk")
    except psycopg.Error as exc:
        raise SyncError(describe(exc)) from None


def check_schema(conn) -> None:
    """The PC and the shared database must be at the same data version (point 7)."""
    try:
        server = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception as exc:
        raise SyncError(f"共享数据库尚未初始化（请管理员运行 shared-db init）：{describe(exc)}") from None
    theirs = server[0] if server else None
    if theirs == SCHEMA_HEAD:
        return
    if theirs is None or not theirs.isdigit() or int(theirs) > int(SCHEMA_HEAD):
        raise SyncError(f"请升级软件：共享数据库的数据版本（{theirs}）比本软件（{SCHEMA_HEAD}）新，升级前不能同步")
    raise SyncError(f"共享数据库的数据版本（{theirs}）比本软件（{SCHEMA_HEAD}）旧：请管理员先运行 shared-db init "
                    f"升级共享数据库，升级前本机不上传")


def whoami(conn) -> str | None:
    """The station this login writes (None: an office login, every station). A login that is neither (the
    owner, a stranger) is refused: the app never syncs as the table owner."""
    from .roles import OFFICE_GROUP, STATION_GROUP

    station, is_station, is_office = conn.execute(
        "SELECT yekuo_my_station(), pg_has_role(session_user, %s, 'member'), "
        "pg_has_role(session_user, %s, 'member')", (STATION_GROUP, OFFICE_GROUP)).fetchone()
    if is_station and station:
        return station
    if is_office and not is_station:
        return None
    raise SyncError("这个账户不是供电所或部门的同步账户（请使用 shared-db add-station / add-office 给出的地址）")


def match_stations(db, conn) -> int:
    """The shared database's stations (and departments) are the bureau's: a local one of the same name takes
    the shared one's id (its rows re-pointed in one transaction), the others are added. Returns how many local
    stations were re-pointed."""
    from ...models import Station, User
    from .outbox import case_tables

    theirs = conn.execute("SELECT id, code, name, phone, address, sort_order, kind, created_at, updated_at, "
                          "version FROM stations").fetchall()
    moved = 0
    owned = case_tables()
    stations = Station.__table__
    with db.transaction() as s:
        local = {name: (sid, code) for sid, name, code in s.execute(select(Station.id, Station.name, Station.code))}
        for sid, code, name, phone, address, sort_order, kind, created, updated, version in theirs:
            values = dict(code=code, name=name, phone=phone, address=address, sort_order=sort_order, kind=kind)
            mine = local.get(name)
            if mine is not None and mine[0] == sid:
                s.execute(stations.update().where(stations.c.id == sid).values(**values))
                continue
            holder = s.execute(select(stations.c.id).where(stations.c.code == code)).scalar()
            if holder is not None:  # a local station holding the code steps aside (its rows keep their numbers)
                s.execute(stations.update().where(stations.c.id == holder).values(code=f"~{holder[:7]}"))
            if mine is not None:
                s.execute(stations.update().where(stations.c.id == mine[0]).values(name=f"{name}#{mine[0][:6]}"))
            s.execute(stations.insert().values(id=sid, created_at=created, updated_at=updated, version=version,
                                               **values))
            if mine is not None:  # the local station's rows now belong to the shared one
                for table in owned:
                    s.execute(table.update().where(table.c.station_id == mine[0]).values(station_id=sid))
                s.execute(User.__table__.update().where(User.unit_id == mine[0]).values(unit_id=sid))
                s.execute(stations.delete().where(stations.c.id == mine[0]))
                moved += 1
    return moved


def refuse_demo(db) -> None:
    """The demo bureau's invented cases must never reach the bureau's shared database."""
    from ..demo import is_demo

    if is_demo(db):
        raise SyncError("这是演示数据文件（虚构的工单），不能与共享数据库同步。"
                        "请先切换到正式数据（文件 → 切换到正式数据）。")


def run(db, url: str, password: str | None, *, progress=None, cancelled=lambda: False) -> Summary:
    """One whole sync. `progress(step, done, total)`: step in Chinese."""
    import psycopg

    from ..audit import file_id

    refuse_demo(db)
    with db.transaction() as s:
        fid = file_id(s)
    conn = connect(url, password)
    say = (lambda step: (lambda done, total: progress(step, done, total))) if progress else (lambda step: None)
    summary = Summary()
    try:
        check_schema(conn)
        mine = whoami(conn)
        match_stations(db, conn)
        pushed = push(db, conn, mine, progress=say("上传"), cancelled=cancelled)
        summary.pushed, summary.conflicts, summary.refused = pushed.pushed, pushed.conflicts, pushed.refused
        summary.trail_up = push_trail(db, conn, mine, fid)
        if not cancelled():
            rules_changed = pull_reference(db, conn)
            with checkpoints(db) as wal:
                pulled = pull(db, conn, file_id=fid, progress=say("下载"), cancelled=cancelled, wal=wal)
                summary.pulled, summary.trail_down = pulled.pulled, pulled.trail
                if rules_changed:  # the bureau's time limits or calendar changed: every open case
                    from ..recompute import recompute_open

                    summary.reference = True
                    recompute_open(db, say("重算期限"), cancelled)
                else:
                    settle(db, pulled.cases, say("重算期限"), cancelled)
        summary.cancelled = cancelled()
    except psycopg.OperationalError as exc:
        raise SyncError(f"同步中断，未完成的部分下次继续：{describe(exc)}") from None
    except psycopg.Error as exc:  # refused as a whole (a permission the shared database lacks): nothing lost
        raise SyncError(f"同步未完成，已完成的部分已保存：{describe(exc)}") from None
    except SharedDbError as exc:
        raise SyncError(str(exc)) from None
    finally:
        conn.close()
    with db.transaction() as s:
        set_state(s, LAST, utcnow().isoformat(sep=" ", timespec="seconds"))
    return summary
